"""Article text for the freshness world: template banks and a seeded generator.

Everything here is deterministic given the ``random.Random`` passed in.  Only the
stories in ``MADURO_STORIES`` and ``MADURO_EDIT_PARAGRAPH`` contain the word
"Maduro"; every other template and name pool is free of it (checked by the tests).
"""

from __future__ import annotations

import re
import unicodedata

CATEGORIES = ["politics", "world", "economy", "technology", "sports", "culture", "science"]
CATEGORY_LABELS = {
    "politics": "Politics",
    "world": "World",
    "economy": "Economy",
    "technology": "Technology",
    "sports": "Sports",
    "culture": "Culture",
    "science": "Science & Health",
}
MADURO_CATEGORIES = ["politics", "politics", "world", "world", "economy"]

# --------------------------------------------------------------------------- pools

COUNTRIES = [
    ("Colombia", "Bogotá", "Colombian"), ("Brazil", "Brasília", "Brazilian"),
    ("Argentina", "Buenos Aires", "Argentine"), ("Chile", "Santiago", "Chilean"),
    ("Peru", "Lima", "Peruvian"), ("Mexico", "Mexico City", "Mexican"),
    ("Spain", "Madrid", "Spanish"), ("France", "Paris", "French"),
    ("Germany", "Berlin", "German"), ("Italy", "Rome", "Italian"),
    ("Poland", "Warsaw", "Polish"), ("Kenya", "Nairobi", "Kenyan"),
    ("Nigeria", "Abuja", "Nigerian"), ("Egypt", "Cairo", "Egyptian"),
    ("Turkey", "Ankara", "Turkish"), ("India", "New Delhi", "Indian"),
    ("Indonesia", "Jakarta", "Indonesian"), ("Japan", "Tokyo", "Japanese"),
    ("South Korea", "Seoul", "South Korean"), ("Canada", "Ottawa", "Canadian"),
    ("Australia", "Canberra", "Australian"), ("Vietnam", "Hanoi", "Vietnamese"),
    ("Morocco", "Rabat", "Moroccan"), ("Ecuador", "Quito", "Ecuadorian"),
    ("Bolivia", "La Paz", "Bolivian"), ("Uruguay", "Montevideo", "Uruguayan"),
    ("Panama", "Panama City", "Panamanian"), ("Portugal", "Lisbon", "Portuguese"),
]
CONTINENT_OF = {
    "Colombia": "Latin America", "Brazil": "Latin America", "Argentina": "Latin America",
    "Chile": "Latin America", "Peru": "Latin America", "Mexico": "Latin America",
    "Ecuador": "Latin America", "Bolivia": "Latin America", "Uruguay": "Latin America",
    "Panama": "Latin America", "Spain": "Europe", "France": "Europe", "Germany": "Europe",
    "Italy": "Europe", "Poland": "Europe", "Portugal": "Europe", "Kenya": "Africa",
    "Nigeria": "Africa", "Egypt": "Africa", "Morocco": "Africa", "Turkey": "Europe",
    "India": "Asia", "Indonesia": "Asia", "Japan": "Asia", "South Korea": "Asia",
    "Vietnam": "Asia", "Canada": "North America", "Australia": "the Asia-Pacific region",
}
FIRST_NAMES = [
    "Ana", "Carlos", "Lucía", "Daniel", "Sofía", "Javier", "Marta", "Tomás", "Elena",
    "Rafael", "Isabel", "Miguel", "Laura", "Andrés", "Paula", "Diego", "Camila", "Jorge",
    "Valeria", "Pedro", "Nadia", "Omar", "Priya", "Kenji", "Amara", "Lukas", "Chloé",
    "Samuel", "Ingrid", "Mateo", "Fatima", "Hugo", "Irene", "Viktor", "Leila", "Bruno",
]
LAST_NAMES = [
    "Herrera", "Castillo", "Mendoza", "Ortega", "Salazar", "Navarro", "Fuentes", "Rojas",
    "Vargas", "Ibarra", "Molina", "Serrano", "Delgado", "Pineda", "Aguilar", "Lindqvist",
    "Okafor", "Tanaka", "Novak", "Schneider", "Dubois", "Kowalski", "Mensah", "Rahman",
    "Costa", "Whitfield", "Brennan", "Achterberg", "Quintero", "Barrios", "Sandoval",
]
VEN_PEOPLE = [
    "Héctor Rangel", "Yelitza Bermúdez", "Alfredo Marcano", "Gabriela Urdaneta",
    "Ramón Villasmil", "Carmen Zambrano", "Eduardo Paredes", "Luisa Guevara",
]
STAFF = [
    "Ana Herrera", "Tomás Ibarra", "Priya Rahman", "Lukas Schneider", "Camila Rojas",
    "Samuel Okafor", "Irene Castillo", "Hugo Delgado", "Leila Mensah", "Mateo Fuentes",
    "Chloé Dubois", "Jorge Quintero",
]
TITLES = ["Finance Minister", "Foreign Minister", "Interior Minister", "Health Minister",
          "Trade Minister", "Energy Minister", "Prime Minister", "Labour Minister"]
PARTIES = ["the Social Democratic Party", "the National Renewal Movement", "the Green Alliance",
           "the Liberal Union", "the Citizens' Front", "the Popular Bloc",
           "the Christian Democrats", "the Progressive Party"]
ORGS = ["the United Nations", "the Organization of American States", "the European Union",
        "the African Union", "the Red Cross", "the World Health Organization",
        "the UN refugee agency", "Human Rights Watch", "Amnesty International"]
LENDERS = ["the International Monetary Fund", "the World Bank",
           "the Inter-American Development Bank", "the Development Bank of Latin America"]
BANKS = ["Banco Meridional", "Harcourt Securities", "Ostrander Capital", "Valmont Research",
         "Kestrel Partners", "Northgate Economics"]
UNIVERSITIES = ["the University of Salamanca", "the National University", "the Institute of Advanced Studies",
                "the Catholic University", "the Polytechnic Institute", "the School of Economics"]
COMPANIES = ["Norvex Energy", "Altamira Holdings", "Cresta Mining", "Harbor & Vine Foods",
             "Quillon Motors", "Tessera Pharma", "Solvane Chemicals", "Vantor Telecom",
             "Brightwater Steel", "Corvana Logistics", "Ardent Cement", "Pampa Agro"]
OIL_COMPANIES = ["Norvex Energy", "Halvard Petroleum", "Castellan Oil", "Sunda Resources"]
TECH_COMPANIES = ["Brightline Robotics", "Pellucid Systems", "Lumen Dataworks", "Quanta Loop",
                  "Nimbus Fabric", "Helix Semiconductors", "Orbita Networks"]
TEAMS = ["Atlético Riverside", "Real Costa Azul", "Northport United", "Sporting Valle",
         "Deportivo Andino", "Club Estrella", "FC Harborview", "Unión Montaña",
         "Racing del Sur", "Olímpico Central"]
STADIUMS = ["the Estadio Metropolitano", "Riverside Park", "the Estadio del Valle",
            "the Arena Central", "Harbour Road"]
FESTIVALS = ["Cartagena", "San Sebastián", "Guadalajara", "Toronto", "Busan", "Marrakech", "Venice"]
FILMS = ["The River Remembers", "Salt and Ash", "A House Without Windows", "Northern Lights Over Lima",
         "The Last Harvest", "Quiet Water", "Bread for the Winter", "The Glass Orchard"]
ARTISTS = ["Rosa Linares", "Julián Esteva", "Marisol Cantero", "Teo Valdés", "Aurelio Mont",
           "Lía Serrat"]
PRIZES = ["the National Prize for Literature", "the Herralde Prize", "the Rómulo Gallegos Prize",
          "the Alfaguara Prize", "the Premio Biblioteca Breve"]
