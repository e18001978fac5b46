"""Le Courrier de l'Estuaire: a legacy Joomla! 1.5 local paper, in French.

Table layout (rhuk_milkyway-style template), `<base href>` in every page, dates only in
visible text ("Mardi, 15 Décembre 2026 10:32", local time, no zone, no metadata), SEF URLs
(/actualites/<category>/<id>-<alias>.html) plus the non-SEF spelling
(/index.php?option=com_content&view=article&id=N&catid=M&Itemid=54) served with a canonical,
print views (?tmpl=component&print=1&layout=default&page=), "Articles en relation"
(mod_related_items, <ul>, dates DD/MM/YYYY) followed right after by the site-wide
"Les plus lus" (mod_mostread) and, in the left column, "Derniers articles" (mod_latestnews).
RSS 2.0 feed at /actualites.feed?type=rss. Validators: Last-Modified only.
"""
from __future__ import annotations

from datetime import timedelta

from .common import (FR_DAYS, FR_MONTHS, PARIS, Article, attr, esc, pick_sentences, place,
                     rfc822, slugify)
from .outlet import Edition, Outlet, Response, Route

CATS = {
    "port": (12, "Port et économie"),
    "ville": (13, "Vie locale"),
    "sports": (14, "Sports"),
    "culture": (15, "Culture"),
}
ITEMID = 54

# aid: (joomla id, category, hours before start, author, title, lead, paragraphs)
A = {}
A["a8"] = (125, "ville", 34.0, "Sophie Le Bihan",
    "Le pont de l'estuaire fermé trois nuits pour des travaux de peinture",
    "La circulation sera interdite de 21 heures à 6 heures du matin pendant trois nuits consécutives.",
    ["Les équipes du département doivent repeindre les glissières et remplacer une partie des joints de dilatation. Une déviation par Nantes sera mise en place, avec un allongement du trajet d'environ quarante minutes.",
     "Les bus de nuit de la ligne 5 ne circuleront pas pendant les travaux. Un service de taxi à la demande sera proposé aux salariés des entreprises de la zone portuaire.",
     "Le département rappelle que le pont supporte chaque jour le passage de 28 000 véhicules. Une nouvelle campagne de travaux est programmée pour l'été 2027."])
A["a5"] = (126, "culture", 31.0, "Marion Jaouen",
    "Les Rencontres maritimes dévoilent leur programmation 2027",
    "Le festival accueillera quarante concerts et une flottille de vieux gréements du 3 au 6 juin.",
    ["La onzième édition des Rencontres maritimes fera la part belle aux musiques de l'Atlantique, du fado portugais aux chants de marins bretons. La programmation a été présentée vendredi à la salle des fêtes par l'équipe de bénévoles.",
     "Pour la première fois, une scène sera installée sur un ponton flottant, au pied de l'ancien phare. Les organisateurs attendent 60 000 visiteurs sur quatre jours, contre 52 000 l'an dernier.",
     "Les billets seront mis en vente le 15 janvier. Le pass quatre jours est maintenu à 45 euros, et l'accès aux quais restera gratuit.",
     "Le festival cherche encore une centaine de bénévoles pour l'accueil, la restauration et la sécurité."])
A["a6"] = (127, "sports", 28.0, "Julien Prigent",
    "Handball : le HBC Estuaire s'impose face à Nantes et reprend la tête",
    "Porté par un grand Mathis Guérin, auteur de neuf buts, le club a battu son voisin 31 à 27 samedi soir.",
    ["Le gymnase de la Brière affichait complet pour ce derby très attendu. Menés de trois buts à la pause, les joueurs de l'entraîneur Loïc Bernard ont renversé la rencontre grâce à une défense intraitable en seconde période.",
     "Le gardien Théo Lemaire a multiplié les arrêts décisifs, dont deux jets de sept mètres dans les dix dernières minutes. « C'est la victoire du collectif », a résumé le capitaine après le match.",
     "Avec cette victoire, le HBC Estuaire repasse en tête de la poule avec un point d'avance sur Angers. Le prochain match aura lieu samedi prochain à Cholet.",
     "Les supporters ont prolongé la fête jusque tard dans la nuit sur la place du Marché."])
