# French articles (invented outlets, people and events).
ARTICLES = []
A = ARTICLES.append

A(dict(
    name='fr-spip-conseil-municipal-cantines', lang='fr', cms='spip',
    url='https://www.lechodelavallee.test/spip.php?article2841',
    site='L\u2019Écho de la Vallée', section='Vie locale', tagline='Le journal de la vallée de l\u2019Arve',
    title='Cantines scolaires : le conseil municipal adopte la tarification sociale',
    pub='2026-01-29T22:05:00+01:00', mod='2026-01-30T09:40:00+01:00', authors=['Sylvie Marchand'], tz='Europe/Paris',
    opts=['comments'],
    notes='SPIP: the chapô (div.chapo) is body. Typographic non-breaking spaces before : ; ! ? and inside « » are rendered as &nbsp;.',
    lead='Réuni jeudi soir, le conseil municipal de Saint-Aurèle a voté à une large majorité une grille de tarifs des cantines calculée selon le quotient familial. Elle entrera en vigueur à la rentrée de septembre.',
    body='''
Jusqu\u2019ici, toutes les familles payaient le même prix : 4,20 euros par repas. À partir de septembre, le tarif variera de 1 euro à 5,10 euros selon les revenus, en application du dispositif national de « cantine à 1 euro » auquel la commune a choisi d\u2019adhérer.

« C\u2019est une mesure de justice sociale », a défendu l\u2019adjointe aux affaires scolaires, Nadia Benhamou. Selon ses calculs, près de 40 % des 1 150 enfants inscrits à la restauration scolaire paieront moins qu\u2019aujourd\u2019hui.

La nouvelle grille, votée par 27 voix contre 6 :

| Quotient familial | Prix du repas |
| Moins de 500 euros | 1,00 euro |
| De 500 à 900 euros | 2,60 euros |
| De 901 à 1 400 euros | 4,20 euros |
| Plus de 1 400 euros | 5,10 euros |

L\u2019opposition a voté contre. Son chef de file, Laurent Guérin, juge la hausse « brutale » pour les classes moyennes : « Une famille de deux enfants au-dessus du dernier seuil paiera près de 300 euros de plus par an ! »

[img La cantine de l\u2019école Jules-Ferry accueille 260 élèves chaque midi. | Photo S. M.]

## Une mesure attendue par les associations

Les associations de parents d\u2019élèves, qui réclamaient cette réforme depuis plusieurs années, ont salué un « premier pas ». La présidente de la FCPE locale, Marion Lacroix, rappelle que certaines familles avaient renoncé à inscrire leurs enfants à la cantine faute de moyens. « Pour beaucoup d\u2019enfants, le repas du midi est le seul repas équilibré de la journée », insiste-t-elle.

Les services municipaux ont recensé l\u2019an dernier près de 90 enfants qui rentraient déjeuner chez eux alors que leurs parents travaillaient, souvent parce que le prix du repas pesait trop lourd dans le budget familial. La mairie espère que la nouvelle grille les incitera à revenir à la cantine.

Le Secours populaire, qui aide déjà une trentaine de familles à payer les repas de leurs enfants, se félicite également de la décision, tout en regrettant que la démarche administrative reste complexe. « Il faudra accompagner les familles pour qu\u2019elles fassent valoir leurs droits », estime son responsable local, Gérard Pinel.

## Des repas plus locaux

Le conseil municipal a profité de la séance pour adopter le nouveau cahier des charges de la restauration scolaire. À partir de septembre, la moitié des produits servis devront être issus de l\u2019agriculture biologique ou de circuits courts, contre un tiers aujourd\u2019hui. Un repas végétarien sera proposé deux fois par semaine.

Le prestataire actuel, dont le contrat arrive à échéance en août, devra donc répondre à un nouvel appel d\u2019offres. Plusieurs producteurs de la vallée se sont déjà regroupés pour proposer des fruits, des légumes et des produits laitiers aux écoles.

« Nous voulons que nos enfants mangent mieux, et que cet argent profite aux agriculteurs du territoire », a résumé le maire, Bernard Charvet, en clôture de la séance.

La municipalité estime le coût de la mesure à 85 000 euros par an, dont une partie sera compensée par l\u2019aide de l\u2019État. Les familles devront fournir leur attestation de quotient familial avant le 30 juin ; à défaut, le tarif le plus élevé s\u2019appliquera.
'''))

A(dict(
    name='fr-spip-fete-village-court', lang='fr', cms='spip',
    url='https://www.lechodelavallee.test/spip.php?article2799',
    site='L\u2019Écho de la Vallée', section='Agenda',
    title='La fête du pain revient à Vallorcine le 14 septembre',
    pub='2025-09-02T10:00:00+02:00', authors=[], tz='Europe/Paris', opts=['no_abbr'],
    ps='Renseignements auprès de l\u2019office de tourisme.',
    notes='No author; date only as "Publié le 2 septembre 2025". The post-scriptum box is not body.',
    body='''
Après deux ans d\u2019absence, la fête du pain revient à Vallorcine. Le four banal du hameau des Plans sera rallumé dès 7 heures le dimanche 14 septembre, et les premières miches sortiront vers 10 heures.

Au programme : démonstration de pétrissage à l\u2019ancienne, marché des producteurs, repas champêtre à midi et bal musette l\u2019après-midi. L\u2019entrée est libre.

Les organisateurs recherchent encore des bénévoles pour la journée. Les volontaires peuvent se faire connaître en mairie.
'''))

