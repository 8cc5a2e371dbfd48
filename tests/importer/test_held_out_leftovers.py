"""Shapes behind the held-out sets' last misses (session 26, branch ``leftovers``), each on a text written
for its test: a PDF extractor's comma moved to the next line's start, a photo caption wrapped at the
column over the next story's headline, a page's 导读 box over the folio, a PDF's text with a blank line
after every line.  The expected values are read off the texts."""

from __future__ import annotations

from reader.importer import parse_text

DIGEST_WITH_A_HANGING_COMMA = (
    "市政新闻摘录\n\n"
    "全市春季义务植树活动下周启动\n"
    "为改善城乡生态环境，市绿化委员会决定于下周在全市范围内开展春季义务植\n"
    "树活动，各区县将结合实际安排植树地点和树种，鼓励市民带领家人积极参与。\n"
    "今年全市计划新增绿地一百二十公顷，栽植各类苗木三十万株，重点补齐城郊\n"
    "公园和河道两岸的绿化短板。\n\n"
    "市图书馆明日起延长周末开放时间\n"
    "市图书馆馆长李明明(6)日上午在新闻发布会上宣布延长周末开放时间\n"
    ",并介绍了新增的自习座位和电子阅览服务，读者可通过手机预约座位，每人\n"
    "每天限约一次。\n\n"
    "老旧小区加装电梯工作全面铺开\n"
    "记者从市住房和城乡建设局获悉，今年全市将为一百个老旧小区加装电梯，居\n"
    "民可向所在街道提出申请，符合条件的项目可获得每台二十万元的补助资金。\n"
)


def test_a_line_whose_comma_the_extractor_moved_onto_the_next_line_is_text_not_a_title() -> None:
    articles = parse_text(DIGEST_WITH_A_HANGING_COMMA, "digest.txt").articles
    assert [a.title for a in articles] == [
        "全市春季义务植树活动下周启动",
        "市图书馆明日起延长周末开放时间",
        "老旧小区加装电梯工作全面铺开",
    ]
    assert articles[1].kicker is None
    lead = "市图书馆馆长李明明(6)日上午在新闻发布会上宣布延长周末开放时间,并介绍了"
    assert articles[1].text.startswith(lead)


def test_a_contents_head_over_a_last_line_of_dots_imports_and_keeps_the_dots() -> None:
    articles = parse_text("目录\n……", "short.txt").articles  # the contents reader looked below the last line
    assert [(a.title, a.text) for a in articles] == [("目录", "……")]


PAGE_WITH_A_CAPTION_OVER_A_HEADLINE = (
    "第3版 综合\n"
    "导 读\n"
    "河西新建口袋公园十二处 市民出门见绿\n"
    "城北菜市场完成改造\n"
    "全市图书馆联盟成立\n"
    "全市图书馆联盟成立\n"
    "本报讯 记者王小明报道:15日,全市公共图书馆联盟在市图书馆\n"
    "成立,二十六家图书馆实现通借通还,读者持一张借书证即可在\n"
    "任何一家成员馆借阅图书,并可在就近的成员馆归还。\n"
    "联盟还将统一采购电子资源,建设共享书目平台,定期举办读书\n"
    "分享会和讲座活动,让更多市民走进图书馆。\n"
    "（转第4版）\n"
    "滨河口袋公园建成后吸引市民前来散步、休闲、健身和观赏老厂\n"
    "房改造而成的社区文化活动中心\n"
    "河西新建口袋公园十二处\n"
    "市民出门见绿\n"
    "本报讯 记者李华报道:今年以来,河西区利用边角空地新建口\n"
    "袋公园十二处,新增绿地面积三万余平方米,周边居民出门五\n"
    "分钟就能走进公园,休闲健身有了好去处。\n"
    "城北菜市场完成改造\n"
    "本报讯 记者赵敏报道:经过三个月的改造,城北菜市场日前重\n"
    "新开业,市场内设置了农残检测室和公平秤,摊位统一规划,\n"
    "环境焕然一新。\n"
)
"""A page as ``pdftotext -raw`` gives it: a 导读 box, a story stopping at its jump line, a photo's caption
wrapped at the column's width (its first line full, its second short) over the next story's headline set
over two lines, and a story with a one-line title."""


def test_a_caption_wrapped_at_the_column_over_a_headline_is_not_part_of_the_headline() -> None:
    articles = parse_text(PAGE_WITH_A_CAPTION_OVER_A_HEADLINE, "page.txt").articles
    park = articles[1]
    assert park.text.startswith("本报讯 记者李华报道:今年以来")
    assert [p.name for p in park.byline] == ["李华"]
    assert "滨河" not in park.title and "滨河" not in (park.kicker or "")
    assert [a.title for a in articles][-1] == "城北菜市场完成改造"
    caption = "滨河口袋公园建成后吸引市民前来散步、休闲、健身和观赏老厂房改造而成的社区文化活动中心"
    assert caption in articles[0].text  # kept on the page, after the jump line of the story above


