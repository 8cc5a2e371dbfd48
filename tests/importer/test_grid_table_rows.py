"""A table in pandoc's grid form (``+----+----+`` borders, ``| cell | cell |`` rows) inside a Markdown item:
the borders are set aside, each row stays a line of its own, and the paragraph after the table is not
glued to its last row (Markdown's reading joins a line to the next across a blank line when no full stop
ends it)."""

from reader.importer import parse_text

BRIEF = """## 县水利局完成春灌水利设施检修

县水利局组织技术人员对全县水库、山塘和灌溉渠道开展检修，具体情况如下：

+------------------+------------------+------------------+
| 设施             | 检修数量         | 整改问题         |
+==================+==================+==================+
| 小型水库         | 14座             | 9处              |
+------------------+------------------+------------------+
| 山塘             | 63处             | 27处             |
+------------------+------------------+------------------+

检修中发现的问题已全部整改到位，可保障全县农田春灌用水。

## 县林业局完成春季植树造林任务

县林业局组织干部群众在荒山荒坡植树造林，共完成人工造林1.8万亩。
"""


def test_grid_rows_stay_apart_from_the_paragraph_after_them():
    first = parse_text(BRIEF, "brief.md").articles[0]
    lines = [block.text for block in first.blocks]
    assert "| 山塘             | 63处             | 27处             |" in lines
    assert "检修中发现的问题已全部整改到位，可保障全县农田春灌用水。" in lines
