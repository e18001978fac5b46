"""Meridian Wire / Agencia Meridiano: a Drupal 10 wire service in English and Spanish (UTC).

The syndication partner of the world: it republishes the other outlets' articles (most with
a cross-domain rel=canonical naming the original, one Spanish reprint without), and has
originals of its own (one of them is reprinted by The Isthmus Ledger). Drupal shapes: path
aliases with /node/N served too (rel=shortlink), the printable module (/node/N/printable/print),
the AMP module (?amp=1), a "Related coverage" / "More on this story" / "Más sobre este tema"
views block with d/m/Y dates, a site-wide "Most read" views block right after it, RSS feeds
whose links carry utm_* parameters, a live blog that is a JS shell (window.__STATE__), and the
stock Drupal robots.txt (the "Log in to post comments" links are disallowed). In edition 2 the
site's time zone setting changes to America/Bogota: every instant is written at -05:00.
"""

from __future__ import annotations

import json
import re

from .common import (Article, Outlet, Resp, dmy, esc, iso, local, not_found, page, redirect,
                     rfc822, split_target, xml)

SECTIONS = {"en": "/en/news/", "es": "/es/noticias/"}


class DrupalWire(Outlet):
    name = "meridianwire"
    cms = "drupal"
    language = "en"
    source = "Meridian Wire"
    syndication_partner = True
    tz = 0
    server_header = "Apache"
    extra_headers = {"X-Generator": "Drupal 10 (https://www.drupal.org)",
                     "X-Drupal-Cache": "HIT", "Vary": "Cookie"}

    def build(self):
        A = Article
        arts = [
            A("M1", "maduro-pleads-not-guilty-in-new-york", "Maduro pleads not guilty in New York",
              "The former Venezuelan president appeared in a Manhattan court two days after his capture.",
              [], hours=27, section="World", related=["M7"], related2=["M11", "M7"], lang="en",
              copy_of="W1", lead="Nicolás Maduro pleaded not guilty to narco-terrorism and drug trafficking charges in a Manhattan federal courtroom.",
              extra={"block": "More on this story"}),
            A("M2", "panama-free-zone-re-exports-hit-record", "Panama free zone re-exports hit record",
              "Re-exports from the Colón Free Zone reached 3.1 billion dollars in a quarter.",
              [], hours=21, section="Economy", related=["M5", "M3"], lang="en", copy_of="W6",
              lead="Companies in the Colón Free Zone re-exported goods worth 3.1 billion dollars in the last quarter, a record.",
              extra={"block": "Related coverage"}),
            A("M3", "colombias-central-bank-keeps-rates-unchanged", "Colombia's central bank keeps rates unchanged at 9.25%",
              "Board members want more evidence that inflation is falling toward the 3% target.",
              [
                  "BOGOTÁ (Meridian Wire) — Colombia's central bank left its benchmark interest rate unchanged at 9.25%, saying it wanted more evidence that inflation is falling toward its target before resuming cuts.",
                  "Four of the seven board members voted to hold, while three favored a cut of a quarter point. The decision was in line with the forecasts of most economists polled by Meridian Wire.",
                  "Annual inflation slowed to 5.1% last month, from a peak above 13% two years ago, but remains well above the bank's 3% goal. Board members cited a rise in the minimum wage and higher food prices as risks.",
                  "Finance ministry officials have urged the bank to cut faster to support an economy that grew less than 2% last year. The bank's governor said monetary policy would not be used to fix fiscal problems.",
                  "The peso was little changed after the announcement, trading at about 3,950 per dollar.",
              ],
              hours=18, section="Economy", related=["M2", "M5"], lang="en", extra={"block": "Related coverage"}),
            A("M4", "opec-ministers-weigh-deeper-output-cuts", "Live: OPEC+ ministers weigh deeper output cuts",
              "Follow the meeting of OPEC+ energy ministers in Vienna as it happens.",
              [
                  "Good morning from Vienna, where ministers of the OPEC+ group are meeting to decide whether to extend or deepen the production cuts that expire at the end of the quarter.",
                  "Saudi Arabia's energy minister arrived at the secretariat shortly after nine and told reporters that the market was in balance but that the group would remain proactive.",
                  "Delegates say the main proposal on the table would cut a further 500,000 barrels a day, shared among the largest producers. Russia and Kazakhstan are said to be reluctant.",
                  "Brent crude rose 1.4% to 78.20 dollars a barrel in early trading as traders bet on a deal.",
                  "The meeting has been adjourned for lunch. A statement is expected in the afternoon, delegates said.",
              ],
              hours=6, mod_hours=2, section="Energy", lang="en", shell=True),
            A("M5", "caribbean-cruise-calls-rise-as-new-terminals-open", "Caribbean cruise calls rise 12% as new terminals open",
              "New terminals in the Dominican Republic, Jamaica and Panama attracted larger ships.",
              [
                  "Cruise ship calls at Caribbean ports rose 12% last season, as new terminals in the Dominican Republic, Jamaica and Panama attracted larger ships, an industry association said.",
                  "The Florida-Caribbean Cruise Association said member lines made 7,400 port calls, carrying about 31 million passengers. Spending by passengers and crew on shore reached 4.2 billion dollars.",
                  "Panama's Amador terminal, which opened two years ago on the Pacific side of the canal, handled 280 calls, more than double its first season. Officials in Colón are planning a second terminal on the Atlantic side.",
                  "Residents of some smaller islands have complained that crowds of day visitors strain water supplies and roads without bringing lasting jobs. Several governments have introduced per-passenger fees.",
                  "Cruise lines expect another year of growth, with 14 new ships due to enter service in the region.",
              ],
              hours=12, section="Travel", related=["M3", "M2"], lang="en", extra={"block": "Related coverage"},
              title2="Caribbean cruise calls rise 11% as new terminals open",
              paras2=[
                  "Cruise ship calls at Caribbean ports rose 11% last season, as new terminals in the Dominican Republic, Jamaica and Panama attracted larger ships, an industry association said.",
                  "The Florida-Caribbean Cruise Association said member lines made 7,400 port calls, carrying about 31 million passengers. Spending by passengers and crew on shore reached 4.2 billion dollars.",
                  "Panama's Amador terminal, which opened two years ago on the Pacific side of the canal, handled 280 calls, more than double its first season. Officials in Colón are planning a second terminal on the Atlantic side.",
                  "Residents of some smaller islands have complained that crowds of day visitors strain water supplies and roads without bringing lasting jobs. Several governments have introduced per-passenger fees.",
                  "Cruise lines expect another year of growth, with 14 new ships due to enter service in the region.",
                  "Corrects the increase in port calls in the headline and first paragraph to 11%, from 12%.",
              ],
              mod_hours2=35 / 60),
            A("M6", "apagon-afecta-a-cinco-municipios-del-zulia", "Apagón afecta a cinco municipios del Zulia",
              "Una falla eléctrica dejó sin servicio a buena parte del estado durante la noche.",
              [], hours=9, section="Regiones", lang="es", copy_of="L1", copy_canonical=False,
              lead="Un apagón dejó sin servicio eléctrico a cinco municipios del Zulia durante más de seis horas.",
              tail=["Con información de El Diario del Lago."]),
            A("M7", "zulianos-reaccionan-a-la-captura-de-maduro", "Zulianos reaccionan con alegría y temor a la captura de Maduro",
              "Caravanas en Maracaibo y preocupación en los mercados tras la detención del exmandatario.",
              [], hours=22, section="Venezuela", related=["M1"], related2=["M11", "M1"], lang="es",
              copy_of="L2", lead="Cientos de zulianos salieron a la avenida Bella Vista para celebrar la detención de Nicolás Maduro.",
              extra={"block": "Más sobre este tema"}),
            A("M8", "bolivia-licita-tres-salares-para-la-explotacion-de-litio", "Bolivia licita tres salares para la explotación de litio",
              "El Gobierno espera atraer inversiones por más de 2.000 millones de dólares.",
              [
                  "LA PAZ (Agencia Meridiano) — El Gobierno de Bolivia abrió una licitación internacional para la explotación de litio en tres salares del altiplano, con la que espera atraer inversiones por más de 2.000 millones de dólares.",
                  "Las empresas interesadas deberán presentar sus ofertas en un plazo de noventa días y asociarse con la estatal Yacimientos de Litio Bolivianos, que conservará la mayoría de las acciones en cada proyecto.",
                  "El país tiene algunas de las mayores reservas de litio del mundo, pero su producción sigue siendo marginal frente a la de Chile y Argentina. Los contratos firmados anteriormente con empresas china y rusa siguen pendientes de aprobación en el Legislativo.",
                  "Comunidades indígenas de Potosí y Oruro exigieron ser consultadas antes de cualquier adjudicación y advirtieron sobre el uso intensivo de agua en una región árida.",
                  "El ministro de Hidrocarburos dijo que los contratos incluirán obligaciones de industrialización en el país para producir baterías y no solo exportar carbonato.",
              ],
              hours=16, section="Economía", related=["M9"], lang="es", extra={"block": "Te puede interesar"}),
            A("M9", "la-cosecha-de-cafe-en-colombia-crece", "La cosecha de café en Colombia crece 8% y alcanza su nivel más alto en cinco años",
              "La producción llegó a 13,4 millones de sacos, informó la Federación Nacional de Cafeteros.",
              [
                  "BOGOTÁ (Agencia Meridiano) — La producción de café de Colombia creció un 8% en el último año cafetero y llegó a 13,4 millones de sacos, su nivel más alto en cinco años, informó la Federación Nacional de Cafeteros.",
                  "El aumento se debió a un clima más favorable en las principales zonas productoras y a la renovación de cafetales con variedades resistentes a la roya.",
                  "Los precios internacionales, que alcanzaron máximos históricos el año pasado, permitieron a muchos productores pagar deudas e invertir en sus fincas. Sin embargo, el costo de los fertilizantes y de la mano de obra sigue en aumento.",
                  "Las exportaciones se dirigieron principalmente a Estados Unidos, Japón y Alemania. La federación espera que la cosecha se mantenga estable en el próximo año.",
                  "Pequeños caficultores de Huila y Nariño pidieron al Gobierno ampliar los créditos para la compra de secadores y equipos de beneficio.",
              ],
              hours=7, section="Economía", related=["M8"], lang="es", extra={"block": "Te puede interesar"}),
            A("M10", "analysis-batteries-cheap-enough-to-reshape-central-american-grids",
              "Analysis: Batteries are now cheap enough to reshape Central American grids",
              "Falling prices for storage change the arithmetic for small grids, an energy analyst writes.",
              [], hours=4, section="Energy", related=["M4"], lang="en", copy_of="G3",
              lead="The price of a four-hour lithium iron phosphate battery system has fallen by roughly half in two years.",
              head=["This analysis first appeared on Barrel & Grid."],
              extra={"block": "Related coverage"}),
            A("M11", "maduro-trial-scheduled-judge-refuses-to-dismiss-case",
              "Maduro trial scheduled as judge refuses to dismiss case",
              "A New York judge ruled that the way Maduro was brought to the United States does not affect the court's jurisdiction.",
              [], hours=0.2, section="World", related=["M1", "M7"], lang="en", copy_of="W11", first=2,
              lead="A federal judge in New York scheduled the trial of Nicolás Maduro and rejected a defense request to dismiss the charges.",
              extra={"block": "More on this story"}),
        ]
        return arts

    def __init__(self, world):
        super().__init__(world)
        self.assign_numbers([501, 502, 503, 505, 506, 508, 509, 511, 512, 514, 517])

    # ------------------------------------------------------------------ urls
    def path_of(self, art):
        if art.shell:
            return "/en/live/" + art.slug
        return SECTIONS[art.lang] + art.slug

    def structural_variants(self, art, ed):
        c = self.canonical(art)
        out = [c + "/", self.url("/node/%d" % art.num)]
        if not art.shell:
            out += [c + "?amp=1", self.url("/node/%d/printable/print" % art.num)]
        return out

    def listing_targets(self, ed):
        return ["/en", "/es", "/en/news", "/es/noticias", "/en/rss.xml", "/es/rss.xml", "/sitemap.xml"]

    def most_read(self, ed):
        return ["M1", "M3", "M7", "M9", "M5"] if ed == 1 else ["M3", "M11", "M1", "M5", "M9"]

    def sitewide(self, ed):
        return [self.most_read(ed)]

    def seeds_entry(self):
        return {
            "name": self.name, "source": self.source, "start_urls": ["/en", "/es"],
            "feeds": ["/en/rss.xml", "/es/rss.xml"], "sitemaps": ["/sitemap.xml"],
            "article_patterns": [r"^/en/news/[^/?]+", r"^/es/noticias/[^/?]+", r"^/en/live/[^/?]+"],
            "listing_patterns": [r"^/(en|es)$", r"^/en/news$", r"^/es/noticias$"],
            "language": "en", "date_order": "DMY", "syndication_partner": True,
        }

    # ------------------------------------------------------------------ time
    def _tz(self, ed):
        return 0 if ed == 1 else -300

    def _stamp(self, ts, ed):
        return local(ts, self._tz(ed)).strftime("%d/%m/%Y - %H:%M")

    # ------------------------------------------------------------------ routing
    def route(self, target, ed):
        path, query, q = split_target(target)
        live = self.live(ed)
        by_path = {self.path_of(a): a for a in live}
        by_num = {a.num: a for a in live}
        if path == "/":
            return redirect(self.url("/en"))
        if path in ("/en", "/es"):
            return page(self._front(path[1:], ed, front=True), lm=self.world.t0 - 120)
        if path in ("/en/news", "/es/noticias"):
            return page(self._front(path[1:3], ed, front=False), lm=self.world.t0 - 120)
        if path in ("/en/rss.xml", "/es/rss.xml"):
            return xml(self._rss(path[1:3], ed), "application/rss+xml; charset=utf-8")
        if path == "/sitemap.xml":
            return xml(self._sitemap(ed))
        if path == "/robots.txt":
            return Resp(200, ROBOTS.encode(), "text/plain")
        if path in ("/user/login", "/user/register", "/user/password"):
            return page('<!DOCTYPE html><html lang="en"><head><title>Log in | Meridian Wire</title>'
                        '<meta name="robots" content="noindex"></head><body class="path-user"><h1>Log in</h1>'
                        '<form class="user-login-form" action="/user/login" method="post"><input name="name">'
                        '<input type="password" name="pass"></form></body></html>', cacheable=False)
        if path in ("/core/misc/favicon.ico", "/favicon.ico"):
            return not_found()
        if path == "/modules/contrib/amp/js/v0.js":
            return Resp(200, b"/* AMP runtime (self-hosted stub) */", "application/javascript")
        m = re.fullmatch(r"/node/(\d+)(/printable/print)?", path)
        if m and int(m.group(1)) in by_num:
            a = by_num[int(m.group(1))]
            if m.group(2):
                if a.shell:
                    return not_found(self._not_found())
                return page(self._print(a, ed), art=a, lm=self.last_change(a, ed))
            return self._node(a, ed, amp=False)
        stripped = path[:-1] if path.endswith("/") and len(path) > 1 else path
        if stripped in by_path:
            a = by_path[stripped]
            return self._node(a, ed, amp=("amp" in q and not a.shell))
        return not_found(self._not_found())

    def _node(self, a, ed, amp):
        if amp:
            return page(self._amp(a, ed), art=a, lm=self.last_change(a, ed))
        if a.shell:
            return page(self._live(a, ed), art=a, cacheable=False,
                        headers={"Cache-Control": "no-cache, no-store, must-revalidate"})
        return page(self._article(a, ed), art=a, lm=self.last_change(a, ed),
                    headers={"Link": '<%s>; rel="canonical", <%s>; rel="shortlink"'
                             % (self.canonical_link(a), self.url("/node/%d" % a.num))})

    # ------------------------------------------------------------------ page parts
    def _html_head(self, title, lang, extra="", icon="/core/misc/favicon.ico"):
        return ('<!DOCTYPE html>\n<html lang="%s" dir="ltr" prefix="og: https://ogp.me/ns#">\n<head>\n'
                '<meta charset="utf-8" />\n%s<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />\n'
                '<meta name="MobileOptimized" content="width" />\n<meta name="HandheldFriendly" content="true" />\n'
                '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
                '<link rel="icon" href="%s" type="image/vnd.microsoft.icon" />\n'
                "<title>%s | Meridian Wire</title>\n"
                "<style>body{font-family:Helvetica,Arial,sans-serif;margin:0}.visually-hidden{position:absolute!important;clip:rect(1px,1px,1px,1px)}"
                ".views-row{margin:.5em 0}.spinner{width:32px;height:32px;border:4px solid #ccc;border-top-color:#c00;border-radius:50%%}</style>\n"
                "</head>\n" % (lang, extra, icon, esc(title)))

    def _header(self, lang):
        return ('<a href="#main-content" class="visually-hidden focusable skip-link">%s</a>\n'
                '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n'
                '<header role="banner" class="site-header"><div class="site-branding"><a href="/%s" rel="home" '
                'class="site-branding__name">%s</a></div>'
                '<nav role="navigation" aria-labelledby="block-main-menu" id="block-main"><h2 class="visually-hidden" '
                'id="block-main-menu">Main navigation</h2><ul class="menu"><li class="menu-item"><a href="/en/news">News</a></li>'
                '<li class="menu-item"><a href="/es/noticias">Noticias</a></li></ul></nav>'
                '<div class="language-switcher-language-url block" id="block-languageswitcher" role="navigation">'
                '<ul class="links"><li hreflang="en" class="en"><a href="/en" class="language-link" hreflang="en">English</a></li>'
                '<li hreflang="es" class="es"><a href="/es" class="language-link" hreflang="es">Español</a></li></ul></div>'
                "</header>\n" % ("Skip to main content" if lang == "en" else "Pasar al contenido principal", lang,
                                 "Meridian Wire" if lang == "en" else "Agencia Meridiano"))

    def _views_rows(self, keys, ed, lang, with_meta):
        rows = []
        for k in keys:
            r = self.find(k)
            meta = ""
            if with_meta:
                meta = ('<div class="views-field views-field-field-section"><div class="field-content">%s</div></div>'
                        '<div class="views-field views-field-created"><span class="field-content">%s</span></div>'
                        % (esc(r.section), dmy(self.pub(r), self._tz(ed))))
            rows.append('<div class="views-row"><div class="views-field views-field-title"><span class="field-content">'
                        '<a href="%s" hreflang="%s">%s</a></span></div>%s</div>'
                        % (self.path_of(r), r.lang, esc(r.title_at(ed)), meta))
        return "".join(rows)

    def _related_block(self, a, ed):
        keys = a.related_at(ed)
        if not keys:
            return ""
        title = a.extra.get("block", "Related coverage")
        return ('<div class="views-element-container block block-views block-views-blockrelated-content-block-1" '
                'id="block-views-block-related-content-block-1"><h2 class="block-title">%s</h2><div>'
                '<div class="view view-related-content view-id-related_content view-display-id-block_1 '
                'js-view-dom-id-%s"><div class="view-content">%s</div></div></div></div>\n'
                % (esc(title), "9f%04d" % a.num, self._views_rows(keys, ed, a.lang, True)))

    def _most_read(self, ed, lang):
        return ('<div class="views-element-container block block-views block-views-blockmost-read-block-1" '
                'id="block-views-block-most-read-block-1"><h2 class="block-title">%s</h2><div>'
                '<div class="view view-most-read view-id-most_read view-display-id-block_1"><div class="view-content">%s'
                "</div></div></div></div>\n" % ("Most read" if lang == "en" else "Lo más leído",
                                               self._views_rows(self.most_read(ed), ed, lang, False)))

    def _footer(self, lang):
        return ('<footer role="contentinfo" class="site-footer"><div class="region region-footer">'
                "<p>&copy; Meridian Wire / Agencia Meridiano. %s</p>"
                '<p><a href="https://www.facebook.example/meridianwire">Facebook</a> · '
                '<a href="https://x.example/meridianwire">X</a></p></div></footer>\n</div>\n</body>\n</html>\n'
                % ("All rights reserved." if lang == "en" else "Todos los derechos reservados."))

    def _meta(self, a, ed):
        tz = self._tz(ed)
        canon = self.canonical_link(a)
        m = self.mod(a, ed)
        ld = {"@context": "https://schema.org", "@graph": [{
            "@type": "NewsArticle", "headline": a.title_at(ed), "name": a.title_at(ed),
            "description": a.summary_at(ed), "datePublished": iso(self.pub(a), tz),
            "dateModified": iso(self.last_change(a, ed), tz),
            "author": {"@type": "Organization", "name": "Meridian Wire"},
            "publisher": {"@type": "Organization", "name": "Meridian Wire", "url": self.url("/en")},
            "mainEntityOfPage": {"@id": canon}, "isAccessibleForFree": "True", "inLanguage": a.lang}]}
        out = ['<meta name="description" content="%s" />' % esc(a.summary_at(ed)),
               '<link rel="canonical" href="%s" />' % canon,
               '<link rel="shortlink" href="%s" />' % self.url("/node/%d" % a.num),
               '<meta property="og:site_name" content="Meridian Wire" />',
               '<meta property="og:type" content="article" />',
               '<meta property="og:url" content="%s" />' % canon,
               '<meta property="og:title" content="%s" />' % esc(a.title_at(ed)),
               '<meta property="og:description" content="%s" />' % esc(a.summary_at(ed)),
               '<meta property="article:section" content="%s" />' % esc(a.section),
               '<meta property="article:published_time" content="%s" />' % iso(self.pub(a), tz)]
        if m:
            out.append('<meta property="article:modified_time" content="%s" />' % iso(self.last_change(a, ed), tz))
        if not a.shell:
            out.append('<link rel="amphtml" href="%s?amp=1" />' % self.canonical(a))
        out.append('<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False))
        return "\n".join(out) + "\n"

    def _source_note(self, a):
        if a.original is None:
            return ""
        o = a.original
        if not a.copy_canonical:
            return ""       # the Spanish reprint credits its source in the text only
        label = "Originally published by" if a.lang == "en" else "Publicado originalmente por"
        return ('<div class="field field--name-field-source field--type-link"><div class="field__label">%s</div>'
                '<div class="field__item"><a href="%s">%s</a></div></div>\n'
                % (label, o.outlet.canonical(o), esc(o.outlet.source)))

    def _article(self, a, ed):
        paras = "".join("<p>%s</p>" % esc(p) for p in a.paras_at(ed))
        byline = "Meridian Wire" if a.lang == "en" else "Agencia Meridiano"
        comments = "Log in to post comments" if a.lang == "en" else "Inicie sesión para comentar"
        return (self._html_head(a.title_at(ed), a.lang, self._meta(a, ed))
                + '<body class="path-node page-node-type-article">\n' + self._header(a.lang)
                + '<main role="main"><a id="main-content" tabindex="-1"></a>\n<div class="region region-content">\n'
                + '<div data-drupal-messages-fallback class="hidden"></div>\n'
                + '<article data-history-node-id="%d" role="article" about="/node/%d" class="node node--type-article '
                  'node--promoted node--view-mode-full">\n' % (a.num, a.num)
                + '<h1 class="page-title"><span class="field field--name-title field--type-string">%s</span></h1>\n'
                % esc(a.title_at(ed))
                + '<footer class="node__meta"><div class="node__submitted">%s <span class="field field--name-uid">%s</span>, '
                  '<span class="field field--name-created">%s</span></div>'
                % ("By" if a.lang == "en" else "Por", byline, self._stamp(self.pub(a), ed))
                + ('<div class="node__changed">%s %s</div>' % ("Updated" if a.lang == "en" else "Actualizado",
                                                               self._stamp(self.last_change(a, ed), ed))
                   if self.mod(a, ed) else "")
                + "</footer>\n"
                + '<div class="node__content"><div class="field field--name-field-section">%s</div>\n' % esc(a.section)
                + '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">'
                + paras + "</div>\n"
                + self._source_note(a)
                + '<ul class="links inline"><li class="print-html"><a href="/node/%d/printable/print" rel="nofollow" '
                  'target="_blank">%s</a></li><li class="comment-forbidden"><a href="/user/login?destination=/node/%d%%23comment-form">%s</a></li></ul>\n'
                % (a.num, "Print" if a.lang == "en" else "Imprimir", a.num, comments)
                + "</div></article>\n"
                + self._related_block(a, ed) + self._most_read(ed, a.lang)
                + "</div></main>\n" + self._footer(a.lang))

    def _live(self, a, ed):
        """A live blog: Drupal renders the chrome; the coverage is built by an inline script."""
        views = self.world.counter("meridian-live-%d" % a.num, 1204)
        entries = []
        start = self.pub(a)
        end = self.last_change(a, ed)
        paras = a.paras_at(ed)
        for i, text in enumerate(paras):
            ts = start + (end - start) * i // max(1, len(paras) - 1)
            entries.append({"id": 9000 + i, "time": iso(ts, self._tz(ed)),
                            "label": local(ts, self._tz(ed)).strftime("%H:%M"), "html": "<p>%s</p>" % esc(text)})
        entries.reverse()
        state = {"liveblog": {"nid": a.num, "title": a.title_at(ed), "summary": a.summary_at(ed),
                              "published": iso(self.pub(a), self._tz(ed)), "updated": iso(end, self._tz(ed)),
                              "entries": entries, "viewers": views, "status": "live"}}
        script = (
            "(function(){var s=window.__STATE__.liveblog;var app=document.getElementById('live-app');"
            "var h=document.createElement('h1');h.className='page-title';h.textContent=s.title;"
            "var t=document.createElement('time');t.setAttribute('datetime',s.published);t.textContent=s.published.slice(0,16).replace('T',' ');"
            "var lead=document.createElement('p');lead.className='live-summary';lead.textContent=s.summary;"
            "var list=document.createElement('div');list.className='live-entries';"
            "s.entries.forEach(function(e){var art=document.createElement('article');art.className='live-entry';"
            "var tm=document.createElement('time');tm.setAttribute('datetime',e.time);tm.textContent=e.label;"
            "var body=document.createElement('div');body.className='live-entry__body';body.innerHTML=e.html;"
            "art.appendChild(tm);art.appendChild(body);list.appendChild(art);});"
            "app.innerHTML='';app.className='live-blog';app.appendChild(h);app.appendChild(t);app.appendChild(lead);"
            "app.appendChild(list);})();")
        return (self._html_head(a.title_at(ed), "en", self._meta(a, ed), icon="data:,")
                + '<body class="path-node page-node-type-live-blog">\n' + self._header("en")
                + '<main role="main"><a id="main-content" tabindex="-1"></a>\n<div class="region region-content">\n'
                + '<div id="live-app" class="live-blog live-blog--loading" aria-busy="true">'
                  '<div class="spinner" role="status" aria-label="Loading"></div>'
                  '<p class="placeholder">Loading live coverage&hellip;</p></div>\n'
                + '<div class="live-meta"><span class="live-viewers">%s people viewing</span></div>\n' % format(views, ",")
                + "<script>window.__STATE__ = %s;</script>\n" % json.dumps(state, ensure_ascii=False).replace("</", "<\\/")
                + "<script>%s</script>\n" % script
                + self._most_read(ed, "en") + "</div></main>\n" + self._footer("en"))

    def _amp(self, a, ed):
        paras = "".join("<p>%s</p>" % esc(p) for p in a.paras_at(ed))
        return ('<!doctype html>\n<html amp lang="%s"><head><meta charset="utf-8"><title>%s | Meridian Wire</title>'
                '<link rel="canonical" href="%s"><meta name="viewport" content="width=device-width,minimum-scale=1">'
                '<script async src="/modules/contrib/amp/js/v0.js"></script>'
                "<style amp-boilerplate>body{animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>"
                "<style amp-custom>.amp-header{background:#111;color:#fff;padding:8px}</style></head>\n"
                '<body><header class="amp-header"><a href="/%s">Meridian Wire</a></header>'
                '<article class="amp-node"><h1>%s</h1><div class="amp-meta">%s</div>'
                '<div class="field--name-body">%s</div></article>'
                '<footer class="amp-footer"><p>&copy; Meridian Wire</p></footer></body></html>\n'
                % (a.lang, esc(a.title_at(ed)), self.canonical_link(a), a.lang, esc(a.title_at(ed)),
                   self._stamp(self.pub(a), ed), paras))

    def _print(self, a, ed):
        paras = "".join("<p>%s</p>" % esc(p) for p in a.paras_at(ed))
        return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title>%s | Meridian Wire</title>'
                '<meta name="robots" content="noindex, nofollow"><link rel="canonical" href="%s">'
                "<style>body{font-family:serif}</style></head>\n<body class=\"printable\">"
                '<div class="print-header">Meridian Wire</div><h1>%s</h1><div class="print-date">%s</div>'
                '<div class="field--name-body">%s</div><div class="print-source">Source URL: <a href="%s">%s</a></div>'
                "</body></html>\n" % (a.lang, esc(a.title_at(ed)), self.canonical_link(a), esc(a.title_at(ed)),
                                      self._stamp(self.pub(a), ed), paras, self.canonical(a), self.canonical(a)))

    def _front(self, lang, ed, front):
        arts = [a for a in self.latest(ed) if a.lang == lang]
        rows = []
        for a in arts:
            rows.append('<article class="node node--type-article node--view-mode-teaser"><h2><a href="%s" rel="bookmark">'
                        "%s</a></h2><div class=\"node__meta\">%s</div><div class=\"field--name-body\"><p>%s</p></div></article>\n"
                        % (self.path_of(a), esc(a.title_at(ed)), self._stamp(self.pub(a), ed), esc(a.summary_at(ed))))
        if lang == "en":
            title = "Meridian Wire" if front else "News"
        else:
            title = "Agencia Meridiano" if front else "Noticias"
        canonical = self.url("/" + lang if front else ("/en/news" if lang == "en" else "/es/noticias"))
        return (self._html_head(title, lang, '<link rel="canonical" href="%s" />\n' % canonical)
                + '<body class="%s">\n' % ("path-frontpage" if front else "path-view") + self._header(lang)
                + '<main role="main"><a id="main-content" tabindex="-1"></a><div class="region region-content">'
                + "<h1 class=\"page-title\">%s</h1>\n" % title
                + '<div class="view view-frontpage"><div class="view-content">' + "".join(rows) + "</div></div>\n"
                + self._most_read(ed, lang) + "</div></main>\n" + self._footer(lang))

    def _not_found(self):
        return (self._html_head("Page not found", "en") + "<body>" + self._header("en")
                + "<main><h1>Page not found</h1><p>The requested page could not be found.</p></main>"
                + self._footer("en"))

    # ------------------------------------------------------------------ feeds and sitemaps
    def _rss(self, lang, ed):
        items = []
        for a in [a for a in self.latest(ed) if a.lang == lang][:10]:
            link = "%s?utm_source=rss&amp;utm_medium=feed&amp;utm_campaign=%s-news" % (self.canonical(a), lang)
            items.append("<item>\n<title>%s</title>\n<link>%s</link>\n<description>%s</description>\n"
                         "<pubDate>%s</pubDate>\n<dc:creator>%s</dc:creator>\n<guid isPermaLink=\"false\">%d at %s</guid>\n</item>"
                         % (esc(a.title_at(ed)), link, esc(a.summary_at(ed)), rfc822(self.pub(a)),
                            "Meridian Wire" if lang == "en" else "Agencia Meridiano", a.num, self.base))
        return ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="%s" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
                "<title>%s</title>\n<link>%s</link>\n<description></description>\n<language>%s</language>\n"
                '<atom:link href="%s" rel="self" type="application/rss+xml" />\n%s\n</channel>\n</rss>\n'
                % (self.url("/" + lang), "Meridian Wire" if lang == "en" else "Agencia Meridiano",
                   self.url("/" + lang), lang, self.url("/%s/rss.xml" % lang), "\n".join(items)))

    def _sitemap(self, ed):
        urls = []
        for a in sorted(self.live(ed), key=lambda a: -a.hours):
            urls.append("<url><loc>%s</loc><lastmod>%s</lastmod><changefreq>daily</changefreq></url>"
                        % (self.canonical(a), iso(self.last_change(a, ed), self._tz(ed))))
        for p in ("/en", "/es", "/en/news", "/es/noticias"):
            urls.append("<url><loc>%s</loc><changefreq>hourly</changefreq></url>" % self.url(p))
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n%s\n</urlset>\n' % "\n".join(urls))


ROBOTS = """#
# robots.txt
#
# This file is to prevent the crawling and indexing of certain parts
# of your site by web crawlers and spiders run by sites like Yahoo!
# and Google.
#
User-agent: *
# CSS, JS, Images
Allow: /core/*.css$
Allow: /core/*.js$
Allow: /core/*.gif
Allow: /core/*.jpg
Allow: /core/*.png
Allow: /core/*.svg
# Directories
Disallow: /core/
Disallow: /profiles/
# Files
Disallow: /README.md
Disallow: /web.config
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /filter/tips
Disallow: /node/add/
Disallow: /search/
Disallow: /user/register
Disallow: /user/password
Disallow: /user/login
Disallow: /user/logout
# Paths (no clean URLs)
Disallow: /index.php/admin/
Disallow: /index.php/comment/reply/
Disallow: /index.php/filter/tips
Disallow: /index.php/node/add/
Disallow: /index.php/search/
Disallow: /index.php/user/password
Disallow: /index.php/user/register
Disallow: /index.php/user/login
Disallow: /index.php/user/logout
"""
