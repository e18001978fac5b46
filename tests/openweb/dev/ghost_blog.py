"""Barrel & Grid: an English energy-analysis blog on headless Ghost with a Next.js front end (UTC).

Minimal markup, no JSON-LD: OpenGraph tags, <time datetime="YYYY-MM-DD">, the post in
<section class="gh-content">. Posts live at /slug/ (/slug answers 301 to /slug/). A Casper-style
"Read more" block of post cards (<article> in <div>), a site-wide "Trending" list in the footer
whose hand-made links have no trailing slash, Portal links that are bare fragments
(#/portal/signup), a "?ref=featured" link on the home page, a cross-post of a Ledger article
without rel=canonical (the post is later than the original), and one post rendered client side:
its static HTML is the chrome plus a spinner, the post is in <script id="__NEXT_DATA__">, and
a view counter changes on every request. ETag only (weak, as Express sends it), no Last-Modified.
"""

from __future__ import annotations

import json
import re

from .common import (PNG, Article, Outlet, Resp, en_short_date, esc, image, iso_ms_z, local,
                     not_found, page, redirect, rfc822, split_target, xml)

TAGS = {"oil": "Oil", "power": "Power", "shipping": "Shipping"}

# comments count shown under posts, per edition
COMMENT_COUNTS = {"G1": (4, 6), "G3": (2, 2), "G4": (1, 3), "G6": (0, 1), "G7": (0, 2), "G8": (3, 3), "G2": (1, 1)}


