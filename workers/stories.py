"""Story threads: which articles tell one story, from the related-news graph plus text.

An article joins the story of an article it links to (or that links to it)
under "Related News" when the two share enough key terms: their topics and
the names they mention (capitalised words). Related lists also point across
stories (the reference page links a Maduro story to Aleppo and Iran), and the
shared terms are what tell those links apart. When an article ties two
stories together they merge, the older story's id surviving, so the result
does not depend on the order articles arrive in. Placement is one Lua script
(workers.story_scripts), so two workers never open two stories for one.
"""

import re
from collections import Counter
from dataclasses import dataclass

from newswatch.shared.urls import link_url
from workers.text import fold

STOPWORDS = frozenset("""
the a an and or but in on at of for to from by with as is are was were be been this that these those it its he
she they we you his her their our after before while when where which who what how why said says will would
could should may might has have had not no also than then there here into over under about against between
during without within more most other some such only own same so too very can just now new one two three first
last year years week month day monday tuesday wednesday thursday friday saturday sunday january february march
april june july august september october november december officials official president government minister
ministry report reports according
""".split())
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
MAX_TERMS = 15
TOPIC_WEIGHT, TITLE_WEIGHT, SUMMARY_WEIGHT = 4, 3, 2


@dataclass(frozen=True)
class StoryConfig:
    """Settings read: NEWSWATCH_STORY_MIN_OVERLAP, NEWSWATCH_DEDUP_TTL."""

    min_overlap: float = 0.16  # share of key-term weight two linked articles must have in common
    ttl: int = 30 * 24 * 3600


def key_terms(article):
    """Weighted key terms: topics, and capitalised words of title, summary and body (not sentence-initial)."""
    weights = Counter()
    for text, weight in ((article.title, TITLE_WEIGHT), (article.summary, SUMMARY_WEIGHT),
                         *((paragraph, 1) for paragraph in article.body)):
        for sentence in _SENTENCE.split(text or ""):
            for position, word in enumerate(_WORD.findall(sentence)):
                if word[0].isupper() and (position > 0 or weight == TITLE_WEIGHT):
                    _add(weights, word, weight)
    for topic in article.topics:
        for word in topic.split():
            _add(weights, word, TOPIC_WEIGHT)
    return dict(weights.most_common(MAX_TERMS))


def _add(weights, word, weight):
    term = re.split(r"['’]", fold(word))[0]
    if len(term) > 2 and term not in STOPWORDS:
        weights[term] += weight


def related_ids(article, article_id_of):
    return {article_id_of(link_url(link.url)) for link in article.related}
