"""A 公众号 digest copied with two blank lines between its lines (each ``01`` / ``📌title`` / text apart by
two, the post's heading lines by fewer): the items are read as a page of stories, the first item's title
inside the heading's story — now split off as the other items are, the heading naming the issue, not the
first item (twentyfirst's leftover; session 36, ``leftovers22``).  Post written for the test (an
invented county and account)."""

from reader.importer import parse_text

ITEMS = (
    ("📌", "县政府召开第八次常务会议", "5月6日，县政府召开第八次常务会议，研究城区停车设施建设等事项。"),
    ("🚌", "县城新开两条公交线路", "5月8日起，县城新开通11路、12路公交线路，每天首班6:30。"),
    ("🌼", "油菜花节下周开幕", "记者从县文旅局获悉，第二届油菜花节将于5月15日在河湾镇开幕。"),
)


def _post() -> str:
    lines = ["河湾早知道｜5月9日", "原创 河湾发布 河湾发布", "2026年05月09日 07:30", "", "点击蓝字　关注我们"]
    for n, (mark, title, text) in enumerate(ITEMS, 1):
        lines += ["\n", f"0{n}", "\n", mark + title, "\n", text, "请广大市民相互转告。"]
    lines += ["", "来源：河湾县融媒体中心", "编辑：王一　审核：李二", "阅读原文", "分享 收藏 点赞 在看"]
    return "\n".join(lines)


def test_a_digest_with_two_blank_lines_between_lines_is_split_at_every_number():
    issue = parse_text(_post(), "post.txt")
    assert [a.title for a in issue.articles] == [title for _, title, _ in ITEMS]
    assert issue.articles[0].text.startswith("5月6日，县政府召开第八次常务会议")
    assert issue.articles[0].subtitle is None
    assert issue.title == "河湾早知道｜5月9日"
    assert ("河湾早知道｜5月9日", "web page header") in {(b.text, b.reason) for b in issue.boilerplate}
