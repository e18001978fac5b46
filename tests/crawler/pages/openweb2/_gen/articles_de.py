# German articles (invented outlets, people and events).
ARTICLES = []
A = ARTICLES.append

A(dict(
    name='de-typo3-stadtrat-haushalt', lang='de', cms='typo3',
    url='https://www.rheinbote.test/lokales/detail/stadtrat-beschliesst-doppelhaushalt-2026-2027',
    site='Rheinbote', section='Lokales',
    title='Stadtrat beschließt Doppelhaushalt mit Rekordinvestitionen in Schulen',
    pub='2026-03-04T19:45:00+01:00', authors=['Katrin Vollmer'], tz='Europe/Berlin',
    opts=['shy', 'cookie', 'related'],
    notes='tx_news shows only the day (time datetime="YYYY-MM-DD"); the lead (div.lead) is body; the body is split across two TYPO3 content elements with a "Lesen Sie auch" teaser between them.',
    lead='Nach sechsstündiger Debatte hat der Stadtrat am Mittwochabend den Doppelhaushalt für 2026 und 2027 verabschiedet. Größter Posten sind Sanierung und Neubau von Schulen.',
    body='''
Mit 38 zu 21 Stimmen bei zwei Enthaltungen stimmte das Gremium dem Zahlenwerk von Kämmerer Thomas Brandl zu. Das Gesamtvolumen liegt bei rund 1,46 Milliarden Euro, davon entfallen 212 Millionen Euro auf Investitionen – so viel wie nie zuvor.

Allein 87 Millionen Euro fließen in Schulgebäude. Die Gesamtschule Nord soll einen Erweiterungsbau erhalten, drei Grundschulen werden energetisch saniert. „Wir haben jahrzehntelang von der Substanz gelebt“, sagte Oberbürgermeisterin Sabine Lenz. „Das holen wir jetzt nach.“

[split]

Kritik kam von der Opposition. Die Fraktion der Freien Wähler bemängelte, dass die Stadt neue Kredite in Höhe von 64 Millionen Euro aufnehmen müsse. „Das ist ein Haushalt auf Pump“, sagte Fraktionschef Rainer Kessel.

Der Kämmerer verteidigte die Neuverschuldung. Die Zinsen seien zwar gestiegen, die Baukosten stiegen aber schneller. „Jedes Jahr, das wir warten, macht die Schulen teurer“, so Brandl.

Der Haushalt muss noch von der Bezirksregierung genehmigt werden. Eine Entscheidung wird bis Ende Mai erwartet.
'''))

