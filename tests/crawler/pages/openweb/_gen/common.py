"""Shared helpers for the openweb corpus generator: markup parsing, locales, dates."""
import hashlib
import html
import json
import random
import re
from datetime import datetime, timezone
from zoneinfo import ZoneInfo


def esc(s):
    return html.escape(s, quote=False)


def qa(s):
    return html.escape(s, quote=True)


def jdump(obj, indent=None):
    """JSON for <script type=application/ld+json>: keep unicode, escape '</'."""
    if indent is None:
        s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    else:
        s = json.dumps(obj, ensure_ascii=False, indent=indent)
    return s.replace("</", "<\\/")


def jdump_ascii(obj):
    s = json.dumps(obj, ensure_ascii=True, separators=(",", ":"))
    return s.replace("</", "<\\/")


def seed_for(name):
    return int(hashlib.sha256(name.encode("utf-8")).hexdigest()[:12], 16)


def hexid(rng, n=8):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(rng, n=8):
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


# ---------------------------------------------------------------- inline markup
# [text](url)  **strong**  *em*
_LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")
_STRONG = re.compile(r"\*\*(.+?)\*\*")
_EM = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")


def inline_text(s):
    s = _LINK.sub(lambda m: m.group(1), s)
    s = _STRONG.sub(lambda m: m.group(1), s)
    s = _EM.sub(lambda m: m.group(1), s)
    return s


def inline_html(s):
    out = []
    pos = 0
    for m in _LINK.finditer(s):
        out.append(_fmt(s[pos:m.start()]))
        out.append('<a href="%s">%s</a>' % (qa(m.group(2)), _fmt(m.group(1))))
        pos = m.end()
    out.append(_fmt(s[pos:]))
    return "".join(out)


def _fmt(s):
    s = esc(s)
    s = _STRONG.sub(lambda m: "<strong>%s</strong>" % m.group(1), s)
    s = _EM.sub(lambda m: "<em>%s</em>" % m.group(1), s)
    return s


_TAG_SPLIT = re.compile(r"(<[^>]+>)")
_NUM = re.compile(r"(\d+(?:[.,:]\d+)*%?)")


def reactify(h, rng=None):
    """Insert React SSR text separators (<!-- -->) around interpolated values
    (numbers, links, sentence fragments) in an inline-HTML fragment.  Visible text is unchanged."""
    parts = _TAG_SPLIT.split(h)
    out = []
    split_done = False
    for part in parts:
        if part.startswith("<"):
            if part.startswith("<a "):
                out.append("<!-- -->" + part)
            elif part == "</a>":
                out.append(part + "<!-- -->")
            else:
                out.append(part)
            continue
        if not split_done:
            # sentence fragments rendered as separate children: {a}{" "}{b}
            m = _SENT.search(part)
            if m:
                split_done = True
                if m.group(1):
                    a, b, sep = part[:m.end(1)], part[m.end():], "<!-- --> <!-- -->"
                else:
                    a, b, sep = part[:m.end(2)], part[m.end():], "<!-- -->"
                out.append(_NUM.sub(lambda x: "<!-- -->%s<!-- -->" % x.group(1), a) + sep +
                           _NUM.sub(lambda x: "<!-- -->%s<!-- -->" % x.group(1), b))
                continue
        out.append(_NUM.sub(lambda m: "<!-- -->%s<!-- -->" % m.group(1), part))
    s = "".join(out)
    # collapse doubled separators that React would not emit
    while "<!-- --><!-- -->" in s:
        s = s.replace("<!-- --><!-- -->", "<!-- -->")
    return s


_SENT = re.compile(r"([.!?»”]) (?=\S)|([。！？])(?=\S)")


# ---------------------------------------------------------------- body items
class Item:
    __slots__ = ("kind", "text", "items", "arg")

    def __init__(self, kind, text="", items=None, arg=None):
        self.kind = kind
        self.text = text
        self.items = items or []
        self.arg = arg

    def __repr__(self):
        return "Item(%s,%r)" % (self.kind, self.text[:30])


MARKERS = {"img", "gallery", "pull", "related", "cta", "ad", "newsletter", "fake",
           "iframe", "script", "embed", "paywall", "hidden"}


def parse_body(lines):
    """Parse compact body lines into Items.

    ## h2 | ### h3 | - ul item | + ol item | > blockquote | $ code line |
    % summary-lead paragraph | @HH:MM live-entry start | !marker:args | text -> p
    """
    items = []
    for raw in lines:
        line = raw.rstrip()
        if line.startswith("## "):
            items.append(Item("h2", line[3:]))
        elif line.startswith("### "):
            items.append(Item("h3", line[4:]))
        elif line.startswith("- ") or line.startswith("+ "):
            kind = "ul" if line[0] == "-" else "ol"
            if items and items[-1].kind == kind:
                items[-1].items.append(line[2:])
            else:
                items.append(Item(kind, items=[line[2:]]))
        elif line.startswith("> "):
            items.append(Item("quote", line[2:]))
        elif line.startswith("$ "):
            if items and items[-1].kind == "pre":
                items[-1].items.append(line[2:])
            else:
                items.append(Item("pre", items=[line[2:]]))
        elif line.startswith("% "):
            items.append(Item("lead", line[2:]))
        elif line.startswith("@"):
            t, _, rest = line[1:].partition(" ")
            items.append(Item("live", rest, arg=t))
        elif line.startswith("!"):
            k, _, a = line[1:].partition(":")
            assert k in MARKERS, k
            items.append(Item(k, arg=a))
        else:
            items.append(Item("p", line))
    return items


def gold_body(items):
    out = []
    for it in items:
        if it.kind in ("p", "h2", "h3", "quote", "lead"):
            out.append(inline_text(it.text))
        elif it.kind in ("ul", "ol", "pre"):
            out.extend(inline_text(x) for x in it.items)
    return out


