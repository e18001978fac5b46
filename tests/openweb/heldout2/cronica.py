"""Crónica Llanera: a Blogger (blogspot-style) news blog, in Spanish (Venezuela, UTC-4).

Classic "Simple" v2 layout: date header in visible text ("sábado, 5 de diciembre de 2026"),
`<abbr class='published' title='...-04:00'>` timestamp, posts at /YYYY/MM/slug.html, the mobile
spelling ?m=1 (announced with <link rel=alternate media=...>, canonical to the desktop page,
and every internal link of a mobile page carrying ?m=1, plus "Ver versión web" ?m=0), comment
permalinks ?showComment=N#cID, fragments (#more, #comments, #comment-form, #cID), "Entradas
relacionadas" (div markup, dates DD/MM/YYYY) and in-body "Noticias relacionadas:" (<ul>),
the site-wide "Entradas populares" gadget, newer/older post pager, /feeds/posts/default Atom
(and ?alt=rss), /sitemap.xml index, month archives /YYYY/MM/. One post is a JS shell: an
interactive special whose text is in a script and built by an inline script, with a view
counter that changes on every request. Labels (/search/label/...) are under robots' Disallow.
Validators: weak ETag and Last-Modified.
"""
from __future__ import annotations

import itertools
import json
import random
from datetime import timedelta
from urllib.parse import quote

from .common import (CARACAS, ES_DAYS, ES_MONTHS, Article, attr, esc, iso, pick_sentences,
                     place, slugify)
from .outlet import Edition, Outlet, Response, Route

BLOG_ID = "7301122334455667788"
AUTHORS = {"mer": "María Elena Rangel", "jgp": "José Gregorio Paz"}

# aid: (hours before start, author, labels, title, lead, paragraphs)
P = {}
P["b10"] = (34.5, "mer", ["Educación"],
    "La Universidad Central reabre su biblioteca tras dos años de obras",
    "La Biblioteca Central de la UCV, obra del arquitecto Carlos Raúl Villanueva, volvió a abrir sus puertas a estudiantes y profesores.",
    ["La restauración incluyó la impermeabilización de la cubierta, la renovación del sistema eléctrico y la recuperación de los vitrales originales. Los trabajos fueron financiados en gran parte por donaciones de egresados en el exterior.",
     "La sala de lectura principal tiene capacidad para 600 personas y conserva el mobiliario de los años cincuenta. La colección de más de 300.000 volúmenes fue limpiada y catalogada de nuevo durante el cierre.",
     "La Ciudad Universitaria, declarada Patrimonio Mundial por la Unesco en el año 2000, sigue necesitando obras urgentes en otros edificios. El rector pidió apoyo para recuperar el Aula Magna."])
P["b7"] = (32.0, "mer", ["Cultura", "Navidad"],
    "Receta: hallacas para la Navidad, paso a paso",
    "La hallaca es el plato rey de la mesa navideña venezolana y su preparación es toda una tradición familiar.",
    ["El guiso se prepara la víspera con carne de res, cerdo y gallina, cocidos a fuego lento con ají dulce, cebollín, ajo porro y un toque de vino tinto. Dejarlo reposar toda la noche permite que los sabores se integren.",
     "Para la masa se necesita harina de maíz precocida, caldo de gallina y onoto para darle su característico color. Las hojas de plátano deben limpiarse bien y pasarse por agua caliente para que no se rompan.",
     "El armado se hace en cadena: una persona extiende la masa, otra coloca el guiso y los adornos de aceitunas, pasas y tiras de pimentón, y otra amarra. Después se hierven durante una hora.",
     "Cada familia guarda su propia receta, y discutir cuál es la mejor forma parte de la tradición."])
P["b6"] = (29.0, "jgp", ["Nacional", "Servicios"],
    "Apagón deja sin luz a cinco estados del occidente del país",
    "Un fallo en una línea de transmisión del sistema eléctrico nacional dejó sin servicio a millones de personas durante más de diez horas.",
    ["El corte comenzó poco después de las seis de la tarde y afectó a Zulia, Falcón, Lara, Trujillo y Mérida. En Maracaibo, la ciudad más afectada, los semáforos dejaron de funcionar y el tráfico colapsó en pocos minutos.",
     "La compañía eléctrica estatal informó de una avería en la subestación de El Tablazo, aunque no precisó su origen. Técnicos trabajaron durante toda la noche para restablecer el servicio de forma escalonada.",
     "Los hospitales funcionaron con plantas eléctricas de emergencia y varios comercios reportaron pérdidas de mercancía refrigerada. En redes sociales, los vecinos compartieron imágenes de calles completamente a oscuras.",
     "Al amanecer, el servicio se había restablecido en el 80 % de las zonas afectadas."])
P["b5"] = (27.0, "jgp", ["Deportes"],
    "Béisbol: los Leones del Caracas ganan el clásico ante Navegantes del Magallanes",
    "Un jonrón de tres carreras en el octavo inning decidió el partido a favor de los melenudos, que se impusieron 6 a 4 en el estadio Monumental.",
    ["El encuentro, con más de 30.000 aficionados en las gradas, estuvo igualado hasta la parte alta del octavo. Con dos outs y corredores en las esquinas, el receptor de los Leones conectó un batazo por todo el jardín izquierdo.",
     "El abridor de Magallanes lanzó seis entradas de dos carreras y se fue sin decisión. El cerrador de los Leones retiró en orden el noveno para apuntarse su decimoquinto salvamento de la temporada.",
     "Con esta victoria, los Leones se afianzan en el segundo lugar de la tabla, a un juego y medio de los Tiburones de La Guaira. La serie entre ambos eternos rivales continúa el martes en Valencia."])
P["b3"] = (24.0, "jgp", ["Nacional", "Economía"],
    "Caracas amanece con largas colas por la escasez de gasolina",
    "Conductores de varias zonas de la capital pasaron la noche en sus vehículos para asegurarse un turno en las estaciones de servicio.",
    ["Las colas más largas se registraron en Chacao, Baruta y la avenida Francisco de Miranda, donde algunas filas superaban los dos kilómetros. Muchos conductores llegaron pasada la medianoche con termos de café y sillas plegables.",
     "La empresa estatal atribuyó la escasez a retrasos en la llegada de un cargamento de componentes para la refinería de El Palito. Aseguró que el suministro se normalizará «en las próximas setenta y dos horas».",
     "Mientras tanto, en el mercado informal el litro de gasolina llegó a venderse a tres dólares, seis veces el precio oficial. Los transportistas amenazan con subir el pasaje si la situación se prolonga.",
     "Es la tercera crisis de suministro en lo que va de año."])
