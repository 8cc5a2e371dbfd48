"""A story's own photo caption set between its paragraphs, right over one of its sub-heads.

A charity article extracted from its web page one block a line: headline, subtitle, date, the first photo's
caption, the intro with the reporter's byline glued on, paragraphs, and further photos' captions where the
pictures stand — some right over a sub-head (``…一笔可观的收入。`` / ``林妻（左）和女儿顾摊。`` /
``一天只卖出两篮橘子``), one under its own short title (``顾家`` / ``林妻（右）…``).  A caption after a
finished paragraph is the story's picture; the heading under it is the story's next sub-head, not a new
article.
Written for the test: invented family, place and reporter.
"""

from __future__ import annotations

from reader.importer import parse_text

_STORY = "\n".join(
    [
        "B1024 父病倒 幼女助母摆摊",
        "一家四口靠橘园度日",
        "2014年09月12日",
        "林妻在家照顾两个女儿，林大山独自住院。",
        "48岁的林大山今年春天查出肝病，住院两个月，说起家中的妻子和两个女儿，忍不住红了眼眶："
        "「原本想再做十年工，把女儿养大。」报导•摄影╱许晴川",
        "林大山说，早年他在外地做木工，攒下一点钱后回到山里种橘子，一年收成好时有三四万元，"
        "日子虽不宽裕，一家人倒也过得踏实，没想到今年一场病，把家里的积蓄全花光了。",
        "今年橘子刚挂果，园里的活全落在妻子一人身上，她白天在园里忙，晚上还要照顾两个女儿写作业，"
        "常常忙到深夜才能休息，「再苦也要撑下去，等他出院就好了。」",
        "林妻（左）和女儿顾摊，等过路的游客。",
        "一天只卖出两篮橘子",
        "记者来到林家时，林妻正带着十岁的大女儿在路边摆摊卖橘子，「有时整天只卖出两篮，"
        "一篮五十元。」大女儿说，每天晚上都和爸爸通电话，希望爸爸快点回家。",
        "村里的社工说，林家领低收入补助每月七千元，医院社工已协助部分医疗费，但林大山出院后还要长期服药，"
        "每月药费就要一万元，村里已转介基金会，基金会访视后也拨款纾困。",
        "顾家",
        "林妻（右）在橘园里给果树剪枝。",
        "邻居伸出援手",
        "邻居们轮流帮忙照看橘园，还帮林妻把橘子送到镇上的市场，「大家都是看着孩子长大的，能帮一点是一点。」",
        "基金会编号：B1024",
    ]
)


def test_sub_heads_under_the_story_s_own_captions_stay_in_the_story() -> None:
    issue = parse_text(_STORY + "\n", "b1024.txt")
    assert [article.title for article in issue.articles] == ["B1024 父病倒 幼女助母摆摊"]
    [article] = issue.articles
    assert [person.name for person in article.byline] == ["许晴川"]
    assert "一天只卖出两篮橘子" in article.text
    assert "邻居伸出援手" in article.text
    assert article.text.rstrip().endswith("基金会编号：B1024")
