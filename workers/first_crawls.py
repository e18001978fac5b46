"""Old news is not news: until a crawl of a site has finished, the old articles found on it are learned.

The first crawl of a new site finds its archive: months of articles, each new to us,
none news to on-call staff. The same happens to every site after Redis was wiped
(newswatch.shared.instance), when nothing is remembered. So until a crawl of the site finished
with articles of it (crawler.extensions.SitesLearned), and for that crawl's own
articles still in the queue, an article published longer ago than
NEWSWATCH_ALERT_MAX_AGE raises no keyword alert, nor story development: it is
processed, published on the stream and counted as ``alerts/withheld_old``, and alerts
like any other when it changes later. An article with no date, or a date that cannot
be read, alerts: never a silent miss.
"""

from datetime import datetime, timezone


class FirstCrawls:
    def __init__(self, connection, keys, max_age):
        self.redis, self.keys, self.max_age = connection, keys, max_age

    def too_old_to_alert(self, article, now=None):
        """True for an article published over ``max_age`` ago whose site is still being learned."""
        if self.max_age <= 0 or not article.crawl_id:
            return False
        published = _parse(article.published_at)
        now = now or datetime.now(timezone.utc)
        if published is None or (now - published).total_seconds() <= self.max_age:
            return False
        learned_by = self.redis.hget(self.keys.sites_learned, article.site)
        return learned_by is None or learned_by.decode() == article.crawl_id


def _parse(value):
    try:
        moment = datetime.fromisoformat(value) if value else None
    except ValueError:
        return None
    if moment is not None and moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment
