"""Meridian Wire: an English wire and syndication service on an Arc XP-style
stack (PageBuilder Fusion), the syndication partner of this world.

Own stories under /world/ and /business/, partner content under /partners/
republished in its original language with an English headline and a trimmed
lead: three copies name the original as rel=canonical (cross-domain), one
(the Italian one) only names itself.  "More on this story" (story package,
clean links) or "Related coverage" (utm-tagged links, MM/DD/YYYY dates and
section overlines, div card markup) is followed at once by a site-wide "More
news" strip in the very same card markup, and a "Most read" rail whose links
lack the trailing slash and carry ?ref=mostread.  AMP is ?outputType=amp,
print views ?outputType=print; the outbound RSS feed and news sitemap are
themselves ?outputType=xml URLs.  Slash-less article URLs are served as is
(200) with the canonical.  One story is a client-rendered Fusion shell
(Fusion.globalContent, spinner, a "reading now" counter).  ETag only.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from datetime import timedelta, timezone
from urllib.parse import parse_qs, quote

from .common import Outlet, Response, esc, http_date, image_response

SITE = "Meridian Wire"
SECTIONS = {"world": "World", "business": "Business", "partners": "Partner content"}
PARTNERS = {"tribunadoplanalto": "Tribuna do Planalto", "federundfakt": "Feder & Fakt",
            "ecodellavalle": "L'Eco della Valle"}

ARTICLES = [
    dict(key="W1", num=1, slug="venezuela-caretaker-cabinet-courts-us-refiners", section="world", h=18,
         author="Dana Whitfield",
         title="Venezuela's caretaker cabinet courts US refiners weeks after Maduro's capture",
         lead="Officials in Caracas are offering refiners new supply terms as they try to restart exports.",
         paras=[
             ["Venezuela's caretaker cabinet has invited executives from three US refiners to Caracas to discuss new crude supply contracts.",
              "The talks are the first of their kind since the capture of Nicolás Maduro by US forces."],
             ["Two people familiar with the invitations said the government is offering discounts on heavy crude shipped to the Gulf Coast.",
              "The refiners have not said whether they will attend."],
             ["Oil output has fallen by about a fifth since the raid, as workers stayed home and power cuts hit the fields of the Orinoco belt.",
              "Restoring production is the interim government's most urgent economic task."],
             ["US officials said any deal would have to respect sanctions that remain in force.",
              "The Treasury Department is reviewing which licences could be issued to US companies."],
         ],
         related=["W2"], extra=dict(package=True, shares=(1240, 1315))),
    dict(key="W2", num=2, slug="prosecutors-outline-drug-trafficking-case-against-maduro", section="world", h=12,
         author="Dana Whitfield and Owen Park",
         title="Prosecutors outline drug-trafficking case against Maduro",
         lead="A court filing describes flights, shipments and payments that prosecutors say tie the former president to cocaine smuggling.",
         paras=[
             ["Federal prosecutors in New York filed a 60-page memorandum describing the evidence they intend to use against Nicolás Maduro.",
              "The filing lists flights, cocaine shipments and bank transfers spanning more than a decade."],
             ["Prosecutors say Maduro protected traffickers who moved cocaine through Venezuelan airstrips.",
              "They plan to call former officials who have agreed to cooperate."],
             ["Defence lawyers called the case political and said they would challenge the legality of the arrest.",
              "They asked the judge for more time to review the evidence."],
             ["The judge has not yet set a trial date.",
              "A status conference is scheduled for later this month."],
         ],
         related=["W1"],
         ed2=dict(
             mod_h=0.45,
             title="Prosecutors outline drug case against Maduro, name 14 co-defendants",
             paras=[
                 ["Federal prosecutors in New York filed a 60-page memorandum describing the evidence they intend to use against Nicolás Maduro.",
                  "The filing lists flights, cocaine shipments and bank transfers spanning more than a decade."],
                 ["Prosecutors say Maduro protected traffickers who moved cocaine through Venezuelan airstrips.",
                  "They plan to call former officials who have agreed to cooperate."],
                 ["The filing also names 14 co-defendants, including two former ministers and a retired general.",
                  "Four of them are in US custody, according to prosecutors."],
                 ["Defence lawyers called the case political and said they would challenge the legality of the arrest.",
                  "They asked the judge for more time to review the evidence."],
                 ["The judge has not yet set a trial date.",
                  "A status conference is scheduled for later this month."],
             ]),
         extra=dict(package=True, shares=(980, 2210))),
    dict(key="W3", num=3, slug="ecb-holds-rates-as-lagarde-warns-services-inflation-is-sticky", section="business", h=16,
         author="Lena Hart",
         title="ECB holds rates as Lagarde warns services inflation is sticky",
         lead="The European Central Bank left borrowing costs unchanged for a second meeting.",
         paras=[
             ["The European Central Bank kept its deposit rate at 2% at its December meeting.",
              "The decision was widely expected by economists."],
             ["President Christine Lagarde said price growth in services was proving more stubborn than the bank had hoped.",
              "She said policymakers were not discussing further cuts."],
             ["New staff projections see inflation returning to the 2% target only in 2028.",
              "Growth forecasts for next year were trimmed slightly."],
             ["Markets pared bets on a rate cut in the first half of next year.",
              "The euro rose 0.4% against the dollar after the press conference."],
         ],
         related=["W4"], extra=dict(shares=(410, 433))),
    dict(key="W4", num=4, slug="euro-zone-factory-output-slips-for-a-third-month", section="business", h=10,
         author="Lena Hart",
         title="Euro zone factory output slips for a third month",
         lead="Industrial production fell 0.6% in October, led by Germany and Italy.",
         paras=[
             ["Industrial production in the euro zone fell 0.6% in October, the third monthly decline in a row.",
              "Output dropped most sharply in Germany and Italy."],
             ["Economists had expected a small rise after a weak September.",
              "Energy-intensive industries such as chemicals and steel reported the biggest falls."],
             ["The figures add to pressure on the European Central Bank, whose president, Christine Lagarde, has resisted calls for further rate cuts.",
              "Some policymakers argue that weak industry will drag inflation down on its own."],
             ["Purchasing managers' surveys point to another decline in November.",
              "Factory orders, however, showed tentative signs of stabilising."],
         ],
         related=["W3"], extra=dict(shares=(150, 162))),
    dict(key="W5", num=5, slug="rotterdam-dock-strike-leaves-containers-stranded", section="business", h=27,
         author="Pieter Vos",
         title="Rotterdam dock strike leaves hundreds of containers stranded",
         lead="A 48-hour walkout by crane operators has halted loading at Europe's biggest port.",
         paras=[
             ["A strike by crane operators has halted container loading at several terminals in the Port of Rotterdam.",
              "Hundreds of containers are stranded on the quays."],
             ["The union is demanding higher pay and limits on automation at the newest terminals.",
              "Terminal operators say the demands would make the port less competitive."],
             ["Shipping lines have begun diverting vessels to Antwerp and Hamburg.",
              "Freight forwarders warn of delays of up to a week for some cargo."],
             ["Talks between the union and employers are due to resume under a government mediator.",
              "The strike is the longest at the port in more than a decade."],
         ],
         related=["W6"], ed2=dict(related_add=["W11"]), extra=dict(shares=(620, 640))),
    dict(key="W6", num=6, slug="shipping-insurers-raise-north-sea-premiums", section="business", h=21,
         author="Pieter Vos",
         title="Shipping insurers raise premiums for North Sea routes",
         lead="Underwriters cite port disruption and a rise in collision claims.",
         paras=[
             ["Marine insurers have raised premiums for vessels calling at North Sea ports by up to 15%.",
              "Brokers said the increase took effect at the start of the month."],
             ["Underwriters point to congestion at Rotterdam and a rise in collision claims in crowded anchorages.",
              "Delays at ports also increase the risk of cargo damage."],
             ["Smaller shipping companies say the higher costs will be passed on to customers.",
              "Large carriers negotiate annual policies and are less exposed."],
             ["The International Union of Marine Insurance expects premiums to stay high into next year.",
              "It will publish its annual market report in the spring."],
         ],
         related=["W5"], ed2=dict(related_add=["W11"]), extra=dict(shares=(88, 91))),
    dict(key="W7", num=7, slug="heat-wave-strains-power-grids-across-southern-australia", section="world", h=33,
         author="Grace Liu",
         title="Heat wave strains power grids across southern Australia",
         lead="Temperatures above 44C pushed electricity demand to record levels in South Australia and Victoria.",
         paras=[
             ["Temperatures above 44 degrees Celsius pushed electricity demand to record levels across southern Australia.",
              "Grid operators asked households to limit the use of air conditioners in the evening."],
             ["About 90,000 homes in Victoria lost power for several hours when a transmission line failed.",
              "Most supplies were restored by midnight."],
             ["The Australian Energy Market Operator said reserves were tight but adequate.",
              "It activated emergency contracts with large industrial users to cut demand."],
             ["Forecasters expect the heat to ease over the weekend.",
              "Fire authorities have declared total fire bans in several districts."],
         ],
         related=["W8"], extra=dict(shares=(302, 305))),
    dict(key="W8", num=8, slug="australian-regulator-orders-review-of-heat-wave-blackouts", section="world", h=14,
         author="Grace Liu",
         title="Australian regulator orders review of heat-wave blackouts",
         lead="The review will examine why a single transmission fault cut power to tens of thousands of homes.",
         paras=[
             ["Australia's energy regulator has ordered an independent review of the blackouts that hit Victoria during the heat wave.",
              "The review will report within three months."],
             ["It will examine why the failure of a single transmission line left about 90,000 homes without power.",
              "Network companies will be required to hand over maintenance records."],
             ["Consumer groups welcomed the review but called for compensation for households that lost food and medicine.",
              "The state government said it would consider the request."],
             ["The energy minister said the grid had coped with record demand apart from the single fault.",
              "Opposition politicians accused the government of underinvesting in transmission."],
         ],
         related=["W7"], extra=dict(shares=(190, 204))),
    dict(key="W9", num=9, slug="explainer-how-chile-counts-a-presidential-runoff", section="world", h=8,
         author="Camila Reyes", shell=True,
         title="Explainer: How Chile counts a presidential runoff",
         lead="From polling-station tallies to the electoral court, here is how the count works.",
         paras=[
             ["Chile counts its presidential ballots by hand at each polling station as soon as voting ends.",
              "Volunteers read every ballot aloud in front of party observers."],
             ["The tallies are then sent to the electoral service, which publishes provisional results within hours.",
              "These early figures are not official."],
             ["The official result comes from the electoral court, which reviews every tally sheet.",
              "That process usually takes about two weeks."],
             ["Candidates can ask for a recount of specific polling stations if they find discrepancies.",
              "Such requests are rare and seldom change the outcome."],
         ],
         related=["W10"], extra=dict(shares=(75, 75))),
    dict(key="W10", num=10, slug="chile-presidential-runoff-heads-for-partial-recount", section="world", h=6,
         author="Camila Reyes",
         title="Chile's presidential runoff heads for partial recount",
         lead="The electoral court ordered new counts at 38 polling stations in two regions.",
         paras=[
             ["Chile's electoral court ordered a recount of ballots from 38 polling stations in the Biobío and Maule regions.",
              "The margin between the two candidates is less than half a percentage point."],
             ["Both campaigns had filed complaints about irregularities in the tally sheets.",
              "Observers from the Organization of American States said they saw no evidence of fraud."],
             ["The recount is expected to take about a week.",
              "Until then, neither candidate has claimed victory."],
             ["Financial markets were calm, with the peso little changed.",
              "Investors said both candidates had promised to respect the central bank's independence."],
         ],
         related=["W9"], extra=dict(shares=(510, 530))),
    # ---- partner content (copies) ---------------------------------------------------------
    dict(key="WC1", num=101, slug="maduro-pleads-not-guilty-in-new-york-court-brazilian-daily-reports", section="partners",
         h=17, author="Tribuna do Planalto", copy_of="tribunadoplanalto:T1", cross_canonical=True,
         title="Maduro pleads not guilty in New York court, Brazilian daily reports",
         lead="O ex-presidente venezuelano Nicolás Maduro negou todas as acusações de narcotráfico.",
         paras=None, related=["W2", "W1"], extra=dict(package=True, lang="pt-BR", shares=(60, 64))),
    dict(key="WC2", num=102, slug="serio-river-bursts-its-banks-in-italys-val-seriana", section="partners",
         h=17, author="L'Eco della Valle", copy_of="ecodellavalle:L1", cross_canonical=False,
         title="Serio river bursts its banks in northern Italy's Val Seriana",
         lead="Allagati scantinati e garage nella notte, evacuate dodici famiglie.",
         paras=None, related=[], extra=dict(lang="it", shares=(12, 12))),
    dict(key="WC3", num=103, slug="why-lagarde-is-not-cutting-rates-a-view-from-germany", section="partners",
         h=17, author="Feder & Fakt", copy_of="federundfakt:B3", cross_canonical=True,
         title="Why Lagarde is not cutting rates: a view from Germany",
         lead="Die Notenbank sieht die Inflation bei Dienstleistungen als größtes Risiko.",
         paras=None, related=["W3", "W4"], extra=dict(lang="de", shares=(33, 35))),
    # ---- edition 2 -----------------------------------------------------------------------
    dict(key="W11", num=11, slug="rotterdam-dock-strike-ends-after-overnight-pay-deal", section="business", h=0.8,
         new_in=2, author="Pieter Vos",
         title="Rotterdam dock strike ends after overnight pay deal",
         lead="Crane operators will return to work after the union accepted a two-year wage agreement.",
         paras=[
             ["Crane operators at the Port of Rotterdam will return to work after their union accepted a new pay deal overnight.",
              "The agreement ends a strike that had halted loading at several terminals."],
             ["The deal raises wages by 7% over two years and sets up a joint committee on automation.",
              "Union members are expected to ratify it next week."],
             ["Terminal operators said it would take several days to clear the backlog of containers.",
              "Some shipping lines will keep diverting vessels to Antwerp until then."],
             ["The government mediator said both sides had made significant concessions.",
              "Insurers said they would review the recent increase in North Sea premiums."],
         ],
         related=["W5", "W6"], extra=dict(shares=(0, 48))),
    dict(key="WC4", num=104, slug="maduro-lawyers-seek-to-move-trial-to-florida-brazilian-daily-reports", section="partners",
         h=0.7, new_in=2, author="Tribuna do Planalto", copy_of="tribunadoplanalto:T12", cross_canonical=True,
         title="Maduro's lawyers seek to move trial to Florida, Brazilian daily reports",
         lead="Os advogados do ex-presidente venezuelano alegam que a cobertura da imprensa compromete o júri.",
         paras=None, related=["W2", "W1"], extra=dict(package=True, lang="pt-BR", shares=(0, 21))),
]

ART = {d["key"]: d for d in ARTICLES}

MOST_READ = {1: ["W1", "W5", "WC1", "W2", "W8"], 2: ["W2", "W1", "W5", "W8", "WC1"]}

CSS = (".skip-main{position:absolute;left:-999px}.c-nav{background:#111;color:#fff;padding:10px}"
       ".c-nav a{color:#fff;margin-right:14px}.b-article{max-width:720px;float:left;padding:16px}"
       ".b-right-rail{float:right;width:280px;padding:16px}.c-card{border-top:1px solid #ddd;padding:8px 0}"
       ".c-card__overline{font:600 11px sans-serif;text-transform:uppercase}.c-spinner{width:40px;height:40px;"
       "border:4px solid #ccc;border-top-color:#111;border-radius:50%;animation:spin 1s linear infinite}"
       "@keyframes spin{to{transform:rotate(360deg)}}.c-placeholder{background:#eee;height:18px;margin:10px 0}"
       "footer{clear:both;padding:16px;background:#f4f4f4}")

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MONTHS_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def ans_id(key):
    return base64.b32encode(hashlib.sha1(("meridian" + key).encode()).digest()).decode()[:26]


class Wire(Outlet):
    name = "meridianwire"
    title = SITE
    cms = "Arc XP-style PageBuilder (Fusion), Akamai cache"
    language = "en"
    partner = True
    tzname = "America/New_York"
    validators = "etag"
    ARTICLES = ARTICLES

    def __init__(self, world):
        super().__init__(world)
        self.by_path = {}

    # ---- URLs -------------------------------------------------------------------------
    def path(self, a):
        d = self.local(self.at(a.h))
        return "/%s/%04d/%02d/%02d/%s/" % (a.section, d.year, d.month, d.day, a.slug)

    def url(self, a):
        return self.base + self.path(a)

    def canonical(self, a):
        if a.copy_of and a.cross_canonical:
            o, oa = self.original_of(a)
            return o.url(oa)
        return self.url(a)

    def declared_modified(self, v):
        return v.modified or v.published     # ANS last_updated_date is always written

    def explicit_variants(self, a, e):
        u = self.url(a)
        out = [u[:-1]]
        if a.section != "partners" and not a.shell:
            out += [u + "?outputType=amp", u + "?outputType=print"]
        return out

    def rendered_links(self, a, e):
        if not a.shell:
            return []
        return [self.base + "/" + a.section + "/"] + [
            self.base + self.path(self.by_key[k]) + self.related_tracking(e)
            for k in self.view(a, e).related]

    def sitewide(self, e):
        return list(dict.fromkeys(MOST_READ[e] + self.more_news(e)))

    def is_shell_path(self, path, e):
        a = self.article_at(path, e)
        return a is not None and a.shell

    def article_at(self, path, e):
        if not self.by_path:
            for a in self.arts:
                p = self.path(a)
                self.by_path[p] = a
                self.by_path[p[:-1]] = a
        a = self.by_path.get(path)
        if a is not None and a.new_in <= e:
            return a
        return None

    # ---- formatting ---------------------------------------------------------------------
    def long_date(self, dt):
        d = self.local(dt)
        hour = d.hour % 12 or 12
        return "%s %d, %d at %d:%02d %s %s" % (MONTHS[d.month - 1], d.day, d.year, hour, d.minute,
                                               "a.m." if d.hour < 12 else "p.m.", d.tzname())

    def ap_date(self, dt):
        d = self.local(dt)
        return "%s %d, %d" % (MONTHS_AP[d.month - 1], d.day, d.year)

    def mdy(self, dt):
        d = self.local(dt)
        return "%02d/%02d/%04d" % (d.month, d.day, d.year)

    @staticmethod
    def zulu(dt):
        return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")

    def rendered_at(self, e):
        return self.zulu(self.t0 - (timedelta(minutes=95) if e == 1 else timedelta(minutes=4)))

    def more_news(self, e):
        return [a.key for a in sorted(self.live(e), key=lambda a: a.h)[:5]]

    # ---- chrome -----------------------------------------------------------------------------
    def head(self, title, canonical=None, extra=""):
        can = '<link rel="canonical" href="%s">\n' % canonical if canonical else ""
        return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
                '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n%s%s'
                '<link rel="alternate" type="application/rss+xml" title="%s" href="/arc/outboundfeeds/rss/?outputType=xml">\n'
                '<style>%s</style>\n</head>\n') % (esc(title), can, extra, SITE, CSS)

    def nav(self, e):
        return ('<!-- fusion rendered %s deployment 418 -->\n<div id="fusion-app">\n'
                '<a class="skip-main" href="#main-content">Skip to main content</a>\n'
                '<header class="c-nav"><a class="c-nav__logo" href="/">%s</a><nav>'
                '<a href="/world/">World</a><a href="/business/">Business</a><a href="/partners/">Partner content</a>'
                '<a class="c-nav__search" href="/search/">Search</a></nav></header>\n') % (self.rendered_at(e), SITE)

    def card(self, a, e, href):
        v = self.view(a, e)
        return ('<div class="c-card"><span class="c-card__overline">%s</span>'
                '<a class="c-card__link" href="%s"><h3 class="c-card__headline">%s</h3></a>'
                '<time class="c-card__date">%s</time></div>') % (
            SECTIONS[a.section] if a.section != "partners" else "Partner content", esc(href), esc(v.title),
            self.mdy(v.published))

    def related_block(self, a, v, e):
        if not v.related:
            return ""
        if a.extra.get("package"):
            cards = "".join(self.card(self.by_key[k], e, self.path(self.by_key[k])) for k in v.related)
            return ('<section class="b-related b-related--package"><h2 class="b-related__title">More on this story</h2>'
                    '<div class="b-related__list">%s</div></section>\n') % cards
        cards = "".join(self.card(self.by_key[k], e, self.path(self.by_key[k]) + self.related_tracking(e))
                        for k in v.related)
        return ('<section class="b-related"><h2 class="b-related__title">Related coverage</h2>'
                '<div class="b-related__list">%s</div></section>\n') % cards

    @staticmethod
    def related_tracking(e):
        # the recommendation widget changed its tagging between the editions (cosmetic)
        if e == 1:
            return "?utm_source=related&utm_medium=referral"
        return "?utm_source=related&utm_medium=referral&utm_content=card"

    def more_news_block(self, e):
        cards = "".join(self.card(self.by_key[k], e, self.path(self.by_key[k])) for k in self.more_news(e))
        return ('<section class="b-more-news"><h2 class="b-more-news__title">More news</h2>'
                '<div class="b-more-news__list">%s</div></section>\n') % cards

    def rail(self, e):
        items = "".join('<li><a href="%s?ref=mostread">%s</a></li>' % (self.path(self.by_key[k])[:-1],
                                                                         esc(self.view(self.by_key[k], e).title))
                        for k in MOST_READ[e])
        return ('<aside class="b-right-rail"><section class="b-most-read"><h2>Most read</h2><ol>%s</ol></section>'
                '<section class="b-newsletter"><h2>The Morning Wire</h2><p>Our editors\' pick of the day\'s top stories, '
                'in your inbox before 7 a.m.</p></section></aside>\n') % items

    def footer(self):
        return ('<footer class="c-footer"><p>%s is an independent news agency serving publishers in more than 40 countries. '
                'Our reporters cover world news, business and markets around the clock. Partner content is republished '
                'under content-sharing agreements and remains the responsibility of the original publisher.</p>'
                '<p><a href="/about/">About us</a> | <a href="/terms/">Terms of use</a> | &copy; 2026 %s</p></footer>\n'
                '</div>\n') % (SITE, SITE)

    # ---- article ---------------------------------------------------------------------------
    def jsonld(self, a, v):
        d = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": v.title,
             "description": v.lead, "datePublished": self.zulu(v.published),
             "dateModified": self.zulu(v.modified or v.published),
             "author": [{"@type": "Person", "name": n} for n in a.author.split(" and ")],
             "publisher": {"@type": "Organization", "name": SITE,
                           "logo": {"@type": "ImageObject", "url": self.base + "/pf/resources/images/logo.png"}},
             "mainEntityOfPage": {"@type": "WebPage", "@id": self.canonical(a)},
             "articleSection": SECTIONS[a.section], "isAccessibleForFree": True,
             "image": [self.base + "/resizer/%s.jpg" % ans_id(a.key)]}
        if a.copy_of:
            o, oa = self.original_of(a)
            d["isBasedOn"] = o.url(oa)
            d["inLanguage"] = a.extra.get("lang")
        return json.dumps(d, ensure_ascii=False).replace("</", "<\\/")

    def article_page(self, a, e):
        v = self.view(a, e)
        can = self.canonical(a)
        extra = ('<meta name="description" content="%s">\n<meta property="og:title" content="%s">\n'
                 '<meta property="og:url" content="%s">\n<meta property="og:type" content="article">\n'
                 '<meta property="og:image" content="%s/resizer/%s.jpg">\n'
                 '<meta property="article:published_time" content="%s">\n<meta property="article:modified_time" content="%s">\n'
                 '<meta property="article:section" content="%s">\n') % (
            esc(v.lead), esc(v.title), can, self.base, ans_id(a.key), self.zulu(v.published),
            self.zulu(v.modified or v.published), SECTIONS[a.section])
        if a.section != "partners":
            extra += '<link rel="amphtml" href="%s?outputType=amp">\n' % self.url(a)
        extra += '<script type="application/ld+json">%s</script>\n' % self.jsonld(a, v)
        lang = a.extra.get("lang")
        lang_attr = ' lang="%s"' % lang if lang else ""
        shares = a.extra.get("shares", (0, 0))[e - 1]
        share_txt = ("%.1fK" % (shares / 1000.0)) if shares >= 1000 else str(shares)
        note = ""
        if a.copy_of:
            o, oa = self.original_of(a)
            note = ('<div class="c-partner-note">This story was originally published by <a href="%s">%s</a> and is '
                    'republished under a content-sharing agreement.</div>\n') % (o.url(oa), esc(PARTNERS[o.name]))
        updated = ""
        if v.modified:
            updated = ' | Updated <time datetime="%s">%s</time>' % (self.zulu(v.modified), self.long_date(v.modified))
        by = (" and ".join('<a href="/people/%s/">%s</a>' % (n.lower().replace(" ", "-"), esc(n))
                           for n in a.author.split(" and ")) if not a.copy_of else esc(a.author))
        print_link = ('<a class="c-share__print" href="%s?outputType=print" rel="nofollow">Print</a>' % self.path(a)
                      if a.section != "partners" else "")
        paras = "\n".join('<p class="c-paragraph"%s>%s</p>' % (lang_attr, esc(" ".join(p))) for p in v.paras)
        credit = "" if a.copy_of else '<p class="c-credit"><i>(Reporting by %s; editing by the %s desk)</i></p>\n' % (
            esc(a.author), SECTIONS[a.section])
        return (self.head("%s | %s" % (v.title, SITE), can, extra) +
                '<body class="b-article-page">\n' + self.nav(e) +
                '<main id="main-content" class="b-article">\n<article class="b-article-body">\n'
                '<div class="c-overline"><a href="/%s/">%s</a></div>\n<h1 class="b-headline">%s</h1>\n'
                '<h2 class="b-subheadline"%s>%s</h2>\n%s<div class="c-byline">By %s</div>\n'
                '<div class="c-date">Published <time datetime="%s">%s</time>%s</div>\n'
                '<div class="c-share"><span class="c-share__count">%s shares</span> '
                '<a href="https://www.facebook.example/sharer/sharer.php?u=%s">Facebook</a> '
                '<a href="https://x.example/intent/post?url=%s&amp;text=%s">X</a> %s</div>\n'
                '%s\n%s</article>\n' % (
                    a.section, SECTIONS[a.section], esc(v.title), lang_attr, esc(v.lead), note, by,
                    self.zulu(v.published), self.long_date(v.published), updated, share_txt,
                    quote(can, safe=""), quote(can, safe=""), quote(v.title, safe=""), print_link, paras, credit) +
                self.related_block(a, v, e) + self.more_news_block(e) + '</main>\n' +
                self.rail(e) + self.footer() + '</body>\n</html>\n')

    def shell_page(self, a, e, counter):
        v = self.view(a, e)
        can = self.canonical(a)
        reading = 200 + (counter * 7) % 500
        ans = {"_id": ans_id(a.key), "type": "story", "version": "0.10.9", "canonical_url": self.path(a),
               "headlines": {"basic": v.title}, "subheadlines": {"basic": v.lead},
               "credits": {"by": [{"type": "author", "name": a.author}]},
               "display_date": self.zulu(v.published), "first_publish_date": self.zulu(v.published),
               "last_updated_date": self.zulu(v.modified or v.published),
               "taxonomy": {"primary_section": {"_id": "/" + a.section, "name": SECTIONS[a.section]}},
               "content_elements": [{"_id": ans_id(a.key + str(i)), "type": "text", "content": " ".join(p)}
                                    for i, p in enumerate(v.paras)],
               "related_content": {"basic": [
                   {"canonical_url": self.path(self.by_key[k]), "headlines": {"basic": self.view(self.by_key[k], e).title},
                    "display_date_mdy": self.mdy(self.view(self.by_key[k], e).published),
                    "section": SECTIONS[self.by_key[k].section]} for k in v.related]},
               "additional_properties": {"display_date_text": self.long_date(v.published), "reading_now": reading,
                                         "related_tracking": self.related_tracking(e)}}
        blob = json.dumps(ans, ensure_ascii=False).replace("</", "<\\/")
        script = r"""
