# English articles (all outlets, people and events invented).
ARTICLES = []
A = ARTICLES.append

A(dict(
    name='en-wp-classic-school-board-budget', lang='en', cms='wp_classic',
    url='https://www.millbrookcourier.test/2026/02/17/school-board-trims-budget-gap/',
    site='Millbrook Courier', tagline='News for the Millbrook Valley since 1911', section='Education',
    title='School board trims $1.2 million budget gap, spares music program',
    pub='2026-02-17T21:40:00-05:00', authors=['Dana Whitcomb'], tz='America/New_York',
    tags=['Millbrook School District', 'budget'], opts=['og', 'comments', 'share'],
    body='''
The Millbrook School Board voted 5-2 on Tuesday night <!-- corrected vote count 2/18 --> to close a $1.2 million gap in next year\u2019s budget without cutting the elementary music program, which had been on the chopping block since January.

Instead, the district will leave two administrative positions unfilled, delay the replacement of its oldest school buses by a year and draw $400,000 from its reserve fund.

Board president Elena Ruiz said the decision followed more than 300 emails from parents and a petition signed by nearly 1,100 residents. \u201cWe heard the community loud and clear,\u201d Ruiz said. \u201cBut we also have to be honest that reserves are not a long-term plan.\u201d

The two members who voted no, Carl Mendes and Tricia Olander, argued that the district should have asked voters for a larger levy increase instead of spending down savings.

The proposed $48.6 million budget goes to a public hearing on March 10 before a final vote in April.
'''))

A(dict(
    name='en-wp-classic-library-reopens', lang='en', cms='wp_classic',
    url='https://www.harlowvalleynews.test/2025/11/08/east-branch-library-reopens-after-flood-repairs/',
    site='Harlow Valley News', section='Community',
    title='East Branch library reopens after flood repairs',
    pub='2025-11-08T10:00:00-06:00', authors=[], tz='America/Chicago', opts=['nodate', 'admin'],
    notes='The only date is the one in the URL; the byline names the WordPress admin account, so authors is [].',
    body='''
The East Branch of the Harlow Valley Public Library reopened its doors Saturday morning, fourteen months after a burst water main flooded its basement and ruined much of the children\u2019s collection.

About 80 people lined up before the 10 a.m. opening. Branch manager Louise Tran said staff had spent the last three weeks reshelving roughly 22,000 books, about a third of them new.

The renovation cost $640,000, most of it covered by insurance. The county added money for a new community room, which can be booked free of charge by local groups starting in December.

Regular hours are Monday through Saturday, 9 a.m. to 7 p.m.

[img Children browse the new picture-book shelves on opening day. | Harlow Valley News]
'''))

A(dict(
    name='en-wp-yoast-harbor-ferry-strike', lang='en', cms='wp_yoast',
    url='https://baycoastdispatch.test/news/ferry-crews-walk-off-job-harbor-service-suspended/',
    site='Bay Coast Dispatch', section='News',
    title='Ferry crews walk off the job, halting harbor service for 9,000 daily riders',
    dek='Union says talks over overtime rules collapsed after 14 hours',
    pub='2026-01-22T06:05:00-08:00', mod='2026-01-22T11:47:00-08:00', authors=['Marcus Levy'], tz='America/Los_Angeles',
    tags=['ferries', 'labor', 'transportation'], opts=['cookie', 'share', 'related', 'comments', 'newsarticle'],
    caption='The Harbor Point terminal sat empty Thursday morning.',
    bio='Marcus Levy covers transportation and labor for the Bay Coast Dispatch.',
    body='''
Ferry service across Pelican Bay came to a standstill early Thursday after deckhands and engineers walked off the job, stranding thousands of commuters who rely on the boats to reach downtown.

The Inland Boatmen\u2019s Guild said its members began the strike at 4 a.m., shortly after negotiations with the Pelican Bay Transit Authority broke down over mandatory overtime. The union represents about 310 workers on the system\u2019s four routes.

\u201cOur people have been working 60-hour weeks for two years because the authority refuses to hire,\u201d said guild spokesperson Renata Ocampo. \u201cWe are not walking away from the table. We are walking away from exhaustion.\u201d

[ad]

The transit authority called the strike \u201cunlawful and deeply disappointing\u201d and said it would seek a court order requiring crews to return. General manager Phil Haskins said the agency had offered a 4% raise in each of the next three years and a cap on consecutive overtime shifts.

[readmore Ferry ridership climbs back to pre-pandemic levels]

About 9,000 people ride the ferries on a typical weekday. The authority added 40 extra buses on the Causeway route, but riders reported waits of more than an hour at the Harbor Point terminal.

Nurse Angela Dimas, who commutes from Tern Island to Bay General Hospital, said her trip took nearly three hours. \u201cI had to leave at five in the morning, and I still missed the start of my shift,\u201d she said.

[ad]

## A long-running dispute

The strike is the first on the ferry system since 1998, when a two-week walkout ended with a state-brokered agreement. But tensions have been building for years. The transit authority has struggled to hire and keep licensed engineers and deckhands, who can often earn more on private tugboats and cargo vessels.

According to the authority\u2019s own figures, 47 of the system\u2019s 356 budgeted crew positions are vacant. To keep boats running, managers have relied on mandatory overtime, which the union says has led to fatigue and safety risks. In a report last year, the state\u2019s marine safety board noted two minor collisions at the Tern Island dock and said crew fatigue \u201cmay have been a contributing factor.\u201d

Haskins, the general manager, acknowledged the staffing problem but said the agency has stepped up recruitment, including a paid training program for new deckhands that graduated its first class of 18 in December.

\u201cWe are hiring as fast as we can,\u201d he said. \u201cBut you cannot train a licensed engineer in six weeks. The union knows that.\u201d

## What riders should know

The authority said riders with monthly passes would receive a prorated credit for each day of the strike. Extra buses will run every 10 minutes between 5 a.m. and 9 p.m. on the Causeway route, and parking at the Harbor Point garage will be free until service resumes.

Several large employers downtown, including Bay General Hospital and the county courthouse, told workers they could adjust their hours or work remotely where possible.

No new talks had been scheduled as of Thursday afternoon. A state mediator said she had contacted both sides.

This story has been updated with comments from the transit authority.
'''))

