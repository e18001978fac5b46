"""Feder & Fakt: a German newsletter-style publication (Substack-like) served
by a Next.js app: minimal markup, no JSON-LD, dates only as <time datetime>
in UTC with milliseconds (JavaScript's toISOString).

Posts live at /p/<slug>; the trailing-slash spelling answers 308 (Next.js's
own redirect).  Server-rendered posts carry __NEXT_DATA__ too (they are not
shells) and a hybrid AMP version at ?amp=1.  One post is a client-only shell:
a skeleton and a spinner in the static HTML, the text in __NEXT_DATA__ and an
inline script that renders it, plus a view counter that changes at every
request.  "Mehr zum Thema" is followed at once by the site-wide "Beliebt bei
Leserinnen und Lesern" list in identical markup, whose links carry utm
parameters.  Footnote anchors (#footnote-1), a "#discussion" link, a skip link
to #main, a body link pasted with ?fbclid= and with the slash.  One post is a
crosspost of a Meridian Wire story in English (rel=canonical to the wire).
Weak ETags only.
"""

from __future__ import annotations

import json
import re
from datetime import timedelta, timezone
from urllib.parse import parse_qs, quote

from .common import Outlet, Response, esc, http_date, image_response

SITE = "Feder & Fakt"

ARTICLES = [
    dict(key="B1", num=1, slug="was-die-festnahme-von-maduro-fuer-venezolaner-in-deutschland-bedeutet", section="politik",
         h=15, author="Jana Albrecht",
         title="Was die Festnahme von Maduro für Venezolaner in Deutschland bedeutet",
         lead="Zwischen Erleichterung und Sorge: Wir haben mit Venezolanerinnen in Berlin und Hamburg gesprochen.",
         paras=[
             ["Als die Nachricht von der Festnahme kam, saß Daniela Ríos gerade in ihrem Café in Berlin-Neukölln.",
              "Sie habe zuerst geweint und dann ihre Mutter in Valencia angerufen, erzählt sie."],
             ["Rund 12.000 Menschen aus Venezuela leben nach Angaben des Statistischen Bundesamts in Deutschland.",
              "Viele von ihnen sind in den vergangenen zehn Jahren vor der Wirtschaftskrise unter Nicolás Maduro geflohen."],
             ["Nicht alle teilen die Erleichterung.",
              "Ein Student aus Hamburg sagt, er fürchte, dass die Lage in Caracas jetzt noch unberechenbarer werde."],
             ["Die venezolanische Botschaft in Berlin hat ihre Sprechzeiten vorerst eingeschränkt.",
              "Beratungsstellen berichten von vielen Anfragen zu Aufenthaltstiteln und Familiennachzug."],
         ],
         related=["B2"], extra=dict(likes=(87, 93), comments=(14, 16))),
    dict(key="B2", num=2, slug="fuenf-fragen-zum-prozess-gegen-nicolas-maduro", section="politik",
         h=11, author="Jana Albrecht",
         title="Fünf Fragen zum Prozess gegen Nicolás Maduro",
         lead="Was wird ihm vorgeworfen, wie lange kann das dauern, und was heißt das für Venezuela?",
         paras=[
             ["Die US-Justiz wirft Nicolás Maduro vor, jahrelang den Kokainschmuggel in die Vereinigten Staaten gedeckt zu haben.",
              "Die Anklage stammt bereits aus dem Jahr 2020."],
             ["Verhandelt wird vor einem Bundesgericht in Manhattan.",
              "Bis zu einem Urteil können nach Einschätzung von Juristen mehrere Jahre vergehen."],
             ["Maduro hat auf nicht schuldig plädiert.",
              "Seine Verteidiger wollen vor allem die Rechtmäßigkeit der Festnahme angreifen.[[fn1]]"],
             ["Für Venezuela bedeutet der Prozess vor allem eines: Unsicherheit.",
              "Die Übergangsregierung in Caracas hat bisher keinen Termin für Neuwahlen genannt."],
         ],
         related=["B1"],
         extra=dict(likes=(41, 41), comments=(6, 6),
                    footnote="Die Verteidigung hat dazu bereits einen ersten Antrag beim Gericht eingereicht.")),
    dict(key="B3", num=3, slug="ezb-warum-lagarde-die-zinsen-nicht-weiter-senkt", section="wirtschaft",
         h=19, author="Jana Albrecht",
         title="EZB: Warum Lagarde die Zinsen nicht weiter senkt",
         lead="Die Notenbank sieht die Inflation bei Dienstleistungen als größtes Risiko. Sparer freut das, Häuslebauer nicht.",
         paras=[
             ["Die Europäische Zentralbank hat den Einlagezins erneut bei zwei Prozent belassen.",
              "Christine Lagarde begründete das vor allem mit den hartnäckig steigenden Preisen für Dienstleistungen."],
             ["Friseure, Restaurants und Versicherungen verlangen deutlich mehr als vor einem Jahr.",
              "Dahinter stehen vor allem die kräftigen Lohnerhöhungen der vergangenen Monate."],
             ["Für Kreditnehmer ist das keine gute Nachricht.",
              "Die Bauzinsen dürften nach Einschätzung von Vermittlern vorerst nicht weiter fallen.[[fn1]]"],
             ["Lagarde ließ offen, ob es im Frühjahr eine weitere Senkung geben könnte.",
              "Die Entscheidung hänge allein von den Daten ab, sagte sie."],
         ],
         related=["B4"],
         ed2=dict(
             mod_h=0.5,
             paras=[
                 ["Die Europäische Zentralbank hat den Einlagezins erneut bei zwei Prozent belassen.",
                  "Christine Lagarde begründete das vor allem mit den hartnäckig steigenden Preisen für Dienstleistungen."],
                 ["Friseure, Restaurants und Versicherungen verlangen deutlich mehr als vor einem Jahr.",
                  "Dahinter stehen vor allem die kräftigen Lohnerhöhungen der vergangenen Monate."],
                 ["Für Kreditnehmer ist das keine gute Nachricht.",
                  "Die Bauzinsen dürften nach Einschätzung von Vermittlern vorerst nicht weiter fallen.[[fn1]]"],
                 ["Lagarde ließ offen, ob es im Frühjahr eine weitere Senkung geben könnte.",
                  "Die Entscheidung hänge allein von den Daten ab, sagte sie."],
                 ["Nachtrag: Inzwischen hat sich auch ein Mitglied des EZB-Rats öffentlich hinter Lagarde gestellt.",
                  "Eine Zinssenkung im Frühjahr sei derzeit nicht angezeigt, sagte er einer Wirtschaftszeitung."],
             ]),
         extra=dict(likes=(120, 131), comments=(22, 25),
                    footnote="Gemeint sind Darlehen mit zehnjähriger Zinsbindung.")),
    dict(key="B4", num=4, slug="tagesgeld-und-festgeld-was-der-kurs-von-lagarde-fuer-sparer-heisst", section="wirtschaft",
         h=13, author="Jana Albrecht",
         title="Tagesgeld und Festgeld: Was der Kurs von Lagarde für Sparer heißt",
         lead="Die Zinsen auf dem Sparkonto bleiben vorerst stabil. Wer jetzt festlegt, sichert sich die aktuellen Konditionen.",
         paras=[
             ["Sparer können vorerst aufatmen: Die Zinsen für Tagesgeld dürften in den kommenden Wochen kaum sinken.",
              "Viele Banken zahlen derzeit zwischen zwei und drei Prozent."],
             ["Der Grund ist die abwartende Haltung der EZB unter Christine Lagarde.",
              "Solange die Notenbank ihre Leitzinsen nicht senkt, haben die Banken wenig Anlass, die Konditionen zu verschlechtern."],
             ["Verbraucherschützer raten trotzdem, Angebote regelmäßig zu vergleichen.",
              "Lockangebote gelten oft nur für wenige Monate."],
             ["Wer sein Geld für ein oder zwei Jahre festlegen kann, sichert sich mit Festgeld die aktuellen Zinsen.",
              "Dafür ist das Geld in dieser Zeit nicht verfügbar."],
         ],
         related=["B3"], extra=dict(likes=(58, 61), comments=(9, 9))),
    dict(key="B5", num=5, slug="waermepumpen-foerderantraege-stauen-sich-bei-der-kfw", section="energie",
         h=23, author="Tobias Krämer", shell=True,
         title="Wärmepumpen: Förderanträge stauen sich bei der KfW",
         lead="Wer jetzt einen Antrag stellt, wartet oft wochenlang auf eine Zusage.",
         paras=[
             ["Bei der staatlichen Förderbank KfW stauen sich die Anträge auf Zuschüsse für Wärmepumpen.",
              "Nach Angaben von Installateuren warten Hausbesitzer derzeit bis zu acht Wochen auf eine Zusage."],
             ["Die KfW begründet die Verzögerungen mit der hohen Zahl an Anträgen zum Jahresende.",
              "Allein im November seien mehr als 40.000 Anträge eingegangen."],
             ["Viele Handwerksbetriebe beginnen erst mit der Arbeit, wenn die Zusage vorliegt.",
              "Dadurch verschieben sich zahlreiche Einbauten ins neue Jahr."],
             ["Das Wirtschaftsministerium kündigte an, zusätzliches Personal für die Bearbeitung bereitzustellen.",
              "Die Förderbedingungen selbst sollen unverändert bleiben."],
         ],
         related=["B6"], extra=dict(likes=(33, 33), comments=(3, 3))),
    dict(key="B6", num=6, slug="kommunale-waermeplanung-viele-staedte-hinken-hinterher", section="energie",
         h=29, author="Tobias Krämer",
         title="Kommunale Wärmeplanung: Viele Städte hinken hinterher",
         lead="Großstädte hätten ihre Wärmepläne längst vorlegen müssen. Eine Umfrage zeigt, wie weit sie sind.",
         paras=[
             ["Mehr als die Hälfte der deutschen Großstädte hat ihre kommunale Wärmeplanung noch nicht abgeschlossen.",
              "Das zeigt eine Umfrage des Deutschen Städtetags unter seinen Mitgliedern."],
             ["Als Hauptgrund nennen die Städte fehlendes Fachpersonal.",
              "Auch die Daten zu Gebäuden und Heizungen seien oft lückenhaft."],
             ["Für Hausbesitzer ist die Wärmeplanung wichtig, weil sie zeigt, ob ein Anschluss an ein Fernwärmenetz möglich wird.",
              "Ohne diese Information fällt die Entscheidung für eine neue Heizung schwer."],
             ["Der Städtetag fordert vom Bund mehr Geld für Planungsbüros.",
              "Das Bauministerium verweist auf bereits bewilligte Fördermittel."],
         ],
         related=["B5"], extra=dict(likes=(19, 19), comments=(2, 2))),
    dict(key="B7", num=7, slug="crosspost-venezuela-uebergangskabinett-wirbt-um-us-raffinerien", section="politik",
         h=16, author="Meridian Wire", copy_of="meridianwire:W1", cross_canonical=True,
         title="Venezuela: Übergangskabinett wirbt um US-Raffinerien",
         lead="Ein Bericht unserer Partner von Meridian Wire, im englischen Original.",
         paras=None, related=[], extra=dict(likes=(12, 12), comments=(0, 0), lang="en")),
    dict(key="B8", num=8, slug="bahn-gdl-kuendigt-neue-warnstreiks-an", section="verkehr",
         h=25, author="Tobias Krämer",
         title="Bahn: GDL kündigt neue Warnstreiks an",
         lead="Pendler müssen sich in den kommenden Tagen auf Ausfälle im Regional- und Fernverkehr einstellen.",
         paras=[
             ["Die Lokführergewerkschaft GDL hat neue Warnstreiks im Personenverkehr angekündigt.",
              "Einen genauen Termin nannte sie zunächst nicht."],
             ["Die Gewerkschaft fordert mehr Geld und eine kürzere Wochenarbeitszeit für Schichtarbeiter.",
              "Die Bahn bezeichnet die Forderungen als nicht finanzierbar."],
             ["Fahrgastverbände kritisieren, dass Streiks inzwischen kaum noch mit Vorlauf angekündigt werden.",
              "Für Pendler sei das kaum planbar."],
             ["Die Bahn will im Streikfall einen Notfahrplan anbieten.",
              "Tickets für betroffene Verbindungen sollen flexibel nutzbar sein."],
         ],
         related=["B9"], ed2=dict(related_add=["B11"]), extra=dict(likes=(64, 70), comments=(31, 34))),
    dict(key="B9", num=9, slug="deutschlandticket-wird-teurer-was-pendler-jetzt-wissen-muessen", section="verkehr",
         h=7, author="Tobias Krämer",
         title="Deutschlandticket wird teurer: Was Pendler jetzt wissen müssen",
         lead="Ab Januar kostet das Ticket 63 Euro im Monat. Wer kündigen will, muss sich beeilen.",
         paras=[
             ["Das Deutschlandticket kostet ab Januar 63 Euro im Monat.",
              "Darauf haben sich Bund und Länder nach langem Streit geeinigt."],
             ["Abonnenten müssen nichts tun, der neue Preis wird automatisch abgebucht.",
              "Wer das Ticket nicht mehr will, muss bis zum Monatsende kündigen."],
             ["Für viele Pendler bleibt das Ticket trotz der Erhöhung günstiger als eine klassische Monatskarte.",
              "Verkehrsverbände fürchten dennoch, dass einige Kunden abspringen, zumal neue [[Warnstreiks der GDL|B8]] drohen."],
             ["Die Finanzierung des Tickets ist nur bis Ende des kommenden Jahres gesichert.",
              "Wie es danach weitergeht, ist offen."],
         ],
         related=["B8"], ed2=dict(related_add=["B11"]), extra=dict(likes=(102, 102), comments=(40, 40))),
    dict(key="B10", num=10, slug="berlin-stoppt-drei-geplante-radwege", section="verkehr",
         h=35, author="Jana Albrecht",
         title="Berlin stoppt drei geplante Radwege",
         lead="Die Verkehrsverwaltung will das Geld lieber in die Sanierung von Brücken stecken.",
         paras=[
             ["Die Berliner Senatsverwaltung für Verkehr hat den Bau von drei geplanten Radwegen vorerst gestoppt.",
              "Betroffen sind Strecken in Pankow, Lichtenberg und Steglitz."],
             ["Die Senatorin begründete den Schritt mit knappen Mitteln im Haushalt.",
              "Das Geld werde dringender für die Sanierung maroder Brücken gebraucht."],
             ["Fahrradverbände sprechen von einem Wortbruch.",
              "Sie verweisen auf das Mobilitätsgesetz, das einen zügigen Ausbau des Radnetzes vorschreibt."],
             ["Die Bezirke wollen prüfen, ob sie die Radwege mit eigenen Mitteln bauen können.",
              "Eine Entscheidung soll im Frühjahr fallen."],
         ],
         related=[], extra=dict(likes=(77, 77), comments=(52, 52))),
    # ---- edition 2 -----------------------------------------------------------------------
    dict(key="B11", num=11, slug="bahn-und-gdl-einigen-sich-in-der-nacht", section="verkehr",
         h=0.6, new_in=2, author="Tobias Krämer",
         title="Bahn und GDL einigen sich in der Nacht",
         lead="Die angekündigten Warnstreiks sind abgesagt. Die Einigung gilt für zwei Jahre.",
         paras=[
             ["Die Deutsche Bahn und die Lokführergewerkschaft GDL haben sich in der Nacht auf einen neuen Tarifvertrag geeinigt.",
              "Die angekündigten Warnstreiks sind damit abgesagt."],
             ["Die Löhne steigen in zwei Stufen um insgesamt sechs Prozent.",
              "Schichtarbeiter können ihre Wochenarbeitszeit schrittweise verkürzen."],
             ["Fahrgastverbände zeigten sich erleichtert.",
              "Pendler, die ihr Deutschlandticket wegen der Streiks kündigen wollten, können nun aufatmen."],
             ["Der Vertrag läuft bis Ende des übernächsten Jahres.",
              "Bis dahin gilt eine Friedenspflicht."],
         ],
         related=["B8", "B9"], extra=dict(likes=(0, 15), comments=(0, 4))),
]

