"""The articles of the retractions world: invented prose, one story per article.

Every text here is made up for the fixture. Each article tells a different story in its own
words, so that no two bodies are near-duplicates of each other. Articles whose ``maduro`` flag
is true name "Maduro" in their body; the others never do (nor "maduro" in any sense).
"""

ARTICLES = [
    {
        "key": "gone_404",
        "slug": "maduro-defence-asks-for-delay-in-manhattan-hearing",
        "section": "politics",
        "author": "Lucía Berrizbeitia",
        "hours_ago": 3,
        "maduro": True,
        "title": "Defence asks for delay in Manhattan hearing",
        "lead": "Lawyers for Nicolás Maduro asked a federal judge on Monday to postpone a "
                "pretrial hearing by six weeks, saying they had not yet received thousands of "
                "pages of intercepted messages.",
        "paragraphs": [
            "The motion, filed shortly before midnight, argues that the prosecution delivered "
            "its first batch of discovery material on encrypted drives that the defence team "
            "could not open for eleven days because of a missing password.",
            "Prosecutors said in a two-page reply that the drives had been accompanied by "
            "written instructions and that a postponement would reward what they called a "
            "strategy of attrition. They asked the court to keep the February calendar.",
            "Judge Harriet Okonkwo gave both sides until Thursday to agree on a schedule for "
            "the remaining material, and warned that she would not move the date twice.",
            "Outside the courthouse a handful of protesters held banners, some demanding a "
            "speedy trial and others calling the case a political show staged for voters.",
        ],
    },
    {
        "key": "gone_410",
        "slug": "caracas-markets-react-to-maduro-court-date",
        "section": "business",
        "author": "Tomás Arreaza",
        "hours_ago": 4,
        "maduro": True,
        "title": "Caracas traders shrug off court date as bolívar slips again",
        "lead": "The bolívar lost another 2.4 percent against the dollar on the parallel market "
                "on Tuesday, but brokers in Caracas said the new court date for Maduro had "
                "little to do with it.",
        "paragraphs": [
            "Currency desks in Chacao reported thin volumes throughout the morning session. "
            "Most importers, one broker said, had already bought the dollars they needed for "
            "the first quarter and were simply waiting.",
            "Economists at a local consultancy estimate monthly inflation at nine percent, "
            "down from the double digits recorded in the autumn, largely because public "
            "spending has been frozen since the summer.",
            "Shopkeepers along Avenida Urdaneta said prices for flour and cooking oil were "
            "being updated twice a week again, a habit many had abandoned during the brief "
            "stability of the previous year.",
            "The central bank did not publish its weekly intervention figures, the third week "
            "in a row it has skipped the release without explanation.",
        ],
    },
    {
        "key": "back_after_404",
        "slug": "oil-tankers-wait-off-jose-as-maduro-case-drags-on",
        "section": "business",
        "author": "Marisela Quintero",
        "hours_ago": 5,
        "maduro": True,
        "title": "Tankers idle off José terminal as licensing questions linger",
        "lead": "Seven crude tankers were anchored off the José terminal on Wednesday, waiting "
                "for loading permits that shipping agents say have slowed since Maduro's "
                "arraignment.",
        "paragraphs": [
            "Satellite tracking data reviewed by the Ledger show the vessels have waited an "
            "average of nineteen days, roughly twice the usual turnaround for heavy crude "
            "cargoes bound for Asian refiners.",
            "An official at the state oil company, speaking on condition of anonymity, blamed "
            "a backlog of paperwork at the ports authority rather than any change of policy, "
            "and said the queue would clear within a fortnight.",
            "Traders in Houston are less sure. Two of the tankers have already had their "
            "charters extended at a cost of about forty thousand dollars a day each.",
            "Output from the Orinoco belt fell for the second consecutive month in November, "
            "according to figures published by producing countries.",
        ],
    },
    {
        "key": "gone_twice",
        "slug": "maduro-supporters-rally-in-plaza-bolivar",
        "section": "politics",
        "author": "Daniela Chirinos",
        "hours_ago": 6,
        "maduro": True,
        "title": "Thousands rally in Plaza Bolívar on anniversary",
        "lead": "Several thousand supporters of Maduro filled Plaza Bolívar on Saturday, waving "
                "red flags and portraits on the anniversary of his first inauguration.",
        "paragraphs": [
            "Buses from Aragua and Miranda began arriving before dawn. Organisers from the "
            "governing party handed out caps and bottled water while a sound system played "
            "campaign songs from a decade ago.",
            "Speakers on a stage beside the cathedral denounced the proceedings abroad as an "
            "abduction and promised to keep a vigil in the square every Saturday until the "
            "case is closed.",
            "Police estimated the crowd at eight thousand; the organisers claimed fifty "
            "thousand. Aerial photographs taken at noon suggest a figure closer to the lower "
            "one.",
            "The rally dispersed peacefully by late afternoon, and street sweepers had "
            "cleared the square of leaflets before the evening mass.",
        ],
    },
    {
        "key": "gone_through_outage",
        "slug": "colombian-border-towns-watch-maduro-trial-closely",
        "section": "politics",
        "author": "Andrés Pabón",
        "hours_ago": 7,
        "maduro": True,
        "title": "In Cúcuta, the trial plays on every shop radio",
        "lead": "On the Colombian side of the Simón Bolívar bridge, money changers and "
                "fruit sellers follow every twist of the case against Maduro on "
                "portable radios.",
        "paragraphs": [
            "Cúcuta has absorbed hundreds of thousands of Venezuelans over the past decade, "
            "and many of them still send remittances home through the informal exchange "
            "booths that line the road to the crossing.",
            "A seamstress who left Barquisimeto in 2019 said she listens to the hearings "
            "while she works because her brother, a former soldier, was named in an early "
            "version of the indictment and later dropped from it.",
            "Municipal officials say traffic across the bridge has not changed since the "
            "arrest, although the queue for Colombian residence permits has grown longer.",
            "The city council has asked Bogotá for extra funding for schools that now teach "
            "more Venezuelan pupils than local ones in some neighbourhoods.",
        ],
    },
    {
        "key": "unavailable_503",
        "slug": "maduro-lawyers-file-motion-over-seized-aircraft",
        "section": "politics",
        "author": "Lucía Berrizbeitia",
        "hours_ago": 8,
        "maduro": True,
        "title": "Lawyers file motion over seized presidential aircraft",
        "lead": "Maduro's legal team filed a motion on Friday challenging the seizure of a "
                "Dassault Falcon jet impounded in the Dominican Republic last year.",
        "paragraphs": [
            "The filing argues that the aircraft belonged to the Venezuelan state rather than "
            "to any individual and was therefore protected by sovereign immunity at the time "
            "it was taken.",
            "The Justice Department has said the jet was bought through shell companies in "
            "violation of export controls and is evidence in a separate forfeiture case now "
            "pending in Florida.",
            "Aviation records show the plane has not flown since it was towed to a military "
            "hangar near Santo Domingo, where it is kept under guard.",
            "A hearing on the motion has not been scheduled. Legal analysts said such "
            "immunity claims rarely succeed once an aircraft is in federal custody.",
        ],
    },
    {
        "key": "server_errors",
        "slug": "judge-sets-rules-for-press-at-maduro-trial",
        "section": "politics",
        "author": "Harold Villasmil",
        "hours_ago": 9,
        "maduro": True,
        "title": "Judge sets strict rules for reporters covering trial",
        "lead": "Reporters covering the Maduro trial will have to leave phones at the door and "
                "share twelve press seats by lottery, under an order issued on Thursday.",
        "paragraphs": [
            "The order also bars sketch artists from drawing the faces of cooperating "
            "witnesses, several of whom are expected to testify from behind a screen for "
            "their own protection.",
            "An overflow room with a video feed will hold another forty journalists. Media "
            "organisations had asked for a hundred seats, citing the worldwide interest in "
            "the proceedings.",
            "A coalition of press freedom groups said it would not contest the order but "
            "asked the court to publish daily transcripts within twenty-four hours.",
            "Court officials said a lottery for the first week of seats will be held on the "
            "Monday before opening statements.",
        ],
    },
    {
        "key": "hang",
        "slug": "maduro-era-ministers-named-in-new-indictment",
        "section": "politics",
        "author": "Daniela Chirinos",
        "hours_ago": 10,
        "maduro": True,
        "title": "Three former ministers named in superseding indictment",
        "lead": "Three ministers who served in Maduro's cabinet were named on Wednesday in a "
                "superseding indictment unsealed by prosecutors in New York.",
        "paragraphs": [
            "The new charges accuse the former ministers of energy, finance and transport of "
            "laundering proceeds from inflated contracts through banks in Andorra and "
            "Panama between 2015 and 2020.",
            "None of the three is in American custody. One is believed to live in Moscow; "
            "the whereabouts of the other two are unknown, according to the filing.",
            "The superseding indictment runs to ninety-one pages and adds two counts of "
            "conspiracy to the original case, which prosecutors say will not delay the "
            "trial.",
            "A spokesman for the foreign ministry in Caracas called the document fiction "
            "and said the government would not respond to it in detail.",
        ],
    },
    {
        "key": "reset",
        "slug": "venezuelan-diaspora-in-miami-follows-maduro-proceedings",
        "section": "politics",
        "author": "Carolina Urdaneta",
        "hours_ago": 11,
        "maduro": True,
        "title": "In Doral, a bakery becomes a courtroom gallery",
        "lead": "Every weekday morning a bakery in Doral, Florida, turns its television to the "
                "news about Maduro and its regulars argue over arepas and coffee.",
        "paragraphs": [
            "The owner, who arrived from Maracaibo in 2016, says business has never been "
            "better. Customers linger for hours, and she has added a second coffee machine "
            "to keep up.",
            "Opinions at the counter range from jubilation to suspicion. An engineer who "
            "lost his job at the state oil company said he would believe in justice only "
            "when he saw a verdict.",
            "Local radio stations have started broadcasting summaries of each hearing in "
            "Spanish at lunchtime, and a community centre nearby shows the evening news on a "
            "projector.",
            "City officials estimate that more than forty thousand Venezuelans now live in "
            "Doral, which some residents have nicknamed Doralzuela.",
        ],
    },
    {
        "key": "moved_301",
        "slug": "maduro-pleads-not-guilty-to-new-charges",
        "new_slug": "americas/maduro-pleads-not-guilty-to-new-charges",
        "section": "politics",
        "author": "Harold Villasmil",
        "hours_ago": 12,
        "maduro": True,
        "title": "Pleads not guilty to added conspiracy counts",
        "lead": "Nicolás Maduro pleaded not guilty on Tuesday to two conspiracy counts added to "
                "his case last week, speaking through an interpreter in a brief appearance.",
        "paragraphs": [
            "Wearing a dark suit rather than prison clothing, he answered the judge's "
            "questions in a few words and did not address the gallery, where members of "
            "his family sat in the second row.",
            "The hearing lasted twenty minutes. Defence counsel told reporters afterwards "
            "that they would ask for the new counts to be tried separately.",
            "Prosecutors said the added charges rest on the same evidence already shared "
            "with the defence and should not affect the timetable set in the autumn.",
            "The next status conference is set for the second week of January.",
        ],
    },
    {
        "key": "moved_308",
        "slug": "valencia-football-club-unveils-stadium-plan",
        "new_slug": "sport/valencia-football-club-unveils-stadium-plan",
        "section": "business",
        "author": "Rafael Sojo",
        "hours_ago": 13,
        "maduro": False,
        "title": "Valencia club unveils plan for a 30,000-seat stadium",
        "lead": "Carabobo's best-supported football club presented plans on Thursday for a "
                "covered stadium on the site of a disused textile mill.",
        "paragraphs": [
            "The design, by a Bogotá architecture studio, features a translucent roof, a "
            "running track around the pitch for athletics meetings and a market hall under "
            "the main stand.",
            "The club's president said the project would be financed by a bond sold to "
            "members and by naming rights, and that no public money would be sought.",
            "Neighbours welcomed the prospect of new jobs but worried about traffic on match "
            "days, since the only access road already jams during the evening rush.",
            "Construction could begin in eighteen months if the municipal planning board "
            "approves the change of land use in its spring session.",
        ],
    },
    {
        "key": "soft_404",
        "slug": "maduro-transfer-to-new-jail-reported",
        "section": "politics",
        "author": "Carolina Urdaneta",
        "hours_ago": 14,
        "maduro": True,
        "title": "Reports of jail transfer denied by prison bureau",
        "lead": "The federal prison bureau denied on Sunday that Maduro had been moved out of "
                "the Brooklyn detention centre, after reports of a transfer spread online.",
        "paragraphs": [
            "A video circulating on messaging apps showed an armoured convoy leaving the "
            "facility at night. The bureau said it showed a routine transport of other "
            "detainees to a hospital.",
            "Defence lawyers said they had visited their client on Saturday afternoon and "
            "found him in the same unit, in good health, reading court papers.",
            "The detention centre has been criticised for years over power outages and "
            "staffing shortages, and a judge ordered an inspection of its heating last "
            "winter.",
            "The bureau does not comment on the housing of individual inmates, a spokeswoman "
            "said, beyond confirming their presence in a facility.",
        ],
    },
    {
        "key": "quiet_removed",
        "slug": "puerto-cabello-dredging-contract-awarded",
        "section": "business",
        "author": "Rafael Sojo",
        "hours_ago": 15,
        "maduro": False,
        "title": "Puerto Cabello dredging contract goes to Dutch-led group",
        "lead": "A consortium led by a Dutch marine engineering firm won a contract to deepen "
                "the access channel of Puerto Cabello, the port authority said on Monday.",
        "paragraphs": [
            "The work will take the channel from twelve to fifteen metres, allowing larger "
            "container ships to call without transferring cargo at Caribbean hubs first.",
            "The port authority put the value of the contract at 140 million dollars, to be "
            "paid partly in fees collected from shipping lines over the next eight years.",
            "Fishermen in the bay of Borburata have asked for guarantees that silt will not "
            "be dumped near the reefs where they set their nets.",
            "Dredgers are expected to arrive from Rotterdam in March, once environmental "
            "surveys of the disposal areas are complete.",
        ],
    },
    {
        "key": "control",
        "slug": "what-we-know-about-the-maduro-case",
        "section": "politics",
        "author": "Lucía Berrizbeitia",
        "hours_ago": 2,
        "maduro": True,
        "title": "What we know about the case so far",
        "lead": "A guide to the charges, the timetable and the people involved in the federal "
                "case against Nicolás Maduro, updated as the proceedings go on.",
        "paragraphs": [
            "The charges: narco-terrorism conspiracy, cocaine importation conspiracy and "
            "weapons offences, first brought in 2020 and expanded since. Each carries a "
            "long mandatory minimum sentence if proven.",
            "The court: the Southern District of New York, where the case has been assigned "
            "to a judge known for tight schedules and few adjournments.",
            "The defence: a team of five lawyers led by a former federal prosecutor, who "
            "has said the case rests on the word of convicted traffickers seeking leniency.",
            "What comes next: jury selection is expected to take two weeks, and the trial "
            "itself could last three months, according to estimates given in court.",
        ],
    },
]

# Related News: which articles each article links to (by key). Stories stay apart: the
# articles naming Maduro link only to each other; the two others only to each other.
RELATED = {
    "gone_404": ["control", "moved_301", "unavailable_503"],
    "gone_410": ["back_after_404", "control", "gone_404"],
    "back_after_404": ["gone_410", "control", "gone_twice"],
    "gone_twice": ["control", "gone_through_outage", "reset"],
    "gone_through_outage": ["reset", "control", "gone_twice"],
    "unavailable_503": ["gone_404", "hang", "control"],
    "server_errors": ["control", "soft_404", "gone_404"],
    "hang": ["moved_301", "unavailable_503", "control"],
    "reset": ["gone_through_outage", "gone_twice", "control"],
    "moved_301": ["hang", "gone_404", "control"],
    "moved_308": ["quiet_removed"],
    "soft_404": ["server_errors", "control", "hang"],
    "quiet_removed": ["moved_308"],
    "control": ["gone_404", "moved_301", "server_errors", "soft_404"],
}
