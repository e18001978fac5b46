"""The RQ job functions newswatch enqueues, by the dotted names jobs carry in Redis.

Spiders, workers and the CLI name jobs from here, and a newswatch worker runs no
other function (workers.job_policy): these names are its allow-list.
"""

PROCESS_ARTICLES = "workers.jobs.process_articles"
PROCESS_ARTICLE = "workers.jobs.process_article"
DELIVER_ALERT = "workers.jobs.deliver_alert"
DELIVER_DIGEST = "workers.jobs.deliver_digest"

JOB_FUNCTIONS = frozenset({PROCESS_ARTICLES, PROCESS_ARTICLE, DELIVER_ALERT, DELIVER_DIGEST})
