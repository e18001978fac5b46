"""Alert text made safe for the markup of the channel it goes to.

Alerts are plain text; their headlines and diffs come from the pages crawled,
so anyone publishing a page writes into them. Apprise escapes plain text for
services it sends as HTML or CommonMark (e-mail, Telegram, Rocket.Chat, ...)
and, since Apprise 2.3, Slack's ``&``, ``<`` and ``>`` (so ``<!channel>`` and
``<http://x|link>`` stay text); it does not for chat services that render the
Markdown of plain text on their own (Mattermost, Discord, Zulip, ...): a headline
"[urgent](http://evil.example)" would arrive there as a link. For those schemes
every Markdown character is escaped here. On every chat service, "@name" may
notify people ("@channel", "@here", "@everyone", "@all", "@room"): a zero-width
space after each "@" breaks the mention and reads the same.
tests/workers/test_markup.py checks what each kind of channel receives.
"""

import re
from urllib.parse import urlsplit

MARKDOWN_SCHEMES = frozenset({
    "mmost", "mmosts", "discord", "zulip", "matrix", "matrixs", "msteams", "workflows",
    "wxteams", "webex", "revolt", "guilded", "ryver", "lark", "feishu", "dingtalk",
})
# Chat services whose Markdown Apprise escapes itself: only their mentions are left to us.
APPRISE_ESCAPED_CHAT = frozenset({"slack", "slacks", "rocket", "rockets"})
CHAT_SCHEMES = MARKDOWN_SCHEMES | APPRISE_ESCAPED_CHAT
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~>])")
_MENTION = re.compile(r"@(?=[\w!#&*])")
ZERO_WIDTH_SPACE = "\u200b"


def escape_for(url, text):
    """``text`` as literal text for the service ``url`` (an Apprise URL) sends to."""
    scheme = urlsplit(url).scheme.lower()
    if scheme not in CHAT_SCHEMES:
        return text
    text = _MENTION.sub("@" + ZERO_WIDTH_SPACE, text)
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text) if scheme in MARKDOWN_SCHEMES else text