KLINIKUM = '''
Es war eine Sitzung, wie sie der Kreistag selten erlebt hat. Mehr als 200 Zuhörerinnen und Zuhörer drängten sich am Montagabend im großen Saal des Landratsamts, viele in den weißen Jacken des Pflegepersonals, einige mit selbstgemalten Plakaten. „Unser Krankenhaus bleibt!“ stand darauf, und: „Gesundheit ist keine Ware.“ Als Landrat Georg Hambrecht nach fast fünf Stunden das Ergebnis verkündete, blieb es zunächst still im Saal. Dann begannen einige zu klatschen, andere schüttelten den Kopf.

Mit 41 zu 17 Stimmen hat der Kreistag beschlossen, die Kreiskliniken Talheim und Oberau zum 1. Januar 2027 unter dem Dach einer gemeinsamen gemeinnützigen Gesellschaft zusammenzuführen. Das Haus in Oberau verliert dabei seine Notaufnahme rund um die Uhr und wird zu einem sogenannten sektorenübergreifenden Versorgungszentrum umgebaut. Die großen Operationen, die Intensivstation und die Geburtshilfe konzentrieren sich künftig in Talheim.

## Ein Defizit, das nicht mehr zu tragen war

Hintergrund der Entscheidung ist die dramatische Finanzlage der beiden Häuser. Nach Angaben der Geschäftsführung haben die Kliniken im vergangenen Jahr zusammen ein Defizit von 23,4 Millionen Euro eingefahren. Der Landkreis musste den Fehlbetrag aus seinem Haushalt ausgleichen – Geld, das an anderer Stelle fehlte, etwa bei der Sanierung von Straßen und Schulen.

„Wir haben die Wahl zwischen einer geordneten Neuaufstellung und einem ungeordneten Zusammenbruch“, sagte Klinikgeschäftsführerin Dr. Miriam Albers in ihrer Präsentation. „Wenn wir nichts tun, stehen wir in drei Jahren vor der Frage, ob wir überhaupt noch ein Krankenhaus im Landkreis betreiben können.“

Die Gründe für die Verluste sind vielfältig. Die Zahl der stationären Fälle ist seit 2019 um rund 14 Prozent gesunken, weil immer mehr Eingriffe ambulant erfolgen. Gleichzeitig sind die Kosten für Personal, Energie und Medikamente stark gestiegen. Die Vergütung über die Fallpauschalen hat mit dieser Entwicklung nicht Schritt gehalten.

Hinzu kommt der Fachkräftemangel. In Oberau konnten zuletzt mehrere Stellen in der Anästhesie und der Inneren Medizin nicht besetzt werden. Um den Betrieb der Notaufnahme aufrechtzuerhalten, musste die Klinik teure Honorarärzte einsetzen. Allein dafür gab das Haus im vergangenen Jahr mehr als drei Millionen Euro aus.

## Was sich für Patientinnen und Patienten ändert

Für die Menschen im südlichen Landkreis bedeutet die Fusion vor allem eines: längere Wege im Notfall. Wer bislang mit einem Herzinfarkt oder einem Schlaganfall in Oberau behandelt wurde, wird künftig nach Talheim gebracht. Die Fahrzeit mit dem Rettungswagen verlängert sich nach Berechnungen des Landkreises für einige Ortschaften um bis zu 18 Minuten.

Die Klinikleitung betont, dass schwere Fälle schon heute häufig direkt nach Talheim oder in die Universitätsklinik gebracht würden, weil Oberau weder ein Herzkatheterlabor noch eine zertifizierte Schlaganfalleinheit habe. „Für einen Schlaganfallpatienten ist es besser, zwanzig Minuten länger im Rettungswagen zu sitzen und dann in einer Stroke Unit behandelt zu werden, als schnell in einem Haus anzukommen, das ihn nicht optimal versorgen kann“, sagte der Ärztliche Direktor Prof. Dr. Henrik Sommer.

Das künftige Versorgungszentrum in Oberau soll nach den Plänen folgende Leistungen anbieten:

- eine Notfallpraxis, die täglich von 8 bis 22 Uhr geöffnet ist
- eine Station mit 30 Betten für Kurzzeitpflege und die Nachsorge nach Operationen
- ambulante Operationen, vor allem in der Chirurgie und der Augenheilkunde
- eine Dialysepraxis und fachärztliche Sprechstunden
- einen Standort des Rettungsdienstes mit Notarzt

Die Geburtshilfe in Oberau, in der im vergangenen Jahr 312 Kinder zur Welt kamen, wird bereits zum 1. Juli 2026 nach Talheim verlegt. Dort soll ein neuer Kreißsaal mit vier Entbindungsräumen entstehen.

## Sorge um Arbeitsplätze

In den beiden Kliniken arbeiten zusammen rund 1.650 Menschen. Betriebsbedingte Kündigungen soll es nach dem Willen des Kreistags nicht geben. Die Geschäftsführung hat zugesagt, allen Beschäftigten in Oberau einen Arbeitsplatz in der neuen Gesellschaft anzubieten – allerdings nicht unbedingt am bisherigen Standort.

Für viele Pflegekräfte ist das ein Problem. „Ich wohne seit 30 Jahren in Oberau, meine Kinder gehen hier zur Schule“, sagte die Krankenschwester Petra Lindner, die seit 1996 auf der Inneren Station arbeitet. „Jeden Tag 40 Kilometer nach Talheim zu pendeln, im Schichtdienst, das kann ich mir nicht vorstellen.“

Die Gewerkschaft kündigte an, einen Überleitungstarifvertrag durchsetzen zu wollen. Darin sollen unter anderem Fahrtkostenzuschüsse, Härtefallregelungen und eine Beschäftigungsgarantie bis 2032 festgeschrieben werden. „Die Beschäftigten dürfen nicht die Zeche für jahrelange Fehlentscheidungen in der Gesundheitspolitik zahlen“, sagte Gewerkschaftssekretär Jan Ohlsen.

[ad]

## Heftige Debatte im Kreistag

Die Debatte im Kreistag war von großer Emotionalität geprägt. Vor allem Abgeordnete aus dem südlichen Landkreis warnten vor einer Abwertung der ländlichen Region. „Erst schließt die Sparkassenfiliale, dann die Post, dann der Hausarzt – und jetzt das Krankenhaus“, sagte die Kreisrätin Ursula Brenner, die selbst in Oberau wohnt. „Wir dürfen uns nicht wundern, wenn junge Familien nicht mehr aufs Land ziehen.“

Befürworter der Fusion hielten dagegen, dass es keine realistische Alternative gebe. „Wir können nicht zwei Häuser mit voller Notfallversorgung betreiben, wenn wir nicht einmal das Personal für eines haben“, sagte der Fraktionsvorsitzende Martin Keil. „Wer jetzt Nein sagt, riskiert am Ende beide Standorte.“

Ein Antrag, die Entscheidung um ein Jahr zu verschieben und ein externes Gutachten zu alternativen Modellen einzuholen, fand keine Mehrheit. Ebenfalls abgelehnt wurde der Vorschlag, einen Bürgerentscheid über die Zukunft der Kliniken abzuhalten.

## Millionen vom Land erwartet

Für den Umbau rechnet der Landkreis mit Investitionen von rund 96 Millionen Euro. Der größte Teil entfällt auf einen Erweiterungsbau in Talheim mit einer neuen Intensivstation und zusätzlichen Operationssälen. Das Land hat in Aussicht gestellt, einen erheblichen Teil der Kosten aus dem Strukturfonds für Krankenhäuser zu übernehmen.

Eine verbindliche Zusage gibt es allerdings noch nicht. Das Gesundheitsministerium teilte auf Anfrage mit, der Antrag des Landkreises werde „wohlwollend geprüft“. Eine Entscheidung sei im Herbst zu erwarten.

Kämmerin Andrea Vogt machte im Kreistag deutlich, dass der Landkreis den Umbau ohne Landesmittel nicht stemmen könne. „Wir sprechen über eine Summe, die größer ist als unser gesamter Investitionshaushalt der nächsten fünf Jahre“, sagte sie.

Die wichtigsten Eckdaten der Planung im Überblick:

| Vorhaben | Kosten | Zeitplan |
| Erweiterungsbau Talheim | 61 Mio. Euro | 2026 bis 2029 |
| Umbau Oberau zum Versorgungszentrum | 22 Mio. Euro | 2027 bis 2028 |
| Neuer Kreißsaal Talheim | 7 Mio. Euro | bis Mitte 2026 |
| IT und Medizintechnik | 6 Mio. Euro | 2026 bis 2028 |

## Ein bundesweiter Trend

Talheim und Oberau sind kein Einzelfall. Bundesweit stehen zahlreiche kleinere Krankenhäuser vor ähnlichen Entscheidungen. Experten rechnen damit, dass die Zahl der Kliniken in Deutschland in den kommenden Jahren deutlich sinken wird. Die Krankenhausreform des Bundes soll die Versorgung stärker konzentrieren und kleinere Häuser in ambulante Zentren umwandeln.

Der Gesundheitsökonom Prof. Dr. Lukas Brenninger von der Hochschule Nordwald sieht darin eine notwendige Entwicklung. „Deutschland hat im europäischen Vergleich sehr viele Krankenhausbetten, aber nicht genug Personal, um sie alle gut zu betreiben“, sagte er. „Konzentration kann die Qualität verbessern, wenn sie gut gemacht ist.“

Entscheidend sei aber, dass die ambulante Versorgung auf dem Land tatsächlich gestärkt werde. „Wenn man ein Krankenhaus schließt und nichts Gleichwertiges an seine Stelle setzt, verlieren die Menschen zu Recht das Vertrauen“, so Brenninger. Der Rettungsdienst müsse ausgebaut und die Zusammenarbeit mit den niedergelassenen Ärzten verbessert werden.

## Ein Haus mit langer Geschichte

Für viele Menschen im südlichen Landkreis ist das Krankenhaus in Oberau mehr als ein Gebäude. Es wurde 1911 als Stiftung eines örtlichen Textilfabrikanten gegründet und nach dem Zweiten Weltkrieg mehrfach erweitert. Generationen von Familien haben hier ihre Kinder zur Welt gebracht, Angehörige verabschiedet, Unfälle und Operationen überstanden.

„Hier bin ich geboren, hier sind meine beiden Töchter geboren“, sagte eine ältere Frau, die vor dem Landratsamt ein Schild mit der Aufschrift „111 Jahre für uns da“ hochhielt. „Und jetzt sollen die jungen Frauen 40 Kilometer fahren, wenn die Wehen einsetzen? Das versteht hier niemand.“

Der Förderverein des Krankenhauses hat in den vergangenen Jahrzehnten mehr als zwei Millionen Euro an Spenden gesammelt, unter anderem für ein neues Ultraschallgerät, die Ausstattung der Kinderstation und einen Garten für Patientinnen und Patienten der Palliativstation. Vereinsvorsitzender Horst Kammerer sagte, viele Mitglieder fühlten sich nun übergangen. „Wir haben immer geholfen, wenn das Geld knapp war. Gefragt hat uns jetzt niemand.“

## Stimmen aus der Ärzteschaft

Auch unter den Ärztinnen und Ärzten ist die Fusion umstritten. Der Chefarzt der Inneren Medizin in Oberau, Dr. Frank Weidinger, warnte vor einer Überlastung der Notaufnahme in Talheim. „Schon heute warten Patienten dort an manchen Abenden mehrere Stunden“, sagte er. „Wenn zusätzlich die Fälle aus dem Süden kommen, muss die Notaufnahme deutlich größer werden – und zwar bevor Oberau schließt, nicht danach.“

Die Geschäftsführung hat zugesagt, die Notaufnahme in Talheim bereits im kommenden Jahr um sechs Behandlungsplätze zu erweitern und zusätzliches Personal einzustellen. Ob das gelingt, ist angesichts des Fachkräftemangels offen.

Die niedergelassenen Hausärztinnen und Hausärzte im südlichen Landkreis sehen in der geplanten Notfallpraxis eine Chance, aber auch eine zusätzliche Belastung. „Wir sind jetzt schon am Limit“, sagte die Allgemeinmedizinerin Dr. Sabine Roth, die in Oberau eine Praxis betreibt. „Wenn wir abends und am Wochenende Dienste in der Notfallpraxis übernehmen sollen, brauchen wir verlässliche Strukturen und eine faire Vergütung.“

Zustimmung kam dagegen von den Chefärzten in Talheim. Sie verweisen darauf, dass komplexe Eingriffe bessere Ergebnisse bringen, wenn sie in Häusern mit vielen Fällen und erfahrenen Teams vorgenommen werden. „Bei bestimmten Krebsoperationen sinkt die Sterblichkeit nachweislich, wenn ein Team sie regelmäßig durchführt“, sagte der Chefarzt der Allgemeinchirurgie, Dr. Thomas Reiter. „Diese Konzentration ist im Interesse der Patienten, auch wenn sie unbequem ist.“

Die Kassenärztliche Vereinigung hat Gespräche über ein gemeinsames Modell angekündigt. Erste Ergebnisse sollen bis zum Sommer vorliegen.

## Bürgerinitiative will weiterkämpfen

Die Bürgerinitiative „Pro Klinik Oberau“, die in den vergangenen Monaten mehr als 11.000 Unterschriften gesammelt hat, zeigte sich enttäuscht. Ihr Sprecher Bernd Wollner kündigte an, die rechtlichen Möglichkeiten prüfen zu lassen. Zudem wolle man ein Bürgerbegehren auf den Weg bringen.

„Der Kreistag hat heute gegen den Willen eines großen Teils der Bevölkerung entschieden“, sagte Wollner nach der Sitzung vor dem Landratsamt. „Wir werden nicht aufgeben. Es geht hier um Leben und Tod.“

Landrat Hambrecht zeigte Verständnis für die Enttäuschung, verteidigte aber den Beschluss. „Niemand in diesem Kreistag hat sich diese Entscheidung leicht gemacht“, sagte er. „Aber wir tragen Verantwortung dafür, dass es auch in zehn Jahren noch eine gute Krankenhausversorgung im Landkreis gibt. Genau dafür haben wir heute die Weichen gestellt.“

## Wie es jetzt weitergeht

In den kommenden Wochen soll ein Lenkungsausschuss gebildet werden, in dem neben Kreistag und Geschäftsführung auch Betriebsrat, Ärzteschaft und Rettungsdienst vertreten sind. Er soll die Umsetzung begleiten und regelmäßig öffentlich berichten.

Für den Sommer sind Bürgerversammlungen in Oberau und in mehreren Gemeinden des südlichen Landkreises geplant. Dort sollen die Pläne für das Versorgungszentrum im Detail vorgestellt werden. Die Klinikleitung hat zudem angekündigt, eine Telefonhotline für Fragen von Patientinnen und Patienten einzurichten.

Die Krankenschwester Petra Lindner will die Versammlungen besuchen. Sie hofft, dass es doch noch eine Lösung gibt, mit der sie in Oberau bleiben kann. „Vielleicht brauchen sie ja im Versorgungszentrum noch erfahrene Leute“, sagt sie. „Ich kenne hier jeden zweiten Patienten beim Vornamen. Das sollte doch etwas wert sein.“

[img Pflegekräfte protestierten vor der Kreistagssitzung gegen die Pläne. | Foto: Stefan Reuter]

Auch in Talheim blickt man mit gemischten Gefühlen auf die kommenden Jahre. Zwar gewinnt das Haus an Bedeutung, doch die Bauarbeiten im laufenden Betrieb werden Personal und Patienten viel abverlangen. „Wir werden drei Jahre lang auf einer Baustelle arbeiten“, sagte ein Oberarzt, der nicht namentlich genannt werden wollte. „Das wird für alle anstrengend. Aber am Ende steht hoffentlich ein Krankenhaus, das für die Zukunft gerüstet ist.“

## Was Patientinnen und Patienten jetzt wissen müssen

Bis zur Umsetzung der Fusion ändert sich für Patientinnen und Patienten zunächst wenig. Die Notaufnahme in Oberau bleibt nach Angaben der Geschäftsführung mindestens bis Ende 2026 rund um die Uhr geöffnet. Geplante Operationen finden weiterhin an beiden Standorten statt. Wer bereits einen Termin hat, muss nichts unternehmen.

Schwangere, die ihre Entbindung in Oberau geplant haben, sollen in den kommenden Wochen persönlich informiert werden. Für Geburten nach dem 1. Juli verweist die Klinik auf den Kreißsaal in Talheim. Die Hebammen aus Oberau sollen nach Möglichkeit mit nach Talheim wechseln, damit werdende Mütter vertraute Gesichter wiedersehen.

Der Landkreis prüft außerdem, ob ein zusätzlicher Rettungswagen im Süden stationiert werden kann, um die längeren Fahrzeiten auszugleichen. Eine Entscheidung darüber soll der Kreistag im Mai treffen. Die Kosten dafür werden auf rund 800.000 Euro im Jahr geschätzt.

Der Landrat kündigte an, die Bürgerinnen und Bürger regelmäßig über den Stand der Planungen zu informieren. „Transparenz ist das Mindeste, was wir den Menschen schulden“, sagte er zum Abschluss der Sitzung.

Die Kreisverwaltung hat alle Unterlagen zur Sitzung, einschließlich des Gutachtens zur Fusion, auf ihrer Internetseite veröffentlicht.
'''

