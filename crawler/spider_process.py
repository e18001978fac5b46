"""The spider as a child process, from any directory.

``scrapy crawl`` finds its project by SCRAPY_SETTINGS_MODULE as well as by a
``scrapy.cfg`` in the current directory; an installed wheel has no
``scrapy.cfg``, so every child is given the settings module by name.
"""

import sys

SETTINGS_MODULE = "crawler.settings"


def spider_command(site=None, *arguments):
    """``scrapy crawl news`` (one site with ``site``; ``arguments``: more spider arguments, ``name=value``)
    with this interpreter."""
    extra = [part for argument in arguments for part in ("-a", argument)]
    return [sys.executable, "-m", "scrapy", "crawl", "news", *(["-a", f"site={site}"] if site else []), *extra]


def spider_env(env):
    """``env`` with the settings module named, so the command above works wherever it runs."""
    return {**env, "SCRAPY_SETTINGS_MODULE": SETTINGS_MODULE}
