"""The "dev" open-web test world: four fixture news outlets served on loopback (see README.md)."""

from .server import World

__all__ = ["World"]
