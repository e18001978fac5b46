"""The Venezuela/Maduro story as published on the main site: the story alert rules are tested on."""

from functools import partial

from newswatch.demo.site.model import make

_a = partial(make, "venezuela", "The New York Times, Reuters, Associated Press")
_TOPICS = ["Venezuela", "Nicolás Maduro", "United States"]

ARTICLES = [
    _a("us-doubles-bounty-on-maduro", "U.S. Doubles Bounty On Maduro To $50 Million",
       "The State Department raised its reward for information leading to the arrest of Nicolás Maduro to "
       "$50 million, calling the Venezuelan leader one of the world's largest narco-traffickers.",
       "2025-08-08", "America", _TOPICS, [
           (None, ["The United States on Friday doubled its reward for information leading to the arrest or "
                   "conviction of Venezuelan President Nicolás Maduro to $50 million, the largest bounty "
                   "Washington has offered for a sitting head of state. The attorney general announced the "
                   "increase in a video statement, accusing Maduro of working with cartels to flood American "
                   "cities with cocaine."]),
           ("Seized Assets", [
               "Officials said federal agents had seized more than $700 million in assets linked to Maduro, "
               "including two private jets and nine vehicles. The Justice Department said tons of cocaine traced "
               "to his associates had been intercepted over the past year, some of it bound for Mexico.",
               "Caracas dismissed the announcement as political theater. Foreign Minister Yván Gil called the "
               "reward pathetic and said it was designed to distract from scandals in Washington, while state "
               "television aired footage of the president touring a military base outside the capital."]),
       ], ["us-navy-expands-caribbean-deployment", "trump-offered-maduro-exile-turkiye",
           "venezuela-oil-output-outlook"]),
    _a("us-navy-expands-caribbean-deployment", "US Navy Expands Caribbean Deployment Near Venezuela",
       "Additional destroyers and an amphibious ready group moved into the southern Caribbean, in what the "
       "Pentagon described as a counter-narcotics mission aimed at trafficking routes out of Venezuela.",
       "2025-09-14", "America", ["Venezuela", "United States", "Caribbean"], [
           (None, ["The US Navy has sent three more guided-missile destroyers and an amphibious ready group "
                   "carrying some 4,000 sailors and Marines to the southern Caribbean, defense officials said on "
                   "Sunday. The Pentagon described the deployment as a counter-narcotics operation targeting "
                   "maritime routes that originate on the Venezuelan coast."]),
           ("Caracas Mobilizes Militia", [
               "In response, the Venezuelan government announced the mobilization of its civilian militia and "
               "ordered drills along the coastline of Falcón and Sucre states. The defense minister said the "
               "armed forces would defend every centimeter of national territory.",
               "Regional governments reacted cautiously. Trinidad and Tobago, whose coast lies only a few miles "
               "from Venezuela, said it supported efforts against drug trafficking, while Colombia and Brazil "
               "warned that any military escalation risked destabilizing the wider region."]),
       ], ["us-doubles-bounty-on-maduro", "us-forces-detain-maduro-caracas",
           "container-lines-weigh-red-sea-return"]),
    _a("us-forces-detain-maduro-caracas", "US Forces Detain Maduro in Overnight Caracas Raid",
       "American special forces detained Venezuelan President Nicolás Maduro in a midnight operation in "
       "Caracas and flew him to New York to face drug trafficking charges.",
       "2026-01-04", "America", _TOPICS, [
           (None, ["US special operations forces detained Venezuelan President Nicolás Maduro in a raid on a "
                   "guarded compound in Caracas late on Saturday, US officials said, ending more than a decade "
                   "of his rule in a matter of hours. Witnesses near the Fuerte Tiuna military complex reported "
                   "helicopters, several explosions and sustained gunfire shortly after midnight."]),
           ("Flown to New York", [
               "Officials said Maduro was flown to a warship in the Caribbean and then on to New York, where he "
               "faces charges under a 2020 indictment accusing him of leading a narco-terrorism conspiracy. The "
               "White House described the operation as a law-enforcement action carried out with military support.",
               "The Venezuelan government called the raid an act of aggression and requested an emergency session "
               "of the UN Security Council. Vice President Delcy Rodríguez appeared on state television before "
               "dawn, demanding proof that the president was alive."]),
       ], ["trump-offered-maduro-exile-turkiye", "venezuela-interim-leader-offers-us-cooperation",
           "caracas-reacts-after-maduro-removal", "maduro-2020-indictment-explained"]),
    _a("trump-offered-maduro-exile-turkiye", "NYT: Trump Offered Maduro Exile in Türkiye",
       "The New York Times reports that weeks before the US operation in Caracas, President Donald Trump "
       "offered Venezuela's Nicolás Maduro exile in Türkiye, which Maduro rejected.",
       "2026-01-05", "America", _TOPICS + ["Türkiye"], [
           (None, ["The US operation that led to the detention of Nicolás Maduro and his wife, Cilia Flores, was "
                   "preceded by weeks of internal debate and failed diplomacy, according to a New York Times "
                   "investigation. The report describes how Washington moved from pressure and negotiation to "
                   "force after repeated rejections of its demands.",
                   "According to the Times, US officials delivered an ultimatum in late December urging Maduro to "
                   "step down and accept exile in Türkiye. He refused. Officials involved in the talks said the "
                   "proposal had been framed as a temporary arrangement meant to avoid bloodshed."]),
           ("Mocking Us in Public", [
               "The report says tone and perception played a decisive role. Members of the national security "
               "team concluded that Maduro's televised dances and lighthearted appearances were a way of mocking "
               "Washington's threats, and that assessment fed directly into the decision to act."]),
           ("Succession Planning and Energy Stakes", [
               "Behind the scenes, officials had begun planning for a transition weeks before the raid and had "
               "settled on Vice President Delcy Rodríguez as a potential interim leader, viewing her experience "
               "overseeing the oil sector as an asset given the country's vast reserves."]),
       ], ["us-doubles-bounty-on-maduro", "venezuela-interim-leader-offers-us-cooperation",
           "aleppo-clashes-renew-sdf-syrian-army", "iran-executes-man-accused-of-mossad-spying",
           "japan-nuclear-regulator-loses-phone-in-china", "stc-leader-al-zubaidi-flees-to-aden"]),
    _a("venezuela-interim-leader-offers-us-cooperation", "Venezuela Interim Leader Offers US Cooperation",
       "Delcy Rodríguez, sworn in as acting president after the raid on Caracas, said her government was ready "
       "to cooperate with Washington on energy and security while condemning the operation.",
       "2026-01-05", "America", ["Venezuela", "Delcy Rodríguez", "United States"], [
           (None, ["Venezuela's acting president, Delcy Rodríguez, said on Monday that her government was "
                   "prepared to work with the United States on energy, migration and security, two days after "
                   "American forces seized Nicolás Maduro. In a televised address from the Miraflores palace, she "
                   "called the operation illegal but said the country could not afford isolation."]),
           ("Oil First", [
               "Rodríguez, who oversaw the oil ministry before becoming vice president, said the state company "
               "PDVSA would honor existing contracts with foreign partners and invited US firms to discuss new "
               "investment. Production has fallen to roughly a third of its late-1990s peak.",
               "Opposition leaders gave the offer a cool reception. They demanded a timetable for free elections "
               "and the release of political prisoners, warning that a transition managed by the ruling party "
               "would leave the old power structure intact."]),
       ], ["trump-offered-maduro-exile-turkiye", "us-forces-detain-maduro-caracas", "venezuela-oil-output-outlook"]),
    _a("caracas-reacts-after-maduro-removal", "Live: Caracas Reacts After Maduro's Removal",
       "Residents of the Venezuelan capital queued for fuel and cash as the streets stayed tense two days "
       "after the leadership change; follow our live updates.",
       "2026-01-06", "America", ["Venezuela", "Caracas"], [
           (None, ["Long lines formed outside petrol stations and supermarkets across Caracas on Tuesday as "
                   "residents stocked up on essentials amid uncertainty over Maduro's removal. Many shops opened "
                   "for only a few hours, and public transport ran on a reduced schedule."]),
           ("Celebrations and Silence", [
               "In the eastern districts of Chacao and Altamira, hundreds of people gathered waving flags and "
               "honking car horns. In western neighborhoods that were long strongholds of the ruling party, the "
               "streets were noticeably quieter, with armed men seen patrolling on motorcycles."]),
           ("Diaspora Watches Closely", [
               "In Bogotá, Madrid and Miami, Venezuelans abroad followed events on their phones, many saying they "
               "would wait for concrete guarantees before considering a return. Aid agencies said they were "
               "preparing for movements across the Colombian border in both directions."]),
       ], ["us-forces-detain-maduro-caracas", "venezuela-interim-leader-offers-us-cooperation",
           "trump-offered-maduro-exile-turkiye", "venezuela-oil-output-outlook"], js=True),
    _a("venezuela-oil-output-outlook", "Analysts Weigh Venezuelan Oil Output After Leadership Change",
       "Energy analysts say Venezuela could add several hundred thousand barrels a day within two years if "
       "sanctions ease, but decayed infrastructure will limit any quick recovery.",
       "2026-01-06", "Economy", ["Venezuela", "Oil", "Energy"], [
           (None, ["Oil analysts said on Tuesday that Venezuela's crude output could rise by 300,000 to 500,000 "
                   "barrels a day within two years if US sanctions are lifted and foreign partners return, but "
                   "warned that years of underinvestment would slow any rebound. Brent crude edged lower as "
                   "traders priced in more heavy oil reaching the market."]),
           ("Refineries Need Overhaul", [
               "The main refining complexes at Amuay and Cardón operate at a fraction of their capacity after "
               "repeated fires and blackouts. Engineers estimate that restoring the upgraders in the Orinoco Belt "
               "alone would require tens of billions of dollars.",
               "Refiners on the US Gulf Coast, built to process heavy Venezuelan crude, are expected to be the "
               "first to benefit from any rise in exports. Chevron, the only major American producer still "
               "operating in the country, declined to comment on its plans."]),
       ], ["venezuela-interim-leader-offers-us-cooperation", "us-forces-detain-maduro-caracas",
           "ecb-holds-rates-steady"]),
]
