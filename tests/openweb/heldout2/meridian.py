"""Meridian Wire: a WordPress VIP wire/syndication service (Brussels), in English, with
Spanish, French and Dutch desks that republish the other outlets of this world.

WordPress permalinks /YYYY/MM/DD/slug/ (the slash-less spelling answers 301), reprints under
/es/, /fr/, /nl/ with a cross-domain rel=canonical to the original (another headline, a trimmed
standfirst, the same body, a credit line), Yoast SEO head (JSON-LD @graph whose Article author is
only an {"@id"} reference to a Person node; og/article times in UTC) while the theme writes
<time datetime> in Brussels time, AMP reader mode at .../amp/ (rel=amphtml; AMP markup, its own
chrome, times in Brussels time), shortlinks /?p=ID (rel=shortlink, the "Copy link" share button;
301 to the permalink), comments with #comment-N anchors and ?replytocom=N#respond reply links,
"Skip to content" #main, Jetpack related posts (div/p markup, ?relatedposts_hit=1&
relatedposts_origin=..&relatedposts_position=.. links, dates "5 December 2026", context
'In "World"'), in-body "Related coverage" (<ul>) and "Read more:" paragraphs, the site-wide Jetpack
"Top stories" widget, RSS at /feed/, Yoast sitemaps. One original is a JS shell: a live blog whose
entries are in window.__STATE__ and rendered by an inline script, with a viewer counter that
changes on every request. Validators: strong ETag and Last-Modified.
"""
from __future__ import annotations

import hashlib
import itertools
import json
from datetime import timedelta
from urllib.parse import quote

from .common import (BRUSSELS, EN_MONTHS, UTC, Article, attr, esc, iso, pick_sentences, place,
                     rfc822, slugify)
from .outlet import Edition, Outlet, Response, Route

AUTHORS = {"ck": ("Clara Kessler", "clara-kessler"), "tv": ("Tom Verbeke", "tom-verbeke"),
           "ro": ("Rhys Owen", "rhys-owen"), "desk": ("Meridian Desk", "meridian-desk")}
CATS = {"world": "World", "business": "Business", "climate": "Climate",
        "es": "Español", "fr": "Français", "nl": "Nederlands"}

# originals: aid: (wp id, hours before start, author, category, title, lead, paragraphs, inbody)
O = {}
O["w2"] = (4814, 33.0, "tv", "business",
    "EU energy ministers agree to keep gas storage target at 90% for next winter",
    "The deal gives member states more flexibility on when to reach the target, after complaints that the rule pushed up summer prices.",
    ["Energy ministers meeting in Brussels agreed on Thursday to extend the bloc's gas storage rules for another two years. Countries will still have to fill their underground storage sites to 90% of capacity, but may do so at any point between October and December.",
     "Several governments, led by Germany and Austria, had argued that a fixed 1 November deadline encouraged traders to bid up prices over the summer. The new window is meant to spread purchases over a longer period.",
     "The European Commission estimates that storage sites are currently 84% full, slightly above the five-year average for early December. Mild weather in November reduced demand for heating.",
     "The agreement still needs the formal approval of the European Parliament, expected in February."],
    {"readmore": ["w4"]})
O["w4"] = (4817, 30.0, "tv", "business",
    "Brussels proposes fines for companies that pay small suppliers late",
    "Large firms would have to settle invoices within 30 days or face penalties under a draft regulation presented on Wednesday.",
    ["The European Commission wants to replace a 2011 directive that allowed payment terms of up to 90 days, and longer in some cases. Officials say one in four bankruptcies of small businesses in the EU is linked to late payment.",
     "Under the proposal, national authorities would be able to fine companies that repeatedly miss the deadline, and interest on late payments would become automatic. Public bodies would be subject to the same rules.",
     "Business groups representing large retailers said the plan would strain supply chains in sectors with long production cycles, such as construction. Associations of small firms welcomed it.",
     "The proposal will be negotiated with member states and the European Parliament over the coming year."],
    {})
O["w6"] = (4811, 27.5, "ro", "business",
    "Airbus delivers record 93 jets in November as supply problems ease",
    "The planemaker is now within reach of its full-year target of 820 deliveries, according to people familiar with the figures.",
    ["Airbus handed over 93 aircraft to customers last month, its highest November total ever, as engine and cabin supply shortages that had slowed production for two years began to ease. The figures are due to be published officially next week.",
     "The company needs to deliver around 110 jets in December to hit its annual goal, a pace it has matched only once before. Executives have said the target remains achievable.",
     "Deliveries of the A321neo, its best-selling model, accounted for more than half of the November total. Shipping congestion had delayed some components arriving in Hamburg and Toulouse earlier in the autumn.",
     "Airbus shares rose 2% in early trading in Paris."],
    {"readmore": ["w3"]})
O["w5"] = (4820, 20.0, "ck", "climate",
    "Live: COP32 climate talks enter final night as negotiators haggle over finance",
    "Follow our live coverage from the closing hours of the UN climate summit.",
    ["Delegates from the least developed countries have walked out of a closed-door meeting on adaptation finance, saying the latest draft text falls far short of what was promised. The walkout lasted about forty minutes.",
     "The summit presidency has circulated a new draft of the final decision, which drops a reference to a timeline for phasing out fossil fuel subsidies. Several European delegations have already said they cannot accept the change.",
     "Small island states are holding a press conference in the main hall. Their lead negotiator told reporters that a deal without a clear finance figure would be “a betrayal of the most vulnerable”.",
     "Talks are expected to continue through the night, with the plenary session now pushed back to at least 3 a.m. local time."],
    {"live": True})
O["w3"] = (4823, 17.0, "ro", "business",
    "Container freight rates from Asia fall for a sixth straight week",
    "Spot prices for shipping a 40-foot container from Shanghai to northern Europe have dropped by a third since October.",
    ["The benchmark index compiled by a London shipbroker fell another 4% this week, to $2,310 per forty-foot container. Rates on the transpacific route to the US west coast also declined, though more slowly.",
     "Analysts attribute the slide to a wave of new, larger vessels delivered this year, which has left carriers with more capacity than they can fill. Several lines have begun cancelling sailings to support prices ahead of the Lunar New Year rush.",
     "Congestion at some European ports, including Rotterdam, has partly offset the decline by tying up ships at anchor. Port operators say waiting times should ease by January.",
     "Freight forwarders expect rates to stabilise in the first quarter."],
    {"coverage": ["w11", "w6"]})
