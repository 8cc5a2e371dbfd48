"""An item closed by one bracketed line of credits: who wrote it, who edited it, who passed it
(``（撰稿：某某　责任编辑：某某　审核：某某）``), as a town's 工作简报 prints it.

What a user would notice if this broke: the item with no byline, though its writer is named under it;
or the editor or the reviewer taken for its writer.
"""

from __future__ import annotations

from reader.importer import parse_text

ISSUE = """东坪镇工作简报

第5期

东坪镇党政办公室　　　　　　　　2025年4月18日

我镇开展春季森林防火专项检查

4月15日，镇森林防火指挥部组织人员对辖区内重点林区、坟山墓地开展专项检查，共发现火灾隐患6处，已督促相关村组立即整改，并在主要路口设置防火检查点。

（撰稿：何晓岚　责任编辑：蒋文韬　审核：罗振声）

东坪村建成村级便民服务站

东坪村便民服务站近日正式投入使用，村民在家门口就能办理社保缴费、医保报销、证明开具等十余项业务，服务站还安排专人为行动不便的老人上门代办。

（镇党建办供稿　责任编辑：蒋文韬　审核：罗振声）
"""


def test_the_writer_of_a_bracketed_credit_line_is_the_byline() -> None:
    issue = parse_text(ISSUE, "dongping.txt")
    first, second = issue.articles
    assert first.title == "我镇开展春季森林防火专项检查"
    assert [entry.name for entry in first.byline] == ["何晓岚"]
    assert second.title == "东坪村建成村级便民服务站"
    assert second.byline == []


def test_a_line_naming_only_the_editor_and_the_reviewer_gives_no_byline() -> None:
    text = ISSUE.replace("撰稿：何晓岚　", "")
    first, _ = parse_text(text, "dongping.txt").articles
    assert first.byline == []
