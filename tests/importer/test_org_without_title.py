"""An Org-mode export without ``#+TITLE:``: pandoc's ``-t org`` of a bulletin with no title metadata.

pandoc writes each heading as ``* title`` followed by a ``:PROPERTIES:`` drawer holding a ``:CUSTOM_ID:``,
bold as ``*text*`` and tables with ``|---+---|`` rules, but no ``#+TITLE:`` when the source had no title.
Org was recognised only by that keyword, so such a file was one article titled ``*name*`` holding the
whole issue, drawers and all (twentysixth's a03, c01).
"""

from __future__ import annotations

from reader.importer import parse_text

ITEMS = [
    ("县农机合作社开展秋收机械检修", "秋收前夕，县农机合作社组织技术人员对八十台收割机进行了检修保养。"),
    ("河口镇建成区域性农产品冷链仓库", "河口镇投资四百万元建成冷链仓库一座，可储存果蔬一千二百吨。"),
    ("县供销社开通农资网上订购", "县供销社开通农资网上订购服务，农户在手机上下单，三天内送货到村。"),
]


def _org(drawers: bool = True) -> str:
    out = [
        "*农业农村工作简报*",
        "",
        "2025年第5期",
        "",
        "县农业农村局办公室　　2025年9月12日",
        "",
        "-----",
        "",
    ]
    for n, (title, para) in enumerate(ITEMS, 1):
        out.append(f"* {title}")
        if drawers:
            out += ["  :PROPERTIES:", f"  :CUSTOM_ID: item-{n}", "  :END:"]
        out += [para, "", f"*负责人*说：下一步将继续做好第{n}项工作。", ""]
    return "\n".join(out)


def test_org_export_without_a_title_keyword() -> None:
    issue = parse_text(_org(), "nyjb_5.txt")
    assert [a.title for a in issue.articles] == [title for title, _ in ITEMS]
    assert [a.text.split("\n")[0] for a in issue.articles] == [para for _, para in ITEMS]
    assert issue.articles[0].text.split("\n")[1] == "负责人说：下一步将继续做好第1项工作。"
    assert issue.publication == "农业农村工作简报"
    assert issue.issue_date == "2025-09-12"
    drawer = [item.text for item in issue.boilerplate if ":CUSTOM_ID:" in item.text or item.text == ":END:"]
    assert len(drawer) == 6
    assert not any(":PROPERTIES:" in a.text for a in issue.articles)


def test_a_starred_line_alone_is_not_org() -> None:
    """Without drawers a ``* `` line is a Markdown bullet: the file is not read as Org."""
    issue = parse_text(_org(drawers=False), "nyjb_5.txt")
    assert issue.articles[0].title != "县农机合作社开展秋收机械检修" or len(issue.articles) != 3
