from pathlib import Path

from crawler.extraction.fields import extract_fields
from crawler.seeds import SiteConfig
from newswatch.shared.items import RelatedLink

PAGES = Path(__file__).parent / "pages"
URL = "https://clashreport.test/news/nyt-trump-offered-maduro-exile?utm_source=feed"
SELECTORS = {
    "title": "h1.headline", "summary": "p.summary", "body": "div.article-body",
    "published": ".meta .dateline", "source": ".meta .source", "topics": ".related-topics a",
    "related": ".related-news li.related-item", "related_category": ".related-category",
    "related_date": ".related-date",
}


def site(selectors=None, date_order="DMY"):
    return SiteConfig(name="ref", base_url="https://clashreport.test", start_urls=(), date_order=date_order,
                      selectors=SELECTORS if selectors is None else selectors)


def reference_fields(**site_options):
    html = (PAGES / "reference_article.html").read_text(encoding="utf-8")
    return extract_fields(html, URL, site(**site_options))


def test_selectors_give_headline_summary_dateline_and_source():
    fields = reference_fields()
    assert fields["title"] == "NYT: Trump Offered Maduro Exile in Türkiye"
    assert fields["summary"].startswith("The New York Times reports")
    assert fields["published_at"] == "2026-01-05"
    assert fields["source"] == "Clash Report"
    assert fields["topics"] == ["Venezuela"]
    assert fields["language"] == "en"


def test_body_keeps_paragraphs_and_subheadings_in_order_without_counters():
    body = reference_fields()["body"]
    assert body[1] == "“Mocking Us in Public”"
    assert len(body) == 3
    assert not any("views" in paragraph for paragraph in body)


def test_related_news_carry_title_category_and_day_first_dates():
    related = reference_fields()["related"]
    assert related[0] == RelatedLink("https://clashreport.test/news/us-doubles-bounty-on-maduro",
                                     "U.S. Doubles Bounty On Maduro To $50 Million", "America", "2025-08-08")
    assert related[1].date == "2026-01-05"  # 05/01/2026 is the 5th of January
    assert related[2].category is None      # the reference page omits some categories


def test_without_selectors_metadata_and_main_text_are_used():
    fields = reference_fields(selectors={})
    assert fields["title"] == "NYT: Trump Offered Maduro Exile in Türkiye"  # <title> minus the site name
    assert fields["summary"].startswith("The New York Times reports")
    assert any("Cilia Flores" in paragraph for paragraph in fields["body"])


def test_a_page_without_any_headline_has_an_empty_title():
    html = "<html><head><title></title></head><body><div class='article-body'><p>Text only.</p></div></body></html>"
    assert extract_fields(html, URL, site())["title"] == ""


def test_malformed_html_still_gives_what_it_holds():
    html = "<html><body><h1 class='headline'>Broken <b>page<div class='article-body'><p>One<p>Two</table>"
    fields = extract_fields(html, URL, site())
    assert fields["title"].startswith("Broken page")
    assert fields["body"] == ["One", "Two"]


def test_without_selectors_the_dateline_and_related_news_dates_are_read_in_day_order():
    fields = reference_fields(selectors={})
    assert fields["published_at"] == "2026-01-05"
    assert [link.date for link in fields["related"]] == ["2025-08-08", "2026-01-05", "2026-01-07"]


def test_a_selector_overrides_only_its_own_field():
    fields = reference_fields(selectors={"title": ".summary"})
    assert fields["title"].startswith("The New York Times reports")
    assert fields["published_at"] == "2026-01-05"           # still the generic dateline
    assert any("Cilia Flores" in paragraph for paragraph in fields["body"])


ARTICLE = """<html lang="fr"><head><title>Un titre | Le Site</title>
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Un titre",
 "datePublished": "2026-03-18T06:45:12+01:00", "author": [{"name": "Camille Berthier"}]}</script></head>
<body><nav><a href="/">Accueil</a> <a href="/planete">Planète</a></nav>
<article><h1>Un titre</h1><p class="chapo">Le chapeau résume l’article et reste hors du corps.</p>
<div class="texte">
<p>Le premier paragraphe raconte ce qui s’est passé mardi soir au conseil municipal, longuement et en détail.</p>
<section class="catcher"><p>Lire aussi</p>
<a href="/planete/secheresse.html">Sécheresse : les nappes au plus bas</a></section>
<p>Le deuxième paragraphe rapporte la réaction de l’opposition, qui réclame un référendum local sur le projet.</p>
<div class="pub">Publicité</div>
<h2>Et maintenant ?</h2>
<p>Le troisième paragraphe annonce le calendrier des travaux, qui doivent commencer à l’automne prochain.</p>
<div class="paywall"><p>Abonnez-vous pour lire la suite de nos articles, sans engagement, pour un euro.</p></div>
</div></article>
<aside><h3>Sur le même sujet</h3>
<ul><li><a href="/bus.html">Les bus gratuits le week-end</a> 12/03/2026</li></ul></aside>
</body></html>"""


def test_without_selectors_the_body_is_the_articles_paragraphs_and_subheadings_only():
    fields = extract_fields(ARTICLE, "https://site.test/article", site(selectors={}))
    assert fields["body"] == [
        "Le premier paragraphe raconte ce qui s’est passé mardi soir au conseil municipal, longuement et en détail.",
        "Le deuxième paragraphe rapporte la réaction de l’opposition, qui réclame un référendum local sur le projet.",
        "Et maintenant ?",
        "Le troisième paragraphe annonce le calendrier des travaux, qui doivent commencer à l’automne prochain.",
    ]


def test_without_selectors_metadata_gives_title_date_authors_and_language():
    fields = extract_fields(ARTICLE, "https://site.test/article", site(selectors={}))
    assert (fields["title"], fields["published_at"]) == ("Un titre", "2026-03-18T06:45:12+01:00")
    assert (fields["authors"], fields["language"]) == (["Camille Berthier"], "fr")


def test_related_news_are_found_under_a_heading_that_says_so():
    related = extract_fields(ARTICLE, "https://site.test/article", site(selectors={}))["related"]
    assert related == [RelatedLink("https://site.test/bus.html", "Les bus gratuits le week-end", None, "2026-03-12")]
