"""Self-check of the retractions world: does each URL answer as README.md's phases table says?

    python tests/openweb/retractions/selfcheck.py        (or python -m tests.openweb.retractions.selfcheck)

Walks phases 0..4 with urllib, following no redirect, and checks status codes, Location
headers, the hang (no answer within 2 s; not waited out), the reset, the listings, 304s on
revalidation and that a page that comes back serves the same content. The expected table
below is written out by hand from README.md, not derived from world.py's script.
Exits 0 when everything holds, 1 otherwise.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import socket
import sys
import urllib.error
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
if __package__:
    from .world import RetractionWorld
else:
    sys.path.insert(0, str(HERE))
    from world import RetractionWorld  # noqa: E402

N = "/news/"
A301_NEW = "/news/americas/maduro-pleads-not-guilty-to-new-charges"
A308_NEW = "/news/sport/valencia-football-club-unveils-stadium-plan"

# path: answers in phases 0..4. "200", "404", ..., "hang", "reset",
# "301 {base}/x" (absolute Location), "308 /x" (Location as written).
TABLE = {
    N + "maduro-defence-asks-for-delay-in-manhattan-hearing": ["200", "404", "404", "404", "404"],
    N + "caracas-markets-react-to-maduro-court-date": ["200", "410", "410", "410", "410"],
    N + "puerto-cabello-dredging-contract-awarded": ["200", "404", "404", "404", "404"],
    N + "oil-tankers-wait-off-jose-as-maduro-case-drags-on": ["200", "404", "200", "200", "200"],
    N + "maduro-supporters-rally-in-plaza-bolivar": ["200", "404", "200", "404", "404"],
    N + "colombian-border-towns-watch-maduro-trial-closely": ["200", "404", "503", "404", "404"],
    N + "maduro-lawyers-file-motion-over-seized-aircraft": ["200", "503", "503", "503", "503"],
    N + "judge-sets-rules-for-press-at-maduro-trial": ["200", "500", "502", "504", "500"],
    N + "maduro-era-ministers-named-in-new-indictment": ["200", "hang", "hang", "hang", "hang"],
    N + "venezuelan-diaspora-in-miami-follows-maduro-proceedings":
        ["200", "reset", "reset", "reset", "reset"],
    N + "maduro-pleads-not-guilty-to-new-charges": ["200"] + ["301 {base}" + A301_NEW] * 4,
    N + "valencia-football-club-unveils-stadium-plan": ["200"] + ["308 " + A308_NEW] * 4,
    N + "maduro-transfer-to-new-jail-reported": ["200"] + ["301 {base}/"] * 4,
    N + "what-we-know-about-the-maduro-case": ["200", "200", "200", "200", "200"],
    A301_NEW: ["404", "200", "200", "200", "200"],
    A308_NEW: ["404", "200", "200", "200", "200"],
}

# what the home page lists in each phase (article paths)
ALWAYS = [
    N + "maduro-lawyers-file-motion-over-seized-aircraft",
    N + "judge-sets-rules-for-press-at-maduro-trial",
    N + "maduro-era-ministers-named-in-new-indictment",
    N + "venezuelan-diaspora-in-miami-follows-maduro-proceedings",
    N + "what-we-know-about-the-maduro-case",
]
LISTED = {
    0: ALWAYS + [p for p, row in TABLE.items() if row[0] == "200" and p not in ALWAYS],
    1: ALWAYS + [A301_NEW, A308_NEW],
    2: ALWAYS + [A301_NEW, A308_NEW, N + "oil-tankers-wait-off-jose-as-maduro-case-drags-on",
                 N + "maduro-supporters-rally-in-plaza-bolivar"],
    3: ALWAYS + [A301_NEW, A308_NEW, N + "oil-tankers-wait-off-jose-as-maduro-case-drags-on"],
    4: ALWAYS + [A301_NEW, A308_NEW, N + "oil-tankers-wait-off-jose-as-maduro-case-drags-on"],
}

NO_MADURO = {N + "valencia-football-club-unveils-stadium-plan",
             N + "puerto-cabello-dredging-contract-awarded", A308_NEW}

# what the answer key must say (written out by hand, as README.md's table)
KEY = {
    N + "maduro-defence-asks-for-delay-in-manhattan-hearing": ("removed", 2, 2, "retracted"),
    N + "caracas-markets-react-to-maduro-court-date": ("removed", 2, 2, "retracted"),
    N + "puerto-cabello-dredging-contract-awarded": ("removed", 2, 2, None),
    N + "oil-tankers-wait-off-jose-as-maduro-case-drags-on": (None, None, None, None),
    N + "maduro-supporters-rally-in-plaza-bolivar": ("removed", 4, 4, "retracted"),
    N + "colombian-border-towns-watch-maduro-trial-closely": ("removed", 3, 4, "retracted"),
    N + "maduro-lawyers-file-motion-over-seized-aircraft": (None, None, None, None),
    N + "judge-sets-rules-for-press-at-maduro-trial": (None, None, None, None),
    N + "maduro-era-ministers-named-in-new-indictment": (None, None, None, None),
    N + "venezuelan-diaspora-in-miami-follows-maduro-proceedings": (None, None, None, None),
    N + "maduro-pleads-not-guilty-to-new-charges": ("moved", 1, 1, "moved"),
    N + "valencia-football-club-unveils-stadium-plan": ("moved", 1, 1, None),
    N + "maduro-transfer-to-new-jail-reported": ("removed", 2, 2, "retracted"),
    N + "what-we-know-about-the-maduro-case": (None, None, None, None),
    A301_NEW: (None, None, None, None),
    A308_NEW: (None, None, None, None),
}


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(_NoRedirect)


def fetch(url, timeout=5.0, headers=None):
    """(status, headers, body) without following redirects; raises on network failures."""
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with OPENER.open(req, timeout=timeout) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as err:
        body = err.read() if err.fp is not None else b""
        return err.code, err.headers, body


def main():
    failures = []

    def check(cond, what):
        if not cond:
            failures.append(what)
            print("FAIL", what)

    with RetractionWorld() as world:
        base = world.base_url
        print("world at", base)
        bodies = {}  # (path, phase) -> sha1 of the 200 body
        for phase in range(world.phases):
            world.phase = phase
            world.reset_hits()
            expected_hits = {}
            for path, row in TABLE.items():
                want = row[phase].replace("{base}", base)
                url = base + path
                where = f"phase {phase} {path}"
                if want == "hang":
                    try:
                        fetch(url, timeout=2.0)
                        check(False, f"{where}: answered, expected a hang")
                    except (socket.timeout, TimeoutError):
                        pass
                    except urllib.error.URLError as err:
                        check(isinstance(err.reason, (socket.timeout, TimeoutError)),
                              f"{where}: {err!r}, expected a hang")
                    expected_hits[path] = 1
                    continue
                if want == "reset":
                    try:
                        fetch(url, timeout=5.0)
                        check(False, f"{where}: answered, expected a reset")
                    except ConnectionResetError:
                        pass
                    except http.client.RemoteDisconnected:
                        check(False, f"{where}: closed (FIN), expected a reset (RST)")
                    except urllib.error.URLError as err:
                        check(isinstance(err.reason, ConnectionResetError),
                              f"{where}: {err!r}, expected a connection reset")
                    expected_hits[path] = 1
                    continue
                status, headers, body = fetch(url)
                expected_hits[path] = 1
                code, _, location = want.partition(" ")
                check(status == int(code), f"{where}: status {status}, expected {code}")
                if location:
                    check(headers.get("Location") == location,
                          f"{where}: Location {headers.get('Location')!r}, expected {location!r}")
                else:
                    check(headers.get("Location") is None, f"{where}: unexpected Location")
                if status == 200:
                    text = body.decode("utf-8")
                    bodies[(path, phase)] = hashlib.sha1(body).hexdigest()
                    check("<h1" in text and 'class="byline"' in text and "<time" in text,
                          f"{where}: no headline, byline or date")
                    check(text.count("<p>") >= 4, f"{where}: fewer than four paragraphs")
                    check("<h2>Related News</h2>" in text, f"{where}: no Related News block")
                    check(f'<link rel="canonical" href="{base}{path}">' in text,
                          f"{where}: canonical is not the page itself")
                    names = "maduro" in text.lower().split("<section class=\"related-news\">")[0]
                    check(names == (path not in NO_MADURO),
                          f"{where}: mentions Maduro = {names}")
                    etag = headers.get("ETag")
                    check(bool(etag) and bool(headers.get("Last-Modified")),
                          f"{where}: no validators")
                    st2, _, body2 = fetch(url, headers={"If-None-Match": etag})
                    check(st2 == 304 and body2 == b"", f"{where}: revalidation gave {st2}")
                    st3, _, _ = fetch(url, headers={"If-Modified-Since":
                                                    headers.get("Last-Modified")})
                    check(st3 == 304, f"{where}: If-Modified-Since gave {st3}")
                    expected_hits[path] = 3

            # listings
            status, _, body = fetch(base + "/")
            text = body.decode("utf-8")
            check(status == 200, f"phase {phase} /: {status}")
            listed = {p for p in TABLE if f'href="{p}"' in text}
            check(listed == set(LISTED[phase]),
                  f"phase {phase} home lists {sorted(listed ^ set(LISTED[phase]))} wrongly")
            check(len(listed) >= 1, f"phase {phase}: home lists nothing")
            sections = set()
            for section in ("politics", "business"):
                st, _, b = fetch(base + "/section/" + section)
                check(st == 200, f"phase {phase} /section/{section}: {st}")
                sections |= {p for p in TABLE if f'href="{p}"' in b.decode("utf-8")}
            check(sections == listed, f"phase {phase}: sections differ from the home page")
            st, _, _ = fetch(base + "/robots.txt")
            check(st == 200, f"phase {phase} robots.txt: {st}")

            hits = world.hits()
            for path, n in expected_hits.items():
                check(hits.get(path) == n, f"phase {phase} hits[{path}] = {hits.get(path)}, "
                                           f"expected {n}")
            check(hits.get("/") == 1, f"phase {phase} hits[/] = {hits.get('/')}")
            print(f"phase {phase}: {len(TABLE)} URLs checked")

        # pages that stay or come back serve the same bytes
        ctl = N + "what-we-know-about-the-maduro-case"
        check(len({bodies[(ctl, p)] for p in range(5)}) == 1, "control changed between phases")
        back = N + "oil-tankers-wait-off-jose-as-maduro-case-drags-on"
        check(bodies[(back, 0)] == bodies[(back, 2)] == bodies[(back, 4)],
              "back_after_404 came back with other content")
        twice = N + "maduro-supporters-rally-in-plaza-bolivar"
        check(bodies[(twice, 0)] == bodies[(twice, 2)], "gone_twice came back with other content")

        # the answer key says what README.md's table says
        key = world.answer_key()
        arts = key["articles"]
        check(set(arts) == {base + p for p in TABLE}, "answer key URLs differ from the table")
        for path, (event, lo, hi, alert) in KEY.items():
            entry = arts.get(base + path, {})
            got = (entry.get("event"), entry.get("earliest_phase"), entry.get("latest_phase"),
                   entry.get("event_alert"))
            check(got == (event, lo, hi, alert), f"key {path}: {got}, expected "
                                                 f"{(event, lo, hi, alert)}")
            if event is None:
                check(base + path in key["never_removed_or_moved"], f"key {path}: not a trap")
            else:
                check(base + path not in key["never_removed_or_moved"], f"key {path}: a trap")
        check(arts[base + N + "maduro-pleads-not-guilty-to-new-charges"]["new_url"]
              == base + A301_NEW, "key: 301 new_url")
        check(arts[base + N + "valencia-football-club-unveils-stadium-plan"]["new_url"]
              == base + A308_NEW, "key: 308 new_url")
        for path in TABLE:
            check(arts[base + path]["keyword_alert"] ==
                  (path not in NO_MADURO and path not in (A301_NEW,)),
                  f"key {path}: keyword_alert")
        on_disk = json.loads((HERE / "answer_key.json").read_text(encoding="utf-8"))
        check(set(on_disk["articles"]) == set(TABLE), "answer_key.json paths differ")
        check(on_disk["base_url"] is None, "answer_key.json is not port-independent")

    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    print("selfcheck passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