A(dict(
    name='de-drupal-klinikum-fusion', lang='de', cms='drupal',
    url='https://www.talboten.test/region/kreistag-beschliesst-fusion-der-kreiskliniken',
    site='Talbote', section='Region',
    title='Kreistag beschließt Fusion der Kreiskliniken – Oberau verliert Notaufnahme',
    dek='Nach fünfstündiger Debatte: Kliniken Talheim und Oberau werden zusammengelegt',
    pub='2026-02-23T23:12:00+01:00', mod='2026-02-24T08:30:00+01:00', authors=['Julia Reinhardt', 'Michael Stöhr'], tz='Europe/Berlin',
    tags=['Kreiskliniken', 'Gesundheit', 'Kreistag'], opts=['jsonld', 'show_changed', 'share', 'related', 'shy'],
    bio='Julia Reinhardt ist Redakteurin im Ressort Region und berichtet über Gesundheitspolitik.',
    lead='Die Kreiskliniken Talheim und Oberau werden zusammengelegt. Das hat der Kreistag am Montagabend mit großer Mehrheit beschlossen. Für den Standort Oberau bedeutet das tiefe Einschnitte.',
    body=KLINIKUM))

A(dict(
    name='de-wp-yoast-radweg-ausbau', lang='de', cms='wp_yoast',
    url='https://www.weserkurier-nord.test/lokales/neuer-radschnellweg-zwischen-lindenhof-und-innenstadt/',
    site='Weserland Nachrichten', section='Lokales', locale='de_DE',
    title='Neuer Radschnellweg zwischen Lindenhof und Innenstadt: Bauarbeiten beginnen im April',
    pub='2026-03-11T06:00:00+01:00', mod='2026-03-11T14:22:00+01:00', authors=['Henrik Jansen'], tz='Europe/Berlin',
    tags=['Radverkehr', 'Verkehr', 'Lindenhof'], opts=['share', 'related', 'cookie'],
    caption='So soll der Radschnellweg an der Weserbrücke aussehen. Visualisierung: Stadt',
    body='''
Radfahrerinnen und Radfahrer zwischen Lindenhof und Innenstadt können sich auf eine deutlich schnellere Verbindung freuen. Am 7. April beginnen die Bauarbeiten für den ersten Abschnitt des Radschnellwegs, der auf 6,2 Kilometern Länge die beiden Stadtteile verbinden soll.

Der Weg wird durchgehend vier Meter breit und getrennt vom Fußverkehr geführt. An den großen Kreuzungen sollen Radfahrende eine eigene Grünphase erhalten. „Wir wollen, dass man die Strecke in weniger als 20 Minuten schafft“, sagte Baudezernentin Anja Röttger bei der Vorstellung der Pläne.

[ad]

Die Kosten liegen bei rund 14,8 Millionen Euro, 75 Prozent davon übernimmt der Bund aus einem Förderprogramm. Während der Bauzeit wird die Lindenhofer Straße in Richtung Innenstadt zeitweise einspurig.

[readmore Parkhaus am Markt: Stadt erhöht die Gebühren]

Kritik kommt vom Einzelhandelsverband, der den Wegfall von 42 Parkplätzen entlang der Strecke bemängelt. Die Stadt verweist auf ein neues Parkhaus am Bahnhof, das im Herbst eröffnet.

[cta Folgen Sie den Weserland Nachrichten auch auf WhatsApp – jetzt kostenlos abonnieren!]

Der erste Abschnitt bis zur Weserbrücke soll Ende 2026 fertig sein, die gesamte Strecke 2028.
'''))

