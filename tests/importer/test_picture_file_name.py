"""A picture's file name alone on a line (``5.jpg``: the name a text browser prints for a picture with no
other text) is where a picture stood, set aside — not a kicker over the sub-heading under it, nor the
first characters of a paragraph (session 36, ``leftovers22``; fourth set's f17).  Page written for the
test (an invented society and meeting)."""

from reader.importer import parse_text

PAGE = """河西地理学会年会在河东大学举行

   发布时间：2026-05-18 来源：河西地理学会

   0.jpg

   5月10日至12日，河西地理学会年会在河东大学举行。本次会议由河西地理学会主办，河东大学地理学院承办，来自四十余所高校的二百余名学者参加。

   2.jpg

   大会开幕式

   5月11日上午，大会开幕式在河东大学报告厅举行。河东大学校长王立山教授、河西地理学会理事长陈明远研究员先后致辞。

   4.jpg

   大会主会场


   5.jpg

   大会分会场

   本次大会共收到学术论文一百余篇，设立了六个分会场，与会学者围绕城市发展、乡村振兴等议题作了专题报告。

   6.jpg
"""


def test_picture_names_are_set_aside_and_the_page_stays_one_article():
    issue = parse_text(PAGE, "page_lynx.txt")
    (article,) = issue.articles
    assert article.title == "河西地理学会年会在河东大学举行"
    assert article.text.startswith("5月10日至12日，河西地理学会年会在河东大学举行。")
    assert ".jpg" not in article.text
    assert "本次大会共收到学术论文一百余篇" in article.text
    assert {item.text for item in issue.boilerplate} >= {"0.jpg", "5.jpg"}
