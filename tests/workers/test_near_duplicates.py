"""The shared near-duplicate index against a real Redis: recall, precision, retention, races.

``pytest -s`` prints the measured figures (recall, false positives, inserts/s, bytes per article).
"""

import itertools
import random
import threading
import time

import pytest

from newswatch.shared.connection import connect
from newswatch.shared.redis_keys import RedisKeys
from tests.workers.near_duplicate_corpus import COPIES, ORIGINALS, SYNDICATED, copy_of
from workers.near_duplicates import BAND_ROWS, CANDIDATE_RECALL, NearDuplicateConfig, NearDuplicateIndex, expiry_advice

KEYS = RedisKeys("nwtest")
SAME_TOPIC = [("venezuela_election_date", "venezuela_oil_output"), ("venezuela_election_date", "venezuela_talks"),
              ("venezuela_oil_output", "venezuela_talks"), ("ecb_holds_rates", "ecb_minutes")]


def new_index(connection, **config):
    return NearDuplicateIndex(connection, KEYS, NearDuplicateConfig(**config))


@pytest.fixture
def index(redis_conn):
    return new_index(redis_conn)


def index_originals(index):
    return {name: index.find_or_add(name, paragraphs) for name, paragraphs in ORIGINALS.items()}


@pytest.mark.parametrize(("original", "label", "changes"), COPIES, ids=[f"{o}-{l}" for o, l, _ in COPIES])
def test_a_copy_from_another_outlet_is_a_near_duplicate_of_its_original(index, original, label, changes):
    index_originals(index)
    assert index.find_or_add("copy", copy_of(ORIGINALS[original], **changes)) == original


def test_different_stories_are_not_near_duplicates_of_each_other(index):
    assert set(index_originals(index).values()) == {None}


@pytest.mark.parametrize(("first", "second"), SAME_TOPIC)
def test_different_stories_on_the_same_topic_are_not_near_duplicates(index, first, second):
    index.find_or_add(first, ORIGINALS[first])
    assert index.find_or_add(second, ORIGINALS[second]) is None


def test_an_exact_repeat_under_another_id_is_a_near_duplicate(index):
    index.find_or_add("first", ORIGINALS["canal_drought"])
    assert index.find_or_add("repeat", ORIGINALS["canal_drought"]) == "first"


@pytest.mark.parametrize("paragraphs", [[], [""], ["Breaking news."], [" ".join(["word"] * 29)],
                                        ["Markets fell.", "Banks led losses.", "Oil rose."] * 3])
def test_a_text_too_short_to_judge_is_neither_judged_nor_indexed(index, redis_conn, paragraphs):
    assert index.find_or_add("short", paragraphs) is None
    assert index.find_or_add("short-again", paragraphs) is None
    assert redis_conn.dbsize() == 0


def test_asking_again_for_the_same_article_gives_the_same_answer_and_never_itself(index):
    original, copy = ORIGINALS["venezuela_talks"], copy_of(ORIGINALS["venezuela_talks"], **SYNDICATED)
    assert [index.find_or_add("original", original) for _ in range(2)] == [None, None]
    assert [index.find_or_add("copy", copy) for _ in range(2)] == ["original", "original"]
    assert index.find_or_add("original", original) is None


def test_every_copy_points_to_the_earliest_original(index):
    paragraphs = ORIGINALS["wildfire_greece"]
    copies = [paragraphs, copy_of(paragraphs, cut=6), copy_of(paragraphs, cut=6, boilerplate=("credit",))]
    assert [index.find_or_add(f"copy-{n}", text) for n, text in enumerate(copies)] == [None, "copy-0", "copy-0"]


def test_every_index_entry_expires_within_the_ttl_and_its_bands_half_a_ttl_after(redis_conn):
    index = new_index(redis_conn, ttl=60)
    index_originals(index)
    index.find_or_add("copy", copy_of(ORIGINALS["ecb_minutes"], **SYNDICATED))
    ttls = {key.decode(): redis_conn.ttl(key) for key in redis_conn.scan_iter()}
    bands = {key: ttl for key, ttl in ttls.items() if ":neardup:bands:" in key}
    counter = index.keys.near_dup_order  # one key, kept: orders must only increase
    assert bands and all(0 < ttl <= 60 + 30 for ttl in bands.values())
    assert all(0 < ttl <= 60 for key, ttl in ttls.items() if key not in bands and key != counter)


def test_the_bands_of_many_articles_share_one_key_per_time_slice(redis_conn):
    index = new_index(redis_conn, ttl=3600)
    index_originals(index)
    assert len(list(redis_conn.scan_iter(match="*:neardup:bands:*"))) <= 2  # a slice boundary may fall in the test


def test_a_time_slice_gets_its_expiry_once_not_at_every_insert(redis_conn):
    """One command an article less: a slice that exists already has its expiry (set in the same script that
    made it)."""
    index = new_index(redis_conn, ttl=3600)
    before = expireat_calls(redis_conn)
    index_originals(index)
    slices = len(list(redis_conn.scan_iter(match="*:neardup:bands:*")))
    assert 1 <= expireat_calls(redis_conn) - before <= slices < len(ORIGINALS)
    assert all(0 < redis_conn.ttl(key) <= 3600 + 1800 for key in redis_conn.scan_iter(match="*:neardup:bands:*"))


def expireat_calls(connection):
    return connection.info("commandstats").get("cmdstat_expireat", {}).get("calls", 0)


def test_an_expired_original_is_forgotten(redis_conn):
    index = new_index(redis_conn, ttl=1)
    index.find_or_add("original", ORIGINALS["airline_strike"])
    time.sleep(1.2)
    assert index.find_or_add("copy", ORIGINALS["airline_strike"]) is None


