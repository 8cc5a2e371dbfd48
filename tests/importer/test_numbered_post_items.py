"""A 公众号 post that is a digest of news items, each under a two-digit number of its own (``01`` over
``📌title`` over its text): each item an article, the numbers set aside as ``item number``, an emoji
before a title as ``title mark``, the post's heading naming the issue, not an article.  A story whose own
lead paragraph comes before its numbered parts stays one story."""

from reader.importer import parse_text

ITEMS = (
    ("📌", "县政府召开第八次常务会议", "5月6日，县政府召开第八次常务会议，研究城区停车设施建设等事项。"),
    ("🚌", "县城新开两条公交线路", "5月8日起，县城新开通11路、12路公交线路，每天首班6:30。"),
    ("🌼", "油菜花节下周开幕", "记者从县文旅局获悉，第二届油菜花节将于5月15日在河湾镇开幕。"),
)


def _post(blank: str, lead: str = "") -> str:
    lines = ["河湾早知道｜5月9日", "原创 河湾发布 河湾发布", "2026年05月09日 07:30", "", "点击蓝字　关注我们"]
    if lead:
        lines.append(lead)
    for n, (mark, title, text) in enumerate(ITEMS, 1):
        lines += [blank, f"0{n}", blank, mark + title, blank, text, "请广大市民相互转告。"]
    lines += ["", "来源：河湾县融媒体中心", "编辑：王一　审核：李二", "阅读原文", "分享 收藏 点赞 在看"]
    return "\n".join(line for line in lines if line is not None)


def test_a_digest_post_is_split_at_its_numbered_items():
    for blank in (None, ""):  # a phone's copy without blank lines, a page's text with them
        issue = parse_text(_post(blank), "post.txt")
        assert [a.title for a in issue.articles] == [title for _, title, _ in ITEMS]
        assert issue.articles[1].text.startswith("5月8日起")
        assert issue.articles[0].subtitle is None  # 原创 … is the post's line, not the first item's
        aside = [(item.text, item.reason) for item in issue.boilerplate]
        assert ("02", "item number") in aside
        assert ("🚌", "title mark") in aside


def test_a_story_with_a_lead_paragraph_keeps_its_numbered_parts():
    lead = "5月20日起，城南大道改造工程开工，施工期间部分路段封闭，请市民注意以下事项。"
    issue = parse_text(_post(None, lead), "post.txt")
    assert len(issue.articles) == 1
    assert "县城新开两条公交线路" in issue.articles[0].text


def test_numbers_that_do_not_count_from_one_stay_page_numbers():
    text = _post(None).replace("\n01\n", "\n03\n", 1)
    issue = parse_text(text, "post.txt")
    assert not [item for item in issue.boilerplate if item.reason == "item number"]
