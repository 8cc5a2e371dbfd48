"""A paragraph a converter wrapping only at spaces (pandoc's plain text) cut between two Latin words
inside a bracket (``…李明山(Tom`` / ``Lee)在发布会上…``): one line again, and the digest's item above it
keeps its section and title (session 36, ``leftovers22``; fourth set's f13).  Digest written for the test
(invented papers, companies and people)."""

from reader.importer import parse_text

DIGEST = """【资讯汇总】6月5日盘中重要资讯汇总
河西财经网
2026-06-05 15:20
国内资讯
【河西日报】河西市上半年财政收入增长：税收贡献明显 多个行业表现亮眼
河西市财政局6月4日发布数据显示，上半年全市一般公共预算收入同比增长5.2%，其中税收收入增长明显。
【河东晚报】河东新区启动产业园建设 计划三年内引进企业百家
河东新区管委会表示，产业园首期工程已经开工，预计明年投入使用，届时将引进一批先进制造企业。
国际资讯
【河西日报】远洋航运公司宣布重组计划！董事会否认传闻是“误读”
周三(4日)公司董事长李明山(Tom
Lee)在发布会上表示，重组计划已经过董事会审议。此前市场传闻公司将出售部分资产，股价一度下跌。
【河东晚报】国际港口协会发布年度报告：集装箱吞吐量稳步回升
国际港口协会6月4日发布年度报告，全球主要港口集装箱吞吐量稳步回升，亚洲港口表现突出。
"""


def test_a_bracket_cut_at_a_space_is_joined_and_the_item_above_keeps_its_title():
    articles = parse_text(DIGEST, "digest_pandoc.txt").articles
    assert [a.title for a in articles] == [
        "【河西日报】河西市上半年财政收入增长：税收贡献明显 多个行业表现亮眼",
        "【河东晚报】河东新区启动产业园建设 计划三年内引进企业百家",
        "【河西日报】远洋航运公司宣布重组计划！董事会否认传闻是“误读”",
        "【河东晚报】国际港口协会发布年度报告：集装箱吞吐量稳步回升",
    ]
    assert [a.section for a in articles] == ["国内资讯", "国内资讯", "国际资讯", "国际资讯"]
    assert articles[2].text.startswith("周三(4日)公司董事长李明山(Tom Lee)在发布会上表示")
    assert articles[1].text.endswith("届时将引进一批先进制造企业。")
