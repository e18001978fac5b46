"""What a foreground ``newswatch crawl`` says when it ends: its one-line summary, and whether any page was fetched.

Read from the crawl's statistics (see crawler.failures for the reasons counted). A page is
"dropped" once it was fetched and given up on (an error status, an article without a title,
an extraction error) or, for items, once a pipeline refused it; a "failed fetch" got no answer
at all (a timeout, a refused connection). A crawl whose every page ended in one or the other
fetched nothing, however cleanly it finished.
"""

DROPPED, ERRORS = "newswatch/dropped/", "newswatch/errors/"
# Drop reasons counted before a page became an item (item_dropped_count counts the others).
BEFORE_ITEMS = ("extraction_error", "needs_rendering")


def summary_line(crawl_id, stats):
    """``crawl ID: N pages, N articles enqueued, N dropped (reason n, ...), N failed fetches``."""
    before_items = {reason: n for reason, n in _counts(stats, DROPPED).items()
                    if reason in BEFORE_ITEMS or reason.startswith("http_")}
    dropped = stats.get("item_dropped_count", 0) + sum(before_items.values())
    why = _listed(_counts(stats, DROPPED))
    return (f"crawl {crawl_id}: {stats.get('response_received_count', 0)} pages, "
            f"{stats.get('newswatch/enqueued', 0)} articles enqueued, {dropped} dropped" + (f" ({why})" if why else "")
            + f", {sum(_counts(stats, ERRORS).values())} failed fetches")


def nothing_fetched(stats):
    """Why no page the crawl took could be fetched (``http_404 1``), or None when one was (or none was taken)."""
    failed = {reason: n for reason, n in _counts(stats, DROPPED).items() if reason.startswith("http_")}
    failed |= {reason: n for reason, n in _counts(stats, ERRORS).items() if reason != "enqueue"}  # Redis's, not a fetch
    taken = stats.get("newswatch/frontier/leased", 0)
    if not taken or sum(failed.values()) < taken:
        return None
    return _listed(failed)


def _counts(stats, prefix):
    return {key[len(prefix):]: value for key, value in stats.items() if key.startswith(prefix) and value}


def _listed(counts):
    """``reason n, ...``, most frequent first."""
    return ", ".join(f"{reason} {n}" for reason, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])))
