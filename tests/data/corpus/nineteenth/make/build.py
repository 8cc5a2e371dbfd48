# ruff: noqa: E501
"""Render the nineteenth set's files from make/items.py (run: python3 make/build.py).

a0*: 云岭政务服务简报 2026年第3期 e-mailed, saved as the raw message (.eml as text): quoted-printable UTF-8
     single part; multipart/alternative with base64 GBK text/plain and text/html; multipart/mixed with an
     8bit UTF-8 text part and a base64 .docx attachment;
b0*: a 领导活动 page (items one paragraph each, 【title】 leads, <br> between, no blank lines) as lynx -dump,
     a browser copy, and the browser copy misread as Windows-1252 and saved as UTF-8;
c0*: 云岭政务要闻 第11期 (items 「■title　body」) as Word's plain-text save (GB18030, CRLF), pandoc plain
     from the .docx, and pdftotext of an A4 PDF (30 characters a line).
"""

import email.policy
import html
import os
import sys
from email.headerregistry import Address
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from items import (  # noqa: E402
    BRIEF_DATE,
    BRIEF_ITEMS,
    BRIEF_NAME,
    BRIEF_NO,
    BRIEF_OFFICE,
    LEAD_DATE,
    LEAD_ITEMS,
    LEAD_PAGE,
    MAIL_DATE,
    MAIL_FROM,
    MAIL_NOTE,
    MAIL_SIGNATURE,
    MAIL_SUBJECT,
    MAIL_TO,
    NEWS_DATE,
    NEWS_ITEMS,
    NEWS_NAME,
    NEWS_NO,
    NEWS_OFFICE,
    SITE,
)

IDS = "　"


def write(name, text, encoding="utf-8", crlf=False):
    if crlf:
        text = text.replace("\n", "\r\n")
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(text.encode(encoding))


