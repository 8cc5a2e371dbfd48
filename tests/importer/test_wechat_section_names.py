"""A WeChat post of a bulletin names its sections with marked lines (``■ 镇村动态``) over their items.  The
first such name stands right under the post's top (its ``▼``), and it still names the first items; a name
whose only item a cut copy lost (its title at the end, no text under it) is kept with the set-aside lines."""

from __future__ import annotations

from reader.importer import parse_text

_ITEMS = [
    (
        "镇村动态",
        "1. 东岭镇召开防汛工作部署会",
        "6月3日上午，东岭镇召开防汛工作部署会，各村书记参加。",
    ),
    (None, "2. 西湖村开展人居环境整治", "连日来，西湖村组织党员群众清理房前屋后杂物。"),
    (
        "志愿服务",
        "3. 志愿者走进敬老院送温暖",
        "端午前夕，县青年志愿者走进敬老院，为老人送去粽子。",
    ),
    (
        "基层党建",
        "4. 南坪村举办主题党日活动",
        "1日上午，南坪村党支部开展主题党日活动，重温入党誓词。",
    ),
]


def _post(items: int, last_without_text: bool = False) -> str:
    lines = [
        "乡村工作动态｜2025年第3期",
        "原创 县委办公室 乡村工作动态 2025-06-05 08:30 浙江",
        "",
        "📢 本期导读",
        "",
    ]
    lines += [title for _, title, _ in _ITEMS] + ["", "▼", ""]
    for k, (section, title, text) in enumerate(_ITEMS[:items]):
        lines += [f"■ {section}", ""] if section else []
        lines += [title, ""]
        if not (last_without_text and k == items - 1):
            lines += [text, "", "来源：县委办公室", "", ""]
    return "\n".join(lines) + "\n"


def test_a_section_name_under_the_posts_top_names_the_first_items() -> None:
    issue = parse_text(_post(4), "post.txt")
    assert [(a.section, a.title) for a in issue.articles] == [
        ("镇村动态", "东岭镇召开防汛工作部署会"),
        ("镇村动态", "西湖村开展人居环境整治"),
        ("志愿服务", "志愿者走进敬老院送温暖"),
        ("基层党建", "南坪村举办主题党日活动"),
    ]


def test_a_section_name_whose_only_item_was_cut_away_is_kept_aside() -> None:
    issue = parse_text(_post(3, last_without_text=True), "post.txt")
    assert [a.section for a in issue.articles] == ["镇村动态", "镇村动态"]
    assert ("■ 志愿服务", "empty section heading") in [(item.text, item.reason) for item in issue.boilerplate]


_BULLETIN = [
    (
        "▍工作动态",
        "县教育局召开秋季开学工作部署会议",
        "8月28日，县教育局召开秋季开学工作部署会议，安排校园安全工作。",
    ),
    (
        None,
        "城关小学开展防溺水安全教育",
        "开学第一周，城关小学组织学生观看防溺水安全教育片，签订安全承诺书。",
    ),
    ("▍队伍建设", "全县新教师入职培训班开班", "9月2日，全县新教师入职培训班开班，八十余名新教师参加培训。"),
    (None, "乡村教师专题研修活动启动", "县教师发展中心组织乡村教师开展专题研修，围绕课堂教学开展交流。"),
]


def test_a_bar_before_a_short_name_marks_a_section_not_a_kicker() -> None:
    lines = ["教育简报（2025年第9期）", "县教育局办公室", "2025-09-05 08:30", ""]
    for section, title, text in _BULLETIN:
        lines += [section, ""] if section else []
        lines += [title, "", text, "", "来源：县教育局", ""]
    issue = parse_text("\n".join(lines) + "\n", "bulletin.txt")
    assert [(a.section, a.kicker, a.title) for a in issue.articles] == [
        ("工作动态", None, "县教育局召开秋季开学工作部署会议"),
        ("工作动态", None, "城关小学开展防溺水安全教育"),
        ("队伍建设", None, "全县新教师入职培训班开班"),
        ("队伍建设", None, "乡村教师专题研修活动启动"),
    ]
