"""The Syria/Aleppo story: a second thread for story clustering, with two unlisted articles."""

from functools import partial

from newswatch.demo.site.model import make

_a = partial(make, "syria", "Reuters, Syrian Observatory for Human Rights, Al-Monitor")

ARTICLES = [
    _a("aleppo-clashes-renew-sdf-syrian-army", "Aleppo Clashes Renew Amid SDF-Syrian Army Standoff",
       "Fighting broke out again between Kurdish-led SDF units and Syrian government forces on the northern "
       "edge of Aleppo, killing at least six people, according to a war monitor.",
       "2026-01-07", "Middle East", ["Syria", "Aleppo", "SDF"], [
           (None, ["Heavy clashes erupted overnight between the Kurdish-led Syrian Democratic Forces and Syrian "
                   "army units around the Sheikh Maqsoud and Ashrafieh neighborhoods of Aleppo, residents and a "
                   "war monitor said. At least six people, including two civilians, were killed as mortar rounds "
                   "fell on residential streets."]),
           ("Ceasefire Under Strain", [
               "The fighting is the most serious breach of a ceasefire agreed in the spring, under which SDF "
               "fighters were to hand over checkpoints in the city to the Interior Ministry. Each side accused "
               "the other of opening fire first.",
               "A government official said reinforcements had been sent to the northern entrances of the city, "
               "while an SDF spokesman warned that any attempt to storm Kurdish neighborhoods would wreck the "
               "integration process negotiated with Damascus."]),
       ], ["sheikh-maqsoud-curfew-aleppo", "turkiye-warns-sdf-over-aleppo", "aleppo-fighting-displaces-thousands",
           "trump-offered-maduro-exile-turkiye"]),
    _a("sheikh-maqsoud-curfew-aleppo", "Curfew Imposed in Aleppo's Sheikh Maqsoud District",
       "Authorities ordered residents of the Kurdish-majority district to stay indoors after sniper fire closed "
       "the main road linking it to central Aleppo.",
       "2026-01-06", "Middle East", ["Syria", "Aleppo"], [
           (None, ["Local authorities in Aleppo declared a 24-hour curfew in Sheikh Maqsoud on Tuesday after "
                   "sniper fire shut the main road connecting the Kurdish-majority district with the city "
                   "center. Schools and the district's only hospital suspended most services."]),
           ("Residents Cut Off", [
               "Residents said bread and fuel deliveries had stopped and that families were sheltering in "
               "basements. A local council member said the district's water supply depended on a single "
               "pipeline that had been damaged by shelling.",
               "The Syrian Arab Red Crescent said it was negotiating with both sides for safe passage to evacuate "
               "the wounded and deliver medical supplies to the district's clinics."]),
       ], ["aleppo-clashes-renew-sdf-syrian-army", "aleppo-fighting-displaces-thousands",
           "tishrin-dam-front-explained"]),
    _a("sdf-damascus-integration-talks-stall", "SDF-Damascus Integration Talks Stall Over Command Structure",
       "Negotiations on folding the SDF into Syria's new national army have stalled over whether Kurdish units "
       "can keep their own commanders.",
       "2025-12-20", "Middle East", ["Syria", "SDF"], [
           (None, ["Talks between the Syrian government and the SDF on merging the Kurdish-led force into the "
                   "national army have stalled, officials from both sides said, with disagreements over command "
                   "and control unresolved nine months after a framework agreement was signed in Damascus."]),
           ("Sticking Points", [
               "The SDF wants its units to join the army as distinct formations based in the northeast, led by "
               "their own officers. The Defense Ministry insists on integrating fighters individually and "
               "rotating them across the country.",
               "Diplomats said the United States, which still has several hundred troops in northeastern Syria, "
               "was pressing both sides to agree on at least a partial handover of oil fields and border "
               "crossings before the end of the year."]),
       ], ["turkiye-warns-sdf-over-aleppo", "aleppo-clashes-renew-sdf-syrian-army", "tishrin-dam-front-explained"]),
    _a("turkiye-warns-sdf-over-aleppo", "Türkiye Warns SDF Over Aleppo Positions",
       "Ankara said it would not tolerate armed Kurdish units remaining inside Aleppo and urged Damascus to "
       "enforce its agreement with the SDF.",
       "2026-01-03", "Middle East", ["Syria", "Türkiye", "SDF"], [
           (None, ["Türkiye's foreign minister said on Saturday that Ankara would not accept the continued "
                   "presence of armed SDF units inside Aleppo, calling them a threat to national security. He "
                   "urged the Syrian government to enforce the terms of its agreement with the group."]),
           ("Drones Over the Border", [
               "Turkish drones have struck several vehicles in the countryside east of Aleppo in recent weeks, "
               "according to local monitors. Ankara considers the SDF's main component, the YPG, an extension "
               "of the outlawed PKK.",
               "Analysts in Istanbul said the warning was aimed as much at Washington as at Damascus, as Ankara "
               "seeks assurances that US support for Kurdish forces will end as part of the political "
               "transition."]),
       ], ["sdf-damascus-integration-talks-stall", "aleppo-clashes-renew-sdf-syrian-army",
           "saudi-led-coalition-strikes-hadramout"]),
    _a("aleppo-fighting-displaces-thousands", "Thousands Displaced as Fighting Spreads in Aleppo",
       "UN agencies say more than 8,000 people have fled northern Aleppo neighborhoods since the latest round "
       "of fighting began.",
       "2026-01-07", "Middle East", ["Syria", "Aleppo", "Humanitarian"], [
           (None, ["More than 8,000 people have fled neighborhoods in northern Aleppo since fighting resumed "
                   "between government forces and the SDF, the UN humanitarian office said on Wednesday. Most "
                   "have moved in with relatives elsewhere in the city, while several hundred families are "
                   "sleeping in mosques and schools."]),
           ("Winter Conditions", [
               "Aid workers said freezing night temperatures were compounding the crisis, with many families "
               "leaving without blankets or heating fuel. The World Food Programme said it had distributed "
               "ready-to-eat rations to three shelters.",
               "The displacement adds to the pressure on a city still rebuilding after years of war. Large parts "
               "of eastern Aleppo remain in ruins, and reconstruction has been slowed by a shortage of funds and "
               "building materials."]),
       ], ["aleppo-clashes-renew-sdf-syrian-army", "sheikh-maqsoud-curfew-aleppo", "aleppo-water-station-repairs"]),
    _a("tishrin-dam-front-explained", "Why the Tishrin Dam Front Matters",
       "The dam on the Euphrates has been one of the most contested positions in northern Syria, controlling "
       "electricity and water for hundreds of thousands of people.",
       "2025-12-21", "Middle East", ["Syria", "Euphrates"], [
           (None, ["The Tishrin Dam, on the Euphrates southeast of Manbij, supplies electricity and irrigation "
                   "water to much of northern Syria, which has made it a prize for every armed group in the "
                   "region. Fighting around the dam last year killed dozens of people and repeatedly knocked its "
                   "turbines offline."]),
           ("A Strategic Crossing", [
               "The road over the dam is one of the few crossings of the river in the area, linking territory "
               "east of the Euphrates with areas to the west. Military planners on all sides regard it as a "
               "chokepoint.",
               "Engineers have warned that the structure, completed in the late 1990s, has not been properly "
               "maintained in more than a decade. A failure could flood towns downstream, including parts of "
               "Raqqa."]),
       ], ["sdf-damascus-integration-talks-stall", "aleppo-water-station-repairs"], listed=False),
    _a("aleppo-water-station-repairs", "Engineers Race to Repair Aleppo Water Station",
       "Technicians are working to restore a pumping station that supplies water to about a third of Aleppo "
       "after it was damaged in the fighting.",
       "2025-12-29", "Middle East", ["Syria", "Aleppo", "Water"], [
           (None, ["Engineers are working around the clock to repair a pumping station that supplies water to "
                   "about a third of Aleppo, after shrapnel damaged its electrical panels. Residents of the "
                   "affected districts have been relying on private water trucks, whose prices have tripled."]),
           ("Spare Parts Shortage", [
               "The station's managers said replacement transformers had to be brought from Damascus because "
               "years of war had emptied local warehouses. UNICEF said it was financing emergency generators to "
               "keep partial pumping going.",
               "Health officials warned that reliance on untreated water raised the risk of cholera, which spread "
               "through northern Syria two years ago."]),
       ], ["aleppo-fighting-displaces-thousands", "tishrin-dam-front-explained", "sheikh-maqsoud-curfew-aleppo"],
       listed=False),
]
