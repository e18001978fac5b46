"""Bodies of the fuzz site (tests/crawler/fuzz_site.py), generated from a seed: nothing big lives in git.

Articles are made of words drawn from a small vocabulary; hostile bodies add random bytes, NULs,
broken markup, wrong encodings or sheer size. Compression bombs decompress to BOMB_SIZE bytes of
zeros from a few KB (gzip twice, brotli) to about 1 MB (gzip once): a crawler must stop inflating
them at its size limit.
"""

import gzip
import random
import struct
import zlib

import brotli
from backports import zstd

MIB = 1 << 20
BOMB_SIZE = 1024 * MIB  # decompressed size of every bomb
WORDS = ("minister", "ceasefire", "border", "talks", "election", "protest", "report", "council", "agreement",
         "offensive", "sanctions", "capital", "officials", "statement", "weekend", "troops", "government",
         "opposition", "residents", "negotiators", "delegation", "province", "spokesman", "evening")


def rng_for(seed, name):
    """A random generator for one page: its content does not depend on the order pages are asked for."""
    return random.Random(f"{seed}:{name}")


def sentence(rng, words=14):
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def paragraphs(rng, count=4):
    """Prose paragraphs long enough for any main-text extractor to keep."""
    return [" ".join(sentence(rng) for _ in range(3)) for _ in range(count)]


def article(title, rng, head="", before="", after=""):
    """A plain news page: <title>, one <h1> and a few paragraphs inside <article>."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs(rng))
    return (f"<!DOCTYPE html><html><head>{head}<title>{title}</title></head><body>{before}"
            f"<article><h1>{title}</h1>{body}</article>{after}</body></html>")


def garbage(rng, size):
    return rng.randbytes(size)


def sprinkle(html, rng, junk):
    """``html`` with ``junk()`` bytes pushed after half of its tags (never inside one)."""
    parts = html.encode("utf-8").split(b">")
    return b">".join([parts[0]] + [(junk() if rng.random() < 0.5 else b"") + part for part in parts[1:]])


def deep_nesting(title, rng, depth):
    """An article whose paragraphs sit under ``depth`` nested divs."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs(rng))
    return (f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
            + "<div>" * depth + body + "</div>" * depth + "</body></html>")


def thousands_of_links(base_url, count):
    """A listing with ``count`` links; even ones lead to articles, odd ones to 404s."""
    links = "".join(f"<li><a href='{base_url}/many/{i}'>Story {i}</a></li>" for i in range(count))
    return f"<html><head><title>Everything</title></head><body><ul>{links}</ul></body></html>"


def png():
    """A valid 1x1 PNG."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0\0\0\0"))
            + chunk(b"IEND", b""))


def pdf(title):
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            b"%% " + title.encode() + b"\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def _zeros_deflated():
    """Raw deflate of BOMB_SIZE zeros, fast: after a full flush every MiB compresses to the same bytes."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = compressor.compress(bytes(MIB)) + compressor.flush(zlib.Z_FULL_FLUSH)
    return piece * (BOMB_SIZE // MIB) + compressor.flush(zlib.Z_FINISH)


def compression_bombs():
    """{name: (Content-Encoding, body)} for each bomb."""
    deflated = _zeros_deflated()
    crc = 0
    zeros = bytes(MIB)
    for _ in range(BOMB_SIZE // MIB):
        crc = zlib.crc32(zeros, crc)
    gzipped = (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff" + deflated
               + struct.pack("<II", crc, BOMB_SIZE & 0xFFFFFFFF))
    streaming = brotli.Compressor(quality=5)
    brotlied = b"".join([streaming.process(zeros) for _ in range(BOMB_SIZE // MIB)] + [streaming.finish()])
    squeezed = zstd.ZstdCompressor(level=1)
    zstded = b"".join([squeezed.compress(zeros) for _ in range(BOMB_SIZE // MIB)] + [squeezed.flush()])
    return {
        "gzip": ("gzip", gzipped),
        "gzip-twice": ("gzip, gzip", gzip.compress(gzipped, 9, mtime=0)),
        "deflate": ("deflate", _zlib_wrapped(deflated)),
        "br": ("br", brotlied),
        "zstd": ("zstd", zstded),
    }


def _zlib_wrapped(deflated):
    """The zlib container (what HTTP calls "deflate") around raw deflate data of BOMB_SIZE zeros."""
    adler = 1
    zeros = bytes(MIB)
    for _ in range(BOMB_SIZE // MIB):
        adler = zlib.adler32(zeros, adler)
    return b"\x78\xda" + deflated + struct.pack(">I", adler)
