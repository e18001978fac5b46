"""De Havenpost: a Dutch city news site on a headless CMS with a Next.js front end.

Minimal markup, no JSON-LD (og:title/description only; dates in <time datetime>, written in UTC
with a Z; in edition 2 some pages write the same instant as +01:00), canonical /nieuws/<slug>
without a trailing slash while its own links use both spellings (the slash spelling answers 200
with the canonical), tracking parameters on internal links (?ref=home, ?ref=leesverder,
?ref=leesook, ?ref=meestgelezen, RSS items with utm_*), skip link #main, "Lees verder" cards
(div markup, label + DD-MM-YYYY date) followed right after by the site-wide "Meest gelezen"
(<ol>), inline "Lees ook:" paragraphs in the body, a render stamp in the footer, every SSR page
carrying its data again in __NEXT_DATA__. Two articles are JS shells: the static HTML has a
skeleton ("Artikel wordt geladen…") and a view counter that changes on every request; the text
is in __NEXT_DATA__ (one) or window.__STATE__ (the other) and an inline script renders it.
RSS at /rss.xml, sitemap at /sitemap.xml. Validators: ETag only (shells: none, no-store).
"""
from __future__ import annotations

import itertools
import json
from datetime import timedelta

from .common import (AMSTERDAM, NL_MONTHS, Article, attr, esc, iso, iso_z, pick_sentences, place,
                     rfc822, slugify)
from .outlet import Edition, Outlet, Response, Route

SECTIONS = {"stad": "Stad", "haven": "Haven", "sport": "Sport"}
BUILD_ID = "hp-7Qk2sVb1x9"

# aid: (hours before start, section, author, title, lead, paragraphs)
H = {}
H["h4"] = (33.5, "sport", "Bart Kooijman",
    "Feyenoord wint ruim van Heracles en blijft in het spoor van de koploper",
    "In een uitverkochte Kuip won Feyenoord met 4-0, na een sterke tweede helft.",
    ["Na een matige eerste helft zonder doelpunten brak de thuisploeg kort na rust de ban met een kopbal uit een hoekschop. Daarna ging het snel: binnen twintig minuten stond het 3-0.",
     "De invallers zorgden in de slotfase voor de 4-0. De trainer prees na afloop vooral de manier waarop zijn ploeg na rust de druk opvoerde.",
     "Door de zege blijft Feyenoord op drie punten van de koploper. Volgende week wacht een uitwedstrijd in Eindhoven."])
H["h6"] = (31.0, "stad", "Sanne Visser",
    "Watertaxi's varen vaker door drukte rond de feestdagen",
    "Vanaf volgende week vaart er op de drukste lijnen elke tien minuten een watertaxi.",
    ["De vervoerder speelt daarmee in op de verwachte drukte rond de kerstmarkten en de oud-en-nieuwviering aan de Maas. Vorig jaar werden in december ruim 90.000 ritten gemaakt.",
     "Er worden vier extra boten ingezet, waarvan twee volledig elektrisch. De tarieven blijven gelijk.",
     "Op oudejaarsavond varen de watertaxi's tot twee uur 's nachts."])
H["h2"] = (28.5, "haven", "Joost de Ruiter",
    "Drukte op de Maasvlakte: containerschepen wachten dagen op een ligplaats",
    "Door storingen, stakingen elders in Europa en slecht weer liggen tientallen schepen voor de kust te wachten.",
    ["Op sommige dagen lagen er deze week meer dan dertig containerschepen op de ankerplaatsen voor de haven. Normaal zijn dat er hooguit tien tot vijftien.",
     "Terminals op de Maasvlakte kampen met een achterstand na storingen aan de kranen en de naweeën van stakingen in Antwerpen en Hamburg. Rederijen sturen schepen daardoor massaal naar Rotterdam.",
     "Transportbedrijven klagen over lange wachttijden om containers op te halen. Sommige chauffeurs staan een halve dag in de rij bij de terminal.",
     "Het Havenbedrijf verwacht dat de drukte na de feestdagen afneemt."])