A(dict(
    name='en-gutenberg-community-garden-vote', lang='en', cms='wp_gutenberg',
    url='https://www.eastfieldobserver.test/2026/03/community-garden-vote/',
    site='Eastfield Observer', section='Neighborhoods',
    title='Neighbors vote to keep Orchard Street lot as a community garden',
    pub='2026-03-02T14:30:00-05:00', mod='2026-03-03T08:10:00-05:00', authors=['Priya Natarajan'], tz='America/New_York',
    tags=['gardens', 'zoning', 'Orchard Street'], opts=['newsletter', 'comments'],
    body='''
Residents of Eastfield\u2019s Orchard Street neighborhood voted overwhelmingly on Sunday to keep a vacant city-owned lot as a community garden rather than sell it to a developer who had proposed 18 townhouses.

The advisory vote, organized by the Orchard Street Neighborhood Association, drew 412 participants, the largest turnout in the group\u2019s 30-year history. The city council is not bound by the result but has promised to take it into account.

[pull \u201cThis garden is the only green space most of our kids can walk to.\u201d]

\u201cThis garden is the only green space most of our kids can walk to,\u201d said Kendra Mills, who has tended a plot there for nine years. \u201cYou can\u2019t put a price on that.\u201d

The results, as announced by the association:

| Option | Votes | Share |
| Keep as community garden | 301 | 73% |
| Sell for townhouses | 88 | 21% |
| Mixed use (garden and 6 homes) | 23 | 6% |

[img Volunteers turn the soil at the Orchard Street garden on Sunday. | Photo: Priya Natarajan]

Developer Tom Baptiste of Baptiste Homes said he was disappointed but would keep looking for sites in the neighborhood. \u201cEastfield needs housing, and this lot was a good candidate,\u201d he said.

[tweet Huge turnout at the Orchard Street vote today. Democracy in action, with muddy boots. | Eastfield Council Member Joy Abernathy (@joy_abernathy)]

The council is expected to take up the lot\u2019s future at its March 18 meeting.
'''))

A(dict(
    name='en-arcxp-transit-fare-hike', lang='en', cms='arcxp',
    url='https://www.capitalledger.test/dc-md-va/2026/02/26/metro-fare-increase-board-vote/',
    site='The Capital Ledger', section='Transportation',
    title='Metro board approves first fare increase in six years',
    dek='Peak rail fares will rise by 25 cents in July; bus fares stay flat',
    pub='2026-02-26T17:32:00-05:00', mod='2026-02-26T20:05:00-05:00', authors=['Nina Castellanos', 'Robert Oyelaran'],
    tz='America/New_York', tzabbr='EST', tags=['Metro', 'fares'], opts=['relative', 'share', 'comments_btn'],
    relative_text='3 hours ago',
    body='''
The Metropolitan Transit Board voted Thursday to raise peak rail fares for the first time since 2020, saying the increase is needed to close a $93 million shortfall without cutting service.

Under the plan, the base peak fare will rise from $2.25 to $2.50 on July 1, and the maximum fare for the longest trips will go from $6.00 to $6.50. Off-peak and weekend fares will increase by 15 cents. Bus fares will remain at $2.

[ad]

Board chair Lorraine Whitfield said the agency had little choice after ridership recovered more slowly than projected. \u201cWe have squeezed every dollar out of this budget,\u201d she said. \u201cThe alternative was running trains every 20 minutes, and we will not do that to our riders.\u201d

The vote was 7-1. The lone dissenter, board member Gary Sutphin, said the increase would hit low-income workers hardest and urged the region\u2019s governments to increase their subsidies instead.

[readmore Riders face longer waits as Metro trims late-night service]

Rider advocates were divided. The Transit Riders Union called the increase \u201cmodest but painful,\u201d while the Greater Capital Business Council praised the board for protecting frequent service.

The board also approved a new discount program for riders enrolled in public assistance programs, who will pay half fare starting in September. Officials estimate that about 60,000 people will qualify.

[ad]

Metro will hold three public information sessions in April to explain the changes.

~ Staff writer Alicia Ferraro contributed to this report.
'''))