(function () {
  var c = window.Fusion && window.Fusion.globalContent;
  if (!c) { return; }
  function el(tag, cls, text) { var n = document.createElement(tag); if (cls) { n.className = cls; }
    if (text !== undefined) { n.textContent = text; } return n; }
  var art = el('article', 'b-article-body');
  var over = el('div', 'c-overline'); var sec = el('a', null, c.taxonomy.primary_section.name);
  sec.href = c.taxonomy.primary_section._id + '/'; over.appendChild(sec); art.appendChild(over);
  art.appendChild(el('h1', 'b-headline', c.headlines.basic));
  art.appendChild(el('h2', 'b-subheadline', c.subheadlines.basic));
  art.appendChild(el('div', 'c-byline', 'By ' + c.credits.by.map(function (b) { return b.name; }).join(' and ')));
  var date = el('div', 'c-date', 'Published ');
  var t = el('time', null, c.additional_properties.display_date_text); t.setAttribute('datetime', c.display_date);
  date.appendChild(t); art.appendChild(date);
  c.content_elements.forEach(function (p) { if (p.type === 'text') { art.appendChild(el('p', 'c-paragraph', p.content)); } });
  var rel = el('section', 'b-related'); rel.appendChild(el('h2', 'b-related__title', 'Related coverage'));
  var list = el('div', 'b-related__list');
  c.related_content.basic.forEach(function (r) {
    var card = el('div', 'c-card'); card.appendChild(el('span', 'c-card__overline', r.section));
    var a = el('a', 'c-card__link'); a.href = r.canonical_url + c.additional_properties.related_tracking;
    a.appendChild(el('h3', 'c-card__headline', r.headlines.basic)); card.appendChild(a);
    card.appendChild(el('time', 'c-card__date', r.display_date_mdy)); list.appendChild(card);
  });
  rel.appendChild(list);
  var loading = document.getElementById('fusion-loading');
  loading.parentNode.insertBefore(art, loading);
  loading.parentNode.insertBefore(rel, loading);
  loading.parentNode.removeChild(loading);
  document.title = c.headlines.basic + ' | Meridian Wire';
})();
"""
        return (self.head(SITE, can) +
                '<body class="b-article-page">\n' + self.nav(e) +
                '<main id="main-content" class="b-article">\n'
                '<div id="fusion-loading" class="b-article b-article--loading">'
                '<div class="c-spinner" role="status" aria-live="polite"><span class="skip-main">Loading&hellip;</span></div>'
                '<div class="c-placeholder c-placeholder--headline"></div><div class="c-placeholder"></div>'
                '<div class="c-placeholder"></div><p class="c-live-readers">%d reading now</p></div>\n' % reading +
                self.more_news_block(e) + '</main>\n' + self.rail(e) + self.footer() +
                '<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};'
                'Fusion.arcSite="meridian";Fusion.contextPath="/pf";Fusion.deployment="418";'
                'Fusion.globalContent=%s;Fusion.globalContentConfig={"source":"content-api","query":{"website_url":"%s"}};'
                'Fusion.spa=true;</script>\n<script>%s</script>\n</body>\n</html>\n' % (blob, self.path(a), script))

    def amp_page(self, a, e):
        v = self.view(a, e)
        meta = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": v.title,
                "datePublished": self.local(v.published).isoformat(),
                "dateModified": self.local(v.modified or v.published).isoformat(),
                "author": [{"@type": "Person", "name": n} for n in a.author.split(" and ")],
                "publisher": {"@type": "Organization", "name": SITE}}
        rel = "".join('<li><a href="%s?outputType=amp">%s</a></li>' % (self.path(self.by_key[k]),
                                                                      esc(self.view(self.by_key[k], e).title))
                      for k in v.related)
        title = "More on this story" if a.extra.get("package") else "Related coverage"
        pub = v.published.astimezone(timezone.utc)
        return ('<!doctype html>\n<html amp lang="en">\n<head><meta charset="utf-8">\n<title>%s | %s</title>\n'
                '<link rel="canonical" href="%s">\n<meta name="viewport" content="width=device-width">\n'
                '<script async src="/pf/resources/js/amp-v0.js"></script>\n'
                '<style amp-boilerplate>body{animation:-amp-start 8s steps(1,end) 0s 1 normal both}'
                '@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style>'
                '<noscript><style amp-boilerplate>body{animation:none}</style></noscript>\n'
                '<style amp-custom>body{font-family:Georgia,serif}.amp-header{background:#111;color:#fff}</style>\n'
                '<script type="application/ld+json">%s</script>\n</head>\n<body>\n'
                '<amp-sidebar id="nav" layout="nodisplay" side="left"><a href="/world/">World</a> '
                '<a href="/business/">Business</a></amp-sidebar>\n'
                '<header class="amp-header"><a href="/">%s</a></header>\n<main>\n<h1>%s</h1>\n<p class="dek">%s</p>\n'
                '<p class="byline">By %s</p>\n<p class="date">%s %d, %d %02d:%02d UTC</p>\n'
                '<amp-img src="/resizer/%s.jpg" width="1200" height="675" layout="responsive"></amp-img>\n'
                '<div class="amp-body">\n%s\n</div>\n<section class="amp-related"><h2>%s</h2><ul>%s</ul></section>\n'
                '</main>\n<footer>&copy; 2026 %s</footer>\n</body>\n</html>\n') % (
            esc(v.title), SITE, self.url(a), json.dumps(meta, ensure_ascii=False), SITE, esc(v.title), esc(v.lead),
            esc(a.author), MONTHS[pub.month - 1][:3], pub.day, pub.year, pub.hour, pub.minute, ans_id(a.key),
            "\n".join("<p>%s</p>" % esc(" ".join(p)) for p in v.paras), title, rel, SITE)

    def print_page(self, a, e):
        v = self.view(a, e)
        return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>%s | %s</title>\n'
                '<link rel="canonical" href="%s">\n<meta name="robots" content="noindex">\n'
                '<style>body{font:12pt Georgia,serif;max-width:650px;margin:auto}</style>\n</head>\n'
                '<body onload="window.print()">\n<p class="masthead">%s</p>\n<h1>%s</h1>\n<p><b>%s</b></p>\n'
                '<p>By %s &middot; %s</p>\n%s\n<hr>\n<p class="printed-from">Printed from %s: %s</p>\n'
                '</body>\n</html>\n') % (
            esc(v.title), SITE, self.url(a), SITE, esc(v.title), esc(v.lead), esc(a.author),
            self.long_date(v.published), "\n".join("<p>%s</p>" % esc(" ".join(p)) for p in v.paras), SITE,
            self.url(a))

    # ---- listings ---------------------------------------------------------------------------
    def listing(self, e, title, arts):
        cards = []
        for a in arts:
            v = self.view(a, e)
            cards.append('<div class="c-card c-card--list"><span class="c-card__overline">%s</span>'
                         '<a class="c-card__link" href="%s"><h2 class="c-card__headline">%s</h2></a>'
                         '<p class="c-card__dek">%s</p><time class="c-card__date">%s</time></div>'
                         % (SECTIONS[a.section], self.path(a), esc(v.title), esc(v.lead), self.ap_date(v.published)))
        return (self.head("%s | %s" % (title, SITE) if title != SITE else SITE, None) +
                '<body class="b-section-page">\n' + self.nav(e) +
                '<main id="main-content" class="b-article"><h1 class="b-section-title">%s</h1>\n%s\n'
                % (esc(title), "\n".join(cards)) + self.more_news_block(e) + '</main>\n' + self.rail(e) +
                self.footer() + '</body>\n</html>\n')

    def rss(self, e):
        items = []
        for a in sorted(self.live(e), key=lambda a: a.h):
            v = self.view(a, e)
            items.append('<item><title><![CDATA[%s]]></title><link>%s</link><guid isPermaLink="true">%s</guid>'
                         '<dc:creator><![CDATA[%s]]></dc:creator><description><![CDATA[%s]]></description>'
                         '<pubDate>%s</pubDate><category><![CDATA[%s]]></category></item>'
                         % (v.title, self.url(a), self.url(a), a.author, v.lead,
                            http_date(v.published).replace("GMT", "+0000"), SECTIONS[a.section]))
        last = max(self.view(a, e).modified or self.view(a, e).published for a in self.live(e))
        return ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:atom="http://www.w3.org/2005/Atom" '
                'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
                'xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" version="2.0"><channel>'
                '<title><![CDATA[%s]]></title><link>%s</link><atom:link href="%s/arc/outboundfeeds/rss/?outputType=xml" '
                'rel="self" type="application/rss+xml"/><description><![CDATA[%s News Feed]]></description>'
                '<lastBuildDate>%s</lastBuildDate><language>en</language><ttl>1</ttl>'
                '<sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>1</sy:updateFrequency>%s</channel></rss>') % (
            SITE, self.base, self.base, SITE, http_date(last).replace("GMT", "+0000"), "".join(items))

    def news_sitemap(self, e):
        items = []
        for a in sorted(self.live(e), key=lambda a: a.h):
            if a.copy_of and a.cross_canonical:
                continue                       # not canonical here: left out of the sitemap
            v = self.view(a, e)
            items.append('<url><loc>%s</loc><lastmod>%s</lastmod><news:news><news:publication><news:name>%s</news:name>'
                         '<news:language>%s</news:language></news:publication><news:publication_date>%s'
                         '</news:publication_date><news:title><![CDATA[%s]]></news:title></news:news></url>'
                         % (self.url(a), self.zulu(v.modified or v.published), SITE, a.extra.get("lang", "en")[:2],
                            self.zulu(v.published), v.title))
        return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">%s</urlset>') % "".join(items)

    def simple_page(self, e, title, text):
        return (self.head("%s | %s" % (title, SITE), self.base + "/%s/" % title.lower().split()[0]) +
                '<body>\n' + self.nav(e) + '<main id="main-content" class="b-article"><h1>%s</h1><p>%s</p>\n'
                % (esc(title), esc(text)) + self.more_news_block(e) + '</main>\n' + self.rail(e) + self.footer() +
                '</body>\n</html>\n')

    def not_found(self, e):
        return (self.head("Page not found | " + SITE) + '<body>\n' + self.nav(e) +
                '<main id="main-content" class="b-article"><h1>We can\'t find the page you\'re looking for.</h1>'
                '\n' + self.more_news_block(e) + '</main>\n' + self.rail(e) + self.footer() + '</body>\n</html>\n')

    ROBOTS = ("User-agent: *\nDisallow: /pf/\nDisallow: /search/\nDisallow: /arc/outboundfeeds/*?outputType=json\n"
              "Allow: /pf/resources/\n\nSitemap: %s/arc/outboundfeeds/sitemap/?outputType=xml\n")

    # ---- routing ----------------------------------------------------------------------------
    def all_targets(self, e):
        t = ["/", "/world/", "/business/", "/partners/", "/about/", "/terms/", "/robots.txt",
             "/arc/outboundfeeds/rss/?outputType=xml", "/arc/outboundfeeds/sitemap/?outputType=xml"]
        for a in self.live(e):
            p = self.path(a)
            if a.shell:
                continue      # its links only exist once rendered; its static chrome is the same as elsewhere
            t.append(p)
            if a.section != "partners":
                t += [p + "?outputType=amp", p + "?outputType=print"]
        return t

    def handle(self, path, query, e, counter=None):
        q = parse_qs(query, keep_blank_values=True)
        ct = "text/html; charset=utf-8"
        if path == "/":
            arts = sorted([a for a in self.live(e) if a.section != "partners"], key=lambda a: a.h)
            return Response(200, self.listing(e, SITE, arts), ct)
        m = re.match(r"^/(world|business|partners)/?$", path)
        if m:
            arts = sorted([a for a in self.live(e) if a.section == m.group(1)], key=lambda a: a.h)
            return Response(200, self.listing(e, SECTIONS[m.group(1)], arts), ct)
        if path == "/arc/outboundfeeds/rss/":
            if q.get("outputType") == ["xml"]:
                return Response(200, self.rss(e), "application/rss+xml; charset=utf-8")
            return Response(404, self.not_found(e), ct)
        if path == "/arc/outboundfeeds/sitemap/":
            if q.get("outputType") == ["xml"]:
                return Response(200, self.news_sitemap(e), "application/xml; charset=utf-8")
            return Response(404, self.not_found(e), ct)
        if path == "/robots.txt":
            return Response(200, self.ROBOTS % self.base, "text/plain")
        if path in ("/about/", "/about"):
            return Response(200, self.simple_page(e, "About us", "Meridian Wire is an independent news agency founded in 1998."), ct)
        if path in ("/terms/", "/terms"):
            return Response(200, self.simple_page(e, "Terms of use", "Content may not be republished without a licence."), ct)
        if path.startswith("/search"):
            return Response(200, self.simple_page(e, "Search", "Search Meridian Wire."), ct)
        if path == "/pf/resources/js/amp-v0.js":
            return Response(200, "/* AMP runtime (local copy) */\n", "application/javascript")
        if path.startswith("/resizer/") or path.startswith("/pf/resources/images/"):
            return image_response()
        a = self.article_at(path, e)
        if a is None:
            return Response(404, self.not_found(e), ct)
        u = self.url(a)
        ot = q.get("outputType", [""])[0]
        if a.shell:
            return Response(200, self.shell_page(a, e, counter or 0), ct, article=u, cache=False)
        if ot == "amp" and a.section != "partners":
            return Response(200, self.amp_page(a, e), ct, article=u)
        if ot == "print" and a.section != "partners":
            return Response(200, self.print_page(a, e), ct, article=u)
        return Response(200, self.article_page(a, e), ct, article=u)