H["h7"] = (25.0, "stad", "Sanne Visser",
    "Gemeente wil rookverbod op alle speelplaatsen",
    "Wie rookt op een speelplaats, riskeert vanaf de zomer een boete van 100 euro.",
    ["Het voorstel van het college geldt voor alle 480 openbare speelplaatsen in de stad. Ook schoolpleinen en de directe omgeving van sportvelden vallen eronder.",
     "Handhavers gaan de eerste maanden vooral waarschuwen. Daarna volgen boetes, zegt de verantwoordelijk wethouder.",
     "De gemeenteraad stemt in januari over het voorstel. Een meerderheid lijkt voor te zijn."])
H["h1"] = (22.0, "stad", "Lotte Brouwer",
    "Cyberaanval legt systemen van gemeente Maaswijk plat",
    "Inwoners kunnen sinds maandag geen afspraken maken, paspoorten aanvragen of meldingen doen. De gemeente spreekt van een ernstige cyberaanval.",
    ["De problemen begonnen zondagavond, toen medewerkers van de ICT-afdeling ongebruikelijk netwerkverkeer opmerkten. Kort daarna werden bestanden op meerdere servers versleuteld en verscheen er een bericht van de aanvallers.",
     "Uit voorzorg heeft de gemeente alle systemen offline gehaald, ook de website en het klantcontactcentrum. Ambtenaren werken voorlopig met pen en papier, en het stadskantoor is alleen open voor dringende zaken.",
     "Burgemeester Ellen de Wit noemt de aanval „een aanslag op onze dienstverlening”. De gemeente heeft aangifte gedaan en werkt samen met het Nationaal Cyber Security Centrum en een gespecialiseerd bedrijf.",
     "Of er persoonsgegevens zijn buitgemaakt, is nog niet bekend. Inwoners wordt gevraagd alert te zijn op verdachte e-mails en telefoontjes die namens de gemeente lijken te komen."])
H["h8"] = (19.5, "stad", "Joost de Ruiter",
    "Interactief: zo verandert de skyline van de stad tot 2035",
    "Ruim twintig torens van meer dan honderd meter staan op de planning. Wij zetten ze op een rij.",
    ["De hoogste toren, aan de Wilhelminapier, moet 215 meter hoog worden en wordt daarmee het hoogste gebouw van Nederland. De bouw begint naar verwachting in 2027.",
     "Veel van de nieuwe torens komen rond het centraal station en op de Kop van Zuid. Het gaat vooral om woontorens, met in totaal ruim 9.000 appartementen.",
     "Niet iedereen is enthousiast: bewoners van omliggende wijken vrezen meer schaduw en wind. De gemeente laat voor elk project een windstudie uitvoeren."])
H["h3"] = (16.0, "stad", "Lotte Brouwer",
    "Nieuwe fietsbrug over de Nieuwe Maas opent in het voorjaar",
    "De brug tussen Kralingen en Feijenoord wordt de langste fietsbrug van het land.",
    ["De 360 meter lange brug moet fietsers en voetgangers een snelle verbinding geven tussen de noord- en zuidoever van de stad. De gemeente verwacht dat er dagelijks zo'n 12.000 fietsers gebruik van gaan maken.",
     "Het middendeel van de brug kan open om grote schepen door te laten. Volgens de planning gaat de brug in april open voor verkeer, na een bouwtijd van bijna drie jaar.",
     "De kosten zijn opgelopen tot 84 miljoen euro, bijna het dubbele van het oorspronkelijke budget. De gemeenteraad stemde vorig jaar in met het extra geld."])
