"""A bulletin that reached the user as an e-mail saved as the raw message (``.eml``, "show original"): a MIME
message whose text is quoted-printable (``=E5=90=84…``) or base64, maybe one part of a multipart message
beside an HTML alternative and attachments, its headers folded and RFC 2047 encoded (``=?utf-8?b?…?=``).

Read as text, such a file is one article of header lines and encoded bytes.  Here it becomes the message as a
mail program shows it: the ``From:`` / ``To:`` / ``Cc:`` / ``Subject:`` / ``Date:`` lines decoded, a blank
line, and the text of the message's first text/plain part (its HTML part's text when it has no plain one) —
the plain e-mail ``mail.py`` reads.  The parts not shown (an HTML alternative, attachments) are named in the
issue's notes.

Only a file that opens with a header block holding a ``MIME-Version:`` line is read so (one substring test
on its first characters before anything else).
"""

from __future__ import annotations

import re

NOTE = "read as an e-mail message (MIME): its headers decoded and its text part shown"

_OPENING = 8192
_FIELD = re.compile(r"^[A-Za-z][A-Za-z0-9-]{0,40}:")
_SHOWN = ("From", "To", "Cc", "Subject", "Date")


def is_message(text: str) -> bool:
    """Whether the file opens as a MIME message: a header block (field lines, folded lines indented) with a
    ``MIME-Version:`` line before the first blank line."""
    head = text[:_OPENING]
    if "ersion:" not in head or not _FIELD.match(head):
        return False
    block = head.split("\n\n", 1)[0]
    for line in block.split("\n"):
        if line[:1] in " \t":
            continue
        if not _FIELD.match(line):
            return False
        if line[:13].lower() == "mime-version:":
            return True
    return False


def to_text(text: str) -> tuple[str, list[str]] | None:
    """The message as shown, and what was left out of it; ``None`` when it holds no text part."""
    import email  # only a message pays for the package's import
    import email.policy
    from email.message import EmailMessage

    try:
        data = _without_trailing_blanks(text).encode("utf-8", "surrogateescape")
        message = email.message_from_bytes(data, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        body_part = message.get_body(preferencelist=("plain", "html"))
        if body_part is None:
            return None
        body = body_part.get_content()
        headers = [f"{name}: {_one_line(str(message[name]))}" for name in _SHOWN if message[name] is not None]
    except Exception:  # a damaged message stays the text it is
        return None
    if not isinstance(body, str):
        return None
    if body_part.get_content_subtype() == "html":
        from reader.importer import webpage

        body = webpage.to_text(body)
    left_out = []
    for part in message.walk():
        if part is body_part or part.is_multipart():
            continue
        name = part.get_filename()
        kind = part.get_content_type()
        left_out.append(f"{kind} attachment 「{name}」" if name else f"{kind} part")
    return "\n".join([*headers, "", body.replace("\r\n", "\n")]), left_out


def _without_trailing_blanks(text: str) -> str:
    """Every line without its trailing spaces and tabs, which mail transport and editors add: RFC 2045 has a
    decoder delete them from quoted-printable lines, and ``email`` itself would read a header value such as
    ``quoted-printable`` followed by two spaces as an unknown transfer encoding and show the encoded text."""
    return "\n".join(line.rstrip(" \t") for line in text.split("\n"))


def _one_line(value: str) -> str:
    return " ".join(value.split())
