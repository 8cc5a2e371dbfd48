"""A headline set in a newspaper column and read back by OCR: tesseract leaves the headline's last one or
two characters (``工作``, ``题``, ``38个``) on a line of their own, then a blank line, then the story's
``本报讯（记者 …）`` opening — a line much wider than the headline, since the OCR spaced it out.  The tail is
the headline's; the dateline under it shows a story starts there (session 36, ``twentythird``).  Text
written for the test (invented county, paper and people)."""

from reader.importer import parse_text

PAGE = (
    "本报讯 (记者 骆丹青 通讯员 符永) 4月12日，南坪县春季重点项目集\n"
    "中开工，记者从县发展和改革局获悉，一季度全县新开工\n"
    "项目投资额均居全市前列。\n"
    "(下转第2版)\n\n"
    "县政协调研农村饮水安全保障\n"
    "工作\n\n"
    "本报讯 (记者 柯文静) 4月11日，县政协副主席何家栋带队\n"
    "调研全县农村饮水安全保障工作，先后察看了三处供水站\n"
    "和两处水源地保护区。\n\n"
    "北岭乡”积分制”激活乡村治理难\n"
    "题\n"
    "本报讯 (通讯员 侯雪 庞立业) 今年以来，北岭\n"
    "乡在12个行政村推行积分制管理，村民参与人居环境整治\n"
    "的积极性明显提高。\n\n"
    "一季度新增市场主体\n"
    "126户\n\n"
    "本报讯 (记者 骆丹青) 记者从县市场监管局获悉，一季度\n"
    "全县新增各类市场主体，其中企业41户。\n"
)


def test_a_headlines_tail_over_a_dateline_is_joined_to_it():
    issue = parse_text(PAGE, "nprb_scan_tesseract.txt")
    titles = [a.title for a in issue.articles]
    assert "县政协调研农村饮水安全保障工作" in titles
    assert "北岭乡”积分制”激活乡村治理难题" in titles
    assert "一季度新增市场主体126户" in titles
    water = next(a for a in issue.articles if a.title == "县政协调研农村饮水安全保障工作")
    assert [p.name for p in water.byline] == ["柯文静"]
    rule = next(a for a in issue.articles if a.title.startswith("北岭乡"))
    assert [p.name for p in rule.byline] == ["侯雪", "庞立业"]  # 题 is no writer


def test_a_tail_over_a_dateline_paragraph_on_one_line_is_joined():
    text = (
        "城西社区开办老年食堂服务辖区老\n"
        "人\n\n"
        "本报讯 (记者 柯文静) 3月10日，城西社区老年食堂开业，为辖区六十岁以上老人提供午餐，"
        "每餐收费八元，开业当天接待老人一百二十余人次。\n"
    )
    (article,) = parse_text(text, "nprb_scan_tesseract.txt").articles
    assert article.title == "城西社区开办老年食堂服务辖区老人"
    assert [p.name for p in article.byline] == ["柯文静"]


def test_a_short_line_over_a_paragraph_that_is_no_dateline_stays_apart():
    text = (
        "县政协调研农村饮水安全保障\n"
        "工作\n\n"
        "4月11日，县政协副主席何家栋带队调研全县农村饮水安全保障工作，察看了三处供水站。\n"
    )
    (article,) = parse_text(text, "note.txt").articles
    assert "工作" not in article.title