A(dict(
    name='en-arcxp-longform-aquifer', lang='en', cms='arcxp',
    url='https://www.capitalledger.test/climate-environment/2025/09/14/ridgeline-aquifer-drying-farms/',
    site='The Capital Ledger', section='Climate',
    title='The aquifer beneath Ridgeline County is running out. Farmers are racing to adapt.',
    dek='A decade of drought and deeper wells has pushed one of the region\u2019s oldest farming communities toward a reckoning',
    pub='2025-09-14T06:00:00-04:00', authors=['Hannah Okafor'], tz='America/New_York', tzabbr='EDT',
    tags=['drought', 'agriculture', 'water'], opts=['share'],
    bio='Hannah Okafor is a climate reporter covering water and agriculture.',
    body='''
RIDGELINE COUNTY \u2014 The first sign was the sound. For 40 years, the pump on Walt Emerson\u2019s north field made the same steady hum every morning in July. Then, three summers ago, it started to cough.

\u201cIt sounded like an old man trying to breathe,\u201d Emerson, 71, said on a recent afternoon, standing beside the rusted pump house his father built in 1962. \u201cThat\u2019s when I knew the water was leaving us.\u201d

The water is indeed leaving. According to data from the state geological survey, the level of the Ridgeline aquifer \u2014 the vast underground reservoir that supplies nearly every farm, town and cattle operation in this corner of the state \u2014 has fallen by an average of 38 feet since 2010. In some places, it has dropped more than 70 feet. Hydrologists say parts of the aquifer could be effectively exhausted for irrigation within 25 years if current pumping continues.

The decline is reshaping a community that has depended on the aquifer for generations. Families are drilling deeper wells at a cost of tens of thousands of dollars, switching to crops that need less water, or giving up irrigation altogether. Some are selling out. And a fierce debate has broken out over who should bear the cost of conserving what is left.

## A slow-motion emergency

The Ridgeline aquifer formed over thousands of years, as rain and snowmelt seeped through layers of sand and gravel beneath the rolling plains. For most of the 20th century, it seemed bottomless. Farmers who drilled wells in the 1950s and 1960s rarely had to go deeper than 120 feet to find water.

That changed as irrigation expanded. Center-pivot sprinklers, which turn in great circles and create the green discs visible from airplanes, allowed farmers to grow corn and alfalfa on land that had once supported only wheat and grass. By the 1990s, more than 1,400 high-capacity wells were pumping from the aquifer in Ridgeline County alone.

\u201cNobody was being reckless,\u201d said Dr. Marisol Ventura, a hydrogeologist at the state university who has studied the aquifer for two decades. \u201cPeople were doing what made economic sense, and for a long time the aquifer could absorb it. But the recharge rate is tiny compared with what we\u2019re taking out. We\u2019ve been spending down a savings account that took ten thousand years to fill.\u201d

Ventura\u2019s team estimates that the aquifer receives about half an inch of recharge each year in most of the county. Irrigation pumping, by contrast, removes the equivalent of one to two feet of water across the irrigated acreage every growing season.

The drought that began in 2014 made things worse. With less rain, farmers pumped more to keep their crops alive. Dry years in 2018, 2021 and 2022 pushed water levels to record lows, and the wet spring of 2023 provided only a brief reprieve.

[img Walt Emerson stands beside the pump house his father built on the family farm in 1962. | Hannah Okafor/The Capital Ledger]

## Deeper wells, higher bills

On the Emerson farm, the consequences have been concrete and expensive. In 2022, the family spent $48,000 to deepen two wells from 180 to 260 feet. The electricity bill for running the pumps has nearly doubled because the motors must lift water farther.

\u201cEvery foot you go down costs you money twice,\u201d said Emerson\u2019s daughter, Claire, 44, who now runs most of the day-to-day operations. \u201cOnce to drill, and then every month when the power bill comes.\u201d

Claire Emerson has started to plant sorghum on fields that used to grow corn. Sorghum needs roughly a third less water, but it also sells for less, and the local grain elevator pays a lower price for it. She estimates that the switch has cut the farm\u2019s revenue by about 15 percent.

The family is not alone. According to the county extension office, the share of irrigated acreage planted in corn fell from 61 percent in 2015 to 44 percent last year. Acreage in sorghum, wheat and sunflowers rose, while about 9,000 acres were converted from irrigated to dryland farming.

Agricultural economist Trevor Lindqvist said the shift makes sense for individual farms but carries a cost for the wider community. \u201cWhen a farm goes from irrigated corn to dryland wheat, its gross income can drop by half,\u201d he said. \u201cThat means less money spent at the implement dealer, the seed company, the caf\u00e9 on Main Street. Multiply that by a few hundred farms and you can see it in the sales tax receipts.\u201d

## Who pays to conserve?

The question of how to slow the decline has divided the county. In 2019, the Ridgeline Groundwater Management District, an elected body that regulates wells, proposed mandatory cuts of 20 percent in pumping over five years. The proposal drew hundreds of farmers to public meetings, where some accused the board of trying to put them out of business.

The district backed down and adopted a voluntary program instead, offering farmers payments of up to $150 per acre to reduce irrigation. About 70 farms enrolled in the first year. Participation has grown since, but the district\u2019s own reports show that total pumping has fallen by only about 6 percent.

\u201cVoluntary programs are better than nothing, but they\u2019re not going to get us where we need to go,\u201d said Ventura. \u201cThe math is pretty unforgiving.\u201d

Board chairman Dale Pruitt, who farms 2,200 acres near the town of Cedar Bluff, said he understands the frustration but believes mandatory cuts would be unfair to younger farmers who have taken on debt to buy land and equipment.

\u201cIf you tell a 30-year-old with a mortgage on a quarter section that he has to cut his water by a fifth, you might be telling him to quit farming,\u201d Pruitt said. \u201cThe older guys who own their ground free and clear can handle it. The young ones can\u2019t.\u201d

Others say the burden is already falling on the young. Jesse Martinez, 29, returned to his family\u2019s farm after college with plans to expand. Instead, he has spent three years watching one of the farm\u2019s four wells go nearly dry.

\u201cMy grandfather didn\u2019t have to think about water,\u201d Martinez said. \u201cMy dad thought about it some. I think about it every single day.\u201d

## Towns feel it too

The aquifer also supplies drinking water for the county\u2019s towns, and some are beginning to feel the strain. Cedar Bluff, population 2,300, drilled a new municipal well in 2023 after one of its three wells began drawing sand. The project cost $1.1 million, paid for with a state loan and a 12 percent increase in residents\u2019 water bills.

In the smaller town of Haddon, population 640, the water superintendent, Gloria Baines, keeps a handwritten chart of the water level in the town\u2019s main well, measured on the first of every month since 2011. The line slopes steadily downward.

\u201cWe\u2019re okay for now,\u201d Baines said. \u201cBut I tell the council every year: we need a plan for when okay isn\u2019t okay anymore.\u201d

The state has offered grants for towns to connect to a regional pipeline that would carry water from a reservoir 60 miles to the east. But the pipeline\u2019s estimated cost of $340 million has stalled the project, and some rural legislators oppose it because it would serve only a handful of communities.

## New technology, old habits

Some farmers are betting on technology. Soil moisture sensors, which cost a few hundred dollars each, can tell farmers exactly when a field needs water, rather than relying on a fixed schedule. Variable-rate irrigation systems can apply less water to sandy spots and more to heavier soils.

Rick and Donna Halvorsen, who farm near Haddon, installed sensors on all of their irrigated fields in 2020. Rick Halvorsen said the system has cut their water use by about 20 percent without hurting yields.

\u201cI used to irrigate by the calendar, like my dad did,\u201d he said. \u201cNow I irrigate by the data. It took me a couple of years to trust it.\u201d

Researchers caution that efficiency alone may not save the aquifer. Studies in other regions have found that when farmers use water more efficiently, they sometimes expand their irrigated acreage or switch to thirstier crops, leaving total pumping unchanged. Economists call it the rebound effect.

\u201cEfficiency is a tool, not a solution,\u201d said Lindqvist. \u201cIf the savings go into watering more acres, the aquifer doesn\u2019t see any benefit.\u201d

The groundwater district has tried to address that by requiring farmers who receive cost-sharing for new equipment to sign agreements not to expand their irrigated acreage for ten years.

## A deadline without a date

No one can say exactly when the aquifer will stop being useful for large-scale irrigation in Ridgeline County. The answer varies from place to place, depending on how thick the water-bearing layer is and how many wells draw from it.

Ventura\u2019s models suggest that in the northern third of the county, where the aquifer is thinnest, many wells could fail to produce enough water for irrigation by the late 2030s. In the south, where the saturated layer is more than 200 feet thick, the water could last for most of the century.

That uneven picture has made the politics even harder. Farmers in the south see little urgency, while those in the north feel the ground shifting beneath them.

Back on the Emerson farm, Walt Emerson walked slowly along the edge of a field of sorghum, its heads turning a deep rust color in the late summer sun. He said he does not expect to see the last of the water himself. But he worries about his grandchildren.

\u201cMy granddad homesteaded this place with a team of horses and a windmill,\u201d he said. \u201cWe\u2019ve been here 110 years. I\u2019d like to think we can be here another hundred. But not if we keep doing things the same way.\u201d

He paused and looked toward the pump house. \u201cThe water doesn\u2019t care what we want,\u201d he said. \u201cIt just goes where it goes.\u201d

## The view from the elevator

At the Cedar Bluff grain elevator, manager Luis Ortega has watched the shift in real time. Ten years ago, corn made up nearly three-quarters of the grain delivered to his scales each fall. Last year, it was just over half.

“You can read the aquifer in my receipts,” Ortega said, flipping through a binder of delivery tickets in his cramped office above the scale house. “More milo, more wheat, fewer trucks overall. The farmers are doing what they have to do. But it means less volume through here, and that means fewer hours for my guys.”

The elevator employed 14 people full time in 2015. It now employs nine, plus seasonal help during harvest. Ortega said the company has no plans to close the site, but it has postponed a planned expansion of its storage bins indefinitely.

Local businesses tell similar stories. The implement dealer on the edge of town has shifted from selling new center pivots to retrofitting old ones with drop nozzles and sensors. The seed dealer stocks more drought-tolerant varieties than ever before. The café on Main Street still fills up at 6 a.m., but owner Patty Keane said the conversation has changed.

“It used to be the weather and the markets,” she said. “Now it’s the weather, the markets and how deep everybody’s well is.”

Keane, whose family has run the café for three generations, said she worries less about her own business than about the people who eat there. “These are my neighbors,” she said. “If they go, I go. It’s that simple.”

## What comes next

The groundwater district will vote this fall on a new management plan that, for the first time, sets a target for how much the aquifer should be allowed to decline over the next 20 years. Draft versions of the plan call for cutting total pumping by 25 percent by 2035, through a mix of voluntary payments, well retirements and stricter limits on new permits.

The state legislature, meanwhile, is considering a bill that would create a $75 million fund to buy water rights from willing sellers and retire them permanently. Supporters say it would let farmers who want to leave irrigation do so with dignity. Opponents worry it would hollow out rural communities by taking land out of production.

Claire Emerson said she plans to attend every hearing. \u201cI\u2019m not against rules,\u201d she said. \u201cI\u2019m against rules that are written by people who\u2019ve never had to stand in a field and listen to a pump die.\u201d

[img A center-pivot sprinkler irrigates a field of corn near Cedar Bluff in August. | Hannah Okafor/The Capital Ledger]

~ Research editor Sam Whitley contributed to this report.
'''))