ART = {d["key"]: d for d in ARTICLES}

POPULAR = ["B1", "B9", "B4"]
MONATE = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]
BUILD_ID = "Hq3xY8nVZk2mR7wLp0aQe"

CSS = ("body{margin:0;font-family:Lora,Georgia,serif;color:#1b1b1b}.skip{position:absolute;left:-9999px}"
       ".topbar{display:flex;justify-content:space-between;padding:12px 20px;border-bottom:1px solid #eee}"
       "main{max-width:728px;margin:0 auto;padding:20px}.post-title{font-size:36px}.subtitle{color:#666;font-weight:400}"
       ".post-preview{list-style:none;margin:8px 0}.footer{max-width:728px;margin:40px auto;color:#777;font-size:14px}"
       ".spinner{width:32px;height:32px;border:3px solid #ddd;border-top-color:#ff6719;border-radius:50%;"
       "animation:s 1s linear infinite}@keyframes s{to{transform:rotate(360deg)}}.skeleton-line{height:14px;"
       "background:#f0f0f0;margin:10px 0}")

INLINE_RE = re.compile(r"\[\[([^\]|]+)\|([A-Z0-9]+)\]\]")


def plain(sentence: str) -> str:
    return INLINE_RE.sub(lambda m: m.group(1), sentence.replace("[[fn1]]", ""))


