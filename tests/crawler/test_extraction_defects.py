"""Classes of real pages the generic extractor got wrong (issue 12), each on a small page written here.

These are our own pages, the spec of each fix; how well the extractor does on pages written
elsewhere is measured in bench/bench_extraction.py and tests/crawler/test_openweb_extraction.py.
"""

import json

from crawler.extraction.fields import extract_fields
from crawler.seeds import SiteConfig

URL = "https://news.test/2026/03/04/storm-report"
FILLER = ("The council said the repairs on the coastal road would take several weeks, and that the ferry "
          "timetable would run as normal from Monday morning.")


def site(**options):
    return SiteConfig(name="t", base_url="https://news.test/", start_urls=(), **options)


def page(body, head="", title="Storm hits the coast", lang="en"):
    return (f"<html lang='{lang}'><head><title>{title} | News Test</title>{head}</head><body>"
            f"<header><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></header><main><article>"
            f"<h1>{title}</h1>{body}</article></main><footer>© 2026 News Test. All rights reserved.</footer>"
            f"</body></html>")


def fields(html, **options):
    return extract_fields(html, URL, site(**options))


def test_react_comment_nodes_between_text_keep_each_paragraph_whole_and_apart():
    paragraphs = "".join(f"<p>Paragraph {n}: the minister said<!-- --> <!-- -->{40 + n}<!-- --> people were hurt in "
                         f"the <!-- -->storm<!-- -->, and that the repairs would take weeks.</p>" for n in range(4))
    body = fields(page(f"<div class='body'><!-- block -->{paragraphs}</div>"))["body"]
    assert body == [f"Paragraph {n}: the minister said {40 + n} people were hurt in the storm, and that the repairs "
                    f"would take weeks." for n in range(4)]


def test_a_yoast_author_given_by_reference_is_resolved_in_the_graph():
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": f"{URL}#article", "headline": "Storm hits the coast",
         "author": {"@id": "https://news.test/#/schema/person/ab12"}, "datePublished": "2026-03-04T09:15:00+01:00"},
        {"@type": "Person", "@id": "https://news.test/#/schema/person/ab12", "name": "Marta Lindqvist",
         "url": "https://news.test/author/marta/"}]}
    head = f"<script type='application/ld+json'>{json.dumps(graph)}</script>"
    assert fields(page(f"<p>{FILLER}</p>" * 3, head))["authors"] == ["Marta Lindqvist"]


def test_placeholder_names_and_urls_are_never_authors():
    for name in ("None", "null", "Admin", "admin", "https://news.test/author/x/"):
        head = f"<meta name='author' content='{name}'>"
        assert fields(page(f"<p>{FILLER}</p>" * 3, head))["authors"] == [], name


def test_lists_and_short_lines_at_either_end_of_the_body_are_the_article():
    body = ("<ul><li>12 April: Ghent</li><li>19 April: Roubaix</li></ul>"
            f"<p>{FILLER}</p><p>{FILLER.replace('council', 'mayor')}</p>"
            "<pre><code>sudo apt install tidewatch</code></pre><p>© Associated Press</p>")
    lines = fields(page(body))["body"]
    assert lines[:2] == ["12 April: Ghent", "19 April: Roubaix"]
    assert "sudo apt install tidewatch" in lines and lines[-1] == "© Associated Press"


def test_a_lead_paragraph_named_summary_stays_in_the_body():
    lead = "Storm Ines left 80,000 homes without power along the coast overnight, the network operator said."
    body = fields(page(f"<div class='entry-content'><p id='speakable-summary' class='speakable-summary'>{lead}</p>"
                       f"<p>{FILLER}</p><p>{FILLER}</p></div>"))["body"]
    assert body[0] == lead


def test_a_lead_in_its_own_block_beside_the_body_container_stays_in_the_body():
    """Drupal's summary field and SPIP's chapô sit beside the body field; the standfirst in the header does not."""
    lead = "Storm Ines left 80,000 homes without power along the coast overnight, the network operator said."
    for lead_block in (f"<div class='field field--name-field-summary'><p>{lead}</p></div>",
                       f"<div class='chapo surlignable'><p>{lead}</p></div>"):
        body = fields(page(f"<header><p class='standfirst'>A night of wind and rain on the coast, and a long "
                           f"morning of repairs.</p></header>{lead_block}"
                           f"<div class='field field--name-body entry-content'><p>{FILLER}</p><p>{FILLER}</p>"
                           f"<p>{FILLER.replace('council', 'mayor')}</p></div>"))["body"]
        assert body[0] == lead and body.count(lead) == 1, lead_block
        assert not any("night of wind" in line for line in body)


def test_an_article_body_deep_in_a_link_dense_layout_table_is_found():
    menu = "".join(f"<a href='/s/{n}'>Section number {n}</a><br>" for n in range(60))
    article = "<br><br>".join(f"{FILLER} Part {n}." for n in range(4))  # old CMS: no <p>, breaks
    html = (f"<html><head><title>Storm hits the coast</title></head><body><table><tr><td>{menu}</td><td><table><tr>"
            f"<td>{menu}<div itemprop='articleBody'>{article}</div></td></tr></table></td></tr></table></body></html>")
    assert len(fields(html)["body"]) == 4


