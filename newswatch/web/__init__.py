"""``newswatch web``: the on-call web view, server-rendered with Flask, and a JSON API behind the same data.

Pages: alerts (filters, search), one alert (why it matched, the article, delivery receipts,
actions), an article's versions with their diffs, a story's timeline. Everything is read
from the Redis the workers write; actions are written where delivery reads them
(workers.actions). Nobody reads or acts without logging in (newswatch.web.auth).
"""
