"""A raw e-mail whose lines gained trailing spaces (a mail relay, an editor that pads lines) reads as the
message without them: RFC 2045 has quoted-printable decoders delete such blanks, and the transfer-encoding
header with blanks after it had left the whole body as ``=E5=90…`` (``conversion_probe.py``,
``trailing-space``, nineteenth's a01 and a02)."""

import email.policy
from email.message import EmailMessage

import pytest

from reader.importer import parse_bytes

ITEMS = (
    ("镇卫生院开展义诊进村活动", "　　镇卫生院组织医护人员走进三个村开展义诊，发放健康手册二百余份。"),
    ("河道清淤工程全面完工", "　　经过两个月施工，镇区主要河道清淤工程全面完工，共清理淤泥一万余立方米。"),
)  # fmt: skip
BRIEF = "南坪镇工作简报\n2025年第4期\n\n" + "\n\n".join(f"{title}\n{text}" for title, text in ITEMS) + "\n"


def _message(cte: str, charset: str) -> bytes:
    m = EmailMessage(policy=email.policy.SMTP)
    m["From"] = "南坪镇党政办 <dzb@nanping.example.cn>"
    m["Subject"] = "南坪镇工作简报第4期"
    m["Date"] = "Tue, 4 Nov 2025 10:30:00 +0800"
    m.set_content(
        BRIEF.encode(charset), maintype="text", subtype="plain", cte=cte, params={"charset": charset}
    )
    return m.as_bytes(policy=email.policy.SMTP)


def _padded(data: bytes) -> bytes:
    return b"\r\n".join(line + b"  " if line.strip() else line for line in data.split(b"\r\n"))


@pytest.mark.parametrize(("cte", "charset"), [("quoted-printable", "utf-8"), ("base64", "gbk")])
def test_trailing_blanks_on_every_line_of_a_raw_message_change_nothing(cte: str, charset: str) -> None:
    data = _padded(_message(cte, charset))
    assert b"  \r\n" in data
    issue = parse_bytes(data, "brief.eml")
    titles = [article.title for article in issue.articles]
    assert titles[-2:] == ["镇卫生院开展义诊进村活动", "河道清淤工程全面完工"]
    assert issue.articles[-1].text == "经过两个月施工，镇区主要河道清淤工程全面完工，共清理淤泥一万余立方米。"
    assert "=E5" not in "".join(article.text for article in issue.articles)