A["a3"] = (128, "port", 26.0, "Yannick Guillou",
    "Les dockers votent une grève de 48 heures contre la réforme des horaires",
    "Réunis en assemblée générale, les ouvriers portuaires ont approuvé à une large majorité un arrêt de travail à partir du 18 décembre.",
    ["Le vote s'est tenu à main levée dans le hangar 7, devant plus de trois cents dockers et agents de maîtrise. Seule une quinzaine de mains se sont levées contre le mouvement.",
     "En cause, le projet de la direction d'étendre les plages de travail de nuit sans revalorisation de la prime correspondante. Le syndicat majoritaire estime que la réforme ferait perdre jusqu'à 180 euros par mois aux ouvriers les plus anciens.",
     "La direction se dit « ouverte à la discussion » et propose une nouvelle réunion de négociation lundi. Elle rappelle que le trafic de décembre est traditionnellement l'un des plus chargés de l'année.",
     "En 2024, un mouvement comparable avait immobilisé une quarantaine de navires pendant quatre jours et coûté, selon la chambre de commerce, près de 12 millions d'euros à l'économie locale."])
A["a4"] = (129, "ville", 22.0, "Sophie Le Bihan",
    "Le conseil municipal adopte un budget de 148 millions d'euros pour 2027",
    "Après plus de six heures de débats, la majorité a fait voter lundi soir un budget marqué par la hausse des dépenses d'investissement.",
    ["Le budget primitif prévoit 52 millions d'euros d'investissements, un niveau inédit depuis le début du mandat. La rénovation du groupe scolaire Jules-Verne et la création d'une piste cyclable le long du quai absorbent à elles seules un tiers de l'enveloppe.",
     "L'opposition a dénoncé une hausse de la taxe foncière de 2 points, « la troisième en quatre ans ». Le maire, Hervé Morvan, a répondu que la ville restait « parmi les moins chères de l'agglomération ».",
     "La piscine municipale, fermée depuis l'été, doit elle aussi être rénovée pour un montant de 9 millions d'euros. Les travaux débuteront au printemps et devraient durer dix-huit mois.",
     "Le budget a été adopté par 29 voix contre 10. Les élus écologistes se sont abstenus."])
A["a7"] = (130, "port", 19.0, "Yannick Guillou",
    "Un cargo en avarie remorqué au large, la pollution évitée",
    "Le vraquier, victime d'une panne de moteur par mer forte, a été pris en charge par un remorqueur d'intervention.",
    ["Le navire, long de 190 mètres et chargé de céréales, dérivait depuis le milieu de la nuit à une quinzaine de milles de la côte. Le centre régional de surveillance a déclenché le dispositif d'assistance vers 4 heures du matin.",
     "Le remorqueur a réussi à passer une remorque en fin de matinée, malgré des creux de cinq mètres. Le convoi est attendu dans l'estuaire dans la soirée.",
     "La préfecture maritime précise qu'aucune fuite d'hydrocarbures n'a été constatée. Un avion des douanes survolera la zone jeudi pour s'en assurer.",
     "Les vingt et un membres d'équipage sont sains et saufs."])
A["a1"] = (131, "port", 15.0, "Yannick Guillou",
    "Une cyberattaque paralyse les terminaux du port de commerce",
    "Les systèmes informatiques qui pilotent les entrées et sorties de conteneurs sont à l'arrêt depuis lundi soir. La direction du port confirme une cyberattaque et a porté plainte.",
    ["L'alerte a été donnée vers 22 heures par les agents de la capitainerie, qui ne parvenaient plus à se connecter au logiciel de gestion des escales. En quelques minutes, les écrans des deux terminaux à conteneurs se sont figés sur un message exigeant le paiement d'une rançon en cryptomonnaie.",
     "Par précaution, l'ensemble du réseau a été coupé dans la nuit. Les grues continuent de fonctionner, mais chaque mouvement doit désormais être saisi à la main sur des bordereaux papier, ce qui divise par trois la cadence de chargement.",
     "« Nous n'avons aucune indication d'un vol de données à ce stade », assure le directeur général du port, Yann Le Goff, qui a réuni mardi matin une cellule de crise avec la préfecture. L'Agence nationale de la sécurité des systèmes d'information a dépêché deux experts sur place.",
     "Une vingtaine de navires attendent au mouillage. Les armateurs ont été prévenus que les délais de traitement pourraient dépasser quarante-huit heures, le temps de restaurer les serveurs à partir des sauvegardes.",
     "Les syndicats de dockers demandent que les heures supplémentaires liées au travail manuel soient intégralement payées. Une réunion est prévue jeudi avec la direction."])
