"""Invented wire stories and their syndicated copies, for the near-duplicate tests.

The events, figures and quotes are fictional. Three stories about Venezuelan
politics and two about the European Central Bank share their vocabulary but
are different stories; each copy is an original as another outlet runs it.
"""

ORIGINALS = {
    "venezuela_election_date": [
        "Venezuela's National Electoral Council said on Tuesday that regional and municipal elections "
        "will be held on the last Sunday of October, ending months of uncertainty over a vote that the "
        "opposition had demanded since the start of the year.",
        "The council's president told a news conference in Caracas that voter registration would reopen "
        "for six weeks from next month, including at consulates abroad, where several million Venezuelans "
        "who left the country in the past decade are eligible to sign up.",
        "Opposition leaders welcomed the date but said the registration period was too short for emigrants "
        "in neighbouring countries, many of whom lack valid passports and live far from the nearest consulate.",
        "\"A date is not an election,\" said a spokeswoman for the main opposition coalition. \"We need "
        "independent observers, equal access to the media and an end to the disqualification of candidates.\"",
        "The government said international observers would be invited, without naming which organisations, "
        "and accused opposition parties of preparing to boycott the vote in order to discredit it.",
        "Analysts said turnout would be the main test for both sides after years of low participation in "
        "regional contests, which decide governors, mayors and state legislatures across the country.",
        "Business groups in Caracas said a credible vote could help unlock negotiations on sanctions relief, "
        "which they see as essential for attracting investment to the oil, gas and mining sectors.",
        "The electoral council also said it would audit the voting machines twice before election day, with "
        "technicians from all registered parties allowed to attend the sessions.",
    ],
    "venezuela_oil_output": [
        "Venezuela's crude oil output rose for a fourth straight month in August, reaching its highest level "
        "in five years, as the state oil company restarted upgraders in the Orinoco belt and received "
        "shipments of imported diluent, according to internal documents and industry sources.",
        "Production averaged about 950,000 barrels per day, up from 890,000 in July, the documents showed. "
        "Most of the increase came from joint ventures with foreign partners operating under special licences.",
        "Exports climbed to roughly 780,000 barrels per day, with most cargoes bound for Asia. Shipments to "
        "refiners on the U.S. Gulf Coast were steady at about 200,000 barrels per day.",
        "The oil ministry did not respond to a request for comment. The government has said it aims to reach "
        "one million barrels per day by the end of the year, a target that analysts consider ambitious.",
        "Power outages in the western state of Zulia continued to disrupt older fields around Lake Maracaibo, "
        "where output has fallen sharply over the past decade for lack of maintenance and investment.",
        "Traders said the wider discounts on Venezuelan heavy crude had narrowed in recent weeks as buyers "
        "competed for cargoes of similar quality after supply cuts elsewhere.",
        "Industry consultants warned that the recovery remained fragile and depended on the renewal of "
        "licences that allow foreign companies to operate in the country despite sanctions.",
    ],
    "venezuela_talks": [
        "Representatives of Venezuela's government and opposition will resume talks in Mexico City next week, "
        "mediators said on Friday, after a pause of almost a year marked by mutual accusations of bad faith.",
        "The talks, facilitated by Norway, are expected to focus on conditions for next year's presidential "
        "election, the release of detained activists and a fund for social programmes financed by frozen "
        "state assets held abroad.",
        "A government negotiator said the delegation would attend \"with the will to reach agreements\" but "
        "insisted that sanctions against the country must be lifted before any electoral calendar is agreed.",
        "The opposition platform said its priority was the release of political prisoners and the "
        "reinstatement of candidates barred from holding public office by the comptroller's office.",
        "Diplomats from several Latin American countries said they would send envoys to the opening session, "
        "and the European Union said it supported a negotiated solution to the political crisis.",
        "Human rights groups urged both delegations to include victims' representatives in the process, "
        "saying previous rounds had produced agreements that were never implemented.",
        "The previous round collapsed when the government walked out in protest at the extradition of a "
        "businessman close to the ruling party, a decision the opposition called a pretext.",
        "Mediators said the first sessions would be held behind closed doors and that a joint statement "
        "would be issued at the end of each round.",
        "Analysts cautioned that expectations were low, noting that the two sides remain far apart on the "
        "sequencing of sanctions relief and electoral guarantees.",
    ],
    "ecb_holds_rates": [
        "The European Central Bank kept interest rates unchanged on Thursday, as expected, and signalled that "
        "borrowing costs would stay at their current level for as long as needed to bring inflation back to "
        "its two percent target.",
        "The deposit rate remains at 3.25 percent after a series of cuts earlier this year. Policymakers said "
        "the decision was unanimous and that future moves would depend on incoming data.",
        "Inflation in the euro zone slowed to 2.4 percent last month, but services prices continued to rise "
        "faster than the bank would like, driven by strong wage growth in Germany and Spain.",
        "The bank's president told reporters that the economy was recovering more slowly than projected in "
        "the spring and that risks to growth were tilted to the downside.",
        "Markets trimmed bets on a further cut in December after the press conference, and the euro rose "
        "slightly against the dollar while yields on German government bonds edged higher.",
        "Economists polled before the meeting had unanimously expected no change, but several said the bank "
        "would be forced to ease again early next year if manufacturing remained weak.",
        "New staff projections will be published in December, when policymakers will also review the "
        "bank's balance sheet and the pace at which it lets bonds bought in past crises mature.",
    ],
    "ecb_minutes": [
        "European Central Bank policymakers were divided at their last meeting over how quickly to lower "
        "interest rates, with a minority arguing that a larger cut was justified by weakening growth, the "
        "accounts of the meeting published on Thursday showed.",
        "Most members agreed that inflation was on course to return to the bank's two percent target next year, "
        "but some warned that wage settlements could keep services prices high for longer.",
        "The accounts said several members saw a risk that the bank was falling behind the curve as business "
        "surveys pointed to a contraction in manufacturing across the euro zone.",
        "Others argued for patience, saying that energy prices remained volatile and that a premature easing "
        "could undermine the credibility the bank had rebuilt since the inflation surge.",
        "The minutes showed broad agreement that the bank should not commit in advance to a particular path, "
        "a formula that has appeared in the accounts of every meeting this year.",
        "Investors read the accounts as a sign that a cut in December remained likely, and money market "
        "pricing moved slightly toward a quarter-point reduction.",
    ],
    "canal_drought": [
        "The Panama Canal authority said on Monday it would cut the number of daily transits for a second "
        "time this year as a prolonged drought lowered the level of the lake that feeds the waterway's locks.",
        "From next month, the canal will allow 24 ships a day through its older locks, down from 32, and limit "
        "the maximum draft of vessels to 13.4 metres, forcing shippers to carry less cargo per voyage.",
        "The authority said rainfall in the canal watershed was 30 percent below average, the driest period "
        "on record, and that water conservation measures at the locks had not been enough.",
        "Shipping lines said the restrictions would add costs for importers on the U.S. East Coast and for "
        "exporters of grain and liquefied gas, some of whom have already rerouted vessels through the Suez Canal.",
        "Waiting times for ships without reservations rose to as long as three weeks in August, prompting some "
        "operators to pay millions of dollars at auction for priority slots.",
        "The canal administrator said the authority was studying a new reservoir on a nearby river to secure "
        "water supply for the locks and for the drinking water of half the country's population.",
    ],
    "chip_export_rules": [
        "The Dutch government announced new export controls on advanced chipmaking equipment on Friday, "
        "requiring companies to obtain licences before shipping certain deposition and lithography tools abroad.",
        "The rules, which take effect in September, will apply to machines used to make the most advanced "
        "logic and memory chips, the trade ministry said in a letter to parliament.",
        "The ministry said the measures were taken for national security reasons and were not aimed at any "
        "single country, although officials acknowledged they had consulted closely with allies.",
        "Shares in the country's largest equipment maker fell two percent in Amsterdam before recovering. The "
        "company said it did not expect the rules to have a material effect on its results this year.",
        "Industry groups warned that uncertainty over licensing could push customers to seek alternative "
        "suppliers and called for clear and predictable procedures.",
        "Trade officials in Beijing criticised the decision and said they would take measures to protect the "
        "interests of domestic companies, without giving details.",
        "Analysts said the controls mostly formalised restrictions already in place but could be extended to "
        "servicing and spare parts for machines installed before the rules took effect.",
        "The government said it would review the list of controlled items every year in consultation with "
        "industry and with partners in the European Union.",
    ],
    "wildfire_greece": [
        "Firefighters battled a wildfire on the outskirts of Athens for a second day on Wednesday as strong "
        "winds fanned flames that have burned homes and forced the evacuation of several suburbs.",
        "More than 500 firefighters, backed by 20 aircraft and helicopters, were deployed against several "
        "fronts, the fire service said. Crews from Italy and France arrived overnight to help.",
        "Authorities sent text messages urging residents of four districts to leave their homes and head "
        "toward the coast. Police closed a section of the main highway north of the capital.",
        "At least 15 people were treated in hospital for burns and breathing problems, including two "
        "firefighters, the health ministry said. No deaths have been reported.",
        "The blaze broke out on Monday afternoon in a pine forest and spread quickly through dry scrubland "
        "after weeks of high temperatures and almost no rain.",
        "Meteorologists forecast that winds would ease by Thursday evening, giving crews a chance to contain "
        "the fire, but warned that the risk of new fires would remain very high through the weekend.",
        "The government said it would compensate owners of damaged homes and businesses and open an "
        "investigation into the cause of the fire.",
    ],
    "airline_strike": [
        "Pilots at a major German airline will strike on Thursday and Friday, their union said, after wage "
        "talks broke down over pensions and working hours, threatening the travel plans of tens of thousands "
        "of passengers at the start of the holiday season.",
        "The union said the walkout would affect all departures from Frankfurt and Munich for passenger and "
        "cargo flights, but not those of the airline's subsidiaries.",
        "The airline called the strike disproportionate and said it had offered a pay rise of nine percent over "
        "two years, as well as higher contributions to the company pension scheme.",
        "Passengers were advised to check the status of their flights online before travelling to the airport. "
        "The airline said it would try to rebook travellers on partner airlines and on trains.",
        "It is the third strike at the carrier this year, after walkouts by ground staff and cabin crew that "
        "cost the company more than 100 million euros in lost revenue.",
        "Both sides said they were open to mediation, but the union insisted that the airline must improve its "
        "offer on early retirement before talks could resume.",
    ],
    "climate_finance": [
        "Negotiators at the United Nations climate conference agreed early on Sunday on a new target for "
        "finance to help developing countries cope with global warming, after talks ran more than 30 hours "
        "past their scheduled close.",
        "Wealthy nations will provide at least 300 billion dollars a year by 2035, the agreement says, with a "
        "wider goal of mobilising 1.3 trillion dollars a year from public and private sources.",
        "Representatives of small island states and the least developed countries walked out of one session in "
        "protest, saying the sum fell far short of what was needed to adapt to rising seas and extreme weather.",
        "European negotiators called the deal a milestone and said it would be complemented by reforms of the "
        "multilateral development banks to lend more for climate projects.",
        "The agreement also sets rules for an international carbon market, allowing countries to trade emission "
        "credits to meet their national targets under the Paris agreement.",
        "Environmental groups criticised the outcome, saying the text did not mention the transition away from "
        "fossil fuels agreed at last year's conference.",
        "Host country officials said the conference had shown that multilateral cooperation could still deliver "
        "results despite geopolitical tensions.",
        "The next conference will be held in Brazil, where countries are expected to present new national "
        "plans for cutting emissions over the next decade.",
    ],
}

