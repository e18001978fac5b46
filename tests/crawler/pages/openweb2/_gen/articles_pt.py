# Portuguese articles (invented outlets, people and events).
ARTICLES = []
A = ARTICLES.append

A(dict(
    name='pt-wp-yoast-chuvas-alagamentos', lang='pt', cms='wp_yoast',
    url='https://www.gazetadoplanalto.test/cidades/chuva-forte-provoca-alagamentos-e-queda-de-arvores-na-capital/',
    site='Gazeta do Planalto', section='Cidades', locale='pt_BR',
    title='Chuva forte provoca alagamentos e queda de árvores na capital',
    pub='2026-01-15T19:32:00-03:00', mod='2026-01-15T22:10:00-03:00', authors=['Fernanda Albuquerque'], tz='America/Sao_Paulo',
    tags=['chuva', 'Defesa Civil'], opts=['share', 'related', 'newsarticle'],
    body='''
Uma chuva de granizo acompanhada de ventos de até 80 km/h atingiu a capital no fim da tarde desta quinta-feira (15) e provocou alagamentos em pelo menos 23 pontos da cidade, segundo a Defesa Civil.

Em cerca de uma hora, choveu 62 milímetros no bairro de Vila Esperança, o equivalente a quase um terço do esperado para todo o mês de janeiro. Dezesseis árvores caíram, e uma delas atingiu dois carros estacionados na Avenida das Palmeiras. Ninguém ficou ferido.

[ad]

A companhia de energia informou que 41 mil imóveis ficaram sem luz. Até as 22h, o fornecimento havia sido restabelecido para 70% deles.

[readmore Prefeitura anuncia novo sistema de alerta por SMS]

O Instituto Nacional de Meteorologia mantém alerta laranja para tempestades até sábado. A orientação é evitar áreas alagadas e não se abrigar debaixo de árvores.
'''))

A(dict(
    name='pt-brightspot-eleicao-prefeito', lang='pt', cms='brightspot',
    url='https://www.correiodosul.test/politica/noticia/2024/10/07/candidatos-a-prefeito-vao-ao-segundo-turno.ghtml',
    site='Correio do Sul', section='Política',
    title='Candidatos a prefeito vão ao segundo turno após disputa acirrada',
    pub='2024-10-07T00:45:00-03:00', mod='2024-10-07T09:20:00-03:00', authors=['Rafael Menezes', 'Juliana Prado'], tz='America/Sao_Paulo',
    tzabbr='', opts=['author_objects', 'share'],
    lead='Com 100% das urnas apuradas, Helena Vasconcelos teve 41,3% dos votos válidos e Marcos Teixeira, 38,9%.',
    body='''
A eleição para a prefeitura será decidida no segundo turno, no dia 27 de outubro. A diferença entre os dois primeiros colocados foi de pouco mais de 18 mil votos.

[promo Veja o resultado da eleição para vereador]

Helena Vasconcelos, ex-secretária de Saúde, agradeceu aos eleitores em discurso num hotel do centro. «Vamos conversar com todos os que querem uma cidade mais justa», disse.

Marcos Teixeira, deputado estadual, afirmou que vai buscar apoio dos candidatos derrotados. Juntos, os outros cinco concorrentes somaram quase 20% dos votos.

| Candidato | Votos | Percentual |
| Helena Vasconcelos | 312.408 | 41,3% |
| Marcos Teixeira | 294.117 | 38,9% |
| Outros | 149.855 | 19,8% |

A abstenção foi de 21,7%, a maior desde 2004.
'''))

A(dict(
    name='pt-nextjs-inflacao-alimentos', lang='pt', cms='nextjs',
    url='https://www.valoreconomico-br.test/economia/noticia/2026/02/10/precos-dos-alimentos-sobem-pelo-quarto-mes',
    site='Panorama Econômico', section='Economia',
    title='Preços dos alimentos sobem pelo quarto mês seguido',
    pub='2026-02-10T09:05:00-03:00', authors=['Bruno Cavalcanti'], tz='America/Sao_Paulo',
    opts=['og', 'share'],
    notes='No JSON-LD; dates from og article:published_time, a time element and __NEXT_DATA__.',
    body='''
Os preços dos alimentos consumidos em casa subiram 0,9% em janeiro, a quarta alta mensal consecutiva, segundo o índice oficial de inflação divulgado nesta terça-feira. Em doze meses, a alta acumulada chega a 8,4%.

Entre os itens que mais pesaram no bolso estão o café moído, com alta de 6,2% no mês, a carne bovina (3,1%) e o tomate (11,7%). Em contrapartida, o preço do arroz caiu 2,4%.

[ad]

Economistas atribuem a alta ao clima seco no Centro-Oeste e à valorização do dólar, que encarece produtos importados e insumos agrícolas. «A expectativa é de alívio a partir do segundo trimestre, com a entrada da nova safra», disse a economista Patrícia Lobo.
'''))

