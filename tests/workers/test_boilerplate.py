"""Lines a site prints on every article are no change; news in any line is."""

import pytest

from newswatch.shared.items import Article
from workers.boilerplate import candidates
from workers.processing import ArticleProcessor
from workers.rules import Rule

TOPICS = ["harbour dredging", "coffee harvest", "teachers' strike", "bridge repairs", "oil output", "bus fares",
          "water rationing", "a football final"]


WORDS = ("port city river council budget school market storm police court hospital farm train festival museum "
         "election bridge harbour mayor union").split()


def article(n, *lines, site="diario"):
    own = " ".join(f"{WORDS[(n * 7 + k) % len(WORDS)]}{n}{k}" for k in range(40))  # words no other story has
    lead = f"This story is about {TOPICS[n]}: {own}."
    return Article(url=f"http://{site}.test/nota.php?id={n}", canonical_url=f"http://{site}.test/nota.php?id={n}",
                   site=site, title=f"Nota {n}", body=[lead, f"A second paragraph on {TOPICS[n]} alone.", *lines])


@pytest.fixture
def processor(redis_conn, worker_config):
    return ArticleProcessor(redis_conn, worker_config, [Rule("maduro", ("Maduro",))])


def counter(n):
    return f"Imprimir | Enviar por correo | Esta nota ha sido leída {n} veces"


def test_a_counter_the_site_prints_on_every_article_is_no_update(processor):
    for n in range(4):
        processor.process(article(n, counter(100 + n), "Página generada el 06/12/2026 17:51:40"))
    again = processor.process(article(0, counter(350), "Página generada el 06/12/2026 17:52:40"))
    assert again.event == "unchanged"


def test_a_number_changed_in_a_sentence_is_news_however_many_articles_repeat_it(processor):
    toll = "The death toll rose to 12, officials said."
    for n in range(4):
        processor.process(article(n, toll))
    update = processor.process(article(0, "The death toll rose to 340, officials said."))
    assert update.event == "update" and update.diff["paragraphs_added"] == ["The death toll rose to 340, officials said."]


def test_a_line_few_of_the_sites_articles_carry_is_the_articles_own(processor):
    for n in range(8):
        processor.process(article(n, *([counter(100 + n)] if n < 3 else [])))
    update = processor.process(article(0, counter(350)))
    assert update.event == "update"  # 3 of 8 articles: not the site's


@pytest.mark.parametrize(("line", "counted"), [
    ("Página generada el 06/12/2026 17:51:40", True), ("1,234 views", True), ("Updated 5 min ago", True),
    ("The death toll rose to 12, officials said.", False), ("No digits in this line", False),
])
def test_only_short_non_sentence_lines_with_a_number_are_counted(line, counted):
    assert bool(candidates([line])) is counted
