# Korean, Turkish, Polish, Dutch, Indonesian and Hindi articles (invented outlets, people and events).
ARTICLES = []
A = ARTICLES.append

# ------------------------------------------------------------------ Korean
A(dict(
    name='ko-nuxt-jihacheol-yogeum', lang='ko', cms='nuxt',
    url='https://www.hanbit-ilbo.test/society/2026/03/05/subway-fare',
    site='한빛일보', section='사회',
    title='지하철 기본요금 다음 달부터 1550원으로 인상',
    pub='2026-03-05T10:12:00+09:00', mod='2026-03-05T14:37:00+09:00', authors=['김지훈'], tz='Asia/Seoul',
    tags=['지하철', '요금'],
    notes='Korean portal style: "입력 2026.03.05 10:12 수정 2026.03.05 14:37"; byline "김지훈 기자" (the 기자 title is not part of the name).',
    body='''
시는 다음 달 6일부터 지하철 기본요금을 현행 1400원에서 1550원으로 150원 인상한다고 5일 밝혔다. 지하철 요금 인상은 2023년 이후 3년 만이다.

청소년과 어린이 요금도 각각 100원, 50원씩 오른다. 다만 65세 이상 노인과 장애인의 무임승차 제도는 그대로 유지된다.

[ad]

시 관계자는 "누적 적자가 커져 안전 투자에 어려움이 있었다"며 "요금 인상분은 노후 전동차 교체와 역사 안전 시설 개선에 우선 투입하겠다"고 설명했다.

시민단체는 물가 상승으로 서민 부담이 커진 상황에서 요금 인상은 시기상조라며 반발했다.
'''))

A(dict(
    name='ko-wp-classic-jiyeok-chukje', lang='ko', cms='wp_classic',
    url='https://www.gangbyeon-news.test/2025/10/11/festival-returns/',
    site='강변뉴스', section='문화',
    title='강변 불꽃축제 3년 만에 재개… 50만 명 몰려',
    pub='2025-10-11T23:05:00+09:00', authors=['박서연'], tz='Asia/Seoul', opts=['og', 'comments'],
    body='''
코로나19와 안전 문제로 중단됐던 강변 불꽃축제가 3년 만에 다시 열려 약 50만 명의 시민이 몰렸다.

11일 오후 7시 30분부터 1시간 동안 진행된 축제에서는 한국, 일본, 캐나다 3개국 팀이 차례로 불꽃을 쏘아 올렸다. 주최 측은 안전을 위해 경찰과 소방, 자원봉사자 등 3천여 명을 배치했다.

행사가 끝난 뒤 인근 지하철역에는 귀가 인파가 몰려 한때 입장이 통제되기도 했지만, 큰 사고는 없었다.
'''))

# ------------------------------------------------------------------ Turkish
A(dict(
    name='tr-wp-yoast-kentsel-donusum', lang='tr', cms='wp_yoast',
    url='https://www.egehaberleri.test/gundem/kentsel-donusumde-yeni-donem-basliyor/',
    site='Ege Haberleri', section='Gündem', locale='tr_TR',
    title='Kentsel dönüşümde yeni dönem: Kira yardımı iki katına çıkıyor',
    pub='2026-02-14T11:40:00+03:00', mod='2026-02-14T15:05:00+03:00', authors=['Elif Yıldırım'], tz='Europe/Istanbul',
    tags=['kentsel dönüşüm', 'deprem', 'konut'], opts=['share', 'related', 'comments'],
    body='''
Büyükşehir Belediyesi, riskli yapılarda yaşayan vatandaşlar için kentsel dönüşüm kapsamında verilen kira yardımını aylık 7 bin 500 liradan 15 bin liraya çıkardı. Karar, belediye meclisinde oy birliğiyle kabul edildi.

Belediye Başkanı Murat Aksoy, kentte 38 bin binanın deprem riski taşıdığını belirterek "Vatandaşlarımızın evlerini dönüştürmesinin önündeki en büyük engel kira yükü. Bu adımla süreci hızlandırmayı hedefliyoruz" dedi.

[ad]

Yeni uygulamadan yararlanmak isteyenlerin başvurularını belediyenin internet sitesi üzerinden yapması gerekiyor. Başvurular 1 Mart'ta başlayacak.

[readmore Deprem riski taşıyan binalar için ücretsiz tarama başladı]
'''))

