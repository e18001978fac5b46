"""The Iran story, including an unlisted dossier whose body is inserted by JavaScript."""

from functools import partial

from newswatch.demo.site.model import make

_a = partial(make, "iran", "Mizan News Agency, Reuters, Iran International")

ARTICLES = [
    _a("iran-executes-man-accused-of-mossad-spying", "Iran Executes Man Accused of Mossad Spying",
       "Iran's judiciary said it hanged a man convicted of passing information about sensitive sites to "
       "Israel's intelligence agency, the latest in a series of espionage executions.",
       "2026-01-07", "Middle East", ["Iran", "Israel", "Espionage"], [
           (None, ["Iran executed a man on Wednesday who had been convicted of spying for Israel's Mossad "
                   "intelligence agency, the judiciary's Mizan news agency reported. He was accused of "
                   "photographing military facilities and sending the images to handlers through encrypted "
                   "messaging apps."]),
           ("Rights Groups Raise Concerns", [
               "Human rights organizations said the trial was held behind closed doors and that the defendant "
               "had been denied a lawyer of his choice. They said confessions in similar cases had been "
               "extracted under duress and broadcast on state television.",
               "Iran has carried out a growing number of executions on espionage charges since the war with "
               "Israel last year, which exposed the depth of Israeli intelligence penetration of the country's "
               "security apparatus."]),
       ], ["iran-limits-iaea-inspectors-access", "tehran-bazaar-merchants-strike",
           "aleppo-clashes-renew-sdf-syrian-army", "japan-nuclear-regulator-loses-phone-in-china"]),
    _a("iranian-rial-slides-to-record-low", "Iranian Rial Slides to Record Low Against the Dollar",
       "The rial fell past 1.3 million to the dollar on the open market as fears of new sanctions and high "
       "inflation drove Iranians into foreign currency and gold.",
       "2025-12-29", "Economy", ["Iran", "Currency"], [
           (None, ["Iran's currency hit a record low on Monday, trading above 1.3 million rials to the US dollar "
                   "on Tehran's open market, according to foreign exchange websites. The slide has accelerated "
                   "since European powers triggered the return of United Nations sanctions earlier in the year."]),
           ("Savings Flee to Gold", [
               "Currency dealers said demand for dollars, euros and gold coins had surged as households tried to "
               "protect their savings from inflation running above 40 percent. The central bank injected hard "
               "currency into the market but failed to halt the decline.",
               "Economists said the government's reliance on printing money to cover budget deficits, combined "
               "with falling oil revenue, left it few tools to stabilize the exchange rate."]),
       ], ["tehran-bazaar-merchants-strike", "tehran-water-rationing", "gold-hits-record-high"]),
    _a("iran-limits-iaea-inspectors-access", "Iran Limits IAEA Inspectors' Access to Key Sites",
       "The UN nuclear watchdog said Iran had not allowed inspectors to visit facilities damaged in last year's "
       "strikes, leaving the whereabouts of its enriched uranium unverified.",
       "2025-12-15", "Middle East", ["Iran", "Nuclear", "IAEA"], [
           (None, ["The International Atomic Energy Agency said on Monday that Iran had still not granted its "
                   "inspectors access to the Fordow, Natanz and Isfahan sites that were bombed last year. In a "
                   "confidential report to member states, the agency said it could no longer verify the size or "
                   "location of the stockpile of highly enriched uranium."]),
           ("Parliament's Law", [
               "Tehran says cooperation is governed by a law passed by parliament that requires the Supreme "
               "National Security Council to approve each inspection. Officials argue that the agency failed to "
               "condemn attacks on facilities under its safeguards.",
               "Western diplomats said they would consider a resolution at the agency's board of governors, "
               "though some warned that further pressure could push Tehran to leave the Non-Proliferation Treaty "
               "altogether."]),
       ], ["iran-executes-man-accused-of-mossad-spying", "iran-drone-exports-dossier",
           "niigata-approves-kashiwazaki-kariwa-restart"]),
    _a("tehran-water-rationing", "Tehran Introduces Water Rationing as Reservoirs Dry Up",
       "Authorities cut water pressure across the Iranian capital overnight after the dams that supply its "
       "10 million residents fell to their lowest levels in decades.",
       "2025-11-20", "Middle East", ["Iran", "Water", "Climate"], [
           (None, ["Water authorities in Tehran began reducing pressure in the city's network every night on "
                   "Thursday, effectively rationing supply for some 10 million people as reservoirs around the "
                   "capital fell to historic lows. The Karaj dam, one of five that serve the city, is less than "
                   "10 percent full."]),
           ("Years of Drought", [
               "Iran is in its fifth consecutive year of drought, and autumn rainfall has been the lowest on "
               "record in many provinces. Experts also blame decades of over-pumping of groundwater, which has "
               "caused parts of southern Tehran to sink by several centimeters a year.",
               "The president has warned that the capital may have to be partly evacuated if the rains do not "
               "come, a remark officials later described as a call for conservation rather than an actual plan."]),
       ], ["iranian-rial-slides-to-record-low", "tehran-bazaar-merchants-strike"]),
    _a("tehran-bazaar-merchants-strike", "Tehran Bazaar Merchants Strike Over Currency Collapse",
       "Shopkeepers in Tehran's Grand Bazaar closed their stalls for a second day to protest the falling rial "
       "and new taxes, echoing strikes that preceded past unrest.",
       "2026-01-02", "Middle East", ["Iran", "Protests"], [
           (None, ["Hundreds of merchants in Tehran's Grand Bazaar kept their shops shuttered on Friday for a "
                   "second consecutive day, protesting the collapse of the rial and a planned increase in "
                   "value-added tax. Videos shared online showed traders chanting against rising prices in the "
                   "bazaar's covered alleys."]),
           ("Security Forces Deployed", [
               "Riot police were stationed at the main entrances to the bazaar, and witnesses reported several "
               "arrests. The strike spread to gold and mobile phone markets in other parts of the capital.",
               "The bazaar has long been a barometer of political sentiment; strikes by its merchants helped "
               "bring down the shah in 1979. A government spokeswoman said officials were ready to meet traders' "
               "representatives."]),
       ], ["iranian-rial-slides-to-record-low", "iran-executes-man-accused-of-mossad-spying",
           "tehran-water-rationing"]),
    _a("iran-drone-exports-dossier", "Dossier: How Iranian Drone Designs Reached New Battlefields",
       "Wreckage analysis traces how Iranian drone technology has spread to Russia, Sudan and armed groups in "
       "the Middle East.",
       "2025-12-16", "Middle East", ["Iran", "Drones", "Russia"], [
           (None, ["Investigators examining wreckage from conflicts on three continents have traced components "
                   "and design features back to Iran's Shahed family of drones, according to reports compiled by "
                   "independent arms researchers. The findings show how a cheap weapon has reshaped warfare far "
                   "beyond Iran's borders."]),
           ("From Kit to Factory", [
               "Russia initially imported complete drones before building a factory in Tatarstan that now "
               "produces thousands of units a year under a different name. Researchers say the Russian version "
               "uses upgraded navigation and engines.",
               "In Sudan and Yemen, drones with Iranian-designed airframes have been used against airports, power "
               "stations and fuel depots. Tehran denies supplying weapons to either conflict."]),
       ], ["iran-limits-iaea-inspectors-access", "iran-executes-man-accused-of-mossad-spying",
           "ukraine-rolling-blackouts-live"], js=True, listed=False),
]
