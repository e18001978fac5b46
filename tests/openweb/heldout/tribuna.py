"""Tribuna do Planalto: a Brazilian regional daily on WordPress (pt-BR).

Yoast SEO (JSON-LD @graph, author as an @id reference), YARPP related posts,
an in-body Yoast-style "Leia também" internal-link block whose links editors
pasted with Jetpack's relatedposts_* parameters (one without its trailing
slash, one to the AMP page), the AMP plugin in paired "path suffix" mode
(/amp/), WP-Print views (/print/), Jetpack sharing (?share=facebook, #print),
comments with #comment-N anchors and ?replytocom=N reply links, a skip link,
/?p=ID shortlinks (301), slash-less permalinks (301), a utm-tagged RSS feed and
Yoast sitemaps, a W3 Total Cache page cache (ETag and Last-Modified).
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import timedelta, timezone
from urllib.parse import parse_qs, quote

from .common import Outlet, Response, esc, http_date, image_response, redirect, sentences

SITE = "Tribuna do Planalto"

CATS = {"mundo": "Mundo", "economia": "Economia", "agro": "Agro", "cidades": "Cidades"}

AUTHORS = {
    "Mariana Coutinho": "mariana-coutinho",
    "Rafael Teles": "rafael-teles",
    "Beatriz Nogueira": "beatriz-nogueira",
}

ARTICLES = [
    dict(key="T1", num=48211, slug="maduro-se-declara-inocente-em-tribunal-de-nova-york", section="mundo",
         h=20, mod_h=19.2, author="Mariana Coutinho",
         title="Maduro se declara inocente em tribunal de Nova York",
         lead="O ex-presidente venezuelano Nicolás Maduro negou todas as acusações de narcotráfico em sua "
              "primeira audiência diante de um juiz federal em Manhattan.",
         paras=[
             ["Nicolás Maduro chegou ao tribunal federal de Manhattan escoltado por agentes e sob forte esquema de segurança.",
              "Vestindo uniforme de detento, ele ouviu a leitura das acusações ao lado de dois advogados e de um intérprete."],
             ["Questionado pelo juiz, Maduro respondeu que era inocente de todas as acusações.",
              "A audiência durou pouco mais de quarenta minutos e foi acompanhada por dezenas de jornalistas do lado de fora do prédio."],
             ["A promotoria sustenta que o venezuelano coordenou por anos uma rede de tráfico de cocaína com destino aos Estados Unidos.",
              "Os advogados de defesa afirmaram que vão contestar a legalidade da captura em Caracas."],
             ["A próxima audiência foi marcada para o fim do mês, quando o tribunal deve discutir o cronograma do julgamento.",
              "Até lá, Maduro permanece detido em uma prisão federal no Brooklyn."],
         ],
         related=["T2", "T3"], ed2=dict(related_add=["T12"]),
         extra=dict(leia=[("T3", "rp")])),
    dict(key="T2", num=48205, slug="itamaraty-pede-garantias-consulares-apos-prisao-de-maduro", section="mundo",
         h=26, author="Rafael Teles",
         title="Itamaraty pede garantias consulares para brasileiros na Venezuela após prisão de Maduro",
         lead="O governo brasileiro quer assegurar atendimento aos cerca de 15 mil cidadãos que vivem no país vizinho.",
         paras=[
             ["O Itamaraty enviou uma nota às autoridades venezuelanas pedindo garantias para o funcionamento dos consulados brasileiros.",
              "O pedido foi feito dois dias depois da captura de Nicolás Maduro pelas forças americanas."],
             ["Segundo diplomatas ouvidos pela reportagem, o consulado em Caracas ampliou o horário de atendimento.",
              "A embaixada também montou um plantão telefônico para famílias que tentam contato com parentes."],
             ["O ministro das Relações Exteriores disse que o Brasil não reconhece a legitimidade da operação, mas que a prioridade agora é proteger os cidadãos.",
              "A declaração foi feita durante uma entrevista coletiva em Brasília."],
             ["Empresas brasileiras com operações na Venezuela também foram orientadas a revisar seus planos de segurança.",
              "Nenhuma delas informou ter retirado funcionários do país até agora."],
         ],
         related=["T1", "T3"], ed2=dict(related_add=["T12"])),
    dict(key="T3", num=48198, slug="fronteira-em-pacaraima-registra-fila-de-venezuelanos", section="mundo",
         h=31, author="Mariana Coutinho",
         title="Fronteira em Pacaraima registra fila de venezuelanos após captura de Maduro",
         lead="O fluxo na fronteira de Roraima dobrou desde o fim de semana, segundo a Operação Acolhida.",
         paras=[
             ["A fila no posto de triagem de Pacaraima começou a se formar ainda de madrugada.",
              "Famílias inteiras atravessaram a fronteira a pé, carregando malas e documentos em sacolas plásticas."],
             ["De acordo com a Operação Acolhida, cerca de 1.200 pessoas cruzaram a fronteira em um único dia.",
              "O número é o dobro da média registrada nas semanas anteriores à queda de Maduro."],
             ["Muitos dos recém-chegados dizem temer a instabilidade política em Caracas.",
              "Outros afirmam que vieram apenas buscar parentes que já vivem em Boa Vista."],
             ["O governo de Roraima pediu reforço federal para os abrigos, que já operam perto da capacidade máxima.",
              "O Ministério da Defesa informou que vai enviar mais militares para a região."],
         ],
         related=["T1", "T2"],
         ed2=dict(
             mod_h=0.4, related_add=["T12"],
             paras=[
                 ["A fila no posto de triagem de Pacaraima começou a se formar ainda de madrugada.",
                  "Famílias inteiras atravessaram a fronteira a pé, carregando malas e documentos em sacolas plásticas."],
                 ["De acordo com a Operação Acolhida, cerca de 2.100 pessoas cruzaram a fronteira em um único dia.",
                  "O número é quase o triplo da média registrada nas semanas anteriores à queda de Maduro."],
                 ["Muitos dos recém-chegados dizem temer a instabilidade política em Caracas.",
                  "Outros afirmam que vieram apenas buscar parentes que já vivem em Boa Vista."],
                 ["O governo de Roraima pediu reforço federal para os abrigos, que já operam perto da capacidade máxima.",
                  "O Ministério da Defesa informou que vai enviar mais militares para a região."],
                 ["Correção: uma versão anterior desta reportagem informou que 1.200 pessoas haviam cruzado a fronteira em um único dia.",
                  "O número correto, segundo a Operação Acolhida, é 2.100."],
             ]),
         extra=dict(leia=[("T1", "noslash")])),
    dict(key="T4", num=48202, slug="copom-mantem-selic-e-sinaliza-cautela", section="economia",
         h=28, author="Beatriz Nogueira",
         title="Copom mantém Selic em 14,25% e sinaliza cautela com a inflação",
         lead="O Comitê de Política Monetária decidiu por unanimidade manter a taxa básica de juros pela terceira reunião seguida.",
         paras=[
             ["O Comitê de Política Monetária do Banco Central manteve a taxa Selic em 14,25% ao ano.",
              "A decisão, unânime, já era esperada pela maior parte dos analistas consultados pelo mercado."],
             ["No comunicado, o colegiado afirmou que a inflação de serviços segue acima do compatível com a meta.",
              "O texto também citou a incerteza sobre o cenário fiscal como um fator de risco."],
             ["Economistas avaliam que o tom do documento afasta a possibilidade de cortes no início do próximo ano.",
              "Para a economista-chefe de uma gestora de São Paulo, o Banco Central preferiu ganhar tempo."],
             ["A próxima reunião do Copom está marcada para o fim de janeiro.",
              "A ata da reunião será divulgada nos próximos dias."],
         ],
         related=["T5", "T6"]),
    dict(key="T5", num=48207, slug="dolar-fecha-em-queda-apos-decisao-do-copom", section="economia",
         h=24, author="Rafael Teles",
         title="Dólar fecha em queda após decisão do Copom",
         lead="A moeda americana recuou 0,8% e terminou o dia cotada a R$ 5,41.",
         paras=[
             ["O dólar fechou em queda de 0,8%, cotado a R$ 5,41, no primeiro pregão após a decisão do Copom.",
              "Foi o menor valor de fechamento em quase um mês."],
             ["Operadores atribuíram o movimento ao diferencial de juros, que segue elevado em relação às economias desenvolvidas.",
              "A entrada de recursos estrangeiros na bolsa também ajudou a pressionar a cotação para baixo."],
             ["O Ibovespa subiu 1,1% e encerrou a sessão aos 128 mil pontos.",
              "As ações de bancos e de empresas de consumo lideraram os ganhos."],
             ["Analistas alertam que a volatilidade deve continuar nas próximas semanas.",
              "A agenda internacional inclui decisões de juros nos Estados Unidos e na zona do euro."],
         ],
         related=["T4", "T6"], extra=dict(leia=[("T4", "rp")])),
    dict(key="T6", num=48193, slug="inflacao-de-servicos-preocupa-diretores-do-banco-central", section="economia",
         h=34, author="Beatriz Nogueira",
         title="Inflação de serviços preocupa diretores do Banco Central",
         lead="Em evento com investidores, dois diretores da autoridade monetária disseram que os preços de serviços resistem a cair.",
         paras=[
             ["Dois diretores do Banco Central afirmaram que a inflação de serviços continua resistente.",
              "As declarações foram feitas em um seminário com investidores em Brasília."],
             ["Segundo eles, o mercado de trabalho aquecido mantém a pressão sobre salários e preços.",
              "O desemprego está no menor nível da série histórica."],
             ["Os diretores evitaram comentar os próximos passos da política de juros.",
              "Um deles disse apenas que o comitê vai agir com a serenidade necessária."],
             ["O IPCA acumulado em doze meses está em 4,9%, acima do teto da meta.",
              "O próximo dado oficial de inflação sai na semana que vem."],
         ],
         related=["T4", "T5"]),
    dict(key="T7", num=48209, slug="falta-de-mao-de-obra-deixa-cafe-maduro-no-pe", section="agro",
         h=22, author="Rafael Teles",
         title="Falta de mão de obra deixa café maduro no pé no Sul de Minas",
         lead="Produtores relatam perdas porque não encontram trabalhadores para a colheita do grão maduro.",
         paras=[
             ["Cafeicultores do Sul de Minas dizem que parte da safra ficou no pé por falta de trabalhadores.",
              "Em algumas propriedades, o café maduro já começou a cair no chão antes da colheita."],
             ["O sindicato rural de Três Pontas estima que faltam cerca de três mil trabalhadores na região.",
              "Muitos migraram para a construção civil, que paga diárias mais altas."],
             ["O fruto maduro que cai no chão perde qualidade e é vendido com desconto.",
              "Alguns produtores estão antecipando a compra de colheitadeiras para reduzir a dependência de mão de obra."],
             ["A Emater recomenda que os produtores priorizem as lavouras com maior proporção de grãos cerejas.",
              "A entidade também promete cursos de operação de máquinas no início do ano."],
         ],
         related=["T9", "T8"]),
    dict(key="T8", num=48195, slug="chuva-acima-da-media-favorece-plantio-de-soja", section="agro",
         h=33, author="Beatriz Nogueira",
         title="Chuva acima da média favorece plantio de soja no Centro-Oeste",
         lead="O volume de chuvas em novembro superou a média histórica em boa parte de Goiás e Mato Grosso.",
         paras=[
             ["As chuvas de novembro ficaram acima da média em boa parte de Goiás e de Mato Grosso.",
              "Com o solo úmido, o plantio de soja avançou rapidamente nas últimas semanas."],
             ["Segundo consultorias do setor, 94% da área prevista já foi semeada no Centro-Oeste.",
              "No mesmo período do ano passado, o índice era de 88%."],
             ["Agrônomos alertam, porém, que o excesso de umidade favorece doenças como a ferrugem asiática.",
              "Os produtores devem redobrar o monitoramento das lavouras em dezembro."],
             ["A Conab deve revisar para cima a estimativa da safra de grãos no próximo levantamento.",
              "A previsão atual é de uma colheita recorde de soja."],
         ],
         related=["T7", "T9"], extra=dict(leia=[("T9", "amp")])),
    dict(key="T9", num=48213, slug="cafe-arabica-atinge-maior-preco-do-ano", section="agro",
         h=9, author="Rafael Teles",
         title="Café arábica atinge maior preço do ano na bolsa de Nova York",
         lead="Os contratos para março subiram 3% e fecharam no maior nível desde janeiro.",
         paras=[
             ["Os contratos futuros de café arábica para março subiram 3% na bolsa de Nova York.",
              "Foi o maior preço de fechamento registrado desde janeiro."],
             ["Operadores citaram a preocupação com a oferta do Brasil, maior produtor mundial.",
              "Relatos de perdas na colheita em Minas Gerais pesaram sobre as expectativas."],
             ["O café robusta acompanhou a alta e subiu 2% em Londres.",
              "Os estoques certificados nas duas bolsas estão no menor nível em vinte anos."],
             ["Para as torrefadoras, a alta deve chegar ao preço do café nos supermercados no início do ano.",
              "A associação do setor prevê reajustes de até 10% nas gôndolas."],
         ],
         related=["T7", "T8"]),
    dict(key="T10", num=48200, slug="camara-de-goiania-aprova-novo-plano-diretor", section="cidades",
         h=30, author="Mariana Coutinho",
         title="Câmara de Goiânia aprova novo plano diretor em segunda votação",
         lead="O texto define regras de ocupação para os próximos dez anos e segue agora para sanção do prefeito.",
         paras=[
             ["A Câmara Municipal de Goiânia aprovou em segunda votação o novo plano diretor da cidade.",
              "Foram 27 votos favoráveis e oito contrários."],
             ["O texto amplia a altura permitida para prédios ao longo dos corredores de transporte.",
              "Também cria novas regras para a proteção de nascentes na região norte."],
             ["Entidades de urbanistas criticaram a rapidez da tramitação.",
              "Para elas, as audiências públicas não foram suficientes para discutir as mudanças."],
             ["O prefeito tem quinze dias úteis para sancionar ou vetar o projeto.",
              "A nova lei entra em vigor noventa dias após a publicação."],
         ],
         related=["T11"], ed2=dict(related_add=["T13"])),
    dict(key="T11", num=48214, slug="obras-do-brt-norte-sul-voltam-a-atrasar", section="cidades",
         h=5, author="Mariana Coutinho",
         title="Obras do BRT Norte-Sul voltam a atrasar",
         lead="A conclusão do trecho final do corredor foi adiada mais uma vez, agora para o segundo semestre.",
         paras=[
             ["A prefeitura de Goiânia adiou mais uma vez a entrega do trecho final do BRT Norte-Sul.",
              "A nova previsão é o segundo semestre do próximo ano."],
             ["Segundo a Secretaria de Infraestrutura, o atraso se deve a problemas na desapropriação de imóveis.",
              "Há ainda um impasse com a empresa responsável pelas estações."],
             ["Comerciantes da Avenida Goiás reclamam dos tapumes, que estão no local há mais de dois anos.",
              "Alguns dizem ter perdido metade do movimento desde o início das obras."],
             ["O Ministério Público pediu explicações à prefeitura sobre o novo cronograma.",
              "A prefeitura tem vinte dias para responder."],
         ],
         related=["T10"], ed2=dict(related_add=["T13"])),
    # ---- edition 2 ----------------------------------------------------------------
    dict(key="T12", num=48219, slug="defesa-de-maduro-pede-transferencia-do-julgamento-para-a-florida", section="mundo",
         h=1.2, new_in=2, author="Rafael Teles",
         title="Defesa de Maduro pede que julgamento seja transferido para a Flórida",
         lead="Os advogados do ex-presidente venezuelano alegam que a cobertura da imprensa em Nova York compromete a imparcialidade do júri.",
         paras=[
             ["A defesa de Nicolás Maduro pediu à Justiça americana que o julgamento seja transferido de Nova York para a Flórida.",
              "O pedido foi protocolado no tribunal federal de Manhattan."],
             ["Os advogados alegam que a cobertura intensa da imprensa local compromete a imparcialidade dos jurados.",
              "Eles também citam a distância entre a prisão no Brooklyn e o escritório da defesa."],
             ["A promotoria tem duas semanas para se manifestar sobre o pedido.",
              "Especialistas ouvidos pela reportagem consideram improvável que o juiz aceite a transferência."],
             ["Enquanto isso, Maduro segue detido e sem direito a fiança.",
              "A próxima audiência do caso continua marcada para o fim do mês."],
         ],
         related=["T1", "T2", "T3"]),
    dict(key="T13", num=48218, slug="prefeitura-anuncia-linha-expressa-de-onibus-para-a-regiao-norte", section="cidades",
         h=1.5, new_in=2, author="Mariana Coutinho",
         title="Prefeitura anuncia linha expressa de ônibus para a região norte",
         lead="A nova linha vai operar enquanto as obras do BRT Norte-Sul não forem concluídas.",
         paras=[
             ["A prefeitura de Goiânia anunciou uma linha expressa de ônibus entre a região norte e o centro.",
              "A linha vai funcionar enquanto o BRT Norte-Sul não for concluído."],
             ["Serão doze ônibus, com intervalos de dez minutos nos horários de pico.",
              "A tarifa será a mesma cobrada no restante do sistema."],
             ["Moradores da região norte reclamam há meses do tempo de viagem até o centro.",
              "Em alguns bairros, o trajeto leva mais de uma hora e meia."],
             ["A operação começa na segunda quinzena do mês.",
              "A prefeitura promete avaliar a demanda depois de noventa dias."],
         ],
         related=["T11", "T10"]),
]

ART = {d["key"]: d for d in ARTICLES}

# comments: (author, text, minutes after publication, edition in which it appears)
COMMENTS = {
    "T1": [("Jorge Almeida", "Quero ver quanto tempo esse julgamento vai durar.", 41, 1),
           ("Lúcia F.", "Boa cobertura, obrigada pela reportagem.", 95, 1)],
    "T2": [("Paulo Henrique", "Tenho um primo em Valencia e não consigo falar com ele há dias.", 70, 1)],
    "T3": [("Ana Paula", "Trabalho como voluntária em Boa Vista e a situação nos abrigos é difícil.", 52, 1),
           ("Sérgio", "Faltou ouvir os moradores de Pacaraima.", 130, 1),
           ("Marta R.", "Muito triste ver essas famílias na fila.", 200, 1)],
    "T4": [("Investidor GO", "Já estava no preço.", 25, 1),
           ("Carlos", "E o crédito continua caro para quem produz.", 88, 1),
           ("Renata", "Excelente resumo do comunicado.", 140, 1),
           ("J. Batista", "Quando começam os cortes?", 300, 1),
           ("Helena", "Alguém sabe quando sai a ata?", 900, 2)],
    "T7": [("Produtor de Varginha", "Aqui na fazenda a situação é a mesma.", 60, 1),
           ("Toninho", "Falta gente e sobra burocracia.", 180, 1),
           ("Dona Cida", "Meu marido colhe café há quarenta anos e nunca viu isso.", 700, 2)],
    "T9": [("Barista BH", "O cafezinho vai ficar mais caro, então.", 45, 1)],
    "T11": [("Morador do Urias", "Mais um ano de tapume na porta de casa.", 33, 1)],
}

# "Mais lidas" (Jetpack Top Posts widget): the same on every page; reordered in edition 2
MOST_READ = {1: ["T1", "T9", "T4", "T7", "T10"], 2: ["T9", "T1", "T7", "T4", "T10"]}

MESES = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
         "setembro", "outubro", "novembro", "dezembro"]

CSS = ("body{font-family:Georgia,serif;margin:0;color:#222}.site-header{background:#0b3d2e;color:#fff;padding:12px}"
       ".site-header a{color:#fff}.screen-reader-text{position:absolute;left:-9999px}#primary{float:left;width:68%;"
       "padding:16px}#secondary{float:right;width:26%;padding:16px}.site-footer{clear:both;padding:16px;"
       "background:#eee}.yarpp-related ol{padding-left:18px}.yoast-related-links{border-left:4px solid #0b3d2e;"
       "padding:4px 12px;margin:16px 0}")


class Tribuna(Outlet):
    name = "tribunadoplanalto"
    title = SITE
    cms = "WordPress 6.7 (Yoast SEO, YARPP, Jetpack, AMP plugin, WP-Print, W3 Total Cache)"
    language = "pt-BR"
    tzname = "America/Sao_Paulo"
    validators = "both"
    ARTICLES = ARTICLES

    def __init__(self, world):
        super().__init__(world)
        self.by_slug = {a.slug: a for a in self.arts}
        self.by_num = {a.num: a for a in self.arts}
        cid = 1201
        self.comment_ids = {}
        for key in ("T1", "T2", "T3", "T4", "T7", "T9", "T11"):
            for i, _ in enumerate(COMMENTS[key]):
                self.comment_ids[(key, i)] = cid
                cid += 1

    # ---- URLs -------------------------------------------------------------------
    def path(self, a) -> str:
        d = self.local(self.at(a.h))
        return "/%04d/%02d/%02d/%s/" % (d.year, d.month, d.day, a.slug)

    def url(self, a) -> str:
        return self.base + self.path(a)

    def declared_modified(self, v):
        return v.modified or v.published      # Yoast always writes dateModified

    def explicit_variants(self, a, e):
        u = self.url(a)
        return [u + "amp/", u + "print/", self.base + "/?p=%d" % a.num, u[:-1]]

    def sitewide(self, e):
        return list(MOST_READ[e])

    # ---- formatting -------------------------------------------------------------
    def date_pt(self, dt):
        d = self.local(dt)
        return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)

    def time_pt(self, dt):
        d = self.local(dt)
        return "%02dh%02d" % (d.hour, d.minute)

    def dmy(self, dt):
        d = self.local(dt)
        return "%02d/%02d/%04d" % (d.day, d.month, d.year)

    def iso_site(self, dt, e):
        """Dates as the site writes them: UTC in edition 1, local time after the
        site's time-zone setting changed in edition 2 (the same instants)."""
        if e == 1:
            return dt.astimezone(timezone.utc).isoformat()
        return self.local(dt).isoformat()

    def comments(self, key, e):
        out = []
        for i, (who, text, minutes, ed) in enumerate(COMMENTS.get(key, [])):
            if ed <= e:
                out.append((self.comment_ids[(key, i)], who, text, minutes))
        return out

    # ---- shared chrome ------------------------------------------------------------
    def head_common(self):
        b = self.base
        return ('<link rel="alternate" type="application/rss+xml" title="%s &raquo; Feed" href="%s/feed/">\n'
                '<link rel="icon" href="%s/wp-content/uploads/2024/02/cropped-icone-32x32.png" sizes="32x32">\n'
                '<style id="tribuna-inline-css">%s</style>\n') % (SITE, b, b, CSS)

    def header(self):
        b = self.base
        items = "".join('<li class="menu-item menu-item-type-taxonomy"><a href="%s/categoria/%s/">%s</a></li>'
                        % (b, c, n) for c, n in CATS.items())
        return ('<div id="page" class="site">\n'
                '<a class="skip-link screen-reader-text" href="#content">Pular para o conteúdo</a>\n'
                '<header id="masthead" class="site-header"><div class="site-branding">'
                '<p class="site-title"><a href="%s/" rel="home">%s</a></p>'
                '<p class="site-description">Notícias de Goiás, do Brasil e do mundo</p></div>\n'
                '<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" '
                'aria-controls="primary-menu" aria-expanded="false">Menu</button>'
                '<ul id="primary-menu" class="menu">%s<li class="menu-item"><a href="%s/expediente/">Expediente</a></li></ul></nav>\n'
                '</header>\n') % (b, SITE, items, b)

    def sidebar(self, e):
        items = []
        for k in MOST_READ[e]:
            a = self.by_key[k]
            items.append('<li><a href="%s" class="bump-view" data-bump-view="tp">%s</a></li>'
                         % (self.url(a), esc(self.view(a, e).title)))
        return ('<aside id="secondary" class="widget-area">\n'
                '<section id="search-2" class="widget widget_search"><form role="search" method="get" '
                'class="search-form" action="%s/"><label><span class="screen-reader-text">Pesquisar por:</span>'
                '<input type="search" class="search-field" placeholder="Pesquisar &hellip;" value="" name="s"></label>'
                '<input type="submit" class="search-submit" value="Pesquisar"></form></section>\n'
                '<section id="top-posts-2" class="widget widget_top-posts"><h2 class="widget-title">Mais lidas</h2>'
                '<ul class="widgets-list-layout no-grav">%s</ul></section>\n'
                '<section id="text-3" class="widget widget_text"><h2 class="widget-title">Anuncie</h2>'
                '<div class="textwidget"><p>Fale com o nosso comercial: comercial@tribuna.example</p></div></section>\n'
                '</aside>\n') % (self.base, "".join(items))

    def footer(self):
        return ('<footer id="colophon" class="site-footer"><div class="site-info">'
                '&copy; 2026 %s. Todos os direitos reservados. '
                '<a href="%s/expediente/">Expediente</a> | <a href="#page">Voltar ao topo</a></div></footer>\n'
                '</div><!-- #page -->\n') % (SITE, self.base)

    # ---- Yoast ----------------------------------------------------------------------
    def person_id(self, author):
        return "%s/#/schema/person/%s" % (self.base, hashlib.md5(author.encode()).hexdigest())

    def yoast_graph(self, a, v, e, ncomments):
        b, u = self.base, self.url(a)
        pub = self.iso_site(v.published, e)
        mod = self.iso_site(v.modified or v.published, e)
        img = "%s/wp-content/uploads/%04d/%02d/%s-1200x675.jpg" % (b, v.published.year, v.published.month, a.slug)
        graph = {"@context": "https://schema.org", "@graph": [
            {"@type": "NewsArticle", "@id": u + "#article", "isPartOf": {"@id": u},
             "author": {"name": a.author, "@id": self.person_id(a.author)},
             "headline": v.title, "datePublished": pub, "dateModified": mod,
             "mainEntityOfPage": {"@id": u}, "wordCount": sum(len(s.split()) for s in sentences(v.paras)),
             "commentCount": ncomments, "publisher": {"@id": b + "/#organization"},
             "image": {"@id": u + "#primaryimage"}, "thumbnailUrl": img,
             "articleSection": [CATS[a.section]], "inLanguage": "pt-BR",
             "potentialAction": [{"@type": "CommentAction", "name": "Comment", "target": [u + "#respond"]}]},
            {"@type": "WebPage", "@id": u, "url": u, "name": "%s - %s" % (v.title, SITE),
             "isPartOf": {"@id": b + "/#website"}, "primaryImageOfPage": {"@id": u + "#primaryimage"},
             "image": {"@id": u + "#primaryimage"}, "thumbnailUrl": img, "datePublished": pub,
             "dateModified": mod, "description": v.lead, "breadcrumb": {"@id": u + "#breadcrumb"},
             "inLanguage": "pt-BR", "potentialAction": [{"@type": "ReadAction", "target": [u]}]},
            {"@type": "ImageObject", "inLanguage": "pt-BR", "@id": u + "#primaryimage", "url": img,
             "contentUrl": img, "width": 1200, "height": 675},
            {"@type": "BreadcrumbList", "@id": u + "#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Início", "item": b + "/"},
                {"@type": "ListItem", "position": 2, "name": CATS[a.section], "item": "%s/categoria/%s/" % (b, a.section)},
                {"@type": "ListItem", "position": 3, "name": v.title}]},
            {"@type": "WebSite", "@id": b + "/#website", "url": b + "/", "name": SITE,
             "description": "Notícias de Goiás, do Brasil e do mundo", "publisher": {"@id": b + "/#organization"},
             "potentialAction": [{"@type": "SearchAction", "target": {"@type": "EntryPoint",
                                  "urlTemplate": b + "/?s={search_term_string}"},
                                  "query-input": {"@type": "PropertyValueSpecification", "valueRequired": True,
                                                  "valueName": "search_term_string"}}],
             "inLanguage": "pt-BR"},
            {"@type": "Organization", "@id": b + "/#organization", "name": SITE, "url": b + "/",
             "logo": {"@type": "ImageObject", "inLanguage": "pt-BR", "@id": b + "/#/schema/logo/image/",
                      "url": b + "/wp-content/uploads/2024/02/logo-tribuna.png", "width": 600, "height": 120,
                      "caption": SITE}, "image": {"@id": b + "/#/schema/logo/image/"}},
            {"@type": "Person", "@id": self.person_id(a.author), "name": a.author,
             "url": "%s/author/%s/" % (b, AUTHORS[a.author])},
        ]}
        return json.dumps(graph, ensure_ascii=False).replace("</", "<\\/")

    # ---- article ----------------------------------------------------------------------
    def leia_tambem(self, a, e):
        items = []
        for key, style in a.extra.get("leia", []):
            t = self.by_key[key]
            u = self.url(t)
            if style == "rp":
                u += "?relatedposts_hit=1&relatedposts_origin=%d&relatedposts_position=0" % a.num
            elif style == "noslash":
                u = u[:-1]
            elif style == "amp":
                u += "amp/"
            items.append('<li><a href="%s">%s</a></li>' % (esc(u), esc(self.view(t, e).title)))
        if not items:
            return ""
        return ('<div class="wp-block-yoast-seo-related-links yoast-related-links">'
                '<p class="yoast-related-links__title"><strong>Leia também</strong></p>'
                '<ul>%s</ul></div>\n') % "".join(items)

    def yarpp(self, a, v, e):
        items = []
        for k in v.related:
            t = self.by_key[k]
            tv = self.view(t, e)
            items.append('<li><a href="%s" rel="bookmark" title="%s">%s</a> <small>(%s)</small></li>'
                         % (self.url(t), esc(tv.title), esc(tv.title), self.dmy(tv.published)))
        return ("<div class='yarpp yarpp-related yarpp-related-website yarpp-template-list'>\n"
                "<!-- YARPP List -->\n<h3>Posts relacionados:</h3><ol>\n%s\n</ol>\n</div>\n") % "\n".join(items)

    def sharing(self, a, v):
        u = self.url(a)
        return ('<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social '
                'sd-social-icon-text sd-sharing"><h3 class="sd-title">Compartilhe isso:</h3><div class="sd-content">'
                '<ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" data-shared="sharing-facebook-%d" '
                'class="share-facebook sd-button share-icon" href="%s?share=facebook" target="_blank" '
                'title="Clique para compartilhar no Facebook"><span>Facebook</span></a></li>'
                '<li class="share-x"><a rel="nofollow noopener noreferrer" class="share-x sd-button share-icon" '
                'href="https://x.example/intent/tweet?text=%s&amp;url=%s" target="_blank"><span>X</span></a></li>'
                '<li class="share-jetpack-whatsapp"><a rel="nofollow noopener noreferrer" class="share-jetpack-whatsapp '
                'sd-button share-icon" href="https://api.whatsapp.example/send?text=%s" target="_blank">'
                '<span>WhatsApp</span></a></li>'
                '<li class="share-print"><a rel="nofollow noopener noreferrer" class="share-print sd-button share-icon" '
                'href="%s#print" target="_blank" title="Clique para imprimir"><span>Imprimir</span></a></li>'
                '</ul></div></div></div>\n'
                '<p class="wp-print-link"><a href="%sprint/" title="Versão para impressão" rel="nofollow">'
                'Versão para impressão</a></p>\n') % (
            a.num, u, quote(v.title), quote(self.base + "/?p=%d" % a.num),
            quote(v.title + " " + self.base + "/?p=%d" % a.num), u, u)

    def comments_html(self, a, v, e, reply_to=None):
        u = self.url(a)
        cs = self.comments(a.key, e)
        items = []
        for cid, who, text, minutes in cs:
            t = v.published + timedelta(minutes=minutes)
            items.append(
                '<li id="comment-%d" class="comment even thread-even depth-1">'
                '<article id="div-comment-%d" class="comment-body"><footer class="comment-meta">'
                '<div class="comment-author vcard"><b class="fn">%s</b> <span class="says">disse:</span></div>'
                '<div class="comment-metadata"><a href="%s#comment-%d"><time datetime="%s">%s às %s</time></a></div>'
                '</footer><div class="comment-content"><p>%s</p></div>'
                '<div class="reply"><a rel="nofollow" class="comment-reply-link" href="%s?replytocom=%d#respond" '
                'data-commentid="%d" data-postid="%d" data-belowelement="div-comment-%d" data-respondelement="respond" '
                'aria-label="Responder para %s">Responder</a></div></article></li>'
                % (cid, cid, esc(who), u, cid, self.iso_site(t, e), self.date_pt(t), self.time_pt(t), esc(text),
                   u, cid, cid, a.num, cid, esc(who)))
        if cs:
            title = '<h2 class="comments-title">%d %s em &ldquo;%s&rdquo;</h2>' % (
                len(cs), "comentário" if len(cs) == 1 else "comentários", esc(v.title))
            lst = '<ol class="comment-list">%s</ol>' % "".join(items)
        else:
            title, lst = "", ""
        reply_title = "Deixe um comentário"
        if reply_to is not None:
            for cid, who, _, _ in cs:
                if cid == reply_to:
                    reply_title = "Responder para %s" % esc(who)
        return ('<div id="comments" class="comments-area">%s%s'
                '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">%s '
                '<small><a rel="nofollow" id="cancel-comment-reply-link" href="%s#respond" style="display:none;">'
                'Cancelar resposta</a></small></h3><form action="%s/wp-comments-post.php" method="post" '
                'id="commentform" class="comment-form"><p class="comment-notes">O seu endereço de e-mail não será '
                'publicado.</p><p class="comment-form-comment"><textarea id="comment" name="comment"></textarea></p>'
                '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" '
                'value="Publicar comentário"><input type="hidden" name="comment_post_ID" value="%d"></p></form>'
                '</div></div>\n') % (title, lst, reply_title, u, self.base, a.num)

    def article_page(self, a, e, reply_to=None):
        v = self.view(a, e)
        b, u = self.base, self.url(a)
        ncom = len(self.comments(a.key, e))
        pub_site, mod_site = self.iso_site(v.published, e), self.iso_site(v.modified or v.published, e)
        paras = ["<p>%s</p>" % esc(" ".join(p)) for p in v.paras]
        leia = self.leia_tambem(a, e)
        if leia:
            paras.insert(2, leia)
        robots = ('<meta name="robots" content="noindex, follow">\n' if reply_to is not None else
                  '<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">\n')
        img = "%s/wp-content/uploads/%04d/%02d/%s-1200x675.jpg" % (b, v.published.year, v.published.month, a.slug)
        com_label = "%d %s" % (ncom, "comentário" if ncom == 1 else "comentários") if ncom else "Deixe um comentário"
        return (
            '<!DOCTYPE html>\n<html lang="pt-BR">\n<head>\n<meta charset="UTF-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<link rel="profile" href="https://gmpg.org/xfn/11">\n%s'
            '<!-- This site is optimized with the Yoast SEO plugin v23.9 - https://yoast.com/wordpress/plugins/seo/ -->\n'
            '<title>%s - %s</title>\n<meta name="description" content="%s">\n'
            '<link rel="canonical" href="%s">\n'
            '<meta property="og:locale" content="pt_BR">\n<meta property="og:type" content="article">\n'
            '<meta property="og:title" content="%s - %s">\n<meta property="og:description" content="%s">\n'
            '<meta property="og:url" content="%s">\n<meta property="og:site_name" content="%s">\n'
            '<meta property="article:published_time" content="%s">\n<meta property="article:modified_time" content="%s">\n'
            '<meta property="og:image" content="%s">\n<meta name="author" content="%s">\n'
            '<meta name="twitter:card" content="summary_large_image">\n'
            '<script type="application/ld+json" class="yoast-schema-graph">%s</script>\n'
            '<!-- / Yoast SEO plugin. -->\n%s'
            '<link rel="alternate" type="application/rss+xml" title="%s &raquo; Feed de comentários de %s" href="%sfeed/">\n'
            '<link rel="shortlink" href="%s/?p=%d">\n<link rel="amphtml" href="%samp/">\n'
            '</head>\n<body class="post-template-default single single-post postid-%d single-format-standard">\n%s'
            '<div id="content" class="site-content">\n<div id="primary" class="content-area"><main id="main" class="site-main">\n'
            '<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail hentry category-%s">\n'
            '<header class="entry-header"><span class="cat-links"><a href="%s/categoria/%s/" rel="category tag">%s</a></span>\n'
            '<h1 class="entry-title">%s</h1>\n'
            '<div class="entry-meta"><span class="posted-on">Publicado em <a href="%s" rel="bookmark">'
            '<time class="entry-date published" datetime="%s">%s às %s</time><time class="updated" datetime="%s">%s</time></a></span> '
            '<span class="byline">por <span class="author vcard"><a class="url fn n" href="%s/author/%s/">%s</a></span></span> '
            '<span class="comments-link"><a href="%s#comments">%s</a></span></div>\n</header>\n'
            '<div class="post-thumbnail"><img width="1200" height="675" src="%s" class="attachment-post-thumbnail wp-post-image" alt="" decoding="async"></div>\n'
            '<div class="entry-content">\n%s\n%s%s</div>\n'
            '<footer class="entry-footer"><span class="cat-links">Publicado em <a href="%s/categoria/%s/" rel="category tag">%s</a></span></footer>\n'
            '</article>\n'
            '<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Navegação de Post</h2></nav>\n'
            '%s</main></div>\n%s</div>\n%s</body>\n</html>\n'
        ) % (
            robots, esc(v.title), SITE, esc(v.lead), u, esc(v.title), SITE, esc(v.lead), u, SITE,
            pub_site, mod_site, img, esc(a.author), self.yoast_graph(a, v, e, ncom), self.head_common(),
            SITE, esc(v.title), u, b, a.num, u,
            a.num, self.header(),
            a.num, a.num, a.section, b, a.section, CATS[a.section], esc(v.title),
            u, pub_site, self.date_pt(v.published), self.time_pt(v.published), mod_site,
            self.date_pt(v.modified or v.published),
            b, AUTHORS[a.author], esc(a.author), u, com_label, img,
            "\n".join(paras), self.sharing(a, v), self.yarpp(a, v, e),
            b, a.section, CATS[a.section],
            self.comments_html(a, v, e, reply_to), self.sidebar(e), self.footer())

    def amp_page(self, a, e):
        v = self.view(a, e)
        u = self.url(a)
        hours = max(1, int((self.t0 - v.published).total_seconds() // 3600))
        meta = {"@context": "http://schema.org", "publisher": {"@type": "Organization", "name": SITE,
                "logo": {"@type": "ImageObject", "url": self.base + "/wp-content/uploads/2024/02/logo-tribuna.png"}},
                "@type": "BlogPosting", "mainEntityOfPage": u, "headline": v.title,
                "datePublished": self.local(v.published).isoformat(),
                "dateModified": self.local(v.modified or v.published).isoformat(),
                "author": {"@type": "Person", "name": a.author}}
        rel = "".join('<li><a href="%samp/">%s</a></li>' % (self.url(self.by_key[k]), esc(self.view(self.by_key[k], e).title))
                      for k in v.related)
        leia = self.leia_tambem(a, e)
        paras = ["<p>%s</p>" % esc(" ".join(p)) for p in v.paras]
        if leia:
            paras.insert(2, leia)
        return (
            '<!doctype html>\n<html amp lang="pt-BR">\n<head><meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width">\n'
            '<link rel="canonical" href="%s">\n<title>%s &#8211; %s</title>\n'
            '<script async src="%s/wp-content/plugins/amp/assets/js/v0.js"></script>\n'
            '<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;'
            'animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}'
            'to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;'
            'animation:none}</style></noscript>\n'
            '<style amp-custom>.amp-wp-header{background:#0b3d2e}.amp-wp-header a{color:#fff}'
            '.amp-wp-article{max-width:840px;margin:1.5em auto;padding:0 16px}</style>\n'
            '<script type="application/ld+json">%s</script>\n</head>\n<body class="">\n'
            '<header id="top" class="amp-wp-header"><div><a href="%s/">%s</a></div></header>\n'
            '<article class="amp-wp-article">\n<header class="amp-wp-article-header">'
            '<h1 class="amp-wp-title">%s</h1>\n<div class="amp-wp-meta amp-wp-byline">'
            '<span class="amp-wp-author author vcard">%s</span></div>\n'
            '<div class="amp-wp-meta amp-wp-posted-on"><time datetime="%s">há %d horas</time></div></header>\n'
            '<figure class="amp-wp-article-featured-image wp-caption"><amp-img width="1200" height="675" '
            'src="%s/wp-content/uploads/%04d/%02d/%s-1200x675.jpg" layout="intrinsic"></amp-img></figure>\n'
            '<div class="amp-wp-article-content">\n%s\n</div>\n'
            '<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">Categorias: '
            '<a href="%s/categoria/%s/" rel="category tag">%s</a></div>\n'
            '<div class="amp-wp-meta amp-wp-comments-link"><a href="%s#respond">Deixe um comentário</a></div></footer>\n'
            '<section class="amp-wp-related-posts"><h2>Posts relacionados</h2><ul>%s</ul></section>\n'
            '</article>\n<footer class="amp-wp-footer"><div><h2>%s</h2><a href="#top" class="back-to-top">'
            'Voltar ao topo</a></div></footer>\n</body>\n</html>\n'
        ) % (u, esc(v.title), SITE, self.base, json.dumps(meta, ensure_ascii=False), self.base, SITE,
             esc(v.title), esc(a.author), self.local(v.published).isoformat(), hours,
             self.base, v.published.year, v.published.month, a.slug, "\n".join(paras),
             self.base, a.section, CATS[a.section], u, rel, SITE)

    def print_page(self, a, e):
        v = self.view(a, e)
        u = self.url(a)
        ncom = len(self.comments(a.key, e))
        body = "".join("<p>%s</p>\n" % esc(" ".join(p)) for p in v.paras)
        return (
            '<!DOCTYPE html>\n<html lang="pt-BR">\n<head>\n<meta charset="UTF-8">\n'
            '<title>%s &raquo; %s &raquo; Print</title>\n<meta name="robots" content="noindex, nofollow">\n'
            '<link rel="canonical" href="%s">\n<style>body{font-family:serif}#Outline{width:90%%;margin:auto}</style>\n'
            '</head>\n<body>\n<p style="text-align: center;"><strong>- %s - %s -</strong></p>\n'
            '<div class="Center"><div id="Outline">\n<p id="BlogTitle">%s</p>\n'
            '<p id="BlogDate">Publicado por <u>%s</u> em %s @ %s em <a href="%s/categoria/%s/" rel="category tag">%s</a> | '
            '<a href="%s#comments">%d Comentários</a></p>\n<div id="BlogContent">%s</div>\n</div></div>\n'
            '<hr class="Divider" style="text-align: center;">\n'
            '<p>Artigo impresso de %s: <strong dir="ltr">%s</strong></p>\n'
            '<p style="text-align: center;">Copyright &copy; 2026 %s. Todos os direitos reservados.</p>\n'
            '</body>\n</html>\n'
        ) % (SITE, esc(v.title), u, SITE, self.base, esc(v.title), esc(a.author), self.date_pt(v.published),
             self.time_pt(v.published), self.base, a.section, CATS[a.section], u, ncom, body, SITE, u, SITE)

    def comment_feed(self, a, e):
        v = self.view(a, e)
        u = self.url(a)
        items = ""
        for cid, who, text, minutes in self.comments(a.key, e):
            t = v.published + timedelta(minutes=minutes)
            items += ('<item><title>Por: %s</title><link>%s#comment-%d</link><dc:creator><![CDATA[%s]]></dc:creator>'
                      '<pubDate>%s</pubDate><guid isPermaLink="false">%s/?p=%d#comment-%d</guid>'
                      '<description><![CDATA[%s]]></description></item>\n') % (
                esc(who), u, cid, who, http_date(t).replace("GMT", "+0000"), self.base, a.num, cid, text)
        return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n'
                '<channel><title>Comentários sobre: %s</title><atom:link href="%sfeed/" rel="self" type="application/rss+xml" />'
                '<link>%s</link><description>Notícias de Goiás, do Brasil e do mundo</description>'
                '<language>pt-BR</language>\n%s</channel></rss>\n') % (esc(v.title), u, u, items)

    # ---- listings -----------------------------------------------------------------------
    def sorted_live(self, e):
        return sorted(self.live(e), key=lambda a: a.h)

    def listing(self, e, title, arts, robots_noindex=False, next_page=None, prev_page=None):
        b = self.base
        items = []
        for a in arts:
            v = self.view(a, e)
            ncom = len(self.comments(a.key, e))
            items.append(
                '<article id="post-%d" class="post-%d post type-post status-publish hentry category-%s">'
                '<header class="entry-header"><h2 class="entry-title"><a href="%s" rel="bookmark">%s</a></h2>'
                '<div class="entry-meta"><time class="entry-date published" datetime="%s">%s</time> '
                '<span class="comments-link"><a href="%s#respond">%s</a></span></div></header>'
                '<div class="entry-summary"><p>%s</p></div></article>'
                % (a.num, a.num, a.section, self.url(a), esc(v.title), self.iso_site(v.published, e),
                   self.date_pt(v.published), self.url(a),
                   ("%d comentários" % ncom) if ncom else "Deixe um comentário", esc(v.lead)))
        nav = ""
        if next_page or prev_page:
            nav = '<nav class="navigation posts-navigation"><div class="nav-links">'
            if next_page:
                nav += '<div class="nav-previous"><a href="%s">Posts mais antigos</a></div>' % (b + next_page)
            if prev_page:
                nav += '<div class="nav-next"><a href="%s">Posts mais recentes</a></div>' % (b + prev_page)
            nav += '</div></nav>'
        robots = '<meta name="robots" content="noindex, follow">\n' if robots_noindex else ""
        return ('<!DOCTYPE html>\n<html lang="pt-BR">\n<head>\n<meta charset="UTF-8">\n%s<title>%s</title>\n%s</head>\n'
                '<body class="archive">\n%s<div id="content" class="site-content">\n<div id="primary" class="content-area">'
                '<main id="main" class="site-main">\n<header class="page-header"><h1 class="page-title">%s</h1></header>\n'
                '%s\n%s</main></div>\n%s</div>\n%s</body>\n</html>\n') % (
            robots, esc(title), self.head_common(), self.header(), esc(title), "\n".join(items), nav,
            self.sidebar(e), self.footer())

    def lm_of(self, arts, e):
        if not arts:
            return None
        return max((self.view(a, e).modified or self.view(a, e).published) for a in arts) + timedelta(minutes=1)

    def feed(self, e):
        arts = self.sorted_live(e)[:10]
        items = []
        for a in arts:
            v = self.view(a, e)
            u = self.url(a)
            items.append(
                '\t<item>\n\t\t<title>%s</title>\n\t\t<link>%s?utm_source=rss&#038;utm_medium=rss&#038;utm_campaign=%s</link>\n'
                '\t\t<comments>%s#respond</comments>\n\t\t<dc:creator><![CDATA[%s]]></dc:creator>\n'
                '\t\t<pubDate>%s</pubDate>\n\t\t<category><![CDATA[%s]]></category>\n'
                '\t\t<guid isPermaLink="false">%s/?p=%d</guid>\n\t\t<description><![CDATA[%s]]></description>\n'
                '\t\t<wfw:commentRss>%sfeed/</wfw:commentRss>\n\t\t<slash:comments>%d</slash:comments>\n\t</item>'
                % (esc(v.title), u, a.slug, u, a.author, http_date(v.published).replace("GMT", "+0000"),
                   CATS[a.section], self.base, a.num, v.lead, u, len(self.comments(a.key, e))))
        last = max(self.view(a, e).published for a in arts)
        return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n'
                '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
                '\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n'
                '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
                '\t<title>%s</title>\n\t<atom:link href="%s/feed/" rel="self" type="application/rss+xml" />\n'
                '\t<link>%s/</link>\n\t<description>Notícias de Goiás, do Brasil e do mundo</description>\n'
                '\t<lastBuildDate>%s</lastBuildDate>\n\t<language>pt-BR</language>\n'
                '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n'
                '\t<generator>https://wordpress.org/?v=6.7.1</generator>\n%s\n\t</channel>\n</rss>\n') % (
            SITE, self.base, self.base, http_date(last).replace("GMT", "+0000"), "\n".join(items))

    def sitemap_index(self, e):
        last = max(self.view(a, e).modified or self.view(a, e).published for a in self.live(e))
        maps = ["post-sitemap.xml", "page-sitemap.xml", "category-sitemap.xml"]
        items = "".join('\t<sitemap>\n\t\t<loc>%s/%s</loc>\n\t\t<lastmod>%s</lastmod>\n\t</sitemap>\n'
                        % (self.base, m, last.astimezone(timezone.utc).isoformat()) for m in maps)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                '%s</sitemapindex>\n<!-- XML Sitemap generated by Yoast SEO -->') % items

    def post_sitemap(self, e):
        items = []
        for a in sorted(self.live(e), key=lambda a: -a.h):
            v = self.view(a, e)
            items.append('\t<url>\n\t\t<loc>%s</loc>\n\t\t<lastmod>%s</lastmod>\n\t\t<image:image>\n\t\t\t'
                         '<image:loc>%s/wp-content/uploads/%04d/%02d/%s-1200x675.jpg</image:loc>\n\t\t</image:image>\n\t</url>'
                         % (self.url(a), (v.modified or v.published).astimezone(timezone.utc).isoformat(),
                            self.base, v.published.year, v.published.month, a.slug))
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" '
                'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n%s\n</urlset>\n'
                '<!-- XML Sitemap generated by Yoast SEO -->') % "\n".join(items)

    def simple_sitemap(self, locs):
        items = "".join("\t<url>\n\t\t<loc>%s</loc>\n\t</url>\n" % l for l in locs)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                '%s</urlset>\n<!-- XML Sitemap generated by Yoast SEO -->') % items

    def expediente(self, e):
        b = self.base
        graph = {"@context": "https://schema.org", "@graph": [
            {"@type": "WebPage", "@id": b + "/expediente/", "url": b + "/expediente/", "name": "Expediente - " + SITE,
             "isPartOf": {"@id": b + "/#website"}, "inLanguage": "pt-BR"}]}
        return ('<!DOCTYPE html>\n<html lang="pt-BR">\n<head>\n<meta charset="UTF-8">\n<title>Expediente - %s</title>\n'
                '<link rel="canonical" href="%s/expediente/">\n<script type="application/ld+json" class="yoast-schema-graph">%s</script>\n'
                '%s</head>\n<body class="page-template-default page">\n%s<div id="content" class="site-content">'
                '<div id="primary" class="content-area"><main id="main" class="site-main"><article class="page type-page">'
                '<h1 class="entry-title">Expediente</h1><div class="entry-content"><p>Diretora de redação: Mariana Coutinho. '
                'Editor de economia: Rafael Teles. Editora de agronegócio: Beatriz Nogueira.</p>'
                '<p>Redação: Rua 82, Setor Sul, Goiânia (GO).</p></div></article></main></div>\n%s</div>\n%s</body>\n</html>\n'
                ) % (SITE, b, json.dumps(graph, ensure_ascii=False), self.head_common(), self.header(),
                     self.sidebar(e), self.footer())

    def not_found(self, e):
        return ('<!DOCTYPE html>\n<html lang="pt-BR">\n<head>\n<meta charset="UTF-8">\n<meta name="robots" content="noindex, follow">\n'
                '<title>Página não encontrada - %s</title>\n%s</head>\n<body class="error404">\n%s<div id="content" class="site-content">'
                '<main id="main" class="site-main"><section class="error-404 not-found"><h1 class="page-title">Ops! Essa página não pode ser encontrada.</h1>'
                '</section></main>\n%s</div>\n%s</body>\n</html>\n') % (SITE, self.head_common(), self.header(),
                                                                        self.sidebar(e), self.footer())

    ROBOTS = ("User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nDisallow: /?s=\n"
              "Disallow: /busca/\nDisallow: /wp-comments-post.php\n\nSitemap: %s/sitemap_index.xml\n")

    # ---- routing ------------------------------------------------------------------------
    ART_RE = re.compile(r"^/(\d{4})/(\d{2})/(\d{2})/([a-z0-9-]+)(/(?:(amp|print|feed)/?)?)?$")

    def all_targets(self, e):
        t = ["/", "/page/2/", "/feed/", "/sitemap_index.xml", "/post-sitemap.xml", "/page-sitemap.xml",
             "/category-sitemap.xml", "/expediente/", "/robots.txt"]
        t += ["/categoria/%s/" % c for c in CATS]
        t += ["/author/%s/" % s for s in AUTHORS.values()]
        for a in self.live(e):
            p = self.path(a)
            t += [p, p + "amp/", p + "print/"]
        return t

    def handle(self, path, query, e, counter=None):
        q = parse_qs(query, keep_blank_values=True)
        html_ct = "text/html; charset=UTF-8"
        live = {a.key for a in self.live(e)}
        if path == "/":
            if "p" in q:
                try:
                    a = self.by_num.get(int(q["p"][0]))
                except ValueError:
                    a = None
                if a is not None and a.key in live:
                    return redirect(301, self.url(a), article=self.url(a))
                return Response(404, self.not_found(e), html_ct)
            if "s" in q:
                return Response(200, self.listing(e, "Resultados da pesquisa por: %s" % q["s"][0], [], True), html_ct)
            arts = self.sorted_live(e)
            return Response(200, self.listing(e, SITE, arts[:8], next_page="/page/2/"), html_ct,
                            lm=self.lm_of(arts, e))
        if path == "/page/2/":
            arts = self.sorted_live(e)
            return Response(200, self.listing(e, "%s - Página 2" % SITE, arts[8:], prev_page="/"), html_ct,
                            lm=self.lm_of(arts, e))
        m = re.match(r"^/categoria/([a-z]+)/?$", path)
        if m and m.group(1) in CATS:
            if not path.endswith("/"):
                return redirect(301, self.base + path + "/")
            arts = [a for a in self.sorted_live(e) if a.section == m.group(1)]
            return Response(200, self.listing(e, "Arquivos %s - %s" % (CATS[m.group(1)], SITE), arts), html_ct,
                            lm=self.lm_of(arts, e))
        m = re.match(r"^/author/([a-z-]+)/$", path)
        if m and m.group(1) in AUTHORS.values():
            name = [n for n, s in AUTHORS.items() if s == m.group(1)][0]
            arts = [a for a in self.sorted_live(e) if a.author == name]
            return Response(200, self.listing(e, "%s, Autor em %s" % (name, SITE), arts, robots_noindex=True),
                            html_ct, lm=self.lm_of(arts, e))
        if path == "/feed/":
            return Response(200, self.feed(e), "application/rss+xml; charset=UTF-8", lm=self.lm_of(self.live(e), e))
        if path == "/sitemap_index.xml":
            return Response(200, self.sitemap_index(e), "text/xml; charset=UTF-8", lm=self.lm_of(self.live(e), e))
        if path == "/post-sitemap.xml":
            return Response(200, self.post_sitemap(e), "text/xml; charset=UTF-8", lm=self.lm_of(self.live(e), e))
        if path == "/page-sitemap.xml":
            return Response(200, self.simple_sitemap([self.base + "/", self.base + "/expediente/"]), "text/xml; charset=UTF-8")
        if path == "/category-sitemap.xml":
            return Response(200, self.simple_sitemap(["%s/categoria/%s/" % (self.base, c) for c in CATS]),
                            "text/xml; charset=UTF-8")
        if path == "/expediente/":
            return Response(200, self.expediente(e), html_ct)
        if path == "/robots.txt":
            return Response(200, self.ROBOTS % self.base, "text/plain; charset=utf-8")
        if path.startswith("/wp-admin"):
            return redirect(302, self.base + "/wp-login.php?redirect_to=" + quote(self.base + path, safe=""))
        if path == "/wp-content/plugins/amp/assets/js/v0.js":
            return Response(200, "/* AMP runtime (local copy) */\n", "application/javascript")
        if path.startswith("/wp-content/uploads/"):
            return image_response()
        m = self.ART_RE.match(path)
        if m:
            a = self.by_slug.get(m.group(4))
            if a is None or a.key not in live or self.path(a) != "/%s/%s/%s/%s/" % m.group(1, 2, 3, 4):
                return Response(404, self.not_found(e), html_ct)
            u = self.url(a)
            kind = m.group(6)
            v = self.view(a, e)
            lm = (v.modified or v.published) + timedelta(minutes=3)
            if m.group(5) is None:                     # no trailing slash
                return redirect(301, u + ("?" + query if query else ""), article=u)
            if kind == "amp":
                return Response(200, self.amp_page(a, e), html_ct, article=u, lm=lm)
            if kind == "print":
                return Response(200, self.print_page(a, e), html_ct, article=u, lm=lm)
            if kind == "feed":
                return Response(200, self.comment_feed(a, e), "application/rss+xml; charset=UTF-8", lm=lm)
            if "share" in q:
                target = q["share"][0]
                ext = {"facebook": "https://www.facebook.example/sharer.php?u=%s&t=%s",
                       "x": "https://x.example/intent/tweet?url=%s&text=%s"}.get(target)
                if ext is None:
                    return Response(404, self.not_found(e), html_ct)
                return redirect(302, ext % (quote(u, safe=""), quote(v.title, safe="")), article=u)
            if "amp" in q:
                return redirect(301, u + "amp/", article=u)
            reply = None
            if "replytocom" in q:
                try:
                    reply = int(q["replytocom"][0])
                except ValueError:
                    reply = None
            return Response(200, self.article_page(a, e, reply), html_ct, article=u, lm=lm)
        return Response(404, self.not_found(e), html_ct)

