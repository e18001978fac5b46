"""Freshness test world: a fake news site with a seeded publishing schedule and its answer key."""