P["b9"] = (21.0, "jgp", ["Nacional", "Especiales"],
    "Especial: el mapa de las colas de gasolina en Caracas",
    "Recorrimos 40 estaciones de servicio de la capital durante tres días para medir la espera de los conductores.",
    ["En el este de la ciudad, la espera media para llenar el tanque superó las cinco horas el martes. En el oeste, donde hay menos estaciones abiertas, algunos conductores esperaron más de nueve horas.",
     "Las estaciones que aceptan pago en dólares registraron colas notablemente más cortas. Los conductores que pagan en bolívares al precio subsidiado deben además presentar su cédula y respetar el terminal de su placa.",
     "Nuestro equipo contó 1.870 vehículos en fila en un solo recorrido de madrugada. El mapa se actualizará cada día mientras dure la crisis de suministro."])
P["b4"] = (18.0, "mer", ["Economía"],
    "El bolívar digital pierde un 8 % frente al dólar en una semana",
    "La moneda venezolana cerró la semana en 61,4 bolívares por dólar en el tipo de cambio oficial, su nivel más bajo desde marzo.",
    ["El Banco Central aumentó sus intervenciones en el mercado cambiario, pero no logró frenar la caída. Economistas consultados por este blog atribuyen la presión a la demanda de divisas de fin de año y a la caída de los ingresos petroleros.",
     "En el mercado paralelo, la brecha con el tipo oficial volvió a superar el 20 %. Los comerciantes de Caracas ya ajustan sus precios con la referencia del dólar no oficial.",
     "El economista Andrés Colmenares advirtió que la inflación podría repuntar en enero si la tendencia continúa. «Diciembre siempre es un mes de presión, pero este año la caída es más pronunciada», señaló."])
P["b1"] = (14.0, "mer", ["Política", "Juicio en Nueva York"],
    "Juicio a Maduro: la defensa pide aplazar la selección del jurado",
    "Los abogados de Nicolás Maduro pidieron este viernes al juez federal Robert K. Hale más tiempo para revisar las pruebas antes de elegir al jurado que decidirá su caso en Nueva York.",
    ["La defensa sostiene que la Fiscalía entregó en las últimas semanas más de 400.000 páginas de documentos y miles de horas de grabaciones interceptadas. Según el escrito presentado ante el tribunal del distrito sur de Manhattan, revisar ese material exigirá al menos cuatro meses adicionales.",
     "Los fiscales se oponen al aplazamiento y recuerdan que la selección del jurado estaba prevista para mediados de enero. En su respuesta, califican la petición de «maniobra dilatoria» y aseguran que la mayor parte de los documentos ya estaba en poder de los abogados desde el verano.",
     "El expresidente venezolano, detenido en enero en Caracas y trasladado a Nueva York, está acusado de conspiración para el narcoterrorismo y tráfico de cocaína. Se declaró no culpable de todos los cargos en su primera comparecencia.",
     "El juez dio a las partes hasta el próximo miércoles para presentar sus argumentos por escrito. Una audiencia para resolver la cuestión podría celebrarse antes de Navidad.",
     "En Caracas, la noticia apenas ocupó espacio en los medios oficiales, mientras que en las redes sociales miles de venezolanos en el exterior siguieron la jornada minuto a minuto."])
P["b8"] = (9.5, "mer", ["Migración"],
    "Más de 2.000 venezolanos cruzaron el Darién en la última semana",
    "Las autoridades panameñas registraron un repunte del paso de migrantes por la selva, después de varios meses de descenso.",
    ["Según el Servicio Nacional de Migración de Panamá, los venezolanos representaron casi la mitad de las personas que atravesaron la frontera con Colombia. La mayoría viaja en familia y con niños pequeños.",
     "Organizaciones humanitarias alertan de que la travesía, de entre cuatro y seis días a pie, sigue siendo extremadamente peligrosa. Los migrantes denuncian robos, crecidas de ríos y la falta de agua potable.",
     "Muchos de quienes emprenden ahora el camino habían regresado a Venezuela en los últimos dos años. La falta de empleo y el alto costo de la vida los empujan a salir de nuevo.",
     "La escasez de combustible, que esta semana volvió a provocar largas colas en Caracas, es otro de los motivos que citan."])
P["b2"] = (6.0, "jgp", ["Política", "Juicio en Nueva York"],
    "Maduro comparece de nuevo ante el tribunal de Manhattan con aspecto cansado",
    "Nicolás Maduro volvió a sentarse este jueves frente al juez en una audiencia de trámite que duró poco más de cuarenta minutos.",
    ["Vestido con el uniforme beige del centro de detención metropolitano de Brooklyn, el exmandatario escuchó la audiencia a través de un intérprete. Su esposa, Cilia Flores, también acusada en el caso, no estuvo presente en la sala.",
     "La audiencia se centró en cuestiones de calendario y en las condiciones de acceso de los abogados a su cliente. La defensa se quejó de que solo puede reunirse con él dos veces por semana y durante un máximo de tres horas.",
     "A la salida, uno de los abogados dijo a la prensa que su cliente «está tranquilo y convencido de su inocencia». Decenas de manifestantes, a favor y en contra del exmandatario, se concentraron frente al edificio.",
     "La próxima audiencia quedó fijada para la segunda semana de enero."])