def test_a_headline_over_two_lines_that_the_pages_contents_list_whole_is_one_title() -> None:
    articles = parse_text(PAGE_WITH_A_CAPTION_OVER_A_HEADLINE, "page.txt").articles
    assert [(a.kicker, a.title) for a in articles] == [
        (None, "全市图书馆联盟成立"),
        (None, "河西新建口袋公园十二处 市民出门见绿"),
        (None, "城北菜市场完成改造"),
    ]


def test_two_heading_lines_the_contents_do_not_list_together_stay_kicker_and_title() -> None:
    listed_whole = "河西新建口袋公园十二处 市民出门见绿\n"
    page = PAGE_WITH_A_CAPTION_OVER_A_HEADLINE.replace(listed_whole, "市民出门见绿\n", 1)
    articles = parse_text(page, "page.txt").articles
    assert (articles[1].kicker, articles[1].title) == ("河西新建口袋公园十二处", "市民出门见绿")


PAGE_WITH_ITS_FOLIO_UNDER_THE_CONTENTS = (
    "第3版　综合\n\n"
    "导　读\n\n"
    "城北菜市场完成改造\n\n"
    "全市图书馆联盟成立\n\n"
    "河东晚报　2024年5月16日　星期四\n\n"
    "河西新建口袋公园十二处\n\n"
    "本报讯 记者李华报道:今年以来,河西区利用边角空地新建口\n\n"
    "袋公园十二处,新增绿地面积三万余平方米,周边居民出门五\n\n"
    "分钟就能走进公园,休闲健身有了好去处。\n\n"
    "城北菜市场完成改造\n\n"
    "本报讯 记者赵敏报道:经过三个月的改造,城北菜市场日前重\n\n"
    "新开业,市场内设置了农残检测室和公平秤,摊位统一规划,\n\n"
    "环境焕然一新。\n\n"
    "全市图书馆联盟成立\n\n"
    "本报讯 记者王小明报道:15日,全市公共图书馆联盟在市图书馆\n\n"
    "成立,二十六家图书馆实现通借通还,读者持一张借书证即可在\n\n"
    "任何一家成员馆借阅图书,并可在就近的成员馆归还。\n"
)
"""pdfminer's order of a page: its 导读 box (which lists the other stories, not the first), then the
paper's dated line, then the first story; a blank line after every line."""


def test_a_contents_box_without_page_numbers_ends_at_the_papers_dated_line() -> None:
    issue = parse_text(PAGE_WITH_ITS_FOLIO_UNDER_THE_CONTENTS, "page.txt")
    titles = ["河西新建口袋公园十二处", "城北菜市场完成改造", "全市图书馆联盟成立"]
    assert [a.title for a in issue.articles] == titles
    assert issue.issue_date == "2024-05-16"
    assert issue.publication == "河东晚报"
    folio = [item for item in issue.boilerplate if item.text == "河东晚报　2024年5月16日　星期四"]
    assert [item.reason for item in folio] == ["page folio"]


def test_an_ordinal_set_apart_before_a_documents_title_is_its_number_not_its_title() -> None:
    text = (
        "第三  关于做好秋季森林防火工作的几点要求\n\n"
        "摘自：全市秋季森林防火工作会议讲话\n\n"
        "一、认清形势\n\n今年入秋以来降水偏少，林区可燃物积累较多，火险等级持续偏高。\n\n"
        "二、压实责任\n\n各乡镇要层层签订责任书，把防火责任落实到山头地块和具体人员。\n"
    )
    issue = parse_text(text, "requirements.txt")
    assert [a.title for a in issue.articles] == ["关于做好秋季森林防火工作的几点要求"]
    assert [(item.text, item.reason) for item in issue.boilerplate] == [("第三", "item number")]


def test_an_ordinal_that_is_a_word_of_the_title_stays_in_it() -> None:
    lead = "本报讯 今年春天，驻村第一书记王刚带领村民在荒坡上种下高山茶三百亩。\n"
    text = "第一书记带领村民种上了高山茶\n\n" + lead
    assert parse_text(text, "story.txt").articles[0].title == "第一书记带领村民种上了高山茶"


