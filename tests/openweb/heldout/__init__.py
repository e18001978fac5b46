"""The "heldout" open-web world: four fixture news outlets (WordPress in
Portuguese, an Arc XP-style English wire that syndicates the others, a Next.js
newsletter outlet in German, a legacy ISO-8859-1 Italian paper), served on
loopback in two editions, with the answer key of each edition.

    with World() as w:
        w.outlets            # name -> "http://127.0.0.1:PORT"
        w.seeds(), w.rules() # TOML texts
        w.edition = 2
        w.key(2)             # the answer key
        w.hits()             # every request served

See README.md.
"""

from .server import World

__all__ = ["World"]