# edition 2 only: the development of the trial story (the wire reprints it too)
P["b11"] = (1.2, "mer", ["Política", "Juicio en Nueva York"],
    "Maduro: el juez fija para el 9 de marzo el inicio del juicio oral",
    "El juez del distrito sur de Nueva York rechazó la mayor parte del aplazamiento pedido por la defensa de Nicolás Maduro y fijó la fecha del juicio.",
    ["En una resolución de doce páginas, el magistrado concedió a los abogados siete semanas adicionales para revisar las pruebas, en lugar de los cuatro meses que solicitaban. La selección del jurado comenzará a finales de febrero.",
     "La Fiscalía había advertido de que un retraso mayor perjudicaría a varios testigos protegidos, algunos de los cuales viven fuera de Estados Unidos. El juez consideró que el calendario fijado «equilibra los derechos del acusado y el interés público».",
     "Está previsto que el juicio dure al menos diez semanas. Cilia Flores será juzgada en el mismo proceso.",
     "La defensa anunció que estudiará recurrir la decisión."])

ED2_ONLY = {"b11"}
SHELLS = {"b9"}
DIVSTYLE = {"b4", "b8"}          # old posts typed in the compose box: <div> and <br />, no <p>

RELATED1 = {"b1": ["b2"], "b2": ["b1"], "b3": ["b9", "b6"], "b9": ["b3"], "b6": ["b8"],
            "b4": ["b3"], "b5": ["b7"], "b7": ["b5"], "b8": ["b4"], "b10": ["b7"]}
RELATED2 = dict(RELATED1, b1=["b11", "b2"], b2=["b11", "b1"], b11=["b1", "b2"])
INBODY = {"b3": ["b9"], "b6": ["b3"]}      # "Noticias relacionadas:" typed in the post
POPULAR = ["b1", "b3", "b6", "b5", "b7"]

B2_TITLE2 = "Maduro comparece ante el tribunal de Manhattan y denuncia sus condiciones de detención"
B2_NEW = ("Durante la audiencia, Maduro tomó la palabra unos minutos para denunciar que permanece "
          "aislado veintitrés horas al día. La Fiscalía negó esa versión y aseguró que recibe el "
          "mismo trato que cualquier otro detenido.")
B4_TITLE2 = "El bolívar digital pierde un 6 % frente al dólar en una semana"
B4_ERRATA = ("Fe de erratas: en una versión anterior de esta entrada se indicó que la caída semanal "
             "fue del 8 %. La cifra correcta es 6 %.")

COMMENTERS = ["Pedro Lugo", "Anónimo", "Carmen Teresa", "Rafa desde Madrid", "Yusmary", "Gustavo R."]
COMMENT_TEXT = ["Excelente reportaje, gracias por mantenernos informados.",
                "Aquí en Valencia la situación es la misma.",
                "¿Alguien sabe si hay transmisión por internet?",
                "Qué buena noticia, por fin algo positivo.",
                "Muy completo, lo comparto con mi familia.",
                "Sigan así, desde el exterior los leemos todos los días."]
COMMENTS1 = {"b5": 4, "b8": 2, "b1": 3, "b3": 1}
COMMENTS2 = {"b5": 6, "b8": 3, "b1": 3, "b3": 1}


def es_date(dt) -> str:
    d = dt.astimezone(CARACAS)
    return f"{ES_DAYS[d.weekday()]}, {d.day} de {ES_MONTHS[d.month - 1]} de {d.year}"


def blogger_slug(title: str) -> str:
    words = slugify(title).split("-")
    out = ""
    for w in words:
        cand = (out + "-" + w) if out else w
        if len(cand) > 40:
            break
        out = cand
    return out


