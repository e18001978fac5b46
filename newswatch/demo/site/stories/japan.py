"""The Japan story: nuclear power, China relations and defense."""

from functools import partial

from newswatch.demo.site.model import make

_a = partial(make, "japan", "Kyodo News, NHK, The Japan Times")

ARTICLES = [
    _a("japan-nuclear-regulator-loses-phone-in-china", "Japan Nuclear Regulator Loses Phone in China",
       "An official of Japan's Nuclear Regulation Authority lost a work smartphone during a trip to Shanghai, "
       "prompting a review of security rules for travel abroad.",
       "2026-01-07", "Asia", ["Japan", "China", "Nuclear"], [
           (None, ["Japan's Nuclear Regulation Authority said on Wednesday that one of its officials had lost a "
                   "work smartphone during a private trip to Shanghai, and that it could not rule out that "
                   "contacts of staff involved in nuclear security had been exposed. The device was reported "
                   "missing at the airport before the official's return flight."]),
           ("Security Rules Tightened", [
               "The regulator said the phone was protected by a password and had been remotely locked, but "
               "acknowledged that carrying it abroad breached internal guidelines. Staff will now have to leave "
               "work devices in Japan when traveling overseas for personal reasons.",
               "Opposition lawmakers demanded a full explanation in parliament, noting that relations with "
               "Beijing are tense and that the agency holds sensitive information about the protection of "
               "nuclear facilities."]),
       ], ["niigata-approves-kashiwazaki-kariwa-restart", "japan-china-seafood-talks-resume",
           "fukushima-treated-water-sampling"]),
    _a("japan-china-seafood-talks-resume", "Japan and China Resume Talks on Seafood Imports",
       "Officials from Tokyo and Beijing met to discuss lifting the remaining restrictions on Japanese seafood "
       "imposed after the release of treated water from Fukushima.",
       "2025-12-10", "Asia", ["Japan", "China", "Trade"], [
           (None, ["Japanese and Chinese officials held talks in Beijing on Wednesday on lifting the remaining "
                   "restrictions on imports of Japanese seafood, which China suspended when the release of "
                   "treated water from the Fukushima Daiichi plant began in 2023. Beijing partly resumed imports "
                   "this year but still bans products from ten prefectures."]),
           ("Fishermen Hit Hard", [
               "Scallop exporters in Hokkaido have been among the hardest hit, having sold much of their catch to "
               "processors in China. Many have shifted shipments to Vietnam, the United States and Mexico, but at "
               "lower prices.",
               "Tokyo has asked Beijing to base its decisions on data from the monitoring overseen by the "
               "International Atomic Energy Agency, which has found no abnormal radioactivity in seawater near "
               "the plant."]),
       ], ["japan-nuclear-regulator-loses-phone-in-china", "fukushima-treated-water-sampling",
           "japan-warns-on-yen-moves"]),
    _a("japan-approves-record-defense-budget", "Japan Approves Record Defense Budget",
       "The cabinet approved more than 9 trillion yen in defense spending for the coming fiscal year, including "
       "funds for long-range missiles and coastal drones.",
       "2025-12-26", "Asia", ["Japan", "Defense"], [
           (None, ["Japan's cabinet on Friday approved a defense budget of more than 9 trillion yen for the next "
                   "fiscal year, the largest in the country's postwar history. The spending includes long-range "
                   "standoff missiles, surveillance drones and the hardening of bases on southwestern islands "
                   "near Taiwan."]),
           ("Path to Two Percent", [
               "The government aims to raise total security-related spending to two percent of gross domestic "
               "product, a target it has brought forward. Finance Ministry officials said part of the increase "
               "would be paid for by higher corporate and tobacco taxes.",
               "China's foreign ministry criticized the budget as a sign of remilitarization, while Washington "
               "welcomed it as strengthening deterrence in the region."]),
       ], ["japan-nuclear-regulator-loses-phone-in-china", "japan-china-seafood-talks-resume",
           "iran-limits-iaea-inspectors-access"]),
    _a("niigata-approves-kashiwazaki-kariwa-restart", "Niigata Approves Restart of Kashiwazaki-Kariwa Reactor",
       "The governor of Niigata consented to restarting a reactor at the world's largest nuclear plant, the "
       "first for Tokyo Electric since the Fukushima disaster.",
       "2025-12-22", "Asia", ["Japan", "Nuclear", "Energy"], [
           (None, ["The governor of Niigata prefecture on Monday consented to restarting the No. 6 reactor at the "
                   "Kashiwazaki-Kariwa nuclear power plant, clearing the last local hurdle for Tokyo Electric "
                   "Power to run a reactor for the first time since the 2011 Fukushima disaster. With seven "
                   "reactors, it is the largest nuclear plant in the world by capacity."]),
           ("Local Opinion Divided", [
               "Surveys in the prefecture have shown residents split over the restart, with many citing concerns "
               "about evacuation routes during heavy snowfall. The governor said he had been persuaded by new "
               "safety measures and assurances on emergency planning.",
               "The government wants nuclear power to supply about a fifth of Japan's electricity by 2040, to "
               "cut reliance on imported liquefied natural gas and meet surging demand from data centers."]),
       ], ["japan-nuclear-regulator-loses-phone-in-china", "fukushima-treated-water-sampling",
           "zaporizhzhia-plant-power-line-restored"]),
    _a("japan-warns-on-yen-moves", "Tokyo Warns Against Rapid Yen Moves",
       "Japan's finance minister said authorities were watching currency markets with a high sense of urgency "
       "after the yen fell to its weakest level in ten months.",
       "2025-11-18", "Economy", ["Japan", "Currency"], [
           (None, ["Japan's finance minister said on Tuesday that authorities were watching currency markets with "
                   "a high sense of urgency, after the yen slid past 155 per dollar to its weakest level in ten "
                   "months. Traders took the remarks as a warning that Tokyo could intervene to support the "
                   "currency."]),
           ("Bank of Japan in Focus", [
               "Investors are watching whether the Bank of Japan will raise interest rates at its December "
               "meeting. The governor has said wage growth and inflation are broadly in line with the bank's "
               "forecasts.",
               "A weak yen has lifted profits for exporters such as carmakers but raised the cost of imported "
               "food and energy for households, eroding support for the government."]),
       ], ["japan-approves-record-defense-budget", "gold-hits-record-high"]),
    _a("fukushima-treated-water-sampling", "Independent Labs Test Seawater Near Fukushima",
       "Laboratories from several countries took part in a new round of seawater and fish sampling near the "
       "Fukushima Daiichi plant, under IAEA supervision.",
       "2025-12-11", "Asia", ["Japan", "Fukushima", "Nuclear"], [
           (None, ["Scientists from laboratories in China, South Korea and Switzerland joined a new round of "
                   "sampling of seawater and fish near the Fukushima Daiichi nuclear plant this week, under the "
                   "supervision of the International Atomic Energy Agency. The samples will be analyzed "
                   "separately in each country."]),
           ("Tritium Levels", [
               "Tokyo Electric Power says tritium concentrations in the discharged water have stayed far below "
               "its operational limit of 1,500 becquerels per liter, itself a fraction of the World Health "
               "Organization's guideline for drinking water.",
               "The operator plans to continue releases for about 30 years as it decommissions the plant. Local "
               "fishing cooperatives say independent checks are essential to restoring consumer confidence."]),
       ], ["japan-china-seafood-talks-resume", "niigata-approves-kashiwazaki-kariwa-restart"], listed=False),
]
