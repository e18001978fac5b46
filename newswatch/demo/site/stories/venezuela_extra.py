"""Venezuela/Maduro background pieces reachable only through related links, and the edition-2 changes."""

from functools import partial

from newswatch.demo.site.model import make

_a = partial(make, "venezuela", "The New York Times, Reuters, Associated Press")

# A chain of unlisted explainers: each is linked only from the one before it, so the last
# sits several clicks away from the home page and tests a crawler's depth handling.
HIDDEN = [
    _a("maduro-2020-indictment-explained", "Explainer: The 2020 Indictment Against Maduro",
       "The case that brought Nicolás Maduro to a Manhattan courtroom was filed in 2020 and accuses him of "
       "conspiring with Colombian guerrillas to ship cocaine to the United States.",
       "2026-01-05", "America", ["Venezuela", "Nicolás Maduro", "Justice"], [
           (None, ["The charges Maduro faces in New York date back to March 2020, when federal prosecutors in "
                   "the Southern District of New York unsealed an indictment accusing him and more than a dozen "
                   "senior officials of a narco-terrorism conspiracy. Prosecutors alleged that the group "
                   "partnered with FARC guerrillas to use cocaine as a weapon against the United States."]),
           ("What Prosecutors Must Prove", [
               "To secure a conviction, the government must show that the defendant knowingly joined an "
               "agreement to import cocaine and to support a designated terrorist organization. Legal experts "
               "say testimony from former Venezuelan officials who have cooperated will be central to the trial.",
               "Defense lawyers are expected to argue that a sitting head of state enjoys immunity from "
               "prosecution abroad. US courts rejected a similar argument in the case of Panama's Manuel "
               "Noriega, who was captured in 1990 and later convicted in Miami."]),
       ], ["us-forces-detain-maduro-caracas", "cartel-de-los-soles-profile", "us-doubles-bounty-on-maduro"],
       listed=False),
    _a("cartel-de-los-soles-profile", "Who Are the Cartel de los Soles?",
       "US prosecutors describe the Cartel de los Soles as a network of Venezuelan officers who profited from "
       "cocaine shipments; researchers say it is less a cartel than a system of protection.",
       "2026-01-05", "America", ["Venezuela", "Drug Trafficking"], [
           (None, ["The name Cartel de los Soles refers to the sun insignia worn by Venezuelan generals, and it "
                   "was first used in the 1990s to describe officers suspected of taking bribes from drug "
                   "traffickers. Washington designated the group a terrorist organization last year, widening "
                   "the legal tools available to prosecutors."]),
           ("A Network, Not a Pyramid", [
               "Researchers who have studied the trade say there is no single command structure. Instead, "
               "military and police units along the border with Colombia are accused of charging fees to let "
               "shipments pass through the airstrips and ports they control.",
               "A former military intelligence chief extradited from Spain in 2023 has told US investigators he "
               "can describe how the arrangement worked, and his testimony is considered one of the strongest "
               "pieces of evidence in the government's case."]),
       ], ["maduro-2020-indictment-explained", "venezuela-gold-reserves-bank-of-england",
           "us-doubles-bounty-on-maduro"], listed=False),
    _a("venezuela-gold-reserves-bank-of-england", "Fate of Venezuela's Gold in London Back in Focus",
       "Nearly $2 billion of Venezuelan gold held at the Bank of England has been frozen for years by a legal "
       "dispute over who represents the country.",
       "2026-01-05", "America", ["Venezuela", "Gold"], [
           (None, ["About 31 tonnes of Venezuelan gold stored in the vaults of the Bank of England are again the "
                   "subject of legal maneuvering after the change of government in Caracas. The bullion, worth "
                   "close to $2 billion at current prices, has been frozen since 2019 while rival boards of the "
                   "central bank fought over control."]),
           ("Courts Waited on Recognition", [
               "British courts have repeatedly ruled that the question turns on which authority London "
               "recognizes as the legitimate government. Lawyers for both sides said they expected fresh "
               "filings within weeks.",
               "Economists note that the gold would cover only a fraction of the country's external debt, "
               "estimated at more than $150 billion, but say access to it would give a new administration room "
               "to import food and medicine."]),
       ], ["cartel-de-los-soles-profile", "venezuela-bondholders-eye-restructuring", "venezuela-oil-output-outlook"],
       listed=False),
    _a("venezuela-bondholders-eye-restructuring", "Venezuela Bondholders Prepare for Restructuring Talks",
       "Holders of defaulted Venezuelan and PDVSA bonds are organizing creditor committees, betting that a new "
       "government will open the door to one of the largest sovereign restructurings on record.",
       "2026-01-06", "Economy", ["Venezuela", "Debt"], [
           (None, ["Prices of defaulted Venezuelan government bonds jumped to their highest level in years as "
                   "investors bet that the change of leadership would open the way to a debt restructuring. "
                   "Several funds said they had begun forming creditor committees to negotiate with whichever "
                   "authority emerges in Caracas."]),
           ("Citgo at the Center", [
               "Any deal is complicated by the court-ordered auction of Citgo, the US refining subsidiary of "
               "PDVSA, which creditors have pursued for years in Delaware. Holders of the company's 2020 notes "
               "claim a lien on shares in the refiner.",
               "Restructuring specialists caution that talks could take years. Total claims, including "
               "arbitration awards and bilateral loans from China and Russia, may exceed the country's annual "
               "economic output several times over."]),
       ], ["venezuela-gold-reserves-bank-of-england", "venezuela-oil-output-outlook"], listed=False),
]

# Edition 2: a corrected headline and one appended paragraph on a listed article...
EDITED_TITLE = "US Forces Detain Maduro and Wife Cilia Flores in Caracas Raid"
EDIT_PARAGRAPH = (
    "Correction and update: An earlier version of this article did not report that Maduro's wife, Cilia "
    "Flores, was also detained in the raid. Justice Department officials confirmed on Thursday that both were "
    "being held at a federal detention center in Brooklyn ahead of an arraignment in Manhattan.")
EDIT_DATE = "2026-01-08"

# ...and a new article that no older article links to, so only listings reveal it.
NEW_ARTICLE = _a(
    "maduro-pleads-not-guilty-new-york", "Maduro Pleads Not Guilty in New York Court",
    "Nicolás Maduro appeared before a federal judge in Manhattan and pleaded not guilty to narco-terrorism "
    "and drug trafficking charges.",
    "2026-01-08", "America", ["Venezuela", "Nicolás Maduro", "Justice"], [
        (None, ["Nicolás Maduro pleaded not guilty on Thursday to narco-terrorism and cocaine trafficking "
                "charges at a brief hearing in federal court in Manhattan. Speaking through an interpreter, "
                "Maduro told the judge he had been captured unlawfully before his lawyers entered the plea on "
                "his behalf."]),
        ("Trial Date Not Set", [
            "The judge ordered that he remain in custody and scheduled a status conference for next month. "
            "Prosecutors said they would seek to try him together with several co-defendants, while the defense "
            "signaled motions arguing that the arrest violated international law.",
            "Outside the courthouse, dozens of Venezuelans gathered behind police barriers, some cheering and "
            "others holding signs calling the case a kidnapping. Security around the building was unusually "
            "heavy, with officers posted on nearby rooftops."]),
    ], ["us-forces-detain-maduro-caracas", "trump-offered-maduro-exile-turkiye",
        "venezuela-interim-leader-offers-us-cooperation"])
