"""A notice listing who holds which charge (总河长：县委书记　某某, the next holder indented under the first,
乡级河长：镇长　某某): the indented post-and-name lines continue the list — they are no speaker's line
under a report's title, so no second article starts there; and each labelled row stays a line of its own,
its label carrying a note in brackets (某河（某村至某镇）：…) or not."""

from reader.importer import parse_text

NOTICE = """青溪县人民政府
关于公布全县主要河流河长名单的公告

为全面落实河长制，现将全县主要河流县、乡两级河长名单公告如下。

一、县级总河长、副总河长

总河长：县委书记　郝云帆
　　　　县委副书记、县长　欧阳澈
副总河长：县委常委、常务副县长　祁连生
　　　　　副县长　樊素素

二、县级河长

白鹭河（源头至两河口）：县委常委、常务副县长　祁连生，联系单位县水利局
青溪河（茶坪村至青溪镇集镇）：副县长　樊素素，联系单位县生态环境局

三、乡级河长

白鹭河白鹭镇段
乡级河长：镇党委书记　项思远
河道警长：白鹭派出所所长　竺青山

各级河长要定期巡河，协调解决河道问题。

青溪县人民政府
2026年3月22日
"""


def test_indented_holders_continue_the_list():
    issue = parse_text(NOTICE, "notice.txt")
    assert [article.title for article in issue.articles] == [
        "青溪县人民政府关于公布全县主要河流河长名单的公告"
    ]
    text = "\n".join(block.text for block in issue.articles[0].blocks)
    holders = [
        "总河长：县委书记　郝云帆",
        "县委副书记、县长　欧阳澈",
        "副县长　樊素素",
        "河道警长：白鹭派出所所长　竺青山",
    ]
    for line in holders:
        assert line in text
    assert issue.issue_date == "2026-03-22"


def test_each_charge_with_a_note_in_brackets_is_a_row_of_its_own():
    blocks = [block.text for block in parse_text(NOTICE, "notice.txt").articles[0].blocks]
    assert "白鹭河（源头至两河口）：县委常委、常务副县长　祁连生，联系单位县水利局" in blocks
    assert "青溪河（茶坪村至青溪镇集镇）：副县长　樊素素，联系单位县生态环境局" in blocks
