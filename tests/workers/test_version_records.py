"""Stored versions: compressed, and those stored before compression still read."""

import json

from workers import version_records

RECORD = {"version": 2, "url": "http://127.0.0.1:8180/news/a", "substance": {"title": "Maduro", "body": ["Año"] * 50}}


def test_a_version_is_stored_compressed_and_read_back_whole():
    raw = version_records.encode(RECORD)
    assert version_records.decode(raw) == RECORD
    assert len(raw) < len(json.dumps(RECORD, ensure_ascii=False).encode())


def test_a_version_stored_as_plain_json_before_compression_is_read_as_it_is():
    assert version_records.decode(json.dumps(RECORD).encode()) == RECORD


def test_no_version_stored_reads_as_none():
    assert version_records.decode(None) is None
