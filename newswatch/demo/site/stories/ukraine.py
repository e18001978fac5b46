"""The Ukraine energy story, led by a live page whose body is inserted by JavaScript."""

from functools import partial

from newswatch.demo.site.model import make

_a = partial(make, "ukraine", "Ukrenergo, Reuters, Kyiv Independent")

ARTICLES = [
    _a("ukraine-rolling-blackouts-live", "Live: Rolling Blackouts Across Ukraine After Overnight Strikes",
       "The grid operator introduced emergency power cuts in most regions after a large missile and drone "
       "attack hit power plants and substations.",
       "2026-01-06", "Europe", ["Ukraine", "Energy", "Russia"], [
           (None, ["Ukraine's grid operator Ukrenergo introduced emergency blackouts in most regions on Tuesday "
                   "after Russia launched hundreds of drones and dozens of missiles at energy infrastructure "
                   "overnight. Households in Kyiv, Kharkiv and Odesa were without power for up to 12 hours."]),
           ("Repair Crews Deployed", [
               "The energy minister said repair crews were working in freezing temperatures to restore "
               "high-voltage substations, and that electricity imports from the European Union had been raised "
               "to the maximum possible level."]),
           ("Heating Concerns", [
               "City authorities in Kyiv opened hundreds of warming centers where residents can charge phones "
               "and keep warm. Officials warned that prolonged cuts could affect water pumping and district "
               "heating in high-rise buildings."]),
       ], ["kyiv-heating-plants-race-repairs", "zaporizhzhia-plant-power-line-restored",
           "eu-approves-energy-aid-for-ukraine"], js=True),
    _a("ukraine-gas-imports-winter", "Ukraine Boosts Gas Imports to Get Through Winter",
       "Naftogaz is buying record volumes of gas from European suppliers after strikes on production sites cut "
       "domestic output.",
       "2025-12-12", "Economy", ["Ukraine", "Gas", "Energy"], [
           (None, ["Ukraine's state energy company Naftogaz has raised gas imports to record levels this winter "
                   "after strikes damaged production facilities in the Kharkiv and Poltava regions, the company "
                   "said. Much of the gas is delivered through Poland, Hungary and Slovakia."]),
           ("Financing From Partners", [
               "The purchases are financed in part by loans from the European Bank for Reconstruction and "
               "Development and grants from Norway. Naftogaz said it needed about 4 billion cubic meters of "
               "imports to keep storage above safe levels until spring.",
               "Traders said the extra demand had contributed to a modest rise in European benchmark gas prices, "
               "although prices remain far below the peaks of 2022."]),
       ], ["eu-approves-energy-aid-for-ukraine", "kyiv-heating-plants-race-repairs", "ecb-holds-rates-steady"]),
    _a("zaporizhzhia-plant-power-line-restored", "Power Line to Zaporizhzhia Nuclear Plant Restored",
       "Engineers reconnected Europe's largest nuclear plant to an external power line after a local ceasefire "
       "brokered by the IAEA allowed repairs.",
       "2025-12-30", "Europe", ["Ukraine", "Nuclear", "IAEA"], [
           (None, ["Engineers reconnected the occupied Zaporizhzhia nuclear power plant to a backup external "
                   "power line on Tuesday, ending days in which it relied on a single connection, the "
                   "International Atomic Energy Agency said. The repairs took place during a local ceasefire "
                   "arranged by the agency."]),
           ("Diesel Generators on Standby", [
               "The plant's six reactors are in cold shutdown but still need electricity to cool fuel and run "
               "safety systems. When external power is lost, the plant falls back on diesel generators with fuel "
               "for several days.",
               "The agency's director general said the situation remained extremely fragile and called on both "
               "sides to avoid military activity near the site."]),
       ], ["ukraine-rolling-blackouts-live", "niigata-approves-kashiwazaki-kariwa-restart",
           "ukraine-solar-hospitals-program"]),
    _a("eu-approves-energy-aid-for-ukraine", "EU Approves New Energy Aid Package for Ukraine",
       "The European Commission announced hundreds of millions of euros for generators, transformers and gas "
       "purchases to help Ukraine through the winter.",
       "2025-11-27", "Europe", ["Ukraine", "European Union", "Energy"], [
           (None, ["The European Commission on Thursday announced an additional energy aid package for Ukraine "
                   "worth several hundred million euros, including funds for mobile generators, transformers and "
                   "emergency gas purchases. The money will be channeled through the Ukraine Energy Support Fund."]),
           ("Decentralizing the Grid", [
               "Officials said part of the funding would support small gas-fired and solar installations that "
               "are harder to knock out than large power plants. Ukraine has lost more than half of its "
               "generating capacity since the start of the war.",
               "Several member states also pledged equipment from decommissioned power stations, which engineers "
               "can strip for spare parts."]),
       ], ["ukraine-gas-imports-winter", "ukraine-rolling-blackouts-live"]),
    _a("kyiv-heating-plants-race-repairs", "Kyiv Heating Plants Race to Finish Repairs",
       "Utility crews in the Ukrainian capital are working to bring damaged combined heat and power plants "
       "back online before the coldest weeks of winter.",
       "2026-01-03", "Europe", ["Ukraine", "Kyiv", "Energy"], [
           (None, ["Crews at Kyiv's combined heat and power plants are working in shifts to restore damaged "
                   "turbines and boilers before the coldest weeks of January, the city's utility said on "
                   "Saturday. The plants supply heating and hot water to most of the capital's apartment blocks."]),
           ("Backup Boilers", [
               "The city has installed dozens of modular boiler houses next to hospitals and schools so they can "
               "stay heated if the main plants are hit again. The mayor urged residents to prepare for outages "
               "lasting several days.",
               "Engineers said some of the damaged equipment was of Soviet design and could only be replaced with "
               "parts sourced from plants in other countries that use similar technology."]),
       ], ["ukraine-rolling-blackouts-live", "ukraine-gas-imports-winter", "ukraine-solar-hospitals-program"]),
    _a("ukraine-solar-hospitals-program", "Solar Panels Keep Ukrainian Hospitals Running",
       "A donor-funded program has fitted dozens of Ukrainian hospitals with solar panels and batteries so they "
       "can operate during blackouts.",
       "2025-12-31", "Europe", ["Ukraine", "Solar", "Health"], [
           (None, ["More than 60 hospitals across Ukraine have been fitted with rooftop solar panels and battery "
                   "storage under a donor-funded program, allowing operating theaters and intensive care units to "
                   "keep working during blackouts. Doctors say the systems have reduced reliance on noisy and "
                   "expensive diesel generators."]),
           ("Expanding to Schools", [
               "Organizers plan to extend the program to schools and water utilities next year. Installation "
               "crews said the main challenge was finding roofs strong enough to hold the panels on older "
               "Soviet-era buildings.",
               "The Health Ministry said hospitals with solar installations had saved about a quarter of their "
               "electricity costs over the summer months."]),
       ], ["zaporizhzhia-plant-power-line-restored", "kyiv-heating-plants-race-repairs"], listed=False),
]