A(dict(
    name='tr-amp-futbol-derbi', lang='tr', cms='amp',
    url='https://www.sporhatti.test/amp/futbol/derbide-kazanan-cikmadi-1-1/',
    canonical='https://www.sporhatti.test/futbol/derbide-kazanan-cikmadi-1-1/',
    site='Spor Hattı', section='Futbol',
    title='Derbide kazanan çıkmadı: 1-1',
    pub='2025-12-14T21:58:00+03:00', authors=['Can Demir', 'Burak Şahin'], tz='Europe/Istanbul',
    body='''
Ligin 16. haftasında oynanan derbi maçında Karadeniz Spor ile Boğaziçi FK 1-1 berabere kaldı. Ev sahibi ekip 23. dakikada kaptanı Emre Kaya'nın golüyle öne geçti.

Konuk takım ikinci yarının başında baskısını artırdı ve 58. dakikada Brezilyalı forvet Thiago Mendes'in kafa golüyle skoru eşitledi.

[ad]

Bu sonucun ardından iki takım da 31 puanla üçüncü ve dördüncü sırada yer aldı.
'''))

A(dict(
    name='tr-nextjs-enflasyon-verisi', lang='tr', cms='nextjs',
    url='https://www.piyasaekonomi.test/ekonomi/enflasyon-subatta-yuzde-2-9-oldu-2026-03-03',
    site='Piyasa Ekonomi', section='Ekonomi',
    title='Enflasyon şubatta yüzde 2,9 oldu',
    pub='2026-03-03T10:00:00+03:00', authors=['Zeynep Arslan'], tz='Europe/Istanbul', opts=['jsonld', 'epoch'],
    lead='Tüketici fiyatları şubatta aylık bazda yüzde 2,9 artarken yıllık enflasyon yüzde 31,4\'e geriledi.',
    body='''
İstatistik kurumunun açıkladığı verilere göre yıllık enflasyon ocak ayındaki yüzde 33,2 seviyesinden yüzde 31,4'e indi. Piyasa beklentisi aylık yüzde 3,1 seviyesindeydi.

Aylık bazda en yüksek artış yüzde 5,8 ile gıda ve alkolsüz içecekler grubunda görüldü. Giyim ve ayakkabı grubunda ise mevsimsel etkilerle fiyatlar yüzde 1,2 düştü.

Ekonomistler, dezenflasyon sürecinin devam ettiğini ancak gıda fiyatlarındaki dalgalanmanın risk oluşturduğunu belirtiyor.
'''))

# ------------------------------------------------------------------ Polish
A(dict(
    name='pl-wp-classic-tramwaj-linia', lang='pl', cms='wp_classic',
    url='https://www.gazetanadwarcianska.test/2026/02/nowa-linia-tramwajowa-umowa-podpisana/',
    site='Gazeta Nadwarciańska', section='Miasto',
    title='Nowa linia tramwajowa na Zawarcie. Umowa z wykonawcą podpisana',
    pub='2026-02-19T13:25:00+01:00', authors=['Katarzyna Wiśniewska', 'Piotr Nowak'], tz='Europe/Warsaw',
    tags=['tramwaje', 'inwestycje'], opts=['og', 'share', 'shy'],
    body='''
Miasto podpisało w czwartek umowę z wykonawcą budowy linii tramwajowej na Zawarcie. Inwestycja o wartości 412 mln zł ma być gotowa do końca 2028 roku.

Nowa trasa będzie miała 4,6 km długości i osiem przystanków. Połączy osiedle Słoneczne z centrum przesiadkowym przy dworcu głównym. Przejazd z pętli do centrum ma trwać 14 minut.

„To największa inwestycja tramwajowa w mieście od trzydziestu lat” – powiedział prezydent miasta Andrzej Malinowski.

Prace ruszą wiosną. Przez kilka miesięcy kierowcy muszą się liczyć z utrudnieniami na ulicy Grunwaldzkiej.
'''))