# ---------------------------------------------------------------- dates
def aware(local_str, tz):
    """'2026-03-04 09:15' (local wall time) -> aware datetime in tz."""
    d = datetime.strptime(local_str, "%Y-%m-%d %H:%M")
    return d.replace(tzinfo=ZoneInfo(tz))


def iso(dt, sep="T"):
    return dt.isoformat(sep=sep, timespec="seconds")


def iso_utc(dt, ms=False, z=True):
    u = dt.astimezone(timezone.utc)
    if ms:
        s = u.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d" % ((u.minute * 7 + u.hour * 13) % 1000)
    else:
        s = u.strftime("%Y-%m-%dT%H:%M:%S")
    return s + ("Z" if z else "+00:00")


def iso_nocolon(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S%z")


def epoch_ms(dt):
    return int(dt.timestamp()) * 1000


AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FA_NONE = None


def two(n):
    return "%02d" % n


def h12(dt):
    h = dt.hour % 12 or 12
    return h, ("AM" if dt.hour < 12 else "PM")


# ---------------------------------------------------------------- locales
L = {}


def _loc(code, **kw):
    kw["code"] = code
    L[code] = kw


_loc("en", html_lang="en-US", og_locale="en_US", dir="ltr",
     months=["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"],
     weekdays=["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
     by="By", and_="and", pub="Published", upd="Updated", read_more="Read more:",
     related_h="Related stories", most_read="Most read", share="Share this article",
     comments_h="Comments", leave="Leave a Reply", post_btn="Post Comment", reply="Reply",
     newsletter_h="Get the morning briefing",
     newsletter_p="The day's top stories, delivered to your inbox every weekday at 6 a.m.",
     newsletter_btn="Sign up", email_ph="Email address",
     cookie_p="We use cookies to personalise content and ads and to analyse our traffic. You can change your choice at any time in Privacy Settings.",
     cookie_ok="Accept all", cookie_no="Manage options",
     nav=["News", "Local", "Politics", "Business", "Sports", "Opinion", "Arts & Life", "Obituaries"],
     footer=["About us", "Contact", "Advertise", "Privacy Policy", "Terms of Use", "Careers"],
     rights="All rights reserved.", ad="Advertisement", home="Home", search="Search",
     subscribe="Subscribe", login="Sign in",
     paywall_h="Subscribe to keep reading",
     paywall_p="This article is available to subscribers. Get unlimited digital access for $1 a week.",
     paywall_btn="See subscription options", live="LIVE", tags="Tags", photo="Photo",
     min_read="{} min read",
     cta={"whatsapp": "Join our WhatsApp channel to get breaking news alerts on your phone.",
          "googlenews": "Follow us on Google News for the latest headlines.",
          "telegram": "Subscribe to our Telegram channel for real-time updates.",
          "follow": "Like us on Facebook and follow us on Instagram and X.",
          "app": "Download our free app for iOS and Android to never miss a story.",
          "tip": "Have a news tip? Email our newsroom or message us on Signal."},
     comments=[("Mark T.", "Finally some good news for the east side. Took them long enough."),
               ("lindaw", "Does anyone know whether the meeting will be streamed online?"),
               ("Greg Sutter", "Same promises every year. I'll believe it when I see it.")],
     )

_loc("de", html_lang="de-DE", og_locale="de_DE", dir="ltr",
     months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember"],
     weekdays=["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
     by="Von", and_="und", pub="Veröffentlicht am", upd="Aktualisiert am", read_more="Lesen Sie auch:",
     related_h="Das könnte Sie auch interessieren", most_read="Meistgelesen", share="Artikel teilen",
     comments_h="Kommentare", leave="Schreiben Sie einen Kommentar", post_btn="Kommentar abschicken",
     reply="Antworten",
     newsletter_h="Der Morgen-Newsletter",
     newsletter_p="Die wichtigsten Nachrichten aus der Region – jeden Morgen kostenlos in Ihrem Postfach.",
     newsletter_btn="Jetzt anmelden", email_ph="Ihre E-Mail-Adresse",
     cookie_p="Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und die Nutzung unseres Angebots zu analysieren.",
     cookie_ok="Alle akzeptieren", cookie_no="Einstellungen",
     nav=["Startseite", "Region", "Politik", "Wirtschaft", "Sport", "Kultur", "Panorama", "Service"],
     footer=["Impressum", "Datenschutz", "Kontakt", "Mediadaten", "AGB", "Cookie-Einstellungen"],
     rights="Alle Rechte vorbehalten.", ad="Anzeige", home="Startseite", search="Suche",
     subscribe="Abonnieren", login="Anmelden",
     paywall_h="Weiterlesen mit Plus",
     paywall_p="Sie haben das Ende des frei zugänglichen Teils erreicht. Testen Sie unser Digital-Abo einen Monat für 0,99 €.",
     paywall_btn="Jetzt testen", live="LIVE", tags="Schlagworte", photo="Foto",
     min_read="{} Min. Lesezeit",
     cta={"whatsapp": "Folgen Sie unserem WhatsApp-Kanal und erhalten Sie alle Eilmeldungen direkt aufs Handy.",
          "googlenews": "Folgen Sie uns auf Google News, um keine Nachricht zu verpassen.",
          "telegram": "Abonnieren Sie unseren Telegram-Kanal für aktuelle Meldungen.",
          "follow": "Folgen Sie uns auf Facebook, Instagram und Threads.",
          "app": "Laden Sie unsere kostenlose News-App für iOS und Android herunter.",
          "tip": "Haben Sie Hinweise für unsere Redaktion? Schreiben Sie uns per E-Mail."},
     comments=[("Heike R.", "Wurde auch Zeit, dass da endlich etwas passiert."),
               ("bergfex77", "Und wer bezahlt das am Ende? Natürlich wieder der Steuerzahler."),
               ("Klaus Wendt", "Sehr guter Artikel, danke für die ausführliche Recherche.")],
     )

_loc("fr", html_lang="fr-FR", og_locale="fr_FR", dir="ltr",
     months=["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"],
     weekdays=["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
     by="Par", and_="et", pub="Publié le", upd="Mis à jour le", read_more="Lire aussi :",
     related_h="À lire aussi", most_read="Les plus lus", share="Partager l'article",
     comments_h="Commentaires", leave="Laisser un commentaire", post_btn="Publier", reply="Répondre",
     newsletter_h="La lettre du matin",
     newsletter_p="Chaque matin, l'essentiel de l'actualité régionale dans votre boîte mail.",
     newsletter_btn="Je m'inscris", email_ph="Votre adresse e-mail",
     cookie_p="Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles.",
     cookie_ok="Accepter", cookie_no="Continuer sans accepter",
     nav=["Accueil", "Actualité", "Politique", "Économie", "Sports", "Culture", "Société", "Faits divers"],
     footer=["Mentions légales", "Contact", "Publicité", "Politique de confidentialité", "CGU", "Gestion des cookies"],
     rights="Tous droits réservés.", ad="Publicité", home="Accueil", search="Rechercher",
     subscribe="S'abonner", login="Se connecter",
     paywall_h="Cet article est réservé aux abonnés",
     paywall_p="Il vous reste 72 % de cet article à lire. Abonnez-vous pour 1 € le premier mois.",
     paywall_btn="Je m'abonne", live="EN DIRECT", tags="Mots-clés", photo="Photo",
     min_read="Lecture : {} min",
     cta={"whatsapp": "Rejoignez notre chaîne WhatsApp pour recevoir l'essentiel de l'info.",
          "googlenews": "Suivez-nous sur Google Actualités pour ne rien manquer de l'actualité.",
          "telegram": "Abonnez-vous à notre canal Telegram.",
          "follow": "Suivez-nous sur Facebook, Instagram et X.",
          "app": "Téléchargez notre application gratuite pour iPhone et Android.",
          "tip": "Une info à nous signaler ? Écrivez à la rédaction."},
     comments=[("Jean-Luc", "Encore une décision prise sans consulter les habitants."),
               ("Sophie_M", "Merci pour cet article très complet."),
               ("Pierre D.", "On attend de voir ce que ça donnera concrètement.")],
     )

_loc("es", html_lang="es-ES", og_locale="es_ES", dir="ltr",
     months=["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"],
     weekdays=["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
     by="Por", and_="y", pub="Publicado el", upd="Actualizado el", read_more="Lee también:",
     related_h="Noticias relacionadas", most_read="Lo más leído", share="Compartir",
     comments_h="Comentarios", leave="Deja un comentario", post_btn="Publicar comentario", reply="Responder",
     newsletter_h="Boletín diario",
     newsletter_p="Recibe cada mañana las noticias más importantes en tu correo.",
     newsletter_btn="Suscribirme", email_ph="Tu correo electrónico",
     cookie_p="Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad relacionada con sus preferencias.",
     cookie_ok="Aceptar", cookie_no="Configurar",
     nav=["Portada", "Nacional", "Internacional", "Economía", "Deportes", "Cultura", "Opinión", "Tecnología"],
     footer=["Quiénes somos", "Contacto", "Publicidad", "Aviso legal", "Política de privacidad", "Política de cookies"],
     rights="Todos los derechos reservados.", ad="Publicidad", home="Inicio", search="Buscar",
     subscribe="Suscríbete", login="Iniciar sesión",
     paywall_h="Contenido exclusivo para suscriptores",
     paywall_p="Para seguir leyendo, suscríbete por solo 1 € el primer mes.",
     paywall_btn="Suscribirme", live="EN VIVO", tags="Etiquetas", photo="Foto",
     min_read="{} min de lectura",
     cta={"whatsapp": "Únete a nuestro canal de WhatsApp y recibe las noticias más importantes del día.",
          "googlenews": "Síguenos en Google News para estar al tanto de toda la actualidad.",
          "telegram": "Suscríbete a nuestro canal de Telegram.",
          "follow": "Síguenos en Facebook, Instagram y X.",
          "app": "Descarga nuestra app gratuita para iOS y Android.",
          "tip": "¿Tienes una denuncia o información? Escríbenos por WhatsApp."},
     comments=[("Carlos M.", "Ya era hora de que alguien hiciera algo."),
               ("lucia_rv", "¿Alguien sabe si habrá transporte público ese día?"),
               ("Andrés", "Siempre lo mismo, promesas y más promesas.")],
     )

_loc("pt", html_lang="pt-BR", og_locale="pt_BR", dir="ltr",
     months=["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
             "setembro", "outubro", "novembro", "dezembro"],
     weekdays=["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
     by="Por", and_="e", pub="Publicado em", upd="Atualizado em", read_more="Leia também:",
     related_h="Notícias relacionadas", most_read="Mais lidas", share="Compartilhe",
     comments_h="Comentários", leave="Deixe um comentário", post_btn="Publicar comentário", reply="Responder",
     newsletter_h="Newsletter",
     newsletter_p="Receba as principais notícias do dia no seu e-mail, de segunda a sexta.",
     newsletter_btn="Cadastrar", email_ph="Seu e-mail",
     cookie_p="Usamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa Política de Privacidade.",
     cookie_ok="Aceitar", cookie_no="Configurações",
     nav=["Últimas", "Política", "Economia", "Brasil", "Mundo", "Esportes", "Cultura", "Saúde"],
     footer=["Quem somos", "Fale conosco", "Anuncie", "Termos de uso", "Política de privacidade", "Expediente"],
     rights="Todos os direitos reservados.", ad="Publicidade", home="Início", search="Buscar",
     subscribe="Assine", login="Entrar",
     paywall_h="Conteúdo exclusivo para assinantes",
     paywall_p="Assine por R$ 1,90 no primeiro mês e tenha acesso ilimitado.",
     paywall_btn="Assine agora", live="AO VIVO", tags="Tags", photo="Foto",
     min_read="{} min de leitura",
     cta={"whatsapp": "Entre no canal do WhatsApp e receba as notícias mais importantes do dia.",
          "googlenews": "Siga a gente no Google Notícias e acompanhe as últimas atualizações.",
          "telegram": "Participe do nosso canal no Telegram.",
          "follow": "Siga-nos no Instagram, Facebook e X.",
          "app": "Baixe o nosso aplicativo gratuito para Android e iOS.",
          "tip": "Tem uma denúncia? Envie para a nossa redação pelo WhatsApp."},
     comments=[("Marcos A.", "Finalmente uma boa notícia para a cidade."),
               ("Fernanda", "Quero ver se vão cumprir o prazo desta vez."),
               ("joao_pedro", "Excelente matéria, parabéns à equipe.")],
     )

_loc("it", html_lang="it-IT", og_locale="it_IT", dir="ltr",
     months=["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
             "settembre", "ottobre", "novembre", "dicembre"],
     weekdays=["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
     by="di", and_="e", pub="Pubblicato il", upd="Aggiornato il", read_more="Leggi anche:",
     related_h="Articoli correlati", most_read="I più letti", share="Condividi",
     comments_h="Commenti", leave="Lascia un commento", post_btn="Invia commento", reply="Rispondi",
     newsletter_h="La newsletter del mattino",
     newsletter_p="Ogni mattina le notizie più importanti della tua città, direttamente nella tua casella di posta.",
     newsletter_btn="Iscriviti", email_ph="Il tuo indirizzo email",
     cookie_p="Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità.",
     cookie_ok="Accetta", cookie_no="Rifiuta",
     nav=["Home", "Cronaca", "Politica", "Economia", "Sport", "Cultura", "Spettacoli", "Meteo"],
     footer=["Chi siamo", "Contatti", "Pubblicità", "Privacy policy", "Cookie policy", "Redazione"],
     rights="Tutti i diritti riservati.", ad="Pubblicità", home="Home", search="Cerca",
     subscribe="Abbonati", login="Accedi",
     paywall_h="Articolo riservato agli abbonati",
     paywall_p="Abbonati per continuare a leggere: il primo mese costa solo 1 euro.",
     paywall_btn="Abbonati ora", live="LIVE", tags="Tag", photo="Foto",
     min_read="{} min di lettura",
     cta={"whatsapp": "Iscriviti al nostro canale WhatsApp per ricevere le notizie in tempo reale.",
          "googlenews": "Seguici su Google News per restare sempre aggiornato.",
          "telegram": "Unisciti al nostro canale Telegram.",
          "follow": "Seguici su Facebook, Instagram e X.",
          "app": "Scarica la nostra app gratuita per iOS e Android.",
          "tip": "Hai una segnalazione? Scrivi alla redazione."},
     comments=[("Giorgio", "Finalmente una buona notizia per il quartiere."),
               ("anna.b", "Speriamo che rispettino i tempi questa volta."),
               ("Luca R.", "Articolo molto chiaro, grazie.")],
     )

_loc("nl", html_lang="nl-NL", og_locale="nl_NL", dir="ltr",
     months=["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december"],
     weekdays=["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
     by="Door", and_="en", pub="Gepubliceerd op", upd="Bijgewerkt op", read_more="Lees ook:",
     related_h="Meer nieuws", most_read="Meest gelezen", share="Deel dit artikel",
     comments_h="Reacties", leave="Plaats een reactie", post_btn="Reactie plaatsen", reply="Beantwoorden",
     newsletter_h="Ontvang onze nieuwsbrief",
     newsletter_p="Elke ochtend het belangrijkste nieuws uit de regio in je mailbox.",
     newsletter_btn="Aanmelden", email_ph="Je e-mailadres",
     cookie_p="Wij gebruiken cookies om onze website goed te laten werken, om het gebruik te analyseren en om advertenties af te stemmen op jouw interesses.",
     cookie_ok="Akkoord", cookie_no="Instellingen",
     nav=["Nieuws", "Regio", "Politiek", "Economie", "Sport", "Cultuur", "Wetenschap", "Weer"],
     footer=["Over ons", "Contact", "Adverteren", "Privacyverklaring", "Cookieverklaring", "Colofon"],
     rights="Alle rechten voorbehouden.", ad="Advertentie", home="Home", search="Zoeken",
     subscribe="Abonneren", login="Inloggen",
     paywall_h="Lees verder met een abonnement",
     paywall_p="Dit artikel is alleen beschikbaar voor abonnees. Neem nu een proefabonnement voor € 1.",
     paywall_btn="Bekijk abonnementen", live="LIVE", tags="Tags", photo="Foto",
     min_read="{} min leestijd",
     cta={"whatsapp": "Volg ons WhatsApp-kanaal en ontvang het belangrijkste nieuws op je telefoon.",
          "googlenews": "Volg ons op Google Nieuws om niets te missen.",
          "telegram": "Abonneer je op ons Telegram-kanaal.",
          "follow": "Volg ons op Facebook, Instagram en X.",
          "app": "Download onze gratis nieuwsapp voor iOS en Android.",
          "tip": "Tip de redactie via WhatsApp of e-mail."},
     comments=[("Henk", "Goed dat hier eindelijk iets aan gedaan wordt."),
               ("Marieke V.", "Weet iemand of de weg tijdens de werkzaamheden open blijft?"),
               ("pietjan", "Eerst zien, dan geloven.")],
     )

_loc("ru", html_lang="ru-RU", og_locale="ru_RU", dir="ltr",
     months=["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
             "сентябрь", "октябрь", "ноябрь", "декабрь"],
     months_gen=["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                 "сентября", "октября", "ноября", "декабря"],
     weekdays=["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"],
     by="Автор:", and_="и", pub="Опубликовано", upd="Обновлено", read_more="Читайте также:",
     related_h="Другие новости", most_read="Самое читаемое", share="Поделиться",
     comments_h="Комментарии", leave="Оставить комментарий", post_btn="Отправить", reply="Ответить",
     newsletter_h="Рассылка",
     newsletter_p="Главные новости дня — каждое утро на вашу почту.",
     newsletter_btn="Подписаться", email_ph="Ваш e-mail",
     cookie_p="Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с политикой обработки персональных данных.",
     cookie_ok="Согласен", cookie_no="Подробнее",
     nav=["Главная", "Новости", "Политика", "Экономика", "Общество", "Спорт", "Культура", "Происшествия"],
     footer=["О редакции", "Контакты", "Реклама", "Политика конфиденциальности", "Правила использования", "Вакансии"],
     rights="Все права защищены.", ad="Реклама", home="Главная", search="Поиск",
     subscribe="Подписаться", login="Войти",
     paywall_h="Материал доступен по подписке",
     paywall_p="Оформите подписку, чтобы продолжить чтение. Первый месяц — 1 рубль.",
     paywall_btn="Оформить подписку", live="ОНЛАЙН", tags="Теги", photo="Фото",
     min_read="{} мин. чтения",
     cta={"whatsapp": "Подписывайтесь на наш канал в WhatsApp.",
          "googlenews": "Читайте нас в Google Новостях.",
          "telegram": "Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать главные новости.",
          "follow": "Читайте нас во «ВКонтакте» и «Одноклассниках».",
          "app": "Скачайте наше мобильное приложение для iOS и Android.",
          "tip": "Есть новость? Пишите в нашу редакцию в Telegram."},
     comments=[("Сергей", "Давно пора было этим заняться."),
               ("Ольга_К", "А что с остановкой на Заводской? Про неё опять ни слова."),
               ("Николай П.", "Посмотрим, как будет на деле.")],
     )

_loc("ar", html_lang="ar", og_locale="ar_AR", dir="rtl",
     months=["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
             "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
     weekdays=["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
     by="بقلم", and_="و", pub="نشر في", upd="آخر تحديث", read_more="اقرأ أيضا:",
     related_h="أخبار ذات صلة", most_read="الأكثر قراءة", share="شارك",
     comments_h="التعليقات", leave="اترك تعليقاً", post_btn="إرسال التعليق", reply="رد",
     newsletter_h="النشرة البريدية",
     newsletter_p="اشترك ليصلك ملخص أهم الأخبار كل صباح على بريدك الإلكتروني.",
     newsletter_btn="اشترك", email_ph="بريدك الإلكتروني",
     cookie_p="يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. باستمرارك في التصفح فإنك توافق على سياسة الخصوصية.",
     cookie_ok="موافق", cookie_no="الإعدادات",
     nav=["الرئيسية", "أخبار محلية", "عربي ودولي", "اقتصاد", "رياضة", "ثقافة وفنون", "صحة", "تكنولوجيا"],
     footer=["من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية", "شروط الاستخدام", "خريطة الموقع"],
     rights="جميع الحقوق محفوظة.", ad="إعلان", home="الرئيسية", search="بحث",
     subscribe="اشترك", login="تسجيل الدخول",
     paywall_h="هذا المحتوى حصري للمشتركين",
     paywall_p="اشترك الآن لمواصلة القراءة والوصول إلى جميع المقالات.",
     paywall_btn="اشترك الآن", live="مباشر", tags="الوسوم", photo="صورة",
     min_read="{} دقائق للقراءة",
     cta={"whatsapp": "انضموا إلى قناتنا على واتساب لمتابعة آخر الأخبار العاجلة.",
          "googlenews": "تابعونا على أخبار جوجل.",
          "telegram": "اشتركوا في قناتنا على تيليجرام.",
          "follow": "تابعونا على فيسبوك وإنستغرام وإكس.",
          "app": "حمّلوا تطبيقنا المجاني على أندرويد وآي أو إس.",
          "tip": "لديك خبر؟ راسل فريق التحرير عبر البريد الإلكتروني."},
     comments=[("أحمد", "خطوة ممتازة طال انتظارها."),
               ("سارة م.", "هل سيشمل القرار المدن الصغيرة أيضاً؟"),
               ("أبو خالد", "ننتظر التطبيق الفعلي على أرض الواقع.")],
     )

_loc("ja", html_lang="ja", og_locale="ja_JP", dir="ltr",
     months=[str(i) + "月" for i in range(1, 13)],
     weekdays=["月", "火", "水", "木", "金", "土", "日"],
     by="", and_="、", pub="公開", upd="更新", read_more="あわせて読みたい",
     related_h="関連記事", most_read="アクセスランキング", share="この記事をシェア",
     comments_h="コメント", leave="コメントを書く", post_btn="投稿する", reply="返信",
     newsletter_h="メールマガジン",
     newsletter_p="平日の朝、主要ニュースをまとめてお届けします。登録は無料です。",
     newsletter_btn="登録する", email_ph="メールアドレス",
     cookie_p="当サイトでは、利便性の向上および広告配信のためにクッキーを使用しています。詳しくはプライバシーポリシーをご覧ください。",
     cookie_ok="同意する", cookie_no="設定",
     nav=["トップ", "社会", "政治", "経済", "国際", "スポーツ", "科学・文化", "地域"],
     footer=["会社概要", "お問い合わせ", "広告掲載", "プライバシーポリシー", "利用規約", "著作権について"],
     rights="無断転載を禁じます。", ad="広告", home="ホーム", search="検索",
     subscribe="購読する", login="ログイン",
     paywall_h="この記事は有料会員限定です",
     paywall_p="続きを読むには有料会員登録が必要です。初月無料でお試しいただけます。",
     paywall_btn="会員登録して続きを読む", live="ライブ", tags="タグ", photo="写真",
     min_read="約{}分で読めます",
     cta={"whatsapp": "LINEで友だち追加すると、最新ニュースをお届けします。",
          "googlenews": "Googleニュースで当サイトをフォローする",
          "telegram": "公式Xアカウントをフォローして最新情報をチェック。",
          "follow": "公式SNSでも最新ニュースを配信中です。",
          "app": "ニュースアプリをダウンロード（無料）",
          "tip": "情報提供はこちらの投稿フォームから。"},
     comments=[("たかし", "ようやく動き出しましたね。"),
               ("匿名", "地元としては期待しています。"),
               ("hana", "詳しい説明会の日程を知りたいです。")],
     )

_loc("zh", html_lang="zh-CN", og_locale="zh_CN", dir="ltr",
     months=[str(i) + "月" for i in range(1, 13)],
     weekdays=["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"],
     by="记者", and_="、", pub="发布时间", upd="更新时间", read_more="相关阅读：",
     related_h="相关新闻", most_read="热门排行", share="分享到",
     comments_h="网友评论", leave="我来说两句", post_btn="发表评论", reply="回复",
     newsletter_h="订阅新闻早报",
     newsletter_p="每天早上八点，为您推送当天最重要的新闻。",
     newsletter_btn="立即订阅", email_ph="请输入邮箱",
     cookie_p="本网站使用Cookie以提升您的浏览体验。继续浏览即表示您同意我们的隐私政策。",
     cookie_ok="同意", cookie_no="了解更多",
     nav=["首页", "国内", "国际", "财经", "科技", "体育", "娱乐", "社会"],
     footer=["关于我们", "联系我们", "广告服务", "隐私政策", "用户协议", "网站地图"],
     rights="版权所有 未经授权禁止转载", ad="广告", home="首页", search="搜索",
     subscribe="订阅", login="登录",
     paywall_h="本文为付费内容", paywall_p="订阅后可阅读全文。", paywall_btn="立即订阅",
     live="直播", tags="标签", photo="图",
     min_read="阅读约{}分钟",
     cta={"whatsapp": "关注我们的微信公众号，获取更多资讯。",
          "googlenews": "下载客户端，看更多精彩新闻。",
          "telegram": "扫描二维码关注官方微博。",
          "follow": "关注我们的官方微博和抖音账号。",
          "app": "下载新闻客户端，随时随地看新闻。",
          "tip": "新闻线索请拨打热线电话。"},
     comments=[("网友小李", "希望能尽快落实。"),
               ("北京网友", "这个政策对我们小区帮助很大。"),
               ("匿名用户", "期待后续报道。")],
     )

_loc("ko", html_lang="ko", og_locale="ko_KR", dir="ltr",
     months=[str(i) + "월" for i in range(1, 13)],
     weekdays=["월", "화", "수", "목", "금", "토", "일"],
     by="", and_="·", pub="입력", upd="수정", read_more="관련기사",
     related_h="관련 기사", most_read="많이 본 뉴스", share="공유하기",
     comments_h="댓글", leave="댓글 쓰기", post_btn="등록", reply="답글",
     newsletter_h="뉴스레터 구독",
     newsletter_p="매일 아침 주요 뉴스를 메일로 받아보세요.",
     newsletter_btn="구독하기", email_ph="이메일 주소",
     cookie_p="이 사이트는 서비스 개선을 위해 쿠키를 사용합니다. 계속 이용하시면 쿠키 사용에 동의하는 것으로 간주합니다.",
     cookie_ok="동의", cookie_no="설정",
     nav=["홈", "정치", "경제", "사회", "국제", "문화", "스포츠", "IT·과학"],
     footer=["회사소개", "고객센터", "광고안내", "개인정보처리방침", "청소년보호정책", "이용약관"],
     rights="무단전재 및 재배포 금지", ad="광고", home="홈", search="검색",
     subscribe="구독", login="로그인",
     paywall_h="유료 회원 전용 기사입니다", paywall_p="구독하고 전체 기사를 읽어보세요.", paywall_btn="구독하기",
     live="라이브", tags="태그", photo="사진",
     min_read="{}분 분량",
     cta={"whatsapp": "카카오톡 채널을 추가하고 주요 뉴스를 받아보세요.",
          "googlenews": "네이버 메인에서 채널 구독하기",
          "telegram": "텔레그램 채널에서 속보를 가장 먼저 받아보세요.",
          "follow": "페이스북과 인스타그램에서 만나보세요.",
          "app": "모바일 앱을 내려받으세요.",
          "tip": "제보하기: 카카오톡 또는 이메일로 보내주세요."},
     comments=[("hoon**", "드디어 하는군요. 기대됩니다."),
               ("jiyeon", "예산은 충분한지 궁금합니다."),
               ("bluesky", "실효성이 있을지 지켜봐야겠네요.")],
     )

_loc("tr", html_lang="tr-TR", og_locale="tr_TR", dir="ltr",
     months=["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos",
             "Eylül", "Ekim", "Kasım", "Aralık"],
     weekdays=["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
     by="", and_="ve", pub="Yayınlanma", upd="Güncelleme", read_more="İlgili Haber:",
     related_h="İlginizi Çekebilir", most_read="Çok Okunanlar", share="Paylaş",
     comments_h="Yorumlar", leave="Yorum yazın", post_btn="Gönder", reply="Yanıtla",
     newsletter_h="Bültene abone olun",
     newsletter_p="Günün en önemli haberleri her sabah e-posta kutunuzda.",
     newsletter_btn="Abone ol", email_ph="E-posta adresiniz",
     cookie_p="Sitemizde deneyiminizi iyileştirmek için çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikamızı inceleyebilirsiniz.",
     cookie_ok="Kabul et", cookie_no="Ayarlar",
     nav=["Gündem", "Ekonomi", "Dünya", "Spor", "Yaşam", "Sağlık", "Teknoloji", "Yazarlar"],
     footer=["Künye", "İletişim", "Reklam", "Gizlilik Politikası", "Çerez Politikası", "KVKK"],
     rights="Tüm hakları saklıdır.", ad="Reklam", home="Anasayfa", search="Ara",
     subscribe="Abone ol", login="Giriş yap",
     paywall_h="Bu içerik abonelere özeldir",
     paywall_p="Okumaya devam etmek için abone olun. İlk ay yalnızca 1 TL.",
     paywall_btn="Hemen abone ol", live="CANLI", tags="Etiketler", photo="Fotoğraf",
     min_read="{} dk okuma",
     cta={"whatsapp": "WhatsApp kanalımıza katılın, son dakika haberlerini kaçırmayın.",
          "googlenews": "Google News'te bizi takip edin.",
          "telegram": "Telegram kanalımıza abone olun.",
          "follow": "Bizi Facebook, Instagram ve X'te takip edin.",
          "app": "Ücretsiz mobil uygulamamızı indirin.",
          "tip": "Haber ihbarlarınız için WhatsApp hattımıza yazın."},
     comments=[("Mehmet", "Nihayet güzel bir haber."),
               ("ayse_k", "Bakalım bu sefer söz tutulacak mı?"),
               ("Okur", "Emeğinize sağlık, çok açıklayıcı bir haber.")],
     )

_loc("pl", html_lang="pl-PL", og_locale="pl_PL", dir="ltr",
     months=["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień",
             "wrzesień", "październik", "listopad", "grudzień"],
     months_gen=["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
                 "września", "października", "listopada", "grudnia"],
     weekdays=["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
     by="Autor:", and_="i", pub="Opublikowano", upd="Aktualizacja", read_more="Czytaj także:",
     related_h="Zobacz także", most_read="Najczęściej czytane", share="Udostępnij",
     comments_h="Komentarze", leave="Dodaj komentarz", post_btn="Wyślij", reply="Odpowiedz",
     newsletter_h="Newsletter",
     newsletter_p="Najważniejsze wiadomości z regionu codziennie rano w Twojej skrzynce.",
     newsletter_btn="Zapisz się", email_ph="Twój adres e-mail",
     cookie_p="Korzystamy z plików cookies i podobnych technologii w celu świadczenia usług oraz w celach statystycznych i reklamowych.",
     cookie_ok="Akceptuję", cookie_no="Ustawienia",
     nav=["Wiadomości", "Region", "Polityka", "Biznes", "Sport", "Kultura", "Motoryzacja", "Pogoda"],
     footer=["O nas", "Kontakt", "Reklama", "Polityka prywatności", "Regulamin", "Redakcja"],
     rights="Wszelkie prawa zastrzeżone.", ad="Reklama", home="Strona główna", search="Szukaj",
     subscribe="Subskrybuj", login="Zaloguj się",
     paywall_h="Ten artykuł jest dostępny dla subskrybentów",
     paywall_p="Wykup dostęp, aby czytać dalej. Pierwszy miesiąc za 1 zł.",
     paywall_btn="Kup dostęp", live="NA ŻYWO", tags="Tagi", photo="Fot.",
     min_read="{} min czytania",
     cta={"whatsapp": "Dołącz do naszego kanału na WhatsAppie i bądź na bieżąco.",
          "googlenews": "Obserwuj nas w Google News.",
          "telegram": "Subskrybuj nasz kanał na Telegramie.",
          "follow": "Polub nas na Facebooku i obserwuj na Instagramie.",
          "app": "Pobierz naszą darmową aplikację na Androida i iOS.",
          "tip": "Masz temat? Napisz do redakcji."},
     comments=[("Tomek", "Nareszcie, czekaliśmy na to latami."),
               ("ania_k", "Ciekawe, ile to będzie kosztować mieszkańców."),
               ("Zbigniew", "Zobaczymy, jak będzie w praktyce.")],
     )


BLOGNAV = {
    "en": ["Home", "About", "Archive", "Tags", "Contact"],
    "de": ["Start", "Über mich", "Archiv", "Themen", "Kontakt"],
    "fr": ["Accueil", "À propos", "Archives", "Thèmes", "Contact"],
    "es": ["Inicio", "Sobre mí", "Archivo", "Temas", "Contacto"],
    "pt": ["Início", "Sobre", "Arquivo", "Categorias", "Contato"],
    "it": ["Home", "Chi sono", "Archivio", "Argomenti", "Contatti"],
    "nl": ["Home", "Over", "Archief", "Onderwerpen", "Contact"],
    "ru": ["Главная", "Обо мне", "Архив", "Темы", "Контакты"],
    "ar": ["الرئيسية", "من أنا", "الأرشيف", "التصنيفات", "اتصل بي"],
    "ja": ["ホーム", "プロフィール", "アーカイブ", "カテゴリー", "お問い合わせ"],
    "zh": ["首页", "关于", "归档", "分类", "联系"],
    "ko": ["홈", "소개", "아카이브", "태그", "문의"],
    "tr": ["Ana Sayfa", "Hakkımda", "Arşiv", "Etiketler", "İletişim"],
    "pl": ["Strona główna", "O mnie", "Archiwum", "Tagi", "Kontakt"],
}
BLOG_CMS = {"ghost", "substack", "hugo", "jekyll", "blogger", "medium"}


def month_name(lang, m, gen=False):
    loc = L[lang]
    if gen and "months_gen" in loc:
        return loc["months_gen"][m - 1]
    return loc["months"][m - 1]


def fmt_date(lang, dt, style="long"):
    """Visible date strings as the CMSs of each language print them."""
    d, m, y = dt.day, dt.month, dt.year
    hh, mm = two(dt.hour), two(dt.minute)
    loc = L[lang]
    wd = loc["weekdays"][dt.weekday()]
    if style == "num":
        if lang in ("ja", "zh", "ko"):
            return "%d.%s.%s" % (y, two(m), two(d))
        if lang == "en":
            return "%s/%s/%d" % (two(m), two(d), y)
        if lang in ("es", "pt", "fr", "it", "ar"):
            return "%s/%s/%d" % (two(d), two(m), y)
        if lang == "nl":
            return "%s-%s-%d" % (two(d), two(m), y)
        return "%s.%s.%d" % (two(d), two(m), y)
    if style == "numtime":
        return fmt_date(lang, dt, "num") + " " + hh + ":" + mm
    if style == "long":
        return {
            "en": "%s %d, %d" % (loc["months"][m - 1], d, y),
            "de": "%d. %s %d" % (d, loc["months"][m - 1], y),
            "fr": "%d %s %d" % (d, loc["months"][m - 1], y),
            "es": "%d de %s de %d" % (d, loc["months"][m - 1], y),
            "pt": "%d de %s de %d" % (d, loc["months"][m - 1], y),
            "it": "%d %s %d" % (d, loc["months"][m - 1], y),
            "nl": "%d %s %d" % (d, loc["months"][m - 1], y),
            "ru": "%d %s %d" % (d, month_name(lang, m, True), y),
            "ar": "%d %s %d" % (d, loc["months"][m - 1], y),
            "ja": "%d年%d月%d日" % (y, m, d),
            "zh": "%d年%s月%s日" % (y, two(m), two(d)),
            "ko": "%d년 %d월 %d일" % (y, m, d),
            "tr": "%d %s %d" % (d, loc["months"][m - 1], y),
            "pl": "%d %s %d" % (d, month_name(lang, m, True), y),
        }[lang]
    if style == "longtime":
        h, ap = h12(dt)
        return {
            "en": "%s %d, %d at %d:%s %s" % (loc["months"][m - 1], d, y, h, mm,
                                              "a.m." if ap == "AM" else "p.m."),
            "de": "%d. %s %d, %s:%s Uhr" % (d, loc["months"][m - 1], y, hh, mm),
            "fr": "%d %s %d à %sh%s" % (d, loc["months"][m - 1], y, hh, mm),
            "es": "%d de %s de %d - %s:%s" % (d, loc["months"][m - 1], y, hh, mm),
            "pt": "%s/%s/%d %sh%s" % (two(d), two(m), y, hh, mm),
            "it": "%d %s %d, ore %s:%s" % (d, loc["months"][m - 1], y, hh, mm),
            "nl": "%d %s %d, %s:%s" % (d, loc["months"][m - 1], y, hh, mm),
            "ru": "%d %s %d, %s:%s" % (d, month_name(lang, m, True), y, hh, mm),
            "ar": "%s %d %s %d - %s:%s" % (wd, d, loc["months"][m - 1], y, hh, mm),
            "ja": "%d年%d月%d日 %d時%s分" % (y, m, d, dt.hour, mm),
            "zh": "%d年%s月%s日 %s:%s" % (y, two(m), two(d), hh, mm),
            "ko": "%d.%s.%s. %s %d:%s" % (y, two(m), two(d), "오전" if dt.hour < 12 else "오후",
                                          (dt.hour % 12) or 12, mm),
            "tr": "%s.%s.%d - %s:%s" % (two(d), two(m), y, hh, mm),
            "pl": "%d %s %d, %s:%s" % (d, month_name(lang, m, True), y, hh, mm),
        }[lang]
    if style == "weekday":
        return {
            "en": "%s, %s" % (wd, fmt_date(lang, dt, "long")),
            "de": "%s, %s" % (wd, fmt_date(lang, dt, "long")),
            "fr": "%s %s" % (wd, fmt_date(lang, dt, "long")),
            "es": "%s, %s" % (wd, fmt_date(lang, dt, "long")),
            "pt": "%s, %s" % (wd, fmt_date(lang, dt, "long")),
            "it": "%s %s" % (wd, fmt_date(lang, dt, "long")),
            "nl": "%s %s" % (wd, fmt_date(lang, dt, "long")),
            "ru": "%s, %s" % (wd, fmt_date(lang, dt, "long")),
            "ar": "%s %s" % (wd, fmt_date(lang, dt, "long")),
            "ja": "%s（%s）" % (fmt_date(lang, dt, "long"), wd),
            "zh": "%s %s" % (fmt_date(lang, dt, "long"), wd),
            "ko": "%s (%s)" % (fmt_date(lang, dt, "long"), wd),
            "tr": "%s %s" % (fmt_date(lang, dt, "long"), wd),
            "pl": "%s, %s" % (wd, fmt_date(lang, dt, "long")),
        }[lang]
    if style == "time":
        return hh + ":" + mm
    raise ValueError(style)


def join_names(lang, names):
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    a = L[lang]["and_"]
    if lang in ("ja", "zh"):
        return a.join(names)
    if lang == "ko":
        return a.join(names)
    if lang == "ar":
        return "، ".join(names[:-1]) + " و" + names[-1]
    return ", ".join(names[:-1]) + " " + a + " " + names[-1]


def slugify(s):
    s = s.lower()
    s = re.sub(r"[^a-z0-9]+", "-", s)
    return s.strip("-")[:70]


def words_count(lines):
    return sum(len(x.split()) for x in lines)