class Blog(Outlet):
    name = "federundfakt"
    title = SITE
    cms = "Next.js (newsletter platform, Substack-like)"
    language = "de"
    tzname = "Europe/Berlin"
    validators = "weak-etag"
    ARTICLES = ARTICLES

    def __init__(self, world):
        super().__init__(world)
        self.by_slug = {a.slug: a for a in self.arts}

    def view(self, a, e):
        v = super().view(a, e)
        v.paras = [[plain(s) for s in p] for p in v.paras]
        v.raw_paras = super().view(a, e).paras
        return v

    # ---- URLs ----------------------------------------------------------------------------
    def path(self, a):
        return "/p/" + a.slug

    def url(self, a):
        return self.base + self.path(a)

    def canonical(self, a):
        if a.copy_of:
            o, oa = self.original_of(a)
            return o.url(oa)
        return self.url(a)

    def explicit_variants(self, a, e):
        out = [self.url(a) + "/"]
        if not a.shell and not a.copy_of:
            out.append(self.url(a) + "?amp=1")
        return out

    def rendered_links(self, a, e):
        if not a.shell:
            return []
        return [self.url(self.by_key[k]) for k in self.view(a, e).related]

    def sitewide(self, e):
        return list(POPULAR)

    def is_shell_path(self, path, e):
        m = re.match(r"^/p/([a-z0-9-]+)$", path)
        a = self.by_slug.get(m.group(1)) if m else None
        return a is not None and a.shell and a.new_in <= e

    # ---- formatting ------------------------------------------------------------------------
    def date_de(self, dt):
        d = self.local(dt)
        return "%d. %s %d" % (d.day, MONATE[d.month - 1], d.year)

    def dmy(self, dt):
        d = self.local(dt)
        return "%02d.%02d.%04d" % (d.day, d.month, d.year)

    @staticmethod
    def js_iso(dt):
        return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")

    # ---- chrome ----------------------------------------------------------------------------
    def head(self, title, canonical=None, extra=""):
        can = '<link rel="canonical" href="%s"/>' % canonical if canonical else ""
        return ('<!DOCTYPE html><html lang="de"><head><meta charSet="utf-8"/>'
                '<meta name="viewport" content="width=device-width, initial-scale=1"/><title>%s</title>%s%s'
                '<link rel="alternate" type="application/rss+xml" href="/feed" title="%s"/>'
                '<meta name="next-head-count" content="6"/><style data-emotion="css">%s</style></head>\n') % (
            esc(title), can, extra, esc(SITE), CSS)

    def topbar(self):
        return ('<div id="__next"><a href="#main" class="skip">Zum Inhalt springen</a>\n'
                '<header class="topbar"><a href="/" class="pub-name">Feder &amp; Fakt</a>'
                '<nav><a href="/archive?sort=new">Archiv</a> <a href="/about">Über uns</a> <a href="/search">Suche</a></nav>'
                '<a class="subscribe" href="/subscribe?utm_source=menu&amp;simple=true">Abonnieren</a></header>\n')

    def preview_list(self, keys, e, cls, heading, suffix=""):
        items = []
        for k in keys:
            a = self.by_key[k]
            v = self.view(a, e)
            items.append('<li class="post-preview"><a class="post-preview-title" href="%s%s">%s</a>'
                         '<div class="post-preview-meta"><time datetime="%s">%s</time></div></li>'
                         % (self.path(a), esc(suffix), esc(v.title), self.js_iso(v.published), self.dmy(v.published)))
        return '<section class="%s"><h4>%s</h4><ul class="post-preview-list">%s</ul></section>\n' % (
            cls, heading, "".join(items))

    def popular(self, e):
        return self.preview_list(POPULAR, e, "popular", "Beliebt bei Leserinnen und Lesern",
                                 "?utm_source=popular-widget&utm_medium=web")

    def footer(self):
        return ('<footer class="footer"><p>Feder &amp; Fakt ist ein unabhängiger Newsletter über Politik, Wirtschaft '
                'und Verkehr. Wir finanzieren uns ausschließlich über die Beiträge unserer Abonnentinnen und Abonnenten. '
                'Neue Ausgaben erscheinen mehrmals pro Woche.</p><p><a href="/impressum">Impressum</a> · '
                '<a href="/privacy">Datenschutz</a> · &copy; 2026 Feder &amp; Fakt</p></footer></div>\n')

    def next_data(self, page, props, query):
        d = {"props": {"pageProps": props, "__N_SSP": True}, "page": page, "query": query,
             "buildId": BUILD_ID, "isFallback": False, "gssp": True, "scriptLoader": []}
        return ('<script id="__NEXT_DATA__" type="application/json">%s</script>'
                % json.dumps(d, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e"))

    # ---- article -------------------------------------------------------------------------
    def render_sentence(self, s, a):
        def link(m):
            t = self.by_key[m.group(2)]
            return '<a href="%s/?fbclid=IwAR2xk9QbT1vVZcX0pKqLh3sN7eW">%s</a>' % (self.path(t), m.group(1))
        s2 = esc(s.replace("[[fn1]]", "\x01"))
        s2 = INLINE_RE.sub(link, s2)
        return s2.replace("\x01", '<a class="footnote-anchor" id="footnote-anchor-1" href="#footnote-1">1</a>')

    def body_html(self, a, v):
        ps = "".join("<p>%s</p>" % " ".join(self.render_sentence(s, a) for s in p) for p in v.raw_paras)
        if a.extra.get("footnote"):
            ps += ('<div class="footnote" id="footnote-1"><a href="#footnote-anchor-1" class="footnote-number">1</a>'
                   '<div class="footnote-content"><p>%s</p></div></div>') % esc(a.extra["footnote"])
        return ps

    def post_json(self, a, v, e):
        return {"id": 4170000 + a.num, "title": v.title, "subtitle": v.lead, "slug": a.slug,
                "post_date": self.js_iso(v.published), "audience": "everyone",
                "canonical_url": self.canonical(a), "reaction_count": a.extra["likes"][e - 1],
                "comment_count": a.extra["comments"][e - 1],
                "publishedBylines": [{"name": a.author}], "body_html": self.body_html(a, v),
                "related": [{"slug": self.by_key[k].slug, "title": self.view(self.by_key[k], e).title,
                             "post_date": self.js_iso(self.view(self.by_key[k], e).published),
                             "date_text": self.dmy(self.view(self.by_key[k], e).published)} for k in v.related]}

    def article_page(self, a, e):
        v = self.view(a, e)
        can = self.canonical(a)
        extra = ('<meta name="description" content="%s"/><meta property="og:title" content="%s"/>'
                 '<meta property="og:type" content="article"/><meta property="og:url" content="%s"/>'
                 '<meta property="og:image" content="%s/img/og/%s.png"/>') % (
            esc(v.lead), esc(v.title), can, self.base, a.slug)
        if not a.copy_of:
            extra += '<link rel="amphtml" href="%s?amp=1"/>' % self.url(a)
        likes, comments = a.extra["likes"][e - 1], a.extra["comments"][e - 1]
        updated = ""
        if v.modified:
            updated = ' · <span class="updated">Aktualisiert: <time datetime="%s">%s, %s Uhr</time></span>' % (
                self.js_iso(v.modified), self.date_de(v.modified), self.local(v.modified).strftime("%H:%M"))
        note = ""
        lang = ""
        if a.copy_of:
            o, oa = self.original_of(a)
            note = ('<div class="crosspost-note"><p>Crosspost von <a href="%s">Meridian Wire</a>. Der folgende Text '
                    'erschien zuerst dort; wir übernehmen ihn mit freundlicher Genehmigung im englischen Original.</p>'
                    '</div>') % o.url(oa)
            lang = ' lang="en"'
        related = self.preview_list(v.related, e, "related", "Mehr zum Thema") if v.related else ""
        return (self.head("%s - %s" % (v.title, SITE), can, extra) + '<body>' + self.topbar() +
                '<main id="main"><article class="post">\n<div class="post-header"><h1 class="post-title">%s</h1>'
                '<h3 class="subtitle">%s</h3>\n<div class="post-meta"><a href="/@%s">%s</a> · '
                '<time datetime="%s">%s</time>%s</div>\n<div class="post-ufi"><button class="like-button" '
                'aria-label="Gefällt mir">♥ <span class="count">%d</span></button> '
                '<a href="%s#discussion" class="comments">Kommentare (%d)</a> '
                '<a href="https://bsky.example/intent/compose?text=%s" class="share">Teilen</a></div></div>\n'
                '%s<div class="body markup"%s>%s</div>\n</article>\n' % (
                    esc(v.title), esc(v.lead), a.author.lower().replace(" ", "-").replace("ä", "ae"), esc(a.author),
                    self.js_iso(v.published), self.date_de(v.published), updated, likes, self.path(a), comments,
                    quote(v.title + " " + can, safe=""), note, lang, self.body_html(a, v)) +
                related + self.popular(e) +
                '<div id="discussion" class="comments-section"><h4>Diskussion</h4><p>%d Kommentare. '
                'Nur zahlende Abonnenten können kommentieren.</p></div>\n</main>' % comments +
                self.footer() + self.next_data("/p/[slug]", {"post": self.post_json(a, v, e)}, {"slug": a.slug}) +
                '</body></html>\n')

    def shell_page(self, a, e, counter):
        v = self.view(a, e)
        views = 1180 + counter * 3
        post = self.post_json(a, v, e)
        post["views"] = views
        script = r"""
(function () {
  var data = JSON.parse(document.getElementById('__NEXT_DATA__').textContent);
  var p = data.props.pageProps.post;
  function el(tag, cls, text) { var n = document.createElement(tag); if (cls) { n.className = cls; }
    if (text !== undefined) { n.textContent = text; } return n; }
  var art = el('article', 'post');
  var header = el('div', 'post-header');
  header.appendChild(el('h1', 'post-title', p.title));
  header.appendChild(el('h3', 'subtitle', p.subtitle));
  var meta = el('div', 'post-meta', p.publishedBylines[0].name + ' · ');
  var t = el('time', null, p.date_text); t.setAttribute('datetime', p.post_date); meta.appendChild(t);
  meta.appendChild(el('span', 'views', ' · ' + p.views.toLocaleString('de-DE') + ' Aufrufe'));
  header.appendChild(meta); art.appendChild(header);
  var body = el('div', 'body markup'); body.innerHTML = p.body_html; art.appendChild(body);
  var rel = el('section', 'related'); rel.appendChild(el('h4', null, 'Mehr zum Thema'));
  var ul = el('ul', 'post-preview-list');
  p.related.forEach(function (r) {
    var li = el('li', 'post-preview'); var a = el('a', 'post-preview-title', r.title); a.href = '/p/' + r.slug;
    li.appendChild(a); var m = el('div', 'post-preview-meta'); var rt = el('time', null, r.date_text);
    rt.setAttribute('datetime', r.post_date); m.appendChild(rt); li.appendChild(m); ul.appendChild(li);
  });
  rel.appendChild(ul);
  var sk = document.getElementById('post-skeleton');
  sk.parentNode.insertBefore(art, sk); sk.parentNode.insertBefore(rel, sk); sk.parentNode.removeChild(sk);
  document.title = p.title + ' - Feder & Fakt';
})();
"""
        post["date_text"] = self.date_de(v.published)
        return (self.head(SITE, self.url(a)) + '<body>' + self.topbar() +
                '<main id="main"><div id="post-skeleton" class="post-skeleton" aria-busy="true">'
                '<div class="spinner" role="progressbar" aria-label="Lädt"></div>'
                '<p class="skeleton-text">Beitrag wird geladen …</p><div class="skeleton-line"></div>'
                '<div class="skeleton-line"></div><div class="skeleton-line"></div>'
                '<p class="post-stats"><span id="view-count">%s Aufrufe</span></p></div>\n' % (
                    "{:,}".format(views).replace(",", ".")) +
                self.popular(e) + '</main>' + self.footer() +
                self.next_data("/p/[slug]", {"post": post}, {"slug": a.slug}) +
                '<script>%s</script></body></html>\n' % script)

    def amp_page(self, a, e):
        v = self.view(a, e)
        rel = "".join('<li><a href="%s?amp=1">%s</a></li>' % (self.path(self.by_key[k]),
                                                              esc(self.view(self.by_key[k], e).title))
                      for k in v.related)
        return ('<!DOCTYPE html><html amp="" lang="de"><head><meta charSet="utf-8"/><title>%s - %s</title>'
                '<link rel="canonical" href="%s"/><meta name="viewport" content="width=device-width,minimum-scale=1"/>'
                '<script async src="/_next/static/amp/v0.js"></script>'
                '<style amp-boilerplate="">body{animation:-amp-start 8s steps(1,end) 0s 1 normal both}'
                '@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style>'
                '<noscript><style amp-boilerplate="">body{animation:none}</style></noscript>'
                '<style amp-custom="">body{font-family:Georgia,serif}</style></head>\n<body>'
                '<header><a href="/">Feder &amp; Fakt</a></header><main><h1>%s</h1><p class="subtitle">%s</p>'
                '<p class="meta">%s · %s</p><amp-img src="/img/og/%s.png" width="1200" height="630" '
                'layout="responsive"></amp-img>\n<div class="body">%s</div>\n'
                '<section><h4>Mehr zum Thema</h4><ul>%s</ul></section></main></body></html>\n') % (
            esc(v.title), esc(SITE), self.url(a), esc(v.title), esc(v.lead), esc(a.author),
            self.date_de(v.published), a.slug,
            "".join("<p>%s</p>" % esc(" ".join(p)) for p in v.paras), rel)

    # ---- listings ------------------------------------------------------------------------
    def listing(self, e, title, arts, page):
        items = []
        for a in arts:
            v = self.view(a, e)
            items.append('<div class="post-preview"><a class="post-preview-title" href="%s">%s</a>'
                         '<div class="post-preview-description">%s</div><div class="post-preview-meta">'
                         '<time datetime="%s">%s</time> · %s</div></div>'
                         % (self.path(a), esc(v.title), esc(v.lead), self.js_iso(v.published),
                            self.date_de(v.published), esc(a.author)))
        can = {"/": self.base + "/", "/archive": self.base + "/archive"}.get(page)
        return (self.head(title, can) + '<body>' + self.topbar() +
                '<main id="main"><h1>%s</h1>\n%s\n' % (esc(title), "\n".join(items)) + self.popular(e) + '</main>' +
                self.footer() + self.next_data(page, {"posts": [a.slug for a in arts]}, {}) + '</body></html>\n')

    def feed(self, e):
        items = []
        for a in sorted(self.live(e), key=lambda a: a.h):
            v = self.view(a, e)
            items.append('<item><title><![CDATA[%s]]></title><description><![CDATA[%s]]></description>'
                         '<link>%s</link><guid isPermaLink="false">%s</guid><dc:creator><![CDATA[%s]]></dc:creator>'
                         '<pubDate>%s</pubDate></item>' % (v.title, v.lead, self.url(a), self.url(a), a.author,
                                                           http_date(v.published)))
        return ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" '
                'xmlns:atom="http://www.w3.org/2005/Atom" version="2.0"><channel><title><![CDATA[%s]]></title>'
                '<description><![CDATA[Politik, Wirtschaft und Verkehr]]></description><link>%s</link>'
                '<generator>Next.js</generator><atom:link href="%s/feed" rel="self" type="application/rss+xml"/>'
                '<language><![CDATA[de]]></language>%s</channel></rss>') % (SITE, self.base, self.base, "".join(items))

    def sitemap(self, e):
        items = "".join('<url><loc>%s</loc><lastmod>%s</lastmod><changefreq>monthly</changefreq></url>'
                        % (self.url(a), self.local(self.view(a, e).modified or self.view(a, e).published).date().isoformat())
                        for a in sorted(self.live(e), key=lambda a: a.h))
        return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                '<url><loc>%s/</loc></url><url><loc>%s/archive</loc></url>%s</urlset>') % (self.base, self.base, items)

    def simple(self, e, title, text):
        return (self.head("%s - %s" % (title, SITE)) + '<body>' + self.topbar() + '<main id="main"><h1>%s</h1><p>%s</p>\n'
                % (esc(title), esc(text)) + self.popular(e) + '</main>' + self.footer() + '</body></html>\n')

    ROBOTS = ("User-agent: *\nDisallow: /api/\nDisallow: /action/\nDisallow: /sign-in\nDisallow: /search\n\n"
              "Sitemap: %s/sitemap.xml\n")

    # ---- routing -------------------------------------------------------------------------
    def all_targets(self, e):
        t = ["/", "/archive?sort=new", "/feed", "/sitemap.xml", "/about", "/impressum", "/privacy",
             "/robots.txt", "/subscribe?utm_source=menu&simple=true"]
        for a in self.live(e):
            if a.shell:
                continue
            t.append(self.path(a))
            if not a.copy_of:
                t.append(self.path(a) + "?amp=1")
        return t

    def handle(self, path, query, e, counter=None):
        q = parse_qs(query, keep_blank_values=True)
        ct = "text/html; charset=utf-8"
        live = [a for a in self.live(e)]
        newest = sorted(live, key=lambda a: a.h)
        if path == "/":
            return Response(200, self.listing(e, SITE, newest[:8], "/"), ct)
        if path == "/archive":
            return Response(200, self.listing(e, "Archiv - " + SITE, newest, "/archive"), ct)
        if path == "/feed":
            return Response(200, self.feed(e), "application/rss+xml; charset=utf-8")
        if path == "/sitemap.xml":
            return Response(200, self.sitemap(e), "application/xml")
        if path == "/robots.txt":
            return Response(200, self.ROBOTS % self.base, "text/plain")
        if path == "/about":
            return Response(200, self.simple(e, "Über uns", "Feder & Fakt wird von Jana Albrecht und Tobias Krämer geschrieben."), ct)
        if path == "/impressum":
            return Response(200, self.simple(e, "Impressum", "Verantwortlich: Jana Albrecht, Berlin."), ct)
        if path == "/privacy":
            return Response(200, self.simple(e, "Datenschutz", "Wir speichern nur, was für den Versand nötig ist."), ct)
        if path == "/search":
            return Response(200, self.simple(e, "Suche", "Durchsuchen Sie alle Beiträge."), ct)
        if path == "/subscribe":
            return Response(200, self.simple(e, "Abonnieren", "Erhalten Sie neue Beiträge per E-Mail."), ct)
        if path.startswith("/@"):
            name = path[2:]
            arts = [a for a in newest if a.author.lower().replace(" ", "-").replace("ä", "ae") == name]
            if arts:
                return Response(200, self.listing(e, "Beiträge von " + arts[0].author, arts, "/[profile]"), ct)
        if path.startswith("/img/"):
            return image_response()
        if path == "/_next/static/amp/v0.js":
            return Response(200, "/* AMP runtime (local copy) */\n", "application/javascript")
        m = re.match(r"^/p/([a-z0-9-]+)(/?)$", path)
        if m:
            a = self.by_slug.get(m.group(1))
            if a is None or a.new_in > e:
                return Response(404, self.simple(e, "404", "Diese Seite konnte nicht gefunden werden."), ct)
            u = self.url(a)
            if m.group(2):
                return Response(308, b"/p/" + a.slug.encode() + (b"?" + query.encode() if query else b""),
                                "text/plain", headers={"Location": self.path(a) + ("?" + query if query else ""),
                                                       "Refresh": "0;url=" + self.path(a)},
                                article=u, kind="redirect")
            if a.shell:
                return Response(200, self.shell_page(a, e, counter or 0), ct, article=u, cache=False)
            if q.get("amp") == ["1"] and not a.copy_of:
                return Response(200, self.amp_page(a, e), ct, article=u)
            return Response(200, self.article_page(a, e), ct, article=u)
        return Response(404, self.simple(e, "404", "Diese Seite konnte nicht gefunden werden."), ct)