A["a9"] = (132, "port", 12.0, "Anne Kerdraon",
    "Chantiers navals : une commande de deux paquebots assure l'activité jusqu'en 2031",
    "L'armateur italien a confirmé la commande de deux navires de croisière de nouvelle génération, propulsés au gaz naturel liquéfié.",
    ["Le contrat, d'un montant estimé à 3 milliards d'euros, représente environ 12 millions d'heures de travail pour le chantier et ses sous-traitants. La première découpe de tôle est prévue à l'automne prochain.",
     "Les deux paquebots, de 340 mètres de long, pourront accueillir chacun 6 700 passagers. Ils seront équipés de voiles rigides destinées à réduire leur consommation de carburant.",
     "La direction du chantier annonce le recrutement de 400 personnes sur deux ans, principalement des soudeurs, des tuyauteurs et des électriciens. Un forum de l'emploi se tiendra en janvier.",
     "Les élus locaux ont salué une « excellente nouvelle pour tout le bassin »."])
A["a10"] = (133, "ville", 9.0, "Marion Jaouen",
    "L'hôpital ouvre un service d'urgences pédiatriques",
    "Les enfants de moins de quinze ans seront désormais accueillis dans des locaux dédiés, ouverts jour et nuit.",
    ["Le nouveau service compte huit box de consultation et deux salles de soins, aménagés dans l'ancienne aile de la maternité. Jusqu'ici, les enfants étaient pris en charge aux urgences générales, parfois après plusieurs heures d'attente.",
     "Quatre pédiatres et douze infirmières ont été recrutés pour assurer une présence permanente. Le coût des travaux, 2,4 millions d'euros, a été financé en partie par l'agence régionale de santé.",
     "La direction de l'hôpital espère réduire de moitié le temps d'attente des jeunes patients. Le service sera inauguré officiellement en janvier."])
A["a2"] = (134, "port", 5.0, "Anne Kerdraon",
    "Cyberattaque au port : les transporteurs routiers bloqués aux portes des terminaux",
    "Des centaines de camions patientent sur la zone logistique, faute de pouvoir enregistrer leurs conteneurs.",
    ["La file de poids lourds s'étirait mercredi matin sur près de quatre kilomètres le long de la route du Carnet. Depuis la cyberattaque qui a frappé le port lundi soir, les portiques automatiques de contrôle ne reconnaissent plus les badges des chauffeurs.",
     "Chaque camion doit être vérifié à la main par un agent, qui compare le numéro du conteneur avec une liste imprimée la veille. « On a perdu une journée entière, et personne ne sait qui paiera », peste Karim, chauffeur pour un transporteur de Montoir.",
     "La fédération régionale du transport routier réclame l'ouverture d'un parking d'attente sécurisé et la distribution d'eau et de repas aux conducteurs. La préfecture a annoncé l'ouverture d'une aire provisoire sur l'ancien site des Forges.",
     "Les entreprises de logistique redoutent un effet domino sur les livraisons de fin d'année. Plusieurs enseignes de la grande distribution ont déjà fait savoir qu'elles réorientaient une partie de leurs flux vers Le Havre."])
# edition 2 only
A["a12"] = (135, "ville", 1.6, "Sophie Le Bihan",
    "Vigilance orange vent : les parcs et le front de mer fermés jeudi",
    "Météo-France prévoit des rafales jusqu'à 110 km/h sur le littoral à partir de mercredi soir.",
    ["La mairie a décidé de fermer par précaution les parcs, les jardins et le cimetière jusqu'à jeudi midi. L'accès à la promenade du front de mer sera également interdit.",
     "Les marchés de Noël installés place du Commerce resteront fermés toute la journée de jeudi. Les chalets ont été lestés et arrimés mercredi après-midi par les services techniques.",
     "Les habitants sont invités à rentrer les objets susceptibles d'être emportés par le vent et à limiter leurs déplacements. Le trafic du bac entre les deux rives pourrait être interrompu."])
A["a11"] = (136, "port", 1.1, "Yannick Guillou",
    "Cyberattaque au port : une rançon de 2 millions d'euros réclamée, l'enquête confiée au parquet de Paris",
    "Les pirates informatiques exigent le versement de la somme en bitcoins avant la fin de la semaine. Le port refuse de payer.",
    ["La demande de rançon a été découverte mercredi par les experts chargés de restaurer les serveurs. Le message, rédigé en anglais, menace de publier des documents internes si la somme n'est pas versée avant vendredi.",
     "La section cybercriminalité du parquet de Paris a ouvert une enquête pour extorsion en bande organisée et atteinte à un système de traitement automatisé de données. Les investigations ont été confiées à l'Office anticybercriminalité.",
     "« Il n'est pas question de céder », a martelé le directeur général du port, Yann Le Goff, lors d'une conférence de presse. Il estime que l'activité pourra reprendre normalement d'ici à lundi.",
     "Selon nos informations, le groupe soupçonné a déjà revendiqué des attaques contre deux ports européens cette année. La cyberattaque aurait exploité une faille d'un logiciel de messagerie."])

