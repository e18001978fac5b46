"""The Yemen/STC story: southern separatists, the Saudi-led coalition and Aden."""

from functools import partial

from newswatch.demo.site.model import make

_a = partial(make, "yemen", "Reuters, Al Arabiya, Aden Independent Channel")

ARTICLES = [
    _a("stc-leader-al-zubaidi-flees-to-aden", "STC Leader al-Zubaidi Flees to Aden",
       "Southern Transitional Council chief Aidarous al-Zubaidi left Riyadh and returned to Aden, defying Saudi "
       "calls for talks after his forces' advance in the east.",
       "2026-01-07", "Middle East", ["Yemen", "STC", "Saudi Arabia"], [
           (None, ["Aidarous al-Zubaidi, head of Yemen's separatist Southern Transitional Council, has left Saudi "
                   "Arabia and returned to Aden, officials close to the council said on Wednesday, in a move that "
                   "defies Riyadh's efforts to contain the crisis in the country's east. Saudi media said he had "
                   "departed without informing his hosts."]),
           ("Rift Within the Coalition", [
               "The departure follows weeks of tension after STC forces seized large parts of Hadramout and Mahra "
               "provinces, areas Saudi Arabia regards as vital to its security. Riyadh had invited southern "
               "leaders for talks on a withdrawal.",
               "Analysts said the move risked an open rupture between Saudi Arabia and the United Arab Emirates, "
               "which has long backed the STC, and could further weaken the internationally recognized "
               "government."]),
       ], ["saudi-led-coalition-strikes-hadramout", "stc-seizes-hadramout-oil-fields",
           "yemen-presidential-council-rift-deepens", "aden-airport-suspends-flights"]),
    _a("saudi-led-coalition-strikes-hadramout", "Saudi-Led Coalition Strikes STC Positions in Hadramout",
       "Coalition aircraft hit camps held by southern separatist forces in eastern Yemen, the first direct "
       "Saudi action against its nominal allies.",
       "2026-01-02", "Middle East", ["Yemen", "Saudi Arabia", "Hadramout"], [
           (None, ["Aircraft of the Saudi-led coalition struck positions held by Southern Transitional Council "
                   "forces near Seiyun in Hadramout province on Friday, local officials said, marking the first "
                   "direct military action by Riyadh against the separatists. The coalition said it had targeted "
                   "weapons shipments that entered the province without authorization."]),
           ("Warnings to Withdraw", [
               "The strikes came after the STC ignored repeated calls to pull its fighters back from the "
               "oil-producing valley. Residents reported explosions near a military camp and the city's airport.",
               "The STC condemned the attack as a betrayal and said it would not be intimidated, while calling "
               "on the United Arab Emirates to intervene diplomatically."]),
       ], ["stc-leader-al-zubaidi-flees-to-aden", "stc-seizes-hadramout-oil-fields",
           "turkiye-warns-sdf-over-aleppo"]),
    _a("stc-seizes-hadramout-oil-fields", "Southern Separatists Seize Hadramout Oil Fields",
       "Forces loyal to the Southern Transitional Council took control of key oil installations in Hadramout, "
       "expanding their grip on southern Yemen.",
       "2025-12-08", "Middle East", ["Yemen", "STC", "Oil"], [
           (None, ["Forces of the Southern Transitional Council took control of oil fields and installations in "
                   "the Masila basin of Hadramout province on Monday after government-aligned troops withdrew, "
                   "local sources said. The advance gives the separatists most of the territory that formed "
                   "South Yemen before unification in 1990."]),
           ("Exports Remain Halted", [
               "Yemen's oil exports have been largely halted since 2022, when drone attacks on export terminals "
               "forced the government to suspend shipments. Control of the fields is nonetheless seen as crucial "
               "for any future revenue-sharing agreement.",
               "The STC said it would protect the facilities and keep them running for domestic needs. Tribal "
               "leaders in Hadramout, who have long demanded autonomy for the province, said they had not been "
               "consulted."]),
       ], ["yemen-presidential-council-rift-deepens", "saudi-led-coalition-strikes-hadramout",
           "south-yemen-independence-history"]),
    _a("yemen-presidential-council-rift-deepens", "Rift Deepens Within Yemen's Presidential Council",
       "Members of Yemen's eight-man leadership council traded accusations as its chairman warned that the "
       "separatist advance threatened the state's survival.",
       "2025-12-18", "Middle East", ["Yemen", "Politics"], [
           (None, ["Divisions within Yemen's Presidential Leadership Council burst into the open on Thursday as "
                   "its chairman accused members aligned with the separatists of undermining the state. The "
                   "council was formed in 2022 to unite the factions opposed to the Houthi movement."]),
           ("Government Paralyzed", [
               "Ministers said the government had been unable to pay public sector salaries for two months and "
               "that the central bank in Aden was running low on foreign currency. Electricity in the southern "
               "port city has been cut for up to 16 hours a day.",
               "The United Nations envoy warned the Security Council that infighting among anti-Houthi groups "
               "was making a national peace process harder to achieve."]),
       ], ["stc-seizes-hadramout-oil-fields", "stc-leader-al-zubaidi-flees-to-aden",
           "south-yemen-independence-history"]),
    _a("aden-airport-suspends-flights", "Aden Airport Suspends Flights Amid Rising Tension",
       "Yemen's national carrier suspended flights from Aden after gunfire near the airport, leaving hundreds "
       "of passengers stranded.",
       "2026-01-06", "Middle East", ["Yemen", "Aden", "Aviation"], [
           (None, ["Yemen's national carrier, Yemenia, suspended all flights from Aden International Airport on "
                   "Tuesday after gunfire was reported near the terminal, stranding hundreds of travelers, "
                   "including patients seeking treatment abroad. It was unclear when services would resume."]),
           ("Lifeline for the South", [
               "The airport is one of the few working gateways into government-held Yemen, with routes to Cairo, "
               "Amman, Jeddah and Mumbai. Travel agents said fares on the remaining overland route to Oman had "
               "doubled.",
               "Airport officials said security had been handed to units loyal to the STC, which denied any "
               "involvement in the shooting."]),
       ], ["stc-leader-al-zubaidi-flees-to-aden", "saudi-led-coalition-strikes-hadramout",
           "container-lines-weigh-red-sea-return"]),
    _a("south-yemen-independence-history", "South Yemen's Long Road From Independence to Union",
       "The separatists' ambitions draw on memories of the People's Democratic Republic of Yemen, which existed "
       "from 1967 until unification in 1990.",
       "2025-12-09", "Middle East", ["Yemen", "History"], [
           (None, ["When British forces withdrew from Aden in November 1967, they left behind a new state that "
                   "would become the People's Democratic Republic of Yemen, the only Marxist state in the Arab "
                   "world. For 23 years it was ruled by the Yemeni Socialist Party and closely allied with the "
                   "Soviet Union."]),
           ("Unification and Civil War", [
               "Economic crisis and the end of Soviet support pushed the south into unification with the north "
               "in 1990. Four years later southern leaders tried to secede, but northern forces captured Aden "
               "after a short civil war.",
               "Grievances over land confiscations and the dismissal of southern officers fueled the Southern "
               "Movement from 2007, which later gave rise to the Southern Transitional Council."]),
       ], ["stc-seizes-hadramout-oil-fields", "yemen-presidential-council-rift-deepens"], listed=False),
]