A(dict(
    name='en-brightspot-wildfire-evacuations', lang='en', cms='brightspot',
    url='https://alliedpress.test/article/wildfire-evacuations-sierra-foothills-7d2f4a9c1e',
    site='Allied Press', section='U.S. News',
    title='Wind-driven wildfire forces evacuation of 12,000 in Sierra foothills',
    pub='2025-10-03T15:21:00-07:00', mod='2025-10-03T22:48:00-07:00', authors=['Lena Marsh', 'Carlos Ibarra'],
    tz='America/Los_Angeles', tzabbr='PDT', opts=['upper_byline', 'share', 'related'],
    body='''
GRASS VALLEY, Calif. (AP) \u2014 A fast-moving wildfire pushed by gusts of up to 50 mph forced about 12,000 people to flee their homes in the Sierra Nevada foothills on Friday, as firefighters struggled to keep flames away from several small communities.

The Tanager Fire had burned about 9 square miles (23 square kilometers) by Friday evening and was 0% contained, according to the state fire agency. At least 14 structures were destroyed, officials said. No injuries had been reported.

[promo Dry autumn winds raise fire danger across the West]

The fire started shortly after 11 a.m. near a highway rest area and quickly spread through dry grass and oak woodland. Evacuation orders covered parts of three counties, and shelters opened at fairgrounds in two nearby towns.

\u201cIt was just a wall of smoke coming over the ridge,\u201d said Deborah Klein, who loaded her two dogs and a box of family photos into her car and left her home near the town of Chicago Park. \u201cI\u2019ve lived here 30 years and I\u2019ve never seen it move like that.\u201d

[img Smoke rises behind a ridge as the Tanager Fire burns near Grass Valley, Calif., on Friday. | AP Photo/Carlos Ibarra]

More than 900 firefighters were assigned to the blaze, supported by air tankers and helicopters. Forecasters said the winds would ease overnight but warned of another round of gusty conditions on Sunday.

The cause of the fire was under investigation.

[promo What to pack when an evacuation order comes]

~ Associated Press writer Joan Whitaker in Sacramento contributed to this report.
'''))

A(dict(
    name='en-ghost-open-source-funding', lang='en', cms='ghost',
    url='https://thestackletter.test/open-source-maintainers-funding-survey/',
    site='The Stack Letter', section='Open Source',
    title='Survey: Most open-source maintainers still fund their work out of pocket',
    dek='A new survey of 1,800 maintainers finds burnout rising and corporate sponsorship flat',
    pub='2026-01-13T15:00:00+00:00', mod='2026-01-14T09:20:00+00:00', authors=['Theo Brandt'], tz='Europe/London',
    tags=['open source', 'funding'], opts=['paywall'], uk=True,
    body='''
Almost two-thirds of open-source maintainers say they pay for at least part of their project\u2019s costs themselves, according to a survey published this week by the Maintainer Commons Foundation.

The survey of 1,812 maintainers, conducted in November and December, found that only 14% receive regular income from their projects, a figure that has barely changed since the foundation\u2019s first survey in 2022. Meanwhile, the share reporting symptoms of burnout rose from 46% to 58%.

\u201cThe story we keep hearing is that the money is finally arriving,\u201d said foundation director Ines Calder. \u201cFor a small number of high-profile projects, that\u2019s true. For everyone else, it isn\u2019t.\u201d

[img Respondents by project size and funding source. | Maintainer Commons Foundation]

Among the survey\u2019s other findings:

- 41% of maintainers spend more than ten hours a week on their projects outside their paid job
- 23% have considered abandoning a project in the last year
- Only 9% say their employer allows them to work on open source during paid hours

The foundation has published the anonymised raw data. Readers who want to explore it can fetch and summarise it with two commands:

$ curl -LO https://data.maintainercommons.test/survey-2025.csv
$ python3 -m csvstat survey-2025.csv --columns funding_source

[cta Like this analysis? Become a member to get it in your inbox every Tuesday.]

Calder said the foundation would use the results to lobby large companies to commit a fixed share of their engineering budgets to the projects they depend on.
'''))