A(dict(
    name='de-nextjs-bahn-streik', lang='de', cms='nextjs',
    url='https://www.nordkurier24.test/wirtschaft/lokfuehrer-streiken-ab-donnerstag-was-pendler-wissen-muessen-a-8f3e21',
    site='Nordkurier24', section='Wirtschaft',
    title='Lokführer streiken ab Donnerstag – was Pendler jetzt wissen müssen',
    pub='2026-01-27T13:18:00+01:00', mod='2026-01-27T16:40:00+01:00', authors=['Sven Kallweit'], tz='Europe/Berlin',
    opts=['jsonld', 'relative', 'share', 'newsletter'], relative_text='vor 3 Stunden',
    tags=['Bahn', 'Streik', 'Pendler'],
    lead='Die Lokführergewerkschaft hat zu einem 48-stündigen Streik im Personen- und Güterverkehr aufgerufen. Millionen Fahrgäste müssen sich auf massive Einschränkungen einstellen.',
    body='''
Der Ausstand beginnt am Donnerstag um 2&nbsp;Uhr und endet am Samstag um 2&nbsp;Uhr. Im Güterverkehr startet der Streik bereits am Mittwochabend um 18 Uhr. Die Bahn kündigte einen Notfahrplan an, nach dem etwa ein Fünftel der Fernzüge fahren soll.

## Welche Verbindungen sind betroffen?

Im Regionalverkehr hängt das Angebot stark von der Region ab. Private Bahnunternehmen, deren Beschäftigte nicht zum Streik aufgerufen sind, fahren weitgehend normal. Die S-Bahnen in den großen Städten sollen im Stundentakt verkehren.

[ad]

## Bekomme ich mein Geld zurück?

Fahrgäste, die ihre Reise wegen des Streiks nicht antreten wollen, können ihr Ticket kostenlos stornieren oder es zu einem späteren Zeitpunkt nutzen. Die Zugbindung für Sparpreise ist aufgehoben.

- Tickets für den 29. bis 31. Januar gelten bis einschließlich 7. Februar
- Sitzplatzreservierungen werden kostenlos erstattet
- Bei mehr als 60 Minuten Verspätung gibt es 25 Prozent Entschädigung

Die Gewerkschaft fordert unter anderem eine Absenkung der Wochenarbeitszeit auf 35 Stunden bei vollem Lohnausgleich. Die Bahn bezeichnete den Streik als „völlig überzogen“.
'''))

