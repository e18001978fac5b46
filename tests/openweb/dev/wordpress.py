"""The Isthmus Ledger: an English-language WordPress outlet in Panama City (UTC-05:00, no DST).

Theme "Ledger" with Yoast SEO (JSON-LD @graph, author as an @id reference), Jetpack related
posts (block markup, <ul>, tracking parameters on every link), YARPP on the opinion post,
Yoast-style "Read more" internal-link boxes, the AMP plugin in paired mode with the /amp/
suffix, WP-Print (/print/), /?p=ID shortlinks, comments with #comment-N permalinks and
?replytocom=N reply links, skip links, a Jetpack "Trending" widget and a "More news" list.
"""

from __future__ import annotations

import hashlib
import json
import re

from .common import (PNG, Article, Outlet, Resp, en_date, en_time, esc, image, iso,
                     not_found, page, redirect, rfc822, split_target, xml, ago)

CATEGORIES = {"world": "World", "panama": "Panama", "business": "Business", "opinion": "Opinion"}

# (comment id, author, minutes after the post, text, first edition)
COMMENTS = {
    "W1": [(12, "Carlos M.", 35, "Finally some accountability. Let's see if the trial actually happens.", 1),
           (13, "Jenny P.", 80, "The photo of the crowd outside the courthouse says it all.", 1),
           (14, "R. Batista", 140, "Will the court allow cameras? I doubt it.", 1),
           (15, "Omar T.", 1500, "Thanks for the correction about the hearing.", 2)],
    "W2": [(21, "Yoselin", 50, "My cousin is one of the people collecting names in Calidonia.", 1),
           (22, "Mark H.", 95, "Good reporting, more of this please.", 1)],
    "W4": [(31, "Capt. Arosemena", 60, "Fifty feet is still below the design draft of the new locks.", 1),
           (32, "Elena V.", 1900, "The Indio valley families deserve a real hearing.", 2)],
    "W9": [(41, "Kathy L.", 30, "Took it this morning, the view from the bridge is amazing.", 1),
           (42, "Rubén", 70, "Two years late but it is finally here.", 1)],
    "W10": [(51, "Aid worker", 200, "The numbers are down but the route is as dangerous as ever.", 2)],
}


def _slugify_title(t):
    return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")