H["h5"] = (12.5, "stad", "Sanne Visser",
    "Woningcorporaties bouwen 1.200 sociale huurwoningen in Zuid",
    "De eerste woningen moeten in 2028 worden opgeleverd.",
    ["Drie corporaties hebben een akkoord gesloten met de gemeente over de bouw op vier locaties, waaronder het voormalige havengebied bij de Waalhaven. Het gaat vooral om woningen voor starters en ouderen.",
     "De gemeente stelt de grond goedkoper beschikbaar in ruil voor de garantie dat de woningen minstens twintig jaar sociale huur blijven. Ook komen er nieuwe scholen en een gezondheidscentrum.",
     "Huurdersverenigingen zijn blij met de plannen, maar wijzen erop dat de wachtlijst voor een sociale huurwoning in de regio inmiddels gemiddeld negen jaar is."])
H["h9"] = (8.0, "haven", "Bart Kooijman",
    "Verkeer muurvast na ongeluk met vrachtwagen op de A15",
    "Weggebruikers moeten rekening houden met uren vertraging richting de haven.",
    ["Het ongeluk gebeurde rond zes uur vanochtend ter hoogte van Rozenburg, waar een vrachtwagen met staalrollen op zijn kant belandde. De chauffeur raakte lichtgewond.",
     "Rijkswaterstaat heeft alle rijstroken richting de Maasvlakte afgesloten om de lading te kunnen bergen. Het verkeer wordt omgeleid via de Calandbrug.",
     "De berging duurt naar verwachting tot het eind van de middag. Ook het openbaar vervoer in de regio ondervindt hinder."])
H["h10"] = (4.5, "stad", "Lotte Brouwer",
    "Cyberaanval: gemeente Maaswijk betaalt geen losgeld",
    "Het college weigert in te gaan op de eisen van de criminelen achter de aanval, die ruim een miljoen euro in bitcoin vragen.",
    ["Dat maakte wethouder Karim Bouzid dinsdagmiddag bekend tijdens een extra raadsvergadering. Volgens hem zou betalen „criminelen belonen en andere gemeenten tot doelwit maken”.",
     "De aanvallers dreigen gestolen bestanden op internet te zetten als er niet binnen een week wordt betaald. Deskundigen waarschuwen dat zulke dreigementen vaak worden uitgevoerd.",
     "Alle fracties in de gemeenteraad steunden het besluit. Wel vroeg de oppositie om een onafhankelijk onderzoek naar de beveiliging van de gemeentelijke systemen.",
     "Het herstel van de systemen gaat naar verwachting nog minstens twee weken duren."])
# edition 2 only
H["h11"] = (0.8, "stad", "Lotte Brouwer",
    "Cyberaanval Maaswijk: gegevens van 8.000 inwoners op het dark web",
    "De criminelen achter de cyberaanval op de gemeente hebben een deel van de gestolen bestanden openbaar gemaakt.",
    ["Het gaat onder meer om kopieën van identiteitsbewijzen, adresgegevens en correspondentie over bijstandsuitkeringen. De gemeente bevestigt dat de bestanden echt zijn.",
     "Alle getroffen inwoners krijgen deze week een brief met uitleg en advies. Wie vreest voor identiteitsfraude, kan terecht bij een speciaal telefoonnummer.",
     "De Autoriteit Persoonsgegevens is ingelicht en doet onderzoek. Burgemeester De Wit spreekt van „het scenario dat we allemaal vreesden”."])

ED2_ONLY = {"h11"}
SHELLS = {"h8": "next", "h9": "state"}
CARDS1 = {"h1": ["h10"], "h10": ["h1"], "h2": ["h9", "h6"], "h9": ["h2"], "h6": ["h3"],
          "h3": ["h6"], "h5": ["h8"], "h8": ["h5"], "h7": ["h5"]}
CARDS2 = dict(CARDS1, h1=["h11", "h10"], h10=["h11", "h1"], h11=["h1", "h10"])
LEESOOK = {"h2": ["h9"], "h5": ["h3"]}
MOSTREAD = ["h1", "h4", "h8", "h2", "h7"]
SLASHED_CARDS = {"h9", "h3", "h10"}       # the CMS stores some card links with a trailing slash
REGENERATED2 = {"h4", "h5"}               # ISR pages rebuilt in edition 2 for no reason but time
TZ_REWRITE2 = {"h6", "h7"}                # edition 2 writes <time datetime> as +01:00