A(dict(
    name='en-medium-migrating-postgres', lang='en', cms='medium',
    url='https://engineering.tidewaterlogistics.test/how-we-moved-40-tb-to-postgres-17-without-downtime-3f9a1c2b7d4e',
    site='Tidewater Engineering', section='Engineering',
    title='How we moved 40 TB to Postgres 17 without downtime',
    dek='Logical replication, a lot of patience, and one very long Saturday',
    pub='2025-12-04T16:42:10+00:00', authors=['Keiko Andersen'], tz='UTC',
    bio='Staff engineer on the Tidewater data platform team.',
    notes='Blog-style engineering post on a Medium-like platform; date shown only as "Dec 4, 2025" in the page, full timestamp in JSON-LD.',
    body='''
Last month our platform team finished upgrading the main orders database from Postgres 12 to Postgres 17. The cluster holds about 40 TB and serves roughly 18,000 queries per second at peak, so a dump-and-restore was never an option. This post explains what we did, what went wrong, and what we would do differently.

## Why not pg_upgrade?

The obvious tool is pg_upgrade in link mode, which is fast. But it requires stopping the old cluster, and our rollback story would have been restoring from a backup that was hours old. We wanted a path where the old primary kept running until we were confident in the new one.

## Logical replication, table by table

We created the new cluster on fresh hardware, loaded the schema, and set up a publication on the old primary. The basic commands look like this:

$ psql -h old-primary -c "CREATE PUBLICATION orders_pub FOR ALL TABLES;"
$ psql -h new-primary -c "CREATE SUBSCRIPTION orders_sub CONNECTION 'host=old-primary dbname=orders' PUBLICATION orders_pub;"

The initial copy took six days. Two large tables with heavy update traffic kept falling behind, so we split them into their own subscriptions and gave them dedicated workers.

## The things that bit us

- Sequences are not replicated, so we had to set them manually during cutover
- Large objects are not supported, and one legacy table still used them
- A trigger on the new side fired twice for every replicated row until we disabled it

> Logical replication does not replicate schema and DDL commands.

That line from the documentation is easy to read and easy to forget. We froze all migrations for three weeks.

## Cutover

On a Saturday morning we put the application into read-only mode for 94 seconds, waited for replication lag to reach zero, bumped the sequences, and pointed the connection pooler at the new primary. Total write downtime was under two minutes, which our customers did not notice.

If you are planning a similar move, start by inventorying your large objects and triggers. Everything else is patience.
'''))

SUBSTACK_LONG = '''
Every few months someone asks me why the Ledger-Sentinel, the daily paper I worked at for eleven years, shrank from 140 journalists to 23. The short answer is \u201cthe internet.\u201d The long answer is more interesting, and it matters for anyone who wants to build something new. So here is the long answer.

## The three legs of the stool

A local newspaper in 1995 made money from three things: display advertising, classified advertising and subscriptions. Display ads were the big department-store spreads and the car-dealer pages. Classifieds were the tiny-type listings for jobs, apartments and used cars. Subscriptions were the checks people mailed every month, or the quarters they dropped into the honor box.

At the Ledger-Sentinel, classifieds brought in about 40 percent of revenue at their peak. They were also the most profitable part of the business, because they cost almost nothing to produce. A clerk typed them in, the presses printed them, and the money rolled in. Many people who worked in newsrooms never fully understood how much their salaries depended on those columns of tiny type.

Subscriptions, by contrast, barely covered the cost of printing and delivering the paper. The price of a subscription was set low on purpose, because circulation was what advertisers were really paying for. A paper with 90,000 subscribers could charge more for an ad than one with 60,000.

## The first leg breaks

Classifieds went first, and they went fast. Between 2000 and 2010, the Ledger-Sentinel\u2019s classified revenue fell by roughly 80 percent. Job listings moved to job boards, apartment listings to rental websites, and used-car listings to marketplaces that charged nothing at all. There was no strategy that could have stopped it. A free, searchable, nationwide listing beats a paid, unsearchable, local one every time.

The paper\u2019s owners responded the way most owners did: by cutting costs. The first round of buyouts came in 2007. The copy desk was merged with the desk at a sister paper two hours away. The Sunday magazine was folded. The Washington bureau, which had been two people, became zero people.

I remember the day the bureau closed. Our editor gathered the newsroom and said the paper would rely on wire services for national coverage, which was what most readers wanted anyway. He was not wrong. But something was lost that day that nobody measured: the ability to ask our own members of Congress questions that mattered to our readers, and to notice when they did something that affected our town.

## The second leg breaks

Display advertising held up longer. Local businesses still wanted to reach local people, and for a while the paper was the best way to do it. But the same forces arrived more slowly. Department stores consolidated and then closed. Car dealers shifted money to search ads, which let them target people who were already shopping for a car. Restaurants and shops discovered social media.

The numbers tell the story. In 2008, the Ledger-Sentinel sold about $31 million in print display advertising. By 2018, that figure was under $9 million. Digital advertising grew, but never by enough to fill the hole. A reader who once generated a dollar in print revenue generated perhaps a dime online, because the supply of online ad space was practically infinite and the prices reflected it.

The paper tried everything. It launched a city magazine, an events business, a marketing agency that built websites for local companies. Some of these made money. None of them made enough.

## What\u2019s left: the reader

That leaves the third leg, the one everyone had ignored: readers paying directly for journalism. Today, subscriptions are the only revenue stream that has a plausible path to growth, and every local news organization I know is trying to figure out how to make it work.

It is harder than it sounds. For decades, newspapers trained readers to believe that news was cheap, or free. The price of a subscription was kept low to maximize circulation, and the full cost of the newsroom was hidden behind the advertising. When papers began asking readers to pay the real price, many readers balked. Why pay $15 a month for something that used to cost $5?

There is also a quality problem. By the time many papers started asking readers to pay more, they had already cut so deeply that there was less to pay for. The Ledger-Sentinel in 2019 had fewer reporters covering the county government than it had in 1975. It is difficult to persuade someone to pay more for less.

## The new models

Still, there are reasons for hope, and I want to spend the rest of this post on them, because I think they are underappreciated.

First, nonprofit newsrooms. Across the country, hundreds of local nonprofit news organizations have launched in the past fifteen years. They are funded by a mix of foundation grants, individual donations and memberships. Some of them are tiny, with two or three reporters. Others have newsrooms larger than the commercial papers they compete with. What they have in common is that they do not need to earn a profit, which frees them to focus on the kind of reporting that commercial outlets have abandoned: school boards, zoning commissions, courts.

Second, newsletters. I am obviously biased here, since you are reading one. But the newsletter model has real advantages for local news. It is cheap to produce, it reaches readers directly without depending on search engines or social platforms, and it creates a habit. A reader who opens your email every morning is a reader who might eventually pay.

Third, public support. Several states have begun experimenting with programs that fund local journalism, through fellowships, tax credits or direct grants. These programs are controversial, and the concerns about government influence are legitimate. But they are also an acknowledgement that local news is a public good, like libraries or parks, and that markets alone will not provide enough of it.

## The numbers that matter

Let me try to put some numbers on this. A small local newsroom with eight journalists, covering a county of about 200,000 people, might cost $900,000 a year, including salaries, benefits, technology and overhead. Where could that money come from?

- 3,000 paying members at $10 a month would bring in $360,000
- Local sponsorships and underwriting might add $200,000
- Foundation grants could contribute another $250,000
- Events, a small amount of advertising and donations could make up the rest

None of these numbers is outlandish. Three thousand members is 1.5 percent of the population. But each of them requires sustained effort, and the newsroom has to be good enough, and visible enough, that people want to support it.

## What I got wrong

When I left the Ledger-Sentinel in 2020, I thought the solution was better technology: a smarter paywall, better recommendation algorithms, a slicker app. I spent two years consulting on projects like that, and some of them helped at the margins.

But I now think the bigger problem is trust, and trust is built slowly, by showing up. The newsrooms that are succeeding are the ones that cover their communities so thoroughly and so fairly that readers cannot imagine being without them. They answer emails. They host listening sessions. They correct their mistakes in public. They explain how they make decisions.

> The most valuable thing a local newsroom has is not its archive or its brand. It is the phone number that people call when something goes wrong.

That line comes from a former colleague, Bernadette Ruiz, who now runs a nonprofit newsroom in a town of 40,000. Her newsroom has five reporters and about 2,400 paying members. It breaks news that the regional TV stations follow. It is, by any reasonable measure, a success.

## A tour of the newsroom, then and now

When I started at the Ledger-Sentinel in 2009, the newsroom occupied the entire third floor of a brick building downtown. There were rows of desks for the metro staff, a sports department with its own television, a photo department with a darkroom that nobody had used in years but nobody wanted to throw out, and a library where two researchers kept clip files going back to the 1920s.

On election nights, the room was loud. Reporters shouted vote totals across the desks, editors argued over headlines, and someone always ordered pizza for the copy desk. The next morning, the paper landed on 70,000 doorsteps with results from every township, every school board, every judicial race.

Today, the paper rents half a floor in an office park near the interstate. The library is gone, its files donated to the county historical society. The photo department is one person. The sports section relies heavily on wire copy and freelancers. On election nights, the small staff does heroic work, but they cannot cover every race, and they know it.

I don’t say this to be nostalgic. The old newsroom had plenty of problems. It was overwhelmingly white and male for most of its history, and it often ignored entire neighborhoods unless there was a crime to report. Some of what was lost deserved to be lost. But a great deal of useful, unglamorous work was lost along with it, and much of that work is not being done by anyone today.

## What readers can do

People sometimes ask me what they can do about all this. My answer is always the same: pay for local news, if you can, and pay attention to it, even if you can’t.

Paying matters because the business model now depends on readers. If you value a local newsroom, a subscription or a membership is the most direct way to keep it alive. Many nonprofit newsrooms also accept small donations, and a surprising number of them depend on gifts of $5 or $10 a month.

Paying attention matters just as much. Share stories you find useful. Go to a public meeting that a reporter is covering and see what the job involves. Send tips. Write letters. Correct the record when you see something wrong. A newsroom that hears from its readers is a newsroom that knows what its community needs.

And if you live in a place that no longer has a newsroom at all, consider what it would take to start one. That is not as far-fetched as it sounds. Several of the most successful local news startups of the past decade began with a single reporter, a website and a mailing list.

## Where this leaves us

I don\u2019t think the Ledger-Sentinel\u2019s story has a happy ending. The paper still exists, in a diminished form, and the 23 people who work there are doing heroic work under impossible conditions. But it will never again be the institution it was in 1995, and pretending otherwise does no one any favors.

The question is what comes next. I believe the answer is a patchwork: nonprofits, newsletters, public media, a few commercial survivors, and a great deal of experimentation. It will be messier than the old model. Some communities will be well served, and others will not be served at all. The gap between those two groups is the most important problem in American journalism, and I don\u2019t think we have taken it seriously enough.

One more thing before I go. A reader wrote to me last month to say that all of this sounded hopeless, and that she had stopped reading local news because it only made her angry about what had been lost. I understand the feeling. But I would gently push back. The people doing this work today are not writing obituaries for their profession. They are inventing its next version, often with very little money and very little recognition, and they deserve an audience that takes them seriously. Reading their work, sharing it and arguing with it is the least the rest of us can do.

Next week I\u2019ll look at one of those experiments in detail: a cooperative newsroom owned by its readers. As always, reply to this email if you have questions or stories of your own. I read everything.

[newsletter]

[cta Share this post with someone who cares about local news]
'''