@pytest.mark.parametrize("texts", [
    [ORIGINALS["ecb_holds_rates"], copy_of(ORIGINALS["ecb_holds_rates"], **SYNDICATED)],
    [ORIGINALS["venezuela_talks"], copy_of(ORIGINALS["venezuela_talks"], cut=8),
     copy_of(ORIGINALS["venezuela_talks"], boilerplate=("credit", "newsletter"))],
], ids=["two workers", "three workers"])
def test_workers_inserting_near_duplicates_at_once_never_all_miss_each_other(redis_conn, redis_url, texts):
    connections = [connect(redis_url) for _ in texts]
    indexes = [new_index(connection) for connection in connections]
    for attempt in range(30):
        redis_conn.flushdb()  # the same texts again: each attempt starts from an empty index
        ids = [f"{attempt}-{n}" for n in range(len(texts))]
        answers = run_at_once([lambda i=i: indexes[i].find_or_add(ids[i], texts[i]) for i in range(len(texts))])
        [first] = [ident for ident, answer in zip(ids, answers) if answer is None]
        assert [answer for answer in answers if answer is not None] == [first] * (len(texts) - 1)
    for connection in connections:
        connection.close()


def run_at_once(calls):
    """The results of ``calls``, each started in its own thread at the same moment."""
    barrier, results = threading.Barrier(len(calls)), [None] * len(calls)

    def run(n):
        barrier.wait()
        results[n] = calls[n]()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


@pytest.mark.parametrize("threshold", [0.5, 0.6, 0.7, 0.8, 0.9, 1.0])
def test_a_pair_at_the_threshold_shares_a_band_with_the_candidate_recall(threshold):
    bands = NearDuplicateConfig(threshold=threshold).bands
    assert 1 - (1 - threshold ** BAND_ROWS) ** bands >= CANDIDATE_RECALL


@pytest.mark.parametrize("config", [dict(threshold=0), dict(threshold=1.5), dict(ttl=0), dict(min_words=2),
                                    dict(threshold=0.2), dict(num_perm=32)])
def test_an_invalid_config_is_refused(config):
    with pytest.raises(ValueError, match="NEWSWATCH_NEAR_DUP_"):
        NearDuplicateConfig(**config)


def test_measured_recall_precision_throughput_and_memory(index, redis_conn):
    """Figures for the docs: the corpus, then 2,000 synthetic articles."""
    false_positives = [name for name, answer in index_originals(index).items() if answer is not None]
    found = [index.find_or_add(f"copy-{n}", copy_of(ORIGINALS[o], **changes)) == o
             for n, (o, _, changes) in enumerate(COPIES)]
    pairs = len(list(itertools.combinations(ORIGINALS, 2)))
    print(f"\nbands={index.config.bands} rows={BAND_ROWS} threshold={index.config.threshold}: "
          f"recall {sum(found)}/{len(found)}, false positives {len(false_positives)} among {pairs} pairs")
    redis_conn.flushdb()
    articles = synthetic_articles(2000)
    before, start = redis_conn.info("memory")["used_memory"], time.perf_counter()
    answers = [index.find_or_add(f"synthetic-{n}", paragraphs) for n, paragraphs in enumerate(articles)]
    elapsed, after = time.perf_counter() - start, redis_conn.info("memory")["used_memory"]
    print(f"{len(articles) / elapsed:.0f} inserts/s, {(after - before) / len(articles):.0f} bytes and "
          f"{redis_conn.dbsize() / len(articles):.1f} keys per article")
    assert all(found) and not false_positives and set(answers) == {None}


def synthetic_articles(count, words=200, vocabulary=5000):
    """Unrelated random texts of news length."""
    rng = random.Random(7)
    lexicon = [f"w{n}" for n in range(vocabulary)]
    return [[" ".join(rng.choices(lexicon, k=words // 5)) for _ in range(5)] for _ in range(count)]


def test_an_article_indexed_before_the_16_bit_signatures_takes_a_new_order_when_inserted_again(index, redis_conn):
    old_order = 1_765_000_000_000_000  # orders were microseconds then
    redis_conn.set(KEYS.near_dup_signature("old"), f"{old_order}:".encode() + bytes(4 * index.config.num_perm))
    assert index.find_or_add("old", ORIGINALS["canal_drought"]) is None
    assert index.find_or_add("copy", ORIGINALS["canal_drought"]) == "old"


def test_a_lost_order_counter_starts_above_every_order_still_stored(index, redis_conn):
    index.find_or_add("original", ORIGINALS["canal_drought"])
    redis_conn.delete(KEYS.near_dup_order)
    assert index.find_or_add("copy", ORIGINALS["canal_drought"]) == "original"


def test_a_low_threshold_with_hundreds_of_bands_still_indexes(redis_conn):
    index = new_index(redis_conn, threshold=0.2, num_perm=1024)
    assert index.config.bands > 255
    index.find_or_add("original", ORIGINALS["canal_drought"])
    assert index.find_or_add("copy", copy_of(ORIGINALS["canal_drought"], **SYNDICATED)) == "original"


def test_a_redis_that_frees_expired_keys_in_the_foreground_gets_advice(redis_conn):
    before = redis_conn.config_get("lazyfree-lazy-expire")["lazyfree-lazy-expire"]
    try:
        redis_conn.config_set("lazyfree-lazy-expire", "yes")  # as the Redis newswatch starts has it
        assert expiry_advice(redis_conn) is None
        redis_conn.config_set("lazyfree-lazy-expire", "no")
        assert "lazyfree-lazy-expire yes" in expiry_advice(redis_conn)
    finally:
        redis_conn.config_set("lazyfree-lazy-expire", before)
