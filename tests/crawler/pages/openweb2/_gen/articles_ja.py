# Japanese articles (invented outlets, people and events).
ARTICLES = []
A = ARTICLES.append

A(dict(
    name='ja-jp-newspaper-shinkansen-teiden', lang='ja', cms='jp_newspaper',
    url='https://www.tohoku-nichinichi.test/articles/ASV3C4R2MV3CUTIL012.html',
    site='東北日日新聞', section='社会',
    title='新幹線が停電で一時運転見合わせ\u3000約２万人に影響',
    pub='2026-03-12T08:47:00+09:00', mod='2026-03-12T12:30:00+09:00', authors=['佐藤健一', '高橋美咲'], tz='Asia/Tokyo',
    opts=['paywall'],
    notes='Paywalled article: only the free part is visible, so body is that part. Byline lists two reporters. Modified time shown as "（3月12日 12時30分更新）".',
    body='''
１２日午前６時半ごろ、東北新幹線の仙台―盛岡間で架線の停電が発生し、上下線で約２時間にわたり運転を見合わせた。ＪＲ東日本によると、上下計３８本が運休または遅れ、約２万人に影響が出た。

停電は北上駅付近の変電設備の不具合が原因とみられる。同社が詳しい原因を調べている。

[split]

仙台駅では、運転再開を待つ通勤客や出張客が改札口付近にあふれた。盛岡市に向かう予定だった会社員の男性（４５）は「大事な会議に間に合わない。早く動いてほしい」と話した。
'''))

A(dict(
    name='ja-jp-newspaper-sakura-matsuri-sjis', lang='ja', cms='jp_newspaper',
    url='http://www.hokuriku-minpo.test/news/2025/04/05/local_0405a.html',
    site='北陸民報', section='地域',
    title='城址公園で桜まつり開幕\u3000夜桜ライトアップも',
    pub='2025-04-05T10:20:00+09:00', authors=['髙田直樹'], tz='Asia/Tokyo', opts=['legacy'],
    charset={'declared': 'Shift_JIS', 'actual': 'cp932', 'note': 'Declared Shift_JIS; the bytes use Windows-31J (cp932) extensions such as ① and the 髙 variant, as most "Shift_JIS" Japanese sites do.'},
    notes='Legacy page: no JSON-LD or time element; date only as visible "2025年4月5日 10時20分".',
    body='''
城址公園で５日、恒例の「お城の桜まつり」が開幕した。園内には約２５００本の桜が植えられており、今年は例年より３日早く満開を迎えた。

期間中は午後６時から同１０時まで夜桜のライトアップが行われるほか、週末には茶会や太鼓の演奏などのイベントが予定されている。

主な催しは次の通り。①茶会（６日・１３日）②和太鼓演奏（１２日）③キッチンカー出店（期間中の土日）。

まつりは２０日まで。実行委員会の髙橋会長は「今年も多くの方に春の城下町を楽しんでほしい」と話している。
'''))

A(dict(
    name='ja-wp-classic-chiiki-shoutengai', lang='ja', cms='wp_classic',
    url='https://machi-no-koe.test/2026/01/20/shotengai-kyoten/',
    site='まちの声', section='地域',
    title='商店街に新たな交流拠点がオープン\u3000空き店舗を改装',
    pub='2026-01-20T17:05:00+09:00', authors=['中村ゆかり'], tz='Asia/Tokyo', opts=['og', 'share'],
    body='''
駅前の中央商店街に２０日、空き店舗を改装した交流拠点「まちなかベース」がオープンした。地域の住民や学生が気軽に集まれる場所として、商店街振興組合が整備した。

約８０平方メートルの店内には、コワーキングスペースや子ども向けの読書コーナーを設けた。週末には地元の農家による野菜の直売会も開く予定だ。

振興組合の山口理事長は「人が集まる場所をつくることで、商店街ににぎわいを取り戻したい」と話している。利用は無料で、午前１０時から午後８時まで。
'''))

A(dict(
    name='ja-nextjs-keizai-chingin', lang='ja', cms='nextjs',
    url='https://www.keizai-online.test/articles/2026/03/14/spring-wage-talks',
    site='経済オンライン', section='経済',
    title='春闘、大手企業の賃上げ率５％台に\u3000３年連続の高水準',
    pub='2026-03-14T19:00:00+09:00', mod='2026-03-15T09:30:00+09:00', authors=['小林拓也'], tz='Asia/Tokyo',
    opts=['jsonld', 'show_mod', 'related'],
    lead='今年の春季労使交渉で、大手企業の回答が相次いだ。',
    body='''
労働組合の全国組織がまとめた第１回集計によると、定期昇給分を含む平均賃上げ率は５．２１％となり、３年連続で５％を超えた。

人手不足や物価高を背景に、多くの企業が組合の要求に満額で回答した。一方、中小企業への波及が今後の焦点となる。

[ad]

## 中小企業への波及がカギ

専門家は「価格転嫁が進まなければ、中小企業が同じ水準の賃上げを続けるのは難しい」と指摘している。
'''))

A(dict(
    name='ja-hugo-gijutsu-blog', lang='ja', cms='hugo',
    url='https://blog.kumo-tech.test/posts/2025/11/outage-postmortem/',
    site='くもテック開発者ブログ', section='Posts',
    title='１１月８日の障害についての振り返り',
    dek='決済APIが約４０分間応答しなくなった障害の原因と再発防止策',
    pub='2025-11-12T12:00:00+09:00', authors=['渡辺翔太'], tz='Asia/Tokyo', tzabbr='JST',
    tags=['障害報告', 'インフラ'],
    body='''
１１月８日（土）の午後２時１０分から約４０分間、決済APIがリクエストに応答しない障害が発生しました。ご迷惑をおかけしたことをお詫びいたします。

## 原因

データベースの接続プールの設定値が、前日のリリースで誤って小さな値に変更されていました。週末のアクセス増加により接続が枯渇し、APIがタイムアウトしました。

## 対応

接続数を元の値に戻し、アプリケーションを再起動しました。実行したコマンドは次の通りです。

$ kubectl -n payments set env deploy/payments-api DB_POOL_SIZE=50
$ kubectl -n payments rollout restart deploy/payments-api

## 再発防止策

- 設定値の変更をレビュー必須にする
- 接続プールの使用率にアラートを設定する
- 週末前のリリースを原則として禁止する
'''))