A(dict(
    name='en-substack-local-news-economics', lang='en', cms='substack',
    url='https://thecivicdesk.substack.test/p/why-my-old-newspaper-shrank',
    site='The Civic Desk', section='Newsletter', tagline='Notes on the future of local news',
    title='Why my old newspaper shrank from 140 journalists to 23',
    dek='A plain-English explanation of the local news business, and what might replace it',
    pub='2025-06-10T11:02:37+00:00', authors=['Margaret Ellison'], tz='America/New_York',
    bio='Former managing editor, now writing about local news.',
    body=SUBSTACK_LONG))

A(dict(
    name='en-nextjs-election-recount', lang='en', cms='nextjs',
    url='https://www.pinecountytribune.test/politics/2025/11/13/county-clerk-orders-recount-district-4',
    site='Pine County Tribune', section='Politics',
    title='County clerk orders recount in District 4 race decided by 37 votes',
    pub='2025-11-13T16:20:00-06:00', mod='2025-11-13T18:02:00-06:00', authors=['Janelle Brooks', 'Omar Siddiqui'],
    tz='America/Chicago', tzabbr='CT', opts=['mdy', 'epoch', 'jsonld', 'show_mod', 'share', 'related'],
    lead='Pine County will recount every ballot in the District 4 commissioner race after the final tally showed a margin of 37 votes out of more than 11,000 cast.',
    body='''
County Clerk Ramona Feld announced the recount Thursday afternoon, two days after the county finished counting mail ballots. State law requires an automatic recount when the margin is less than one-half of one percent.

Incumbent commissioner Gail Porter, a Republican, finished with 5,531 votes, while Democratic challenger Luis Ybarra received 5,494. A third-party candidate received 212.

[ad]

\u201cI have every confidence in our election workers, and a recount is part of the process,\u201d Feld said. \u201cWe will do it carefully and in public.\u201d

The recount will begin Monday at 8 a.m. at the county elections office and is expected to take three days. Observers from both parties will be allowed in the room, and the proceedings will be streamed online.

Both candidates said they welcomed the recount. The result must be certified by Dec. 1.
'''))

A(dict(
    name='en-amp-storm-power-outages', lang='en', cms='amp',
    url='https://www.lakeshoreherald.test/weather/2026/01/09/ice-storm-outages/amp/',
    canonical='https://www.lakeshoreherald.test/weather/2026/01/09/ice-storm-outages/',
    site='Lakeshore Herald', section='Weather',
    title='Ice storm leaves 48,000 without power across the lakeshore',
    pub='2026-01-09T07:45:00-05:00', mod='2026-01-09T12:30:00-05:00', authors=['Sean Whitaker'], tz='America/New_York',
    lead='Crews from four states are working to restore electricity after freezing rain coated trees and power lines overnight.',
    body='''
About 48,000&nbsp;homes and businesses were without power Friday morning after an ice storm brought down trees and power lines across Lakeshore and Marten counties, according to North Shore Electric.

The utility said most customers should have power back by Saturday night, but some in rural areas could wait until Monday. More than 600 line workers, including crews from Ohio, Indiana, Michigan and Pennsylvania, were assigned to the repairs.

[ad]

Schools in both counties were closed, and the county emergency management office opened warming centers at three high schools. Officials urged residents not to run generators indoors.

The National Weather Service said temperatures would stay below freezing through the weekend, slowing the melting of ice on branches.
'''))

