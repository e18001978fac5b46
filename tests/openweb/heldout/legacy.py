"""L'Eco della Valle: a legacy Italian local paper, hand-written PHP from the
2000s.  Table layout, ISO-8859-1 (declared in the header and in a meta
http-equiv), dates only in visible text ("Pubblicato il 06/12/2026 alle ore
09:40", no metadata at all), paragraphs separated by <br><br> inside <font>,
relative links, a print view (stampa.php) announced by a "Versione
stampabile" link, a "Torna su" #top anchor.  "LEGGI ANCHE" is a br-separated
list in a table box whose links carry &ref=leggianche, and "I PIÙ LETTI", a
site-wide list in exactly the same markup, comes right after it (or takes its
place when an article has no related box).  Last-Modified only, no ETag; a
visitor counter in the footer changes with the edition.
"""

from __future__ import annotations

import html
from datetime import timedelta
from urllib.parse import parse_qs

from .common import Outlet, Response, image_response


def esc(text):
    return html.escape(text, quote=False)


SITE = "L'Eco della Valle"
SEZIONI = {1: "Cronaca", 2: "Economia", 3: "Territorio"}

ARTICLES = [
    dict(key="L1", num=3115, slug="", section=1, h=21,
         title="Maltempo, il Serio esce dagli argini a Ponte Nossa",
         lead="Allagati scantinati e garage nella notte, evacuate dodici famiglie. Nessun ferito.",
         paras=[
             ["Il fiume Serio è uscito dagli argini nella notte all'altezza di Ponte Nossa dopo dieci ore di pioggia ininterrotta.",
              "L'acqua ha invaso scantinati, garage e il piano terra di alcune abitazioni di via Roma."],
             ["I vigili del fuoco di Clusone sono intervenuti con quattro squadre e due gommoni.",
              "Dodici famiglie sono state evacuate e ospitate nella palestra comunale."],
             ["Il sindaco ha firmato un'ordinanza che chiude il lungofiume fino a nuovo avviso.",
              "Le scuole del paese resteranno chiuse anche domani."],
             ["Secondo l'Arpa, nelle ultime ventiquattro ore sono caduti oltre 180 millimetri di pioggia.",
              "Non si registrano feriti."],
         ],
         related=["L2", "L3"],
         ed2=dict(
             mod_h=0.35, related_add=["L11"],
             paras=[
                 ["Il fiume Serio è uscito dagli argini nella notte all'altezza di Ponte Nossa dopo dieci ore di pioggia ininterrotta.",
                  "L'acqua ha invaso scantinati, garage e il piano terra di alcune abitazioni di via Roma."],
                 ["I vigili del fuoco di Clusone sono intervenuti con quattro squadre e due gommoni.",
                  "Dodici famiglie sono state evacuate e ospitate nella palestra comunale."],
                 ["Il sindaco ha firmato un'ordinanza che chiude il lungofiume fino a nuovo avviso.",
                  "Le scuole del paese resteranno chiuse anche domani."],
                 ["Secondo l'Arpa, nelle ultime ventiquattro ore sono caduti oltre 180 millimetri di pioggia.",
                  "Non si registrano feriti."],
                 ["Aggiornamento: in serata il livello del Serio è tornato a scendere e le dodici famiglie evacuate hanno potuto rientrare nelle loro case.",
                  "Resta chiuso il lungofiume."],
             ])),
    dict(key="L2", num=3112, slug="", section=1, h=26,
         title="Frana sulla provinciale 35, strada chiusa per almeno tre giorni",
         lead="Il movimento franoso ha invaso la carreggiata tra Gromo e Valbondione.",
         paras=[
             ["Una frana ha invaso la strada provinciale 35 tra Gromo e Valbondione nel primo pomeriggio.",
              "Circa duecento metri cubi di terra e rocce sono scesi dal versante."],
             ["Nessun veicolo è stato coinvolto, ma la strada è stata chiusa in entrambe le direzioni.",
              "La Provincia stima che serviranno almeno tre giorni per la messa in sicurezza."],
             ["Il traffico viene deviato sulla strada comunale che attraversa Gandellino.",
              "I mezzi pesanti non possono transitare sul percorso alternativo."],
             ["I geologi della Provincia effettueranno un sopralluogo domattina.",
              "Il versante era già stato monitorato dopo le piogge della primavera."],
         ],
         related=["L1", "L3"], ed2=dict(related_add=["L11"])),
    dict(key="L3", num=3117, slug="", section=1, h=17,
         title="Protezione civile, allerta arancione prorogata in tutta la valle",
         lead="Il bollettino regionale prevede ancora piogge intense fino a domani sera.",
         paras=[
             ["La Protezione civile regionale ha prorogato l'allerta arancione per rischio idrogeologico su tutta la Val Seriana.",
              "Il provvedimento resterà in vigore fino a domani sera."],
             ["Il bollettino prevede ancora piogge intense, soprattutto nella parte alta della valle.",
              "Non si escludono nuovi smottamenti lungo le strade provinciali."],
             ["I sindaci hanno attivato i centri operativi comunali.",
              "I volontari controllano a turno i punti critici lungo il Serio e i suoi affluenti."],
             ["La Prefettura raccomanda di evitare gli spostamenti non necessari.",
              "Chi abita in zone a rischio deve tenersi pronto a lasciare la propria abitazione."],
         ],
         related=["L1", "L2"]),
    dict(key="L4", num=3109, slug="", section=2, h=30,
         title="Mutui, le rate restano alte: la BCE di Lagarde non taglia i tassi",
         lead="Per le famiglie della valle con un mutuo a tasso variabile nessun sollievo prima della primavera.",
         paras=[
             ["La Banca centrale europea guidata da Christine Lagarde ha lasciato invariati i tassi di interesse.",
              "Per chi ha un mutuo a tasso variabile le rate resteranno quindi alte ancora per qualche mese."],
             ["Secondo le associazioni dei consumatori, una famiglia con un mutuo di 150 mila euro paga circa 80 euro al mese in più rispetto a due anni fa.",
              "Molti stanno valutando la surroga verso un tasso fisso."],
             ["Le banche locali segnalano un aumento delle richieste di rinegoziazione.",
              "Le nuove erogazioni di mutui sono invece in calo."],
             ["Lagarde ha spiegato che l'inflazione nei servizi resta troppo alta.",
              "Un nuovo taglio dei tassi non è previsto prima della primavera."],
         ],
         related=["L5"]),
    dict(key="L5", num=3118, slug="", section=2, h=12,
         title="Tassi e imprese, il direttore della Cassa Rurale risponde a Lagarde",
         lead="Le aziende della valle chiedono credito a condizioni migliori per investire.",
         paras=[
             ["Il direttore della Cassa Rurale della Val Seriana commenta la decisione della BCE di non tagliare i tassi.",
              "Secondo lui, le piccole imprese della valle rischiano di rinviare gli investimenti."],
             ["Nell'ultimo anno le richieste di finanziamento per nuovi macchinari sono calate del dodici per cento.",
              "Tengono invece i prestiti per la liquidità."],
             ["Il direttore riconosce che Christine Lagarde deve guardare all'inflazione di tutta l'area euro.",
              "Ma chiede strumenti specifici per sostenere le imprese di montagna."],
             ["La Cassa Rurale ha stanziato un plafond di venti milioni di euro a tasso agevolato.",
              "Le domande si possono presentare in tutte le filiali dal mese prossimo."],
         ],
         related=["L4"]),
    dict(key="L6", num=3106, slug="", section=3, h=34,
         title="Sagra della castagna di Gromo, record di presenze",
         lead="Oltre quindicimila visitatori in due giorni, esaurite le scorte di caldarroste.",
         paras=[
             ["La sagra della castagna di Gromo ha chiuso con oltre quindicimila visitatori in due giorni.",
              "È il miglior risultato da quando la manifestazione è nata, trent'anni fa."],
             ["Le caldarroste sono andate esaurite già nel pomeriggio della seconda giornata.",
              "I volontari della pro loco hanno cotto più di due tonnellate di castagne."],
             ["Molto frequentati anche il mercatino dei prodotti tipici e le visite guidate al borgo.",
              "Il parcheggio di fondovalle è stato chiuso per esaurimento posti."],
             ["Il ricavato sarà destinato alla sistemazione del sentiero che porta ai castagneti.",
              "La pro loco pensa già a un'edizione di tre giorni per il prossimo anno."],
         ],
         related=["L7"]),
    dict(key="L7", num=3113, slug="", section=3, h=24,
         title="Turismo d'autunno, alberghi pieni nei fine settimana",
         lead="Gli albergatori della valle parlano della migliore stagione autunnale degli ultimi anni.",
         paras=[
             ["Gli alberghi della Val Seriana registrano il tutto esaurito in quasi tutti i fine settimana di ottobre e novembre.",
              "Gli operatori parlano della migliore stagione autunnale degli ultimi dieci anni."],
             ["A trainare le presenze sono le sagre, le escursioni e i percorsi enogastronomici.",
              "Cresce anche il numero di turisti stranieri, soprattutto tedeschi e olandesi."],
             ["L'associazione albergatori chiede ai comuni di migliorare i collegamenti con gli autobus nei giorni festivi.",
              "Molti turisti arrivano in treno a Bergamo e non sanno come raggiungere la valle."],
             ["Le prenotazioni per il periodo natalizio sono già al settanta per cento.",
              "Restano posti soprattutto negli agriturismi."],
         ],
         related=["L6"]),
    dict(key="L8", num=3110, slug="", section=3, h=28,
         title="Clusone, approvato il bilancio comunale tra le proteste dell'opposizione",
         lead="Via libera con i soli voti della maggioranza. La minoranza abbandona l'aula.",
         paras=[
             ["Il consiglio comunale di Clusone ha approvato il bilancio di previsione con i soli voti della maggioranza.",
              "I consiglieri di minoranza hanno abbandonato l'aula prima del voto."],
             ["Il bilancio prevede nuovi investimenti per la scuola media e per la viabilità del centro storico.",
              "Aumenta di dieci euro la tassa sui rifiuti per le famiglie."],
             ["L'opposizione contesta proprio l'aumento della tassa sui rifiuti.",
              "Secondo la minoranza, il comune avrebbe potuto coprire la spesa con i risparmi sull'illuminazione pubblica."],
             ["Il sindaco ha difeso le scelte della giunta.",
              "L'aumento, ha detto, serve a pagare il nuovo servizio di raccolta porta a porta."],
         ],
         related=["L9"]),
    dict(key="L9", num=3116, slug="", section=3, h=19,
         title="Scuola media di Clusone, lavori finiti con un mese di anticipo",
         lead="Gli studenti torneranno nelle aule ristrutturate dopo le vacanze di Natale.",
         paras=[
             ["Sono terminati con un mese di anticipo i lavori di ristrutturazione della scuola media di Clusone.",
              "Gli studenti torneranno nelle aule dopo le vacanze di Natale."],
             ["L'intervento è costato un milione e duecentomila euro, in gran parte finanziati dalla Regione.",
              "Sono stati rifatti il tetto, gli impianti e l'isolamento delle pareti."],
             ["Durante i lavori le classi erano state ospitate nell'ex convento dei frati.",
              "Il trasloco inizierà la prossima settimana."],
             ["Il comune organizzerà una giornata di scuola aperta per le famiglie.",
              "Sarà l'occasione per visitare i nuovi laboratori di scienze."],
         ],
         related=["L8"]),
    dict(key="L10", num=3119, slug="", section=1, h=9,
         title="Venezuela, la comunità bergamasca di Caracas teme per i parenti",
         lead="Dopo l'arresto di Maduro, le famiglie della valle con parenti in Venezuela restano in attesa di notizie.",
         paras=[
             ["Sono centinaia le famiglie della valle che hanno parenti in Venezuela, eredi dell'emigrazione del dopoguerra.",
              "Dopo l'arresto di Nicolás Maduro molte di loro faticano a mettersi in contatto con Caracas."],
             ["A Clusone l'associazione degli emigranti ha aperto uno sportello per chi cerca informazioni.",
              "Nei primi due giorni si sono presentate più di quaranta persone."],
             ["Le linee telefoniche funzionano a singhiozzo e internet è spesso interrotto.",
              "Molti riescono a comunicare solo con brevi messaggi."],
             ["Il consolato italiano a Caracas ha invitato i connazionali a registrarsi sul sito della Farnesina.",
              "La caduta di Maduro, dicono in molti, lascia il paese in una grande incertezza."],
         ],
         related=[]),
    # ---- edition 2 -----------------------------------------------------------------------
    dict(key="L11", num=3121, slug="", section=1, h=1, new_in=2,
         title="Serio, riaperta la provinciale 35 dopo la frana",
         lead="Conclusi in anticipo i lavori di messa in sicurezza tra Gromo e Valbondione.",
         paras=[
             ["È stata riaperta al traffico la strada provinciale 35 tra Gromo e Valbondione, chiusa per la frana.",
              "I lavori di messa in sicurezza si sono conclusi con un giorno di anticipo."],
             ["Sul versante sono state installate reti paramassi e sensori di movimento.",
              "La Provincia controllerà i dati dei sensori per tutto l'inverno."],
             ["Resta il senso unico alternato nel tratto interessato dalla frana.",
              "I mezzi pesanti possono di nuovo transitare."],
             ["Il livello del Serio è tornato nella norma in tutta la valle.",
              "La Protezione civile ha revocato l'allerta arancione."],
         ],
         related=["L2", "L1"]),
]