A(dict(
    name='fr-wp-yoast-greve-transports', lang='fr', cms='wp_yoast',
    url='https://www.lavoixdulittoral.test/actualite/greve-dans-les-transports-urbains-trafic-tres-perturbe-mardi/',
    site='La Voix du Littoral', section='Actualité', locale='fr_FR',
    title='Grève dans les transports urbains : trafic très perturbé mardi',
    dek='Seule une ligne de tramway sur trois circulera',
    pub='2026-03-16T17:45:00+01:00', mod='2026-03-16T20:10:00+01:00', authors=['Thomas Lefèvre', 'Amina Diallo'], tz='Europe/Paris',
    tags=['grève', 'transports', 'tramway'], opts=['share', 'comments', 'frnbsp'],
    lead='Les syndicats du réseau de transports de l\u2019agglomération appellent à la grève mardi pour protester contre la réorganisation des horaires de travail.',
    body='''
La direction du réseau Tramer prévoit un service très réduit : la ligne A du tramway fonctionnera avec un passage toutes les 20 minutes, tandis que les lignes B et C seront interrompues toute la journée. Sur le réseau de bus, environ 40 % des courses sont maintenues.

[ad]

Les syndicats dénoncent un projet de la direction visant à allonger l\u2019amplitude des services, qui obligerait certains conducteurs à travailler en deux fois avec une coupure de quatre heures. « On nous demande d\u2019être disponibles de 6 heures à 21 heures pour être payés huit heures », résume Julien Carré, délégué syndical.

[readmore Tramway : la ligne D mise en service fin 2027]

La direction assure que le projet vise à « mieux adapter l\u2019offre aux besoins des voyageurs » et se dit ouverte à la discussion. Une réunion est prévue jeudi.

[ad]

Les voyageurs sont invités à consulter l\u2019application Tramer ou le site internet du réseau avant de se déplacer.
'''))

A(dict(
    name='fr-drupal-festival-jazz', lang='fr', cms='drupal',
    url='https://www.ouest-rivages.test/culture/le-festival-jazz-en-baie-devoile-sa-programmation',
    site='Ouest Rivages', section='Culture',
    title='Le festival Jazz en Baie dévoile une programmation très internationale',
    pub='2026-02-12T11:30:00+01:00', authors=['Camille Roussel'], tz='Europe/Paris',
    tags=['festival', 'jazz', 'musique'], opts=['frnbsp', 'og', 'og_times', 'related'],
    lead='Pour sa 22e édition, du 9 au 13 juillet, le festival accueillera des musiciens venus de quatorze pays. La billetterie ouvre samedi.',
    body='''
C\u2019est une programmation « plus ouverte que jamais » qu\u2019a présentée mercredi le directeur artistique du festival, Olivier Kermarrec. Trente-huit concerts sont annoncés sur cinq scènes, dont trois en plein air sur le port.

Parmi les têtes d\u2019affiche figurent la pianiste cubaine Ileana Soto, le trio norvégien Fjellkant et le saxophoniste sénégalais Moussa Ndour, qui jouera pour la première fois en France. Le festival accueillera également une création originale avec l\u2019orchestre d\u2019harmonie de la ville.

Les concerts sur le port resteront gratuits. Le pass cinq jours coûte 95 euros, et un tarif réduit de 45 euros est proposé aux moins de 26 ans et aux demandeurs d\u2019emploi.

« Nous voulons que le jazz reste une fête populaire », a insisté Olivier Kermarrec. L\u2019an dernier, le festival avait attiré 61 000 spectateurs.
'''))

A(dict(
    name='fr-wire-incendie-entrepot', lang='fr', cms='newsml_wire',
    url='https://www.anp-depeches.test/france/2025/07/22/incendie-dans-un-entrepot-logistique-pres-de-lyon',
    site='ANP – Agence Nouvelle Presse', service='Fil général', section='France',
    title='Incendie dans un entrepôt logistique près de Lyon, pas de victime',
    pub='2025-07-22T15:48:00+02:00', authors=['ANP'], agency='ANP', tz='Europe/Paris', urgency=4,
    slugline='INCENDIE-LYON', dateline_city='Lyon',
    notes='Agency dispatch; the "© ANP" credit line at the end is body.',
    body='''
Lyon, 22 juil 2025 (ANP) - Un important incendie s\u2019est déclaré mardi après-midi dans un entrepôt logistique de la zone industrielle de Corbas, au sud de Lyon, sans faire de victime, a-t-on appris auprès des pompiers.

Le feu, qui a pris vers 13H00 dans une partie du bâtiment de 12 000 m2 où étaient stockés des cartons et des palettes, a mobilisé quelque 90 sapeurs-pompiers. Une épaisse fumée noire était visible à plusieurs kilomètres.

Les 45 salariés présents sur le site ont été évacués. La préfecture a recommandé aux riverains de fermer leurs fenêtres par précaution.

Les causes du sinistre ne sont pas connues. Une enquête a été ouverte.

~ © ANP
'''))

