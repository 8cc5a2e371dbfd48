"""A contents list may name its sections in brackets; a section name with no item under it is set aside.

A copy cut short after a section's name, or a 【图片新闻】 section whose pictures the converter left out,
leaves a name that heads nothing; the issue must still hold every line of the file, and the items around
it keep their sections."""

from __future__ import annotations

from reader.importer import SetAside, parse_text

HEAD = "县政务简报\n\n2023年第4期\n\n本期目录\n\n"
CONTENTS = HEAD + "一、县里召开春耕会议\n二、县里开展植树活动\n三、县里举办书法展\n\n"
FIRST = "【工作动态】\n\n县里召开春耕会议\n\n　　3月2日，县里召开春耕生产会议，部署全年工作。\n\n"
SECOND = "县里开展植树活动\n\n　　3月12日，机关干部到北山开展义务植树活动。\n\n"
THIRD = "县里举办书法展\n\n　　3月20日，县文化馆举办书法作品展，展出作品六十幅。\n\n"
LISTED = "【工作动态】\n一、县里召开春耕会议\n二、县里开展植树活动\n"
SECTIONS_AND_TITLES = [
    ("工作动态", "县里召开春耕会议"),
    ("工作动态", "县里开展植树活动"),
    ("文化生活", "县里举办书法展"),
]


def test_a_section_name_at_the_end_of_a_copy_cut_short_is_set_aside() -> None:
    issue = parse_text(CONTENTS + FIRST + SECOND + "【文化生活】\n", "cut-short.txt")
    assert [(a.section, a.title) for a in issue.articles] == SECTIONS_AND_TITLES[:2]
    assert SetAside(21, "【文化生活】", "empty section heading") in issue.boilerplate
    assert "set aside as not part of any article: 1 empty section heading line" in issue.warnings
    assert "table of contents: '县里举办书法展' not found in the text" in issue.warnings


def test_contents_that_name_their_sections_in_brackets_give_each_item_its_section() -> None:
    contents = HEAD + LISTED + "【文化生活】\n三、县里举办书法展\n\n"
    issue = parse_text(contents + FIRST + SECOND + "【文化生活】\n\n" + THIRD, "sections-listed.txt")
    assert issue.layout == "toc_bulletin"
    assert [(a.section, a.title) for a in issue.articles] == SECTIONS_AND_TITLES
    assert [entry.title for entry in issue.toc] == [title for _, title in SECTIONS_AND_TITLES]
    assert not issue.warnings


def test_a_section_of_pictures_left_out_is_set_aside_and_the_next_section_holds() -> None:
    contents = HEAD + LISTED + "【图片新闻】\n【文化生活】\n三、县里举办书法展\n\n"
    text = contents + FIRST + SECOND + "【图片新闻】\n\n【文化生活】\n\n" + THIRD
    issue = parse_text(text, "pictures-left-out.txt")
    assert [(a.section, a.title) for a in issue.articles] == SECTIONS_AND_TITLES
    assert SetAside(24, "【图片新闻】", "empty section heading") in issue.boilerplate
    assert all("【图片新闻】" not in article.text for article in issue.articles)


def test_a_section_name_that_heads_items_is_no_set_aside_line() -> None:
    issue = parse_text(CONTENTS + FIRST + SECOND + "【文化生活】\n\n" + THIRD, "whole.txt")
    assert [(a.section, a.title) for a in issue.articles] == SECTIONS_AND_TITLES
    assert not [item for item in issue.boilerplate if item.reason == "empty section heading"]


MARKDOWN_DIGEST = """# 县情摘报

**2023年第4期（总第90期）**

县委办公室　编　2023年3月30日

---

## 【工作动态】

### 县里召开春耕会议

3月2日，县里召开春耕生产会议，部署全年工作。

### 县里开展植树活动

3月12日，机关干部到北山开展义务植树活动。

## 【图片新闻】

## 【文化生活】

### 县里举办书法展

3月20日，县文化馆举办书法作品展，展出作品六十幅。

## 【外媒关注】
"""


def test_a_markdown_digest_sets_aside_its_section_headings_that_head_no_item() -> None:
    issue = parse_text(MARKDOWN_DIGEST, "digest.md")
    assert issue.layout == "markdown_digest"
    assert [(a.section, a.title) for a in issue.articles] == SECTIONS_AND_TITLES
    empty = [item for item in issue.boilerplate if item.reason == "empty section heading"]
    assert empty == [
        SetAside(19, "【图片新闻】", "empty section heading"),
        SetAside(27, "【外媒关注】", "empty section heading"),
    ]