A(dict(
    name='pl-drupal-szpital-oddzial', lang='pl', cms='drupal',
    url='https://www.kurierpomorski.test/wiadomosci/szpital-otwiera-nowy-oddzial-pediatryczny',
    site='Kurier Pomorski', section='Wiadomości',
    title='Szpital otwiera nowy oddział pediatryczny',
    pub='2025-09-30T08:15:00+02:00', mod='2025-09-30T12:00:00+02:00', authors=['Agnieszka Zielińska'], tz='Europe/Warsaw',
    opts=['jsonld'],
    lead='Po dwóch latach remontu szpital wojewódzki otwiera zmodernizowany oddział pediatryczny z 36 łóżkami.',
    body='''
Oddział ma nowe sale dla dzieci z rodzicami, pokój zabaw i gabinety zabiegowe. Modernizacja kosztowała 28 mln zł, z czego większość pochodziła z funduszy unijnych.

[split]

„Dzieci i ich rodzice zasługują na warunki na miarę XXI wieku” – mówi ordynator oddziału dr Tomasz Kamiński.

Pierwsi pacjenci zostaną przyjęci w poniedziałek 6 października.
'''))

A(dict(
    name='pl-liveblog-powodz', lang='pl', cms='liveblog',
    url='https://www.dziennikslaski.test/relacja-na-zywo/powodz-na-poludniu-kraju',
    site='Dziennik Śląski', section='Wiadomości', event='Powódź na południu', place='Śląsk',
    title='Powódź na południu kraju. Relacja na żywo',
    pub='2025-09-14T06:00:00+02:00', authors=['Michał Król'], tz='Europe/Warsaw',
    summary_label='Najważniejsze informacje',
    body='''
- Alarm powodziowy w 12 gminach
- Ewakuowano ponad 1500 osób
- Szczyt fali na Odrze spodziewany w poniedziałek

### @2025-09-14T06:00:00+02:00 Noc pełna opadów

Dzień dobry. W nocy w górach spadło ponad 120 litrów wody na metr kwadratowy. Stany alarmowe przekroczone są na kilkunastu wodowskazach.

### @2025-09-14T10:20:00+02:00 Ewakuacja w Kłodzku

Służby rozpoczęły ewakuację mieszkańców najniżej położonych ulic w Kłodzku. Do dyspozycji są szkoły i hala sportowa.

### @2025-09-14T15:45:00+02:00 Premier zwołuje sztab kryzysowy

Premier zwołał posiedzenie rządowego zespołu zarządzania kryzysowego na godzinę 17.
'''))

# ------------------------------------------------------------------ Dutch
A(dict(
    name='nl-drupal-gemeente-woningbouw', lang='nl', cms='drupal',
    url='https://www.dagbladdelta.test/regio/gemeente-wil-2000-woningen-bouwen-op-oud-haventerrein',
    site='Dagblad Delta', section='Regio',
    title='Gemeente wil 2000 woningen bouwen op oud haventerrein',
    pub='2026-01-08T16:45:00+01:00', authors=['Sanne de Vries', 'Joris Bakker'], tz='Europe/Amsterdam',
    tags=['woningbouw', 'haven'], opts=['jsonld', 'share', 'shy'],
    lead='Op het voormalige haventerrein aan de Maaskade moeten de komende tien jaar ruim 2000 woningen verrijzen.',
    body='''
Het college van burgemeester en wethouders presenteerde donderdag de plannen voor de nieuwe wijk. Een derde van de woningen wordt sociale huur, een derde valt in het middensegment en de rest is bedoeld voor de vrije sector.

„We bouwen hier niet alleen huizen, maar een complete wijk met scholen, winkels en veel groen”, zei wethouder Fatima El Amrani.

Omwonenden maken zich zorgen over de verkeersdrukte. De gemeente belooft een nieuwe busverbinding en een fietsbrug over de haven.

De gemeenteraad neemt in maart een besluit.
'''))