ED2_ONLY = {"a11", "a12"}

RELATED1 = {"a1": ["a2"], "a2": ["a1"], "a3": ["a9", "a7"], "a9": ["a3"], "a7": ["a3"],
            "a4": ["a8"], "a8": ["a4"]}
RELATED2 = dict(RELATED1, a1=["a2", "a11"], a2=["a11", "a1"], a11=["a1", "a2"],
                a8=["a4", "a12"], a12=["a8"])
MOSTREAD1 = ["a1", "a3", "a6", "a4", "a9"]
MOSTREAD2 = ["a1", "a2", "a3", "a6", "a4"]
HITS1 = {"a1": 4211, "a2": 1534, "a3": 2877, "a4": 1902, "a5": 611, "a6": 2433, "a7": 1288,
         "a8": 977, "a9": 1710, "a10": 845}

A1_UPDATE = ("Mise à jour mercredi : le parquet de Paris, compétent en matière de "
             "cybercriminalité, s'est saisi de l'enquête. Les premiers serveurs ont été "
             "redémarrés dans la nuit et le terminal nord a repris une activité partielle.")
A4_CORRECTION = ("Rectificatif : une précédente version de cet article indiquait que la "
                 "rénovation de la piscine coûterait 9 millions d'euros. Le montant voté est "
                 "de 6,5 millions d'euros.")


def fr_long(dt) -> str:
    d = dt.astimezone(PARIS)
    return (f"{FR_DAYS[d.weekday()].capitalize()}, {d.day:02d} "
            f"{FR_MONTHS[d.month - 1].capitalize()} {d.year} {d:%H:%M}")


def fr_short(dt) -> str:
    d = dt.astimezone(PARIS)
    return f"{d:%d/%m/%Y}"


