"""A newspaper page read by pdfplumber's ``extract_text(layout=True)``: the columns stand side by side, but
their baselines do not line up, so most rows hold one column's line and the next row the neighbour's —
the columns take turns row by row — with only a few rows holding two or three columns.  Such a run of
rows (between the page's head and the end of the page) is read column after column like the rows of side-
by-side columns around it; a byline's one-character piece (``记者    罗``, the layout's spaces inside a name)
does not make a row look wider than the page's columns.  Rows in which one article's text runs on with a
writer's name or a jump line set right, or a headline centred across the page, are left as they are."""

from reader.importer import parse_text
from reader.importer.columns import unfold

PAGE = """\
     第4版       社会新闻                                   安远晚报   2025年10月9日 星期四

      河口镇举办秋季                   县医院开展义诊                   社会短讯
        农民运动会                   进社区活动
         本报讯（记者    罗               本报讯（通讯员 钟岚）10          ◆县图书馆延长开放时间
      晓东）10月7日，河口镇第三届农          月6日，县人民医院组织内科、         国庆期间，县图书馆每天开放
      民运动会开幕，十二个村的三百
                                儿科等科室专家走进城南社区，
                                                          至晚上九点。（胡杨）
      余名村民参加拔河、挑担等比赛。
                                为居民测量血压、解答咨询。
                                                          ◆城南社区开设老年食堂
         镇文化站负责人说，运动会已
                                （钟岚）
                                                          城南社区老年食堂日前开业，
      连续举办三届。
                                                          每餐八元。（程洁）
"""

SINGLE = """\
                                   县里召开秋季防火工作会议
                                     部署重点林区巡护
                                                                       县融媒体中心

    10月8日，县政府召开秋季森林防火工作会议，通报今年以来全县森林防火工作情况，部署下一阶段重点
林区巡护、野外用火管理和应急值守工作。会议要求各乡镇落实网格化管理责任，确保不发生较大森林火灾。
    会议指出，秋季气候干燥，林下可燃物多，各地要加强宣传教育，严格管控野外用火。
                                                                       （下转第2版）
"""


def flat(text: str) -> str:
    return "".join(text.split())


def test_staggered_columns_are_read_one_after_another():
    text = flat(unfold(PAGE))
    assert (
        "本报讯（记者罗晓东）10月7日，河口镇第三届农民运动会开幕，十二个村的三百余名村民参加拔河、挑担等比赛。"
        in text
    )
    assert "镇文化站负责人说，运动会已连续举办三届。" in text
    assert (
        "本报讯（通讯员钟岚）10月6日，县人民医院组织内科、儿科等科室专家走进城南社区，为居民测量血压" in text
    )
    assert (
        "国庆期间，县图书馆每天开放至晚上九点。（胡杨）◆城南社区开设老年食堂城南社区老年食堂日前开业" in text
    )


def test_the_page_reads_as_its_stories():
    issue = parse_text(PAGE, "page.txt")
    titles = [a.title.replace(" ", "") for a in issue.articles]
    assert "河口镇举办秋季农民运动会" in titles
    assert "县医院开展义诊进社区活动" in titles
    first = issue.articles[0]
    assert first.text.replace(" ", "").startswith("本报讯（记者罗晓东）10月7日，河口镇第三届农民运动会开幕")
    assert first.text.endswith("连续举办三届。")


def test_one_column_with_a_name_set_right_is_left_alone():
    assert unfold(SINGLE) == SINGLE