A(dict(
    name='en-wire-central-bank-rates', lang='en', cms='newsml_wire', uk=True,
    url='https://www.meridianwire.test/markets/2026/03/05/central-bank-holds-rates-signals-cut/',
    site='Meridian Wire', service='Markets Service', section='Markets',
    title='Central bank holds rates at 4.25%, signals cut as early as June',
    pub='2026-03-05T12:00:00+00:00', authors=['Fiona Kerr', 'Daniel Osei'], tz='Europe/London', urgency=3,
    slugline='ECONOMY-RATES/', dateline_city='LONDON', tags=['interest rates', 'inflation', 'central banks'],
    body='''
LONDON, March 5 (Meridian) - The Bank of Albion held its main interest rate at 4.25% on Thursday but said inflation was falling faster than expected, opening the door to a cut as early as June.

The Monetary Policy Committee voted 6-3 to keep rates on hold, with three members preferring an immediate quarter-point reduction, the bank said in a statement.

Governor Alastair Pemberton told reporters that the committee wanted to see "a few more months of evidence" that wage growth was slowing before easing policy.

"We are not there yet, but we can see the road from here," he said.

Sterling fell 0.4% against the dollar after the announcement, while two-year government bond yields dropped 8 basis points to 3.71%, their lowest since April 2024.

The bank cut its inflation forecast for the end of this year to 2.3% from 2.8%. It left its growth forecast unchanged at 1.1%.

| Indicator | Previous forecast | New forecast |
| CPI inflation, Q4 2026 | 2.8% | 2.3% |
| GDP growth, 2026 | 1.1% | 1.1% |
| Unemployment, Q4 2026 | 4.6% | 4.7% |

~ (Reporting by Fiona Kerr and Daniel Osei; Editing by Harriet Lowe)
'''))

A(dict(
    name='en-wire-copper-prices-brief', lang='en', cms='newsml_wire', uk=True,
    url='https://www.meridianwire.test/markets/2026/02/11/copper-hits-three-week-high/',
    site='Meridian Wire', service='Commodities', section='Commodities',
    title='Copper hits three-week high on supply worries',
    pub='2026-02-11T09:34:00+00:00', authors=['Meridian Wire'], agency='Meridian Wire', tz='Europe/London', urgency=5,
    slugline='METALS-COPPER/', dateline_city='LONDON',
    notes='No reporter named; only the agency is credited, so the agency is the author.',
    body='''
LONDON, Feb 11 (Meridian) - Copper prices rose to a three-week high on Wednesday after a major mine in South America said it would halt production for at least ten days following a landslide.

Benchmark three-month copper on the London metals exchange was up 1.6% at $9,412 a metric ton by 0930 GMT, its highest since Jan. 20.

Traders said the outage could remove around 25,000 tons from the market. Aluminium and zinc were little changed.

~ (Compiled by the Meridian Wire metals desk)
'''))

A(dict(
    name='en-liveblog-city-marathon', lang='en', cms='liveblog', uk=True,
    url='https://www.northgatepost.test/sport/live/2026/apr/19/northgate-marathon-2026-live',
    site='Northgate Post', section='Sport', event='Northgate Marathon 2026', place='Northgate',
    title='Northgate Marathon 2026 live: Kiprono breaks course record as thousands take to the streets',
    pub='2026-04-19T07:30:00+01:00', authors=['Ellie Marchetti'], tz='Europe/London', opts=['relative'],
    relative_text='12 minutes ago', summary_label='Key events',
    notes='Updates are shown newest first; timestamps of individual updates are not body. The key-events list at the top is body.',
    body='''
- Joseph Kiprono wins men\u2019s race in 2:05:48, a course record
- Amara Haile takes women\u2019s title in 2:21:10
- Record field of 31,400 starters

### @2026-04-19T07:30:00+01:00 Good morning from the start line

Good morning and welcome to our live coverage of the 2026 Northgate Marathon. The elite women set off at 8.35am, followed by the elite men and the mass start at 9am. Conditions look close to perfect: 9C, overcast and barely a breath of wind.

### @2026-04-19T08:52:00+01:00 Elite women are away

The elite women are on their way. Ethiopia\u2019s Amara Haile, the pre-race favourite, is tucked into the lead pack of eight alongside last year\u2019s winner, Grace Wambui.

### @2026-04-19T10:41:00+01:00 Haile breaks away

Haile has made her move at 30km, opening a gap of about 15 seconds on Wambui. She looks remarkably relaxed.

### @2026-04-19T11:10:00+01:00 Kiprono wins in course record

What a run! Joseph Kiprono crosses the line in 2:05:48, taking 51 seconds off the course record set in 2019. He kissed the finish line and then went straight to find his coach.

Asked about the record, he told reporters: \u201cI came here to win. The record is a gift from the weather and from the crowd.\u201d

### @2026-04-19T11:26:00+01:00 Haile takes the women\u2019s title

Amara Haile wins the women\u2019s race in 2:21:10, with Wambui second, 48 seconds back. It is Haile\u2019s first major marathon victory.

### @2026-04-19T14:05:00+01:00 That\u2019s all from us

The last finishers are still coming in, cheered on by a hardy crowd on the Embankment. Organisers say 31,400 people started the race, a record. That\u2019s all from our live coverage today; thanks for following along.
'''))