A(dict(
    name='fr-nextjs-prix-immobilier', lang='fr', cms='nextjs',
    url='https://www.lesechosdelouest.test/economie/immobilier-les-prix-reculent-pour-la-deuxieme-annee-consecutive-2026-03-18',
    site='Les Échos de l\u2019Ouest', section='Économie',
    title='Immobilier : les prix reculent pour la deuxième année consécutive',
    pub='2026-03-18T07:00:00+01:00', mod='2026-03-18T10:15:00+01:00', authors=['Baptiste Morel'], tz='Europe/Paris',
    opts=['relative', 'jsonld', 'show_mod', 'related'], relative_text='il y a 2 heures',
    tags=['immobilier', 'logement', 'prix'],
    body='''
Les prix des logements anciens ont reculé de 3,1 % sur un an à la fin de l\u2019année 2025, selon les chiffres publiés mercredi par la chambre régionale des notaires. C\u2019est la deuxième baisse annuelle consécutive, après un recul de 4,4 % en 2024.

La baisse est plus marquée pour les maisons (-3,8 %) que pour les appartements (-2,2 %). Dans les grandes villes de la région, les écarts sont importants : les prix ont quasiment stagné à Nantes, mais reculé de plus de 6 % dans certaines villes moyennes.

[ad]

Les notaires observent toutefois un regain d\u2019activité depuis l\u2019automne, grâce à la détente des taux d\u2019intérêt. Le nombre de ventes a progressé de 7 % au quatrième trimestre par rapport à la même période de 2024.

« Le marché est en train de trouver un point d\u2019équilibre », estime Maître Hélène Jaouen, présidente de la chambre. Elle n\u2019anticipe pas de forte remontée des prix en 2026.
'''))

A(dict(
    name='fr-gutenberg-rentree-universitaire', lang='fr', cms='wp_gutenberg',
    url='https://www.campus-mag.test/2025/09/rentree-universitaire-logement-etudiant/',
    site='Campus Mag', section='Vie étudiante',
    title='Rentrée universitaire : le logement reste le premier casse-tête des étudiants',
    pub='2025-09-08T08:30:00+02:00', authors=['Léa Fontaine'], tz='Europe/Paris', opts=['frnbsp'],
    tags=['logement', 'étudiants', 'rentrée'],
    body='''
À quelques jours de la rentrée, des centaines d\u2019étudiants cherchent encore un logement. Selon l\u2019association Toit Étudiant, le nombre de demandes de chambres en résidence universitaire dépasse de 35 % l\u2019offre disponible dans la métropole.

[pull « Je dors chez une amie en attendant de trouver quelque chose »]

Inès, 19 ans, arrivée de Guadeloupe pour entamer une licence de droit, n\u2019a toujours pas de solution. « Je dors chez une amie en attendant de trouver quelque chose », raconte-t-elle. « J\u2019ai visité neuf studios, à chaque fois il y avait trente dossiers. »

Les loyers moyens pour un studio dans la ville :

| Quartier | Loyer moyen |
| Centre historique | 620 euros |
| Campus Nord | 540 euros |
| Gare | 575 euros |

Le Crous annonce l\u2019ouverture de 280 nouvelles places d\u2019ici janvier. Une plateforme de logement chez l\u2019habitant a également été lancée par la ville.
'''))

A(dict(
    name='fr-amp-orages-alerte', lang='fr', cms='amp',
    url='https://www.lequotidiendusud.test/amp/meteo/orages-vigilance-orange-dans-six-departements',
    canonical='https://www.lequotidiendusud.test/meteo/orages-vigilance-orange-dans-six-departements',
    site='Le Quotidien du Sud', section='Météo',
    title='Orages : vigilance orange dans six départements ce dimanche',
    pub='2025-08-17T06:40:00+02:00', authors=['Rédaction'], tz='Europe/Paris',
    gold_authors=[],
    notes='Byline is the generic "Rédaction" (newsroom) — not a person, so authors is [].',
    body='''
Météo-France a placé six départements du Sud-Est en vigilance orange aux orages pour la journée de dimanche. Des cumuls de pluie de 60 à 80 millimètres sont attendus localement, accompagnés de grêle et de fortes rafales de vent.

Les départements concernés sont le Gard, l\u2019Hérault, les Bouches-du-Rhône, le Vaucluse, le Var et les Alpes-de-Haute-Provence. La vigilance court de 12 heures à minuit.

[ad]

Les autorités recommandent d\u2019éviter les déplacements pendant les épisodes orageux et de ne pas s\u2019abriter sous les arbres.
'''))
