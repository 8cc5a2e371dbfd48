"""A writer's sign-off whose opening bracket a scan's text misread as angle brackets (``〈《叶晓路)``, on a
line of its own under the story's last sentence): the story's writer, not the first line of the next
item's title (session 35, ``leftovers21``; sixteenth set's a01, tesseract).  Text written for the test."""

from reader.importer import parse_text
from reader.importer.ends import signed_off

SCAN = (
    "审判动态\n\n"
    "第5期\n"
    "河西区人民法院办公室编             2024年6月20日\n\n"
    "区法院举行人民陪审员任命仪式\n\n"
    "6月11日上午,区法院举行人民陪审员任命书颁发仪式。区人大常委会副主任向20位新任人民陪审员\n"
    "颁发任命书,要求新任人民陪审员牢记人民重托,为司法公正履行自己的神圣职责。\n"
    "〈《王晓明)\n\n"
    "河东县法院新任命30名人民陪审员\n\n"
    "本网讯(李国清) 7月3日,河东县人大常委会任命30名人民陪审员,并为新任命的人民陪审员颁发了任命书。\n\n"
    "此次任命的人民陪审员以自荐和推荐相结合方式产生,绝大部分来自基层。\n"
)


def test_a_misread_sign_off_signs_the_story_above():
    issue = parse_text(SCAN, "spdt_scan_tesseract.txt")
    assert [a.title for a in issue.articles] == [
        "区法院举行人民陪审员任命仪式",
        "河东县法院新任命30名人民陪审员",
    ]
    assert [p.name for p in issue.articles[0].byline] == ["王晓明"]
    assert issue.articles[0].text.endswith("〈《王晓明)")  # kept as printed
    assert [p.name for p in issue.articles[1].byline] == ["李国清"]


def test_angle_brackets_open_a_sign_off_only_before_a_round_close():
    assert signed_off("履行自己的神圣职责。〈《王晓明)")
    assert signed_off("履行自己的神圣职责。〈王晓明)")
    assert not signed_off("履行自己的神圣职责。《王晓明》")  # a book title's marks: no sign-off
