# Italian articles (invented outlets, people and events).
ARTICLES = []
A = ARTICLES.append

A(dict(
    name='it-joomla-consiglio-comunale-ztl', lang='it', cms='joomla',
    url='https://www.ilcorrieredellavalle.test/index.php/cronaca/1287-ztl-approvata-la-nuova-zona-a-traffico-limitato',
    site='Il Corriere della Valle', section='Cronaca',
    title='Ztl, approvata la nuova zona a traffico limitato nel centro storico',
    pub='2026-02-26T21:30:00+01:00', mod='2026-02-27T08:45:00+01:00', authors=['Giorgio Ferraresi'], tz='Europe/Rome',
    tags=['Ztl', 'centro storico', 'consiglio comunale'],
    body='''
Il consiglio comunale ha approvato ieri sera, con 18 voti favorevoli e 9 contrari, il nuovo regolamento della zona a traffico limitato. Dal 1° giugno l\u2019accesso al centro storico sarà vietato alle auto non autorizzate dalle 8 alle 20, tutti i giorni.

Le principali novità:

- otto nuovi varchi elettronici con telecamere
- permessi gratuiti per i residenti, fino a due per nucleo familiare
- accesso consentito ai veicoli elettrici fino alla fine del 2027
- fascia per il carico e scarico merci dalle 6 alle 10

L\u2019assessore alla mobilità, Chiara Lombardi, ha parlato di «una scelta coraggiosa per restituire il centro ai pedoni». Contrari i commercianti di via Garibaldi, che temono un calo degli incassi.

Il sindaco ha annunciato un periodo di sei settimane senza multe per permettere ai cittadini di abituarsi alle nuove regole.
'''))

A(dict(
    name='it-wp-classic-sagra-castagne', lang='it', cms='wp_classic',
    url='https://www.lavocedelmontefeltro.test/2025/10/sagra-delle-castagne-numeri-record/',
    site='La Voce del Montefeltro', section='Eventi',
    title='Sagra delle castagne, numeri record: oltre 25mila presenze',
    pub='2025-10-20T16:48:00+02:00', authors=['Elisa Marcucci'], tz='Europe/Rome',
    tags=['sagra', 'castagne', 'turismo'], opts=['share', 'comments', 'related'],
    body='''
Si è chiusa domenica sera con un bilancio da record la 48ª Sagra delle castagne di Monteverde. Secondo gli organizzatori della Pro Loco, nei due fine settimana della manifestazione sono arrivati in paese più di 25mila visitatori, il 20 per cento in più rispetto allo scorso anno.

Sono stati cotti oltre 90&nbsp;quintali di castagne, <!-- ADV_INTEXT --> serviti 11mila piatti di polenta e venduti 4mila biglietti per la lotteria di beneficenza. Il ricavato sarà destinato al restauro della chiesa di San Rocco.

«Un successo che premia il lavoro di oltre 150 volontari», ha commentato il presidente della Pro Loco, Franco Bellucci. Qualche disagio si è registrato per i parcheggi: domenica pomeriggio la strada provinciale è rimasta bloccata per quasi un\u2019ora.

[img La distribuzione delle caldarroste in piazza Vittorio Emanuele. | Foto Pro Loco Monteverde]

Il sindaco ha promesso un servizio navetta per la prossima edizione.
'''))

A(dict(
    name='it-drupal-universita-bando', lang='it', cms='drupal',
    url='https://www.ateneonews.test/notizie/borse-di-studio-pubblicato-il-bando-2026',
    site='AteneoNews', section='Università',
    title='Borse di studio, pubblicato il bando 2026: domande entro il 15 settembre',
    pub='2026-07-03T10:00:00+02:00', mod='2026-07-03T15:30:00+02:00', authors=['Redazione AteneoNews'], gold_authors=[],
    tz='Europe/Rome', opts=['og', 'og_times'],
    notes='Byline is the newsroom ("Redazione AteneoNews"), not a person: authors is []. Modified time only in og article:modified_time.',
    lead='Disponibili 4.200 borse per gli studenti iscritti ai corsi di laurea e di dottorato. Aumenta l\u2019importo per i fuori sede.',
    body='''
L\u2019ente regionale per il diritto allo studio ha pubblicato il bando per le borse di studio dell\u2019anno accademico 2026/2027. Le domande si presentano esclusivamente online entro le ore 12 del 15 settembre.

Gli importi massimi previsti:

| Categoria | Importo annuo |
| Studenti in sede | 2.850 euro |
| Studenti pendolari | 4.100 euro |
| Studenti fuori sede | 7.300 euro |

Per accedere è necessario avere un Isee non superiore a 27.000 euro e rispettare i requisiti di merito previsti dal bando. Le graduatorie provvisorie saranno pubblicate entro il 31 ottobre.
'''))

