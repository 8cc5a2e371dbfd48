"""A notice of an election's results lists who was elected as label lines — a post (its characters spaced
out to line up with the others, or not), a colon and the names (``主　　任：name``, ``副 主 任：name　name``,
``委员：name、name``), or a label with nothing after it (``委　　员（按姓氏笔画为序）：``) over a line of
names — then signs off with its issuer and day.  The label lines and the names are the notice's text: not a
source note set aside, and the line of names never the title of an item of its own."""

from reader.importer import parse_text
from reader.importer.linekinds import Kind, kind_of, labelled_names, names_list

NOTICE = """中共青岚县枫桥乡委员会
关于乡纪委换届选举结果的公告

2025年3月12日，中国共产党青岚县枫桥乡第九次代表大会选举产生了新一届乡纪律检查委员会。随后召开的乡纪委第一次全体会议选举产生了书记、副书记。现将选举结果公告如下：

书　　记：郝立平
副 书 记：全小梅　温　涛
委　　员（按姓氏笔画为序）：
方　洁　全小梅　孟庆山　郝立平　温　涛

中共青岚县枫桥乡委员会
2025年3月13日


枫桥乡召开春耕生产推进会

本报讯　3月14日，枫桥乡召开春耕生产推进会，部署全乡春耕备耕工作。乡长孟庆山出席会议并讲话。
"""

NO_SIGN_OFF = """石溪镇第七届老年协会理事会选举产生

3月5日，石溪镇老年协会召开会员代表大会，选举产生第七届理事会。名单如下：

会　　长：陆德成
副 会 长：韩秋菊、祝永安
理　　事（按姓氏笔画为序）：
王　军　祝永安　陆德成　韩秋菊　葛平原　蒋玉兰

会员代表一致表示，将继续办好老年食堂和文体活动。
"""


def _text(article) -> str:
    return "\n".join(block.text for block in article.blocks)


def test_label_lines_are_the_notice_text():
    issue = parse_text(NOTICE, "notice.txt")
    titles = [article.title for article in issue.articles]
    assert titles == ["中共青岚县枫桥乡委员会关于乡纪委换届选举结果的公告", "枫桥乡召开春耕生产推进会"]
    notice = issue.articles[0]
    text = _text(notice)
    assert "书　　记：郝立平" in text
    assert "副 书 记：全小梅　温　涛" in text
    assert "委　　员（按姓氏笔画为序）：" in text
    assert "方　洁　全小梅　孟庆山　郝立平　温　涛" in text
    assert not notice.source_note


def test_label_lines_without_a_sign_off():
    issue = parse_text(NO_SIGN_OFF, "list.txt")
    assert [article.title for article in issue.articles] == ["石溪镇第七届老年协会理事会选举产生"]
    text = _text(issue.articles[0])
    for line in (
        "会　　长：陆德成",
        "副 会 长：韩秋菊、祝永安",
        "王　军　祝永安　陆德成　韩秋菊　葛平原　蒋玉兰",
    ):
        assert line in text
    assert "会员代表一致表示" in text


def test_the_line_shapes():
    assert kind_of("书　　记：郝立平") is Kind.FIELD
    assert kind_of("副书记：全小梅、温涛") is Kind.FIELD
    assert kind_of("委　　员（按姓氏笔画为序）：") is Kind.FIELD
    assert labelled_names("副 书 记：全小梅　温　涛")
    assert names_list("方　洁　全小梅　孟庆山　郝立平　温　涛")
    # a label over anything but names, a headline quoting someone, a plain label alone: not such a line
    assert not labelled_names("专家：加快推进乡村振兴")
    assert not labelled_names("郝立平：要把春耕抓实抓细")
    assert not labelled_names("主要做法：")
    assert kind_of("来源：青岚日报") is Kind.LABEL
    assert kind_of("记者：全小梅") is not Kind.FIELD


UNDER_A_PARAGRAPH = """石溪镇老年协会换届

3月5日，石溪镇老年协会召开会员代表大会，选举产生第七届理事会。

会　　长：陆德成
副 会 长：韩秋菊、祝永安

会员代表一致表示，将继续办好老年食堂和文体活动。
"""


def test_each_label_line_is_a_paragraph_of_its_own():
    (article,) = parse_text(UNDER_A_PARAGRAPH, "list.txt").articles
    texts = [block.text for block in article.blocks]
    assert texts[1:3] == ["会　　长：陆德成", "副 会 长：韩秋菊、祝永安"]