A(dict(
    name='en-hugo-release-notes-analysis', lang='en', cms='hugo',
    url='https://devnotes.brackenlabs.test/posts/2026/02/what-changed-in-ferrite-3/',
    site='Bracken Labs Dev Notes', section='Posts',
    title='What changed in Ferrite 3.0, and how to upgrade',
    dek='The popular web framework drops its legacy router and ships a new plugin API',
    pub='2026-02-20T09:30:00+01:00', mod='2026-02-24T17:05:00+01:00', authors=['Jonas Albrecht'], tz='Europe/Berlin', tzabbr='CET', uk=True,
    tags=['ferrite', 'release', 'upgrade'],
    body='''
Ferrite 3.0 was released on Tuesday after nearly two years of development. It is the first major version since 2021, and the maintainers have used the opportunity to remove a lot of old code. Here is a summary of what changed and what you need to do.

## The legacy router is gone

The router that shipped with Ferrite 1.x has been deprecated since 2.4. In 3.0 it is removed entirely. If your application still imports from ferrite.legacy, it will fail at startup with an ImportError.

The replacement, which most projects already use, is the declarative router introduced in 2.0. The migration guide lists the few patterns that need manual changes.

## A new plugin API

Plugins now register through entry points instead of a global registry. This makes startup faster and lets tools discover plugins without importing them. Existing plugins need a small change to their packaging metadata.

## Upgrading

For most projects the upgrade is three commands:

$ pip install --upgrade "ferrite>=3.0,<3.1"
$ ferrite check --strict
$ ferrite migrate routes --write

The check command reports every use of a removed API along with the file and line number.

## Should you upgrade now?

If you have a large application, wait for 3.0.1, which the maintainers expect within a month. For new projects, there is no reason to start on 2.x.
'''))

A(dict(
    name='en-blogger-birdwatch-count', lang='en', cms='blogger',
    url='https://marshwrenbirders.blogspot.test/2026/01/winter-bird-count-results.html',
    site='Marsh Wren Birders', section='Bird counts', tagline='Field notes from the Kettle River marshes',
    title='Winter bird count results: a record year for bald eagles',
    pub='2026-01-05T18:47:00-06:00', authors=['Ruth Hollander'], tz='America/Chicago',
    tags=['bird count', 'eagles'], opts=['comments'],
    bio='Retired science teacher and coordinator of the Kettle River count circle.',
    body='''
Thank you to the 46 volunteers who braved the cold on Saturday for our annual winter bird count along the Kettle River. It was 9 degrees at dawn, but the skies were clear and the birds cooperated.

We recorded 58 species and 6,412 individual birds, close to our ten-year average. The big story was bald eagles: we counted 37, beating our previous record of 29 set in 2019.

Here are the top five species by number:

| Species | Count |
| Canada goose | 1,904 |
| Mallard | 1,122 |
| European starling | 688 |
| American crow | 341 |
| Dark-eyed junco | 297 |

[img A pair of bald eagles near the Route 12 bridge. | Photo by Ruth Hollander]

We also had a few surprises, including a single northern shrike near the sewage ponds and a flock of 14 snow buntings on the old Prairie farm.

The full results will be submitted to the national count database this week. See you all at the potluck on the 18th!
'''))

A(dict(
    name='en-table-county-fair-results', lang='en', cms='table_legacy',
    url='http://www.cloverdaleclarion.test/news/story.asp?id=20260304-fair',
    site='Cloverdale Clarion', section='Local News',
    title='4-H members sweep livestock awards at county fair',
    pub='2026-03-04T08:00:00-06:00', authors=['Bill Thorsen'], byline_text='By Bill Thorsen, Clarion Staff Writer', tz='America/Chicago',
    table_date='mdy', date_order='MDY',
    charset={'declared': 'iso-8859-1', 'actual': 'windows-1252',
             'note': 'Declared ISO-8859-1 in a meta http-equiv, bytes are windows-1252 (curly quotes and dashes in 0x80-0x9F).'},
    notes='Visible date is 03/04/2026 (US order: March 4). No machine-readable date.',
    body='''
Members of Cloverdale County 4-H clubs <!-- #BeginEditable "story" -->took home top honors in nearly every livestock category at the Winter Agricultural Fair, held last weekend at the county fairgrounds.

Judges evaluated more than 300&nbsp;animals over two days. \u201cThe quality this year was outstanding,\u201d said head judge Marlene Voss of Ames. \u201cThese young people clearly put in the work.\u201d

Grand champions in the main classes were:

| Class | Exhibitor | Club |
| Market steer | Tanner Lindgren | Prairie Hustlers |
| Market hog | Abby Ruhl | Clover Kids |
| Market lamb | Jose Alvarado | Westside Wranglers |
| Dairy heifer | Kaylee Dunmore | Prairie Hustlers |

The livestock auction on Sunday raised $86,400, with the grand champion steer selling for $7.25 a pound to Cloverdale Farm & Feed.

Fair board president Don Ekstrom thanked the volunteers who kept the barns heated through the cold snap.

~ Clarion photographer Amy Pruett contributed to this report.
'''))

A(dict(
    name='en-drupal-university-research-grant', lang='en', cms='drupal',
    url='https://news.weatherfielduniversity.test/news/2025-10/researchers-win-12m-grant-study-river-microplastics',
    site='Weatherfield University News', section='Research',
    title='Researchers win $12 million grant to study microplastics in river systems',
    pub='2025-10-21T10:15:00-04:00', mod='2025-10-22T09:00:00-04:00', authors=['Alicia Romero'], tz='America/New_York',
    tags=['environment', 'microplastics', 'grants'], opts=['jsonld', 'show_changed', 'share'],
    lead='A team led by Weatherfield University environmental engineers will spend five years tracking how microplastics move through three major river basins.',
    body='''
The grant from the National Water Research Council is the largest in the history of the university\u2019s College of Engineering. It will fund 14 graduate students and postdoctoral researchers, as well as a mobile laboratory that can sample water and sediment on site.

Professor Denise Oyelowo, the project\u2019s principal investigator, said the team will focus on how particles smaller than a grain of sand travel from cities and farms into rivers, and eventually into drinking water supplies.

\u201cWe know microplastics are everywhere,\u201d Oyelowo said. \u201cWhat we don\u2019t know is where they accumulate, how long they stay, and what that means for the people downstream.\u201d

The project will partner with six water utilities and two tribal nations. Data will be published in an open online database updated every three months.

Fieldwork begins in the spring.
'''))

A(dict(
    name='en-nuxt-stadium-deal', lang='en', cms='nuxt',
    url='https://www.riverbendsentinel.test/sports/2026/02/08/rapids-stadium-deal-approved',
    site='Riverbend Sentinel', section='Sports',
    title='City council approves $410 million stadium deal to keep the Rapids downtown',
    pub='2026-02-08T22:10:00-05:00', authors=['Terrence Hale'], tz='America/New_York',
    tags=['Rapids', 'stadium'], opts=['jsonld'],
    body='''
After a seven-hour meeting that stretched past 10 p.m., the Riverbend City Council voted 9-4 on Sunday to approve a $410 million agreement to build a new stadium for the Riverbend Rapids on the site of the current ballpark.

The city will contribute up to $160 million through bonds repaid by a hotel tax, while the team\u2019s owners will cover the rest and any cost overruns. In return, the Rapids agreed to a 30-year lease.

[ad]

Supporters said the deal would keep the team downtown and anchor a new riverfront district. Opponents argued that the public share was too large at a time when the city is cutting library hours.

Construction is expected to start in the fall of 2027.
'''))