ART = {d["key"]: d for d in ARTICLES}

MOST_READ = {1: ["L1", "L6", "L10", "L4", "L8"], 2: ["L10", "L1", "L4", "L8", "L6"]}
VISITORS = {1: "1.204.377", 2: "1.205.912"}
ENCODING = "iso-8859-1"

STYLE = ("body{font-family:Verdana,Arial,sans-serif}.titolo{font-size:20px;font-weight:bold;color:#8B0000}"
         ".occhiello{font-size:10px;color:#666}.sommario{font-size:13px;font-style:italic}.data{font-size:10px}"
         ".box{border:1px solid #ccc;margin-top:8px}.menu{background:#8B0000;color:#fff;font-size:11px}"
         ".menu a{color:#fff}.piede{font-size:10px;background:#eee}")


class Legacy(Outlet):
    name = "ecodellavalle"
    title = SITE
    cms = "hand-written PHP 5 (2004), table layout, ISO-8859-1"
    language = "it"
    tzname = "Europe/Rome"
    validators = "lm"
    ARTICLES = ARTICLES

    def __init__(self, world):
        super().__init__(world)
        self.by_num = {a.num: a for a in self.arts}

    # ---- URLs ----------------------------------------------------------------------------
    def path(self, a):
        return "/articolo.php?id=%d" % a.num

    def url(self, a):
        return self.base + self.path(a)

    def explicit_variants(self, a, e):
        return [self.base + "/stampa.php?id=%d" % a.num]

    def sitewide(self, e):
        return list(MOST_READ[e])

    # ---- formatting ------------------------------------------------------------------------
    def dmy(self, dt):
        d = self.local(dt)
        return "%02d/%02d/%04d" % (d.day, d.month, d.year)

    def hm(self, dt):
        return self.local(dt).strftime("%H:%M")

    # ---- chrome ------------------------------------------------------------------------------
    def head(self, title, canonical=None):
        can = '<link rel="canonical" href="%s">\n' % canonical if canonical else ""
        return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n'
                '<title>%s</title>\n<meta name="keywords" content="eco della valle, notizie, val seriana, clusone, '
                'cronaca, bergamo">\n%s<link rel="stylesheet" href="stile.css" type="text/css">\n'
                '<style type="text/css">%s</style>\n</head>\n') % (esc(title), can, STYLE)

    def top(self):
        menu = " | ".join('<a href="sezione.php?id=%d">%s</a>' % (i, n) for i, n in SEZIONI.items())
        return ('<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0" marginwidth="0" marginheight="0">\n'
                '<a name="top"></a>\n<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">\n'
                '<tr><td colspan="3" class="testata"><a href="index.php"><img src="img/logo.gif" alt="L\'Eco della Valle" '
                'width="400" height="80" border="0"></a><br><font size="1">Quotidiano online della Val Seriana e della '
                'Val di Scalve - Reg. Trib. Bergamo n. 12/2004</font></td></tr>\n'
                '<tr><td colspan="3" class="menu">&nbsp;<a href="index.php">Home</a> | %s | <a href="cerca.php">Cerca</a></td></tr>\n'
                '<tr>\n<td width="160" valign="top" class="sx"><font size="1"><b>METEO</b><br>Piogge intense in alta '
                'valle, neve sopra i 1800 metri.<br><br><b>FARMACIE DI TURNO</b><br>Clusone: Farmacia Centrale<br>'
                'Ponte Nossa: Farmacia San Bernardino<br><br><a href="necrologi.php">Necrologi</a></font></td>\n'
                '<td width="620" valign="top" class="centro">\n') % menu

    def bottom(self, e):
        return ('</td>\n<td width="200" valign="top" class="dx"><font size="1"><b>PUBBLICITÀ</b><br>'
                '<img src="img/banner_ferramenta.gif" width="180" height="150" border="0" alt="Ferramenta Bonetti"><br>'
                '<br><b>Scrivi alla redazione</b><br>redazione@ecodellavalle.example</font></td>\n</tr>\n'
                '<tr><td colspan="3" class="piede" align="center">%s - P.IVA 01234560165 - Visitatori: %s<br>'
                '<a href="redazione.php">Redazione</a> | <a href="pubblicita.php">Pubblicità</a> | '
                '<a href="#top">Torna su</a></td></tr>\n</table>\n</body>\n</html>\n') % (esc(SITE), VISITORS[e])

    def box(self, title, rows):
        return ('<table width="100%%" border="0" cellspacing="0" cellpadding="3" class="box">'
                '<tr><td bgcolor="#EEEEEE"><b>%s</b></td></tr><tr><td><font size="2">\n%s</font></td></tr></table>\n'
                ) % (title, "".join(rows))

    def row(self, a, e, ref=None):
        v = self.view(a, e)
        href = "articolo.php?id=%d" % a.num + ("&amp;ref=%s" % ref if ref else "")
        return '&raquo; <a href="%s">%s</a> <font size="1">(%s)</font><br>\n' % (href, esc(v.title), self.dmy(v.published))

    def most_read(self, e):
        return self.box("I PIÙ LETTI", [self.row(self.by_key[k], e) for k in MOST_READ[e]])

    # ---- pages -------------------------------------------------------------------------------
    def article_page(self, a, e):
        v = self.view(a, e)
        text = "<br><br>\n".join(esc(" ".join(p)) for p in v.paras)
        dateline = "Pubblicato il %s alle ore %s" % (self.dmy(v.published), self.hm(v.published))
        if v.modified:
            dateline += " - Aggiornato il %s alle ore %s" % (self.dmy(v.modified), self.hm(v.modified))
        related = self.box("LEGGI ANCHE", [self.row(self.by_key[k], e, "leggianche") for k in v.related]) if v.related else ""
        return (self.head("%s - %s" % (SITE, v.title), self.url(a)) + self.top() +
                '<font class="occhiello">%s</font><br>\n<font class="titolo">%s</font><br>\n'
                '<font class="sommario">%s</font><br>\n<font class="data">%s &nbsp;|&nbsp; di Redazione</font>\n'
                '<br><br>\n<font face="Verdana" size="2" class="testo">%s</font>\n<br><br>\n'
                '<a href="stampa.php?id=%d" target="_blank"><img src="img/stampa.gif" border="0" width="16" height="16" '
                'alt=""> Versione stampabile</a> | <a href="#top">Torna su</a>\n<br><br>\n' % (
                    SEZIONI[a.section].upper(), esc(v.title), esc(v.lead), dateline, text, a.num) +
                related + self.most_read(e) + self.bottom(e))

    def print_page(self, a, e):
        v = self.view(a, e)
        text = "<br><br>\n".join(esc(" ".join(p)) for p in v.paras)
        return (self.head("%s - %s" % (SITE, v.title), self.url(a)) +
                '<body onload="window.print()">\n<font face="Verdana" size="2"><b>%s</b><br><br>\n'
                '<font size="4"><b>%s</b></font><br><i>%s</i><br>\n<font size="1">Pubblicato il %s alle ore %s</font>'
                '<br><br>\n%s\n<br><br><hr>\n<font size="1">Articolo tratto da %s - %s</font></font>\n</body>\n</html>\n'
                ) % (esc(SITE), esc(v.title), esc(v.lead), self.dmy(v.published), self.hm(v.published), text,
                     esc(SITE), self.url(a))

    def listing(self, e, title, arts):
        rows = []
        for a in arts:
            v = self.view(a, e)
            rows.append('<tr><td valign="top"><font size="1">%s %s</font><br><a href="articolo.php?id=%d"><b>%s</b></a><br>'
                        '<font size="2">%s</font></td></tr>\n' % (self.dmy(v.published), self.hm(v.published), a.num,
                                                                 esc(v.title), esc(v.lead)))
        return (self.head("%s - %s" % (SITE, title)) + self.top() +
                '<font class="titolo">%s</font><br><br>\n<table width="100%%" border="0" cellpadding="4">\n%s</table>\n'
                % (esc(title), "".join(rows)) + self.most_read(e) + self.bottom(e))

    def simple(self, e, title, text):
        return (self.head("%s - %s" % (SITE, title)) + self.top() +
                '<font class="titolo">%s</font><br><br><font size="2">%s</font>\n' % (esc(title), esc(text)) +
                self.most_read(e) + self.bottom(e))

    ROBOTS = "User-agent: *\nDisallow: /cgi-bin/\nDisallow: /admin/\nDisallow: /cerca.php\nDisallow: /statistiche/\n"

    def lm_of(self, arts, e):
        return max((self.view(a, e).modified or self.view(a, e).published) for a in arts) + timedelta(minutes=2)

    # ---- routing -------------------------------------------------------------------------------
    def all_targets(self, e):
        t = ["/", "/index.php", "/robots.txt", "/redazione.php", "/pubblicita.php", "/necrologi.php"]
        t += ["/sezione.php?id=%d" % i for i in SEZIONI]
        for a in self.live(e):
            t += [self.path(a), "/stampa.php?id=%d" % a.num]
        return t

    def encode(self, text):
        return text.encode(ENCODING)

    def handle(self, path, query, e, counter=None):
        q = parse_qs(query, keep_blank_values=True)
        ct = "text/html; charset=iso-8859-1"
        live = sorted(self.live(e), key=lambda a: a.h)
        if path in ("/", "/index.php"):
            return Response(200, self.encode(self.listing(e, "Prima pagina", live[:10])), ct, lm=self.lm_of(live, e))
        if path == "/robots.txt":
            return Response(200, self.ROBOTS, "text/plain")
        if path == "/stile.css":
            return Response(200, STYLE, "text/css")
        if path.startswith("/img/"):
            return image_response()
        if path == "/redazione.php":
            return Response(200, self.encode(self.simple(e, "Redazione", "Direttore responsabile: Giulio Bonacina. "
                                                         "Redazione: via Mazzini 14, Clusone.")), ct)
        if path == "/pubblicita.php":
            return Response(200, self.encode(self.simple(e, "Pubblicità", "Per la vostra pubblicità su questo sito "
                                                         "contattate l'ufficio commerciale.")), ct)
        if path == "/necrologi.php":
            return Response(200, self.encode(self.simple(e, "Necrologi", "Nessun necrologio pubblicato oggi.")), ct)
        try:
            ident = int(q.get("id", ["0"])[0])
        except ValueError:
            ident = 0
        if path == "/sezione.php" and ident in SEZIONI:
            arts = [a for a in live if a.section == ident]
            return Response(200, self.encode(self.listing(e, SEZIONI[ident], arts)), ct, lm=self.lm_of(arts, e))
        a = self.by_num.get(ident)
        if a is not None and a.new_in <= e and path in ("/articolo.php", "/stampa.php"):
            v = self.view(a, e)
            lm = (v.modified or v.published) + timedelta(minutes=2)
            if path == "/stampa.php":
                return Response(200, self.encode(self.print_page(a, e)), ct, article=self.url(a), lm=lm)
            return Response(200, self.encode(self.article_page(a, e)), ct, article=self.url(a), lm=lm)
        return Response(404, self.encode(self.simple(e, "Pagina non trovata",
                                                     "La pagina richiesta non esiste o è stata rimossa.")), ct)