class GhostBlog(Outlet):
    name = "barrelgrid"
    cms = "ghost"
    language = "en"
    source = "Barrel & Grid"
    tz = 0
    send_last_modified = False
    weak_etag = True
    server_header = "nginx"
    extra_headers = {"X-Powered-By": "Next.js", "Vary": "Accept-Encoding"}

    def build(self):
        A = Article
        arts = [
            A("G1", "why-venezuelas-heavy-crude-still-matters", "Why Venezuela's heavy crude still matters to Gulf Coast refiners",
              "The refineries were built for thick, sour oil, and politics may bring it back.",
              [
                  "For all the talk of an energy transition, the refineries along the US Gulf Coast were built for a particular diet, and Venezuelan heavy crude was a large part of it.",
                  "These plants have cokers and hydrocrackers that turn thick, sulfurous oil into diesel and jet fuel. Light shale oil from Texas does not suit them, which is why they kept buying heavy barrels from Canada, Mexico and, when sanctions allowed, Venezuela.",
                  "The detention of Nicolás Maduro does not change the chemistry, but it may change the politics. If Washington eases sanctions, PDVSA barrels could return to Houston and Lake Charles within months, pushing down the premium refiners pay for heavy grades.",
                  "The catch is that Venezuela's fields need diluent, power and spare parts to produce anything at all. Output fell below 800,000 barrels a day last year, a fraction of the three million the country pumped at the start of the century.",
                  "My guess is that the first extra cargoes will come from storage rather than new production. Anyone expecting a flood of heavy oil this year is likely to be disappointed.",
              ],
              hours=31, section="oil", author="Priya Natarajan", related=["G8"]),
            A("G2", "the-canals-water-is-back-for-now", "The canal's water is back. For now.",
              "A reporter's account of the new draft limit, republished because it matters to every LNG cargo.",
              [], hours=29, section="shipping", author="Priya Natarajan", related=["G3", "G7"],
              copy_of="W4", copy_canonical=False,
              lead="The Panama Canal Authority raised the maximum draft for ships using the Neopanamax locks to 50 feet after heavy rains refilled Gatun Lake.",
              head=["This piece first appeared in The Isthmus Ledger. We are republishing it with permission because the water question matters to anyone shipping LNG through the canal."]),
            A("G3", "grid-scale-batteries-are-finally-cheap-enough", "Grid-scale batteries are finally cheap enough for Central America",
              "Storage prices have halved in two years, and small grids should take notice.",
              [
                  "The price of a four-hour lithium iron phosphate battery system has fallen by roughly half in two years, and that changes the arithmetic for small grids in Central America.",
                  "Until recently, utilities in Honduras, Guatemala and Panama used batteries mainly for frequency control. At current prices they can also shift midday solar into the evening peak, displacing diesel and bunker-fired plants.",
                  "Panama's first large project, a 60-megawatt system near Penonomé, was tendered last year at a price that would have been unthinkable in 2020. Costa Rica and El Salvador are preparing similar auctions.",
                  "The obstacles are no longer technical. Regulators need rules that pay batteries for the services they provide, and grid operators need to learn to dispatch them alongside hydro plants.",
                  "None of this happens quickly, but the direction is clear: the cheapest new capacity on most Central American grids is now solar paired with storage.",
              ],
              hours=15, section="power", author="Tom Achterberg", related=["G7", "G4"]),
            A("G4", "what-a-fall-in-lng-spot-prices-means-for-caribbean-utilities",
              "What a 2% fall in LNG spot prices means for Caribbean utilities",
              "Some relief for importers, none for the smallest islands.",
              [
                  "Spot prices for liquefied natural gas delivered to the Caribbean fell about 2% this week, extending a slide that began when new export plants in the United States came online.",
                  "For utilities in the Dominican Republic, Jamaica and Puerto Rico that switched from oil to gas over the past decade, lower spot prices offer some relief. But most of their supply comes under long-term contracts indexed to Henry Hub, so the effect on bills will be small.",
                  "The bigger question is whether cheaper LNG slows investment in renewables. In Jamaica, the regulator has already delayed a solar auction, citing the low cost of gas from the Old Harbour plant.",
                  "Smaller islands without import terminals see none of the benefit. They still depend on diesel and fuel oil delivered by tanker at far higher cost.",
              ],
              hours=19, section="power", author="Priya Natarajan", related=["G3", "G7"], related2=["G9", "G3"],
              paras2=[
                  "Spot prices for liquefied natural gas delivered to the Caribbean fell about 2% this week, extending a slide that began when new export plants in the United States came online.",
                  "For utilities in the Dominican Republic, Jamaica and Puerto Rico that switched from oil to gas over the past decade, lower spot prices offer some relief. But most of their supply comes under long-term contracts indexed to Henry Hub, so the effect on bills will be small.",
                  "The bigger question is whether cheaper LNG slows investment in renewables. In Jamaica, the regulator has already delayed a solar auction, citing the low cost of gas from the Old Harbour plant.",
                  "Smaller islands without import terminals see none of the benefit. They still depend on diesel and fuel oil delivered by tanker at far higher cost.",
                  "Update: After this post was published, the energy ministry of the Dominican Republic said it would renegotiate two supply contracts to take advantage of lower spot prices.",
                  "Several readers asked how much of the region's gas comes from the United States. The answer is more than 80%, up from about half five years ago.",
              ],
              mod_hours2=45 / 60),
            A("G5", "interactive-tracking-lng-cargoes-through-the-panama-canal",
              "Interactive: Tracking LNG cargoes through the Panama Canal",
              "Twelve months of LNG transits, month by month.",
              [
                  "This interactive page tracks liquefied natural gas carriers that transited the Panama Canal over the past twelve months, using data published by the canal authority.",
                  "LNG traffic through the canal fell sharply when water restrictions cut the number of daily slots, pushing many cargoes from the US Gulf to Asia around the Cape of Good Hope instead.",
                  "With the draft limit raised again, the number of LNG transits has started to recover. Carriers booked 31 slots last month, up from 11 at the low point.",
                  "Each bar in the chart represents one month. Hover over a bar to see the number of transits and the average waiting time.",
              ],
              hours=11, section="shipping", author="Tom Achterberg", shell=True),
            A("G6", "notes-on-reading-a-refinery-outage-report", "Notes on reading a refinery outage report",
              "A few habits for one of the most misread documents in the oil market.",
              [
                  "Refinery outage reports are one of the most useful and most misread documents in the oil market. Here are a few habits that have served me well.",
                  "First, check which unit is down. A crude distillation unit going offline cuts total throughput, but a fluid catalytic cracker outage mostly hits gasoline, and a hydrocracker outage hits diesel.",
                  "Second, look at the duration. Planned maintenance is usually announced weeks ahead and priced in, while an unplanned fire or power failure can move regional margins for days.",
                  "Third, remember that refiners often report flaring events to state regulators before they say anything to the market. Those filings are public and worth reading.",
                  "Finally, do not extrapolate from one plant. Gulf Coast refiners trade products among themselves, and the system usually absorbs a single outage within a week.",
              ],
              hours=23, section="oil", author="Priya Natarajan", related=["G4", "G3"], related2=["G9", "G4"]),
            A("G7", "solar-curtailment-is-the-new-normal-in-northern-chile",
              "Solar curtailment is the new normal in northern Chile",
              "Too much sun, too few transmission lines.",
              [
                  "On sunny afternoons in the Atacama desert, grid operators in Chile now routinely order solar plants to cut output because there are not enough transmission lines to carry the power south.",
                  "Curtailment reached about 6 terawatt hours last year, roughly a fifth of the solar energy that could have been produced in the north. Developers say the losses are making new projects hard to finance.",
                  "The government is building a high-voltage direct current line from Antofagasta to Santiago, but it will not be finished before the end of the decade. In the meantime, companies are adding batteries to store midday power for the evening.",
                  "Chile's experience is a warning for other countries in the region that are adding solar faster than they are building transmission lines.",
              ],
              hours=3, section="power", author="Tom Achterberg", related=["G3", "G6"]),
            A("G8", "the-quiet-return-of-fuel-oil-in-island-power-plants", "The quiet return of fuel oil in island power plants",
              "Caribbean grids burned more heavy fuel oil last year, not less.",
              [
                  "Island grids in the Caribbean were supposed to be racing toward solar and batteries. Instead, many of them burned more heavy fuel oil last year than the year before.",
                  "The reason is mostly price. High-sulfur fuel oil has been cheap compared with diesel and imported gas, and old diesel engines at utilities in Jamaica, Haiti and the Eastern Caribbean can burn it with few changes.",
                  "Venezuela used to supply much of that fuel on soft terms through the Petrocaribe program, which collapsed under Maduro as the refineries of PDVSA decayed. Traders now bring it from the US Gulf, Europe and Russia.",
                  "Utilities say they will still build renewables, but fuel oil remains the cheapest way to keep the lights on in the short term. The trouble is that it is also the dirtiest, and it ties island economies to volatile freight rates.",
                  "If Venezuelan refineries recover under new management, cheap regional fuel oil could return, which would make the transition even slower.",
              ],
              hours=17, section="power", author="Priya Natarajan", related=["G1"]),
            A("G9", "week-in-charts-the-heavy-light-crude-spread-narrows",
              "Week in charts: the heavy-light crude spread narrows",
              "Cheap heavy barrels are getting less cheap.",
              [
                  "The gap between light sweet and heavy sour crude prices on the US Gulf Coast narrowed to its smallest level in two years this week.",
                  "Heavy grades from Canada and Mexico traded at a discount of about 9 dollars a barrel to WTI, compared with more than 15 dollars a year ago. Refiners with cokers are earning less from processing cheap heavy oil as a result.",
                  "Part of the change comes from the new pipeline from Alberta to the Pacific coast, which lets Canadian producers sell more of their oil to Asia. Mexico, meanwhile, is refining more of its own crude at home.",
                  "For refiners, a narrow spread is a reminder that the advantage of complex plants depends on the supply of cheap heavy barrels, which is never guaranteed.",
              ],
              hours=0.75, section="oil", author="Tom Achterberg", related=["G4", "G6"], first=2),
        ]
        for a in arts:
            a.lang = "en"
        return arts

    # ------------------------------------------------------------------ urls
    def path_of(self, art):
        return "/%s/" % art.slug

    def structural_variants(self, art, ed):
        c = self.canonical(art)
        return [c[:-1]]

    def listing_targets(self, ed):
        return (["/", "/rss/", "/sitemap.xml", "/sitemap-posts.xml", "/sitemap-pages.xml", "/sitemap-tags.xml",
                 "/about/"] + ["/tag/%s/" % t for t in TAGS])

    def trending(self, ed):
        return ["G1", "G3", "G5", "G7"] if ed == 1 else ["G3", "G9", "G1", "G5"]

    def sitewide(self, ed):
        return [self.trending(ed)]

    def seeds_entry(self):
        return {
            "name": self.name, "source": self.source, "start_urls": ["/"],
            "feeds": ["/rss/"], "sitemaps": ["/sitemap.xml"],
            "article_patterns": [r"^/(?!tag/|author/|about/|rss/|page/)[a-z0-9-]+/$"],
            "listing_patterns": [r"^/$", r"^/tag/[a-z0-9-]+/$"],
            "language": "en",
        }

    # ------------------------------------------------------------------ routing
    def route(self, target, ed):
        path, query, q = split_target(target)
        by_path = {self.path_of(a): a for a in self.live(ed)}
        if path == "/":
            return page(self._home(ed))
        m = re.fullmatch(r"/tag/([a-z]+)/?", path)
        if m and m.group(1) in TAGS:
            if not path.endswith("/"):
                return redirect(self.url(path + "/"))
            return page(self._tag(m.group(1), ed))
        if path == "/about/":
            return page(self._about(ed))
        if path == "/about":
            return redirect(self.url("/about/"))
        if path == "/rss/":
            return xml(self._rss(ed), "application/rss+xml; charset=utf-8")
        if path == "/sitemap.xml":
            return xml(self._sitemap_index(ed), "text/xml; charset=utf-8")
        if path in ("/sitemap-posts.xml", "/sitemap-pages.xml", "/sitemap-tags.xml"):
            return xml(self._sitemap(path, ed), "text/xml; charset=utf-8")
        if path == "/robots.txt":
            return Resp(200, ("User-agent: *\nSitemap: %s\nDisallow: /ghost/\nDisallow: /email/\n"
                              "Disallow: /members/api/comments/counts/\nDisallow: /r/\nDisallow: /webmentions/receive/\n"
                              % self.url("/sitemap.xml")).encode(), "text/plain; charset=utf-8")
        if path.startswith("/ghost"):
            return page('<!DOCTYPE html><html><head><title>Ghost Admin</title><meta name="robots" content="noindex">'
                        '</head><body><div id="ember-app">Loading Ghost&hellip;</div></body></html>', cacheable=False)
        if path.startswith("/content/images/") and path.endswith(".png"):
            return image(PNG, "image/png")
        if path == "/favicon.ico":
            return image(PNG, "image/png")
        if path in by_path:
            a = by_path[path]
            if a.shell:
                return page(self._shell(a, ed), art=a, cacheable=False,
                            headers={"Cache-Control": "private, no-cache, no-store, max-age=0, must-revalidate"})
            return page(self._post(a, ed), art=a, headers={"Cache-Control": "public, max-age=0"})
        if path + "/" in by_path:
            return redirect(self.url(path + "/") + ("?" + query if query else ""))
        return not_found(self._not_found(ed))

    # ------------------------------------------------------------------ page parts
    def _head(self, title, extra="", icon="/favicon.ico"):
        return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
                '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n'
                '<link rel="icon" href="%s" type="image/png">\n%s'
                '<link rel="alternate" type="application/rss+xml" title="Barrel &amp; Grid" href="%s">\n'
                '<meta name="generator" content="Ghost 5.75">\n'
                "<style>body{font-family:system-ui,sans-serif;margin:0;color:#15171a}.gh-content{max-width:720px;margin:0 auto}"
                ".post-card{display:inline-block;width:30%%;vertical-align:top}.spinner{display:inline-block;width:24px;height:24px;"
                "border:3px solid #ddd;border-top-color:#333;border-radius:50%%}</style>\n</head>\n"
                % (esc(title), icon, extra, self.url("/rss/")))

    def _header(self, views=None):
        counter = '<span class="post-views">%s views</span>' % format(views, ",") if views is not None else ""
        nav = "".join('<li class="nav-%s"><a href="%s">%s</a></li>' % (t, self.url("/tag/%s/" % t), n)
                      for t, n in TAGS.items())
        return ('<a class="gh-skip-link" href="#main">Skip to content</a>\n'
                '<div class="viewport"><header id="gh-head" class="gh-head"><div class="gh-head-inner">'
                '<a class="gh-head-logo" href="%s">Barrel &amp; Grid</a><nav class="gh-head-menu"><ul class="nav">%s'
                '<li class="nav-about"><a href="%s">About</a></li></ul></nav>'
                '<div class="gh-head-actions"><a href="#/portal/signin" data-portal="signin">Sign in</a> '
                '<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>%s</div>'
                "</div></header>\n" % (self.url("/"), nav, self.url("/about/"), counter))

    def _footer(self, ed):
        items = "".join('<li><a href="%s">%s</a></li>' % (self.canonical(self.find(k))[:-1],
                                                          esc(self.find(k).title_at(ed)))
                        for k in self.trending(ed))
        return ('<footer class="site-footer"><section class="footer-trending"><h2>Trending</h2><ol>%s</ol></section>'
                '<div class="footer-cta"><p>Energy markets, one chart at a time.</p>'
                '<a href="#/portal/signup" data-portal="signup">Subscribe to the newsletter</a></div>'
                '<p class="copyright">&copy; %d Barrel &amp; Grid &middot; Published with '
                '<a href="https://ghost.example/" target="_blank" rel="noopener">Ghost</a></p></footer>\n</div>\n'
                "</body>\n</html>\n" % (items, local(self.world.t0, 0).year))

    def _og(self, a, ed):
        m = self.mod(a, ed)
        out = ['<link rel="canonical" href="%s">' % self.canonical(a),
               '<meta name="referrer" content="no-referrer-when-downgrade">',
               '<meta name="description" content="%s">' % esc(a.summary_at(ed)),
               '<meta property="og:site_name" content="Barrel &amp; Grid">',
               '<meta property="og:type" content="article">',
               '<meta property="og:title" content="%s">' % esc(a.title_at(ed)),
               '<meta property="og:description" content="%s">' % esc(a.summary_at(ed)),
               '<meta property="og:url" content="%s">' % self.canonical(a),
               '<meta property="og:image" content="%s">' % self._image(a),
               '<meta property="article:published_time" content="%s">' % iso_ms_z(self.pub(a))]
        out.append('<meta property="article:modified_time" content="%s">' % iso_ms_z(m or self.pub(a)))
        out.append('<meta property="article:tag" content="%s">' % TAGS[a.section])
        out.append('<meta name="twitter:card" content="summary_large_image">')
        return "\n".join(out) + "\n"

    def _image(self, a):
        d = local(self.pub(a), 0)
        return self.url("/content/images/%04d/%02d/%s.png" % (d.year, d.month, a.slug[:30]))

    def _date(self, ts):
        return '<time datetime="%s">%s</time>' % (local(ts, 0).strftime("%Y-%m-%d"), en_short_date(ts, 0))

    def _read_time(self, a, ed):
        return max(1, round(sum(len(p.split()) for p in a.paras_at(ed)) / 200))

    def _read_more(self, a, ed):
        keys = a.related_at(ed)
        if not keys:
            return ""
        cards = []
        for k in keys:
            r = self.find(k)
            cards.append('<article class="post-card post tag-%s"><a class="post-card-image-link" href="%s">'
                         '<img class="post-card-image" src="%s" alt="%s" loading="lazy"></a>'
                         '<div class="post-card-content"><a class="post-card-content-link" href="%s">'
                         '<header class="post-card-header"><div class="post-card-primary-tag">%s</div>'
                         '<h3 class="post-card-title">%s</h3></header></a>'
                         '<footer class="post-card-meta">%s<span class="post-card-meta-length">%d min read</span></footer>'
                         "</div></article>"
                         % (r.section, self.canonical(r), self._image(r), esc(r.title_at(ed)), self.canonical(r),
                            TAGS[r.section], esc(r.title_at(ed)), self._date(self.pub(r)), self._read_time(r, ed)))
        return ('<aside class="read-more-wrap outer"><div class="read-more inner">'
                '<h2 class="read-more-title">Read more</h2><div class="read-more-feed">%s</div></div></aside>\n'
                % "".join(cards))

    def _post(self, a, ed):
        paras = []
        for p in a.paras_at(ed):
            if a.head and a.original is not None and p == a.head[0]:
                o = a.original
                paras.append('<p><em>This piece first appeared in <a href="%s">%s</a>. We are republishing it with '
                             "permission because the water question matters to anyone shipping LNG through the canal.</em></p>"
                             % (o.outlet.canonical(o), esc(o.outlet.source)))
            else:
                paras.append("<p>%s</p>" % esc(p))
        comments = COMMENT_COUNTS.get(a.key, (0, 0))[ed - 1]
        return (self._head("%s" % a.title_at(ed), self._og(a, ed))
                + '<body class="post-template tag-%s">\n' % a.section + self._header()
                + '<main id="main" class="site-main"><article class="article post tag-%s">\n' % a.section
                + '<header class="article-header gh-canvas"><section class="article-tag post-card-primary-tag">'
                  '<a href="%s">%s</a></section><h1 class="article-title">%s</h1><p class="article-excerpt">%s</p>'
                % (self.url("/tag/%s/" % a.section), TAGS[a.section], esc(a.title_at(ed)), esc(a.summary_at(ed)))
                + '<div class="article-byline"><span class="author-name">%s</span> &middot; %s '
                  '<span class="byline-reading-time">&middot; %d min read</span></div>'
                % (esc(a.author), self._date(self.pub(a)), self._read_time(a, ed))
                + '<figure class="article-image"><img src="%s" alt="%s"></figure></header>\n'
                % (self._image(a), esc(a.title_at(ed)))
                + '<section class="gh-content gh-canvas">\n' + "\n".join(paras) + "\n</section>\n"
                + '<section class="article-comments gh-canvas"><a href="#ghost-comments-root" class="comments-count">'
                  "%s</a><div id=\"ghost-comments-root\"></div></section>\n"
                % ("%d comment%s" % (comments, "" if comments == 1 else "s") if comments else "Start the conversation")
                + "</article>\n" + self._read_more(a, ed) + "</main>\n" + self._footer(ed))

    def _shell(self, a, ed):
        """Client-rendered post: the chrome is static, the post arrives in __NEXT_DATA__."""
        views = self.world.counter("barrelgrid-%s" % a.slug, 8412)
        post = {"id": "65a1f0c2e4b0%06d" % (a.hours * 100), "slug": a.slug, "title": a.title_at(ed),
                "custom_excerpt": a.summary_at(ed), "published_at": iso_ms_z(self.pub(a)),
                "updated_at": iso_ms_z(self.last_change(a, ed)),
                "primary_tag": {"slug": a.section, "name": TAGS[a.section]},
                "primary_author": {"name": a.author}, "reading_time": self._read_time(a, ed),
                "html": "".join("<p>%s</p>" % esc(p) for p in a.paras_at(ed)),
                "chart": {"months": 12, "transits": [14, 12, 11, 13, 16, 19, 22, 24, 25, 27, 29, 31]},
                "views": views}
        data = {"props": {"pageProps": {"post": post, "settings": {"title": "Barrel & Grid"}}, "__N_SSG": False},
                "page": "/[slug]", "query": {"slug": a.slug}, "buildId": "k2Jx8fQpD1hV0aL7", "isFallback": False,
                "gssp": True, "scriptLoader": []}
        script = (
            "(function(){var d=JSON.parse(document.getElementById('__NEXT_DATA__').textContent);"
            "var p=d.props.pageProps.post;var root=document.getElementById('post-root');"
            "var art=document.createElement('article');art.className='article post tag-'+p.primary_tag.slug;"
            "var h=document.createElement('header');h.className='article-header gh-canvas';"
            "var t=document.createElement('h1');t.className='article-title';t.textContent=p.title;"
            "var ex=document.createElement('p');ex.className='article-excerpt';ex.textContent=p.custom_excerpt;"
            "var by=document.createElement('div');by.className='article-byline';"
            "var tm=document.createElement('time');tm.setAttribute('datetime',p.published_at.slice(0,10));"
            "tm.textContent=new Date(p.published_at).toDateString();"
            "by.appendChild(document.createTextNode(p.primary_author.name+' \\u00b7 '));by.appendChild(tm);"
            "h.appendChild(t);h.appendChild(ex);h.appendChild(by);"
            "var c=document.createElement('section');c.className='gh-content gh-canvas';c.innerHTML=p.html;"
            "var chart=document.createElement('div');chart.className='chart';"
            "p.chart.transits.forEach(function(n){var b=document.createElement('span');b.className='bar';"
            "b.style.display='inline-block';b.style.width='8px';b.style.marginRight='2px';b.style.background='#0a7';"
            "b.style.height=(n*4)+'px';b.title=n+' transits';chart.appendChild(b);});"
            "art.appendChild(h);art.appendChild(chart);art.appendChild(c);root.innerHTML='';root.appendChild(art);})();")
        og = ('<link rel="canonical" href="%s">\n<meta property="og:site_name" content="Barrel &amp; Grid">\n'
              '<meta property="og:type" content="article">\n<meta property="og:title" content="%s">\n'
              '<meta property="og:url" content="%s">\n' % (self.canonical(a), esc(a.title_at(ed)), self.canonical(a)))
        return (self._head(a.title_at(ed), og, icon="data:,")
                + '<body class="post-template">\n' + self._header(views)
                + '<main id="main" class="site-main"><div id="post-root"><div class="post-loading" role="status">'
                  '<span class="spinner"></span> Loading&hellip;</div></div></main>\n'
                + '<script id="__NEXT_DATA__" type="application/json">%s</script>\n'
                % json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
                + "<script>%s</script>\n" % script
                + self._footer(ed))

    def _card(self, a, ed, ref=None):
        href = self.canonical(a) + ("?ref=%s" % ref if ref else "")
        return ('<article class="post-card post tag-%s"><a class="post-card-content-link" href="%s">'
                '<h2 class="post-card-title">%s</h2><div class="post-card-excerpt">%s</div></a>'
                '<footer class="post-card-meta">%s</footer></article>\n'
                % (a.section, href, esc(a.title_at(ed)), esc(a.summary_at(ed)), self._date(self.pub(a))))

    def _home(self, ed):
        posts = self.latest(ed)
        featured = self.find("G3")
        return (self._head("Barrel & Grid", '<link rel="canonical" href="%s">\n'
                           '<meta property="og:type" content="website">\n' % self.url("/"))
                + '<body class="home-template">\n' + self._header()
                + '<main id="main" class="site-main"><section class="featured"><h2>Featured</h2>'
                + self._card(featured, ed, "featured") + "</section>\n"
                + '<div class="post-feed">' + "".join(self._card(a, ed) for a in posts) + "</div></main>\n"
                + self._footer(ed))

    def _tag(self, tag, ed):
        posts = [a for a in self.latest(ed) if a.section == tag]
        return (self._head("%s - Barrel & Grid" % TAGS[tag], '<link rel="canonical" href="%s">\n'
                           % self.url("/tag/%s/" % tag))
                + '<body class="tag-template tag-%s">\n' % tag + self._header()
                + '<main id="main" class="site-main"><header class="tag-header"><h1>%s</h1></header>' % TAGS[tag]
                + '<div class="post-feed">' + "".join(self._card(a, ed) for a in posts) + "</div></main>\n"
                + self._footer(ed))

    def _about(self, ed):
        return (self._head("About - Barrel & Grid", '<link rel="canonical" href="%s">\n' % self.url("/about/"))
                + '<body class="page-template page-about">\n' + self._header()
                + '<main id="main" class="site-main"><article class="article page"><h1 class="article-title">About</h1>'
                  '<section class="gh-content"><p>Barrel &amp; Grid is an independent newsletter about oil, gas and '
                  "electricity in Latin America and the Caribbean, written by two former commodity analysts.</p></section>"
                  "</article></main>\n" + self._footer(ed))

    def _not_found(self, ed):
        return (self._head("404 - Barrel & Grid") + '<body class="error-template">' + self._header()
                + '<main id="main" class="site-main"><h1 class="error-code">404</h1><p class="error-description">Page not found</p>'
                  "</main>" + self._footer(ed))

    # ------------------------------------------------------------------ feeds and sitemaps
    def _rss(self, ed):
        items = []
        for a in self.latest(ed)[:15]:
            items.append("<item><title><![CDATA[%s]]></title><description><![CDATA[%s]]></description>"
                         "<link>%s</link><guid isPermaLink=\"false\">65a1f0c2e4b0%06d</guid>"
                         "<category><![CDATA[%s]]></category><dc:creator><![CDATA[%s]]></dc:creator>"
                         "<pubDate>%s</pubDate></item>"
                         % (a.title_at(ed), a.summary_at(ed), self.canonical(a), int(a.hours * 100),
                            TAGS[a.section], a.author, rfc822(self.pub(a))))
        return ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" '
                'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" '
                'version="2.0"><channel><title><![CDATA[Barrel & Grid]]></title>'
                "<description><![CDATA[Energy markets, one chart at a time.]]></description><link>%s</link>"
                "<generator>Ghost 5.75</generator><lastBuildDate>%s</lastBuildDate>"
                '<atom:link href="%s" rel="self" type="application/rss+xml"/><ttl>60</ttl>%s</channel></rss>\n'
                % (self.url("/"), rfc822(self.world.t0 - 120), self.url("/rss/"), "".join(items)))

    def _sitemap_index(self, ed):
        last = iso_ms_z(max(self.last_change(a, ed) for a in self.live(ed)))
        maps = "".join("<sitemap><loc>%s</loc><lastmod>%s</lastmod></sitemap>" % (self.url(p), last)
                       for p in ("/sitemap-pages.xml", "/sitemap-posts.xml", "/sitemap-tags.xml"))
        return ('<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                "%s</sitemapindex>\n" % maps)

    def _sitemap(self, path, ed):
        if path == "/sitemap-posts.xml":
            locs = [(self.canonical(a), iso_ms_z(self.last_change(a, ed)))
                    for a in sorted(self.live(ed), key=lambda a: a.hours)]
        elif path == "/sitemap-pages.xml":
            locs = [(self.url("/about/"), iso_ms_z(self.world.t0 - 90 * 86400))]
        else:
            locs = [(self.url("/tag/%s/" % t), iso_ms_z(self.world.t0 - 120)) for t in TAGS]
        urls = "".join("<url><loc>%s</loc><lastmod>%s</lastmod></url>" % l for l in locs)
        return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">%s</urlset>\n' % urls)