def test_short_cjk_paragraphs_count_as_prose_and_keep_their_container():
    """Forty ideographs say as much as a hundred Latin letters: a Chinese article of short paragraphs in a
    container whose name also says "share" is still the article, not boilerplate to prune."""
    paragraphs = ["市政府昨天宣布，沿海公路的修复工程将持续数周，渡轮时刻表从周一起恢复正常。",
                  "气象部门表示，今年冬季的风暴比往年更加频繁，沿海居民需要做好防范准备。",
                  "电力公司称，截至今天上午，仍有约一万户居民家中没有恢复供电，抢修仍在进行。",
                  "交通部门提醒，受影响路段的车辆请提前规划路线，避开施工区域并注意安全。"]
    html = page("<div class='post_body js-share-area'>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div>",
                title="沿海风暴", lang="zh")
    assert fields(html)["body"] == paragraphs


def test_a_body_the_pruning_lost_is_taken_from_the_whole_page():
    """When our pruning leaves nothing, trafilatura on the unpruned page has the last word: never an empty body
    where the library finds an article."""
    html = page("<div class='social-story'>" + "".join(f"<div>{FILLER} Part {n}.</div>" for n in range(4)) + "</div>")
    assert len(fields(html)["body"]) == 4


def test_call_to_action_lines_inside_the_article_are_not_body():
    ctas = ["Join our WhatsApp channel for the latest news.", "Follow us on Google News!",
            "Síguenos en Telegram para recibir las últimas noticias.", "Suivez-nous sur WhatsApp.",
            "Folgen Sie uns auf Google News.", "Subscribe to our newsletter to get the top stories every morning."]
    body = fields(page("".join(f"<p>{FILLER} {n}</p><p>{cta}</p>" for n, cta in enumerate(ctas))))["body"]
    assert not set(ctas) & set(body) and len(body) == len(ctas)


def test_a_date_only_in_the_page_text_is_found_when_our_metadata_has_none():
    html = page(f"<p class='x'>Published on March 4, 2026</p><p>{FILLER}</p>" * 1).replace(
        "/2026/03/04/", "/")
    found = extract_fields(html, "https://news.test/storm-report", site())["published_at"]
    assert found and found.startswith("2026-03-04")


def test_a_naive_datetime_from_visible_text_takes_the_sites_timezone():
    html = page(f"<div class='dateline'>4. März 2026, 09:15 Uhr</div><p>{FILLER}</p>", lang="de")
    found = extract_fields(html, "https://news.test/storm-report", site(timezone="Europe/Berlin"))["published_at"]
    assert found == "2026-03-04T09:15:00+01:00"
    unset = extract_fields(html, "https://news.test/storm-report", site())["published_at"]
    assert unset == found  # no timezone in seeds: the page's language (de) says Berlin


def test_an_american_page_reads_numeric_dates_month_first_unless_seeds_say_otherwise():
    html = page(f"<div class='dateline'>Posted 03/04/2026</div><p>{FILLER}</p>", lang="en-US")

    def published(html, **options):
        return extract_fields(html, "https://news.test/storm-report", site(**options))["published_at"]
    assert published(html) == "2026-03-04", "month first on an en-US page"
    assert published(html, date_order="DMY") == "2026-04-03"
    assert published(html.replace("lang='en-US'", "lang='en-GB'")) == "2026-04-03"
    assert published(html.replace("lang='en-US'", "lang='en'"), timezone="America/Chicago") == "2026-03-04"


def test_a_pull_quote_repeating_a_sentence_of_the_article_is_not_body_again():
    sentence = "Of the 31 trains I took, 19 arrived more than fifteen minutes late."
    body = fields(page(f"<p>{FILLER}</p><p>I spent a week on the southern lines. {sentence}</p>"
                       f"<blockquote class='kg-blockquote-alt'>{sentence}</blockquote><p>{FILLER}</p>"))["body"]
    assert sentence not in body and any(sentence in line for line in body)


def test_soft_hyphens_are_invisible_and_never_split_words():
    """German and Dutch CMSs hyphenate long words with &shy;: readers see whole words, and so must rules."""
    body = fields(page(f"<p>Die Kreis&shy;kliniken und die Kreis\u00adverwaltung: {FILLER}</p><p>{FILLER}</p>",
                       title="Kreis&shy;kliniken fusionieren", lang="de"))
    assert body["body"][0].startswith("Die Kreiskliniken und die Kreisverwaltung:")
    assert body["title"] == "Kreiskliniken fusionieren"


def test_bylines_told_by_their_label_name_people_not_jobs_or_newsrooms():
    cases = {"<div class='news-detail-prop'>Автор:&nbsp;Анна Лебедева</div>": ["Анна Лебедева"],
             "<font size='1'>By Bill Thorsen, Clarion Staff Writer</font>": ["Bill Thorsen"],
             "<dd class='createdby'>Geschrieben von Tobias Wendt</dd>": ["Tobias Wendt"],
             "<span class='byline'>김지훈 기자</span>": ["김지훈"],
             "<span class='byline'>Par Rédaction</span>": []}
    for byline, authors in cases.items():
        assert fields(page(f"{byline}<p>{FILLER}</p><p>{FILLER}</p>"))["authors"] == authors, byline


def test_a_wire_story_ending_with_its_end_mark_is_kept_whole():
    """Chinese agencies end a story with "（完）", and name the date in the dateline: still the article."""
    text = ("华讯社北京3月15日电 2026-03-15 记者从农业农村部获悉，当前春季农业生产由南向北全面展开，各地抢抓农时，"
            "积极开展备耕春播工作。据介绍，截至目前，全国已春播粮食面积1.2亿亩，进度快于去年同期。（完）")
    body = fields(page(f"<div class='body-content'><p>{text}</p></div>", title="春耕", lang="zh"))["body"]
    assert body == [text]