def write_bytes(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------- a: the e-mailed brief
def brief_plain():
    out = [*MAIL_NOTE, "", BRIEF_NAME, BRIEF_NO, f"{BRIEF_OFFICE}{IDS * 4}{BRIEF_DATE}", ""]
    for it in BRIEF_ITEMS:
        out.append(it["title"])
        out += [IDS * 2 + p for p in it["paras"]]
        if it["sign"]:
            out.append(it["sign"])
        out.append("")
    out += ["-- ", *MAIL_SIGNATURE]
    return "\n".join(out) + "\n"


def brief_html():
    out = [
        f"<p>{MAIL_NOTE[0]}</p>",
        f"<p>{MAIL_NOTE[1]}</p>",
        f"<h2>{BRIEF_NAME}</h2>",
        f"<p>{BRIEF_NO}</p>",
        f"<p>{BRIEF_OFFICE}&nbsp;&nbsp;{BRIEF_DATE}</p>",
    ]
    for it in BRIEF_ITEMS:
        out.append(f"<h3>{html.escape(it['title'])}</h3>")
        out += [f"<p>{html.escape(p)}</p>" for p in it["paras"]]
        if it["sign"]:
            out.append(f"<p>{it['sign']}</p>")
    out.append("<p>-- <br>" + "<br>".join(MAIL_SIGNATURE) + "</p>")
    return "<html><body>\n" + "\n".join(out) + "\n</body></html>\n"


def message(msgid):
    m = EmailMessage(policy=email.policy.SMTP)
    m["Return-Path"] = f"<{MAIL_FROM[1]}>"
    m["Received"] = (
        "from mail.yunling.example.gov.cn (unknown [10.12.3.4]) by mx.yunling.example.gov.cn with ESMTP id 4F2A81C0; Tue, 10 Mar 2026 16:20:06 +0800 (CST)"
    )
    m["From"] = Address(MAIL_FROM[0], addr_spec=MAIL_FROM[1])
    m["To"] = Address(MAIL_TO[0], addr_spec=MAIL_TO[1])
    m["Subject"] = MAIL_SUBJECT
    m["Date"] = MAIL_DATE
    m["Message-ID"] = f"<{msgid}@yunling.example.gov.cn>"
    m["X-Mailer"] = "Foxmail 7.2.25.228[cn]"
    return m


def eml_qp():
    m = message("202603101620053461200")
    m.set_content(brief_plain(), charset="utf-8", cte="quoted-printable")
    return m.as_bytes(policy=email.policy.SMTP)


def eml_alternative():
    m = message("202603101620053461201")
    m.set_content(
        brief_plain().encode("gbk"), maintype="text", subtype="plain", cte="base64", params={"charset": "gbk"}
    )
    m.add_alternative(
        brief_html().encode("gbk"), maintype="text", subtype="html", cte="base64", params={"charset": "gbk"}
    )
    return m.as_bytes(policy=email.policy.SMTP)


def eml_attachment():
    m = message("202603101620053461202")
    m.set_content(brief_plain(), charset="utf-8", cte="8bit")
    blob = bytes((i * 37 + 11) % 256 for i in range(1800))
    m.add_attachment(
        blob,
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="云岭政务服务简报2026年第3期.docx",
    )
    return m.as_bytes(policy=email.policy.SMTP)


# ---------------------------------------------------------------- b: 领导活动
def wrap(text, width):
    return [text[i : i + width] for i in range(0, len(text), width)]


def lynx():
    out = [
        f"   {SITE}",
        "",
        "   [1]首页 [2]政务公开 [3]政务动态 [4]互动交流 [5]政务服务",
        "",
        f"   当前位置：[6]首页 > [7]政务动态 > [8]{LEAD_PAGE}",
        "",
        f"   {LEAD_PAGE}",
        "",
        f"   发布时间：{LEAD_DATE}　来源：县政府办公室　浏览次数：312",
        "",
    ]
    for n, (title, body) in enumerate(LEAD_ITEMS, start=9):
        lines = wrap(f"[{n}]【{title}】{body}", 36)
        out += ["   " + line for line in lines]
    out += [
        "",
        "   [15]打印本页 [16]关闭窗口",
        "",
        f"   主办：{SITE}办公室　地址：云岭县龙华路1号　滇ICP备05001234号",
        "",
        "References",
        "",
    ]
    refs = ["", "index.html", "zwgk/", "zwdt/", "hdjl/", "zwfw/", "index.html", "zwdt/", "zwdt/ldhd/"]
    refs += [f"zwdt/ldhd/202603/t2026031{i}_88{i}0.html" for i in range(3, 9)[::-1]]
    refs += ["javascript:window.print()", "javascript:window.close()"]
    for n, r in enumerate(refs[1:], start=1):
        out.append(f"   {n}. http://www.yunling.example.gov.cn/{r}")
    return "\n".join(out) + "\n"


def browser_copy():
    out = [
        "首页",
        "政务公开",
        "政务动态",
        "互动交流",
        "政务服务",
        f"当前位置：首页 > 政务动态 > {LEAD_PAGE}",
        LEAD_PAGE,
        f"发布时间：{LEAD_DATE}　来源：县政府办公室　浏览次数：312",
    ]
    out += [f"【{t}】{b}" for t, b in LEAD_ITEMS]
    out += ["打印本页 关闭窗口", f"主办：{SITE}办公室　地址：云岭县龙华路1号　滇ICP备05001234号"]
    return "\n".join(out) + "\n"


UNDEFINED_1252 = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


def misread_1252(text):
    return "".join(
        chr(b) if b in UNDEFINED_1252 else bytes([b]).decode("cp1252") for b in text.encode("utf-8")
    )


# ---------------------------------------------------------------- c: 政务要闻
def news_word():
    out = [NEWS_NAME, NEWS_NO, f"{NEWS_OFFICE}{IDS * 6}{NEWS_DATE}"]
    out += [f"{IDS * 2}■{t}{IDS}{b}" for t, b in NEWS_ITEMS]
    out += [
        "报：市政府办公室。",
        "送：县委办公室，县人大常委会办公室，县政协办公室。",
        "发：各乡镇人民政府，县直各单位。",
    ]
    return "\n".join(out) + "\n"


def news_pandoc():
    out = [NEWS_NAME, "", NEWS_NO, "", f"{NEWS_OFFICE}{IDS * 6}{NEWS_DATE}", ""]
    for t, b in NEWS_ITEMS:
        out += [f"■{t}{IDS}{b}", ""]
    out += [
        "报：市政府办公室。",
        "",
        "送：县委办公室，县人大常委会办公室，县政协办公室。",
        "",
        "发：各乡镇人民政府，县直各单位。",
    ]
    return "\n".join(out) + "\n"


def news_pdftotext():
    head = [f"{' ' * 0}{NEWS_NAME}", "", NEWS_NO, "", f"{NEWS_OFFICE}  {NEWS_DATE}", ""]
    body = []
    for t, b in NEWS_ITEMS:
        body += wrap(f"■{t} {b}", 30)
    pages = [body[:14], body[14:]]
    out = head + pages[0] + ["", "— 1 —", "\f" + pages[1][0]] + pages[1][1:]
    out += [
        "",
        "报：市政府办公室。",
        "送：县委办公室，县人大常委会办公室，县政协办公室。",
        "发：各乡镇人民政府，县直各单位。",
        "",
        "— 2 —",
        "\f",
    ]
    return "\n".join(out)


if __name__ == "__main__":
    write_bytes("a01_ylzwfw_3_eml_quoted-printable_utf8.txt", eml_qp())
    write_bytes("a02_ylzwfw_3_eml_multipart-alternative_base64_gbk.txt", eml_alternative())
    write_bytes("a03_ylzwfw_3_eml_multipart-mixed_8bit_attachment.txt", eml_attachment())
    write("b01_ylxzf_ldhd_lynx.txt", lynx())
    write("b02_ylxzf_ldhd_browser-copy.txt", browser_copy())
    write("b03_ylxzf_ldhd_browser-copy_cp1252-misread_utf8.txt", misread_1252(browser_copy()))
    write("c01_ylzwyw_11_word-txt_gb18030_crlf.txt", news_word(), encoding="gb18030", crlf=True)
    write("c02_ylzwyw_11_docx_pandoc-plain.txt", news_pandoc())
    write("c03_ylzwyw_11_pdftotext.txt", news_pdftotext())
