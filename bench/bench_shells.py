"""What telling JS shells apart costs (render = "auto"), against the extraction it comes before, in one run.

Every article page of the open-web dev world (tests/openweb/dev), fetched once: the time
``crawler.extraction.shells.is_shell`` takes per page and the time ``extract_fields`` takes, as a ratio.

    .venv/bin/python -m bench.bench_shells [--rounds 20]
"""

import argparse
import time
import urllib.request

from scrapy.http import HtmlResponse

from crawler.extraction.fields import extract_fields
from crawler.extraction.shells import is_shell
from crawler.seeds import SiteConfig
from tests.openweb.dev import World


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    with World() as world:
        pages = [(a["url"], urllib.request.urlopen(a["url"]).read()) for a in world.key(1)["articles"]]
    site = SiteConfig(name="bench", base_url="http://bench.invalid", start_urls=())
    responses = [HtmlResponse(url, body=body) for url, body in pages]
    for response in responses:
        response.css("a")  # parsed once, as the spider's link following does before
    started = time.perf_counter()
    shells = sum(is_shell(response) for _ in range(args.rounds) for response in responses) // args.rounds
    check = (time.perf_counter() - started) / (args.rounds * len(responses))
    started = time.perf_counter()
    for _ in range(max(1, args.rounds // 5)):
        for url, body in pages:
            extract_fields(body.decode("utf-8", "replace"), url, site)
    extract = (time.perf_counter() - started) / (max(1, args.rounds // 5) * len(pages))
    print(f"{len(pages)} article pages, {shells} of them shells")
    print(f"  is_shell:       {check * 1000:6.2f} ms/page")
    print(f"  extract_fields: {extract * 1000:6.2f} ms/page   (shell check / extraction: {check / extract:.3f})")


if __name__ == "__main__":
    main()
