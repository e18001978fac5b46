"""heldout2: an open-web test world of four fixture news outlets (see README.md).

    from tests.openweb.heldout2 import World
    with World() as w:
        w.outlets, w.seeds(), w.rules(), w.key(1); w.edition = 2; w.key(2); w.hits()
"""
from .server import World

__all__ = ["World"]