A(dict(
    name='nl-ghost-techbedrijf-ontslagen', lang='nl', cms='ghost',
    url='https://www.startupnieuws.test/techbedrijf-schrapt-120-banen/',
    site='Startupnieuws', section='Tech',
    title='Techbedrijf Loopwerk schrapt 120 banen na mislukte financieringsronde',
    dek='Het Utrechtse bedrijf zoekt een koper voor zijn logistieke tak',
    pub='2025-11-25T14:20:00+01:00', authors=['Lotte Jansen'], tz='Europe/Amsterdam',
    tags=['startups', 'ontslagen'],
    body='''
Het Utrechtse techbedrijf Loopwerk ontslaat 120 van zijn 340 medewerkers. Dat heeft oprichter Ruben Visser dinsdag bekendgemaakt in een interne e-mail die in handen is van Startupnieuws.

Volgens Visser is een geplande investeringsronde van 25 miljoen euro op het laatste moment afgeketst. „We hebben moeilijke keuzes moeten maken om het bedrijf gezond te houden”, schrijft hij.

De ontslagen vallen vooral bij de logistieke afdeling, waarvoor het bedrijf een koper zoekt. Medewerkers krijgen een vertrekregeling van twee maandsalarissen bovenop het wettelijke minimum.
'''))

A(dict(
    name='nl-gutenberg-fietsbrug-geopend', lang='nl', cms='wp_gutenberg',
    url='https://www.stadskrant-zwolle.test/2025/06/fietsbrug-geopend/',
    site='De Stadskrant', section='Nieuws',
    title='Nieuwe fietsbrug over het kanaal officieel geopend',
    pub='2025-06-27T15:30:00+02:00', authors=['Bram Mulder'], tz='Europe/Amsterdam', opts=['comments'],
    body='''
Wethouder Karin Smit heeft vrijdagmiddag de nieuwe fietsbrug over het Stadskanaal geopend. De brug van 140 meter lang verbindt de wijk Westerveld met het centrum.

Fietsers besparen volgens de gemeente gemiddeld vier minuten op hun route. Dagelijks worden zo'n 6000 fietsers verwacht.

De brug kostte 9,4 miljoen euro en is ontworpen door het Rotterdamse bureau Brugwerk. Opvallend is de verlichting in de leuning, die 's avonds langzaam van kleur verandert.
'''))

# ------------------------------------------------------------------ Indonesian
A(dict(
    name='id-wp-yoast-banjir-jakarta', lang='id', cms='wp_yoast',
    url='https://www.kabarnusantara.test/metro/banjir-rendam-ratusan-rumah-di-jakarta-timur/',
    site='Kabar Nusantara', section='Metro', locale='id_ID',
    title='Banjir Rendam Ratusan Rumah di Jakarta Timur, Warga Mengungsi',
    pub='2026-01-29T07:50:00+07:00', mod='2026-01-29T11:15:00+07:00', authors=['Dewi Lestari'], tz='Asia/Jakarta',
    tags=['banjir', 'Jakarta'], opts=['share', 'related'],
    body='''
Hujan deras yang mengguyur Jakarta sejak Rabu malam menyebabkan ratusan rumah di Kecamatan Kramat Jati, Jakarta Timur, terendam banjir setinggi 50 hingga 120 sentimeter.

Badan Penanggulangan Bencana Daerah (BPBD) mencatat sebanyak 640 warga mengungsi ke masjid dan sekolah terdekat. Petugas gabungan mengerahkan perahu karet untuk mengevakuasi warga lanjut usia dan anak-anak.

[ad]

"Air mulai naik sekitar pukul dua dini hari. Kami tidak sempat menyelamatkan barang-barang," kata Siti Aminah, warga RT 05.

[readmore BMKG prakirakan hujan lebat hingga akhir pekan]

BPBD mengimbau warga di bantaran sungai untuk tetap waspada karena hujan diperkirakan masih turun hingga akhir pekan.
'''))

