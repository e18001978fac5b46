"""Every Redis key newswatch writes, under one configurable prefix.

Nothing else builds key strings. Keys that grow carry a TTL
(``NEWSWATCH_DEDUP_TTL``) or a bound (``NEWSWATCH_MAX_VERSIONS``,
``NEWSWATCH_STREAM_MAXLEN``). RQ's own keys (``rq:*``) are RQ's; the queues are
named after the prefix too, so deployments with different prefixes can share a
Redis database: neither ever takes the other's jobs.
"""

from dataclasses import dataclass

from newswatch.shared.errors import ConfigError

# The one key outside every prefix: which key prefix owns each queue (queue name -> prefix).
QUEUE_OWNERS = "newswatch:queue-owners"


def queue_names(settings):
    """(article queue, alert queue): the names set, else ``<prefix>-articles`` and ``<prefix>-alerts``."""
    prefix = settings.get("NEWSWATCH_KEY_PREFIX")
    return (settings.get("NEWSWATCH_ARTICLE_QUEUE") or f"{prefix}-articles",
            settings.get("NEWSWATCH_ALERT_QUEUE") or f"{prefix}-alerts")


def claim_queues(connection, prefix, names):
    """Record that these queues belong to ``prefix``; ConfigError if another prefix's processes use one.

    Two prefixes on one queue would each process the other's articles into their own keys.
    """
    for name in names:
        connection.hsetnx(QUEUE_OWNERS, name, prefix)
        owner = (connection.hget(QUEUE_OWNERS, name) or b"").decode()
        if owner != prefix:
            raise ConfigError("NEWSWATCH_ARTICLE_QUEUE, NEWSWATCH_ALERT_QUEUE", None,
                              f"queue {name!r} belongs to the deployment with key prefix {owner!r}, not {prefix!r}: "
                              f"give this deployment queue names of its own (unset, they follow the key prefix)")


def release_queues(connection, names):
    """Forget who owns these queues (a demo run deleting its own)."""
    if names:
        connection.hdel(QUEUE_OWNERS, *names)


