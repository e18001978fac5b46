"""El Diario del Lago: a legacy Spanish-language PHP site in Maracaibo (UTC-04:00, no DST).

Table layout from the early 2000s, windows-1252 declared in a <meta http-equiv> only (the HTTP
header says text/html without a charset), relative links (nota.php?id=N), dates only in
visible text as DD/MM/YYYY (no metadata at all, apart from a rel=canonical added later by the
webmaster), a "Noticias relacionadas" list with dates, the site-wide "Lo más leído" box right
after it (its links carry &ref=masleido) and a site-wide "Últimas noticias" column, a print
view (imprimir.php?id=N), a read counter ("leída N veces") and a "página generada" timestamp in
the footer. Last-Modified only, no ETag.
"""

from __future__ import annotations

from .common import (GIF, Article, Outlet, Resp, dmy, es_long_date, esc, image, local, not_found,
                     split_target)

SECTIONS = {"regionales": "Regionales", "nacionales": "Nacionales", "economia": "Economía",
            "deportes": "Deportes"}


def _hora(ts):
    d = local(ts, -240)
    return "%d:%02d %s" % ((d.hour % 12) or 12, d.minute, "a.m." if d.hour < 12 else "p.m.")


class Legacy(Outlet):
    name = "diariodellago"
    cms = "legacy-php"
    language = "es"
    source = "El Diario del Lago"
    tz = -240
    send_etag = False
    encoding = "cp1252"
    server_header = "Apache/2.2.22 (Debian)"
    extra_headers = {"X-Powered-By": "PHP/5.4.45-0+deb7u14"}

    def build(self):
        A = Article
        arts = [
            A("L1", "", "Apagón deja sin luz a cinco municipios del Zulia",
              "La falla afectó a Maracaibo, San Francisco, Cabimas, Lagunillas y Santa Rita durante más de seis horas",
              [
                  "Un apagón dejó sin servicio eléctrico a cinco municipios del Zulia durante más de seis horas, según informaron vecinos y autoridades regionales.",
                  "La interrupción comenzó poco después de las siete de la noche y afectó a Maracaibo, San Francisco, Cabimas, Lagunillas y Santa Rita. En varios sectores el servicio regresó de manera intermitente hasta la madrugada.",
                  "Comerciantes del centro de Maracaibo denunciaron pérdidas por la descomposición de alimentos refrigerados. En el Hospital Universitario funcionaron las plantas de emergencia, de acuerdo con el personal de guardia.",
                  "Vecinos de La Limpia y Sabaneta salieron a las calles con cacerolas para protestar por la falta de información. Corpoelec no había ofrecido una explicación oficial al cierre de esta edición.",
                  "Los zulianos han sufrido cortes frecuentes desde 2019, cuando un apagón nacional dejó al estado sin luz durante casi una semana.",
              ],
              hours=13, section="regionales", author="Redacción", related=["L3"],
              paras2=[
                  "Un apagón dejó sin servicio eléctrico a cinco municipios del Zulia durante más de seis horas, según informaron vecinos y autoridades regionales.",
                  "La interrupción comenzó poco después de las siete de la noche y afectó a Maracaibo, San Francisco, Cabimas, Lagunillas y Santa Rita. En varios sectores el servicio regresó de manera intermitente hasta la madrugada.",
                  "Comerciantes del centro de Maracaibo denunciaron pérdidas por la descomposición de alimentos refrigerados. En el Hospital Universitario funcionaron las plantas de emergencia, de acuerdo con el personal de guardia.",
                  "Vecinos de La Limpia y Sabaneta salieron a las calles con cacerolas para protestar por la falta de información. Corpoelec no había ofrecido una explicación oficial al cierre de esta edición.",
                  "Los zulianos han sufrido cortes frecuentes desde 2019, cuando un apagón nacional dejó al estado sin luz durante casi una semana.",
                  "ACTUALIZACIÓN: Corpoelec informó que el servicio fue restablecido en los cinco municipios y atribuyó el apagón a una falla en la subestación El Tablazo. La empresa pidió a los usuarios reportar cualquier nueva interrupción.",
              ],
              mod_hours2=20 / 60),
            A("L2", "", "Zulianos celebran con cautela la salida de Maduro",
              "Caravanas en la avenida Bella Vista e incertidumbre en los mercados populares",
              [
                  "Cientos de zulianos salieron a la avenida Bella Vista para celebrar la detención de Nicolás Maduro, mientras otros permanecieron en sus casas a la espera de noticias sobre el rumbo del país.",
                  "Caravanas de vehículos recorrieron la ciudad con banderas y bocinas hasta entrada la noche. Funcionarios policiales vigilaron las principales plazas sin que se reportaran incidentes graves.",
                  "En los mercados populares el ambiente era de incertidumbre. Varios comerciantes dijeron que temen nuevas alzas de precios y escasez de gasolina si la transición se complica.",
                  "Dirigentes de partidos de oposición en la región pidieron calma y anunciaron asambleas en los municipios para discutir la convocatoria a elecciones.",
                  "La Arquidiócesis de Maracaibo convocó a una misa por la paz en la Basílica de Chiquinquirá.",
              ],
              hours=25, section="nacionales", author="María Fernanda Urdaneta", related=["L8"]),
            A("L3", "", "Corpoelec atribuye el apagón a una falla en la subestación El Tablazo",
              "La empresa asegura que el sistema opera con normalidad; ingenieros advierten sobre nuevas fallas",
              [
                  "La Corporación Eléctrica Nacional atribuyó el apagón que afectó a cinco municipios zulianos a una falla en un transformador de la subestación El Tablazo, en la costa oriental del lago.",
                  "En un comunicado, la empresa aseguró que cuadrillas técnicas trabajaron durante toda la noche para sustituir el equipo dañado y que el sistema opera con normalidad.",
                  "Ingenieros consultados por este diario señalaron que la subestación tiene más de cuarenta años y que no ha recibido el mantenimiento necesario. Advirtieron que nuevas fallas son probables durante los meses de mayor consumo.",
                  "El gobernador del estado pidió a Corpoelec un plan de inversiones y anunció que la gobernación comprará dos transformadores de respaldo.",
                  "Mientras tanto, gremios empresariales de Maracaibo solicitaron que se les informe con antelación sobre cualquier racionamiento programado.",
              ],
              hours=10, section="regionales", author="Redacción", related=["L1"]),
            A("L4", "", "Pescadores denuncian nuevo derrame de crudo en el lago",
              "La mancha se extendió por más de tres kilómetros frente a Cabimas y Santa Rita",
              [
                  "Pescadores de la costa oriental del lago de Maracaibo denunciaron un nuevo derrame de petróleo que cubrió de crudo varias playas de Cabimas y Santa Rita.",
                  "Según los afectados, la mancha apareció frente al muelle de Punta Icotea y se extendió durante la noche por más de tres kilómetros. Las redes y los botes quedaron impregnados de petróleo.",
                  "La asociación de pescadores estimó que unas cuatrocientas familias no podrán trabajar durante al menos dos semanas. Exigieron a la industria petrolera la limpieza inmediata y una compensación.",
                  "Ambientalistas de la Universidad del Zulia recordaron que en el fondo del lago hay miles de kilómetros de tuberías antiguas que no reciben mantenimiento desde hace años.",
                  "Hasta el cierre de esta edición, las autoridades no habían informado sobre el origen de la fuga.",
              ],
              hours=34, section="regionales", author="José Gregorio Paz", related=["L7"]),
            A("L5", "", "Comerciantes del centro de Maracaibo reportan caída de ventas",
              "Locales de ropa y calzado reducen horarios; la Cámara de Comercio pide rebaja de impuestos",
              [
                  "Los comerciantes del casco central de Maracaibo aseguran que sus ventas cayeron alrededor de un 30% en las últimas semanas, debido a la pérdida de poder adquisitivo y a la incertidumbre política.",
                  "En la calle Carabobo y en los alrededores de la plaza Baralt, varios locales de ropa y calzado redujeron su horario de atención para ahorrar costos. Algunos dueños dijeron que evalúan cerrar.",
                  "La Cámara de Comercio de Maracaibo pidió a las autoridades municipales una rebaja temporal de impuestos y un plan para recuperar el alumbrado y la seguridad de la zona.",
                  "Los vendedores informales, en cambio, reportan un movimiento estable gracias a los precios más bajos de su mercancía.",
                  "Economistas de la región prevén que el consumo se recupere lentamente a partir del segundo trimestre.",
              ],
              hours=21, section="economia", author="Redacción", related=["L9", "L7"],
              extra={"fbclid": {"L9": "IwAR2xK9dLq0v7Zp3mYt"}}),
            A("L6", "", "Águilas del Zulia anuncian a su nuevo mánager",
              "Rafael Chourio dirigirá al equipo rapaz en la próxima temporada",
              [
                  "La directiva de las Águilas del Zulia anunció la contratación de Rafael Chourio como mánager del equipo para la próxima temporada de la Liga Venezolana de Béisbol Profesional.",
                  "Chourio, de 52 años, dirigió durante cuatro temporadas en las ligas menores de Estados Unidos y fue coach de banca del conjunto rapaz en su último título.",
                  "En rueda de prensa en el estadio Luis Aparicio, el nuevo mánager prometió un equipo agresivo en las bases y dijo que confía en el talento joven de la organización.",
                  "La gerencia deportiva informó que la pretemporada comenzará en septiembre y que se anunciarán nuevos refuerzos importados en las próximas semanas.",
                  "La afición rojinegra recibió la noticia con entusiasmo en las redes sociales.",
              ],
              hours=18, section="deportes", author="Deportes", related=["L9"], related2=["L10", "L9"]),
            A("L7", "", "Reabren el puente sobre el lago tras trabajos de mantenimiento",
              "El puente General Rafael Urdaneta vuelve a funcionar en ambos sentidos",
              [
                  "El puente General Rafael Urdaneta fue reabierto al tránsito en ambos sentidos tras diez días de trabajos de mantenimiento en las juntas de dilatación y el asfaltado.",
                  "Durante las obras, los conductores tuvieron que esperar hasta dos horas para cruzar, ya que solo funcionaba un canal en cada dirección. El servicio de chalanas entre Maracaibo y Santa Rita se reforzó para aliviar el congestionamiento.",
                  "La gobernación informó que se sustituyeron 48 juntas y se repararon las barandas en varios tramos. La inversión no fue revelada.",
                  "Ingenieros recordaron que el puente, inaugurado en 1962, necesita una rehabilitación completa de sus pilas y del sistema de iluminación.",
                  "Los transportistas celebraron la reapertura, pero pidieron que se mantenga la vigilancia policial en la zona para evitar robos.",
              ],
              hours=28, section="regionales", author="Redacción", related=["L4", "L5"]),
            A("L8", "", "Venezolanos en el exterior preguntan cómo regresar tras la caída de Maduro",
              "Fundaciones reciben miles de consultas sobre pasaportes y pasajes terrestres",
              [
                  "Las consultas de venezolanos residentes en Colombia, Perú y Chile sobre trámites para regresar al país se multiplicaron desde la detención de Nicolás Maduro, según organizaciones que atienden a migrantes.",
                  "La Fundación Puente Zuliano, con sede en Maracaibo, informó que recibió más de dos mil mensajes en tres días. La mayoría pregunta por la validez de los pasaportes vencidos y por el costo de los pasajes terrestres.",
                  "Los pasos fronterizos de Paraguachón y Guarero registraron un aumento moderado de entradas, aunque sin las filas de años anteriores. Las autoridades de migración colombianas no reportaron cambios en los controles.",
                  "Especialistas advierten que un retorno masivo dependerá de la recuperación de servicios básicos como la electricidad, el agua y la atención médica.",
                  "Familias que ya regresaron relataron a este diario que encontraron sus casas en buen estado, pero sin empleo para los jóvenes.",
              ],
              hours=6, section="nacionales", author="María Fernanda Urdaneta", related=["L2"]),
            A("L9", "", "La Universidad del Zulia retoma las clases presenciales",
              "Laboratorios sin equipos y transporte reducido marcan el regreso a las aulas",
              [
                  "La Universidad del Zulia retomó las clases presenciales en todas sus facultades tras casi dos años de actividades mayormente a distancia.",
                  "Estudiantes y profesores llegaron desde temprano a la Ciudad Universitaria, donde se realizaron jornadas de limpieza y reparación de aulas durante las vacaciones.",
                  "El rector reconoció que muchos laboratorios siguen sin equipos y que el transporte universitario funciona con apenas diez unidades. Pidió apoyo al Gobierno regional y a las empresas privadas.",
                  "Los gremios profesorales insistieron en que los salarios siguen siendo insuficientes y anunciaron que evaluarán nuevas medidas de protesta.",
                  "Aun así, la mayoría de los estudiantes consultados dijo sentirse contenta de volver a las aulas.",
              ],
              hours=2, section="regionales", author="Redacción", related=["L5", "L6"]),
            A("L10", "", "Chourio debuta con victoria de las Águilas ante Cardenales",
              "El conjunto zuliano ganó 5 a 3 en el primer juego de exhibición",
              [
                  "Las Águilas del Zulia vencieron 5 carreras por 3 a los Cardenales de Lara en el primer juego de exhibición bajo la dirección de Rafael Chourio.",
                  "El jardinero Jesús Ferrer conectó un cuadrangular de dos carreras en el sexto inning, y el bullpen rapaz retiró en orden los tres últimos episodios.",
                  "Chourio dijo al término del encuentro que el resultado es lo de menos y que su prioridad es ver en acción a los jóvenes prospectos.",
                  "El próximo compromiso será el sábado en el estadio Luis Aparicio, con entrada libre para los abonados.",
              ],
              hours=0.4, section="deportes", author="Deportes", related=["L6"], first=2),
        ]
        for a in arts:
            a.lang = "es"
        return arts

    def __init__(self, world):
        super().__init__(world)
        self.assign_numbers([4510, 4512, 4514, 4515, 4516, 4518, 4520, 4522, 4524, 4527])

    # ------------------------------------------------------------------ urls
    def path_of(self, art):
        return "/nota.php?id=%d" % art.num

    def structural_variants(self, art, ed):
        return [self.url("/imprimir.php?id=%d" % art.num)]

    def listing_targets(self, ed):
        return ["/", "/index.php"] + ["/seccion.php?s=%s" % s for s in SECTIONS]

    def mas_leido(self, ed):
        return ["L2", "L1", "L7", "L4", "L6"] if ed == 1 else ["L1", "L2", "L10", "L7", "L4"]

    def ultimas(self, ed):
        return [a.key for a in self.latest(ed)[:5]]

    def sitewide(self, ed):
        return [self.mas_leido(ed), self.ultimas(ed)]

    def seeds_entry(self):
        return {
            "name": self.name, "source": self.source, "start_urls": ["/"],
            "article_patterns": [r"^/nota\.php\?id=\d+"],
            "listing_patterns": [r"^/$", r"^/index\.php$", r"^/seccion\.php\?s=\w+$"],
            "language": "es", "date_order": "DMY", "fallback_encoding": "cp1252",
        }

    # ------------------------------------------------------------------ routing
    def _encode(self, text, art=None, lm=None, cacheable=True):
        return Resp(200, text.encode("cp1252"), "text/html", art=art, lm=lm, cacheable=cacheable)

    def route(self, target, ed):
        path, query, q = split_target(target)
        live = {a.num: a for a in self.live(ed)}
        if path in ("/", "/index.php"):
            return self._encode(self._home(ed), lm=self.world.t0 - 120)
        if path == "/seccion.php" and q.get("s") in SECTIONS:
            return self._encode(self._section(q["s"], ed), lm=self.world.t0 - 120)
        if path in ("/nota.php", "/imprimir.php"):
            try:
                a = live[int(q.get("id", ""))]
            except (ValueError, KeyError):
                return Resp(404, self._error(ed).encode("cp1252"), "text/html", cacheable=False)
            body = self._nota(a, ed) if path == "/nota.php" else self._imprimir(a, ed)
            return self._encode(body, art=a, lm=self.last_change(a, ed))
        if path == "/robots.txt":
            return Resp(200, b"User-agent: *\nDisallow: /admin/\nDisallow: /cgi-bin/\nDisallow: /buscar.php\n",
                        "text/plain")
        if path == "/buscar.php":
            return self._encode('<html><head><title>Búsqueda</title></head><body><form action="buscar.php">'
                                '<input name="q"></form></body></html>', cacheable=False)
        if path.startswith("/admin"):
            return self._encode("<html><head><title>Acceso restringido</title></head><body>Usuario: <input name=u>"
                                "</body></html>", cacheable=False)
        if path.startswith("/img/") or path.startswith("/banners/"):
            return image(GIF, "image/gif")
        return not_found()

    # ------------------------------------------------------------------ page parts
    def _fecha(self, ts):
        return "%s | %s" % (dmy(ts, self.tz), _hora(ts))

    def _reads(self, a, ed):
        return 300 + (a.num % 97) * 13 + (211 + a.num % 7 * 17 if ed >= 2 else 0)

    def _page(self, title, center, ed, canonical=None):
        stamp = local(self.world.t0 - (120 if ed == 1 else 60), self.tz)
        ult = "".join('<tr><td class="ult"><font size="1" color="#888888">%s</font><br>'
                      '<a href="nota.php?id=%d" class="ult">%s</a></td></tr>'
                      % (_hora(self.pub(self.find(k))), self.find(k).num, esc(self.find(k).title_at(ed)))
                      for k in self.ultimas(ed))
        canon = '<link rel="canonical" href="%s">\n' % canonical if canonical else ""
        return (
            '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">\n'
            "<title>El Diario del Lago - %s</title>\n%s"
            '<style type="text/css">body{font-family:Verdana,Arial;font-size:11px}.titulo{font-size:20px;font-weight:bold}'
            ".sumario{font-size:13px;color:#444}.fecha{font-size:10px;color:#888}.ult{font-size:10px}</style>\n"
            '<script language="JavaScript" type="text/javascript">function abrir(u){window.open(u,"imprimir","width=640,height=600,scrollbars=yes");}</script>\n'
            "</head>\n"
            '<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0" marginwidth="0" marginheight="0">\n'
            '<table width="980" border="0" cellpadding="0" cellspacing="0" align="center">\n'
            '<tr><td colspan="3" bgcolor="#003366"><a href="index.php"><img src="img/logo.gif" width="300" height="60" '
            'alt="El Diario del Lago" border="0"></a> <font color="#FFFFFF" size="1">Maracaibo, %s</font></td></tr>\n'
            '<tr><td colspan="3" bgcolor="#CCCCCC"><a href="index.php">Portada</a> | %s | '
            '<a href="buscar.php?avanzada=1">Búsqueda avanzada</a></td></tr>\n'
            "<tr>\n"
            '<td width="180" valign="top" bgcolor="#F2F2F2"><table width="100%%" cellpadding="3">'
            '<tr><td bgcolor="#003366"><font color="#FFFFFF"><b>Últimas noticias</b></font></td></tr>%s</table></td>\n'
            '<td width="600" valign="top">%s</td>\n'
            '<td width="200" valign="top"><font size="1">PUBLICIDAD</font><br><img src="banners/lateral_200x400.gif" '
            'width="200" height="400" border="0" alt=""><br><br><b>Encuesta</b><form action="encuesta.php" method="post">'
            '¿Cómo califica el servicio eléctrico en su sector?<br><input type="radio" name="v" value="1"> Bueno<br>'
            '<input type="radio" name="v" value="2"> Regular<br><input type="radio" name="v" value="3"> Malo<br>'
            '<input type="submit" value="Votar"></form></td>\n'
            "</tr>\n"
            '<tr><td colspan="3" align="center" bgcolor="#EEEEEE"><font size="1">© 2001-%d El Diario del Lago. '
            "Todos los derechos reservados. Prohibida su reproducción total o parcial.<br>"
            "Página generada el %s</font></td></tr>\n"
            "</table>\n</body>\n</html>\n"
            % (esc(title), canon, es_long_date(self.world.t0, self.tz),
               " | ".join('<a href="seccion.php?s=%s">%s</a>' % (s, n) for s, n in SECTIONS.items()),
               ult, center, stamp.year, stamp.strftime("%d/%m/%Y %H:%M:%S")))

    def _mas_leido(self, ed):
        items = "".join('<li><a href="nota.php?id=%d&amp;ref=masleido">%s</a></li>'
                        % (self.find(k).num, esc(self.find(k).title_at(ed))) for k in self.mas_leido(ed))
        return ('<table width="100%%" cellpadding="4" bgcolor="#FFF8E0"><tr><td><b>Lo más leído</b>'
                "<ol>%s</ol></td></tr></table>\n" % items)

    def _relacionadas(self, a, ed):
        keys = a.related_at(ed)
        if not keys:
            return ""
        items = []
        fb = a.extra.get("fbclid", {})
        for k in keys:
            r = self.find(k)
            href = "nota.php?id=%d" % r.num + ("&amp;fbclid=%s" % fb[k] if k in fb else "")
            items.append('<li><a href="%s">%s</a> <font size="1" color="#888888">(%s)</font></li>'
                         % (href, esc(r.title_at(ed)), dmy(self.pub(r), self.tz)))
        return ('<table width="100%%" cellpadding="4"><tr><td bgcolor="#E6EEF5"><b>Noticias relacionadas</b>'
                "<ul>%s</ul></td></tr></table>\n" % "".join(items))

    def _nota(self, a, ed):
        m = self.mod(a, ed)
        paras = "".join("<p>%s</p>\n" % esc(p) for p in a.paras_at(ed))
        updated = ('<br><font class="fecha">Actualizado: %s</font>' % self._fecha(m)) if m else ""
        center = (
            '<table width="100%%" cellpadding="6" cellspacing="0">\n'
            '<tr><td><font class="antetitulo" color="#CC0000"><b>%s</b></font><br>'
            '<font class="titulo">%s</font><br><font class="sumario">%s</font><br>'
            '<font class="fecha">%s. Maracaibo, %s</font>%s</td></tr>\n'
            '<tr><td class="texto">%s</td></tr>\n'
            '<tr><td><font size="1"><a href="imprimir.php?id=%d" target="_blank" onclick="abrir(this.href);return false;">'
            'Imprimir</a> | <a href="mailto:?subject=%s">Enviar por correo</a> | Esta nota ha sido leída %s veces'
            "</font></td></tr>\n</table>\n"
            % (SECTIONS[a.section].upper(), esc(a.title_at(ed)), esc(a.summary_at(ed)), esc(a.author),
               self._fecha(self.pub(a)), updated, paras, a.num, esc(a.title_at(ed)),
               format(self._reads(a, ed), ",").replace(",", ".")))
        center += self._relacionadas(a, ed) + self._mas_leido(ed)
        return self._page(a.title_at(ed), center, ed, canonical=self.canonical(a))

    def _imprimir(self, a, ed):
        paras = "".join("<p>%s</p>\n" % esc(p) for p in a.paras_at(ed))
        m = self.mod(a, ed)
        updated = (" - Actualizado: %s" % self._fecha(m)) if m else ""
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
                "<title>%s</title>\n<link rel=\"canonical\" href=\"%s\">\n</head>\n"
                '<body onload="window.print()"><font face="Times New Roman"><b>El Diario del Lago</b><hr>'
                "<h2>%s</h2><i>%s</i><br><small>%s - %s%s</small>\n%s<hr>"
                "<small>© El Diario del Lago - %s</small></font></body></html>\n"
                % (esc(a.title_at(ed)), self.canonical(a), esc(a.title_at(ed)), esc(a.summary_at(ed)), esc(a.author),
                   self._fecha(self.pub(a)), updated, paras, self.canonical(a)))

    def _fila(self, a, ed):
        return ('<tr><td valign="top" width="70"><font size="1">%s</font></td><td><a href="nota.php?id=%d">'
                "<b>%s</b></a><br>%s</td></tr>\n" % (dmy(self.pub(a), self.tz), a.num, esc(a.title_at(ed)),
                                                     esc(a.summary_at(ed))))

    def _home(self, ed):
        posts = self.latest(ed)
        top = posts[0]
        center = ('<table width="100%%" cellpadding="6"><tr><td><font class="antetitulo" color="#CC0000"><b>%s</b></font><br>'
                  '<a href="nota.php?id=%d"><font class="titulo">%s</font></a><br><font class="sumario">%s</font></td></tr>'
                  "</table>\n" % (SECTIONS[top.section].upper(), top.num, esc(top.title_at(ed)),
                                  esc(top.summary_at(ed))))
        center += ('<table width="100%" cellpadding="4">' + "".join(self._fila(a, ed) for a in posts[1:])
                   + "</table>\n")
        center += self._mas_leido(ed)
        return self._page("Portada", center, ed)

    def _section(self, s, ed):
        posts = [a for a in self.latest(ed) if a.section == s]
        center = ('<table width="100%%" cellpadding="4"><tr><td colspan="2" bgcolor="#003366"><font color="#FFFFFF">'
                  "<b>%s</b></font></td></tr>%s</table>\n" % (SECTIONS[s].upper(),
                                                              "".join(self._fila(a, ed) for a in posts)))
        center += self._mas_leido(ed)
        return self._page(SECTIONS[s], center, ed)

    def _error(self, ed):
        return self._page("Nota no encontrada", "<p><b>La nota solicitada no existe.</b></p>", ed)