BOILERPLATE = {
    "credit": "Reporting by Ana Ruiz and Tom Keller; Editing by Mark Heinrich",
    "newsletter": "Subscribe to our newsletter to get the day's top stories in your inbox every morning.",
    "read_more": "Read more: Markets rally as investors weigh the outlook for interest rates",
}


def copy_of(paragraphs, *, cut=None, boilerplate=(), dateline="", replace=()):
    """An original as another outlet runs it: a paragraph cut, words changed, a dateline and boilerplate added."""
    body = [p for index, p in enumerate(paragraphs) if index != cut]
    for old, new in replace:
        body = [p.replace(old, new) for p in body]
    body[0] = dateline + body[0]
    return body + [BOILERPLATE[name] for name in boilerplate]


SYNDICATED = dict(cut=3, boilerplate=("credit", "newsletter", "read_more"), dateline="(Wire) - ",
                  replace=(("said", "told reporters"), ("percent", "per cent"), ("the country", "Venezuela")))

# (original, how the copy differs): every copy is one story with its original.
COPIES = [(name, "syndicated", SYNDICATED) for name in ORIGINALS] + [
    ("venezuela_talks", "last paragraph cut", dict(cut=8)),
    ("ecb_minutes", "boilerplate only", dict(boilerplate=("credit", "newsletter"))),
    ("canal_drought", "dateline and words changed", dict(dateline="PANAMA CITY, Oct 2 - ",
                                                         replace=(("ships", "vessels"), ("authority", "agency")))),
    ("wildfire_greece", "first paragraph cut", dict(cut=0, boilerplate=("read_more",))),
]