class Cronica(Outlet):
    name = "cronica-llanera"
    cms = "Blogger (blogspot, classic Simple layout)"
    language = "es"
    tz = CARACAS
    etag = True
    weak_etag = True
    last_modified = True

    def model(self):
        self.times = {aid: place(self.start, v[0], CARACAS) for aid, v in P.items()}
        self.mod2 = {"b2": place(self.start, 0.9, CARACAS, lo=0.3),
                     "b4": place(self.start, 1.6, CARACAS, lo=0.3)}
        self.post_ids = {aid: str(4471093300000000000 + 7919 * 104729 * (i + 1) + i * 37)
                         for i, aid in enumerate(P)}
        self.counter = itertools.count(18234)
        self.rnd = random.Random(7)

    def path_of(self, aid: str) -> str:
        d = self.times[aid].astimezone(CARACAS)
        return f"/{d:%Y}/{d:%m}/{blogger_slug(P[aid][3])}.html"

    def build(self, ed: int) -> Edition:
        arts = []
        for aid, (_, au, labels, title, lead, paras) in P.items():
            if ed == 1 and aid in ED2_ONLY:
                continue
            paras = list(paras)
            modified = None
            if ed == 2 and aid == "b2":
                title = B2_TITLE2
                paras.insert(2, B2_NEW)
                modified = self.mod2["b2"]
            if ed == 2 and aid == "b4":
                title = B4_TITLE2
                paras.append(B4_ERRATA)
                modified = self.mod2["b4"]
            rel = (RELATED2 if ed == 2 else RELATED1).get(aid, [])
            ncom = (COMMENTS2 if ed == 2 else COMMENTS1).get(aid, 0)
            arts.append(Article(
                aid=aid, path=self.path_of(aid), title=title, lead=lead, paras=paras,
                published=self.times[aid], modified=modified, section=labels[0],
                author=AUTHORS[au], related=list(dict.fromkeys(rel + INBODY.get(aid, []))),
                shell=aid in SHELLS, key_sentences=pick_sentences(paras, (0, 1, 2)),
                extra={"labels": labels, "template_related": rel, "inbody": INBODY.get(aid, []),
                       "post_id": self.post_ids[aid], "comments": ncom}))
        arts.sort(key=lambda a: a.published, reverse=True)
        return Edition(arts, list(POPULAR))

    def updated(self):
        return ["b2", "b4"]

    # ------------------------------------------------------------------ routing
    def route(self, ed: int, target: str) -> Route:
        path, query, params = self.split(target)
        q = dict(params)
        E = self.edition(ed)
        if path == "/robots.txt":
            return Route("robots")
        if path.startswith("/static/"):
            return Route("static")
        if path == "/" and set(q) <= {"m"}:
            return Route("listing", info={"page": "home", "m": q.get("m") == "1"})
        if path == "/feeds/posts/default" and set(q) <= {"alt"}:
            return Route("feed", info={"alt": q.get("alt", "atom")})
        if path.startswith("/feeds/") and path.endswith("/comments/default"):
            pid = path.split("/")[2]
            for a in E.articles.values():
                if a.extra["post_id"] == pid:
                    return Route("feed", aid=None, info={"comments": a.aid})
            return Route("notfound", status=404)
        if path == "/sitemap.xml":
            if not query:
                return Route("sitemap", info={"index": True})
            if q == {"page": "1"}:
                return Route("sitemap", info={"index": False})
        if path.startswith("/search"):
            return Route("listing", info={"page": "search", "m": q.get("m") == "1"})
        for a in E.articles.values():
            if path == a.path:
                if not query:
                    return Route("article", aid=a.aid)
                if set(q) <= {"m", "showComment"}:
                    return Route("variant", aid=a.aid,
                                 info={"m": q.get("m") == "1", "how": "m" if "m" in q else "comment"})
                return Route("variant", aid=a.aid, info={"m": False, "how": "query"})
        months = {a.path[:9] for a in E.articles.values()}
        if path in months and set(q) <= {"m"}:
            return Route("listing", info={"page": "archive", "month": path, "m": q.get("m") == "1"})
        return Route("notfound", status=404)

    def comment_ids(self, a: Article) -> list[tuple[str, str, object]]:
        out = []
        for i in range(a.extra["comments"]):
            cid = str(int(a.extra["post_id"][-10:]) * 3 + 1000003 * (i + 1))
            when = a.published + timedelta(minutes=23 + 41 * i)
            ms = str(int(when.timestamp() * 1000))
            out.append((cid, ms, when))
        return out

    def declared_variants(self, ed: int, a: Article) -> list[str]:
        v = [a.path + "?m=1", a.path + "?m=0"]
        for cid, ms, _ in self.comment_ids(a):
            v.append(f"{a.path}?showComment={ms}")
        return v

    def listing_targets(self, ed: int) -> list[str]:
        E = self.edition(ed)
        months = sorted({a.path[:9] for a in E.articles.values()})
        return ["/", "/?m=1", "/feeds/posts/default", "/feeds/posts/default?alt=rss",
                "/sitemap.xml", "/sitemap.xml?page=1", "/robots.txt"] + months

    # ------------------------------------------------------------------ rendering
    def render(self, ed: int, route: Route, target: str) -> Response:
        E = self.edition(ed)
        if route.kind == "robots":
            return Response(200, ROBOTS.replace("BASE", self.base).encode(), "text/plain")
        if route.kind == "static":
            if target.endswith(".css"):
                return Response(200, b"body{font:14px Georgia,serif}", "text/css")
            return Response(200, PNG, "image/png")
        if route.kind == "notfound":
            return Response(404, self.frame(E, "Crónica Llanera", "<div class='status-msg-wrap'>"
                            "<div class='status-msg-body'>Lo sentimos, la página que buscas en este "
                            "blog no existe.</div></div>", None, False).encode())
        if route.kind == "feed":
            return self.feed(E, route)
        if route.kind == "sitemap":
            return self.sitemap(E, route.info["index"])
        if route.kind == "listing":
            return self.listing(E, route)
        a = E.articles[route.aid]
        m = route.info.get("m", False)
        lastmod = a.modified or a.published
        coms = self.comment_ids(a)
        if coms:
            lastmod = max(lastmod, coms[-1][2])
        body = self.post_page(E, a, m)
        return Response(200, body.encode(), lastmod=lastmod, dynamic=a.shell)

    def href(self, path: str, m: bool) -> str:
        if not m:
            return self.base + path
        return self.base + path + ("&m=1" if "?" in path else "?m=1")

    def sidebar(self, E: Edition, m: bool) -> str:
        if m:
            return ""
        pop = []
        for x in E.sitewide:
            a = E.articles[x]
            snip = (a.lead[:110] + "…") if len(a.lead) > 110 else a.lead
            pop.append(f"<li><div class='item-thumbnail-only'><div class='item-thumbnail'>"
                       f"<a href='{attr(self.href(a.path, m))}' target='_blank'><img alt='' border='0' "
                       f"src='{self.base}/static/thumb.png'/></a></div><div class='item-title'>"
                       f"<a href='{attr(self.href(a.path, m))}'>{esc(a.title)}</a></div></div>"
                       f"<div class='item-snippet'>{esc(snip)}</div><div style='clear: both;'></div></li>")
        months = {}
        for a in E.articles.values():
            d = a.published.astimezone(CARACAS)
            months.setdefault((d.year, d.month), 0)
            months[(d.year, d.month)] += 1
        arch = "".join(
            f"<li class='archivedate'><a class='post-count-link' href='{self.base}/{y}/{mo:02d}/'>"
            f"{ES_MONTHS[mo - 1]} {y}</a> <span class='post-count' dir='ltr'>({n})</span></li>"
            for (y, mo), n in sorted(months.items(), reverse=True))
        labels = sorted({lab for a in E.articles.values() for lab in a.extra["labels"]})
        labs = "".join(f"<li><a dir='ltr' href='{self.base}/search/label/{quote(lab)}'>{esc(lab)}</a></li>"
                       for lab in labels)
        return f'''<div class='column-right-inner'><aside><div class='sidebar section' id='sidebar-right-1'>
<div class='widget PopularPosts' data-version='1' id='PopularPosts1'>
<h2>Entradas populares</h2>
<div class='widget-content popular-posts'><ul>
{"".join(pop)}
</ul><div class='clear'></div></div></div>
<div class='widget BlogArchive' data-version='1' id='BlogArchive1'>
<h2>Archivo del blog</h2>
<div class='widget-content'><div id='ArchiveList'><div id='BlogArchive1_ArchiveList'><ul class='flat'>{arch}</ul></div></div></div></div>
<div class='widget Label' data-version='1' id='Label1'>
<h2>Etiquetas</h2><div class='widget-content list-label-widget-content'><ul>{labs}</ul></div></div>
<div class='widget Profile' data-version='1' id='Profile1'>
<h2>Datos personales</h2><div class='widget-content'><dl class='profile-datablock'><dt class='profile-data'>
<a class='profile-name-link g-profile' href='https://www.blogger.example/profile/04412' rel='author'>Crónica Llanera</a></dt>
<dd class='profile-textblock'>Periodistas venezolanos dentro y fuera del país.</dd></dl></div></div>
</div></aside></div>'''

    def frame(self, E: Edition, title: str, main: str, a: Article | None, m: bool,
              head_extra: str = "") -> str:
        canonical = ""
        if a is not None:
            canonical = (f"<link href='{attr(self.canonical_url(a))}' rel='canonical'/>\n"
                         + ("" if m else
                            f"<link rel=\"alternate\" media=\"only screen and (max-width: 640px)\" "
                            f"href=\"{attr(self.canonical_url(a))}?m=1\">\n")
                         + 
                         f"<meta content='{attr(self.canonical_url(a))}' property='og:url'/>\n"
                         f"<meta content='{attr(a.title)}' property='og:title'/>\n"
                         f"<meta content='{attr(a.lead[:150])}' property='og:description'/>\n")
        viewport = ("<meta content='width=device-width,initial-scale=1.0,minimum-scale=1.0,maximum-scale=1.0' name='viewport'/>"
                    if m else "<meta content='width=1100' name='viewport'/>")
        mobile_footer = ""
        if m:
            web = (self.canonical_url(a) + "?m=0") if a is not None else self.base + "/?m=0"
            mobile_footer = (f"<div class='mobile-link-button' id='mobile-desktop-link'>"
                             f"<a class='home-link' href='{attr(web)}'>Ver versión web</a></div>")
        return f'''<!DOCTYPE html>
<html class='v2{" mobile" if m else ""}' dir='ltr' lang='es' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head>
{viewport}
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='{self.base}/favicon.ico' rel='icon' type='image/x-icon'/>
{canonical}<link rel="alternate" type="application/atom+xml" title="Crónica Llanera - Atom" href="{self.base}/feeds/posts/default" />
<link rel="alternate" type="application/rss+xml" title="Crónica Llanera - RSS" href="{self.base}/feeds/posts/default?alt=rss" />
<link rel="service.post" type="application/atom+xml" title="Crónica Llanera - Atom" href="https://www.blogger.example/feeds/{BLOG_ID}/posts/default" />
{head_extra}<title>{esc(title)}</title>
<link type='text/css' rel='stylesheet' href='{self.base}/static/widget_css_bundle.css' />
<style id='page-skin-1' type='text/css'>body{{font:normal normal 14px Georgia, Utopia, 'Palatino Linotype', Palatino, serif;color:#333;background:#f5f1e8}}
.date-header span{{letter-spacing:.1em;text-transform:uppercase;color:#876}}.post-title{{font-size:24px}}
.related-posts .related-item{{display:inline-block;width:30%;vertical-align:top}}.especial-cargando .spinner{{width:32px;height:32px;border:4px solid #ccc;border-top-color:#a33;border-radius:50%}}</style>
</head>
<body class='loading{" mobile" if m else ""}'>
<div class='navbar section' id='navbar' name='Barra de navegación'><div class='widget Navbar' data-version='1' id='Navbar1'></div></div>
<div class='body-fauxcolumns'></div>
<div class='content'><div class='content-outer'><div class='content-inner'>
<header><div class='header-outer'><div class='header section' id='header'><div class='widget Header' data-version='1' id='Header1'>
<div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='{attr(self.href("/", m))}'>Crónica Llanera</a></h1></div>
<div class='descriptionwrapper'><p class='description'><span>Noticias de Venezuela y de los venezolanos en el mundo</span></p></div></div></div></div></div></header>
<div class='tabs-outer'><div class='tabs section' id='crosscol'><div class='widget PageList' data-version='1' id='PageList1'><div class='widget-content'><ul>
<li class='selected'><a href='{attr(self.href("/", m))}'>Inicio</a></li>
<li><a href='{self.base}/search/label/Pol%C3%ADtica'>Política</a></li><li><a href='{self.base}/search/label/Econom%C3%ADa'>Economía</a></li><li><a href='{self.base}/search/label/Deportes'>Deportes</a></li></ul></div></div></div></div>
<div class='main-outer'><div class='main-inner columns-cell'><div class='columns fauxcolumns'>
<div class='column-center-outer'><div class='column-center-inner'><div class='main section' id='main'>
<div class='widget Blog' data-version='1' id='Blog1'>
{main}
</div></div></div></div>
<div class='column-right-outer'>{self.sidebar(E, m)}</div>
</div></div></div>
<footer><div class='footer-outer'><div class='foot section' id='footer-1'><div class='widget Attribution' data-version='1' id='Attribution1'><div class='widget-content' style='text-align: center;'>Tema Sencillo. Con la tecnología de <a href='https://www.blogger.example' target='_blank'>Blogger</a>.</div></div></div>{mobile_footer}</div></footer>
</div></div></div>
</body>
</html>
'''

    def body_html(self, E: Edition, a: Article, m: bool) -> str:
        lead = f"<b>{esc(a.lead)}</b>"
        parts = []
        for i, p in enumerate(a.paras):
            text = esc(p)
            if a.aid == "b4" and "la caída de los ingresos petroleros" in p:
                # a link pasted from Facebook, click id and all
                text = text.replace("la caída de los ingresos petroleros",
                                    f"<a href=\"{attr(self.canonical_url(E.articles['b3']))}?fbclid=IwAR2kT9xQv0cLlaneraZ7uYw3\">"
                                    "la caída de los ingresos petroleros</a>")
            if a.aid == "b8" and "largas colas en Caracas" in p and "b3" in E.articles:
                # a prose link, pasted from a phone: the mobile spelling of the other post
                text = text.replace("largas colas en Caracas",
                                    f"<a href=\"{attr(self.canonical_url(E.articles['b3']))}?m=1\">largas colas en Caracas</a>")
            parts.append(text)
        if a.aid in DIVSTYLE:
            html_ = (f"<div>{lead}</div><div><br /></div><a name='more'></a>" +
                     "<div><br /></div>".join(f"<div>{t}</div>" for t in parts))
        else:
            html_ = (f"<p>{lead}</p>\n<a name='more'></a>\n" +
                     "\n".join(f"<p>{t}</p>" for t in parts))
        if a.extra["inbody"]:
            lis = "".join(f"<li><a href=\"{attr(self.href(E.articles[r].path, m))}\">"
                          f"{esc(E.articles[r].title)}</a></li>" for r in a.extra["inbody"])
            html_ += f"\n<p><b>Noticias relacionadas:</b></p>\n<ul>{lis}</ul>"
        return html_

    def shell_body(self, E: Edition, a: Article) -> str:
        views = next(self.counter) + self.rnd.randint(1, 9)
        data = {"titulo": a.title, "entradilla": a.lead, "parrafos": a.paras, "vistas": views,
                "actualizado": iso(a.modified or a.published, CARACAS),
                "mapa": [{"zona": "Chacao", "espera_horas": 5.2}, {"zona": "Catia", "espera_horas": 9.1},
                         {"zona": "El Valle", "espera_horas": 7.4}]}
        blob = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
        return f'''<div class='especial-cabecera'><span class='contador-visitas'>{views} lecturas</span></div>
<div class='especial' id='especial-colas'><div class='especial-cargando'><div class='spinner'></div><span>Cargando especial interactivo…</span></div></div>
<script type='text/javascript'>
var especialData = {blob};
(function () {{
  var d = especialData, box = document.getElementById('especial-colas');
  var html = '<p class="especial-entradilla"><b>' + d.entradilla + '</b></p>';
  for (var i = 0; i < d.parrafos.length; i++) {{ html += '<p>' + d.parrafos[i] + '</p>'; }}
  html += '<table class="especial-tabla"><tr><th>Zona</th><th>Espera (horas)</th></tr>';
  for (var j = 0; j < d.mapa.length; j++) {{ html += '<tr><td>' + d.mapa[j].zona + '</td><td>' + d.mapa[j].espera_horas + '</td></tr>'; }}
  html += '</table><div class="especial-vistas">' + d.vistas + ' lecturas</div>';
  box.innerHTML = html;
}})();
</script>'''

    def post_block(self, E: Edition, a: Article, m: bool, full: bool) -> str:
        pid = a.extra["post_id"]
        url = self.href(a.path, m)
        if a.shell and full:
            body = self.shell_body(E, a)
        elif full:
            body = self.body_html(E, a, m)
        else:
            body = (f"<p><b>{esc(a.lead)}</b></p>\n<div class='jump-link'>"
                    f"<a href='{attr(url)}#more' title='{attr(a.title)}'>Leer más »</a></div>")
        labels = ", ".join(f"<a href='{self.base}/search/label/{quote(lab)}' rel='tag'>{esc(lab)}</a>"
                           for lab in a.extra["labels"])
        ncom = a.extra["comments"]
        comlink = (f"<a class='comment-link' href='{attr(url)}#comment-form' onclick=''>"
                   f"{ncom} comentarios:</a>" if ncom else
                   f"<a class='comment-link' href='{attr(url)}#comment-form' onclick=''>No hay comentarios:</a>")
        t = a.published.astimezone(CARACAS)
        return f'''<div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='{self.base}/static/thumb.png' itemprop='image_url'/>
<meta content='{BLOG_ID}' itemprop='blogId'/>
<meta content='{pid}' itemprop='postId'/>
<a name='{pid}'></a>
<h3 class='post-title entry-title' itemprop='name'>
{esc(a.title) if full else f"<a href='{attr(url)}'>{esc(a.title)}</a>"}
</h3>
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-{pid}' itemprop='description articleBody'>
{body}
<div style='clear: both;'></div>
</div>
<div class='post-footer'>
<div class='post-footer-line post-footer-line-1'>
<span class='post-author vcard'>Publicado por <span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'><span itemprop='name'>{esc(a.author)}</span></span></span>
<span class='post-timestamp'>en <meta content='{attr(self.canonical_url(a))}' itemprop='url'/><a class='timestamp-link' href='{attr(url)}' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='{iso(a.published, CARACAS)}'>{t:%H:%M}</abbr></a></span>
<span class='post-comment-link'>{comlink}</span>
<div class='post-share-buttons goog-inline-block'>
<a class='goog-inline-block share-button sb-email' href='https://www.blogger.example/share-post.g?blogID={BLOG_ID}&amp;postID={pid}&amp;target=email' target='_blank' title='Enviar por correo electrónico'><span class='share-button-link-text'>Enviar por correo electrónico</span></a>
<a class='goog-inline-block share-button sb-twitter' href='https://www.blogger.example/share-post.g?blogID={BLOG_ID}&amp;postID={pid}&amp;target=twitter' target='_blank' title='Compartir en X'><span class='share-button-link-text'>Compartir en X</span></a>
<a class='goog-inline-block share-button sb-facebook' href='https://www.blogger.example/share-post.g?blogID={BLOG_ID}&amp;postID={pid}&amp;target=facebook' target='_blank' title='Compartir con Facebook'><span class='share-button-link-text'>Compartir con Facebook</span></a>
</div></div>
<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Etiquetas: {labels}</span></div>
</div>
</div>
</div>'''

    def related_block(self, E: Edition, a: Article) -> str:
        rel = a.extra["template_related"]
        if not rel:
            return ""
        items = []
        for r in rel:
            b = E.articles[r]
            d = b.published.astimezone(CARACAS)
            items.append(f"<div class='related-item'><a class='related-link' href='{attr(self.canonical_url(b))}'>"
                         f"<img alt='' class='related-thumb' src='{self.base}/static/thumb.png'/>"
                         f"<span class='related-item-title'>{esc(b.title)}</span></a>"
                         f"<span class='related-date'>{d:%d/%m/%Y}</span></div>")
        return (f"<div class='related-posts' id='related-posts'><h4 class='related-title'>Entradas relacionadas</h4>"
                f"{''.join(items)}<div style='clear:both'></div></div>")

    def comments_block(self, a: Article, m: bool) -> str:
        coms = self.comment_ids(a)
        url = self.href(a.path, False)
        items = []
        for i, (cid, ms, when) in enumerate(coms):
            d = when.astimezone(CARACAS)
            stamp = f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}, {d:%H:%M}"
            link = f"{url}?showComment={ms}" + ("&m=1" if m else "") + f"#c{cid}"
            items.append(f"<li class='comment' id='c{cid}'><div class='avatar-image-container'><img src='{self.base}/static/avatar.png'/></div>"
                         f"<div class='comment-block'><div class='comment-header'><cite class='user'>{esc(COMMENTERS[i % 6])}</cite>"
                         f"<span class='icon user'></span><span class='datetime secondary-text'><a rel='nofollow' href='{attr(link)}'>{stamp}</a></span></div>"
                         f"<p class='comment-content'>{esc(COMMENT_TEXT[i % 6])}</p>"
                         f"<span class='comment-actions secondary-text'><a class='comment-reply' target='_self' data-comment-id='{cid}'>Responder</a></span></div></li>")
        n = len(coms)
        head = f"{n} comentarios:" if n else "No hay comentarios:"
        return f'''<div class='comments' id='comments'>
<a name='comments'></a>
<h4>{head}</h4>
<div class='comments-content'><div id='comment-holder'><div class='comment-thread toplevel-thread'><ol id='top-ra'>{"".join(items)}</ol></div></div></div>
<p class='comment-footer'><div class='comment-form'><a name='comment-form'></a><h4 id='comment-post-message'>Publicar un comentario</h4>
<a href='https://www.blogger.example/comment/frame/{BLOG_ID}?po={a.extra["post_id"]}&amp;hl=es' id='comment-editor-src'></a></div></p>
</div>'''

    def pager(self, E: Edition, a: Article, m: bool) -> str:
        order = E.sorted()
        i = [x.aid for x in order].index(a.aid)
        newer = order[i - 1] if i > 0 else None
        older = order[i + 1] if i + 1 < len(order) else None
        s = "<div class='blog-pager' id='blog-pager'>"
        if newer:
            s += (f"<span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='{attr(self.href(newer.path, m))}' "
                  f"id='Blog1_blog-pager-newer-link' title='Entrada más reciente'>Entrada más reciente</a></span>")
        if older:
            s += (f"<span id='blog-pager-older-link'><a class='blog-pager-older-link' href='{attr(self.href(older.path, m))}' "
                  f"id='Blog1_blog-pager-older-link' title='Entrada antigua'>Entrada antigua</a></span>")
        s += f"<a class='home-link' href='{attr(self.href('/', m))}'>Página principal</a></div>"
        s += (f"<div class='post-feeds'><div class='feed-links'>Suscribirse a: <a class='feed-link' "
              f"href='{self.base}/feeds/{a.extra['post_id']}/comments/default' target='_blank' "
              f"type='application/atom+xml'>Enviar comentarios (Atom)</a></div></div>")
        return s

    def post_page(self, E: Edition, a: Article, m: bool) -> str:
        main = (f"<div class='blog-posts hfeed'>\n<div class='date-outer'>\n"
                f"<h2 class='date-header'><span>{es_date(a.published)}</span></h2>\n"
                f"<div class='date-posts'>\n{self.post_block(E, a, m, True)}\n"
                f"{'' if m else self.related_block(E, a)}\n{self.comments_block(a, m)}\n"
                f"</div></div></div>\n{self.pager(E, a, m)}")
        return self.frame(E, f"Crónica Llanera: {a.title}", main, a, m)

    def listing(self, E: Edition, route: Route) -> Response:
        m = route.info.get("m", False)
        page = route.info["page"]
        arts = E.sorted()
        if page == "archive":
            arts = [a for a in arts if a.path.startswith(route.info["month"])]
            full = False
        elif page == "search":
            arts = arts[:7]
            full = False
        else:
            arts = arts[:7]
            full = False
        blocks = []
        last_day = None
        for a in arts:
            day = es_date(a.published)
            if day != last_day:
                if last_day is not None:
                    blocks.append("</div></div>")
                blocks.append(f"<div class='date-outer'><h2 class='date-header'><span>{day}</span></h2><div class='date-posts'>")
                last_day = day
            blocks.append(self.post_block(E, a, m, full))
        if last_day is not None:
            blocks.append("</div></div>")
        older = ""
        if page == "home" and len(E.articles) > 7:
            upto = iso(arts[-1].published, CARACAS)
            older = (f"<div class='blog-pager' id='blog-pager'><span id='blog-pager-older-link'>"
                     f"<a class='blog-pager-older-link' href='{self.base}/search?updated-max={quote(upto)}&amp;max-results=7' "
                     f"title='Entradas antiguas'>Entradas antiguas</a></span></div>")
        main = f"<div class='blog-posts hfeed'>{''.join(blocks)}</div>{older}"
        lastmod = max((a.modified or a.published) for a in E.articles.values())
        return Response(200, self.frame(E, "Crónica Llanera", main, None, m).encode(), lastmod=lastmod)

    def feed(self, E: Edition, route: Route) -> Response:
        lastmod = max((a.modified or a.published) for a in E.articles.values())
        if "comments" in route.info:
            a = E.articles[route.info["comments"]]
            ents = []
            for i, (cid, ms, when) in enumerate(self.comment_ids(a)):
                link = f"{self.canonical_url(a)}?showComment={ms}#c{cid}"
                ents.append(f"<entry><id>tag:blogger.com,1999:blog-{BLOG_ID}.post-{cid}</id>"
                            f"<published>{iso(when, CARACAS)}</published><updated>{iso(when, CARACAS)}</updated>"
                            f"<title type='text'>{esc(COMMENT_TEXT[i % 6])}</title>"
                            f"<content type='html'>{esc(COMMENT_TEXT[i % 6])}</content>"
                            f"<link rel='alternate' type='text/html' href='{attr(link)}' title=''/>"
                            f"<author><name>{esc(COMMENTERS[i % 6])}</name></author></entry>")
            body = (f"<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
                    f"<id>tag:blogger.com,1999:blog-{BLOG_ID}.post{a.extra['post_id']}..comments</id>"
                    f"<updated>{iso(lastmod, CARACAS)}</updated><title type='text'>Comentarios de {esc(a.title)}</title>"
                    f"{''.join(ents)}</feed>")
            return Response(200, body.encode(), "application/atom+xml; charset=UTF-8", lastmod=lastmod)
        arts = E.sorted()
        if route.info.get("alt") == "rss":
            from .common import rfc822
            items = "".join(
                f"<item><guid isPermaLink='false'>tag:blogger.com,1999:blog-{BLOG_ID}.post-{a.extra['post_id']}</guid>"
                f"<pubDate>{rfc822(a.published)}</pubDate>"
                + "".join(f"<category domain='http://www.blogger.com/atom/ns#'>{esc(lab)}</category>" for lab in a.extra["labels"])
                + f"<title>{esc(a.title)}</title><description>{esc(esc(a.lead))}</description>"
                f"<link>{esc(self.canonical_url(a))}</link><author>noreply@blogger.example ({esc(a.author)})</author></item>"
                for a in arts)
            body = (f"<?xml version='1.0' encoding='UTF-8'?><rss xmlns:atom='http://www.w3.org/2005/Atom' version='2.0'>"
                    f"<channel><atom:id>tag:blogger.com,1999:blog-{BLOG_ID}</atom:id><lastBuildDate>{rfc822(lastmod)}</lastBuildDate>"
                    f"<title>Crónica Llanera</title><description>Noticias de Venezuela y de los venezolanos en el mundo</description>"
                    f"<link>{self.base}/</link><generator>Blogger</generator>{items}</channel></rss>")
            return Response(200, body.encode(), "application/rss+xml; charset=UTF-8", lastmod=lastmod)
        ents = []
        for a in arts:
            content = "<p><b>" + esc(a.lead) + "</b></p>" + "".join("<p>" + esc(p) + "</p>" for p in a.paras)
            if a.shell:
                content = "<p><b>" + esc(a.lead) + "</b></p><p>Especial interactivo: ábrelo en el blog.</p>"
            cats = "".join(f"<category scheme='http://www.blogger.com/atom/ns#' term='{attr(lab)}'/>" for lab in a.extra["labels"])
            ents.append(
                f"<entry><id>tag:blogger.com,1999:blog-{BLOG_ID}.post-{a.extra['post_id']}</id>"
                f"<published>{iso(a.published, CARACAS)}</published>"
                f"<updated>{iso(a.modified or a.published, CARACAS)}</updated>{cats}"
                f"<title type='text'>{esc(a.title)}</title><content type='html'>{esc(content)}</content>"
                f"<link rel='replies' type='application/atom+xml' href='{self.base}/feeds/{a.extra['post_id']}/comments/default' title='Enviar comentarios'/>"
                f"<link rel='edit' type='application/atom+xml' href='https://www.blogger.example/feeds/{BLOG_ID}/posts/default/{a.extra['post_id']}'/>"
                f"<link rel='self' type='application/atom+xml' href='https://www.blogger.example/feeds/{BLOG_ID}/posts/default/{a.extra['post_id']}'/>"
                f"<link rel='alternate' type='text/html' href='{attr(self.canonical_url(a))}' title='{attr(a.title)}'/>"
                f"<author><name>{esc(a.author)}</name><uri>https://www.blogger.example/profile/04412</uri></author>"
                f"<thr:total>{a.extra['comments']}</thr:total></entry>")
        body = (f"<?xml version='1.0' encoding='UTF-8' standalone='no'?><feed xmlns='http://www.w3.org/2005/Atom' "
                f"xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' xmlns:blogger='http://schemas.google.com/blogger/2008' "
                f"xmlns:georss='http://www.georss.org/georss' xmlns:gd='http://schemas.google.com/g/2005' xmlns:thr='http://purl.org/syndication/thread/1.0'>"
                f"<id>tag:blogger.com,1999:blog-{BLOG_ID}</id><updated>{iso(lastmod, CARACAS)}</updated>"
                f"<title type='text'>Crónica Llanera</title><subtitle type='html'>Noticias de Venezuela y de los venezolanos en el mundo</subtitle>"
                f"<link rel='http://schemas.google.com/g/2005#feed' type='application/atom+xml' href='{self.base}/feeds/posts/default'/>"
                f"<link rel='self' type='application/atom+xml' href='{self.base}/feeds/posts/default'/>"
                f"<link rel='alternate' type='text/html' href='{self.base}/'/>"
                f"<author><name>Crónica Llanera</name></author><generator version='7.00' uri='https://www.blogger.example'>Blogger</generator>"
                f"<openSearch:totalResults>{len(arts)}</openSearch:totalResults><openSearch:startIndex>1</openSearch:startIndex>"
                f"<openSearch:itemsPerPage>25</openSearch:itemsPerPage>{''.join(ents)}</feed>")
        return Response(200, body.encode(), "application/atom+xml; charset=UTF-8", lastmod=lastmod)

    def sitemap(self, E: Edition, index: bool) -> Response:
        lastmod = max((a.modified or a.published) for a in E.articles.values())
        if index:
            body = (f"<?xml version='1.0' encoding='UTF-8'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
                    f"<sitemap><loc>{self.base}/sitemap.xml?page=1</loc></sitemap></sitemapindex>")
        else:
            urls = "".join(f"<url><loc>{esc(self.canonical_url(a))}</loc><lastmod>{iso(a.modified or a.published, CARACAS)}</lastmod></url>"
                           for a in E.sorted())
            body = (f"<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
                    f"{urls}</urlset>")
        return Response(200, body.encode(), "application/xml; charset=UTF-8", lastmod=lastmod)

    def seeds(self) -> str:
        return f'''[[site]]
name = "{self.name}"
base_url = "{self.base}"
source = "Crónica Llanera"
start_urls = ["/"]
feeds = ["/feeds/posts/default"]
sitemaps = ["/sitemap.xml"]
article_patterns = ['^/\\d{{4}}/\\d{{2}}/[a-z0-9-]+\\.html']
listing_patterns = ['^/$', '^/\\d{{4}}/\\d{{2}}/$']
allow_networks = ["127.0.0.1/32"]
language = "es"
date_order = "DMY"
rate = 200
concurrency = 8
max_depth = 6
max_pages = 400
'''


ROBOTS = """User-agent: Mediapartners-Google
Disallow: 

User-agent: *
Disallow: /search
Allow: /

Sitemap: BASE/sitemap.xml
"""

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d4944415478da6364f8cf000000030101007a5e1e3d0000000049454e44ae426082")