A(dict(
    name='de-wire-tarifeinigung-chemie', lang='de', cms='newsml_wire',
    url='https://www.dna-nachrichten.test/wirtschaft/2026/02/18/tarifeinigung-in-der-chemieindustrie/',
    site='dna Deutsche Nachrichtenagentur', service='Basisdienst', section='Wirtschaft',
    title='Tarifeinigung in der Chemieindustrie: 5,2 Prozent mehr in zwei Stufen',
    pub='2026-02-18T04:12:00+01:00', mod='2026-02-18T07:55:00+01:00', authors=['dna'], agency='dna', tz='Europe/Berlin',
    urgency=3, slugline='Tarife/Chemie/Einigung', dateline_city='Hannover', version=3,
    tags=['Tarife', 'Chemie', 'Gewerkschaften'],
    notes='Agency copy: no personal byline, only the agency; closing credit line "dna kr/bw" is body.',
    body='''
Hannover (dna) – Die rund 580&nbsp;000 Beschäftigten der chemischen und pharmazeutischen Industrie erhalten mehr Geld. Gewerkschaft und Arbeitgeber einigten sich in der Nacht zum Mittwoch in Hannover nach mehr als 15-stündigen Verhandlungen auf einen neuen Tarifvertrag, wie beide Seiten mitteilten.

Demnach steigen die Entgelte zum 1. April um 3,0 Prozent und zum 1. März 2027 um weitere 2,2 Prozent. Auszubildende erhalten zusätzlich einen monatlichen Zuschuss von 50 Euro. Der Vertrag hat eine Laufzeit von 24 Monaten.

Die Gewerkschaft hatte ursprünglich sieben Prozent mehr Lohn für zwölf Monate gefordert. Die Arbeitgeber hatten auf die schwierige Lage der Branche verwiesen, die unter hohen Energiepreisen und schwacher Nachfrage aus dem Ausland leidet.

„Das ist ein Abschluss mit Augenmaß“, sagte Verhandlungsführer Ralf Eggers von der Arbeitgeberseite. Gewerkschaftsvize Monika Straub sprach von einem „spürbaren Plus in schwierigen Zeiten“.

~ dna kr/bw
'''))