H1_TITLE2 = "Cyberaanval bij gemeente Maaswijk: ook paspoortaanvragen en uitkeringen getroffen"
H1_NEW = ("Inmiddels is duidelijk dat ook de systemen voor paspoortaanvragen en "
          "bijstandsuitkeringen zijn getroffen. De gemeente verwacht dat de uitkeringen van "
          "december wel op tijd worden uitbetaald.")
H3_CORR = ("Correctie: in een eerdere versie van dit artikel stond dat de brug in april "
           "opengaat. Dat wordt mei.")


def nl_long(dt) -> str:
    d = dt.astimezone(AMSTERDAM)
    return f"{d.day} {NL_MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"


class Havenpost(Outlet):
    name = "havenpost"
    cms = "headless CMS + Next.js front end"
    language = "nl"
    tz = AMSTERDAM
    etag = True
    last_modified = False

    def model(self):
        self.times = {aid: place(self.start, v[0], AMSTERDAM) for aid, v in H.items()}
        self.mod2 = {"h1": place(self.start, 0.5, AMSTERDAM, lo=0.3),
                     "h3": place(self.start, 1.7, AMSTERDAM, lo=0.3)}
        self.views = itertools.count(1873, 3)

    def path_of(self, aid):
        return f"/nieuws/{slugify(H[aid][3])}"

    def build(self, ed: int) -> Edition:
        arts = []
        for aid, (_, sec, author, title, lead, paras) in H.items():
            if ed == 1 and aid in ED2_ONLY:
                continue
            paras = list(paras)
            modified = None
            if ed == 2 and aid == "h1":
                title = H1_TITLE2
                paras.append(H1_NEW)
                modified = self.mod2["h1"]
            if ed == 2 and aid == "h3":
                paras[1] = paras[1].replace("in april open", "in mei open")
                paras.append(H3_CORR)
                modified = self.mod2["h3"]
            cards = (CARDS2 if ed == 2 else CARDS1).get(aid, [])
            stamp = self.times[aid] + timedelta(minutes=4)
            if ed == 2 and (aid in REGENERATED2 or modified is not None or aid in ("h10",)):
                stamp = self.start - timedelta(minutes=9)
            arts.append(Article(
                aid=aid, path=self.path_of(aid), title=title, lead=lead, paras=paras,
                published=self.times[aid], modified=modified, section=SECTIONS[sec], author=author,
                related=list(dict.fromkeys(cards + LEESOOK.get(aid, []))), shell=aid in SHELLS,
                key_sentences=pick_sentences(paras, (0, 1, 2)),
                extra={"sec": sec, "cards": cards, "leesook": LEESOOK.get(aid, []), "stamp": stamp,
                       "tz": ed == 2 and aid in TZ_REWRITE2,
                       "cardref": ("leesverder&utm_campaign=winter" if (ed == 2 and aid == "h6") else "leesverder"),
                       "id": 20000 + list(H).index(aid) * 13}))
        arts.sort(key=lambda a: a.published, reverse=True)
        return Edition(arts, list(MOSTREAD))

    def updated(self):
        return ["h1", "h3"]

    # ------------------------------------------------------------------ routing
    def route(self, ed: int, target: str) -> Route:
        path, query, params = self.split(target)
        E = self.edition(ed)
        if path == "/robots.txt":
            return Route("robots")
        if path.startswith("/_next/static/") or path == "/favicon.ico":
            return Route("static")
        if path == "/":
            return Route("listing", info={"page": "home"})
        if path == "/rss.xml":
            return Route("feed")
        if path == "/sitemap.xml":
            return Route("sitemap")
        for s in SECTIONS:
            if path in (f"/rubriek/{s}", f"/rubriek/{s}/"):
                return Route("listing", info={"page": "section", "sec": s})
        for a in E.articles.values():
            if path == a.path and not query:
                return Route("article", aid=a.aid)
            if path in (a.path, a.path + "/"):
                return Route("variant", aid=a.aid, info={"how": "slash/query"})
        return Route("notfound", status=404)

    def declared_variants(self, ed: int, a: Article) -> list[str]:
        return [a.path + "/"]

    def listing_targets(self, ed: int) -> list[str]:
        return ["/", "/rss.xml", "/sitemap.xml", "/robots.txt"] + [f"/rubriek/{s}" for s in SECTIONS]

    # ------------------------------------------------------------------ rendering
    def render(self, ed: int, route: Route, target: str) -> Response:
        E = self.edition(ed)
        k = route.kind
        if k == "robots":
            return Response(200, ROBOTS.replace("BASE", self.base).encode(), "text/plain; charset=utf-8")
        if k == "static":
            if target.endswith(".css"):
                return Response(200, CSS.encode(), "text/css; charset=utf-8")
            if target.endswith(".svg"):
                return Response(200, LOGO.encode(), "image/svg+xml")
            return Response(404, b"", "text/plain")
        if k == "notfound":
            return Response(404, self.frame(E, "Pagina niet gevonden", "<main id=\"main\"><h1>404 - Deze pagina bestaat niet</h1></main>",
                                            {"page": "/_error", "props": {"pageProps": {"statusCode": 404}}}).encode())
        if k == "feed":
            return self.feed(E)
        if k == "sitemap":
            return self.sitemap(E)
        if k == "listing":
            return self.listing(E, route)
        a = E.articles[route.aid]
        resp = Response(200, self.article_page(E, a).encode(), dynamic=a.shell)
        if a.shell:
            resp.headers["Cache-Control"] = "private, no-cache, no-store, max-age=0, must-revalidate"
        else:
            resp.headers["Cache-Control"] = "s-maxage=60, stale-while-revalidate"
        resp.headers["X-Powered-By"] = "Next.js"
        return resp

    def link(self, a: Article, ref: str | None, slash: bool = False) -> str:
        p = a.path + ("/" if slash else "")
        return p + (f"?ref={ref}" if ref else "")

    def dt_attr(self, a: Article, dt) -> str:
        return iso(dt, AMSTERDAM) if a.extra["tz"] else iso_z(dt, millis=True)

    def frame(self, E: Edition, title: str, main: str, next_data: dict, head: str = "", stamp=None) -> str:
        nd = json.dumps(dict(next_data, buildId=BUILD_ID, isFallback=False, gssp=True, scriptLoader=[]),
                        ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
        stamp_html = ""
        if stamp is not None:
            s = stamp.astimezone(AMSTERDAM)
            stamp_html = f'<p class="Footer_stamp">Pagina gegenereerd op {s.day} {NL_MONTHS[s.month - 1]} om {s:%H:%M}</p>'
        nav = ('<nav class="Header_nav"><a href="/rubriek/stad">Stad</a><a href="/rubriek/haven/">Haven</a>'
               '<a href="/rubriek/sport">Sport</a></nav>')
        return (f'<!DOCTYPE html><html lang="nl"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>'
                f'<title>{esc(title)}</title>{head}<link rel="preload" href="/_next/static/css/4f1a9c2e.css" as="style"/>'
                f'<link rel="stylesheet" href="/_next/static/css/4f1a9c2e.css" data-n-g=""/><meta name="next-head-count" content="8"/></head>'
                f'<body><div id="__next"><a href="#main" class="SkipLink_root">Naar de inhoud</a>'
                f'<header class="Header_root"><a class="Header_logo" href="/?ref=logo"><img src="/_next/static/media/logo.svg" alt="De Havenpost" width="180" height="32"/></a>{nav}</header>'
                f'{main}'
                f'<footer class="Footer_root"><p>© 2026 De Havenpost · <a href="/rubriek/stad/">Stad</a> · <a href="/rubriek/haven">Haven</a> · '
                f'<a href="https://www.instagram.example/havenpost">Instagram</a></p>{stamp_html}</footer></div>'
                f'<script id="__NEXT_DATA__" type="application/json">{nd}</script></body></html>')

    def cards_html(self, E: Edition, a: Article) -> str:
        if not a.extra["cards"]:
            return ""
        cards = []
        for r in a.extra["cards"]:
            b = E.articles[r]
            d = b.published.astimezone(AMSTERDAM)
            href = self.link(b, None, slash=r in SLASHED_CARDS) + f"?ref={a.extra['cardref']}"
            cards.append(f'<a class="Card_root" href="{attr(href)}"><span class="Card_label">{esc(b.section)}</span>'
                         f'<h3 class="Card_title">{esc(b.title)}</h3><time class="Card_date" dateTime="{self.dt_attr(a, b.published)}">{d:%d-%m-%Y}</time></a>')
        return (f'<section class="ReadNext_root" aria-labelledby="lees-verder"><h2 id="lees-verder" class="ReadNext_heading">Lees verder</h2>'
                f'<div class="ReadNext_grid">{"".join(cards)}</div></section>')

    def mostread_html(self, E: Edition) -> str:
        lis = "".join(f'<li class="MostRead_item"><a href="{attr(self.link(E.articles[x], "meestgelezen"))}">{esc(E.articles[x].title)}</a></li>'
                      for x in E.sitewide)
        return f'<section class="MostRead_root"><h2 class="MostRead_heading">Meest gelezen</h2><ol class="MostRead_list">{lis}</ol></section>'

    def body_html(self, E: Edition, a: Article) -> str:
        out = [f"<p>{esc(p)}</p>" for p in a.paras]
        for r in a.extra["leesook"]:
            b = E.articles[r]
            out.insert(2, f'<p class="Article_leesook"><strong>Lees ook:</strong> <a href="{attr(self.link(b, "leesook"))}">{esc(b.title)}</a></p>')
        return "".join(out)

    def article_data(self, a: Article, views: int | None = None) -> dict:
        d = {"id": a.extra["id"], "slug": a.path.rsplit("/", 1)[-1], "title": a.title, "intro": a.lead,
             "section": a.section, "author": a.author, "publishedAt": iso_z(a.published, millis=True),
             "updatedAt": iso_z(a.modified or a.published, millis=True),
             "body": [{"type": "paragraph", "text": p} for p in a.paras]}
        if views is not None:
            d["views"] = views
        return d

    def article_page(self, E: Edition, a: Article) -> str:
        head = (f'<meta name="description" content="{attr(a.lead)}"/><meta property="og:title" content="{attr(a.title)}"/>'
                f'<meta property="og:description" content="{attr(a.lead)}"/><meta property="og:type" content="article"/>'
                f'<link rel="canonical" href="{attr(self.canonical_url(a))}"/>')
        mod = ""
        if a.modified:
            mod = f' · bijgewerkt <time dateTime="{self.dt_attr(a, a.modified)}">{nl_long(a.modified)}</time>'
        after = self.cards_html(E, a) + self.mostread_html(E)
        if not a.shell:
            main = (f'<main id="main" class="Layout_main"><article class="Article_root">'
                    f'<p class="Article_kicker"><a href="/rubriek/{a.extra["sec"]}">{esc(a.section)}</a></p>'
                    f'<h1 class="Article_title">{esc(a.title)}</h1><p class="Article_intro">{esc(a.lead)}</p>'
                    f'<div class="Article_meta"><span>Door {esc(a.author)}</span> · <time dateTime="{self.dt_attr(a, a.published)}">{nl_long(a.published)}</time>{mod}</div>'
                    f'<div class="Article_body">{self.body_html(E, a)}</div></article>{after}</main>')
            nd = {"props": {"pageProps": {"article": self.article_data(a)}, "__N_SSP": True},
                  "page": "/nieuws/[slug]", "query": {"slug": a.path.rsplit("/", 1)[-1]}}
            return self.frame(E, f"{a.title} | De Havenpost", main, nd, head, a.extra["stamp"])
        views = next(self.views) * 3 + 17
        views_txt = f"{views:,}".replace(",", ".")
        skeleton = (f'<article class="Article_root" id="article-root" aria-busy="true">'
                    f'<p class="Article_kicker"><a href="/rubriek/{a.extra["sec"]}">{esc(a.section)}</a></p>'
                    f'<div class="Article_views"><span class="Views_count">{views_txt} keer gelezen</span></div>'
                    f'<div class="Skeleton_root"><div class="Skeleton_title"></div><div class="Skeleton_line"></div>'
                    f'<div class="Skeleton_line"></div><div class="Skeleton_line Skeleton_short"></div>'
                    f'<p class="Skeleton_label"><span class="Spinner_root" role="progressbar"></span>Artikel wordt geladen…</p></div></article>')
        main = f'<main id="main" class="Layout_main">{skeleton}{after}</main>'
        render_js = '''(function(){var a=%s;var root=document.getElementById('article-root');
function e(s){return String(s).replace(/&/g,'&amp;').replace(/</g,'&lt;').replace(/>/g,'&gt;');}
var h='<p class="Article_kicker">'+e(a.section)+'</p><h1 class="Article_title">'+e(a.title)+'</h1><p class="Article_intro">'+e(a.intro)+'</p>';
var d=new Date(a.publishedAt);var m=['januari','februari','maart','april','mei','juni','juli','augustus','september','oktober','november','december'];
h+='<div class="Article_meta"><span>Door '+e(a.author)+'</span> · <time dateTime="'+a.publishedAt+'">'+d.getDate()+' '+m[d.getMonth()]+' '+d.getFullYear()+'</time> · <span class="Views_count">'+a.views.toLocaleString('nl-NL')+' keer gelezen</span></div>';
h+='<div class="Article_body">';for(var i=0;i<a.body.length;i++){h+='<p>'+e(a.body[i].text)+'</p>';}h+='</div>';
root.innerHTML=h;root.removeAttribute('aria-busy');})();'''
        data = self.article_data(a, views)
        if SHELLS[a.aid] == "next":
            nd = {"props": {"pageProps": {"article": data}, "__N_SSP": True}, "page": "/nieuws/[slug]",
                  "query": {"slug": a.path.rsplit("/", 1)[-1]}}
            script = ('<script>' + render_js % "JSON.parse(document.getElementById('__NEXT_DATA__').textContent).props.pageProps.article"
                      + '</script>')
            page = self.frame(E, f"{a.title} | De Havenpost", main, nd, head, None)
            return page.replace("</body></html>", script + "</body></html>")
        blob = json.dumps({"article": data, "route": a.path}, ensure_ascii=False).replace("</", "<\\/")
        nd = {"props": {"pageProps": {"slug": a.path.rsplit("/", 1)[-1]}, "__N_SSP": True}, "page": "/nieuws/[slug]",
              "query": {"slug": a.path.rsplit("/", 1)[-1]}}
        script = f'<script>window.__STATE__ = {blob};</script><script>' + render_js % "window.__STATE__.article" + '</script>'
        page = self.frame(E, f"{a.title} | De Havenpost", main, nd, head, None)
        return page.replace("</body></html>", script + "</body></html>")

    def listing(self, E: Edition, route: Route) -> Response:
        arts = E.sorted()
        if route.info["page"] == "section":
            sec = route.info["sec"]
            arts = [a for a in arts if a.extra["sec"] == sec]
            title = f"{SECTIONS[sec]} | De Havenpost"
            ref = None
        else:
            title = "De Havenpost | Nieuws uit stad en haven"
            ref = "home"
        items = []
        for i, a in enumerate(arts):
            d = a.published.astimezone(AMSTERDAM)
            href = self.link(a, ref, slash=(i % 3 == 1))
            items.append(f'<a class="Teaser_root" href="{attr(href)}"><span class="Teaser_label">{esc(a.section)}</span>'
                         f'<h2 class="Teaser_title">{esc(a.title)}</h2><p class="Teaser_intro">{esc(a.lead)}</p>'
                         f'<time dateTime="{iso_z(a.published, millis=True)}">{d:%H:%M}</time></a>')
        main = f'<main id="main" class="Layout_main"><div class="TeaserList_root">{"".join(items)}</div>{self.mostread_html(E)}</main>'
        nd = {"props": {"pageProps": {"items": [{"slug": a.path.rsplit("/", 1)[-1], "title": a.title} for a in arts]}},
              "page": "/" if route.info["page"] == "home" else "/rubriek/[slug]", "query": {}}
        return Response(200, self.frame(E, title, main, nd, '<link rel="alternate" type="application/rss+xml" href="/rss.xml" title="De Havenpost"/>').encode())

    def feed(self, E: Edition) -> Response:
        items = "".join(
            f"<item><title>{esc(a.title)}</title><link>{esc(self.canonical_url(a))}?utm_source=rss&amp;utm_medium=rss&amp;utm_campaign={a.path.rsplit('/', 1)[-1][:30]}</link>"
            f"<guid isPermaLink=\"false\">havenpost-{a.extra['id']}</guid><pubDate>{rfc822(a.published)}</pubDate>"
            f"<description>{esc(a.lead)}</description><category>{esc(a.section)}</category></item>"
            for a in E.sorted())
        body = (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>De Havenpost</title>'
                f'<link>{self.base}</link><description>Nieuws uit stad en haven</description><language>nl</language>{items}</channel></rss>')
        return Response(200, body.encode(), "application/rss+xml; charset=utf-8")

    def sitemap(self, E: Edition) -> Response:
        urls = "".join(f"<url><loc>{esc(self.canonical_url(a))}</loc><lastmod>{iso_z(a.modified or a.published)}</lastmod>"
                       f"<changefreq>hourly</changefreq></url>" for a in E.sorted())
        body = (f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f'<url><loc>{self.base}/</loc><changefreq>always</changefreq></url>{urls}</urlset>')
        return Response(200, body.encode(), "application/xml")

    def seeds(self) -> str:
        return f'''[[site]]
name = "{self.name}"
base_url = "{self.base}"
source = "De Havenpost"
start_urls = ["/"]
feeds = ["/rss.xml"]
sitemaps = ["/sitemap.xml"]
article_patterns = ['^/nieuws/[a-z0-9-]+']
listing_patterns = ['^/$', '^/rubriek/[a-z-]+/?$']
allow_networks = ["127.0.0.1/32"]
language = "nl"
date_order = "DMY"
rate = 200
concurrency = 8
max_depth = 6
max_pages = 400
'''


ROBOTS = """User-agent: *
Disallow: /api/
Disallow: /zoeken
Disallow: /_next/data/
Allow: /

Sitemap: BASE/sitemap.xml
"""

CSS = """.SkipLink_root{position:absolute;left:-9999px}.Header_root{display:flex;gap:1rem;padding:1rem;border-bottom:1px solid #ddd}
.Article_root{max-width:680px;margin:2rem auto;font-family:Georgia,serif}.Article_title{font-size:2.4rem}.Skeleton_line{height:1em;background:#eee;margin:.5em 0}
.ReadNext_grid{display:grid;grid-template-columns:repeat(3,1fr);gap:1rem}.Card_root{display:block;color:inherit;text-decoration:none}
"""

LOGO = ('<svg xmlns="http://www.w3.org/2000/svg" width="180" height="32"><text x="0" y="24" font-size="22" '
        'font-family="Georgia">De Havenpost</text></svg>')