class Courrier(Outlet):
    name = "courrier-estuaire"
    cms = "Joomla! 1.5 (legacy table template)"
    language = "fr"
    tz = PARIS
    etag = False
    last_modified = True

    def model(self):
        self.times = {aid: place(self.start, v[2], PARIS) for aid, v in A.items()}
        self.mod2 = {"a1": place(self.start, 0.7, PARIS, lo=0.3),
                     "a4": place(self.start, 1.3, PARIS, lo=0.3)}
        self.by_id = {v[0]: aid for aid, v in A.items()}

    def path_of(self, aid: str) -> str:
        jid, cat, _, _, title, _, _ = A[aid]
        return f"/actualites/{cat}/{jid}-{slugify(title)}.html"

    def build(self, ed: int) -> Edition:
        arts = []
        for aid, (jid, cat, _, author, title, lead, paras) in A.items():
            if ed == 1 and aid in ED2_ONLY:
                continue
            paras = list(paras)
            modified = None
            if ed == 2 and aid == "a1":
                paras.append(A1_UPDATE)
                modified = self.mod2["a1"]
            if ed == 2 and aid == "a4":
                paras[2] = paras[2].replace("9 millions", "6,5 millions")
                paras.append(A4_CORRECTION)
                modified = self.mod2["a4"]
            rel = (RELATED2 if ed == 2 else RELATED1).get(aid, [])
            hits = HITS1.get(aid, 150)
            if ed == 2:
                hits = int(hits * 1.37) + 41
            arts.append(Article(
                aid=aid, path=self.path_of(aid), title=title, lead=lead, paras=paras,
                published=self.times[aid], modified=modified, section=CATS[cat][1],
                author=author, related=list(rel), key_sentences=pick_sentences(paras, (0, 1, 2)),
                extra={"jid": jid, "cat": cat, "hits": hits}))
        arts.sort(key=lambda a: a.published, reverse=True)
        mostread = MOSTREAD2 if ed == 2 else MOSTREAD1
        latest = [a.aid for a in arts[:5]]
        sitewide = list(dict.fromkeys(mostread + latest))
        return Edition(arts, sitewide, mostread=mostread, latest=latest)

    def updated(self):
        return ["a1", "a4"]

    # ------------------------------------------------------------------ routing
    def route(self, ed: int, target: str) -> Route:
        path, query, params = self.split(target)
        E = self.edition(ed)
        q = dict(params)
        if path == "/robots.txt":
            return Route("robots")
        if path.startswith("/templates/") or path.startswith("/images/"):
            return Route("static")
        if path in ("/", "/index.php") and not query:
            return Route("listing", info={"page": "home", "start": 0})
        if path in ("/", "/index.php") and set(q) == {"start"}:
            return Route("listing", info={"page": "home", "start": int(q["start"] or 0)})
        if path == "/index.php" and q.get("option") == "com_content" and q.get("view") == "article":
            try:
                aid = self.by_id.get(int(q.get("id", "0").split(":")[0]))
            except ValueError:
                aid = None
            if aid in E.articles:
                return Route("variant", aid=aid, info={"how": "nonsef"})
            return Route("notfound", status=404)
        if path == "/actualites.feed" and q.get("type") in ("rss", "atom"):
            return Route("feed", info={"type": q["type"]})
        if path == "/actualites.html":
            start = int(q.get("start", "0") or 0) if set(q) <= {"start"} else -1
            if start >= 0:
                return Route("listing", info={"page": "section", "start": start})
        for cat in CATS:
            if path == f"/actualites/{cat}.html" and not query:
                return Route("listing", info={"page": "cat", "cat": cat})
        for aid, a in E.articles.items():
            if path == a.path:
                if not query:
                    return Route("article", aid=aid)
                if q.get("tmpl") == "component" and q.get("print") == "1":
                    return Route("variant", aid=aid, info={"how": "print"})
                return Route("variant", aid=aid, info={"how": "query"})
        return Route("notfound", status=404)

    def declared_variants(self, ed: int, a: Article) -> list[str]:
        jid, cat = a.extra["jid"], a.extra["cat"]
        return [f"/index.php?option=com_content&view=article&id={jid}&catid={CATS[cat][0]}&Itemid={ITEMID}",
                f"{a.path}?tmpl=component&print=1&layout=default&page="]

    def listing_targets(self, ed: int) -> list[str]:
        return ["/", "/actualites.html", "/actualites.html?start=8", "/actualites.feed?type=rss",
                "/robots.txt"] + [f"/actualites/{c}.html" for c in CATS]

    # ------------------------------------------------------------------ rendering
    def render(self, ed: int, route: Route, target: str) -> Response:
        E = self.edition(ed)
        if route.kind == "robots":
            return Response(200, ROBOTS.encode(), "text/plain")
        if route.kind == "static":
            if target.endswith(".css"):
                return Response(200, CSS.encode(), "text/css")
            if target.endswith(".png") or target.endswith(".gif"):
                return Response(200, GIF, "image/gif")
            return Response(404, b"Not found", "text/plain")
        if route.kind == "notfound":
            return Response(404, self.page(ed, target, "Erreur 404", "<p>Article introuvable.</p>",
                                          None).encode("utf-8"))
        if route.kind == "feed":
            return self.feed(E)
        if route.kind == "listing":
            return self.listing(ed, E, route, target)
        a = E.articles[route.aid]
        lastmod = a.modified or a.published
        if route.kind == "variant" and route.info.get("how") == "print":
            return Response(200, self.print_page(a).encode("utf-8"), lastmod=lastmod)
        return Response(200, self.article_page(ed, E, a, target).encode("utf-8"), lastmod=lastmod)

    def link(self, a: Article) -> str:
        return a.path

    def modules_left(self, E: Edition) -> str:
        items = "".join(
            f'<li class="latestnews"><a href="{attr(self.link(E.articles[x]))}" class="latestnews">'
            f'{esc(E.articles[x].title)}</a></li>' for x in E.info["latest"])
        menu = "".join(f'<li><a href="/actualites/{c}.html" class="mainlevel">{esc(n)}</a></li>'
                       for c, (_, n) in CATS.items())
        return (f'<div class="moduletable_menu"><h3>Menu principal</h3><ul class="menu">'
                f'<li><a href="/" class="mainlevel">Accueil</a></li>'
                f'<li><a href="/actualites.html" class="mainlevel">Actualités</a></li>{menu}</ul></div>'
                f'<div class="moduletable"><h3>Derniers articles</h3><ul class="latestnews">{items}</ul></div>'
                f'<div class="moduletable"><h3>Syndication</h3><a href="/actualites.feed?type=rss">'
                f'<img src="/images/M_images/livemarks.png" alt="Flux RSS" /> Flux RSS</a></div>')

    def module_related(self, E: Edition, a: Article) -> str:
        if not a.related:
            return ""
        lis = "".join(
            f'<li><a href="{attr(self.link(E.articles[r]))}">\n\t\t{fr_short(E.articles[r].published)} - '
            f'{esc(E.articles[r].title)}</a></li>\n' for r in a.related)
        return f'<div class="moduletable"><h3>Articles en relation</h3><ul class="relateditems">\n{lis}</ul></div>'

    def module_mostread(self, E: Edition) -> str:
        lis = "".join(f'<li class="mostread"><a href="{attr(self.link(E.articles[x]))}" class="mostread">'
                      f'{esc(E.articles[x].title)}</a></li>' for x in E.info["mostread"])
        return f'<div class="moduletable"><h3>Les plus lus</h3><ul class="mostread">{lis}</ul></div>'

    def page(self, ed, target, title, main, a: Article | None, E: Edition | None = None,
             right: str = "", canonical: str | None = None, meta: str = "") -> str:
        E = E or self.edition(ed)
        canon = f'\n  <link rel="canonical" href="{attr(canonical)}" />' if canonical else ""
        return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr-fr" lang="fr-fr" dir="ltr" >
