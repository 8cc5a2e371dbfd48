"""A day's Markdown articles joined into one file the way ``cat *.md`` joins them: each file's front
matter follows the previous article's last line.  Each later front matter (``---``, ``key: value`` lines,
a ``related:`` list, ``---``) is metadata, not the end of the article above it; a ``### 引题`` right over
a later ``# title`` is that title's kicker, not the previous article's last line (session 42,
``pdmwide``'s p21–p23).  Text written for the test (invented articles and reporters)."""

from reader.importer import parse_text

FIRST = """---
title: "河湾村的冬日课堂（服务窗）"
date: 2026-01-21
section: "第14版"
author: "林照"
related:
  - "[[暖心食堂开进社区]]"
---

# 河湾村的冬日课堂（服务窗）

> 本报记者  林照《人民日报》（2026年01月21日第 14 版）

寒假刚开始，河湾村的文化室里就坐满了孩子。志愿者每天下午来这里辅导功课。

村里的老人也常来旁听，文化室成了全村最热闹的地方。
"""

SECOND = """---
title: "暖心食堂开进社区"
date: 2026-01-21
section: "第14版"
author: ""
keywords: [食堂, 社区, 老人]
---

### 让老人吃得好吃得安心

# 暖心食堂开进社区

> 《人民日报》（2026年01月21日第 14 版）

本报青石1月20日电  （记者何远山）青石市首批社区食堂日前开门迎客，老人用餐可享受补贴。
"""


def test_a_later_front_matter_is_no_part_of_the_article_above():
    issue = parse_text(FIRST + SECOND, "day.md")
    assert [a.title for a in issue.articles] == ["河湾村的冬日课堂（服务窗）", "暖心食堂开进社区"]
    first = issue.articles[0].text
    assert first.endswith("文化室成了全村最热闹的地方。")
    for word in ("title", "keywords", "食堂, 社区", "related"):
        assert word not in first
    assert issue.issue_date == "2026-01-21"


def test_the_heading_over_a_later_title_is_its_kicker():
    second = parse_text(FIRST + SECOND, "day.md").articles[1]
    assert second.kicker == "让老人吃得好吃得安心"
    assert second.text.startswith("本报青石1月20日电")
    assert [person.name for person in second.byline] == ["何远山"]


def test_a_rule_between_paragraphs_is_not_a_front_matter():
    text = FIRST.replace("村里的老人", "---\n\n村里的老人")
    article = parse_text(text, "one.md").articles[0]
    assert "村里的老人也常来旁听" in article.text