A(dict(
    name='id-amp-timnas-ujicoba', lang='id', cms='amp',
    url='https://www.bolaindonesia.test/amp/timnas/timnas-menang-2-0-dalam-laga-uji-coba',
    canonical='https://www.bolaindonesia.test/timnas/timnas-menang-2-0-dalam-laga-uji-coba',
    site='Bola Indonesia', section='Timnas',
    title='Timnas Menang 2-0 dalam Laga Uji Coba',
    pub='2025-10-10T22:05:00+07:00', authors=['Rizky Pratama'], tz='Asia/Jakarta',
    body='''
Tim nasional Indonesia meraih kemenangan 2-0 atas tim tamu dalam laga uji coba di Stadion Utama, Jumat malam. Gol dicetak oleh Arif Hidayat pada menit ke-34 dan Yoga Saputra pada menit ke-77.

Pelatih timnas mengaku puas dengan permainan anak asuhnya, terutama di lini pertahanan yang tampil disiplin sepanjang pertandingan.

[ad]

Laga ini menjadi persiapan terakhir sebelum babak kualifikasi bulan depan.
'''))

A(dict(
    name='id-blogger-pasar-tradisional', lang='id', cms='blogger',
    url='https://catatanwargabogor.blogspot.test/2025/08/pasar-kebon-kembang-direvitalisasi.html',
    site='Catatan Warga Bogor', section='Kota', tagline='Berita warga, oleh warga',
    title='Pasar Kebon Kembang Direvitalisasi, Pedagang Pindah Sementara',
    pub='2025-08-04T20:30:00+07:00', authors=['Hendra Wijaya'], tz='Asia/Jakarta',
    body='''
Mulai pekan depan, sekitar 800 pedagang Pasar Kebon Kembang akan pindah sementara ke lokasi penampungan di Jalan Dewi Sartika selama proses revitalisasi pasar berlangsung.

Revitalisasi ditargetkan selesai dalam 14 bulan. Bangunan baru akan memiliki empat lantai, area parkir yang lebih luas, dan sistem pengelolaan sampah yang lebih baik.

Sebagian pedagang khawatir omzet mereka turun selama di lokasi sementara. Pemerintah kota berjanji memberikan keringanan retribusi selama masa relokasi.
'''))

# ------------------------------------------------------------------ Hindi
A(dict(
    name='hi-nextjs-metro-line', lang='hi', cms='nextjs',
    url='https://www.bharatsamachar.test/rajya/nayi-metro-line-ka-kaam-shuru-2026-03-09',
    site='भारत समाचार', section='राज्य',
    title='नई मेट्रो लाइन का काम शुरू, 2029 तक पूरा होने का लक्ष्य',
    pub='2026-03-09T14:20:00+05:30', mod='2026-03-09T18:05:00+05:30', authors=['राहुल शर्मा'], tz='Asia/Kolkata',
    opts=['jsonld', 'show_mod', 'share'],
    body='''
शहर में मेट्रो की तीसरी लाइन का निर्माण कार्य सोमवार को शुरू हो गया। मुख्यमंत्री ने भूमि पूजन कर परियोजना की आधारशिला रखी।

करीब 24 किलोमीटर लंबी इस लाइन पर 19 स्टेशन बनाए जाएंगे। परियोजना की कुल लागत लगभग 9,800 करोड़ रुपये आंकी गई है।

[ad]

मेट्रो निगम के प्रबंध निदेशक ने बताया कि लाइन शुरू होने के बाद रोजाना करीब तीन लाख यात्री इसका लाभ उठा सकेंगे।
'''))

A(dict(
    name='hi-wp-classic-kisan-yojana', lang='hi', cms='wp_classic',
    url='https://www.gaonkiawaaz.test/2025/07/kisan-yojana-kist/',
    site='गाँव की आवाज़', section='खेती',
    title='किसान सम्मान योजना की अगली किस्त अगस्त में जारी होगी',
    pub='2025-07-22T11:00:00+05:30', authors=['सुनीता यादव'], tz='Asia/Kolkata', opts=['og', 'comments'],
    body='''
केंद्र सरकार की किसान सम्मान योजना की अगली किस्त अगस्त के पहले सप्ताह में किसानों के खातों में भेजी जाएगी। कृषि विभाग के अधिकारियों ने यह जानकारी दी।

जिन किसानों ने अभी तक ई-केवाईसी नहीं कराई है, उन्हें 31 जुलाई तक यह प्रक्रिया पूरी करनी होगी। ऐसा न करने पर किस्त रुक सकती है।

किसान नज़दीकी जन सेवा केंद्र या योजना की वेबसाइट पर जाकर ई-केवाईसी करा सकते हैं।
'''))
