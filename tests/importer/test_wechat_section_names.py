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