EPAPER_PAGE_WITH_A_PHOTO_ITEM = (
    "版面导航：第01版：要闻第02版：综合第03版：副刊\n"
    "河东晚报　2024年5月16日星期四　第2版：综合\n\n"
    "城北菜市场完成改造\n\n"
    "　　本报讯记者赵敏报道:经过三个月的改造,城北菜市场日前重新开业,市场内设置了农残检\n"
    "测室和公平秤,摊位统一规划,环境焕然一新。\n\n"
    "　　市场管理方介绍,改造后的市场新增停车位八十个,并开通了线上订菜服务,附近居民足\n"
    "不出户就能买到新鲜蔬菜。\n\n"
    "河畔杜鹃花开正艳\n\n"
    "[图片]\n\n"
    "　　15日,游客在河东湿地公园欣赏盛开的杜鹃花。眼下正值杜鹃花盛花期,公园里十余个品\n"
    "种的杜鹃竞相开放,吸引了众多市民前来观赏拍照。\n\n"
    "　　近年来,湿地公园不断丰富花卉品种,已成为市民周末休闲的好去处。\n\n"
    "　　河东晚报记者孙浩摄\n\n"
    "2024年5月16日　第2版：综合　上一版　下一版\n"
)
"""An e-paper's page as w3m draws it: a story, then a photo item closed by its photographer's credit,
whose spaces the browser dropped (``河东晚报记者孙浩摄``)."""


def test_a_photographers_credit_run_together_closes_a_photo_item_of_its_own() -> None:
    articles = parse_text(EPAPER_PAGE_WITH_A_PHOTO_ITEM, "page.txt").articles
    assert [a.title for a in articles] == ["城北菜市场完成改造", "河畔杜鹃花开正艳"]
    assert articles[1].credit == "河东晚报记者孙浩摄"
    assert articles[1].text.startswith("15日,游客在河东湿地公园欣赏盛开的杜鹃花。")
    assert "杜鹃" not in articles[0].text


def test_a_caption_under_a_picture_between_headline_and_dateline_is_the_photos_credit() -> None:
    page = (
        "版面导航：第01版：要闻第02版：综合第03版：副刊\n\n"
        "河西新建口袋公园十二处\n\n"
        "[图片]\n\n"
        "市民在新建成的滨河口袋公园里散步休闲,周边的老厂房已改造为社区文化活动中心\n\n"
        "　　本报讯记者李华报道:今年以来,河西区利用边角空地新建口袋公园十二处,新增绿地面积\n"
        "三万余平方米,周边居民出门五分钟就能走进公园。\n\n"
        "城北菜市场完成改造\n\n"
        "　　本报讯记者赵敏报道:经过三个月的改造,城北菜市场日前重新开业,市场内设置了农残检\n"
        "测室和公平秤,摊位统一规划,环境焕然一新。\n"
    )
    park = parse_text(page, "page.txt").articles[0]
    assert (park.kicker, park.title, park.subtitle) == (None, "河西新建口袋公园十二处", None)
    assert park.credit == "市民在新建成的滨河口袋公园里散步休闲,周边的老厂房已改造为社区文化活动中心"
    assert [p.name for p in park.byline] == ["李华"]


def test_an_epapers_folio_naming_its_page_after_a_colon_dates_the_issue() -> None:
    issue = parse_text(EPAPER_PAGE_WITH_A_PHOTO_ITEM, "page.txt")
    assert issue.issue_date == "2024-05-16"
    assert issue.publication == "河东晚报"
    assert issue.articles[0].kicker is None
    folio = "河东晚报　2024年5月16日星期四　第2版：综合"
    assert [item.reason for item in issue.boilerplate if item.text == folio] == ["page folio"]


PDFMINER_BULLETIN = (
    "\n\n".join(
        [
            "鄉　訊",
            "第12期　　2024年6月1日（週六）　　社區報刊聯誼會　編印",
            "城北菜市場完成改造重新開業",
            "2024/05/20　記者:趙敏 報導",
            "　　經過三個月的改造,城北菜市場日前重新開業,市場內設置了農殘檢測室和公平秤,攤位統一",
            "規劃,環境煥然一新,附近居民紛紛前來選購。",
            "　　市場管理方介紹,改造後的市場新增停車位八十個,並開通了線上訂菜服務,附近居民足不出",
            "戶就能買到新鮮蔬菜,市場還設立了便民服務台,為老年人提供代買代送服務。",
            "青石村開展垃圾分類集中宣傳活動",
            "　　本網訊 5月8日上午,城關鎮在青石村舉辦垃圾分類知識進萬家暨全方位整治環境衛生集中",
            "2024/05/09",
            "宣傳活動。",
            "　　此次活動以“垃圾分類從我做起”為主題,工作人員通過懸掛橫幅、發放宣傳頁和現場講解等",
            "方式,向村民宣傳垃圾分類知識,引導大家養成分類投放的好習慣。(通訊員 李芳)",
        ]
    )
    + "\n"
)
"""A bulletin as pdfminer gives it: a blank line after every line, paragraphs set in, and an item's
date moved into its first paragraph, between a full line and the line that ends its sentence."""


