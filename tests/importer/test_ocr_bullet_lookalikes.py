"""A newspaper's brief column (简讯) read back by OCR: tesseract reads the square bullet ``■`` before each
item's title as ``国`` (or ``图``, ``口``) and the triangle ``▲`` as ``全``.  Where two or more items in a row
open with the same such character and it makes no word with the next one (``国澜``, ``全枫``; not
``全县``, ``国家``), it is the bullet: set aside as the title's mark, not part of the title (session 36,
``twentythird``).  Text written for the test (invented county, towns and people)."""

import pytest

from reader.importer import parse_text

BRIEFS = (
    "国北岭乡开展春季森林防火演练\n\n"
    "4月11日，北岭乡组织半专业扑火队员80余人开展森林防火应急演练。 (黄立峰)\n\n"
    "国县农商银行发放春耕贷款1.6亿元\n\n"
    "截至4月10日，县农商银行今年已向种养大户发放春耕贷款1.6亿元。 〈罗静)\n\n"
    "国城西社区开办老年食堂\n\n"
    "4月8日，城西社区老年食堂开业，为辖区老人提供午餐。 (何欣)\n"
)


def test_a_bullet_read_as_a_character_is_no_part_of_the_titles():
    issue = parse_text(BRIEFS, "nprb_scan_tesseract.txt")
    titles = [a.title for a in issue.articles]
    assert titles == ["北岭乡开展春季森林防火演练", "县农商银行发放春耕贷款1.6亿元", "城西社区开办老年食堂"]
    assert [p.name for p in issue.articles[-1].byline] == ["何欣"]
    assert sum(b.text == "国" and b.reason == "title mark" for b in issue.boilerplate) == 3


WORD_TITLES = {
    "simplified": (
        "全县召开春季防汛工作会议\n\n"
        "4月9日，县政府召开春季防汛工作会议，部署汛前隐患排查和物资储备工作。 (柯文静)\n\n"
        "全县开展农村饮水安全大排查\n\n"
        "4月10日起，县水利局在全县开展农村饮水安全大排查，为期一个月。 (庞立业)\n",
        ["全县召开春季防汛工作会议", "全县开展农村饮水安全大排查"],
    ),
    # the words that keep the character are known in simplified: 全縣 is the same word as 全县
    "traditional": (
        "全縣召開春季防汛工作會議\n\n"
        "4月9日，縣政府召開春季防汛工作會議，部署汛前隱患排查和物資儲備工作。 (柯文靜)\n\n"
        "全縣開展農村飲水安全大排查\n\n"
        "4月10日起，縣水利局在全縣開展農村飲水安全大排查，為期一個月。 (龐立業)\n",
        ["全縣召開春季防汛工作會議", "全縣開展農村飲水安全大排查"],
    ),
}


@pytest.mark.parametrize("script", WORD_TITLES)
def test_titles_that_open_with_the_word_keep_it(script: str) -> None:
    text, expected = WORD_TITLES[script]
    titles = [a.title for a in parse_text(text, "brief.txt").articles]
    assert titles == expected


def test_a_traditional_copy_reads_its_ocr_bullet_as_a_simplified_one_does():
    """The look-alikes are listed in simplified: a traditional scan's ``國`` is the same bullet as ``国``."""
    bullets = (
        "國北嶺鄉開展春季森林防火演練\n\n"
        "4月11日，北嶺鄉組織半專業撲火隊員80余人開展森林防火應急演練。 (黃立峰)\n\n"
        "國城西社區開辦老年食堂\n\n"
        "4月8日，城西社區老年食堂開業，為轄區老人提供午餐。 (何欣)\n"
    )
    issue = parse_text(bullets, "nprb_scan_tesseract.txt")
    assert [a.title for a in issue.articles] == ["北嶺鄉開展春季森林防火演練", "城西社區開辦老年食堂"]
    assert sum(b.text == "國" and b.reason == "title mark" for b in issue.boilerplate) == 2