A(dict(
    name='de-liveblog-landtagswahl', lang='de', cms='liveblog',
    url='https://www.suedwestecho.test/politik/landtagswahl-2026-live-hochrechnungen-ergebnisse-liveticker',
    site='Südwest-Echo', section='Politik', event='Landtagswahl 2026', place='Stuttgart',
    title='Landtagswahl 2026 im Liveticker: Regierung verliert Mehrheit',
    dek='Alle Hochrechnungen, Stimmen und Reaktionen im Überblick',
    pub='2026-03-08T08:00:00+01:00', authors=['Lea Hoffmann', 'Daniel Brück'], tz='Europe/Berlin', opts=['cookie'],
    summary_label='Das Wichtigste in Kürze',
    notes='Newest entry first. The summary list at the top is body; entry timestamps are not.',
    body='''
- Die bisherige Koalition verliert ihre Mehrheit im Landtag
- Wahlbeteiligung mit 68,9 Prozent höher als vor fünf Jahren
- Ministerpräsidentin Kramer kündigt Gespräche mit allen demokratischen Parteien an

### @2026-03-08T08:00:00+01:00 Wahllokale sind geöffnet

Guten Morgen! Seit 8 Uhr sind die Wahllokale geöffnet. Rund 7,6 Millionen Menschen sind aufgerufen, einen neuen Landtag zu wählen. Wir begleiten den Tag hier im Liveticker.

### @2026-03-08T14:00:00+01:00 Höhere Beteiligung als 2021

Bis 14 Uhr haben nach Angaben der Landeswahlleiterin 41,2 Prozent der Wahlberechtigten ihre Stimme abgegeben, ohne Briefwähler. Vor fünf Jahren waren es zum gleichen Zeitpunkt 36,5 Prozent.

### @2026-03-08T18:00:00+01:00 Erste Prognose

Die erste Prognose ist da. Demnach kommt die Bürgerpartei auf 29 Prozent, die Grüne Liste auf 22 Prozent, die Sozialdemokraten auf 15 Prozent und die Liberalen auf 6 Prozent. Die bisherige Koalition hätte damit keine eigene Mehrheit mehr.

| Partei | Prognose | 2021 |
| Bürgerpartei | 29,0 | 24,1 |
| Grüne Liste | 22,0 | 30,6 |
| Sozialdemokraten | 15,0 | 11,0 |
| Liberale | 6,0 | 10,5 |

### @2026-03-08T18:47:00+01:00 Kramer: „Ein bitterer Abend“

Ministerpräsidentin Johanna Kramer hat die Verluste ihrer Partei eingeräumt. „Das ist ein bitterer Abend für uns“, sagte sie vor Anhängern. Sie werde aber mit allen demokratischen Parteien Gespräche führen.

### @2026-03-08T22:35:00+01:00 Vorläufiges Endergebnis erwartet

Die Auszählung ist weitgehend abgeschlossen, das vorläufige Endergebnis wird gegen Mitternacht erwartet. Wir beenden den Liveticker an dieser Stelle. Vielen Dank fürs Mitlesen!
'''))