<head>
  <base href="{attr(self.base + target)}" />
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="robots" content="index, follow" />{meta}
  <meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
  <title>{esc(title)}</title>
  <link href="/actualites.feed?type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />
  <link href="/templates/rhuk_milkyway/css/template.css" rel="stylesheet" type="text/css" />{canon}
</head>
<body id="page_bg" class="color_blue bg_blue width_fmax">
<a name="up" id="up"></a>
<ul class="skiplinks"><li><a href="#content" class="u2">Aller au contenu</a></li><li><a href="#mainlevel-nav" class="u2">Aller au menu</a></li></ul>
<div class="center" align="center">
<div id="wrapper"><div id="wrapper_r">
<div id="header"><div id="header_l"><div id="header_r"><div id="logo"><a href="/"><img src="/images/stories/logo-courrier.gif" alt="Le Courrier de l'Estuaire" border="0" /></a></div></div></div></div>
<div id="tabarea"><table cellpadding="0" cellspacing="0" class="pill"><tr><td class="pill_m"><div id="pillmenu">
<ul id="mainlevel-nav"><li><a href="/" class="mainlevel-nav">Accueil</a></li><li><a href="/actualites.html" class="mainlevel-nav">Actualités</a></li><li><a href="/actualites/port.html" class="mainlevel-nav">Port</a></li><li><a href="/actualites/sports.html" class="mainlevel-nav">Sports</a></li></ul>
</div></td></tr></table></div>
<div id="pathway"><span class="breadcrumbs pathway"><a href="/" class="pathway">Accueil</a> <img src="/templates/rhuk_milkyway/images/arrow.png" alt="" /> {esc(title)}</span></div>
<div id="whitebox"><div id="whitebox_t"><div id="whitebox_tl"><div id="whitebox_tr"></div></div></div>
<div id="whitebox_m"><div id="area">
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="main"><tr>
<td id="leftcolumn" valign="top" width="200">{self.modules_left(E)}</td>
<td valign="top"><a name="content" id="content"></a>
{main}
</td>
<td id="rightcolumn" valign="top" width="220">{right}{self.module_mostread(E)}
<div class="moduletable"><h3>Sondage</h3><form action="/index.php" method="post" name="form2"><p>Êtes-vous favorable à l'extension des horaires du bac ?</p><input type="radio" name="voteid" value="1" /> Oui<br /><input type="radio" name="voteid" value="2" /> Non<br /><input type="submit" class="button" value="Voter" /></form></div>
</td>
</tr></table>
</div></div></div>
<div id="footer"><p>© 2026 Le Courrier de l'Estuaire — Tous droits réservés. <a href="#up">Haut de page</a></p>
<p>Propulsé par <a href="https://www.joomla.example/">Joomla!</a>.</p></div>
</div></div></div>
</body>
</html>
'''

    def body_html(self, a: Article) -> str:
        out = [f"<p><strong>{esc(a.lead)}</strong></p>"]
        for i, p in enumerate(a.paras):
            if a.aid == "a2" and i == 0:
                # a hand-written link to the non-SEF spelling of the first article on the attack
                E = p.split("la cyberattaque qui a frappé le port")
                link = (f'<a href="/index.php?option=com_content&amp;view=article&amp;id=131&amp;'
                        f'catid=12&amp;Itemid={ITEMID}">la cyberattaque qui a frappé le port</a>')
                out.append("<p>" + link.join(esc(x) for x in E) + "</p>")
            else:
                out.append(f"<p>{esc(p)}</p>")
        return "\n".join(out)

    def article_page(self, ed: int, E: Edition, a: Article, target: str) -> str:
        printurl = f"{a.path}?tmpl=component&amp;print=1&amp;layout=default&amp;page="
        mod = ""
        if a.modified:
            mod = f'<tr><td colspan="2" align="left" class="modifydate">Mise à jour le {fr_long(a.modified)}</td></tr>'
        main = f'''<table class="contentpaneopen">
