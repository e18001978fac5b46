"""Alert text made safe for the markup of the channel it goes to.

Alerts are plain text; their headlines and diffs come from the pages crawled,
so anyone publishing a page writes into them. Apprise escapes plain text for
services it sends as HTML or CommonMark, but not for chat services that render
Markdown on their own (Mattermost, Slack, Discord, ...): a headline
"[urgent](http://evil.example)" would arrive there as a link. For those
schemes every Markdown character is escaped here; Slack's mrkdwn also gets its
three HTML entities.
"""

import re
from urllib.parse import urlsplit

MARKDOWN_SCHEMES = frozenset({
    "mmost", "mmosts", "discord", "rocket", "rockets", "zulip", "matrix", "matrixs", "msteams", "workflows",
    "wxteams", "webex", "revolt", "guilded", "ryver", "lark", "feishu", "dingtalk", "slack", "slacks",
})
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~>])")
_SLACK_ENTITIES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))


def escape_for(url, text):
    """``text`` as literal text for the service ``url`` (an Apprise URL) sends to."""
    scheme = urlsplit(url).scheme.lower()
    if scheme not in MARKDOWN_SCHEMES:
        return text
    if scheme.startswith("slack"):
        for raw, entity in _SLACK_ENTITIES:
            text = text.replace(raw, entity)
        return re.sub(r"([*_~`])", "\u200b\\1\u200b", text)  # mrkdwn has no escape: break the pairs
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)