A(dict(
    name='de-ghost-datenschutz-newsletter', lang='de', cms='ghost',
    url='https://datenwache.test/behoerde-verhaengt-bussgeld-gegen-fitness-app/',
    site='Datenwache', section='Datenschutz',
    title='Behörde verhängt Bußgeld gegen Fitness-App wegen Gesundheitsdaten',
    dek='Die App hatte Pulsdaten ohne Einwilligung an Werbepartner weitergegeben',
    pub='2025-12-02T10:30:00+01:00', authors=['Clara Neubert'], tz='Europe/Berlin',
    tags=['Datenschutz', 'DSGVO', 'Apps'],
    body='''
Die Landesdatenschutzbeauftragte hat gegen den Betreiber der Fitness-App „PulsPlus“ ein Bußgeld in Höhe von 1,8 Millionen Euro verhängt. Das teilte die Behörde am Dienstag mit.

Nach ihren Erkenntnissen hat die App über mehr als zwei Jahre Herzfrequenz- und Schlafdaten von Nutzerinnen und Nutzern an drei Werbenetzwerke übermittelt. Eine wirksame Einwilligung lag nach Auffassung der Behörde nicht vor, weil die entsprechende Option in den Einstellungen voreingestellt war.

„Gesundheitsdaten gehören zu den sensibelsten Informationen überhaupt“, sagte die Datenschutzbeauftragte Dr. Helene Faber. Der Betreiber hat angekündigt, gegen den Bescheid vorzugehen.

Wer wissen möchte, welche Daten die App über einen gespeichert hat, kann nach Artikel 15 DSGVO eine Auskunft verlangen.

[cta Dieser Artikel ist Teil unseres kostenlosen Newsletters. Jetzt anmelden und jeden Dienstag informiert bleiben.]
'''))

