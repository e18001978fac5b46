"""Log lines for dropped items that name the reason and URL, not the whole article."""

import logging

from scrapy.logformatter import LogFormatter


class NewswatchLogFormatter(LogFormatter):
    def dropped(self, item, exception, response, spider=None):
        return {"level": logging.INFO, "msg": "Dropped: %(exception)s", "args": {"exception": exception}}