JOURNALS = ["Nature", "The Lancet", "Science", "PLOS One", "Zootaxa", "Environmental Research Letters"]
LAUNCH_SITES = ["French Guiana", "the Satish Dhawan Space Centre", "Cape Canaveral", "Kourou"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ORDINALS = ["second", "third", "fourth", "fifth", "sixth"]
TIMES_OF_DAY = ["9 a.m.", "10 a.m.", "noon", "2 p.m.", "4 p.m.", "7 p.m."]


def make_context(rng):
    """Draw one set of placeholder values for an article."""
    c1, c2 = rng.sample(COUNTRIES, 2)
    p1, p2, a1 = (f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}" for _ in range(3))
    player = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    party, party2 = rng.sample(PARTIES, 2)
    company, company2 = rng.sample(COMPANIES, 2)
    team, team2 = rng.sample(TEAMS, 2)
    total = rng.choice([150, 200, 230, 300, 350, 460, 500])
    big = rng.choice([1.2, 2.4, 3.8, 4.5, 6.1, 7.9, 12.5])
    ven_person, ven_opp = rng.sample(VEN_PEOPLE, 2)
    g1, g2 = rng.randint(0, 3), rng.randint(0, 3)
    if g1 == g2:
        g1 += 1
    ctx = {
        "country": c1[0], "city": c1[1], "demonym": c1[2],
        "country2": c2[0], "city2": c2[1], "demonym2": c2[2],
        "continent": CONTINENT_OF.get(c1[0], "the region"),
        "person": p1, "person_last": p1.split()[-1],
        "person2": p2, "person2_last": p2.split()[-1],
        "analyst": a1, "analyst_last": a1.split()[-1],
        "player": player, "player_last": player.split()[-1],
        "title": rng.choice(TITLES),
        "party": party, "party2": party2,
        "year_past": str(rng.randint(2014, 2021)),
        "seats": str(total // 2 + rng.randint(1, 9)), "total_seats": str(total),
        "threshold": str(rng.choice([2, 3, 4])),
        "pct": str(rng.randint(12, 48)), "pct_small": f"{rng.randint(11, 95) / 10:.1f}",
        "num": f"{rng.randint(12, 480) * 100:,}", "num2": f"{rng.randint(12, 480) * 100:,}",
        "num_small": str(rng.randint(3, 9)),
        "crowd": f"{rng.randint(8, 95) * 1000:,}",
        "age": str(rng.choice([60, 62, 63])), "age2": str(rng.choice([65, 66, 67])),
        "weekday": rng.choice(WEEKDAYS),
        "org": rng.choice(ORGS), "org2": rng.choice(ORGS),
        "university": rng.choice(UNIVERSITIES),
        "lender": rng.choice(LENDERS), "bank": rng.choice(BANKS),
        "rate": f"{rng.randint(45, 145) / 10:.2f}".rstrip("0").rstrip("."),
        "bps": str(rng.choice([25, 50, 75, 100])),
        "ordinal": rng.choice(ORDINALS), "ordinal_big": rng.choice(["20th", "31st", "45th", "52nd", "67th"]),
        "growth": f"{rng.randint(5, 35) / 10:.1f}",
        "amount": f"${big:.1f} billion", "amount_m": f"${rng.randint(12, 240)} million", "amount2": f"${big * rng.randint(3, 9):.1f} billion",
        "company": company, "company2": company2,
        "oil_company": rng.choice(OIL_COMPANIES),
        "num_jobs": f"{rng.randint(3, 60) * 100:,}",
        "tech_company": rng.choice(TECH_COMPANIES),
        "time_of_day": rng.choice(TIMES_OF_DAY),
        "price": str(rng.randint(18, 60)),
        "team": team, "team2": team2,
        "score": f"{max(g1, g2)}-{min(g1, g2)}",
        "points": str(rng.randint(2, 8)), "goals": str(rng.randint(11, 27)),
        "stadium": rng.choice(STADIUMS),
        "marathon_time": f"2:0{rng.randint(3, 9)}:{rng.randint(10, 59)}",
        "film": rng.choice(FILMS), "festival": rng.choice(FESTIVALS), "artist": rng.choice(ARTISTS),
        "prize": rng.choice(PRIZES), "journal": rng.choice(JOURNALS),
        "launch_site": rng.choice(LAUNCH_SITES),
        "altitude": f"{rng.randint(18, 34) * 100:,}", "depth": str(rng.randint(8, 70)),
        "magnitude": f"{rng.randint(52, 71) / 10:.1f}",
        "ven_person": ven_person, "ven_opp": ven_opp,
        "usd": str(rng.randint(90, 190)), "barrels": f"{rng.randint(6, 95) * 10_000:,}",
    }
    return ctx


# --------------------------------------------------------------------------- stories
# Each story: headlines (list), summary, paragraphs (first one is the lead).

def _s(headlines, summary, paragraphs, **extra):
    d = {"headlines": headlines, "summary": summary, "paragraphs": paragraphs}
    d.update(extra)
    return d


STORIES = {
    "politics": [
        _s(["{demonym} coalition talks stall as {party} demands finance ministry",
            "Coalition talks in {country} break down over control of the finance ministry"],
           "The dispute between {party} and {party2} threatens to delay next year's budget and has unsettled investors who had expected a quick agreement in {city}.",
           ["Talks between {party} and {party2} broke down late on {weekday} after negotiators failed to agree on who would control the finance ministry, according to two people familiar with the discussions. The parties together hold {seats} of the {total_seats} seats in parliament, enough for a narrow majority but not enough to change the constitution alone.",
            "{person}, who has served as {title} since {year_past}, told reporters in {city} that the government would not be rushed into a deal. \"We owe voters a programme, not a list of names,\" {person_last} said, adding that a new round of meetings was planned for early next week with mediators from both sides.",
            "Under the constitution, the president has {num_small} weeks to nominate a candidate to form a government once talks fail. If no candidate wins a confidence vote, parliament is dissolved and new elections must be held within three months, a scenario that business groups have warned could delay urgent spending decisions."]),
        _s(["{demonym} lawmakers approve contested electoral reform after marathon session",
            "{country} parliament passes electoral reform as opposition walks out"],
           "Opposition parties say the measure was rushed through parliament without proper debate, and several have promised to challenge it before the constitutional court.",
           ["The electoral reform approved on {weekday} changes how seats are allocated between regions and lowers the threshold for small parties from five to {threshold} percent. Supporters say it will make parliament more representative; critics argue it was designed to help the governing alliance and could be overturned by the constitutional court.",
            "Members of the opposition walked out of the chamber before the final vote, accusing the speaker of cutting debate short. \"This is not how a democracy should pass the laws that decide how democracy itself works,\" said {person2}, a senior figure in {party2}, in a speech that was broadcast live on national television.",
            "Opinion polls suggest that support for {party} has fallen to around {pct} percent, down several points since the start of the year, while {party2} has gained ground among younger voters in urban areas. Analysts say the next election is likely to be unpredictable and could produce an even more fragmented parliament."]),
        _s(["{title} {person} resigns in {country} amid row over campaign funding",
            "{country}'s {title} steps down as prosecutors examine campaign donations"],
           "{person} denies any wrongdoing, but the affair has added to the pressure on a government already weakened by rising prices and local election defeats.",
           ["The resignation of {person} followed weeks of reporting about donations made to a foundation linked to the governing party's last campaign. Prosecutors in {city} have opened a preliminary inquiry, although no charges have been filed, and {person_last} has denied any wrongdoing, saying the accounts were audited every year.",
            "In a letter published on {weekday}, {person_last} said the decision had been taken to protect the government from further distraction. \"I will defend myself where it matters, in front of the judges,\" the letter said. Allies described the departure as a sacrifice, while rivals said it had come far too late.",
            "The affair has dominated headlines in {country} for most of the month and added to the pressure on a government already weakened by rising prices and a string of local election defeats. A replacement is expected to be named by the end of the week, according to officials in {city}."]),
        _s(["Thousands march in {city} against proposed pension overhaul",
            "Pension reform protests fill the streets of {city}"],
           "Unions say raising the retirement age from {age} to {age2} punishes workers in physically demanding jobs, while the government insists the system must be made solvent.",
           ["Organisers said more than {crowd} people joined the march, which wound through the centre of {city} for several hours before ending outside the parliament building. Police put the figure lower but said the protest had been largely peaceful, with only a handful of arrests after scuffles near a government office.",
            "The pension plan would raise the retirement age gradually from {age} to {age2} over the next decade and link future increases to life expectancy. The government says the change is needed to keep the system solvent, but unions argue that it punishes workers in physically demanding jobs who often cannot work longer.",
            "The {title} defended the measures in a televised address, saying the country could not keep spending more than it collected. \"Every family knows that you cannot live on credit forever,\" {person_last} said. \"The state is no different, and the sooner we act, the less painful the adjustment will be for everyone.\""]),
        _s(["Teachers strike across {country} over pay and school funding",
            "{demonym} teachers walk out as talks on salaries collapse"],
           "Thousands of classrooms were closed as unions demanded higher salaries and money for school repairs, and warned that the strike could be extended.",
           ["Teachers' unions say salaries have lost roughly {pct} percent of their value over the past three years and that many schools lack basic materials. The strike closed thousands of classrooms on {weekday}, and union leaders said they were prepared to extend it unless the education ministry returned to the negotiating table.",
            "In {city}, striking teachers formed a human chain around the education ministry and read out letters from pupils describing overcrowded classrooms. Parents' associations said they supported the demands in principle but were worried about the impact of a long strike on children preparing for their final exams.",
            "The education ministry said it had offered a {pct_small} percent pay rise spread over two years, which it described as the maximum the budget allowed. Union leaders rejected the offer as insufficient and said any agreement would need to include firm commitments on hiring new staff and on school maintenance."]),
    ],
    "world": [
        _s(["{country} and {country2} sign border cooperation pact after years of tension",
            "{country} and {country2} agree joint border patrols in landmark deal"],
           "The agreement reopens two crossings, creates joint patrols and sets up a commission on water rights, but must still be approved by both parliaments.",
           ["The agreement, signed in {city} on {weekday} by the foreign ministers of both countries, creates joint patrols along the border, reopens two crossings that had been closed since {year_past} and sets up a commission to resolve disputes over water rights. Diplomats described it as the most significant step in relations for a generation.",
            "Trade between {country} and {country2} has fallen by about {pct} percent since the dispute began, according to customs data, hitting farmers and truck drivers on both sides of the border. Business groups had lobbied hard for a settlement, warning that the uncertainty was pushing investors toward other markets in the region.",
            "Relations between the two neighbours have been strained for years by disputes over fishing rights, smuggling and the treatment of migrants. Previous attempts at rapprochement collapsed amid mutual accusations, and analysts said the new pact would be tested by how quickly the promised joint commission actually begins its work."]),
        _s(["{country} recalls ambassador from {country2} after spying allegations",
            "{country} expels {demonym2} diplomats in espionage row"],
           "The foreign ministry in {city} summoned the ambassador of {country2} after reports that intelligence officers had gathered information on government officials.",
           ["The foreign ministry in {city} said it had summoned the ambassador of {country2} to explain reports that intelligence officers had gathered information on {demonym} officials. The embassy of {country2} rejected the allegations as baseless and said it would respond in kind if the threatened expulsions went ahead.",
            "The dispute began after a newspaper in {city} published documents suggesting that several diplomats had met regularly with officials in the defence ministry and paid for information. Two {demonym} civil servants have since been arrested, and prosecutors say they are investigating possible charges of espionage.",
            "The row is the most serious between the two governments in years and comes weeks before a planned regional summit. Diplomats from neighbouring countries have urged both sides to lower the tone, warning that a prolonged standoff could derail talks on trade and security cooperation in the region."]),
        _s(["Floods displace thousands of families in northern {country}",
            "Rivers burst their banks across northern {country} after days of rain"],
           "Civil protection officials said at least {num} families had been moved to shelters, and more rain is forecast for the rest of the week.",
           ["Heavy rain over the past {num_small} days caused rivers to burst their banks across the northern provinces, flooding farmland and cutting off several towns. Civil protection officials said at least {num} families had been moved to temporary shelters and warned that more rain was forecast for the rest of the week.",
            "The {title} visited the affected area on {weekday} and promised emergency funds for reconstruction, saying the government would cover the cost of repairing homes for families without insurance. Local officials welcomed the announcement but said previous promises of aid after similar disasters had been slow to arrive.",
            "Scientists say extreme weather events in the region are becoming more frequent and more intense as the climate warms. A report published last year by researchers at {university} found that the number of days with heavy rainfall in the area had roughly doubled compared with the average of the late twentieth century."]),
        _s(["Earthquake of magnitude {magnitude} shakes southern {country}",
            "Strong earthquake damages buildings in southern {country}"],
           "The quake struck shortly after dawn, injuring several people and damaging older buildings; schools were closed while engineers carried out inspections.",
           ["The earthquake struck shortly after dawn at a depth of about {depth} kilometres, according to the national seismological service. Residents in several towns reported cracks in buildings and power cuts, and schools were closed as a precaution while engineers inspected bridges and public buildings for damage.",
            "At least {num_small} people were injured, most of them by falling debris, and a church in the historic centre of one town suffered serious damage to its bell tower. Rescue teams searched collapsed outbuildings through the morning, but officials said no one was believed to be trapped under the rubble.",
            "The region sits near the boundary of two tectonic plates and has a long history of strong earthquakes. Engineers have warned for years that many older buildings do not meet modern standards, and the government said it would speed up a programme to reinforce schools and hospitals across the south."]),
        _s(["Migrants stranded at {country} border as crossing closes",
            "Hundreds wait at {country}'s border after sudden closure"],
           "Aid groups set up tents and distributed water as authorities suspended entry without warning, and called on both governments to find a temporary solution.",
           ["Hundreds of people, many of them families with young children, were waiting at the border crossing on {weekday} after authorities suspended entry without warning. Aid groups set up tents and distributed water, but said conditions were deteriorating quickly and called on both governments to agree on a temporary solution.",
            "Officials in {city} said the closure was temporary and necessary to reorganise controls after a sharp rise in crossings over the summer. They did not say when the border would reopen, and people waiting at the crossing said they had received no information about what documents they would need.",
            "{org} said it was concerned about reports that some of those stranded had been turned back without being able to apply for asylum, and reminded both governments of their obligations under international law. The agency said it had sent staff to the area to assess needs and to register vulnerable people."]),
    ],
    "economy": [
        _s(["{demonym} central bank raises interest rate to {rate} percent as inflation persists",
            "Central bank in {country} lifts rates again, citing stubborn price pressures"],
           "The board raised the benchmark rate by {bps} basis points and said it was ready to act again if inflation expectations did not begin to fall.",
           ["The central bank's board voted to raise the benchmark rate by {bps} basis points to {rate} percent, its {ordinal} increase this year, saying price pressures remained stronger than expected. In a statement, the bank said it was prepared to act again if inflation expectations did not begin to fall in the coming months.",
            "Economists at {bank} said the decision suggested that growth would slow to around {growth} percent this year, as higher borrowing costs weighed on consumer spending and construction. \"The economy is cooling, but it is not collapsing,\" said {analyst}, the bank's chief economist for the region, in a note to clients.",
            "Business groups warned that the combination of high interest rates and a weaker currency was squeezing small companies, many of which depend on imported inputs. A survey published on {weekday} found that nearly {pct} percent of manufacturers expected to cut investment over the next twelve months."]),
        _s(["{demonym} currency slides to record low after weak export figures",
            "{country}'s currency tumbles as exports fall for a third month"],
           "Traders said the central bank appeared to have sold dollars to slow the decline, while importers and savers rushed to buy foreign currency.",
           ["The currency fell as much as {pct_small} percent against the dollar in early trading on {weekday} after data showed exports had dropped for a third consecutive month. Traders said the central bank appeared to have sold dollars to slow the decline, though officials declined to confirm any intervention in the market.",
            "Consumer prices rose {pct_small} percent in the twelve months to last month, according to the national statistics office, down from a peak of more than twice that level last year. Food and energy prices eased, although the cost of rent and services continued to climb faster than wages in most regions of the country.",
            "Importers and savers rushed to buy foreign currency, and exchange bureaus in {city} reported long queues. The {title} urged calm, saying the country's reserves were sufficient to cover several months of imports and that the government remained fully committed to its fiscal targets for the year."]),
        _s(["{country} secures {amount} loan from {lender} to shore up reserves",
            "{lender} agrees {amount} programme with {country}"],
           "The loan is tied to commitments to cut the fiscal deficit and phase out energy subsidies, conditions that opposition politicians have criticised.",
           ["The loan, which must still be approved by the board of {lender}, would be disbursed over {num_small} years and is tied to commitments to reduce the fiscal deficit and improve tax collection. The {title} said the agreement would restore confidence and help the country avoid a disorderly adjustment.",
            "Negotiations lasted more than six months and were complicated by disagreements over energy subsidies, which the lender has long said are costly and benefit wealthier households most. Under the agreement, subsidies will be reduced gradually and replaced by direct payments to poorer families.",
            "Opposition politicians criticised the conditions attached to the loan, saying they would fall hardest on the middle class. Economists were more positive, noting that the country's borrowing costs on international markets had fallen sharply since the talks began and that reserves had been dangerously low."]),
        _s(["{company} to cut {num_jobs} jobs as demand for its products weakens",
            "{company} announces {num_jobs} job cuts and plant closures"],
           "The company said it would offer voluntary redundancy first, but unions said they had not been consulted and called on the government to intervene.",
           ["{company} said the job cuts, which represent about {pct_small} percent of its workforce, would be made mainly in administrative roles and at two plants near {city}. The company said it would offer voluntary redundancy first and expected to complete the restructuring by the end of next year.",
            "Shares in {company} fell {pct_small} percent in early trading, while the wider market was little changed. \"Investors were hoping for a clearer plan to return to growth,\" said {analyst}, an analyst at {bank}. \"This announcement is more about cutting costs than about finding new sources of revenue.\"",
            "Unions representing workers at the company said they had not been consulted and would seek an urgent meeting with management. A union spokesperson said the cuts would hit communities that had already lost thousands of industrial jobs over the past decade, and called on the government to intervene."]),
        _s(["{company} agrees {amount} takeover of {company2}",
            "{company} to buy rival {company2} in {amount} deal"],
           "The boards of both companies have approved the deal, which still needs clearance from competition regulators in several countries.",
           ["Under the terms of the deal, {company} will pay {amount} in cash and shares for {company2}, a premium of about {pct} percent to its closing price before the announcement. The boards of both companies have approved the transaction, which still requires clearance from competition regulators in several countries.",
            "The combined company would have annual revenue of about {amount2} and operations in dozens of countries, making it one of the largest groups in its sector. Executives said they expected savings of several hundred million dollars a year, mainly from purchasing, logistics and shared technology.",
            "{company2}'s founding family, which owns a large minority stake, has agreed to support the offer. Analysts said a rival bid was unlikely, given the size of the premium and the family's backing, but noted that regulators could still demand the sale of some businesses before approving the merger."]),
        _s(["Oil prices climb as producers signal output restraint",
            "Crude rises after major producers extend supply cuts"],
           "Benchmark crude rose after several large producers said they would extend voluntary output cuts, lifting energy shares and hurting airlines.",
           ["Benchmark crude rose more than {pct_small} percent on {weekday} after several large producers said they would extend voluntary output cuts into next quarter. Analysts said the market had also been supported by falling inventories, although concerns about weak demand in some large economies continued to cap gains.",
            "The rally lifted shares of energy companies across major markets, while airlines and other heavy fuel users fell. In {city}, the finance ministry said higher prices would boost export revenue this year, but warned that it would also push up transport costs for households already struggling with inflation.",
            "Some analysts questioned whether the price gains would last. \"The producers are trying to put a floor under the market, but demand is the real story,\" said {analyst} of {bank}. \"If growth disappoints in the big economies, these cuts will not be enough to hold prices where they are.\""]),
    ],
    "technology": [
        _s(["{tech_company} unveils low-power chip aimed at AI devices",
            "{tech_company} bets on on-device AI with new processor"],
           "The company says the chip uses far less energy than its predecessor and will let phones, cameras and sensors run AI models without the cloud.",
           ["The new chip, which {tech_company} says uses about {pct} percent less energy than its predecessor, is designed to run artificial intelligence models directly on phones, cameras and industrial sensors rather than in remote data centres. The company said the first devices using it would reach the market early next year.",
            "Industry analysts said the announcement showed how fiercely companies are competing to control the hardware that powers artificial intelligence. \"Whoever controls the chips controls the margins,\" said {analyst}, a technology analyst at {bank}. \"Everyone wants to depend less on a handful of suppliers.\"",
            "The company did not disclose the price of the chip but said it would be manufactured by a contract producer using its most advanced process. Initial production volumes will be limited, executives said, and priority will go to existing customers in the automotive and industrial sectors."]),
        _s(["Regulators in {country} open inquiry into {tech_company}'s data practices",
            "{tech_company} faces data protection investigation in {country}"],
           "The authority is examining whether the company obtained valid consent before using customers' messages and photos to train its models.",
           ["The data protection authority said it was examining whether {tech_company} had obtained valid consent before using customers' messages and photos to train its models. The inquiry could lead to fines of up to four percent of the company's global turnover, although such investigations typically take more than a year.",
            "Consumer groups that filed the original complaint welcomed the decision. \"People shared their photos with their families, not with a machine-learning laboratory,\" said {person2}, a lawyer for one of the groups. The company has paused the use of some data in {country} while the inquiry is under way.",
            "{tech_company} has faced growing scrutiny from regulators on several continents over the past year, including questions about competition in app stores and the handling of children's data. The company has said it complies with the law in every country where it operates and is cooperating fully with the authorities."]),
        _s(["{tech_company} outage leaves millions without messaging for hours",
            "Hours-long {tech_company} outage disrupts businesses in {country}"],
           "The company blamed a faulty configuration change in its network and said there was no evidence of a cyberattack.",
           ["Users began reporting problems shortly after {time_of_day} local time, and the service was not fully restored for almost {num_small} hours. In a brief statement, {tech_company} blamed a faulty configuration change in its network and apologised to customers, saying there was no evidence of a cyberattack.",
            "Businesses that rely on the platform to take orders and communicate with customers said they had lost a day of sales. Small shop owners in {city} described scrambling to contact clients by phone, and several said the outage had shown how dependent they had become on a single service.",
            "It was the second major disruption this year, and regulators said they would ask the company for a detailed report on what went wrong and how it planned to prevent a repeat. Experts said the incident highlighted the risks of concentrating critical communications on a few large platforms."]),
        _s(["Ransomware attack disrupts hospital systems in {city}",
            "Hospitals in {city} return to paper records after cyberattack"],
           "Non-urgent operations were postponed and patient data may have been accessed; the health ministry said it would not pay a ransom.",
           ["The attack forced hospitals in the {city} region to postpone non-urgent operations and return to paper records for several days. Health officials said patient data may have been accessed, and that they were working with the national cybersecurity agency to restore systems and identify those responsible.",
            "Security researchers said the attack bore the hallmarks of a criminal group that has targeted public institutions across {continent} over the past year. The group typically encrypts files and threatens to publish stolen data unless a ransom is paid, something the health ministry said it would not do.",
            "Staff at one hospital described working with handwritten notes and printed laboratory results, and said waiting times in the emergency department had more than doubled. Ambulances were diverted to neighbouring towns for part of {weekday}, officials said, while technicians rebuilt the affected servers."]),
        _s(["{city} startup raises {amount_m} to build battery recycling plants",
            "Battery recycler from {city} raises {amount_m} in funding round"],
           "The company says its process recovers most of the lithium, nickel and cobalt in used electric-vehicle batteries.",
           ["The funding round, led by a group of venture capital firms, values the company at about {amount}. Founded three years ago by two engineers from {university}, the startup says its process can recover more than {pct} percent of the lithium, nickel and cobalt in used electric-vehicle batteries.",
            "The company plans to use the money to build its first commercial plant near {city}, which it says will process enough batteries each year to supply materials for {num} new vehicles. Executives said demand was being driven by new rules requiring manufacturers to use a growing share of recycled metals.",
            "Investors said the company's technology could help reduce dependence on imported raw materials, a concern that has grown in {continent} as governments look to secure supply chains. Competition is intensifying, however, with several larger groups announcing recycling plants of their own."]),
    ],
    "sports": [
        _s(["{team} beat {team2} {score} to reach cup semi-finals",
            "{team} edge past {team2} into the cup semi-finals"],
           "{player} opened the scoring with a curling shot from the edge of the area as {team} held on despite late pressure.",
           ["{team} took the lead midway through the first half when {player} curled a shot into the top corner from the edge of the area, and extended it shortly after the break with a header from a corner. {team2} pulled one back late on but could not find an equaliser despite sustained pressure in stoppage time.",
            "A crowd of about {crowd} watched the match at {stadium}, where the atmosphere was tense from the start. Supporters of both sides had been kept apart by a heavy police presence, and officials said there had been no serious incidents inside or outside the ground before or after the game.",
            "The result keeps {team} on course for a first trophy in {num_small} seasons, while {team2} must now concentrate on the league. \"We showed character today,\" the {team} coach told reporters after the match. \"But nothing is decided yet, and the semi-final will be a completely different game.\""]),
        _s(["{team} sack coach after run of five straight defeats",
            "{team} part ways with coach as slump deepens"],
           "The club has won only one of its recent league games and sits just above the relegation zone; an interim coach will be named within days.",
           ["The club announced the departure of its coach in a brief statement on {weekday}, thanking him for his work and saying an interim replacement would be named within days. The team has won only one of its last {num_small} league games and sits just above the relegation zone with the season entering its final stretch.",
            "Supporters had called for changes for weeks, and banners criticising the board were displayed at the last home match. The club's president said the decision had been difficult but necessary, and promised that the new coach would be given the resources to rebuild the squad in the summer.",
            "Among the names mentioned as possible replacements is a former player who led a smaller club to promotion last season. The club has {num_small} days before its next match, away to {team2}, a fixture that could decide whether it is drawn into the relegation fight."]),
        _s(["Late penalty earns {team} a draw against {team2}",
            "{player} penalty rescues a point for {team}"],
           "The penalty was awarded after a lengthy video review, and {team2} protested that the decision was very harsh.",
           ["The penalty was awarded after a lengthy video review, which found that a defender had handled the ball while trying to block a cross. Players from {team2} surrounded the referee in protest, and their coach later said the decision had been \"very harsh\" but that his team should have finished the game earlier.",
            "{player}, who joined the club last summer, has now scored {goals} goals in all competitions this season, more than any other player in the league. Scouts from several European clubs were reported to be at the match, and the player's agent has said he expects interest when the transfer window opens.",
            "The result leaves {team} {points} points behind the leaders with {num_small} matches remaining, while {team2} stay fourth and face a difficult run of fixtures. Both coaches said afterwards that they would have to rotate their squads because of a crowded calendar and a growing list of injuries."]),
        _s(["{player} wins {city} Open after three-set final",
            "{demonym} player {player} claims {city} Open title"],
           "{player} saved two break points in the final game before sealing the title with an ace after more than two and a half hours.",
           ["{player} saved two break points in the final game before sealing the title with an ace, ending a match that lasted more than two and a half hours. It was the {ordinal} title of the season for the {demonym} player, who is expected to rise into the top ten of the world rankings next week.",
            "Speaking after the final, {player} said the result was the reward for a difficult winter of training after an injury that had kept the player out of competition for months. \"There were days when I did not know if I would come back at this level,\" {player_last} said. \"Today made all of that worth it.\"",
            "Officials confirmed that both finalists had been selected for routine anti-doping controls, as is standard at events of this level. The tournament director said ticket sales had been the highest in the event's history, helped by a new roof on the centre court that allowed play to continue through the rain."]),
        _s(["{demonym} cyclist {player} takes mountain stage as race leader struggles",
            "{player} wins summit finish to shake up the general classification"],
           "{player} attacked about four kilometres from the finish and crossed the line alone, while the overall leader lost nearly a minute.",
           ["The stage, which finished with a climb of more than {num_small} kilometres at an average gradient of eight percent, reshaped the general classification. {player} attacked with about four kilometres to go and crossed the line alone, while the overall leader lost nearly a minute after being dropped on the final ramps.",
            "With {num_small} stages remaining, the race is far from decided, and the team of the overall leader said it remained confident. Several riders were treated by doctors after a crash on a wet descent earlier in the day, but none were reported to have suffered serious injuries, the organisers said.",
            "The event drew large crowds along the route despite the early start, with spectators lining the roads through the mountain villages. Organisers said they hoped the success of this year's edition would help attract more international teams and sponsors, and possibly a place on the world tour calendar."]),
    ],
    "culture": [
        _s(["\"{film}\" wins top prize at {festival} film festival",
            "{festival} festival honours \"{film}\" with its top award"],
           "The jury praised the film's restraint and its performances, particularly that of a young lead actor who had never appeared on screen before.",
           ["\"{film}\", directed by {person}, tells the story of a family forced to leave its farm after a dam floods the valley where it has lived for generations. The jury praised the film's restraint and its performances, particularly that of its young lead actor, who had never appeared on screen before.",
            "The festival, now in its {ordinal_big} edition, screened more than a hundred films from around the world over ten days. Organisers said ticket sales were the highest on record, helped by a new programme of free outdoor screenings in public squares that drew families and students.",
            "Accepting the award, {person} dedicated the prize to the people of the valley where the film was shot, many of whom appeared as extras. The film has already been acquired for distribution in several countries and is expected to open in cinemas across {country} next month."]),
        _s(["Singer {artist} announces farewell tour across {country}",
            "{artist} to say goodbye with a final tour of {country}"],
           "Tickets for the first dates sold out within hours, and promoters said additional concerts were being considered.",
           ["{artist}, whose career spans more than three decades, said the tour would be the last of its kind, though not necessarily the end of recording. Tickets for the first dates sold out within hours, and promoters said additional concerts in {city} and other cities were being considered.",
            "The tour will begin in {city} in the spring and visit more than twenty cities over four months, finishing with two concerts in a football stadium. {artist} said the set list would include songs from every album, as well as a few that had never been performed live before.",
            "Fans reacted with a mixture of sadness and gratitude, and several radio stations devoted the afternoon to the singer's music. Critics said few artists had shaped popular music in the region so deeply, from the early protest songs to the experimental records of recent years."]),
        _s(["Museum in {city} returns {num_small} artefacts to {country2}",
            "{country2} welcomes return of colonial-era artefacts from {city} museum"],
           "The objects, including ceremonial masks and textiles, were taken during the colonial period and held in the museum's collection for over a century.",
           ["The objects, which include ceremonial masks, textiles and ceramic vessels, were taken during the colonial period and have been held in the museum's collection for more than a century. The museum's director said returning them was \"a matter of justice\" and part of a wider review of how the collection was assembled.",
            "The return was agreed after several years of negotiations between the museum, the government of {country2} and the communities from which the objects were taken. A ceremony is planned in {city2} later this year, where the artefacts will be displayed in a new national museum.",
            "Museums across Europe and North America are facing growing pressure to return objects acquired during the colonial era. Some have established research programmes to trace the origin of their collections, while others argue that legal restrictions prevent them from giving up items."]),
        _s(["Novelist {person} wins {prize} for family saga",
            "{person} takes {prize} with novel of exile and return"],
           "The judges called the book generous, funny and unflinching, praising how it makes large historical events feel intimate.",
           ["The novel, which follows three generations of a family through political upheaval and emigration, was chosen from a shortlist of six books. In their citation, the judges said it was \"generous, funny and unflinching\", and praised the author's ability to make large historical events feel intimate.",
            "{person}, who worked as a journalist for many years before turning to fiction, said at the ceremony in {city} that the book had taken almost a decade to write. The prize comes with a cash award and a guaranteed translation into several languages, including English and German.",
            "Critics have long argued that public funding for literature in {country} is too concentrated in the capital. The culture ministry said this year's budget included new grants for translation and for regional book festivals, though publishers said the amounts were modest compared with rising costs."]),
    ],
    "science": [
        _s(["Researchers identify new frog species in {country}'s cloud forests",
            "Tiny new frog species found in mountains of {country}"],
           "The frog measures less than two centimetres; researchers warned that its habitat is threatened by farming and mining.",
           ["The frog, which measures less than two centimetres, was found during a survey of a remote mountain area at an altitude of about {altitude} metres. Researchers from {university} said its call and genetic profile set it apart from related species, and warned that its habitat was threatened by farming and mining.",
            "The team spent several weeks recording calls at night, when the frogs are most active, before collecting a small number of specimens for analysis. The species has been named after the mountain where it was found, and its formal description was published in the journal {journal}.",
            "Scientists say the finding underlines how much remains unknown about the region's biodiversity. More than a dozen new amphibian species have been described there over the past decade, and conservation groups are calling for a larger protected area before roads and new settlements fragment the forest."]),
        _s(["Study links heatwaves to rise in hospital admissions in {city}",
            "Hot days send more people to hospital in {city}, study finds"],
           "Admissions for heart and kidney problems rose on unusually hot days, with older people most affected, researchers found.",
           ["The study, published in the journal {journal}, analysed hospital records covering more than {num} admissions over a decade. It found that admissions for heart and kidney problems rose by about {pct_small} percent on days when temperatures exceeded the local average by five degrees or more, with older people most affected.",
            "\"This is the kind of evidence that should change how cities prepare for summer,\" said {analyst}, an epidemiologist at {university} who was not involved in the research. Simple measures, such as opening cooled public buildings and checking on isolated elderly residents, could save lives, {analyst_last} said.",
            "The authors said their findings probably underestimated the true impact, because many heat-related illnesses are not recorded as such. They called for hospitals in {city} and other cities to adopt warning systems that trigger extra staffing when high temperatures are forecast several days ahead."]),
        _s(["{country} launches weather satellite to improve storm forecasts",
            "New {demonym} satellite to give earlier warnings of storms and floods"],
           "Once operational, the satellite will provide images every ten minutes, allowing earlier warnings of storms, floods and wildfires.",
           ["The satellite was launched from {launch_site} and is expected to reach its final orbit within {num_small} days. Once operational, it will provide images every ten minutes, which the national weather service said would allow earlier warnings of storms, floods and wildfires across the country and its coastal waters.",
            "Engineers from {country} worked on the satellite's instruments for more than five years, with support from foreign space agencies. Officials said the project had cost about {amount}, and that the data would be shared with neighbouring countries free of charge to improve regional forecasting.",
            "Meteorologists welcomed the launch, saying gaps in coverage had made it harder to track fast-developing storms. The country had relied for years on images from foreign satellites, which did not always pass over the region at the right time to capture the storms that cause the most damage."]),
        _s(["Vaccination campaign against measles begins in {num_small} provinces of {country}",
            "{country} launches measles vaccination drive after rise in cases"],
           "Mobile teams will visit remote villages to vaccinate young children after an increase in measles cases this year.",
           ["Health officials said the campaign aimed to vaccinate {num} children between the ages of one and five, after an increase in measles cases this year. Mobile teams will visit remote villages, and parents were urged to check their children's vaccination cards and bring them to local clinics for any missing doses.",
            "Vaccination rates fell during the pandemic, when routine health services were disrupted, and have not fully recovered in some areas. The health ministry said coverage for the second dose of the measles vaccine had dropped below {pct} percent in several provinces, well under the level needed to prevent outbreaks.",
            "Doctors say measles is one of the most contagious diseases known and can cause serious complications in young children, including pneumonia and brain swelling. Most of this year's cases have been in children who had not received both doses of the vaccine, officials said on {weekday}."]),
    ],
}

# Venezuela stories that do NOT mention Maduro (distractors for keyword-only monitors).
VENEZUELA_STORIES = {
    "world": [
        _s(["Blackouts hit western Venezuela as reservoir levels fall",
            "Power rationing returns to western Venezuela"],
           "Residents of Zulia, Mérida and Táchira face daily power cuts as low water levels at the main hydroelectric dam force rationing.",
           ["Power cuts lasting up to {num_small} hours a day have affected the states of Zulia, Mérida and Táchira for more than a week, according to residents and local officials. The national electricity company said low water levels at the country's main hydroelectric dam had forced it to ration supply in the west.",
            "In Maracaibo, Venezuela's second-largest city, businesses said the cuts had forced them to shorten opening hours and throw away food. Residents described nights without fans or air conditioning in temperatures above 35 degrees Celsius, and several neighbourhoods staged small protests, blocking roads with burning tyres.",
            "Engineers and former officials have long warned that years of underinvestment and poor maintenance left the grid vulnerable. The electricity ministry said repairs to thermal plants were under way and that normal supply would resume once the rainy season replenished the reservoirs."]),
        _s(["Venezuelan migrants in {city} seek legal status under new programme",
            "Long queues in {city} as {country} opens residence scheme for Venezuelans"],
           "A new scheme in {country} lets Venezuelan migrants apply for temporary residence, allowing them to work legally and enrol their children in school.",
           ["Thousands of Venezuelans lined up outside government offices in {city} on {weekday} as a new programme offering temporary residence permits opened for applications. Officials in {country} said the scheme would allow migrants to work legally, open bank accounts and enrol their children in school.",
            "More than seven million people have left Venezuela over the past decade, according to United Nations estimates, making it one of the largest displacement crises in the world. Most have settled in neighbouring countries in South America, where governments have struggled to absorb the arrivals.",
            "Many of those waiting said they had lived in {country} for years without papers and had been exploited by employers. \"Now I can finally work without fear,\" said one woman who gave only her first name, Yolanda, and who sells coffee in a market near the city centre."]),
    ],
    "economy": [
        _s(["Venezuela's oil exports rise for third month, shipping data show",
            "Venezuelan crude shipments climb to highest level in over a year"],
           "Improved output at joint ventures in the Orinoco belt lifted exports, though production remains far below levels of a decade ago.",
           ["Venezuela exported an average of about {barrels} barrels per day of crude and fuel last month, according to shipping data and documents from the state oil company PDVSA, the highest level in more than a year. Most of the cargoes went to Asia, with smaller volumes shipped to Europe.",
            "The increase reflects improved output at joint ventures in the Orinoco belt, where foreign partners have brought in diluents and spare parts. Industry analysts cautioned, however, that production remains far below the levels of a decade ago and that further gains will require large investments.",
            "Oil accounts for the great majority of Venezuela's export revenue, and the recovery has helped stabilise the bolívar after years of hyperinflation. Economists in Caracas said the extra income had allowed the central bank to sell more dollars to importers, slowing the rise in prices."]),
    ],
}

# Stories that mention Maduro.  "plain_headline" is used when only the body mentions him.
MADURO_STORIES = {
    "politics": [
        _s(["Maduro reshuffles cabinet, naming new oil and finance ministers",
            "Venezuela's Maduro replaces oil minister in cabinet shake-up"],
           "The new team will focus on raising oil production and controlling prices, but the opposition dismissed the changes as cosmetic.",
           ["Venezuelan President Nicolás Maduro announced the changes in a televised address on {weekday}, saying the new team would focus on raising oil production and controlling prices. It was the {ordinal} cabinet reshuffle in two years, and several of the outgoing ministers were moved to other senior posts.",
            "The new oil minister, {ven_person}, previously ran one of the state oil company's joint ventures in the Orinoco belt and is seen as a technocrat with close ties to the military. Industry sources in Caracas said the appointment signalled a push to attract foreign partners back to the sector.",
            "Opposition politicians dismissed the reshuffle as cosmetic. \"They change the faces, but the policies that ruined the economy stay the same,\" said {ven_opp}, a former lawmaker. Economists said the real test would be whether the new team could secure financing to repair oil fields and refineries."],
           plain_headline="Venezuela names new oil and finance ministers in cabinet shake-up"),
        _s(["Maduro says government will hold talks with opposition in {city}",
            "Maduro calls for new round of dialogue with Venezuelan opposition"],
           "The opposition said it would send a delegation but demanded guarantees, including the release of political prisoners.",
           ["President Nicolás Maduro said on {weekday} that his government was ready to resume negotiations with the opposition in {city}, where previous rounds of talks were held with mediation from {country}. Speaking at a rally in Caracas, Maduro said the talks should focus on lifting sanctions and on the electoral calendar.",
            "The opposition coalition said it would send a delegation but demanded guarantees, including the release of political prisoners and the lifting of bans that prevent several of its leaders from running for office. \"Dialogue without results is just theatre,\" said {ven_opp}, one of the coalition's negotiators.",
            "Diplomats in Caracas said the {demonym} government had worked for months behind the scenes to bring the two sides back to the table. Previous negotiations produced agreements on humanitarian aid and the release of some detainees, but broke down amid disputes over how the agreements were being implemented."],
           plain_headline="Venezuelan government and opposition agree to resume talks in {city}"),
    ],
    "world": [
        _s(["{country} and Venezuela restore flights after Maduro meets {demonym} envoy",
            "Maduro and {demonym} envoy agree to reopen consulates and resume flights"],
           "Direct flights will resume within weeks and consulates closed several years ago will reopen, both governments said.",
           ["The agreement was announced after Nicolás Maduro met a special envoy from {country} at the Miraflores presidential palace in Caracas on {weekday}. Both governments said direct flights between the two countries would resume within {num_small} weeks and that consulates closed several years ago would reopen.",
            "Relations between Caracas and {city} broke down after a dispute over the results of a Venezuelan election, leaving hundreds of thousands of migrants without consular services. Families separated by the rupture have had to travel through third countries, often at great expense, to visit relatives.",
            "Business groups in both countries welcomed the move, saying the restoration of flights would help revive trade that once exceeded several billion dollars a year. The foreign ministry in {city} said the agreement did not imply any change in its position on human rights in Venezuela."],
           plain_headline="{country} and Venezuela agree to restore direct flights and reopen consulates"),
        _s(["{org} urges Maduro government to release detained activists",
            "Rights groups press Maduro over detention of activists"],
           "Dozens of activists, journalists and trade unionists have been detained in recent months, many without access to lawyers.",
           ["{org} said on {weekday} that dozens of activists, journalists and trade unionists had been detained in Venezuela in recent months, many without access to lawyers. It called on the government of President Nicolás Maduro to release them and to allow independent observers to visit detention centres.",
            "Venezuela's foreign ministry rejected the statement as interference in its internal affairs and accused the organisation of relying on biased sources. Officials in Caracas have previously said that those detained were arrested for plotting violence, not for their political views or their work.",
            "Relatives of several detainees gathered outside the offices of the attorney general in Caracas with photographs of their family members. \"We do not even know where he is being held,\" said the sister of one trade union leader, who asked not to be named for fear of reprisals against her family."],
           plain_headline="{org} urges Venezuela to release detained activists"),
    ],
    "economy": [
        _s(["Maduro announces new minimum wage bonus as inflation bites",
            "Maduro raises workers' bonus as bolívar weakens"],
           "The monthly bonuses paid to workers will rise, but the base minimum wage, frozen for years, was left unchanged, disappointing unions.",
           ["President Nicolás Maduro announced on {weekday} that the monthly food and \"economic war\" bonuses paid to public and private sector workers would rise to the equivalent of about {usd} dollars. The base minimum wage, which has been frozen for years, was left unchanged, to the disappointment of unions.",
            "Prices in Venezuela rose about {pct} percent over the past year, according to the central bank, far less than during the hyperinflation of the late 2010s but still among the highest rates in the world. Many Venezuelans rely on remittances from relatives abroad to cover basic expenses.",
            "Union leaders said paying most of workers' income as bonuses rather than wages deprived them of benefits such as severance pay and pensions, which are calculated on the base salary. Retirees, who do not receive the bonuses, staged a small protest outside the labour ministry in Caracas."],
           plain_headline="Venezuela raises workers' food bonus as prices climb"),
        _s(["Maduro government signs oil deal with {oil_company}",
            "Maduro hails oil agreement with {oil_company} as step toward recovery"],
           "The deal gives {oil_company} a larger stake in an Orinoco belt joint venture and the right to market part of the crude it produces.",
           ["The agreement, signed in Caracas in the presence of President Nicolás Maduro, gives {oil_company} a larger stake in a joint venture in the Orinoco belt and the right to market part of the crude it produces. Officials said the deal could add about {barrels} barrels per day of output within two years.",
            "Maduro said the agreement showed that foreign companies were returning to Venezuela despite international sanctions. \"They said no one would invest here,\" he said in a speech broadcast on state television. \"Today we are signing, and tomorrow we will be producing.\"",
            "Analysts said the terms appeared more favourable to the foreign partner than in earlier contracts, reflecting Venezuela's need for capital and expertise. Legal experts noted that the deal could face challenges if sanctions were tightened, and that payment terms had not been disclosed."],
           plain_headline="Venezuela signs oil production deal with {oil_company}"),
    ],
}

GENERIC_PARAGRAPHS = [
    "Reaction was swift. Within hours of the announcement, commentators and rival groups had taken to social media to question both the timing and the substance of the decision, while supporters argued that it answered demands that had been building for months. A spokesperson for {source} declined to comment further when contacted on {weekday}.",
    "{analyst}, a researcher at {university} who has followed the issue for more than a decade, said the outcome was not entirely unexpected. \"What we are seeing is the result of choices made several years ago,\" {analyst_last} said. \"The question now is whether anyone is prepared to pay the cost of changing course.\"",
    "It was not immediately clear how the measures would be financed or when they would take effect. Officials said further details would be published in the coming weeks, after consultations with regional authorities and industry groups that have complained about being left out of earlier discussions.",
    "The development comes at a sensitive moment. Polls published this month suggest that public confidence in institutions remains low, and several groups have warned that any perception of favouritism could fuel fresh protests in {city} and other large cities before the end of the year.",
    "Not everyone was convinced. {person2}, who has criticised the plan from the start, told reporters outside a meeting on {weekday} that the promises made so far were vague and that the people most affected had not been consulted. \"We have heard this before,\" {person2_last} said, \"and nothing changed.\"",
    "Local media reported that the issue had been discussed at length in private meetings over the past month, although few details had been made public until this week. Several people involved in those talks, speaking on condition of anonymity, said there had been sharp disagreements about how quickly to move.",
    "The story drew wide attention across the region, where similar debates have played out in recent years with mixed results. Observers in {city2} said they would be watching closely, noting that the decisions taken now could shape policy well beyond the borders of {country} for years to come.",
]

GENERIC_SOFT = [
    "Reaction on social media was swift, with fans and commentators sharing clips and photographs within minutes. Many praised the achievement as long overdue, while a smaller number questioned whether the attention would last beyond the coming weeks. A spokesperson for {source} said a fuller statement would follow on {weekday}.",
    "{analyst}, a commentator who has followed the scene for more than a decade, said the moment had been building for some time. \"People outside may be surprised, but those who have been paying attention saw this coming,\" {analyst_last} said. \"The hard part now is to build on it.\"",
    "The news was also followed closely in {city2}, where similar successes in recent years have brought new investment and attention. Organisers there said they hoped to learn from the experience and noted that public interest had grown steadily, especially among younger audiences and families.",
]

GENERIC_BY_CATEGORY = {
    "politics": GENERIC_PARAGRAPHS, "world": GENERIC_PARAGRAPHS, "economy": GENERIC_PARAGRAPHS,
    "technology": [GENERIC_PARAGRAPHS[i] for i in (0, 1, 2, 5, 6)],
    "science": [GENERIC_PARAGRAPHS[i] for i in (0, 1, 2, 5, 6)],
    "sports": GENERIC_SOFT, "culture": GENERIC_SOFT,
}

UPDATE_PARAGRAPHS = [
    "Update: Later on {weekday}, a spokesperson for {source} confirmed the main details of this report and said a fuller statement would be issued in the coming days. The spokesperson declined to answer questions about the timing or about who had been consulted before the decision was taken.",
    "This article has been updated with additional reporting. Officials in {city} said on {weekday} that they had received further information overnight and that some of the figures given earlier would be revised. They asked the public to rely only on official channels and to avoid sharing unverified reports online.",
    "In a further development, {person2} said in an interview broadcast on {weekday} evening that the matter had been discussed for months and that nobody involved should have been surprised. The remarks were widely shared on social media and prompted a new round of reactions from supporters and critics alike.",
]

REPLACEMENT_SENTENCES = [
    "Officials later revised an earlier figure given in this report, saying the correct number was {num2} according to the most recent count available.",
    "An earlier version of this article gave the wrong day for the meeting, which in fact took place on {weekday} in {city} with senior officials present.",
    "The statement was later clarified by {source}, which said the remarks had been taken out of context and did not reflect its official position on the matter.",
]

MADURO_EDIT_PARAGRAPH = (
    "Venezuelan President Nicolás Maduro commented on the developments late on {weekday}, telling state "
    "television that his government was following events in {country} closely. Maduro said Venezuela would "
    "seek \"respectful relations\" with all parties and offered to share its own experience, a remark that "
    "drew criticism from opposition figures in Caracas."
)

SUMMARY_FILLER = " Here is what we know so far."


# --------------------------------------------------------------------------- helpers

def words(text):
    return len(text.split())


def mentions_maduro(*texts):
    return any("maduro" in t.lower() for t in texts)


def slugify(text, max_len=70):
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(text) > max_len:
        text = text[:max_len].rsplit("-", 1)[0]
    return text or "article"


_LOWER_START = re.compile(r'(^|[.!?]"?\s+)(the|a|an) ')


def _fill(template, ctx):
    # Placeholders such as "the United Nations" may open a sentence: capitalise them there.
    text = template.format_map(ctx)
    return _LOWER_START.sub(lambda m: m.group(1) + m.group(2).capitalize() + " ", text)


def _ensure_min_words(paragraph, ctx, rng, minimum=40):
    # All templates are long enough; this is a guard for future edits.
    while words(paragraph) < minimum:
        paragraph += " " + _fill(rng.choice(REPLACEMENT_SENTENCES), ctx)
    return paragraph


def make_article(rng, category, maduro=False, maduro_in_headline=False, venezuela=False):
    """Return a dict(headline, summary, byline, paragraphs, ctx, story_id) for one new article."""
    ctx = make_context(rng)
    if maduro:
        pool = MADURO_STORIES[category]
    elif venezuela and category in VENEZUELA_STORIES:
        pool = VENEZUELA_STORIES[category]
    else:
        pool = STORIES[category]
    idx = rng.randrange(len(pool))
    story = pool[idx]
    source_pool = {
        "economy": [ctx["company"], ctx["lender"], "the finance ministry"],
        "technology": [ctx["tech_company"], "the regulator"],
        "sports": [ctx["team"], "the national federation"],
        "culture": ["the culture ministry", "the organisers"],
        "science": [ctx["university"], "the health ministry"],
    }.get(category, [ctx["org"], "the government", "the presidency"])
    ctx["source"] = rng.choice(source_pool)
    if maduro and not maduro_in_headline:
        headline = _fill(story["plain_headline"], ctx)
    else:
        headline = _fill(rng.choice(story["headlines"]), ctx)
    summary = _fill(story["summary"], ctx)
    if words(summary) < 15:
        summary += SUMMARY_FILLER
    specific = [_fill(p, ctx) for p in story["paragraphs"]]
    lead, rest = specific[0], specific[1:]
    n_total = rng.randint(3, 6)
    n_specific = min(len(rest), max(2, n_total - 1 - rng.randint(0, 2)))
    chosen = rng.sample(rest, n_specific)
    n_generic = max(0, n_total - 1 - n_specific)
    generic_pool = GENERIC_BY_CATEGORY[category]
    generic = [_fill(p, ctx) for p in rng.sample(generic_pool, min(n_generic, len(generic_pool)))]
    body = chosen + generic
    rng.shuffle(body)
    paragraphs = [_ensure_min_words(p, ctx, rng) for p in [lead] + body]
    if maduro and not mentions_maduro(headline, summary, *paragraphs):  # pragma: no cover - guard
        paragraphs.insert(1, _fill(MADURO_EDIT_PARAGRAPH, ctx))
    byline = "By " + rng.choice(STAFF)
    family = "maduro" if maduro else ("venezuela" if pool is not STORIES[category] else category)
    story_id = f"{family}:{idx}"
    return {"headline": headline, "summary": summary, "byline": byline,
            "paragraphs": paragraphs, "ctx": ctx, "story_id": story_id}


_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def make_edit(rng, category, ctx, paragraphs, allow_maduro_intro=True):
    """Return (new_paragraphs, edit_description).  Never removes an existing Maduro mention."""
    paragraphs = list(paragraphs)
    already = mentions_maduro(*paragraphs)
    if (allow_maduro_intro and not already and category in ("politics", "world", "economy")
            and len(paragraphs) < 6 and rng.random() < 0.25):
        pos = rng.randint(1, len(paragraphs))
        paragraphs.insert(pos, _fill(MADURO_EDIT_PARAGRAPH, ctx))
        return paragraphs, "paragraph added (Maduro reaction)"
    candidates = [i for i, p in enumerate(paragraphs)
                  if '"' not in p and "maduro" not in p.lower() and len(_SENT_SPLIT.split(p)) >= 2]
    if len(paragraphs) < 6 and (not candidates or rng.random() < 0.5):
        pos = rng.randint(1, len(paragraphs))
        paragraphs.insert(pos, _fill(rng.choice(UPDATE_PARAGRAPHS), ctx))
        return paragraphs, "paragraph added"
    if candidates:
        i = rng.choice(candidates)
        sentences = _SENT_SPLIT.split(paragraphs[i])
        j = rng.randrange(1, len(sentences))
        sentences[j] = _fill(rng.choice(REPLACEMENT_SENTENCES), ctx)
        paragraphs[i] = _ensure_min_words(" ".join(sentences), ctx, rng)
        return paragraphs, "sentence changed"
    # Six paragraphs and nothing safely editable: append a sentence to the last paragraph.
    paragraphs[-1] = paragraphs[-1] + " " + _fill(rng.choice(REPLACEMENT_SENTENCES), ctx)
    return paragraphs, "sentence added"