A(dict(
    name='de-joomla-feuerwehr-einsatz', lang='de', cms='joomla',
    url='https://www.feuerwehr-birkenau.test/index.php/aktuelles/142-scheunenbrand-in-oberbirkenau',
    site='Freiwillige Feuerwehr Birkenau', section='Aktuelles',
    title='Scheunenbrand in Oberbirkenau: 60 Einsatzkräfte vor Ort',
    pub='2025-08-16T23:30:00+02:00', authors=['Tobias Wendt'], tz='Europe/Berlin', opts=['j3'],
    notes='Joomla 3 layout: only the visible date "16 August 2025"; author shown as "Geschrieben von".',
    body='''
Am Samstagabend wurden wir um 21:14&nbsp;Uhr <!-- Alarmstichwort: F3 --> zu einem Scheunenbrand in die Hauptstraße in Oberbirkenau alarmiert. Beim Eintreffen der ersten Kräfte stand die Scheune bereits in Vollbrand.

Unter schwerem Atemschutz wurde ein Übergreifen der Flammen auf das angrenzende Wohnhaus verhindert. Die Tiere aus dem benachbarten Stall konnten rechtzeitig ins Freie gebracht werden. Verletzt wurde niemand.

Im Einsatz waren die Feuerwehren Birkenau, Oberbirkenau und Lindental mit insgesamt rund 60 Einsatzkräften sowie der Rettungsdienst und die Polizei. Die Nachlöscharbeiten dauerten bis in die frühen Morgenstunden.

Die Polizei hat die Ermittlungen zur Brandursache aufgenommen.
'''))

A(dict(
    name='de-table-schuetzenfest', lang='de', cms='table_legacy',
    url='http://www.heimatblatt-lohfeld.test/archiv/2009/meldung.php?id=4471',
    site='Heimatblatt Lohfeld', section='Vereine',
    title='Neuer Schützenkönig in Lohfeld: Bernd Hülsmann holt den Vogel',
    pub='2009-07-13T00:00:00+02:00', authors=[], tz='Europe/Berlin', table_date='dmy_dot',
    charset={'declared': 'iso-8859-1', 'actual': 'iso-8859-1', 'note': 'Correctly declared ISO-8859-1 (meta http-equiv); umlauts and ß are single bytes.'},
    notes='Archive page from 2009; no author, only the day in visible text.',
    body='''
Großer Jubel am Sonntagnachmittag <!-- Foto folgt --> auf dem Festplatz an der Mühlenstraße: Mit dem 214. Schuss holte Bernd Hülsmann den Rest des Holzvogels von der Stange und ist damit neuer Schützenkönig des Schützenvereins Lohfeld von 1862.

Zu seiner Königin wählte der 47-jährige Landwirt seine Ehefrau Gisela. Das Königspaar wird vom Thron mit Klaus und Renate Dierkes sowie Heinz und Marlies Schöning begleitet.

Jungschützenkönig wurde der 19-jährige Maik Brüggemann, der sich nach einem spannenden Wettkampf gegen vier Mitbewerber durchsetzte.

Am Montag zieht der Festumzug um 15 Uhr vom Vereinslokal „Zur Linde“ durch das Dorf. Abends spielt die Kapelle „Lohfelder Musikanten“ zum Königsball im Festzelt auf.
'''))

A(dict(
    name='de-amp-sturmtief', lang='de', cms='amp',
    url='https://www.kuestenpost.test/amp/nachrichten/sturmtief-xandra-faehren-fallen-aus-id48213.html',
    canonical='https://www.kuestenpost.test/nachrichten/sturmtief-xandra-faehren-fallen-aus-id48213.html',
    site='Küstenpost', section='Nachrichten',
    title='Sturmtief „Xandra“: Fähren zu den Inseln fallen aus',
    pub='2026-02-05T07:12:00+01:00', authors=['dna'], agency='dna', tz='Europe/Berlin',
    notes='Only the news agency is credited (JSON-LD author is an Organization).',
    body='''
Das Sturmtief „Xandra“ sorgt an der Nordseeküste für erhebliche Einschränkungen. Die Reedereien haben am Donnerstag alle Fährverbindungen zu den ostfriesischen Inseln eingestellt. Auch der Flugverkehr zu den Inseln ruht.

Der Deutsche Wetterdienst warnt vor orkanartigen Böen mit bis zu 110 Kilometern pro Stunde. Für den Nachmittag wird eine Sturmflut erwartet, das Wasser soll bis zu 2,5 Meter über das mittlere Hochwasser steigen.

[ad]

Die Behörden riefen die Bevölkerung auf, Deiche und Strände zu meiden. Mehrere Schulen in Küstennähe blieben geschlossen.
'''))
