"""Stand-alone articles (markets, shipping, a Dutch park whose name must not trip a "Maduro" rule),
the partner site's own article, and the untitled brief used as bad input."""

from functools import partial

from newswatch.demo.site.model import make

_a = partial(make, "misc", "Reuters, Bloomberg, Financial Times")

ARTICLES = [
    _a("madurodam-unveils-harbour-section", "Madurodam Miniature Park Unveils New Harbour Section",
       "The miniature park in The Hague opened a 1:25 scale model of the Port of Rotterdam, complete with "
       "working cranes and container ships.",
       "2025-12-05", "Europe", ["Netherlands", "Tourism"], [
           (None, ["Madurodam, the miniature park in The Hague, has opened a new section featuring a 1:25 scale "
                   "model of the Port of Rotterdam, with working cranes, moving container ships and a small "
                   "version of the Erasmus Bridge. The park said the project took two years and involved more "
                   "than 40 model builders."]),
           ("A Wartime Memorial", [
               "Madurodam opened in 1952 and was named in memory of a young law student from Curaçao who joined "
               "the Dutch resistance and died in the Dachau concentration camp in 1945. His parents donated the "
               "money that helped found the park.",
               "The park welcomes around 700,000 visitors a year and gives its profits to charities that support "
               "young people. The new harbour section will be open daily throughout the winter holidays."]),
       ], ["container-lines-weigh-red-sea-return", "ecb-holds-rates-steady"]),
    _a("ecb-holds-rates-steady", "ECB Holds Rates Steady, Signals Patience",
       "The European Central Bank left its deposit rate unchanged at 2 percent and said it saw no need to move "
       "as inflation settles near its target.",
       "2025-12-18", "Economy", ["European Central Bank", "Interest Rates"], [
           (None, ["The European Central Bank kept its key deposit rate at 2 percent on Thursday for a fourth "
                   "consecutive meeting, saying inflation in the euro zone was settling close to its target. The "
                   "bank's president said policy was in a good place but would remain dependent on the data."]),
           ("Growth Forecasts Raised", [
               "The bank slightly raised its growth forecasts for next year, citing resilient consumer spending "
               "and higher government investment in defense and infrastructure, particularly in Germany.",
               "Markets price little chance of a rate change in the first half of next year, though some "
               "economists expect a cut if energy prices fall further."]),
       ], ["gold-hits-record-high", "ukraine-gas-imports-winter", "japan-warns-on-yen-moves"]),
    _a("gold-hits-record-high", "Gold Hits Record High as Investors Seek Safety",
       "Gold rose to a record above $4,400 an ounce, supported by central bank buying, geopolitical tension and "
       "expectations of lower US interest rates.",
       "2025-12-23", "Economy", ["Gold", "Markets"], [
           (None, ["Gold climbed to a record high above $4,400 an ounce on Tuesday, extending a rally that has "
                   "made it one of the best-performing assets of the year. Silver and platinum also rose "
                   "sharply."]),
           ("Central Banks Keep Buying", [
               "Analysts said purchases by central banks, particularly in China, Poland and Türkiye, had provided "
               "a steady source of demand. Investors have also poured money into gold-backed exchange-traded "
               "funds amid concerns about government debt.",
               "Jewelry demand in India and China has weakened as prices rose, but dealers said buyers were "
               "turning to coins and small bars as a form of savings."]),
       ], ["ecb-holds-rates-steady", "iranian-rial-slides-to-record-low", "japan-warns-on-yen-moves"]),
    _a("container-lines-weigh-red-sea-return", "Container Lines Weigh Return to Red Sea Route",
       "Major shipping companies are considering resuming voyages through the Suez Canal after a lull in "
       "attacks, but insurers remain cautious.",
       "2025-12-17", "Economy", ["Shipping", "Red Sea", "Trade"], [
           (None, ["Some of the world's largest container lines are considering a gradual return to the Red Sea "
                   "and the Suez Canal after months without attacks on merchant vessels, executives said. Most "
                   "carriers have sent ships around the Cape of Good Hope since late 2023, adding about ten days "
                   "to voyages between Asia and Europe."]),
           ("Insurers Still Wary", [
               "War-risk insurance premiums for Red Sea transits have fallen but remain several times higher than "
               "before the crisis. Shipowners said they would need assurances that attacks had stopped for good "
               "before committing whole networks to the route.",
               "A large-scale return would release capacity and push down freight rates, which analysts said "
               "could ease shipping costs for European importers next year."]),
       ], ["aden-airport-suspends-flights", "gold-hits-record-high", "madurodam-unveils-harbour-section"]),
]

PARTNER_ARTICLE = make(
    "partner", "Partner Daily", "curacao-cruise-terminal-expansion",
    "Curaçao Breaks Ground on Cruise Terminal Expansion",
    "The island's port authority began work on a second mega-pier in Willemstad, aiming to host the largest "
    "cruise ships from 2027.",
    "2026-01-06", "America", ["Caribbean", "Tourism"], [
        (None, ["Curaçao's port authority broke ground on Monday on a second mega-pier in Willemstad, a project "
                "designed to let the island receive two of the world's largest cruise ships at the same time from "
                "2027. Officials said the expansion would cost about $90 million."]),
        ("Tourism Rebound", [
            "Cruise arrivals on the island have recovered strongly since the pandemic, and hotel occupancy reached "
            "record levels last season. Businesses in the Punda and Otrobanda districts welcomed the project but "
            "urged the government to limit congestion in the historic center.",
            "Environmental groups asked for independent monitoring of the dredging work, which will take place "
            "near coral reefs that attract divers from around the world."]),
    ], [], source="Partner Daily")

UNTITLED_BRIEF_PARAGRAPHS = [
    "Officials said the coastal road would remain closed through the weekend while crews cleared debris left "
    "by high waves.",
    "Motorists were advised to use the inland route and to check for updates before setting out.",
]
