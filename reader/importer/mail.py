"""A bulletin that reached the user as a plain-text e-mail, saved as it was shown: the message's header
lines (``From:`` / ``Subject:`` / ``Date:`` …, or a Chinese mail program's ``发件人：`` / ``寄件者:``),
the forwarder's note above a forwarded message (``-----原始邮件-----``, ``-----Original Message-----``)
and the header lines under that separator, and a signature after a ``--`` line at the end.  None of
them is an article's text: they are set aside with the issue, with the reason, so nothing is lost."""

from __future__ import annotations

import re

from reader.importer.lines import Document, Line

MAIL_HEADER = "e-mail header"
MAIL_NOTE = "e-mail note"
MAIL_SIGNATURE = "e-mail signature"

_HEADER = re.compile(
    r"^(?:From|To|Cc|Bcc|Subject|Date|Sent|Reply-To|Message-ID|MIME-Version|Content-Type"
    r"|Content-Transfer-Encoding|X-[A-Za-z-]{1,30}|发件人|收件人|抄送|主题|发送时间|日期|寄件者|收件者|副本|主旨"
    r"|寄件日期|傳送時間|时间|時間)\s?[:：]"
)
_SENDER = re.compile(r"^(?:From|发件人|寄件者)\s?[:：]")
_ABOUT = re.compile(r"^(?:Subject|To|主题|收件人|主旨|收件者)\s?[:：]")
_FORWARDED = re.compile(
    r"^-{2,}\s?(?:原始邮件|原始郵件|Original Message|Forwarded message"
    r"|转发的邮件|轉寄的郵件|转发邮件|轉寄郵件)\s?-{2,}$",
    re.IGNORECASE,
)
_NOTE_LINES = 8
_SALUTATION = re.compile(r"^[^\s，。：:]{2,12}[：:]$")
_OPENING_NOTE_LINES = 3
_SIGNATURE_LINES = 6


def mark_mail(document: Document) -> None:
    """Set aside an e-mail's headers, a forwarder's note and the signature, when the file opens with a
    message's header block (a sender and a subject or an addressee among two or more header lines)."""
    lines = document.lines
    top = _header_block(lines, 0)
    if top == 0 or not _names_a_message(lines[:top]):
        return
    for line in lines[:top]:
        document.set_aside(line, MAIL_HEADER)
    forwarded = next((i for i in range(top, len(lines)) if _FORWARDED.match(lines[i].text)), None)
    if forwarded is None:
        _opening_note(document, lines, top)
    else:
        if forwarded - top <= _NOTE_LINES:
            for line in lines[top:forwarded]:
                document.set_aside(line, MAIL_NOTE)  # 请查收 / 转发本期简报: the forwarder's words
        document.set_aside(lines[forwarded], MAIL_HEADER)
        for line in lines[forwarded + 1 : _header_block(lines, forwarded + 1)]:
            document.set_aside(line, MAIL_HEADER)
    _signature(document, lines)


def _opening_note(document: Document, lines: list[Line], top: int) -> None:
    """The sender's words over what the message carries: a salutation (``各位同事：``, ``王主任：``)
    opening the block under the headers, a line or two under it (``现将本期简报发送给你们，请查阅。``),
    then a blank line."""
    if top >= len(lines) or not _SALUTATION.match(lines[top].text):
        return
    end = top + 1
    while end < len(lines) and lines[end].gap == 0:
        end += 1
    if end - top > _OPENING_NOTE_LINES or end == len(lines):
        return
    for line in lines[top:end]:
        document.set_aside(line, MAIL_NOTE)


def _header_block(lines: list[Line], start: int) -> int:
    """The index after the header lines that run from ``start`` without a blank line between them."""
    end = start
    while end < len(lines) and _HEADER.match(lines[end].text) and (end == start or lines[end].gap == 0):
        end += 1
    return end


def _names_a_message(block: list[Line]) -> bool:
    texts = [line.text for line in block]
    return len(texts) >= 2 and any(_SENDER.match(t) for t in texts) and any(_ABOUT.match(t) for t in texts)


def _signature(document: Document, lines: list[Line]) -> None:
    """``--`` alone (the signature delimiter, ``-- ``) and the few short lines after it to the end."""
    for i in range(max(0, len(lines) - _SIGNATURE_LINES - 1), len(lines)):
        if lines[i].text == "--":
            for line in lines[i:]:
                document.set_aside(line, MAIL_SIGNATURE)
            return