A(dict(
    name='pt-blogger-receitas-festa-junina', lang='pt', cms='blogger',
    url='https://cozinhadavovolurdes.blogspot.test/2025/06/festa-junina-no-bairro.html',
    site='Cozinha da Vovó Lurdes', section='Bairro', tagline='Receitas e histórias do nosso bairro',
    title='Festa junina do bairro reúne 600 pessoas e bate recorde de arrecadação',
    pub='2025-06-23T21:14:00-03:00', authors=['Lurdes Figueiredo'], tz='America/Sao_Paulo',
    tags=['festa junina', 'comunidade'], opts=['comments'],
    body='''
Que noite, minha gente! A festa junina da Associação de Moradores do Jardim Primavera, no último sábado, reuniu cerca de 600 pessoas na quadra da escola estadual e arrecadou R$ 14.300 para a reforma da creche comunitária.

As barracas mais disputadas foram a do milho cozido e a da canjica, que acabou antes das nove da noite. A quadrilha das crianças, ensaiada pela professora Denise durante dois meses, arrancou aplausos de todo mundo.

Agradeço a todos os voluntários que passaram a semana cozinhando comigo. Foram 40 quilos de milho, 25 litros de leite e muito, muito amor.

A reforma da creche deve começar em agosto. Ano que vem tem mais!
'''))

A(dict(
    name='pt-drupal-metro-lisboa', lang='pt', cms='drupal',
    url='https://www.diariodotejo.test/sociedade/metro-vai-prolongar-linha-vermelha-ate-alcantara',
    site='Diário do Tejo', section='Sociedade',
    title='Metro vai prolongar a linha Vermelha até Alcântara',
    pub='2025-05-14T12:10:00+01:00', authors=['Inês Carvalho'], tz='Europe/Lisbon',
    tags=['metro', 'transportes'], opts=['jsonld', 'share'],
    lead='O prolongamento, com quatro novas estações, deverá estar concluído em 2029 e custa 405 milhões de euros.',
    body='''
O conselho de administração do Metropolitano aprovou esta quarta-feira o projeto de execução do prolongamento da linha Vermelha entre São Sebastião e Alcântara. A obra terá 3,8 quilómetros e quatro novas estações: Amoreiras, Campo de Ourique, Infante Santo e Alcântara.

[split]

Segundo a empresa, a nova ligação vai servir cerca de 75 mil passageiros por dia e permitir a ligação à linha ferroviária de Cascais em Alcântara.

«É a maior expansão da rede em duas décadas», afirmou o presidente do Metropolitano, Vasco Henriques. O concurso para a empreitada será lançado em setembro.

Os moradores de Campo de Ourique, que há anos reivindicam uma estação no bairro, receberam a notícia com satisfação, mas temem o impacto das obras no comércio local.
'''))

A(dict(
    name='pt-table-noticias-interior', lang='pt', cms='table_legacy',
    url='http://www.ojornaldabeira.test/noticia.asp?id=3318',
    site='O Jornal da Beira', section='Região',
    title='Feira do queijo atrai milhares de visitantes a Serrana',
    pub='2025-02-16T00:00:00+00:00', authors=['Manuel Pires'], byline_text='Texto: Manuel Pires', tz='Europe/Lisbon',
    table_date='dmy',
    charset={'declared': None, 'actual': 'iso-8859-1', 'note': 'No charset declaration at all (no meta, legacy page); bytes are ISO-8859-1.'},
    body='''
A 31.ª edição da Feira do Queijo da Serra encerrou no domingo com um balanço muito positivo. Segundo a organização, mais de 18 mil pessoas passaram pelo pavilhão municipal ao longo dos três dias do certame.

Participaram 52 expositores, <!-- publicidade --> entre queijarias, produtores de enchidos, mel e artesanato. O queijo vencedor do concurso deste ano foi produzido pela Queijaria Vale do Côa, de Aldeia Nova.

O presidente da câmara, José Alberto Mendes, sublinhou a importância da feira para a economia local e anunciou que a próxima edição terá um espaço dedicado aos jovens produtores.
'''))