<tr><td class="contentheading" width="100%">{esc(a.title)}</td>
<td align="right" width="100%" class="buttonheading"><a href="{printurl}" title="Imprimer" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><img src="/images/M_images/printButton.png" alt="Imprimer" /></a></td></tr>
</table>
<table class="contentpaneopen">
<tr><td width="70%" align="left" valign="top" colspan="2"><span class="small">Écrit par {esc(a.author)}</span>&nbsp;&nbsp;</td></tr>
<tr><td valign="top" colspan="2" class="createdate">{fr_long(a.published)}</td></tr>
<tr><td valign="top" colspan="2">
{self.body_html(a)}
</td></tr>
{mod}
<tr><td colspan="2" class="small">Lu {a.extra["hits"]} fois</td></tr>
</table>
<span class="article_separator">&nbsp;</span>'''
        meta = (f'\n  <meta name="keywords" content="{attr(a.section.lower())}, estuaire" />'
                f'\n  <meta name="title" content="{attr(a.title)}" />'
                f'\n  <meta name="author" content="{attr(a.author)}" />'
                f'\n  <meta name="description" content="{attr(a.lead)}" />')
        return self.page(ed, target, a.title, main, a, E, right=self.module_related(E, a),
                         canonical=self.canonical_url(a), meta=meta)

    def print_page(self, a: Article) -> str:
        mod = f'<p class="modifydate">Mise à jour le {fr_long(a.modified)}</p>' if a.modified else ""
        return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr-fr" lang="fr-fr" dir="ltr">
<head>
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="robots" content="noindex, nofollow" />
  <title>{esc(a.title)}</title>
  <link rel="canonical" href="{attr(self.canonical_url(a))}" />
  <link rel="stylesheet" href="/templates/system/css/general.css" type="text/css" />
</head>
<body class="contentpane">
<table class="contentpaneopen"><tr><td class="contentheading" width="100%">{esc(a.title)}</td>
<td align="right" width="100%" class="buttonheading"><a href="#" onclick="window.print();return false;"><img src="/images/M_images/printButton.png" alt="Imprimer" /></a></td></tr></table>
<table class="contentpaneopen">
<tr><td class="small">Écrit par {esc(a.author)}</td></tr>
<tr><td valign="top" class="createdate">{fr_long(a.published)}</td></tr>
<tr><td valign="top">
{self.body_html(a)}
{mod}
</td></tr></table>
</body>
</html>
'''

    def listing(self, ed: int, E: Edition, route: Route, target: str) -> Response:
        arts = E.sorted()
        page = route.info["page"]
        if page == "cat":
            cat = route.info["cat"]
            sel = [a for a in arts if a.extra["cat"] == cat]
            rows = "".join(
                f'<tr class="sectiontableentry{1 + i % 2}"><td align="right">{i + 1}</td>'
                f'<td>{fr_short(a.published)}</td><td><a href="{attr(a.path)}">{esc(a.title)}</a></td>'
                f'<td>{esc(a.author)}</td><td align="center">{a.extra["hits"]}</td></tr>'
                for i, a in enumerate(sel))
            main = (f'<div class="componentheading">{esc(CATS[cat][1])}</div>'
                    f'<table width="100%" border="0" cellspacing="0" cellpadding="0" class="category">'
                    f'<tr><td class="sectiontableheader">#</td><td class="sectiontableheader">Date</td>'
                    f'<td class="sectiontableheader">Titre</td><td class="sectiontableheader">Auteur</td>'
                    f'<td class="sectiontableheader">Clics</td></tr>{rows}</table>')
            title = CATS[cat][1]
        else:
            start = route.info["start"]
            per = 8
            sel = arts[start:start + per]
            blocks = []
            for a in sel:
                blocks.append(
                    f'<table class="contentpaneopen"><tr><td class="contentheading" width="100%">'
                    f'<a href="{attr(a.path)}" class="contentpagetitle">{esc(a.title)}</a></td></tr></table>'
                    f'<table class="contentpaneopen"><tr><td valign="top" class="createdate">{fr_long(a.published)}</td></tr>'
                    f'<tr><td valign="top"><p>{esc(a.lead)}</p></td></tr>'
                    f'<tr><td align="left" colspan="2"><a href="{attr(a.path)}" class="readon">Lire la suite...</a></td></tr></table>'
                    f'<span class="article_separator">&nbsp;</span>')
            base = "/" if page == "home" else "/actualites.html"
            nav = []
            if start > 0:
                nav.append(f'<a href="{base}" title="Début" class="pagenav">Début</a>')
            if start + per < len(arts):
                nav.append(f'<a href="{base}?start={start + per}" title="Suivant" class="pagenav">Suivant</a>')
            main = "".join(blocks) + f'<div class="pagination">{" ".join(nav)}</div>'
            title = "Accueil" if page == "home" else "Actualités"
        lastmod = max((a.modified or a.published) for a in arts)
        return Response(200, self.page(ed, target, title, main, None, E).encode("utf-8"), lastmod=lastmod)

    def feed(self, E: Edition) -> Response:
        items = []
        for a in E.sorted()[:10]:
            items.append(f'''  <item>
   <title>{esc(a.title)}</title>
   <link>{esc(self.canonical_url(a))}</link>
   <guid isPermaLink="true">{esc(self.canonical_url(a))}</guid>
   <description>{esc("<p>" + esc(a.lead) + "</p>")}</description>
   <author>{esc(a.author)}</author>
   <category>{esc(a.section)}</category>
   <pubDate>{rfc822(a.published)}</pubDate>
  </item>''')
        lastmod = max((a.modified or a.published) for a in E.articles.values())
        body = f'''<?xml version="1.0" encoding="utf-8"?>
<!-- generator="Joomla! 1.5 - Open Source Content Management" -->
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
 <channel>
  <title>Actualités - Le Courrier de l'Estuaire</title>
  <description>Toute l'actualité de l'estuaire</description>
  <link>{esc(self.base)}/actualites.html</link>
  <lastBuildDate>{rfc822(lastmod)}</lastBuildDate>
  <generator>Joomla! 1.5 - Open Source Content Management</generator>
  <language>fr-fr</language>
{chr(10).join(items)}
 </channel>
</rss>
'''
        return Response(200, body.encode("utf-8"), "application/rss+xml; charset=utf-8", lastmod=lastmod)

    def seeds(self) -> str:
        return f'''[[site]]
name = "{self.name}"
base_url = "{self.base}"
source = "Le Courrier de l'Estuaire"
start_urls = ["/"]
feeds = ["/actualites.feed?type=rss"]
article_patterns = ['^/actualites/[a-z0-9-]+/\\d+-[a-z0-9-]+\\.html', '^/index\\.php\\?(?=.*option=com_content)(?=.*view=article)']
listing_patterns = ['^/$', '^/index\\.php$', '^/actualites(/[a-z0-9-]+)?\\.html(\\?start=\\d+)?$']
allow_networks = ["127.0.0.1/32"]
language = "fr"
date_order = "DMY"
rate = 200
concurrency = 8
max_depth = 6
max_pages = 400
'''