def test_a_full_indented_line_running_on_past_a_moved_date_titles_no_article() -> None:
    articles = parse_text(PDFMINER_BULLETIN, "xiangxun.txt").articles
    assert not any(a.title.startswith("本網訊") for a in articles)
    assert "全方位整治環境衛生集中" in "".join(a.text for a in articles)


def test_item_titles_in_a_pdfminer_bulletin_with_a_blank_line_after_every_line_start_items() -> None:
    articles = parse_text(PDFMINER_BULLETIN, "xiangxun.txt").articles
    assert [a.title for a in articles] == ["城北菜市場完成改造重新開業", "青石村開展垃圾分類集中宣傳活動"]
    assert [p.name for p in articles[1].byline] == ["李芳"]
    assert articles[1].text.startswith("本網訊 5月8日上午,城關鎮在青石村舉辦")


def test_a_writer_credit_read_into_the_distribution_list_stays_with_the_last_item() -> None:
    text = (
        "党建工作简报\n\n2024年第2期（总第9期）\n\n城南社区党委编\n\n2024年4月10日\n\n"
        "城南社区党员志愿者清理河道垃圾\n\n"
        "4月9日，城南社区二十余名党员志愿者来到社区旁的小河边，清理河道两岸的垃圾和杂草，共清理\n"
        "垃圾一吨多，河道环境焕然一新。\n\n"
        "图片：王军\n\n报：街道党工委\n\n供稿：孙丽\n\n编辑：陈静\n\n送：各居民小组\n\n发：各党支部\n"
    )  # pdftotext read the item's credits and the distribution list set beside them line by line
    issue = parse_text(text, "jianbao.txt")
    assert [p.name for p in issue.articles[-1].byline] == ["孙丽"]
    distribution = [item.text for item in issue.boilerplate if item.reason == "distribution list"]
    assert distribution == ["报：街道党工委", "编辑：陈静", "送：各居民小组", "发：各党支部"]


def test_a_distribution_line_holding_its_fields_side_by_side_is_set_aside() -> None:
    text = (
        "党建工作简报\n\n2024年第2期（总第9期）\n\n城南社区党委编                    2024年4月10日\n\n"
        "城南社区党员志愿者清理河道垃圾\n\n"
        "  4月9日，城南社区二十余名党员志愿者来到社区旁的小河边，清理河道两岸的垃圾和杂草，\n"
        "共清理垃圾一吨多，河道环境焕然一新。\n"
        "图片：王军   供稿：孙丽   编辑：陈静   审核：赵明\n\n"
        "报：街道党工委    送：各居民小组    发：各党支部\n"
    )  # pdftotext -layout: the item's credits on one line, the distribution list on the next
    issue = parse_text(text, "jianbao.txt")
    item = issue.articles[-1]
    assert [p.name for p in item.byline] == ["孙丽"]
    assert "街道党工委" not in item.text
    distribution = [item.text for item in issue.boilerplate if item.reason == "distribution list"]
    assert distribution == ["报：街道党工委    送：各居民小组    发：各党支部"]


def test_correspondents_named_before_the_papers_reporter_are_the_byline_even_run_together() -> None:
    body = (
        "近年来，河西区利用边角空地新建口袋公园十二处，新增绿地面积三万余平方米，周边居民出门五\n"
        "分钟就能走进公园，休闲健身有了好去处。\n"
    )
    for byline in ("王建国 李秀英 本报记者 赵志刚", "王建国李秀英本报记者赵志刚"):
        article = parse_text(f"口袋公园扮靓城市\n\n\n{byline}\n{body}", "story.txt").articles[0]
        assert article.title == "口袋公园扮靓城市"
        assert [(p.role, p.name) for p in article.byline] == [
            ("", "王建国"),
            ("", "李秀英"),
            ("本报记者", "赵志刚"),
        ]
        assert article.text.startswith("近年来，河西区")


def test_a_distribution_line_with_ideographic_spaces_leaves_the_last_items_sign_off_last() -> None:
    text = (
        "# 城南社区工作简报（第2期）\n\n"
        "## 城南社区党员志愿者清理河道垃圾\n\n"
        "4月9日，城南社区二十余名党员志愿者来到社区旁的小河边，清理河道两岸的垃圾和杂草。\n\n"
        "## 城南社区开展春季义诊进社区活动\n\n"
        "4月8日上午，城南社区联合区人民医院在社区广场开展春季义诊活动，为居民测量血压。\n\n"
        "（孙丽）\n\n"
        "---\n\n"
        "报：街道党工委　送：各居民小组　发：各党支部\n"
    )
    issue = parse_text(text, "jianbao.md")
    assert [p.name for p in issue.articles[-1].byline] == ["孙丽"]
    assert "街道党工委" not in issue.articles[-1].text
