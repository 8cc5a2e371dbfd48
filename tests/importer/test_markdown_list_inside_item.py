"""A Markdown digest whose item lists its points as a numbered list (``1.  组建…；`` pandoc-style, one point a
line): the list is the item's text, not the issue's contents — the item keeps its points, the paragraph
after them and its sign-off."""

from reader.importer import parse_text

BRIEF = """**云岭政务信息**

2025年第7期

云岭县人民政府办公室　　　　2025年5月20日

## 县林业局完成春季植树造林任务

县林业局组织干部群众在荒山荒坡植树造林，共完成人工造林1.8万亩。

（县林业局　孙海波）

## 沙洲镇四项举措推进人居环境整治

沙洲镇以清脏、治乱、增绿为重点，持续推进农村人居环境整治提升：

1.  组建村级保洁队伍，每村配备保洁员3至5名；
2.  拆除危旧房、残垣断壁112处；
3.  利用房前屋后空地建设小菜园230个；
4.  建立红黑榜评比制度，每月公示一次。

通过整治，全镇村庄保洁覆盖率达到100%。

（沙洲镇　罗春燕）

## 白沙乡建成农产品冷链仓储中心

白沙乡投资320万元建成农产品冷链仓储中心，可储存果蔬600吨。

（白沙乡　钱文亮）
"""


def test_the_points_stay_in_their_item():
    issue = parse_text(BRIEF, "brief.txt")
    second = issue.articles[1]
    assert second.title == "沙洲镇四项举措推进人居环境整治"
    assert "拆除危旧房、残垣断壁112处" in second.text
    assert "保洁覆盖率达到100%" in second.text
    assert [entry.name for entry in second.byline] == ["罗春燕"]
    assert not [b for b in issue.boilerplate if "拆除危旧房" in b.text]