ROBOTS = """# If the Joomla site is installed within a folder such as at
# e.g. www.example.com/joomla/ the robots.txt file MUST be
# moved to the site root at e.g. www.example.com/robots.txt
# AND the joomla folder name MUST be prefixed to the disallowed
# path, e.g. the Disallow rule for the /administrator/ folder
# MUST be changed to read Disallow: /joomla/administrator/
User-agent: *
Disallow: /administrator/
Disallow: /cache/
Disallow: /components/
Disallow: /images/
Disallow: /includes/
Disallow: /installation/
Disallow: /language/
Disallow: /libraries/
Disallow: /media/
Disallow: /modules/
Disallow: /plugins/
Disallow: /templates/
Disallow: /tmp/
Disallow: /xmlrpc/
"""

CSS = """body{font-family:Arial,Helvetica,sans-serif;font-size:12px;background:#eef}
table.contentpaneopen{width:100%}td.contentheading{font-size:18px;font-weight:bold;color:#135}
td.createdate,td.modifydate{color:#777;font-size:11px}ul.skiplinks{position:absolute;left:-9999px}
#leftcolumn,#rightcolumn{background:#fff;padding:6px}.moduletable h3{font-size:12px;background:#135;color:#fff;padding:3px}
"""

GIF = bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b")
