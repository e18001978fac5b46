"""``newswatch monitor``: keeps sites under watch on a schedule and watches the pipeline itself.

lease (one acting monitor), schedule (when each site's next round is due),
rounds (crawl processes), stream_follower (what the workers published),
watchdog (self-monitoring conditions and their alerts), canary (the
end-to-end check), loop (the monitor that ties them together).
"""