A(dict(
    name='it-amp-incidente-autostrada', lang='it', cms='amp',
    url='https://www.gazzettadelnord.test/amp/cronaca/incidente-in-autostrada-coda-di-12-chilometri/',
    canonical='https://www.gazzettadelnord.test/cronaca/incidente-in-autostrada-coda-di-12-chilometri/',
    site='Gazzetta del Nord', section='Cronaca',
    title='Incidente in autostrada, coda di 12 chilometri verso il confine',
    pub='2025-08-09T11:25:00+02:00', authors=['Davide Colombo'], tz='Europe/Rome',
    body='''
Un incidente tra un camion e due automobili ha bloccato per oltre tre ore l\u2019autostrada in direzione nord, all\u2019altezza dell\u2019uscita di Valmadrera, in uno dei giorni più trafficati dell\u2019estate.

Secondo la polizia stradale, il mezzo pesante avrebbe tamponato le due vetture che rallentavano in prossimità di un cantiere. Tre persone sono rimaste lievemente ferite e sono state trasportate all\u2019ospedale.

[ad]

La coda ha raggiunto i 12 chilometri. Il traffico è tornato regolare solo nel primo pomeriggio.
'''))

A(dict(
    name='it-gutenberg-mostra-museo', lang='it', cms='wp_gutenberg',
    url='https://www.artecittamagazine.test/2026/03/mostra-caravaggeschi-palazzo-ducale/',
    site='ArteCittà Magazine', section='Mostre',
    title='I caravaggeschi a Palazzo Ducale: 60 opere da 20 musei europei',
    pub='2026-03-06T09:00:00+01:00', authors=['Lorenzo Gatti'], tz='Europe/Rome',
    tags=['mostre', 'Caravaggio', 'Palazzo Ducale'],
    body='''
Apre domani a Palazzo Ducale la mostra «Luce e ombra. I caravaggeschi tra Roma e Napoli», che riunisce sessanta dipinti provenienti da venti musei europei, tra cui il Prado di Madrid e la Gemäldegalerie di Berlino.

Il percorso, curato dalla storica dell\u2019arte Francesca Orsini, si articola in sette sezioni e racconta come la pittura di Caravaggio abbia influenzato un\u2019intera generazione di artisti nei primi decenni del Seicento.

[pull «Non una mostra su Caravaggio, ma sul suo contagio»]

«Non una mostra su Caravaggio, ma sul suo contagio», ha spiegato la curatrice durante la presentazione alla stampa. Tra i prestiti più attesi c\u2019è una «Giuditta» di Artemisia Gentileschi mai esposta in Italia.

Informazioni pratiche:

- dal 7 marzo al 12 luglio 2026
- aperto tutti i giorni dalle 9 alle 19, il venerdì fino alle 22
- biglietto intero 16 euro, ridotto 12 euro

Le prenotazioni sono consigliate nei fine settimana.
'''))

A(dict(
    name='it-liveblog-maltempo', lang='it', cms='liveblog',
    url='https://www.quotidianoligure.test/cronaca/maltempo-allerta-rossa-diretta',
    site='Quotidiano Ligure', section='Cronaca', event='Allerta rossa maltempo', place='Liguria',
    title='Maltempo, allerta rossa in Liguria: la diretta',
    pub='2025-11-04T06:30:00+01:00', authors=['Silvia Parodi'], tz='Europe/Rome', opts=['chrono', 'entry_author'],
    summary_label='In sintesi',
    notes='Entries shown in chronological order (oldest first). Summary list is body; entry times and the per-entry author label are not.',
    body='''
- Scuole chiuse in tutta la regione
- Esondato il torrente Bisagno in due punti
- Nessun ferito segnalato

### @2025-11-04T06:30:00+01:00 Allerta rossa fino a mezzanotte

Buongiorno. La Protezione civile regionale ha confermato l\u2019allerta rossa per piogge e temporali su tutto il territorio fino alla mezzanotte. Scuole, parchi e cimiteri restano chiusi.

### @2025-11-04T09:15:00+01:00 Pioggia record a Genova

A Genova sono caduti 180 millimetri di pioggia in tre ore, secondo i dati dell\u2019osservatorio meteorologico. Diverse strade sono allagate nella zona della Foce.

### @2025-11-04T11:40:00+01:00 Esonda il Bisagno

Il torrente Bisagno è esondato in due punti nella media valle. I vigili del fuoco hanno evacuato una ventina di famiglie. Non ci sono feriti.

### @2025-11-04T17:05:00+01:00 Migliora la situazione

La pioggia è in attenuazione e il livello dei torrenti è in calo. Il sindaco ha annunciato che domani le scuole riapriranno regolarmente.
'''))