@dataclass(frozen=True)
class RedisKeys:
    prefix: str = "nw"

    # Downstream stream of processed events (trimmed by workers.stream_trim).
    @property
    def stream(self):
        return f"{self.prefix}:stream:events"

    # Events each consumer group lost to the stream's hard cap: group -> count (workers.stream_trim).
    @property
    def stream_dropped(self):
        return f"{self.prefix}:stream:dropped"

    # Held by the worker trimming the stream (seconds).
    @property
    def stream_trim_lock(self):
        return f"{self.prefix}:stream:trimming"

    # Which article first carried this exact content (TTL: dedup retention).
    def content_owner(self, content_fp):
        return f"{self.prefix}:content:{content_fp}"

    # The answer to one worker's take of a job (JSON), kept until its next take: a take whose answer was lost
    # with the connection is answered again when redis-py sends it again, not served anew (workers.reliable).
    def worker_take_answer(self, worker, token):
        return f"{self.prefix}:worker:{worker}:take:{token}"

    # The RQ job delivering an alert: RQ's job keys are shared by every deployment on the database.
    def delivery_job(self, alert_id):
        return f"{self.prefix}-{alert_id}"

    def alert_of_delivery_job(self, job_id):
        return job_id.removeprefix(f"{self.prefix}-")

    # Current state of one canonical article: substance fingerprint, version (TTL).
    def article(self, article_id):
        return f"{self.prefix}:article:{article_id}"

    # Articles whose page names this one (not fetched yet) as its original, a canonical on another site (TTL).
    def copy_claims(self, article_id):
        return f"{self.prefix}:claims:{article_id}"

    # Shapes (digits masked) of short lines in the first versions of a site's articles of one week ->
    # how many, and "#articles" (TTL: two weeks).
    def site_line_shapes(self, site, week):
        return f"{self.prefix}:lineshapes:{site}:{week}"

    # The article a page identity belongs to, where its canonical URL is another spelling (TTL): how a page
    # found gone or moved is matched with its article (workers.page_status).
    def page_article(self, identity_id):
        return f"{self.prefix}:page:{identity_id}"

    # Past versions of one article, newest first (bounded list, TTL).
    def versions(self, article_id):
        return f"{self.prefix}:article:{article_id}:versions"

    # Set once when an alert is decided for (rule, article version) (TTL).
    def alert_decision(self, rule_id, article_id, version):
        return f"{self.prefix}:alerted:{rule_id}:{article_id}:{version}"

    # One alert: what it says and how its delivery went (TTL).
    def alert(self, alert_id):
        return f"{self.prefix}:alert:{alert_id}"

    # Open while a rule's alerts on a story are being grouped (TTL: the rule's throttle window).
    def alert_window(self, rule_id, story_id):
        return f"{self.prefix}:alertwindow:{rule_id}:{story_id}"

    # Alerts held back by that window, sent together when it closes (TTL).
    def alert_digest(self, rule_id, story_id):
        return f"{self.prefix}:alertdigest:{rule_id}:{story_id}"

    # Channels a digest already reached, so a retry never sends it twice (TTL).
    def alert_digest_delivered(self, rule_id, story_id):
        return f"{self.prefix}:alertdigest:{rule_id}:{story_id}:delivered"

    # Recent alert ids, newest first (bounded list).
    @property
    def alert_log(self):
        return f"{self.prefix}:alerts:recent"

    # On-call actions (workers.actions): a muted story and a snoozed rule send nothing until the key expires.
    def story_muted(self, story_id):
        return f"{self.prefix}:actions:mute:story:{story_id}"

    def rule_snoozed(self, rule_id):
        return f"{self.prefix}:actions:snooze:rule:{rule_id}"

    # The newest version of an article a web view user has looked at ("changes since I last looked"; TTL).
    def web_seen(self, user, article_id):
        return f"{self.prefix}:web:seen:{user}:{article_id}"

    # The mute and snooze keys by the time they end (sorted set): what is in force, without a SCAN.
    @property
    def holds(self):
        return f"{self.prefix}:actions:holds"

    # Every action taken (acknowledge, mute, snooze, unmute), newest first (bounded list of JSON).
    @property
    def action_log(self):
        return f"{self.prefix}:actions:log"

    # The articles of one story: article id -> first-seen time in ms (sorted set, TTL as the story).
    def story_articles(self, story_id):
        return f"{self.prefix}:story:{story_id}:articles"

    # Alert ids by creation time in ms, for the web view's list and filters (sorted sets, trimmed to
    # NEWSWATCH_DEDUP_TTL, as the alerts themselves): every alert, and by rule, by site, by severity.
    @property
    def alert_index(self):
        return f"{self.prefix}:alerts:index"

    def alert_index_by(self, facet, value):
        return f"{self.prefix}:alerts:index:{facet}:{value}"

    # The sites and rules alerts were raised for (sets): the web view's filter choices.
    def alert_facet_values(self, facet):
        return f"{self.prefix}:alerts:facet:{facet}"

    # Alert channel targets whose last delivery attempt failed: "<target>:error|since|last" (TTL: a week).
    @property
    def alert_channels_failing(self):
        return f"{self.prefix}:alerts:failing"

    # Counters of one crawl (pages, items, drops) and of the workers (events).
    def crawl_stats(self, crawl_id):
        return f"{self.prefix}:stats:crawl:{crawl_id}"

    # Related-news graph of one crawl: "from\tto" -> edge JSON, and url -> title (TTL).
    def graph_edges(self, crawl_id):
        return f"{self.prefix}:graph:{crawl_id}:edges"

    def graph_nodes(self, crawl_id):
        return f"{self.prefix}:graph:{crawl_id}:nodes"

    # --- story threads (TTL) ---

    # Key terms of one article, kept to compare later articles linked with it: a JSON list, term then weight.
    def story_terms(self, article_id):
        return f"{self.prefix}:story:termlist:{article_id}"

    # The same as a hash (term -> weight), as written before December 2026: still read, never written.
    def legacy_story_terms(self, article_id):
        return f"{self.prefix}:story:terms:{article_id}"

    # Articles already seen that list this one under "Related News".
    def story_incoming(self, article_id):
        return f"{self.prefix}:story:incoming:{article_id}"

    # The story an article belongs to (possibly merged since: follow merged_into).
    def story_of(self, article_id):
        return f"{self.prefix}:story:of:{article_id}"

    # One story: title, size, created time, merged_into.
    def story(self, story_id):
        return f"{self.prefix}:story:{story_id}"

    # Rules that have alerted on this story.
    def story_alerted(self, story_id):
        return f"{self.prefix}:story:{story_id}:alerted"

    # --- metrics: cluster-wide counters added to by every spider and worker (newswatch.shared.metric_store) ---

    # One counter family: label values ("site", or "site\toutcome") -> count. No TTL, since Prometheus
    # counters must only grow; bounded by sites x outcomes x channels.
    def metric_counter(self, family):
        return f"{self.prefix}:metrics:{family}"

    # Fetch-to-alert latency histogram: "le:<bound>" (per bucket, not cumulative), "sum", "count".
    # No TTL; a fixed number of fields.
    @property
    def alert_latency(self):
        return f"{self.prefix}:metrics:alert_latency"

    # --- the frontier shared by every spider process of one crawl name ---

    # The current crawl: id, sequence number, status (running/finished), times.
    def crawl_state(self, name):
        return f"{self.prefix}:frontier:{name}:state"

    # Requests waiting, as JSON, ordered by priority then arrival (sorted set).
    def frontier_queue(self, name):
        return f"{self.prefix}:frontier:{name}:queue"

    # Requests handed to a process, scored by lease expiry (sorted set).
    def frontier_leases(self, name):
        return f"{self.prefix}:frontier:{name}:leases"

    # The answer to one pop (JSON), kept until the process's next pop: a pop whose answer was lost
    # with the connection is answered again when redis-py sends it again, not served anew.
    def frontier_pop_answer(self, name, token):
        return f"{self.prefix}:frontier:{name}:pop:{token}"

    # Arrival counter giving FIFO order within a priority.
    def frontier_counter(self, name):
        return f"{self.prefix}:frontier:{name}:counter"

    # Seen URLs, a linear hash table (crawler.frontier.seen_scripts): its level, split pointer, entry count and the
    # end of the legacy reads (hash, TTL) ...
    def seen_table(self, name):
        return f"{self.prefix}:seen:{name}:lh"

    # ... and its buckets, 8-byte fingerprint -> (revisit due, crawl sequence) (TTL). The script appends the
    # bucket number in hex to this prefix: the bucket a URL is in depends on the table's level.
    def seen_bucket_prefix(self, name):
        return f"{self.prefix}:seen:{name}:lh:"

    # The seen set before December 2026, read until NEWSWATCH_DEDUP_TTL after the upgrade: 65,536 fixed shards
    # (NEWSWATCH_FRONTIER_BUCKETS), 6-byte fingerprint -> (revisit due, crawl sequence). The script appends the
    # shard in 4-digit hex to this prefix.
    def legacy_seen_prefix(self, name):
        return f"{self.prefix}:seen:{name}:"

    # Validators of article pages, sharded like the seen set: 6-byte URL fingerprint ->
    # "<Last-Modified epoch> <ETag>" (at most 64 bytes) (TTL: NEWSWATCH_DEDUP_TTL, per shard).
    def validators(self, bucket):
        return f"{self.prefix}:validators:{bucket}"

    # The listings and sitemaps a listing page or sitemap index linked to at its last full fetch, by page
    # identity (crawler.frontier.listing_memory) (TTL: NEWSWATCH_DEDUP_TTL).
    def listing_links(self, page_fp):
        return f"{self.prefix}:listing_links:{page_fp}"

    # When each listing, feed and sitemap of a site is next polled, by page identity, scored by epoch
    # seconds (crawler.frontier.source_polls) (TTL: NEWSWATCH_DEDUP_TTL).
    def source_due(self, site):
        return f"{self.prefix}:sources:{site}:due"

    # How many polls in a row each source of a site answered with nothing another source had not
    # already given: page identity -> count (TTL: NEWSWATCH_DEDUP_TTL).
    def source_misses(self, site):
        return f"{self.prefix}:sources:{site}:misses"

    # The newest lastmod a sitemap or feed gave for each article of a site: 6-byte URL fingerprint ->
    # epoch seconds (crawler.frontier.lastmods) (TTL: NEWSWATCH_DEDUP_TTL).
    def lastmods(self, site):
        return f"{self.prefix}:lastmods:{site}"

    # WebSub (newswatch.monitor.websub): the hub each feed of a site advertised at its last full read,
    # topic -> hub URL (TTL: NEWSWATCH_DEDUP_TTL).
    def websub_hubs(self, site):
        return f"{self.prefix}:websub:{site}:hubs"

    # The site's subscription: topic, hub, callback, secret, requested, expires (TTL: its lease).
    def websub_subscription(self, site):
        return f"{self.prefix}:websub:{site}:subscription"

    # Feed bodies the hub pushed, oldest first, until a push round reads them (bounded; TTL).
    def websub_inbox(self, site):
        return f"{self.prefix}:websub:{site}:inbox"

    # Sites with pushed feeds waiting for a push round.
    @property
    def websub_ready(self):
        return f"{self.prefix}:websub:ready"

    # A host's robots.txt as last fetched, for the rounds that follow (TTL: NEWSWATCH_ROBOTS_TTL).
    def robots(self, netloc):
        return f"{self.prefix}:robots:{netloc}"

    # Pages scheduled for one site in one crawl, against its page budget (TTL).
    def site_budget(self, name, crawl_seq, site):
        return f"{self.prefix}:frontier:{name}:budget:{crawl_seq}:{site}"

    # Names of every crawl that has run (one per site crawled alone, "news" for all sites).
    @property
    def crawl_names(self):
        return f"{self.prefix}:frontier:names"

    # Articles to fetch again, scored by when (epoch seconds) (TTL: dedup retention).
    def revisit_due(self, site):
        return f"{self.prefix}:revisit:{site}:due"

    # Where each article is on the revisit schedule: "step first_seen"; gone past the last step (TTL).
    def revisit_steps(self, site):
        return f"{self.prefix}:revisit:{site}:steps"

    def site_budget_pattern(self, name, crawl_seq):
        """SCAN pattern of every site's budget in one crawl."""
        return self.site_budget(name, crawl_seq, "*")

    # --- politeness shared by every process, per host ---

    # Earliest time (ms) the next request to this host may start.
    def host_next_slot(self, host):
        return f"{self.prefix}:polite:{host}:next"

    # Requests to this host in flight, scored by expiry (sorted set).
    def host_in_flight(self, host):
        return f"{self.prefix}:polite:{host}:inflight"

    # --- near-duplicate index shared by every worker (TTL: near-duplicate retention) ---

    # The MinHash bands of the articles inserted in one time slice (workers.near_duplicates): field = digest of
    # (band, values), value = the article ids that have it, comma-joined (hash; expires with the slice).
    def near_dup_bands(self, time_slice):
        return f"{self.prefix}:neardup:bands:{time_slice}"

    # One indexed article: "<insertion order>:" + the low 16 bits of its MinHash values (bytes).
    def near_dup_signature(self, article_id):
        return f"{self.prefix}:neardup:sig:{article_id}"

    # The last insertion order handed out (a counter: orders only increase).
    @property
    def near_dup_order(self):
        return f"{self.prefix}:neardup:order"

    # --- which Redis this is (newswatch.shared.instance) ---

    # The instance marker: {"id", "since", "by"}, written at first use; gone or changed: Redis was wiped.
    @property
    def instance(self):
        return f"{self.prefix}:instance"

    # Wipes seen, newest first, as JSON (bounded list); and one key per lost instance, so a wipe is told once.
    @property
    def wipes(self):
        return f"{self.prefix}:instance:wipes"

    def wipe_seen(self, lost_instance):
        return f"{self.prefix}:instance:wiped:{lost_instance}"

    # Sites learned: site -> id of the first crawl that finished with articles of it (workers.first_crawls).
    @property
    def sites_learned(self):
        return f"{self.prefix}:sites:learned"

    # --- the monitor: its schedule and its watch over the pipeline ---

    # Owner of the monitor lease: only the monitor holding it acts (expires unless renewed).
    @property
    def monitor_leader(self):
        return f"{self.prefix}:monitor:leader"

    # Sites under watch, scored by when their next round is due (epoch seconds).
    @property
    def monitor_schedule(self):
        return f"{self.prefix}:monitor:schedule"

    # One site's rounds: last crawl id, start and end, pages, articles, errors, cadence learned.
    def monitor_site(self, site):
        return f"{self.prefix}:monitor:site:{site}"

    # Stream id up to which the monitor has read the downstream stream.
    @property
    def monitor_cursor(self):
        return f"{self.prefix}:monitor:cursor"

    # A self-monitoring condition that is open (alerted once, cleared when it recovers).
    def watch_open(self, check, subject):
        return f"{self.prefix}:watch:open:{check}:{subject}"

    def watch_open_pattern(self):
        """SCAN pattern of every open condition."""
        return self.watch_open("*", "*")

    # Self-monitoring alerts, newest first, as JSON (bounded list).
    @property
    def watch_log(self):
        return f"{self.prefix}:watch:recent"

    # Held by the process sending one self-monitoring alert (seconds): never two senders at once.
    def watch_sending(self, alert_id):
        return f"{self.prefix}:watch:sending:{alert_id}"

    # Self-monitoring alerts not yet taken by their channel: id -> JSON.
    @property
    def watch_pending(self):
        return f"{self.prefix}:watch:pending"

    # The end-to-end canary: its current run and the outcome of the last ones.
    @property
    def canary(self):
        return f"{self.prefix}:canary"
