"""A notice pasted paragraph by paragraph, a blank line after each, ends with its issuers and its day, then
the contacts: each of those lines is a block of its own.  Before, the paste's blank lines made every line
that ends without a full stop a piece of a wrapped paragraph, and the issuers, the day and both contact
lines ran together into one (``…老干部局某县政协办公室2026年3月9日治丧联系人：…``)."""

from reader.importer import parse_text

NOTICE = """潘志远同志逝世

青岩县政协原副主席潘志远同志，因病医治无效，于2026年3月7日在县人民医院逝世，享年八十六岁。

潘志远同志1940年5月出生，1958年参加工作。历任公社党委副书记、县水利局副局长等职。

潘志远同志遗体告别仪式定于2026年3月10日上午9时在青岩县殡仪馆举行。

中共青岩县委老干部局
青岩县政协办公室
2026年3月9日

治丧联系人：县委老干部局　谭雨晴　0735-6612345
家属联系人：潘明轩（潘志远同志之子）
"""

PASTED_REPORT = """全县春耕备耕工作有序推进

截至3月底，全县已落实早稻种植面积

12.6万亩，比上年增加0.8万亩。

县农业农村局组织技术人员深入各乡镇，指导农户做好育秧

和田间管理工作。
"""


def _blocks(text: str) -> list[str]:
    issue = parse_text(text, "notice.txt")
    return [block.text for article in issue.articles for block in article.blocks]


def test_issuers_day_and_contacts_stand_apart():
    blocks = _blocks(NOTICE)
    assert blocks[-5:] == [
        "中共青岩县委老干部局",
        "青岩县政协办公室",
        "2026年3月9日",
        "治丧联系人：县委老干部局\u3000谭雨晴\u30000735-6612345",
        "家属联系人：潘明轩（潘志远同志之子）",
    ]


def test_a_paste_whose_blank_lines_cut_paragraphs_is_still_joined():
    blocks = _blocks(PASTED_REPORT)
    assert "截至3月底，全县已落实早稻种植面积12.6万亩，比上年增加0.8万亩。" in blocks
    assert "县农业农村局组织技术人员深入各乡镇，指导农户做好育秧和田间管理工作。" in blocks
