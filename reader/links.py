"""``bulletin-reader://`` links: how exported notes point back into the app.

``bulletin-reader://article/<article key>#hl-<annotation uid>`` opens an article
(and scrolls to a highlight).  The article key (``issue key/title/occurrence``)
is used instead of a row id because keys survive re-imports and are the same
in every library that imported the same file.  The key is percent-encoded as
one path segment (its ``/`` included), so the URL parses with any URL library.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit

from reader.errors import BadInputError

SCHEME = "bulletin-reader"
_UID = re.compile(r"[0-9a-f]{32}")


@dataclass(frozen=True)
class Link:
    article_key: str
    annotation_uid: str | None = None


def article_url(article_key: str, annotation_uid: str | None = None) -> str:
    """The URL for an article, optionally at one highlight."""
    url = f"{SCHEME}://article/{quote(article_key, safe='')}"
    return f"{url}#hl-{annotation_uid}" if annotation_uid else url


def parse_url(url: str) -> Link:
    """Read a link back; ``BadInputError`` names what is wrong with a malformed one."""
    try:
        parts = urlsplit(url.strip())
    except ValueError as error:  # bulletin-reader://[/x: an unclosed IPv6 bracket, and the like
        raise BadInputError(url, f"not a well-formed link ({error})") from error
    if parts.scheme != SCHEME:
        raise BadInputError(url, f"not a {SCHEME}:// link")
    if parts.netloc != "article":
        raise BadInputError(url, f"unknown link kind {parts.netloc!r} (expected 'article')")
    raw_key = parts.path.lstrip("/")
    if not raw_key or "/" in raw_key:
        raise BadInputError(url, "the link has no article key, or an unencoded '/' in it")
    uid = None
    if parts.fragment:
        if not parts.fragment.startswith("hl-") or not _UID.fullmatch(parts.fragment[3:]):
            raise BadInputError(
                url, f"the part after '#' should be hl-<32 hex digits>, not {parts.fragment!r}"
            )
        uid = parts.fragment[3:]
    try:
        key = unquote(raw_key, errors="strict")
    except UnicodeDecodeError as error:
        raise BadInputError(url, "the article key is not percent-encoded UTF-8") from error
    if any(ord(char) < 32 for char in key):
        raise BadInputError(url, "the article key contains control characters")
    return Link(key, uid)