class WordPress(Outlet):
    name = "isthmusledger"
    cms = "wordpress"
    language = "en"
    source = "The Isthmus Ledger"
    tz = -300
    server_header = "nginx"
    extra_headers = {"X-Powered-By": "PHP/8.2.14"}

    # ------------------------------------------------------------------ content
    def build(self):
        A = Article
        arts = [
            A("W1", "maduro-arraigned-in-manhattan-federal-court",
              "Maduro arraigned in Manhattan federal court",
              "The ousted Venezuelan leader pleaded not guilty to narco-terrorism and drug trafficking charges in a brief hearing.",
              [
                  "Nicolás Maduro pleaded not guilty to narco-terrorism and drug trafficking charges in a Manhattan federal courtroom, two days after US forces detained him in Caracas and flew him to New York.",
                  "Wearing a tan jail uniform, the former Venezuelan president spoke through an interpreter and answered the judge's questions in a steady voice. His wife, Cilia Flores, who faces related charges, appeared separately and also entered a not guilty plea.",
                  "Prosecutors told the court that the case rests on a 2020 indictment and on testimony from former officials who have agreed to cooperate. They asked that Maduro remain in custody, arguing that he has the resources and the contacts to flee.",
                  "Defense lawyers did not contest detention for now but said they would challenge the legality of the arrest. The judge set a status conference for next month and ordered both sides to propose a schedule for the exchange of evidence.",
                  "Outside the courthouse, a small crowd of Venezuelan exiles waved flags and chanted, while a handful of supporters held signs calling the arrest a kidnapping. Police kept the two groups apart on opposite sides of the street.",
              ],
              hours=30, mod_hours=29, section="world", author="Ana Ruiz",
              related=["W3", "W2"], related2=["W11", "W3", "W2"],
              paras2=[
                  "Nicolás Maduro pleaded not guilty to narco-terrorism and drug trafficking charges in a Manhattan federal courtroom, two days after US forces detained him in Caracas and flew him to New York.",
                  "Wearing a tan jail uniform, the former Venezuelan president spoke through an interpreter and answered the judge's questions in a steady voice. His wife, Cilia Flores, who faces related charges, appeared at the same hearing and also entered a not guilty plea.",
                  "Prosecutors told the court that the case rests on a 2020 indictment and on testimony from former officials who have agreed to cooperate. They asked that Maduro remain in custody, arguing that he has the resources and the contacts to flee.",
                  "Defense lawyers did not contest detention for now but said they would challenge the legality of the arrest. The judge set a status conference for next month and ordered both sides to propose a schedule for the exchange of evidence.",
                  "Outside the courthouse, a small crowd of Venezuelan exiles waved flags and chanted, while a handful of supporters held signs calling the arrest a kidnapping. Police kept the two groups apart on opposite sides of the street.",
                  "Later that evening, Maduro's lawyers filed a motion asking the court to order the government to disclose how the operation that led to his arrest was planned and approved.",
                  "Correction: An earlier version of this article said that Cilia Flores appeared at a separate hearing. She appeared at the same hearing as her husband.",
              ],
              mod_hours2=25 / 60),
            A("W2", "venezuelan-migrants-in-panama-weigh-a-return",
              "Venezuelan migrants in Panama weigh a return after Maduro's fall",
              "In Calidonia, where many Venezuelans settled over the past decade, the talk this week is about going home.",
              [
                  "In the fondas and barbershops of Calidonia, the Panama City neighborhood where many Venezuelans settled over the past decade, the talk this week is about going home.",
                  "Several migrants said the detention of Nicolás Maduro had changed their calculations overnight, but few were ready to buy a ticket. Most said they would wait to see whether the interim authorities can restore basic services and keep order.",
                  "Panama's migration office estimates that about 140,000 Venezuelans live legally in the country, many of them with temporary protection permits that expire next year. Officials said they had no plans to change those permits.",
                  "Community groups have begun collecting the names of families who want to travel by land or by air, hoping to negotiate lower fares with airlines. One organizer said she had received more than 600 messages in two days.",
                  "For others, the decision is less urgent. A nurse who arrived in 2018 said her children now attend Panamanian schools and that she would visit Caracas first before deciding anything.",
              ],
              hours=26, section="world", author="Daniel Okafor", related=["W1", "W3"],
              extra={"read_more": ["W1"], "read_more_after": 3}),
            A("W3", "delcy-rodriguez-sworn-in-as-interim-leader",
              "Delcy Rodríguez sworn in as interim leader, promises to lift oil output",
              "Venezuela's new interim president pledged elections within a year and a recovery of the battered oil industry.",
              [
                  "Delcy Rodríguez was sworn in as Venezuela's interim president at a brief ceremony in Caracas, pledging to hold elections within a year and to restore the country's battered oil production.",
                  "Rodríguez, who served as vice president and oil minister under Nicolás Maduro, said her government would seek talks with Washington on sanctions relief and would invite foreign companies back to the Orinoco belt.",
                  "The ceremony was attended by the heads of the armed forces and the National Assembly, a sign that the military leadership has accepted the transition for now. Opposition leaders were not present and called the arrangement a continuation of the old government under a new name.",
                  "Oil analysts said output could rise quickly if spare parts and diluents become available, but warned that years of underinvestment would limit any recovery. Production fell below 800,000 barrels a day last year.",
                  "In Panama City, the foreign ministry said it was studying the situation and would consult regional partners before deciding whether to recognize the interim government.",
              ],
              hours=20, mod_hours=19.5, section="world", author="Ana Ruiz",
              related=["W1", "W2"], related2=["W11", "W1", "W2"]),
            A("W4", "canal-authority-raises-draft-limit-as-rains-refill-gatun-lake",
              "Canal authority raises draft limit as rains refill Gatun Lake",
              "Ships using the Neopanamax locks may load to 50 feet again, and the canal is offering 36 daily slots.",
              [
                  "The Panama Canal Authority raised the maximum draft for ships using the Neopanamax locks to 50 feet, the first increase in months, after heavy rains refilled Gatun Lake.",
                  "The lake, which supplies the water used to lift and lower ships, rose nearly two meters in three weeks. Canal officials said the higher level allows the waterway to offer 36 daily transit slots, up from 32.",
                  "Shipping lines had been forced to lighten loads or pay for auction slots during the dry months, adding costs that were passed on to importers in the United States and Asia. Several carriers said they would restore full loads on their Asia to US East Coast services.",
                  "The authority warned that the change could be reversed if the coming dry season is severe. It is pushing ahead with plans for a reservoir on the Indio River, which would secure water for ships and for the two million people who drink from the same lakes.",
                  "Farmers and residents of the Indio valley oppose the project, which would flood several villages. Hearings on the reservoir are scheduled to resume next month.",
              ],
              hours=33, section="panama", author="Luis Herrera", related=["W8", "W9", "W6"]),
            A("W5", "copa-airlines-orders-ten-more-jets",
              "Copa Airlines orders ten more jets to expand its Panama hub",
              "The carrier will add routes to secondary cities in Brazil, Mexico and the United States.",
              [
                  "Copa Airlines has ordered ten more Boeing 737 MAX jets, the carrier said, as it expands its Hub of the Americas at Tocumen International Airport.",
                  "The new aircraft will be delivered over three years and will allow the airline to add routes to secondary cities in Brazil, Mexico and the United States. Copa already flies to more than 80 destinations from Panama City.",
                  "Regional carriers have complained about delivery delays at Boeing, and Copa said it had negotiated penalties for late aircraft. It did not disclose the price of the order.",
                  "Tocumen handled a record 18 million passengers last year, most of them connecting between North and South America. The airport operator is building a new set of gates to handle the growth.",
                  "Analysts said the order signals confidence in travel demand across Latin America despite slower economic growth in several large markets.",
              ],
              hours=28, section="business", author="Marta Quintero", related=["W6", "W9"]),
            A("W6", "colon-free-zone-posts-record-re-export-quarter",
              "Colón Free Zone posts record re-export quarter",
              "Electronics, pharmaceuticals and clothing led the growth, most of it bound for Central America and Colombia.",
              [
                  "Companies in the Colón Free Zone re-exported goods worth 3.1 billion dollars in the last quarter, the highest figure ever recorded, according to data from the zone's administration.",
                  "Electronics, pharmaceuticals and clothing led the growth, with most shipments bound for Colombia, Costa Rica and Guatemala. Traders said demand in Central America had been stronger than expected.",
                  "The zone, founded in 1948, is the largest free trade area in the Americas and employs about 30,000 people. It has struggled in recent years with competition from e-commerce platforms that ship directly to consumers.",
                  "Administrators credited a new digital customs system that cut clearance times from three days to a few hours. They said they would extend it to all warehouses by the middle of the year.",
                  "Business groups in Colón, one of the country's poorest cities, called for more of the zone's revenue to be invested in housing and water services for local residents.",
              ],
              hours=24, section="business", author="Marta Quintero", related=["W5", "W7"]),
            A("W7", "colombia-holds-benchmark-rate-steady-as-inflation-cools",
              "Colombia holds benchmark rate steady as inflation cools",
              "The central bank in Bogotá wants more evidence that inflation is falling before it cuts again.",
              [], hours=14, section="business", author="Meridian Wire", related=["W6", "W5"],
              copy_of="M3", copy_canonical=True,
              lead="Colombia's central bank left its benchmark interest rate unchanged at 9.25%.",
              tail=["This story was provided by Meridian Wire."]),
            A("W8", "opinion-the-canal-needs-a-water-plan-not-another-study",
              "Opinion: The canal needs a water plan, not another study",
              "Every dry season Panama rediscovers that its most valuable asset depends on rain.",
              [
                  "Every dry season, Panama rediscovers that its most valuable asset depends on rain. And every rainy season, the urgency fades as Gatun Lake fills up again.",
                  "This year's good news from the canal should not fool anyone. The waterway and the capital's taps draw on the same reservoirs, and the population that depends on them grows every year.",
                  "Successive governments have commissioned studies on new reservoirs, desalination and water recycling in the locks. What they have not done is choose one and pay for it.",
                  "The Indio River project has real costs for the families who live in the valley, and they deserve fair compensation and a say in where they move. But doing nothing also has a cost, and it is paid by everyone.",
                  "The National Assembly should approve a financing plan before the next dry season, not after it.",
              ],
              hours=10, section="opinion", author="Rosa Delgado", related=["W4", "W9"],
              extra={"yarpp": True, "read_more": ["W4"], "read_more_after": 2}),
            A("W9", "panama-city-metro-line-3-opens-to-passengers",
              "Panama City metro Line 3 opens to passengers",
              "The monorail crosses the canal on the new Fourth Bridge and links the capital with the western suburbs.",
              [
                  "The first trains on Line 3 of the Panama City metro carried passengers across the canal to the western suburbs, ending a commute that for many residents took more than two hours each way.",
                  "The monorail line runs 25 kilometers from Albrook to Ciudad del Futuro, crossing the canal on the new Fourth Bridge. It has 14 stations and will run every six minutes at peak hours.",
                  "Residents of Arraiján and La Chorrera, who have relied on crowded buses and the Bridge of the Americas, lined up before dawn for the first rides. Fares were waived for the first week.",
                  "The project, built by a Japanese consortium with a loan from Japan's development agency, cost about 2.8 billion dollars and opened more than two years behind schedule.",
                  "Metro officials said they expected about 150,000 daily riders once the line is fully integrated with the bus network.",
              ],
              hours=8, section="panama", author="Luis Herrera", related=["W4", "W10"],
              title2="Panama City metro Line 3 opens, first-day ridership beats forecast",
              summary2="The monorail carried 163,000 passengers on its first full day, more than officials expected.",
              paras2=[
                  "The first trains on Line 3 of the Panama City metro carried passengers across the canal to the western suburbs, ending a commute that for many residents took more than two hours each way.",
                  "The monorail line runs 25 kilometers from Albrook to Ciudad del Futuro, crossing the canal on the new Fourth Bridge. It has 14 stations and will run every six minutes at peak hours.",
                  "Residents of Arraiján and La Chorrera, who have relied on crowded buses and the Bridge of the Americas, lined up before dawn for the first rides. Fares were waived for the first week.",
                  "The project, built by a Japanese consortium with a loan from Japan's development agency, cost about 2.8 billion dollars and opened more than two years behind schedule.",
                  "Metro officials said they expected about 150,000 daily riders once the line is fully integrated with the bus network.",
                  "On its first full day the line carried 163,000 passengers, above the forecast, and metro officials said they would add trains on weekday mornings.",
              ],
              mod_hours2=40 / 60),
            A("W10", "darien-crossings-fall-to-lowest-level-in-five-years",
              "Darién crossings fall to lowest level in five years",
              "Fewer than 3,000 people crossed the jungle into Panama last month, the National Migration Service said.",
              [
                  "Fewer than 3,000 people crossed the Darién Gap into Panama last month, the lowest monthly figure in five years, according to the National Migration Service.",
                  "At the peak of the crisis more than 80,000 people a month made the dangerous trek through the jungle that separates Colombia and Panama. Most were heading to the United States.",
                  "Officials attributed the fall to stricter US asylum rules and to flights that returned migrants to their home countries. Reception centers in Lajas Blancas and San Vicente are now largely empty.",
                  "Aid groups said that the route remains dangerous for those who still attempt it and that reports of robbery and sexual violence have not stopped. They urged the authorities to keep medical teams in the area.",
                  "Some migrants are now traveling south, back through the jungle toward Colombia, a reversal that officials said they were monitoring.",
              ],
              hours=5, section="panama", author="Daniel Okafor", related=["W9", "W4"]),
            A("W11", "judge-schedules-maduro-trial-rejects-bid-to-dismiss-charges",
              "Judge schedules Maduro trial, rejects bid to dismiss charges",
              "The court ruled that the way the former Venezuelan president was brought to New York does not affect its jurisdiction.",
              [
                  "A federal judge in New York scheduled the trial of Nicolás Maduro to begin in the autumn and rejected a defense request to dismiss the charges on the grounds that his arrest was unlawful.",
                  "The judge wrote that the manner in which a defendant is brought before a US court does not affect its jurisdiction, citing decades of precedent. Defense lawyers said they would appeal.",
                  "Maduro, who appeared by video link from a detention center in Brooklyn, said little during the hearing beyond confirming that he understood the ruling. His wife, Cilia Flores, will be tried alongside him.",
                  "Prosecutors said they expect the trial to last about six weeks and that they will call former Venezuelan officials as witnesses. The defense asked for more time to review hundreds of thousands of pages of evidence.",
                  "In Caracas, the interim government of Delcy Rodríguez said it would not seek Maduro's return and would cooperate with requests for documents.",
              ],
              hours=0.5, section="world", author="Ana Ruiz", related=["W1", "W3"], first=2),
        ]
        for a in arts:
            a.lang = "en"
        return arts

    def __init__(self, world):
        super().__init__(world)
        self.assign_numbers([4061, 4068, 4072, 4079, 4083, 4090, 4094, 4101, 4107, 4112, 4120])

    # ------------------------------------------------------------------ urls
    def path_of(self, art):
        d = self._local(self.pub(art))
        return "/%04d/%02d/%02d/%s/" % (d.year, d.month, d.day, art.slug)

    def _local(self, ts):
        from .common import local
        return local(ts, self.tz)

    def shortlink(self, art):
        return self.url("/?p=%d" % art.num)

    def structural_variants(self, art, ed):
        c = self.canonical(art)
        out = [c + "amp/", c + "print/", c[:-1], self.shortlink(art)]
        for cid, *_rest, first in COMMENTS.get(art.key, []):
            if first <= ed:
                out.append(c + "?replytocom=%d" % cid)
        return out

    def listing_targets(self, ed):
        t = ["/", "/feed/", "/sitemap_index.xml", "/post-sitemap.xml", "/category-sitemap.xml"]
        t += ["/category/%s/" % c for c in CATEGORIES]
        if len(self.live(ed)) > 10:
            t.append("/page/2/")
        return t

    def trending(self, ed):
        return ["W1", "W4", "W9", "W2", "W5"] if ed == 1 else ["W1", "W11", "W9", "W4", "W2"]

    def more_news(self, ed):
        return [a.key for a in self.latest(ed)[:5]]

    def editors_picks(self, ed):
        return ["W3", "W4"] if ed == 1 else ["W11", "W9"]

    def sitewide(self, ed):
        return [self.trending(ed), self.more_news(ed)]

    def seeds_entry(self):
        return {
            "name": self.name, "source": self.source, "start_urls": ["/"],
            "feeds": ["/feed/"], "sitemaps": ["/sitemap_index.xml"],
            "article_patterns": [r"^/\d{4}/\d{2}/\d{2}/[^/]+/"],
            "listing_patterns": [r"^/$", r"^/category/[^/]+/$", r"^/page/\d+/$"],
            "language": "en",
        }

    # ------------------------------------------------------------------ routing
    def _by_path(self, ed):
        return {self.path_of(a): a for a in self.live(ed)}

    def route(self, target, ed):
        path, query, q = split_target(target)
        arts = self._by_path(ed)
        if path == "/":
            if "p" in q:
                for a in self.live(ed):
                    if str(a.num) == q["p"]:
                        return redirect(self.canonical(a))
                return not_found(self._not_found_page(ed))
            return page(self._listing(ed, None, 1), lm=self._listing_lm(ed))
        if path == "/page/2/":
            if len(self.live(ed)) <= 10:
                return not_found(self._not_found_page(ed))
            return page(self._listing(ed, None, 2), lm=self._listing_lm(ed))
        m = re.fullmatch(r"/category/([a-z]+)/", path)
        if m and m.group(1) in CATEGORIES:
            return page(self._listing(ed, m.group(1), 1), lm=self._listing_lm(ed))
        if path == "/feed/":
            return xml(self._feed(ed), "application/rss+xml; charset=UTF-8")
        if path == "/sitemap_index.xml":
            return xml(self._sitemap_index(ed))
        if path == "/post-sitemap.xml":
            return xml(self._post_sitemap(ed))
        if path == "/category-sitemap.xml":
            return xml(self._category_sitemap(ed))
        if path == "/robots.txt":
            return Resp(200, self._robots().encode(), "text/plain; charset=utf-8")
        if path == "/wp-login.php":
            return page('<!DOCTYPE html><html><head><title>Log In &lsaquo; The Isthmus Ledger</title>'
                        '<meta name="robots" content="noindex, nofollow"></head><body class="login">'
                        '<form name="loginform" id="loginform" action="%s" method="post">'
                        '<label>Username or Email Address <input type="text" name="log"></label>'
                        '<label>Password <input type="password" name="pwd"></label></form></body></html>'
                        % esc(self.url("/wp-login.php")), cacheable=False)
        if path.startswith("/wp-admin"):
            return redirect(self.url("/wp-login.php?redirect_to=%2Fwp-admin%2F&reauth=1"), 302)
        if path.startswith("/wp-content/uploads/") and path.endswith(".png"):
            return image(PNG, "image/png")
        if path == "/wp-content/themes/ledger/style.css":
            return Resp(200, b"body{font-family:Georgia,serif;margin:0}.screen-reader-text{position:absolute;left:-9999px}",
                        "text/css")
        if path == "/wp-content/plugins/amp/assets/js/v0.js":
            return Resp(200, b"/* AMP runtime (self-hosted stub) */", "application/javascript")
        if path == "/favicon.ico":
            return not_found()
        # articles and their variants
        if path in arts:
            a = arts[path]
            variant = "replytocom" if "replytocom" in q else "canonical"
            return page(self._article(a, ed, variant, q.get("replytocom")), art=a,
                        lm=self.last_change(a, ed),
                        headers={"Link": "<%s>; rel=shortlink" % self.shortlink(a)})
        if path + "/" in arts:
            return redirect(self.url(path + "/") + ("?" + query if query else ""))
        for suffix, kind in (("amp/", "amp"), ("print/", "print")):
            if path.endswith("/" + suffix) and path[: -len(suffix)] in arts:
                a = arts[path[: -len(suffix)]]
                body = self._amp(a, ed) if kind == "amp" else self._print(a, ed)
                return page(body, art=a, lm=self.last_change(a, ed))
        return not_found(self._not_found_page(ed))

    def _listing_lm(self, ed):
        return self.world.t0 - 120

    def _robots(self):
        return ("User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n"
                "Disallow: /wp-login.php\n\nSitemap: %s\n" % self.url("/sitemap_index.xml"))

    # ------------------------------------------------------------------ page parts
    def _yoast_tz(self, ed):
        # Edition 2: a Yoast update writes every instant in UTC; the instants do not change.
        return self.tz if ed == 1 else 0

    def _head(self, title, ed, extra=""):
        return (
            '<!DOCTYPE html>\n<html lang="en-US">\n<head>\n<meta charset="UTF-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            "<title>%s</title>\n%s"
            "<link rel='stylesheet' id='ledger-style-css' href='%s' media='all' />\n"
            '<link rel="alternate" type="application/rss+xml" title="The Isthmus Ledger &raquo; Feed" href="%s" />\n'
            "</head>\n" % (esc(title), extra, self.url("/wp-content/themes/ledger/style.css?ver=1.4.2"),
                           self.url("/feed/")))

    def _masthead(self):
        items = "".join('<li class="menu-item"><a href="%s">%s</a></li>'
                        % (self.url("/category/%s/" % slug), name) for slug, name in CATEGORIES.items())
        return (
            '<a class="skip-link screen-reader-text" href="#content">Skip to content</a>\n'
            '<div id="page" class="site">\n<header id="masthead" class="site-header">'
            '<div class="site-branding"><p class="site-title"><a href="%s" rel="home">The Isthmus Ledger</a></p>'
            '<p class="site-description">News from Panama and the region</p></div>'
            '<nav id="site-navigation" class="main-navigation" aria-label="Primary">'
            '<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>'
            '<ul id="primary-menu" class="menu">%s</ul></nav></header>\n'
            '<div id="content" class="site-content">\n' % (self.url("/"), items))

    def _sidebar(self, ed):
        items = []
        for k in self.trending(ed):
            a = self.find(k)
            u = self.canonical(a)
            items.append('<li><a href="%s" title="%s" class="bump-view" data-bump-view="tp">'
                         '<img loading="lazy" width="40" height="40" src="%s" alt="%s" class="widgets-list-layout-blavatar"></a>'
                         '<div class="widgets-list-layout-links"><a href="%s" class="bump-view" data-bump-view="tp">%s</a></div></li>'
                         % (u, esc(a.title_at(ed)), self._thumb(a, "40x40"), esc(a.title_at(ed)), u,
                            esc(a.title_at(ed))))
        return ('<aside id="secondary" class="widget-area">'
                '<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="%s">'
                '<label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" name="s"></label>'
                '<input type="submit" class="search-submit" value="Search"></form></section>'
                '<section id="top-posts-2" class="widget widget_top-posts"><h2 class="widget-title">Trending</h2>'
                '<ul class="widgets-list-layout no-grav">%s</ul></section></aside>\n'
                % (self.url("/"), "".join(items)))

    def _footer(self, ed):
        stamp = self.world.t0 - (120 if ed == 1 else 60)
        d = self._local(stamp)
        return ('</div><!-- #content -->\n<footer id="colophon" class="site-footer"><div class="site-info">'
                '&copy; %d The Isthmus Ledger &middot; <a href="https://wordpress.example/">Proudly powered by WordPress</a>'
                ' &middot; <a href="%s">Log in</a></div></footer>\n</div><!-- #page -->\n</body>\n</html>\n'
                "<!-- Dynamic page generated in 0.%03d seconds. -->\n"
                "<!-- Cached page generated by WP-Super-Cache on %s -->\n"
                % (d.year, self.url("/wp-login.php"), 200 + ed * 37, d.strftime("%Y-%m-%d %H:%M:%S")))

    def _thumb(self, a, size="1024x683"):
        d = self._local(self.pub(a))
        return self.url("/wp-content/uploads/%04d/%02d/%s-%s.png" % (d.year, d.month, a.slug[:40], size))

    def _comments(self, a, ed):
        return [c for c in COMMENTS.get(a.key, []) if c[4] <= ed]

    def _comments_label(self, n):
        return "Leave a comment" if n == 0 else ("1 Comment" if n == 1 else "%d Comments" % n)

    def _author_id(self, name):
        return self.url("/#/schema/person/" + hashlib.sha1(name.encode()).hexdigest()[:32])

    def _yoast(self, a, ed):
        url = self.canonical_link(a)
        tz = self._yoast_tz(ed)
        pub = iso(self.pub(a), tz)
        mod = iso(self.last_change(a, ed), tz)
        graph = [
            {"@type": "NewsArticle", "@id": url + "#article", "isPartOf": {"@id": url},
             "author": {"@id": self._author_id(a.author)}, "headline": a.title_at(ed),
             "datePublished": pub, "dateModified": mod, "mainEntityOfPage": {"@id": url},
             "wordCount": sum(len(p.split()) for p in a.paras_at(ed)),
             "commentCount": len(self._comments(a, ed)),
             "publisher": {"@id": self.url("/#organization")}, "image": {"@id": url + "#primaryimage"},
             "thumbnailUrl": self._thumb(a), "articleSection": [CATEGORIES[a.section]],
             "inLanguage": "en-US"},
            {"@type": "WebPage", "@id": url, "url": url,
             "name": "%s - The Isthmus Ledger" % a.title_at(ed),
             "isPartOf": {"@id": self.url("/#website")},
             "primaryImageOfPage": {"@id": url + "#primaryimage"}, "datePublished": pub,
             "dateModified": mod, "description": a.summary_at(ed),
             "breadcrumb": {"@id": url + "#breadcrumb"}, "inLanguage": "en-US"},
            {"@type": "ImageObject", "inLanguage": "en-US", "@id": url + "#primaryimage",
             "url": self._thumb(a), "contentUrl": self._thumb(a), "width": 1024, "height": 683},
            {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home", "item": self.url("/")},
                {"@type": "ListItem", "position": 2, "name": a.title_at(ed)}]},
            {"@type": "WebSite", "@id": self.url("/#website"), "url": self.url("/"),
             "name": "The Isthmus Ledger", "publisher": {"@id": self.url("/#organization")},
             "inLanguage": "en-US"},
            {"@type": "Organization", "@id": self.url("/#organization"), "name": "The Isthmus Ledger",
             "url": self.url("/")},
            {"@type": "Person", "@id": self._author_id(a.author), "name": a.author,
             "url": self.url("/author/%s/" % _slugify_title(a.author))},
        ]
        return ('<script type="application/ld+json" class="yoast-schema-graph">%s</script>\n'
                % json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False))

    def _meta(self, a, ed, noindex=False):
        url = self.canonical_link(a)
        tz = self._yoast_tz(ed)
        m = self.mod(a, ed)
        out = [
            '<meta name="description" content="%s" />' % esc(a.summary_at(ed)),
            '<meta name="robots" content="%s" />' % ("noindex, follow" if noindex else
                                                     "index, follow, max-image-preview:large, max-snippet:-1"),
            '<link rel="canonical" href="%s" />' % url,
            '<meta property="og:locale" content="en_US" />',
            '<meta property="og:type" content="article" />',
            '<meta property="og:title" content="%s" />' % esc(a.title_at(ed)),
            '<meta property="og:description" content="%s" />' % esc(a.summary_at(ed)),
            '<meta property="og:url" content="%s" />' % url,
            '<meta property="og:site_name" content="The Isthmus Ledger" />',
            '<meta property="article:published_time" content="%s" />' % iso(self.pub(a), tz),
        ]
        if m:
            out.append('<meta property="article:modified_time" content="%s" />' % iso(self.last_change(a, ed), tz))
        out += [
            '<meta property="og:image" content="%s" />' % self._thumb(a),
            '<meta name="author" content="%s" />' % esc(a.author),
            '<meta name="twitter:card" content="summary_large_image" />',
            '<meta name="twitter:label1" content="Written by" />',
            '<meta name="twitter:data1" content="%s" />' % esc(a.author),
        ]
        return "\n".join(out) + "\n" + self._yoast(a, ed) + (
            "<link rel='shortlink' href='%s' />\n" % self.shortlink(a)
            + '<link rel="amphtml" href="%samp/">\n' % self.canonical(a))

    def _jetpack(self, a, ed):
        items = []
        for pos, k in enumerate(a.related_at(ed)):
            r = self.find(k)
            href = "%s?relatedposts_hit=1&#038;relatedposts_origin=%d&#038;relatedposts_position=%d" % (
                self.canonical(r), a.num, pos)
            items.append(
                '<li id="related-posts-item-%d" class="jp-related-posts-i2__post">'
                '<a id="related-posts-item-%d-label" href="%s" class="jp-related-posts-i2__post-link" '
                'data-post-id="%d" data-origin="%d" data-position="%d">%s</a>'
                '<dl class="jp-related-posts-i2__post-defs"><dt>Date</dt>'
                '<dd class="jp-related-posts-i2__post-date">%s</dd><dt>In</dt>'
                '<dd class="jp-related-posts-i2__post-context">In &quot;%s&quot;</dd></dl></li>'
                % (r.num, r.num, href, r.num, a.num, pos, esc(r.title_at(ed)),
                   en_date(self.pub(r), self.tz), CATEGORIES[r.section]))
        return ('<nav class="jp-relatedposts-i2 wp-block-jetpack-related-posts" data-layout="list" '
                'aria-label="Related Posts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>'
                '<ul class="jp-related-posts-i2__list" role="list" data-post-count="%d">%s</ul></nav>\n'
                % (len(items), "".join(items)))

    def _yarpp(self, a, ed):
        items = "".join('<li><a href="%s" rel="bookmark" title="%s">%s</a> <small>(%s)</small></li>'
                        % (self.canonical(self.find(k)), esc(self.find(k).title_at(ed)),
                           esc(self.find(k).title_at(ed)), en_date(self.pub(self.find(k)), self.tz))
                        for k in a.related_at(ed))
        return ("<div class='yarpp yarpp-related yarpp-related-website yarpp-template-list'>\n"
                "<!-- YARPP List -->\n<h3>Related posts:</h3><ol>%s</ol>\n</div>\n" % items)

    def _read_more_box(self, a, ed):
        items = "".join('<li><a href="%s">%s</a></li>' % (self.canonical(self.find(k)),
                                                          esc(self.find(k).title_at(ed)))
                        for k in a.extra["read_more"])
        label = "Also read:" if a.extra.get("yarpp") else "Read more:"
        return ('<div class="yoast-internal-links wp-block-yoast-internal-links">'
                '<p class="yoast-internal-links__title"><strong>%s</strong></p><ul>%s</ul></div>\n'
                % (label, items))

    def _sharing(self, a, ed):
        from urllib.parse import quote
        u = self.canonical(a)
        short = self.shortlink(a)
        return ('<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social '
                'sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>'
                '<li class="share-x"><a rel="nofollow noopener noreferrer" class="share-x sd-button share-icon" '
                'href="https://x.example/intent/post?url=%s&amp;text=%s" target="_blank"><span>X</span></a></li>'
                '<li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" '
                'href="https://www.facebook.example/sharer.php?u=%s" target="_blank"><span>Facebook</span></a></li>'
                '<li class="share-print"><a rel="nofollow noopener noreferrer" class="share-print sd-button share-icon" '
                'href="%sprint/" target="_blank"><span>Print</span></a></li>'
                '<li class="share-shortlink"><a class="share-shortlink sd-button" href="%s"><span>Short link</span></a></li>'
                '<li class="share-end"></li></ul></div></div></div>\n'
                % (quote(short, safe=""), quote(a.title_at(ed), safe=""), quote(u, safe=""), u, short))

    def _comments_html(self, a, ed, reply_to):
        cs = self._comments(a, ed)
        u = self.canonical(a)
        items = []
        for cid, who, minutes, text, _first in cs:
            ts = self.pub(a) + minutes * 60
            items.append(
                '<li id="comment-%d" class="comment even thread-even depth-1">'
                '<article id="div-comment-%d" class="comment-body"><footer class="comment-meta">'
                '<div class="comment-author vcard"><b class="fn">%s</b> <span class="says">says:</span></div>'
                '<div class="comment-metadata"><a href="%s#comment-%d"><time datetime="%s">%s at %s</time></a></div>'
                '</footer><div class="comment-content"><p>%s</p></div>'
                "<div class=\"reply\"><a rel='nofollow' class='comment-reply-link' href='%s?replytocom=%d#respond' "
                'data-commentid="%d" data-postid="%d" data-belowelement="div-comment-%d" data-respondelement="respond" '
                "data-replyto=\"Reply to %s\" aria-label='Reply to %s'>Reply</a></div></article></li>"
                % (cid, cid, esc(who), u, cid, iso(ts, self.tz), en_date(ts, self.tz), en_time(ts, self.tz),
                   esc(text), u, cid, cid, a.num, cid, esc(who), esc(who)))
        title = ""
        if cs:
            title = ('<h2 class="comments-title">%s on &ldquo;<span>%s</span>&rdquo;</h2>'
                     % ("One thought" if len(cs) == 1 else "%d thoughts" % len(cs), esc(a.title_at(ed))))
        replying = None
        if reply_to:
            replying = next((c for c in cs if str(c[0]) == reply_to), None)
        heading = ("Leave a Reply to %s" % esc(replying[1])) if replying else "Leave a Reply"
        cancel_style = "" if replying else ' style="display:none;"'
        return ('<div id="comments" class="comments-area">%s<ol class="comment-list">%s</ol>'
                '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">%s '
                '<small><a rel="nofollow" id="cancel-comment-reply-link" href="%s#respond"%s>Cancel reply</a></small></h3>'
                '<form action="%s" method="post" id="commentform" class="comment-form">'
                '<p class="comment-notes">Your email address will not be published.</p>'
                '<p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment"></textarea></p>'
                '<input type="hidden" name="comment_post_ID" value="%d"><input type="hidden" name="comment_parent" value="%s">'
                '<p class="form-submit"><input name="submit" type="submit" class="submit" value="Post Comment"></p></form></div></div>\n'
                % (title, "".join(items), heading, u, cancel_style, self.url("/wp-comments-post.php"), a.num,
                   reply_to or "0"))

    def _post_nav(self, a, ed):
        order = sorted(self.live(ed), key=lambda x: -x.hours)  # oldest first
        i = order.index(a)
        links = []
        if i > 0:
            p = order[i - 1]
            links.append('<div class="nav-previous"><a href="%s" rel="prev"><span class="meta-nav">Previous</span> '
                         '<span class="post-title">%s</span></a></div>' % (self.canonical(p), esc(p.title_at(ed))))
        if i + 1 < len(order):
            n = order[i + 1]
            links.append('<div class="nav-next"><a href="%s" rel="next"><span class="meta-nav">Next</span> '
                         '<span class="post-title">%s</span></a></div>' % (self.canonical(n), esc(n.title_at(ed))))
        return ('<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2>'
                '<div class="nav-links">%s</div></nav>\n' % "".join(links))

    def _more_news(self, ed):
        items = "".join('<li><a href="%s">%s</a> <span class="post-date">%s</span></li>'
                        % (self.canonical(self.find(k)), esc(self.find(k).title_at(ed)),
                           en_date(self.pub(self.find(k)), self.tz)) for k in self.more_news(ed))
        return ('<section id="recent-posts-3" class="widget widget_recent_entries more-news">'
                '<h2 class="widget-title">More news</h2><ul>%s</ul></section>\n' % items)

    def _article(self, a, ed, variant, reply_to=None):
        u = self.canonical(a)
        cs = self._comments(a, ed)
        pub = self.pub(a)
        m = self.mod(a, ed)
        paras = a.paras_at(ed)
        body = []
        for i, p in enumerate(paras):
            body.append("<p>%s</p>" % esc(p))
            if "read_more" in a.extra and i + 1 == a.extra["read_more_after"]:
                body.append(self._read_more_box(a, ed))
        updated = ('<time class="updated" datetime="%s">%s</time>' % (iso(self.last_change(a, ed), self.tz),
                                                                     en_date(self.last_change(a, ed), self.tz))
                   if m else "")
        related = self._yarpp(a, ed) if a.extra.get("yarpp") else self._jetpack(a, ed)
        return (
            self._head("%s - The Isthmus Ledger" % a.title_at(ed), ed, self._meta(a, ed, variant == "replytocom"))
            + '<body class="post-template-default single single-post postid-%d single-format-standard">\n' % a.num
            + self._masthead()
            + '<div id="primary" class="content-area"><main id="main" class="site-main">\n'
            + '<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail hentry category-%s">\n'
            % (a.num, a.num, a.section)
            + '<header class="entry-header"><span class="cat-links"><a href="%s" rel="category tag">%s</a></span>'
            % (self.url("/category/%s/" % a.section), CATEGORIES[a.section])
            + '<h1 class="entry-title">%s</h1>' % esc(a.title_at(ed))
            + '<div class="entry-meta"><span class="posted-on">Posted on <a href="%s" rel="bookmark">'
              '<time class="entry-date published" datetime="%s">%s</time>%s</a></span>'
              '<span class="byline"> by <span class="author vcard">%s</span></span> '
              '<span class="comments-link"><a href="%s#%s">%s</a></span></div></header>\n'
            % (u, iso(pub, self.tz), en_date(pub, self.tz), updated, esc(a.author), u,
               "comments" if cs else "respond", self._comments_label(len(cs)))
            + '<div class="post-thumbnail"><img width="1024" height="683" src="%s" class="attachment-post-thumbnail '
              'size-post-thumbnail wp-post-image" alt="" decoding="async"></div>\n' % self._thumb(a)
            + '<div class="entry-content">\n' + "\n".join(body) + "\n"
            + self._sharing(a, ed) + related
            + "</div><!-- .entry-content -->\n"
            + '<footer class="entry-footer"><span class="cat-links">Posted in <a href="%s" rel="category tag">%s</a></span></footer>\n'
            % (self.url("/category/%s/" % a.section), CATEGORIES[a.section])
            + "</article>\n"
            + self._more_news(ed)
            + self._post_nav(a, ed)
            + self._comments_html(a, ed, reply_to)
            + "</main></div>\n" + self._sidebar(ed) + self._footer(ed))

    def _amp(self, a, ed):
        url = self.canonical_link(a)
        cs = self._comments(a, ed)
        ld = {"@context": "http://schema.org", "publisher": {"@type": "Organization", "name": "The Isthmus Ledger"},
              "@type": "NewsArticle", "mainEntityOfPage": url, "headline": a.title_at(ed),
              "datePublished": iso(self.pub(a), 0), "dateModified": iso(self.last_change(a, ed), 0),
              "author": {"@type": "Person", "name": a.author},
              "image": {"@type": "ImageObject", "url": self._thumb(a), "width": 1024, "height": 683}}
        paras = "".join("<p>%s</p>" % esc(p) for p in a.paras_at(ed))
        return (
            '<!doctype html>\n<html amp lang="en-US">\n<head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">'
            "<title>%s &#8211; The Isthmus Ledger</title>"
            '<link rel="canonical" href="%s">'
            '<script async src="%s"></script>'
            "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;"
            "animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>"
            "<style amp-custom>.amp-wp-header{background:#0a3d62;color:#fff}.amp-wp-article{margin:1.5em 16px}</style>"
            '<script type="application/ld+json">%s</script></head>\n'
            '<body class=""><header id="top" class="amp-wp-header"><div><a href="%s">The Isthmus Ledger</a></div></header>\n'
            '<article class="amp-wp-article"><header class="amp-wp-article-header"><h1 class="amp-wp-title">%s</h1>'
            '<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">%s</span></div>'
            '<div class="amp-wp-meta amp-wp-posted-on"><time datetime="%s">%s</time></div></header>'
            '<figure class="amp-wp-article-featured-image wp-caption"><amp-img width="1024" height="683" src="%s" '
            'class="attachment-large size-large wp-post-image amp-wp-enforced-sizes" layout="intrinsic" alt=""></amp-img></figure>'
            '<div class="amp-wp-article-content">%s</div>'
            '<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">Categories: '
            '<a href="%s" rel="category tag">%s</a></div>'
            '<div class="amp-wp-meta amp-wp-comments-link"><a href="%s#%s">%s</a></div></footer></article>\n'
            '<footer class="amp-wp-footer"><div><h2>The Isthmus Ledger</h2>'
            '<a href="#top" class="back-to-top">Back to top</a></div></footer></body></html>\n'
            % (esc(a.title_at(ed)), url, self.url("/wp-content/plugins/amp/assets/js/v0.js"),
               json.dumps(ld, ensure_ascii=False), self.url("/"), esc(a.title_at(ed)), esc(a.author),
               iso(self.pub(a), 0), ago(self.pub(a), self.world.t0), self._thumb(a), paras,
               self.url("/category/%s/" % a.section), CATEGORIES[a.section], self.canonical(a),
               "comments" if cs else "respond", "View Comments" if cs else "Leave a Comment"))

    def _print(self, a, ed):
        u = self.canonical(a)
        pub = self.pub(a)
        paras = "".join("<p>%s</p>" % esc(p) for p in a.paras_at(ed))
        return (
            '<!DOCTYPE html>\n<html lang="en-US"><head><meta charset="UTF-8">'
            "<title>The Isthmus Ledger &raquo; %s &raquo; Print</title>"
            '<meta name="robots" content="noindex, nofollow"><link rel="canonical" href="%s">'
            "<style>body{font-family:Georgia,serif;color:#000}#Footer{font-size:smaller}</style></head>\n"
            '<body><main role="main" class="center"><p id="BlogTitle">The Isthmus Ledger</p>'
            '<p id="BlogDate">-  %s  -</p><div class="Post"><p id="BlogTitle">%s</p>'
            '<span style="float:right">- <a href="%s#comments">%s</a></span>'
            "Posted By %s On %s @ %s In %s<div class=\"entry\">%s</div></div>"
            '<div id="Footer"><p>Article printed from The Isthmus Ledger: <strong>%s</strong></p>'
            "<p>URL to article: <strong>%s</strong></p>"
            '<p style="text-align: center;"><a href="#Print" onclick="window.print(); return false;">Click here to print.</a></p>'
            "</div></main></body></html>\n"
            % (esc(a.title_at(ed)), self.canonical_link(a), self.url("/"), esc(a.title_at(ed)), u,
               self._comments_label(len(self._comments(a, ed))), esc(a.author), en_date(pub, self.tz),
               en_time(pub, self.tz), CATEGORIES[a.section], paras, self.url("/"), u))

    def _listing(self, ed, category, pageno):
        posts = [a for a in self.latest(ed) if category is None or a.section == category]
        if category is None:
            posts = posts[(pageno - 1) * 10: pageno * 10]
        picks = ""
        if category is None and pageno == 1:
            items = "".join(
                '<li><a href="%s?utm_source=homepage&amp;utm_medium=editors-picks&amp;utm_campaign=ledger">%s</a></li>'
                % (self.canonical(self.find(k)), esc(self.find(k).title_at(ed))) for k in self.editors_picks(ed))
            picks = ('<section class="editors-picks"><h2>Editor&#8217;s picks</h2><ul>%s</ul></section>\n' % items)
        cards = []
        for a in posts:
            u = self.canonical(a)
            n = len(self._comments(a, ed))
            cards.append(
                '<article id="post-%d" class="post-%d post type-post status-publish hentry category-%s">'
                '<header class="entry-header"><h2 class="entry-title"><a href="%s" rel="bookmark">%s</a></h2>'
                '<div class="entry-meta"><time class="entry-date published" datetime="%s">%s</time> '
                '<span class="comments-link"><a href="%s#%s">%s</a></span></div></header>'
                '<div class="entry-summary"><p>%s [&hellip;]</p></div>'
                '<a href="%s" class="more-link">Continue reading<span class="screen-reader-text"> &#8220;%s&#8221;</span></a>'
                "</article>\n"
                % (a.num, a.num, a.section, u, esc(a.title_at(ed)), iso(self.pub(a), self.tz),
                   en_date(self.pub(a), self.tz), u, "comments" if n else "respond", self._comments_label(n),
                   esc(a.summary_at(ed)), u, esc(a.title_at(ed))))
        nav = ""
        if category is None and pageno == 1 and len(self.live(ed)) > 10:
            nav = ('<nav class="navigation posts-navigation" aria-label="Posts"><div class="nav-links">'
                   '<div class="nav-previous"><a href="%s">Older posts</a></div></div></nav>' % self.url("/page/2/"))
        if category is None and pageno == 2:
            nav = ('<nav class="navigation posts-navigation" aria-label="Posts"><div class="nav-links">'
                   '<div class="nav-next"><a href="%s">Newer posts</a></div></div></nav>' % self.url("/"))
        title = ("The Isthmus Ledger - News from Panama and the region" if category is None
                 else "%s Archives - The Isthmus Ledger" % CATEGORIES[category])
        heading = "" if category is None else '<header class="page-header"><h1 class="page-title">Category: <span>%s</span></h1></header>' % CATEGORIES[category]
        canonical = self.url("/" if category is None else "/category/%s/" % category)
        if pageno == 2:
            canonical = self.url("/page/2/")
        return (self._head(title, ed, '<link rel="canonical" href="%s" />\n' % canonical)
                + '<body class="%s">\n' % ("home blog" if category is None else "archive category")
                + self._masthead()
                + '<div id="primary" class="content-area"><main id="main" class="site-main">\n'
                + heading + picks + "".join(cards) + nav + "</main></div>\n"
                + self._sidebar(ed) + self._footer(ed))

    def _not_found_page(self, ed):
        return (self._head("Page not found - The Isthmus Ledger", ed) + '<body class="error404">'
                + self._masthead() + '<main id="main"><section class="error-404 not-found"><h1 class="page-title">'
                "Oops! That page can&rsquo;t be found.</h1></section></main>" + self._footer(ed))

    # ------------------------------------------------------------------ feeds and sitemaps
    def _feed(self, ed):
        items = []
        for a in self.latest(ed)[:10]:
            u = self.canonical(a)
            items.append(
                "<item>\n<title>%s</title>\n<link>%s</link>\n<comments>%s#respond</comments>\n"
                "<dc:creator><![CDATA[%s]]></dc:creator>\n<pubDate>%s</pubDate>\n"
                "<category><![CDATA[%s]]></category>\n<guid isPermaLink=\"false\">%s</guid>\n"
                "<description><![CDATA[%s [&#8230;]]]></description>\n<slash:comments>%d</slash:comments>\n</item>"
                % (esc(a.title_at(ed)), u, u, a.author, rfc822(self.pub(a)), CATEGORIES[a.section],
                   self.shortlink(a), a.summary_at(ed), len(self._comments(a, ed))))
        return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
                'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" '
                'xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">\n'
                "<channel>\n<title>The Isthmus Ledger</title>\n"
                '<atom:link href="%s" rel="self" type="application/rss+xml" />\n<link>%s</link>\n'
                "<description>News from Panama and the region</description>\n<lastBuildDate>%s</lastBuildDate>\n"
                "<language>en-US</language>\n<sy:updatePeriod>hourly</sy:updatePeriod>\n"
                "<generator>https://wordpress.org/?v=6.4.2</generator>\n%s\n</channel>\n</rss>\n"
                % (self.url("/feed/"), self.url("/"), rfc822(max(self.last_change(a, ed) for a in self.live(ed))),
                   "\n".join(items)))

    def _sitemap_index(self, ed):
        last = max(self.last_change(a, ed) for a in self.live(ed))
        maps = "".join("<sitemap><loc>%s</loc><lastmod>%s</lastmod></sitemap>" % (self.url(p), iso(last, 0))
                       for p in ("/post-sitemap.xml", "/category-sitemap.xml"))
        return ('<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="//%s/main-sitemap.xsl"?>\n'
                '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</sitemapindex>\n'
                % (self.base.split("//", 1)[1], maps))

    def _post_sitemap(self, ed):
        urls = "".join("<url><loc>%s</loc><lastmod>%s</lastmod></url>\n" % (self.canonical(a),
                                                                              iso(self.last_change(a, ed), 0))
                       for a in sorted(self.live(ed), key=lambda a: -a.hours))
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                "<url><loc>%s</loc></url>\n%s</urlset>\n" % (self.url("/"), urls))

    def _category_sitemap(self, ed):
        urls = "".join("<url><loc>%s</loc></url>\n" % self.url("/category/%s/" % c) for c in CATEGORIES)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                "%s</urlset>\n" % urls)

