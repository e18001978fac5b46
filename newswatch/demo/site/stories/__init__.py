"""The demo site's articles, one module per story; ``BASE_ARTICLES`` is the edition-1 main site in order."""

from newswatch.demo.site.stories import iran, japan, misc, syria, ukraine, venezuela, venezuela_extra, yemen

BASE_ARTICLES = (
    *venezuela.ARTICLES, *venezuela_extra.HIDDEN, *syria.ARTICLES, *iran.ARTICLES,
    *japan.ARTICLES, *yemen.ARTICLES, *ukraine.ARTICLES, *misc.ARTICLES,
)
