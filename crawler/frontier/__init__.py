"""What to fetch and when, shared by every spider process through Redis: the frontier (store), its
Scrapy scheduler, politeness per host, revisits, conditional refetches, source polling, crawl traps."""