O["w1"] = (4826, 11.0, "ck", "world",
    "US prosecutors file 40-name witness list in Maduro narco-terrorism case",
    "The list includes former Venezuelan military officers and a one-time aide to Nicolás Maduro, according to a court filing in Manhattan.",
    ["Federal prosecutors in New York have told the court they intend to call up to 40 witnesses in the trial of Nicolás Maduro, the former Venezuelan president who was detained in Caracas in January. The filing, made public on Friday, does not name most of the witnesses, citing concerns for their safety.",
     "Among those identified only by their former roles are two retired generals of the Venezuelan National Guard and a pilot who, prosecutors say, flew cocaine shipments out of an airstrip in Apure state. A former personal aide to Maduro is also expected to testify.",
     "Defence lawyers said in a separate letter that they had not yet received transcripts of several interviews cited in the indictment. They have asked the judge to postpone jury selection, arguing that the volume of evidence makes a January start impossible.",
     "Maduro and his wife, Cilia Flores, have pleaded not guilty to charges of narco-terrorism conspiracy, cocaine importation conspiracy and weapons offences. Both remain in federal custody in Brooklyn.",
     "The US Attorney's office declined to comment beyond the filing."],
    {})
O["w13"] = (4850, 0.9, "tv", "world",
    "Belgian rail unions call 24-hour national strike for next week",
    "Commuter and intercity services will be severely disrupted on Tuesday, the national rail operator warned.",
    ["The three main rail unions announced the walkout on Sunday after talks with the government over pension reform broke down. It will be the fourth national rail strike in Belgium this year.",
     "The operator said it would run at most one train in three on main lines and that some regional routes would have no service at all. International services to Paris and Amsterdam are expected to run a reduced timetable.",
     "The government wants to raise the early retirement age for train drivers from 55 to 60 over the next decade. Unions say the change ignores the physical demands of shift work.",
     "Further strike days in January have not been ruled out."],
    {})

# reprints: aid: (wp id, desk, (outlet, aid) of the original, minutes after it, title, trimmed lead, credit)
R = {}
R["w10"] = (4829, "fr", ("courrier-estuaire", "a3"), 35,
            "Port : les dockers approuvent une grève de 48 heures",
            "Les ouvriers portuaires ont approuvé un arrêt de travail à partir du 18 décembre.",
            "Cet article a été publié initialement par")
R["w8"] = (4832, "es", ("cronica-llanera", "b6"), 60,
           "Un apagón de más de diez horas afecta a cinco estados venezolanos",
           "Millones de personas se quedaron sin servicio eléctrico.",
           "Este artículo se publicó originalmente en")
R["w11"] = (4835, "nl", ("havenpost", "h2"), 40,
            "Containerschepen liggen dagen te wachten op de Maasvlakte",
            "Rederijen verliezen geld door de lange wachttijden.",
            "Dit artikel verscheen eerder bij")
R["w9"] = (4838, "fr", ("courrier-estuaire", "a1"), 20,
           "Le port de commerce de l'estuaire paralysé par une cyberattaque",
           "La direction du port confirme une cyberattaque et a porté plainte.",
           "Cet article a été publié initialement par")
R["w7"] = (4841, "es", ("cronica-llanera", "b1"), 50,
           "Defensa de Maduro solicita aplazar la selección del jurado en Nueva York",
           "Los abogados de Nicolás Maduro pidieron más tiempo para revisar las pruebas.",
           "Este artículo se publicó originalmente en")
R["w12"] = (4853, "es", ("cronica-llanera", "b11"), 25,
            "Juez de Nueva York fija el 9 de marzo como inicio del juicio a Maduro",
            "El juez rechazó la mayor parte del aplazamiento pedido por la defensa.",
            "Este artículo se publicó originalmente en")

ED2_ONLY = {"w12", "w13"}
SHELLS = {"w5"}
JETPACK1 = {"w1": ["w7"], "w7": ["w1"], "w2": ["w4", "w6"], "w4": ["w2", "w3"],
            "w3": ["w6", "w2"], "w6": ["w3", "w4"], "w5": ["w2"], "w8": ["w10"], "w10": ["w8"],
            "w11": ["w3"]}
JETPACK2 = dict(JETPACK1, w1=["w12", "w7"], w7=["w12", "w1"], w12=["w1", "w7"], w13=["w4"])
TOP = ["w1", "w5", "w3", "w9", "w2"]
SHARES1 = {"w1": 2310, "w2": 1240, "w3": 388, "w4": 97, "w6": 1530, "w13": 12}
SHARES2 = dict(SHARES1, w2=1410, w6=1702)
COMMENTS1 = {"w3": 4, "w1": 2}
COMMENTS2 = {"w3": 6, "w1": 2}
COMMENTERS = ["Piet Janssens", "M. Okafor", "shipping_watcher", "Eleni P.", "Jordi", "Anna K."]
COMMENT_TEXT = ["Interesting numbers, thanks for the detail.",
                "Spot rates are only part of the story: contract rates matter more.",
                "Any source for the index figures?",
                "We are seeing the same at our warehouse in Antwerp.",
                "Good piece.",
                "The congestion in Rotterdam is still bad this week."]

W1_UPDATE = ("Update: On Sunday the judge granted the defence seven more weeks to review the "
             "evidence and set 9 March for the start of the trial, rejecting a longer delay. "
             "Jury selection will begin in late February.")
W4_CORRECTION = ("Correction: An earlier version of this article said the 2011 directive allowed "
                 "payment terms of up to 90 days. It allows terms of up to 60 days.")


def en_date(dt) -> str:
    d = dt.astimezone(BRUSSELS)
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


class Meridian(Outlet):
    name = "meridian-wire"
    cms = "WordPress VIP (Newspack-style theme, Yoast SEO, Jetpack, AMP plugin, Polylang desks)"
    language = "en"
    tz = BRUSSELS
    syndication_partner = True
    etag = True
    last_modified = True

    def model(self):
        self.peers = None
        self.views = itertools.count(12840, 7)

    # the reprints need the other outlets' articles: World sets self.peers after construction
    def original(self, ed: int, ref):
        outlet, aid = ref
        return self.peers[outlet], self.peers[outlet].edition(ed).articles.get(aid)

    def times(self):
        if hasattr(self, "_times"):
            return self._times
        t = {aid: place(self.start, v[1], BRUSSELS) for aid, v in O.items()}
        for aid, (wpid, desk, ref, after, *_rest) in R.items():
            peer = self.peers[ref[0]]
            pub = peer.edition(2).articles[ref[1]].published + timedelta(minutes=after)
            while pub.astimezone(BRUSSELS).date() != pub.astimezone(UTC).date():
                pub += timedelta(minutes=30)      # keep local and UTC calendar days equal
            t[aid] = pub
        self._times = t
        self.mod2 = {"w1": place(self.start, 0.6, BRUSSELS, lo=0.3),
                     "w4": place(self.start, 1.4, BRUSSELS, lo=0.3)}
        self.live_last = t["w5"] + timedelta(hours=3, minutes=40)
        return t

    def wpid(self, aid):
        return O[aid][0] if aid in O else R[aid][0]

    def path_of(self, aid: str, title: str) -> str:
        d = self.times()[aid].astimezone(BRUSSELS)
        desk = "" if aid in O else f"/{R[aid][1]}"
        return f"{desk}/{d:%Y}/{d:%m}/{d:%d}/{slugify(title)}/"

    def build(self, ed: int) -> Edition:
        times = self.times()
        arts = []
        for aid, (wpid, _, au, cat, title, lead, paras, extra) in O.items():
            if ed == 1 and aid in ED2_ONLY:
                continue
            paras = list(paras)
            modified = self.live_last if aid == "w5" else None
            if ed == 2 and aid == "w1":
                paras.append(W1_UPDATE)
                modified = self.mod2["w1"]
            if ed == 2 and aid == "w4":
                paras[0] = paras[0].replace("up to 90 days", "up to 60 days")
                paras.append(W4_CORRECTION)
                modified = self.mod2["w4"]
            jp = (JETPACK2 if ed == 2 else JETPACK1).get(aid, [])
            inbody = extra.get("readmore", []) + extra.get("coverage", [])
            arts.append(Article(
                aid=aid, path=self.path_of(aid, O[aid][4]), title=title, lead=lead, paras=paras,
                published=times[aid], modified=modified, section=CATS[cat], author=AUTHORS[au][0],
                related=list(dict.fromkeys(jp + inbody)), shell=aid in SHELLS,
                key_sentences=pick_sentences(paras, (0, 1, 2)),
                extra={"wpid": wpid, "cat": cat, "au": au, "jetpack": jp, "lang": "en",
                       "readmore": extra.get("readmore", []), "coverage": extra.get("coverage", []),
                       "shares": (SHARES2 if ed == 2 else SHARES1).get(aid),
                       "comments": (COMMENTS2 if ed == 2 else COMMENTS1).get(aid, 0)}))
        for aid, (wpid, desk, ref, after, title, lead, credit) in R.items():
            if ed == 1 and aid in ED2_ONLY:
                continue
            peer, orig = self.original(ed, ref)
            if orig is None:
                continue
            jp = (JETPACK2 if ed == 2 else JETPACK1).get(aid, [])
            # the copy keeps the body the original had when it was republished (edition 1,
            # or edition 2 for a reprint that only exists then)
            src = peer.edition(1).articles.get(ref[1]) or orig
            paras = list(src.paras)
            arts.append(Article(
                aid=aid, path=self.path_of(aid, title), title=title, lead=lead, paras=paras,
                published=times[aid], modified=None, section=CATS[desk], author="Meridian Desk",
                related=list(jp), key_sentences=list(src.key_sentences),
                copy_of=ref,
                extra={"wpid": wpid, "cat": desk, "au": "desk", "jetpack": jp, "lang": desk,
                       "readmore": [], "coverage": [], "shares": None, "comments": 0,
                       "credit": credit, "orig_outlet": peer, "orig": src}))
        arts.sort(key=lambda a: a.published, reverse=True)
        return Edition(arts, list(TOP))

    def updated(self):
        return ["w1", "w4"]

    # ------------------------------------------------------------------ routing
    def route(self, ed: int, target: str) -> Route:
        path, query, params = self.split(target)
        q = dict(params)
        E = self.edition(ed)
        if path == "/robots.txt":
            return Route("robots")
        if path.startswith("/wp-content/") or path.startswith("/wp-includes/"):
            return Route("static")
        if path == "/" and set(q) == {"p"}:
            for a in E.articles.values():
                if str(a.extra["wpid"]) == q["p"]:
                    return Route("redirect", aid=a.aid, location=self.canonical_url(a), status=301)
            return Route("notfound", status=404)
        if path == "/" and not query:
            return Route("listing", info={"page": "home"})
        if path == "/feed/" and not query:
            return Route("feed")
        if path in ("/sitemap_index.xml", "/post-sitemap.xml", "/category-sitemap.xml"):
            return Route("sitemap", info={"which": path})
        if path.startswith("/wp-json/wp/v2/posts/"):
            pid = path.rstrip("/").rsplit("/", 1)[-1]
            for a in E.articles.values():
                if str(a.extra["wpid"]) == pid:
                    return Route("json", aid=None, info={"aid": a.aid})
            return Route("notfound", status=404)
        for cat in CATS:
            if cat in ("es", "fr", "nl"):
                if path == f"/{cat}/":
                    return Route("listing", info={"page": "cat", "cat": cat})
                if path == f"/{cat}":
                    return Route("redirect", location=self.url(f"/{cat}/"), status=301)
            else:
                if path == f"/category/{cat}/":
                    return Route("listing", info={"page": "cat", "cat": cat})
        for slug in {v[1] for v in AUTHORS.values()}:
            if path == f"/author/{slug}/":
                return Route("listing", info={"page": "author", "slug": slug})
        for a in E.articles.values():
            p = a.path
            if path == p:
                if not query:
                    return Route("article", aid=a.aid)
                return Route("variant", aid=a.aid, info={"how": "query"})
            if path == p.rstrip("/"):
                loc = self.canonical_url(a) + (("?" + query) if query else "")
                return Route("redirect", aid=a.aid, location=loc, status=301)
            if path in (p + "amp/", p + "amp") and not a.shell and a.copy_of is None:
                if path == p + "amp":
                    return Route("redirect", aid=a.aid, location=self.canonical_url(a) + "amp/", status=301)
                return Route("variant", aid=a.aid, info={"how": "amp"})
            if path == p + "feed/":
                return Route("feed", info={"comments": a.aid})
        return Route("notfound", status=404)

    def comment_list(self, a: Article):
        out = []
        for i in range(a.extra["comments"]):
            cid = a.extra["wpid"] % 97 * 10 + 11 + i
            out.append((cid, a.published + timedelta(minutes=47 + 29 * i)))
        return out

    def declared_variants(self, ed: int, a: Article) -> list[str]:
        v = [f"/?p={a.extra['wpid']}", a.path.rstrip("/")]
        if not a.shell and a.copy_of is None:
            v.append(a.path + "amp/")
        for cid, _ in self.comment_list(a):
            v.append(f"{a.path}?replytocom={cid}")
        return v

    def listing_targets(self, ed: int) -> list[str]:
        return (["/", "/feed/", "/sitemap_index.xml", "/post-sitemap.xml", "/robots.txt"] +
                [f"/category/{c}/" for c in ("world", "business", "climate")] +
                ["/es/", "/fr/", "/nl/"])

    # ------------------------------------------------------------------ rendering
    def render(self, ed: int, route: Route, target: str) -> Response:
        E = self.edition(ed)
        k = route.kind
        if k == "robots":
            return Response(200, ROBOTS.replace("BASE", self.base).encode(), "text/plain; charset=utf-8")
        if k == "static":
            if target.split("?")[0].endswith(".css"):
                return Response(200, CSS.encode(), "text/css")
            if target.split("?")[0].endswith(".js"):
                return Response(200, b"/* amp runtime stub (self-hosted) */", "application/javascript")
            return Response(200, GIF, "image/gif")
        if k == "redirect":
            return Response(route.status, b"", "text/html; charset=UTF-8",
                            headers={"Location": route.location, "X-Redirect-By": "WordPress"})
        if k == "notfound":
            return Response(404, self.frame(E, "Page not found", "<section class='error-404 not-found'>"
                            "<h1 class='page-title'>Oops! That page can&rsquo;t be found.</h1></section>",
                            "error404").encode())
        if k == "feed":
            return self.feed(E, route.info.get("comments"))
        if k == "sitemap":
            return self.sitemap(E, route.info["which"])
        if k == "json":
            a = E.articles[route.info["aid"]]
            body = json.dumps({"id": a.extra["wpid"], "date": iso(a.published, BRUSSELS)[:19],
                               "link": self.canonical_url(a), "title": {"rendered": a.title},
                               "type": "post", "status": "publish"})
            return Response(200, body.encode(), "application/json; charset=UTF-8",
                            lastmod=a.modified or a.published)
        if k == "listing":
            return self.listing(E, route)
        a = E.articles[route.aid]
        lastmod = a.modified or a.published
        coms = self.comment_list(a)
        if coms:
            lastmod = max(lastmod, coms[-1][1])
        if route.info.get("how") == "amp":
            return Response(200, self.amp_page(E, a).encode(), lastmod=lastmod)
        _, query, params = self.split(target)
        reply = dict(params).get("replytocom")
        return Response(200, self.post_page(E, a, reply).encode(), lastmod=lastmod, dynamic=a.shell)

    def person_id(self, au: str) -> str:
        return f"{self.base}/#/schema/person/{hashlib.md5(au.encode()).hexdigest()}"

    def yoast(self, a: Article) -> str:
        own = self.canonical_url(a)
        canon = self.original_url(a) or own
        au = a.extra["au"]
        name, slug = AUTHORS[au]
        art = {"@type": "NewsArticle", "@id": f"{canon}#article", "isPartOf": {"@id": canon},
               "author": {"@id": self.person_id(au)}, "headline": a.title,
               "datePublished": iso(a.published, UTC), "mainEntityOfPage": {"@id": canon},
               "wordCount": sum(len(p.split()) for p in a.paras),
               "publisher": {"@id": f"{self.base}/#organization"},
               "articleSection": [a.section], "inLanguage": {"en": "en-GB", "es": "es-ES", "fr": "fr-FR", "nl": "nl-NL"}[a.extra["lang"]]}
        if a.modified:
            art["dateModified"] = iso(a.modified, UTC)
        page = {"@type": "WebPage", "@id": canon, "url": canon, "name": f"{a.title} - Meridian Wire",
                "isPartOf": {"@id": f"{self.base}/#website"}, "datePublished": iso(a.published, UTC),
                "description": a.lead, "breadcrumb": {"@id": f"{canon}#breadcrumb"},
                "inLanguage": art["inLanguage"]}
        if a.modified:
            page["dateModified"] = iso(a.modified, UTC)
        graph = [art, page,
                 {"@type": "BreadcrumbList", "@id": f"{canon}#breadcrumb", "itemListElement": [
                     {"@type": "ListItem", "position": 1, "name": "Home", "item": f"{self.base}/"},
                     {"@type": "ListItem", "position": 2, "name": a.title}]},
                 {"@type": "WebSite", "@id": f"{self.base}/#website", "url": f"{self.base}/",
                  "name": "Meridian Wire", "publisher": {"@id": f"{self.base}/#organization"}},
                 {"@type": "Organization", "@id": f"{self.base}/#organization", "name": "Meridian Wire",
                  "url": f"{self.base}/", "logo": {"@type": "ImageObject", "url": f"{self.base}/wp-content/uploads/logo.gif"}},
                 {"@type": "Person", "@id": self.person_id(au), "name": name,
                  "url": f"{self.base}/author/{slug}/"}]
        return json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False).replace("</", "<\\/")

    def original_url(self, a: Article) -> str | None:
        if a.copy_of is None:
            return None
        peer = a.extra["orig_outlet"]
        return peer.canonical_url(a.extra["orig"])

    def sidebar(self, E: Edition) -> str:
        lis = "".join(f'<li><a href="{attr(self.canonical_url(E.articles[x]))}" class="bump-view" data-bump-view="tp">'
                      f'{esc(E.articles[x].title)}</a></li>' for x in E.sitewide)
        return (f'<aside id="secondary" class="widget-area" role="complementary">'
                f'<section id="top-posts-2" class="widget widget_top-posts"><h2 class="widget-title">Top stories</h2>'
                f'<ul>{lis}</ul></section>'
                f'<section id="custom_html-3" class="widget_text widget widget_custom_html"><h2 class="widget-title">The Meridian Briefing</h2>'
                f'<div class="textwidget custom-html-widget"><p>Europe\'s wire, in your inbox every weekday at 7 a.m.</p>'
                f'<form class="newsletter"><input type="email" placeholder="Email address"><button>Sign up</button></form></div></section>'
                f'</aside>')

    def frame(self, E: Edition, title: str, main: str, body_class: str, head: str = "",
              lang: str = "en-GB", sidebar: bool = True) -> str:
        nav = "".join(f'<li class="menu-item"><a href="{self.base}/category/{c}/">{n}</a></li>'
                      for c, n in CATS.items() if c not in ("es", "fr", "nl"))
        desks = "".join(f'<li class="menu-item lang-item lang-item-{c}"><a lang="{c}" hreflang="{c}" href="{self.base}/{c}/">{n}</a></li>'
                        for c, n in CATS.items() if c in ("es", "fr", "nl"))
        return f'''<!doctype html>
<html lang="{lang}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{head}<link rel="alternate" type="application/rss+xml" title="Meridian Wire &raquo; Feed" href="{self.base}/feed/" />
<link rel="https://api.w.org/" href="{self.base}/wp-json/" />
<link rel='stylesheet' id='newspack-style-css' href='{self.base}/wp-content/themes/newspack-theme/style.css?ver=2.3.1' media='all' />
<meta name="generator" content="WordPress 6.7.1" />
</head>
<body class="{body_class}">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header id="masthead" class="site-header hide-header-search">
<div class="site-branding"><a href="{self.base}/" class="custom-logo-link" rel="home"><img src="{self.base}/wp-content/uploads/logo.gif" class="custom-logo" alt="Meridian Wire"></a>
<p class="site-title"><a href="{self.base}/" rel="home">Meridian Wire</a></p></div>
<nav id="site-navigation" class="main-navigation" aria-label="Top Menu"><ul id="menu-primary" class="main-menu">{nav}{desks}</ul></nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
{main}
</main></div>
{self.sidebar(E) if sidebar else ""}
</div>
<footer id="colophon" class="site-footer"><div class="site-info"><span class="copyright">&copy; 2026 Meridian Wire SRL, Brussels.</span>
<a href="{self.base}/category/world/">World</a> · <a href="{self.base}/category/business/">Business</a> · <a href="#page" class="back-to-top">Back to top</a>
<a class="imprint" href="https://wordpress.example/" rel="nofollow">Proudly powered by WordPress VIP</a></div></footer>
</div>
</body>
</html>
'''

    def jetpack(self, E: Edition, a: Article) -> str:
        rel = a.extra["jetpack"]
        if not rel:
            return ""
        items = []
        for i, r in enumerate(rel):
            b = E.articles[r]
            href = (f"{self.canonical_url(b)}?relatedposts_hit=1&amp;relatedposts_origin={a.extra['wpid']}"
                    f"&amp;relatedposts_position={i}")
            items.append(
                f'<p class="jp-relatedposts-post jp-relatedposts-post{i} jp-relatedposts-post-thumbs" data-post-id="{b.extra["wpid"]}" data-post-format="false">'
                f'<span class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{href}" title="{attr(b.title)}" '
                f'data-origin="{a.extra["wpid"]}" data-position="{i}">{esc(b.title)}</a></span>'
                f'<span class="jp-relatedposts-post-date">{en_date(b.published)}</span>'
                f'<span class="jp-relatedposts-post-context">In &quot;{esc(b.section)}&quot;</span></p>')
        return (f"<div id='jp-relatedposts' class='jp-relatedposts' style='display: block;'>"
                f'<h3 class="jp-relatedposts-headline"><em>Related</em></h3>'
                f'<div class="jp-relatedposts-items jp-relatedposts-items-minimal jp-relatedposts-grid">'
                f'{"".join(items)}</div></div>')

    def content_html(self, E: Edition, a: Article) -> str:
        out = [f"<p>{esc(p)}</p>" for p in a.paras]
        for r in a.extra["readmore"]:
            b = E.articles[r]
            out.insert(2, f'<p><strong>Read more:</strong> <a href="{attr(self.canonical_url(b))}">{esc(b.title)}</a></p>')
        if a.extra["coverage"]:
            lis = "".join(f'<li><a href="{attr(self.canonical_url(E.articles[r]))}">{esc(E.articles[r].title)}</a></li>'
                          for r in a.extra["coverage"])
            out.append(f'<h2 class="wp-block-heading">Related coverage</h2>\n<ul class="wp-block-list">{lis}</ul>')
        if a.copy_of:
            peer = a.extra["orig_outlet"]
            name = {"courrier-estuaire": "Le Courrier de l'Estuaire", "cronica-llanera": "Crónica Llanera",
                    "havenpost": "De Havenpost"}[peer.name]
            out.append(f'<p class="syndication-credit"><em>{esc(a.extra["credit"])} '
                       f'<a href="{attr(self.original_url(a))}">{esc(name)}</a>.</em></p>')
        return "\n".join(out)

    def live_html(self, E: Edition, a: Article) -> str:
        viewers = next(self.views)
        entries = []
        for i, p in enumerate(a.paras):
            t = a.modified - timedelta(minutes=55 * (len(a.paras) - 1 - i))
            entries.append({"id": 90210 + i, "time": iso(t, BRUSSELS), "label": f"{t.astimezone(BRUSSELS):%H:%M}",
                            "author": "Clara Kessler", "html": f"<p>{esc(p)}</p>"})
        entries.reverse()
        state = {"liveblog": {"postId": a.extra["wpid"], "status": "archived", "viewers": viewers,
                              "standfirst": a.lead, "entries": entries},
                 "site": {"name": "Meridian Wire", "locale": "en_GB"}}
        blob = json.dumps(state, ensure_ascii=False).replace("</", "<\\/")
        return f'''<div class="liveblog-meta"><span class="liveblog-viewers">{viewers:,} following</span></div>
<div id="liveblog-container" class="liveblog-container"><div class="liveblog-loading"><span class="spinner is-active"></span>Loading live updates…</div></div>
<script>window.__STATE__ = {blob};</script>
<script>
(function () {{
  var s = window.__STATE__.liveblog, root = document.getElementById('liveblog-container');
  var out = '<p class="liveblog-standfirst">' + s.standfirst + '</p>';
  out += '<div class="liveblog-viewers-live">' + s.viewers.toLocaleString('en-GB') + ' following</div>';
  out += '<div class="liveblog-feed">';
  s.entries.forEach(function (e) {{
    out += '<article class="liveblog-entry" id="liveblog-entry-' + e.id + '"><header class="liveblog-meta"><time datetime="' + e.time + '">' + e.label + '</time> <span class="liveblog-author">' + e.author + '</span></header><div class="liveblog-entry-content">' + e.html + '</div></article>';
  }});
  root.innerHTML = out + '</div>';
}})();
</script>'''

    def comments_html(self, a: Article, reply: str | None) -> str:
        url = self.canonical_url(a)
        coms = self.comment_list(a)
        lis = []
        for i, (cid, when) in enumerate(coms):
            w = when.astimezone(BRUSSELS)
            lis.append(f'<li id="comment-{cid}" class="comment {"even" if i % 2 == 0 else "odd"} thread-{"even" if i % 2 == 0 else "odd"} depth-1">'
                       f'<article id="div-comment-{cid}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">'
                       f'<b class="fn">{esc(COMMENTERS[i % 6])}</b> <span class="says">says:</span></div>'
                       f'<div class="comment-metadata"><a href="{attr(url)}#comment-{cid}"><time datetime="{iso(when, BRUSSELS)}">'
                       f'{en_date(when)} at {w:%H:%M}</time></a></div></footer>'
                       f'<div class="comment-content"><p>{esc(COMMENT_TEXT[i % 6])}</p></div>'
                       f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{attr(url)}?replytocom={cid}#respond" '
                       f'data-commentid="{cid}" data-postid="{a.extra["wpid"]}" data-belowelement="div-comment-{cid}" '
                       f'data-respondelement="respond" aria-label="Reply to {attr(COMMENTERS[i % 6])}">Reply</a></div></article></li>')
        n = len(coms)
        title = (f'<h2 class="comments-title">{n} thoughts on &ldquo;{esc(a.title)}&rdquo;</h2>'
                 f'<ol class="comment-list">{"".join(lis)}</ol>') if n else ""
        cancel_style = "" if reply else ' style="display:none;"'
        return f'''<div id="comments" class="comments-area">
{title}
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="{attr(url)}#respond"{cancel_style}>Cancel reply</a></small></h3>
<form action="{self.base}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published.</p>
<p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /><input type="hidden" name="comment_post_ID" value="{a.extra["wpid"]}" id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="{attr(reply or "0")}" /></p></form></div>
</div>'''

    def post_page(self, E: Edition, a: Article, reply: str | None) -> str:
        own = self.canonical_url(a)
        canon = self.original_url(a) or own
        wpid = a.extra["wpid"]
        lang = {"en": "en-GB", "es": "es-ES", "fr": "fr-FR", "nl": "nl-NL"}[a.extra["lang"]]
        robots = "noindex, follow" if reply else "index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1"
        amp = (f'<link rel="amphtml" href="{attr(own)}amp/">\n' if (not a.shell and a.copy_of is None) else "")
        mod_meta = (f'<meta property="article:modified_time" content="{iso(a.modified, UTC)}" />\n' if a.modified else "")
        head = f'''<!-- This site is optimized with the Yoast SEO plugin v23.9 -->
<meta name="description" content="{attr(a.lead)}" />
<meta name="robots" content="{robots}" />
<link rel="canonical" href="{attr(canon)}" />
<meta property="og:locale" content="{lang.replace("-", "_")}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{attr(a.title)}" />
<meta property="og:description" content="{attr(a.lead)}" />
<meta property="og:url" content="{attr(canon)}" />
<meta property="og:site_name" content="Meridian Wire" />
<meta property="article:published_time" content="{iso(a.published, UTC)}" />
{mod_meta}<meta name="author" content="{attr(a.author)}" />
<meta name="twitter:card" content="summary_large_image" />
<script type="application/ld+json" class="yoast-schema-graph">{self.yoast(a)}</script>
<!-- / Yoast SEO plugin. -->
<link rel="alternate" type="application/rss+xml" title="Meridian Wire &raquo; {attr(a.title)} Comments Feed" href="{attr(own)}feed/" />
<link rel="alternate" title="JSON" type="application/json" href="{self.base}/wp-json/wp/v2/posts/{wpid}" />
<link rel='shortlink' href='{self.base}/?p={wpid}' />
{amp}'''
        au_name, au_slug = AUTHORS[a.extra["au"]]
        pub = a.published.astimezone(BRUSSELS)
        updated = ""
        if a.modified and not a.shell:
            m = a.modified.astimezone(BRUSSELS)
            updated = (f' <span class="updated-on">Updated <time class="updated" datetime="{iso(a.modified, BRUSSELS)}">'
                       f'{en_date(a.modified)}, {m:%H:%M}</time></span>')
        shares = (f'<span class="share-count">{a.extra["shares"]:,} shares</span>' if a.extra["shares"] else "")
        nc = a.extra["comments"]
        shares += (f' <span class="comments-link"><a href="{attr(own)}#comments">{nc} Comments</a></span>' if nc else
                   f' <span class="comments-link"><a href="{attr(own)}#respond">Leave a comment</a></span>')
        catlink = (f'{self.base}/{a.extra["cat"]}/' if a.copy_of else f'{self.base}/category/{a.extra["cat"]}/')
        sharer = quote(f"{self.base}/?p={wpid}", safe="")
        share = f'''<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>
<li class="share-twitter"><a rel="nofollow noopener noreferrer" class="share-twitter sd-button share-icon" href="https://twitter.example/intent/tweet?url={sharer}&amp;text={quote(a.title)}" target="_blank"><span>X</span></a></li>
<li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="https://www.facebook.example/sharer.php?u={sharer}" target="_blank"><span>Facebook</span></a></li>
<li class="share-email"><a rel="nofollow noopener noreferrer" class="share-email sd-button share-icon" href="mailto:?subject={quote(a.title)}&amp;body={sharer}" target="_blank"><span>Email</span></a></li>
<li class="share-copy"><a class="share-copy sd-button share-icon" href="{self.base}/?p={wpid}" data-clipboard-text="{self.base}/?p={wpid}"><span>Copy link</span></a></li>
</ul></div></div></div>'''
        body = self.live_html(E, a) if a.shell else self.content_html(E, a)
        subtitle = "" if a.shell else f'<div class="newspack-post-subtitle">{esc(a.lead)}</div>'
        main = f'''<article id="post-{wpid}" class="post-{wpid} post type-post status-publish format-standard hentry category-{a.extra["cat"]}">
<header class="entry-header">
<span class="cat-links"><a href="{catlink}" rel="category tag">{esc(a.section)}</a></span>
<h1 class="entry-title">{esc(a.title)}</h1>
{subtitle}
<div class="entry-subhead"><div class="entry-meta"><span class="author vcard">By <a class="url fn n" href="{self.base}/author/{au_slug}/">{esc(au_name)}</a></span>
<span class="posted-on"><time class="entry-date published" datetime="{iso(a.published, BRUSSELS)}">{en_date(a.published)}, {pub:%H:%M}</time>{updated}</span>
{shares}</div></div>
</header>
<div class="entry-content">
{body}
{share}
{self.jetpack(E, a)}
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="{catlink}" rel="category tag">{esc(a.section)}</a></span></footer>
</article>
{self.comments_html(a, reply)}'''
        return self.frame(E, f"{a.title} - Meridian Wire", main,
                          f"post-template-default single single-post postid-{wpid} single-format-standard",
                          head, lang)

    def amp_page(self, E: Edition, a: Article) -> str:
        own = self.canonical_url(a)
        au_name, _ = AUTHORS[a.extra["au"]]
        ld = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": own,
              "publisher": {"@type": "Organization", "name": "Meridian Wire",
                            "logo": {"@type": "ImageObject", "url": f"{self.base}/wp-content/uploads/logo.gif"}},
              "headline": a.title, "datePublished": iso(a.published, BRUSSELS),
              "dateModified": iso(a.modified or a.published, BRUSSELS),
              "author": {"@type": "Person", "name": au_name},
              "image": {"@type": "ImageObject", "url": f"{self.base}/wp-content/uploads/2026/12/{a.extra['wpid']}.jpg", "width": 1200, "height": 675}}
        hours = max(1, int((self.start - a.published).total_seconds() // 3600))
        paras = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        return f'''<!doctype html>
<html amp lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<title>{esc(a.title)} &#8211; Meridian Wire</title>
<link rel="canonical" href="{attr(own)}">
<script async src="{self.base}/wp-content/plugins/amp/assets/js/v0.js"></script>
<script async custom-element="amp-social-share" src="{self.base}/wp-content/plugins/amp/assets/js/amp-social-share-0.1.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>.amp-wp-header{{background:#0a2540;color:#fff;padding:.5em}}.amp-wp-article{{max-width:840px;margin:1.5em auto;font-family:Merriweather,serif}}.amp-wp-meta{{color:#666;font-size:.8em}}</style>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="">
<header id="top" class="amp-wp-header"><div><a href="{self.base}/"><amp-img src="{self.base}/wp-content/uploads/logo.gif" width="32" height="32" class="amp-wp-site-icon"></amp-img><span class="amp-site-title">Meridian Wire</span></a></div></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header">
<h1 class="amp-wp-title">{esc(a.title)}</h1>
<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">{esc(au_name)}</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{iso(a.published, BRUSSELS)}">{hours} hours ago</time></div>
</header>
<figure class="amp-wp-article-featured-image wp-caption"><amp-img width="1200" height="675" src="{self.base}/wp-content/uploads/2026/12/{a.extra['wpid']}.jpg" class="attachment-large size-large wp-post-image" layout="intrinsic"></amp-img></figure>
<div class="amp-wp-article-content">
<p><em>{esc(a.lead)}</em></p>
{paras}
</div>
<footer class="amp-wp-article-footer">
<div class="amp-wp-meta amp-wp-tax-category">Categories: <a href="{self.base}/category/{a.extra["cat"]}/" rel="category tag">{esc(a.section)}</a></div>
<div class="amp-wp-meta amp-wp-comments-link"><a href="{attr(own)}#respond">Leave a Comment</a></div>
<amp-social-share type="twitter" width="48" height="32" data-param-url="{self.base}/?p={a.extra['wpid']}"></amp-social-share>
</footer>
</article>
<footer class="amp-wp-footer"><div><h2>Meridian Wire</h2><a href="#top" class="back-to-top">Back to top</a></div></footer>
</body>
</html>
'''

    def listing(self, E: Edition, route: Route) -> Response:
        page = route.info["page"]
        arts = E.sorted()
        if page == "home":
            sel = [a for a in arts if a.copy_of is None][:10]
            partners = [a for a in arts if a.copy_of is not None][:6]
            title = "Meridian Wire - Europe's independent news agency"
        elif page == "cat":
            cat = route.info["cat"]
            sel = [a for a in arts if a.extra["cat"] == cat]
            partners = []
            title = f"{CATS[cat]} Archives - Meridian Wire"
        else:
            sel = [a for a in arts if AUTHORS[a.extra["au"]][1] == route.info["slug"]]
            partners = []
            title = "Author - Meridian Wire"

        def card(a):
            return (f'<article class="post-{a.extra["wpid"]} post type-post entry"><div class="entry-container">'
                    f'<header class="entry-header"><h2 class="entry-title"><a href="{attr(self.canonical_url(a))}" rel="bookmark">{esc(a.title)}</a></h2></header>'
                    f'<p>{esc(a.lead)}</p><div class="entry-meta"><time class="entry-date published" datetime="{iso(a.published, BRUSSELS)}">'
                    f'{en_date(a.published)}</time></div></div></article>')
        main = "".join(card(a) for a in sel)
        if partners:
            main += '<section class="partners"><h2 class="section-title">From our partner desks</h2>' + "".join(card(a) for a in partners) + "</section>"
        lastmod = max((a.modified or a.published) for a in E.articles.values())
        return Response(200, self.frame(E, title, main, "home blog" if page == "home" else "archive").encode(), lastmod=lastmod)

    def feed(self, E: Edition, comments_of: str | None) -> Response:
        lastmod = max((a.modified or a.published) for a in E.articles.values())
        if comments_of:
            a = E.articles[comments_of]
            items = "".join(f"<item><title>By: {esc(COMMENTERS[i % 6])}</title><link>{esc(self.canonical_url(a))}#comment-{cid}</link>"
                            f"<pubDate>{rfc822(when)}</pubDate><description>{esc(COMMENT_TEXT[i % 6])}</description></item>"
                            for i, (cid, when) in enumerate(self.comment_list(a)))
            body = (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Comments on: {esc(a.title)}</title>'
                    f'<link>{esc(self.canonical_url(a))}</link><description>Europe\'s independent news agency</description>{items}</channel></rss>')
            return Response(200, body.encode(), "application/rss+xml; charset=UTF-8", lastmod=lastmod)
        items = []
        for a in E.sorted()[:20]:
            u = self.canonical_url(a)
            content = "".join(f"<p>{esc(p)}</p>" for p in a.paras) if not a.shell else f"<p>{esc(a.lead)}</p>"
            items.append(f'''<item>
<title>{esc(a.title)}</title>
<link>{esc(u)}</link>
<comments>{esc(u)}#respond</comments>
<dc:creator><![CDATA[{a.author}]]></dc:creator>
<pubDate>{rfc822(a.published)}</pubDate>
<category><![CDATA[{a.section}]]></category>
<guid isPermaLink="false">{self.base}/?p={a.extra["wpid"]}</guid>
<description><![CDATA[{a.lead}]]></description>
<content:encoded><![CDATA[{content}]]></content:encoded>
<wfw:commentRss>{esc(u)}feed/</wfw:commentRss>
<slash:comments>{a.extra["comments"]}</slash:comments>
</item>''')
        body = f'''<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/"
xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"
xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
<channel>
<title>Meridian Wire</title>
<atom:link href="{self.base}/feed/" rel="self" type="application/rss+xml" />
<link>{self.base}/</link>
<description>Europe's independent news agency</description>
<lastBuildDate>{rfc822(lastmod)}</lastBuildDate>
<language>en-GB</language>
<sy:updatePeriod>hourly</sy:updatePeriod>
<generator>https://wordpress.org/?v=6.7.1</generator>
{chr(10).join(items)}
</channel>
</rss>
'''
        return Response(200, body.encode(), "application/rss+xml; charset=UTF-8", lastmod=lastmod)

    def sitemap(self, E: Edition, which: str) -> Response:
        lastmod = max((a.modified or a.published) for a in E.articles.values())
        if which == "/sitemap_index.xml":
            body = (f'<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="//{self.base[7:]}/main-sitemap.xsl"?>'
                    f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                    f'<sitemap><loc>{self.base}/post-sitemap.xml</loc><lastmod>{iso(lastmod, UTC)}</lastmod></sitemap>'
                    f'<sitemap><loc>{self.base}/category-sitemap.xml</loc><lastmod>{iso(lastmod, UTC)}</lastmod></sitemap>'
                    f'</sitemapindex>')
        elif which == "/post-sitemap.xml":
            urls = "".join(f"<url><loc>{esc(self.canonical_url(a))}</loc><lastmod>{iso(a.modified or a.published, UTC)}</lastmod></url>"
                           for a in E.sorted())
            body = (f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                    f'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                    f'<url><loc>{self.base}/</loc></url>{urls}</urlset>')
        else:
            urls = "".join(f"<url><loc>{self.base}/category/{c}/</loc></url>" for c in ("world", "business", "climate"))
            body = f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
        return Response(200, body.encode(), "application/xml; charset=UTF-8", lastmod=lastmod)

    def seeds(self) -> str:
        return f'''[[site]]
name = "{self.name}"
base_url = "{self.base}"
source = "Meridian Wire"
syndication_partner = true
start_urls = ["/", "/es/", "/fr/", "/nl/"]
feeds = ["/feed/"]
sitemaps = ["/sitemap_index.xml"]
article_patterns = ['^/(es/|fr/|nl/)?\\d{{4}}/\\d{{2}}/\\d{{2}}/[a-z0-9-]+']
listing_patterns = ['^/$', '^/(es|fr|nl)/$', '^/category/[a-z-]+/$']
allow_networks = ["127.0.0.1/32"]
language = "en"
rate = 200
concurrency = 8
max_depth = 6
max_pages = 400
'''


ROBOTS = """User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php
Disallow: /?s=
Disallow: /search/

Sitemap: BASE/sitemap_index.xml
"""

CSS = """body{font-family:'Source Serif 4',Georgia,serif;color:#111}.skip-link{position:absolute;left:-9999px}
.entry-title{font-size:2.2em}.jp-relatedposts-post{display:inline-block;width:30%;vertical-align:top;margin-right:3%}
.widget_top-posts li{margin-bottom:.5em}.liveblog-loading .spinner{display:inline-block;width:20px;height:20px;border:3px solid #ccc;border-top-color:#0a2540;border-radius:50%}
"""

GIF = bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b")
