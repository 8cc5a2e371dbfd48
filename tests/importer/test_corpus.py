"""Real files of every family users receive import to the articles their hand-checked gold lists.

``tests/data/corpus/dev/`` is a copy of ``shared/corpus/dev/``: 35 public texts (People's Daily pages
extracted from PDF by four tools, 新闻联播 digests, government reports copied from web pages,
statistical bulletins, a traditional-character paper in Big5/GB18030/UTF-8) with ``GOLD.json``
written by reading each text and ``SOURCES.md`` saying where each came from.  ``second/`` holds 21
more, gathered and annotated the same way from other days, documents and sources (other digest
converters, Hugo and Hexo posts, a page rendered by w3m) to check that the rules generalise;
``third/`` 9 more (a provincial paper's page as a web page, w3m text and two PDF extractions, county
and provincial government web pages, a page scraped onto one line), gathered by someone who had not
read the importer; see its ``SOURCES.md`` for where each came from and what is uncertain; ``fourth/``
22 renderings of 12 whole web pages (news-extraction libraries' test pages) by five converters.
The gold is compared the way ``shared/corpus/score.py`` compares it (NFKC, white space removed).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from reader.importer import ParsedIssue, parse_bytes

CORPORA = Path(__file__).parents[1] / "data" / "corpus"
CORPUS = CORPORA / "dev"
GOLD: dict[str, dict] = {
    f"{corpus.name}/{name}": gold
    for corpus in (CORPORA / "dev", CORPORA / "second", CORPORA / "third")
    for name, gold in json.loads((corpus / "GOLD.json").read_text(encoding="utf-8")).items()
}
NOT_YET: dict[str, str] = {}
"""Files of the third set the importer still gets wrong, and why: marked, not hidden (strict xfail)."""


def _cases() -> list:
    return [
        pytest.param(name, marks=pytest.mark.xfail(reason=NOT_YET[name], strict=True))
        if name in NOT_YET
        else name
        for name in sorted(GOLD)
    ]


_SPACE = re.compile(r"[\s\u3000\ufeff\u200b]+")
_TAG = re.compile(r"<[^>]+>")


def norm(text: str | None) -> str:
    return _SPACE.sub("", unicodedata.normalize("NFKC", text or ""))


@cache
def imported(name: str) -> ParsedIssue:
    """A corpus file by ``corpus/file`` name (a bare file name means the dev corpus)."""
    path = CORPORA / name if "/" in name else CORPUS / name
    return parse_bytes(path.read_bytes(), path.name)


@pytest.mark.parametrize("name", _cases())
def test_articles_titles_and_issue_metadata_match_the_gold(name: str) -> None:
    gold = GOLD[name]
    issue = imported(name)
    assert [norm(a.title) for a in issue.articles] == [norm(g["title"]) for g in gold["articles"]]
    assert issue.issue_date == gold["issue_date"]
    assert issue.publication == gold["publication"]


@pytest.mark.parametrize("name", _cases())
def test_bylines_kickers_subtitles_and_body_starts_match_the_gold(name: str) -> None:
    for article, gold in zip(imported(name).articles, GOLD[name]["articles"], strict=True):
        assert {norm(p.name) for p in article.byline} == {norm(n) for n in gold["byline"]}, article.title
        if gold["kicker"]:  # as score.py counts them: where the gold has one
            assert norm(article.kicker) == norm(gold["kicker"]), article.title
        if gold["subtitle"]:
            assert norm(article.subtitle) == norm(gold["subtitle"]), article.title
        head = norm(_TAG.sub("", (article.dateline or "") + article.text))[:60]
        assert norm(gold["first_chars"]) in head, article.title


_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _han_lost(data: bytes, issue: ParsedIssue) -> str:
    """Han characters of the file (as a multiset) in no article field and no set-aside line."""
    kept = [issue.title or "", issue.publication or "", *(item.text for item in issue.boilerplate)]
    for a in issue.articles:
        kept += [a.section or "", a.kicker or "", a.title, a.subtitle or "", a.byline_text or ""]
        kept += [a.dateline or "", a.date_line or "", a.credit or "", a.source_note or "", a.text]
        kept += [*a.editor_codes, *(p.name for p in a.byline)]
    need = Counter(_HAN.findall(_decoded(data, issue.encoding or "utf-8")))
    return "".join((need - Counter(_HAN.findall("".join(kept)))).elements())


def test_every_han_character_is_kept_in_an_article_field_or_the_set_aside_lines() -> None:
    for name in GOLD:
        lost = _han_lost((CORPORA / name).read_bytes(), imported(name))
        assert not lost, (name, lost[:40])


def _decoded(data: bytes, encoding: str) -> str:
    if encoding.endswith(" read as latin-1"):  # UTF-8 of text once misread as Latin-1: undo that reading
        data, encoding = data.decode("utf-8").encode("latin-1"), encoding.removesuffix(" read as latin-1")
    codec = {"big5": "cp950", "big5-hkscs": "big5hkscs"}.get(encoding, encoding)
    return unicodedata.normalize("NFC", data.decode(codec))


# --- the families, one concrete case each -------------------------------------------------------------


def test_pdf_page_run_with_page_footers_advertisements_and_the_page_editors() -> None:
    """pdftotext output: 第 N 页 footers, 广告 pages and the 本版责编 block are set aside, not articles."""
    issue = imported("d05_rmrb_20251020_ban11_pdftotext.txt")
    assert [a.title for a in issue.articles][2:] == [
        "三季度出入境人员达1.78亿人次",
        "全国秋粮收获近七成",
        "2025年中国景德镇国际陶瓷博览会开幕",
    ]
    brief = issue.articles[2]
    assert brief.dateline == "本报北京10月19日电（记者亓玉昆）"
    assert brief.text.startswith("本报北京10月19日电（记者亓玉昆）记者从国家移民管理局获悉：")
    assert [(p.role, p.name) for p in brief.byline] == [("记者", "亓玉昆")]
    assert issue.articles[1].byline_text == "本报记者 洪秋婷 李 刚"  # one name per line, 李刚 padded
    assert issue.articles[3].credit == "苗秋闹摄（新华社发）" and issue.articles[3].byline == []
    reasons = {item.reason for item in issue.boilerplate}
    assert reasons == {"page number", "advertisement", "page editors"}
    assert {a.section for a in issue.articles} == {"第11版"}
    assert (issue.publication, issue.issue_date) == ("人民日报", "2025-10-20")


def test_pdf_layout_extraction_keeps_a_kicker_set_beside_the_title() -> None:
    first = imported("d10_rmrb_20251020_ban13_pdftotext-layout.txt").articles[0]
    assert (first.kicker, first.title) == ("建文化交流平台", "展世界艺术画卷")
    assert [p.name for p in first.byline] == ["曹玲娟"]


def test_pymupdf_extraction_without_form_feeds_keeps_each_essay_and_its_author() -> None:
    issue = imported("d15_rmrb_20251020_ban20_pymupdf.txt")
    poem = next(a for a in issue.articles if a.title == "黔灵山")
    assert [p.name for p in poem.byline] == ["干海兵"]
    assert poem.text.split("\n")[:2] == ["黔灵山推窗可见", "贵阳城高耸的发髻"]  # a poem keeps its lines
    photos = next(a for a in issue.articles if a.title == "图片报道")
    assert photos.section == "第03版" and photos.byline == []
    assert photos.credit is not None and "卢汉欣摄" in photos.credit


def test_news_digest_in_markdown_is_one_article_per_item_and_its_summary_list_is_set_aside() -> None:
    issue = imported("d19_xwlb_20250624_md_gb18030_crlf.txt")
    assert (issue.encoding, issue.layout) == ("gb18030", "markdown_digest")
    assert issue.title == "《新闻联播》 (20250624)"
    assert (issue.publication, issue.issue_date) == ("新闻联播", "2025-06-24")
    assert len(issue.articles) == 17 and issue.articles[0].title == "习近平会见新加坡总理"
    assert issue.articles[0].text.startswith("央视网消息（新闻联播）：6月24日上午，")
    assert "<p>" not in issue.articles[0].text and "<strong>" not in issue.articles[0].text
    assert any(item.reason == "table of contents" for item in issue.boilerplate)


def test_government_report_copied_from_a_web_page() -> None:
    issue = imported("d24_gwr_yunnan_2026_webpage_gb18030_crlf.txt")
    report = issue.articles[0]
    assert report.title == "2026年政府工作报告"
    assert report.subtitle == "——2026年1月28日在云南省第十四届人民代表大会第四次会议上"
    assert [(p.role, p.name) for p in report.byline] == [("省长", "王予波")]
    assert report.text.startswith("各位代表：")
    assert (issue.publication, issue.issue_date) == ("云南日报", "2026-02-03")
    aside = {item.text for item in issue.boilerplate}
    assert {"您的位置:", "首页", "【字体：", "相关文档："} <= aside


def test_statistical_bulletin_web_page_takes_its_date_from_the_page_information_table() -> None:
    issue = imported("d27_tjgb_wanzai_2022_webpage.txt")
    assert [a.title for a in issue.articles] == ["万载县2022年国民经济和社会发展统计公报"]
    assert (issue.issue_date, issue.publication) == ("2023-05-11", "万载县人民政府")
    assert issue.articles[0].text.startswith("2022年，万载全县上下坚持以习近平新时代中国特色社会主义思想")
    assert "扫一扫在手机打开当前页" in {item.text for item in issue.boilerplate}


def test_big5_file_of_three_traditional_articles_with_subtitles_and_slash_bylines() -> None:
    issue = imported("d30_appledaily_tw_A2995-A2998_assembled_big5_crlf.txt")
    assert issue.encoding == "big5"
    assert (issue.articles[0].title, issue.articles[0].subtitle) == (
        "A2995 兒盼成年 「想捐肝救父」",
        "不捨母撐病體養5口 「希望爸健康」",
    )
    assert [a.date_line for a in issue.articles] == ["2013年02月19日", "2013年02月20日", "2013年02月21日"]
    assert issue.issue_date is None  # three days in one file: no one issue date
    assert [[p.name for p in a.byline] for a in issue.articles] == [["向高彬"], ["韓旭爾"], ["仲芝蓉"]]
    assert issue.articles[0].credit.startswith("秦玉珍（右二）擔憂先生（右）病況")  # the photo caption
    assert issue.articles[0].text.startswith("「爸爸，我扶你起來。」")


def test_byline_run_on_at_the_end_of_the_lead_paragraph() -> None:
    article = imported("d34_appledaily_tw_A3001_article_gb18030_crlf.txt").articles[0]
    assert [p.name for p in article.byline] == ["仲芝蓉"]
    assert article.blocks[0].text.endswith("斗大的淚珠不住滾落眼眶。")


def test_markdown_article_with_front_matter_and_a_byline_joined_to_its_source() -> None:
    issue = imported("d35_rmrb_20250308_ban05_markdown_article.txt")
    article = issue.articles[0]
    assert [p.name for p in article.byline] == ["王浩骅", "周欢"]
    assert article.source_note == "《人民日报》（2025年03月08日第 05 版）"
    assert (issue.issue_date, issue.publication, article.section) == ("2025-03-08", "人民日报", "第05版")


# --- the fourth set: whole web pages as text browsers and converters give them ---------------------------

FOURTH = CORPORA / "fourth"
FOURTH_GOLD: dict[str, dict] = json.loads((FOURTH / "GOLD.json").read_text(encoding="utf-8"))


def _matched(titles: list[str], gold_titles: list[str]) -> int:
    """Gold titles found among the imported ones, each imported title used once (as score.py counts)."""
    left = [norm(title) for title in titles]
    found = 0
    for title in map(norm, gold_titles):
        if title in left:
            left.remove(title)
            found += 1
    return found


def test_the_fourth_set_keeps_what_the_importer_has_learnt() -> None:
    """22 renderings of 12 pages (w3m, lynx, html2text, pandoc, BeautifulSoup, copy-paste) gathered by
    someone who had not read the importer (its SOURCES.md).  The first run found 7 of the 56 titles;
    after general fixes 54 with 4 extra fragments, then 55 with 3 (branch importfix: a link under a
    browser-drawn headline; the rest: a gazette page's title split over three lines, titles cut by the
    site, pages whose article sits among long link lists).  A floor, so a change that loses ground
    shows here."""
    matched = extra = dates = 0
    for name, gold in FOURTH_GOLD.items():
        issue = parse_bytes((FOURTH / name).read_bytes(), name)
        found = _matched([a.title for a in issue.articles], [g["title"] for g in gold["articles"]])
        matched += found
        extra += len(issue.articles) - found
        dates += issue.issue_date == gold["issue_date"]
    assert (matched, dates) >= (55, 22) and extra <= 3, (matched, extra, dates)


FIFTH = CORPORA / "fifth"
FIFTH_GOLD: dict[str, dict] = json.loads((FIFTH / "GOLD.json").read_text(encoding="utf-8"))


def test_the_fifth_set_keeps_what_the_importer_has_learnt() -> None:
    """12 files gathered after every fix above by someone who had not read the importer: 7 web pages,
    and 5 bulletin issues of real items in furniture that engineer chose (two typeset as a PDF and
    extracted).  First run 5 of 26 titles; after general fixes 26, with no extra fragment."""
    found, extra = _found_and_extra(FIFTH, FIFTH_GOLD)
    assert found >= 26 and extra <= 0, (found, extra)


SIXTH = CORPORA / "sixth"
SIXTH_GOLD: dict[str, dict] = json.loads((SIXTH / "GOLD.json").read_text(encoding="utf-8"))


def test_the_sixth_set_keeps_what_the_importer_has_learnt() -> None:
    """17 files gathered on 2026-11-30 by someone who had not read the importer: 8 web pages through five
    converters, a special bulletin of 6 items as Word text, three PDF extractions and Markdown, and a
    digest of reports.  First run 30 of 50 titles with 13 extra; after general fixes 49, with 3 extra;
    then 50 with none (branch importfix: a portal's login box, sub-headings after a photo)."""
    found, extra = _found_and_extra(SIXTH, SIXTH_GOLD)
    assert found >= 50 and extra <= 0, (found, extra)


@pytest.mark.parametrize(
    ("folder", "floor"),
    [(FOURTH, 18), (FIFTH, 12), (SIXTH, 15)],
    ids=["fourth", "fifth", "sixth"],
)
def test_the_web_page_sets_keep_the_publications_the_importer_has_learnt_to_read(
    folder: Path, floor: int
) -> None:
    """Publications right where the gold names one (on 2026-11-30 before branch importfix: 12 of 22,
    8 of 12, 14 of 17; after it the floors here).  The rest: a gazette's name its site does not print
    near the text, an account a platform hosts, a source run into its date and a special bulletin."""
    gold = json.loads((folder / "GOLD.json").read_text(encoding="utf-8"))
    right = sum(
        parse_bytes((folder / name).read_bytes(), name).publication == entry["publication"]
        for name, entry in gold.items()
        if entry.get("publication")
    )
    assert right >= floor, right


SEVENTH = CORPORA / "seventh"
SEVENTH_GOLD: dict[str, dict] = json.loads((SEVENTH / "GOLD.json").read_text(encoding="utf-8"))


def test_the_seventh_set_keeps_what_the_importer_has_learnt() -> None:
    """16 files gathered on 2026-11-30 by someone who had not read the importer: 8 web pages through five
    converters, a digest of 8 reposted items as Word text, two PDF extractions, Markdown and a mail copy
    wrapped at 36 characters, and a bulletin of 6 items as Word text, PyMuPDF and one line per block.
    First run 24 of 66 titles with 19 extra; after general fixes 66, with no extra."""
    found, extra = _found_and_extra(SEVENTH, SEVENTH_GOLD)
    assert found >= 66 and extra <= 0, (found, extra)


EIGHTH = CORPORA / "eighth"
EIGHTH_GOLD: dict[str, dict] = json.loads((EIGHTH / "GOLD.json").read_text(encoding="utf-8"))


def test_the_eighth_set_keeps_what_the_importer_has_learnt() -> None:
    """12 files gathered on 2026-11-30 by someone who had not read the importer: a county paper's two
    pages (stories signed off at their ends, a jump from page 1 to page 2, a folio over each page) through
    pdftotext, pdftotext -layout, PyMuPDF, pdfminer and a desk copy; a town 政务信息 issue as Word text, a
    copy wrapped at 38 characters with items numbered 一、二、, a web page and pdftotext; two news pages.
    First run 13 of 63 titles with 10 extra; after general fixes 57, with 5 extra (each copy of the page
    reads a report run on after another without a title of its own as an article; the gold keeps the
    source's one); 58 since the ninth set's branch (a desk copy's title set apart by blank lines)."""
    found, extra = _found_and_extra(EIGHTH, EIGHTH_GOLD)
    assert found >= 58 and extra <= 5, (found, extra)


NINTH = CORPORA / "ninth"
NINTH_GOLD: dict[str, dict] = json.loads((NINTH / "GOLD.json").read_text(encoding="utf-8"))


def test_the_ninth_set_keeps_what_the_importer_has_learnt() -> None:
    """12 files gathered on 2026-11-30 by someone who had not read the importer: a traditional-character
    digest paper whose pages carry numbers only and whose stories name their writer on the line under the
    title (a reporter, a pen name, a desk), in Big5, Big5-HKSCS, GB18030, UTF-16 and UTF-8 with BOM through
    a desk copy, pdftotext raw and -layout, PyMuPDF, pdfminer, a copy wrapped at 36, w3m and html2text; and
    a collection of three official notices (文号, addressees, signature and date) as Word text, pdftotext,
    pandoc and lynx.  First run 7 of 52 titles with 17 extra; after general fixes 48, with 4 extra."""
    found, extra = _found_and_extra(NINTH, NINTH_GOLD)
    assert found >= 48 and extra <= 4, (found, extra)


TENTH = CORPORA / "tenth"
TENTH_GOLD: dict[str, dict] = json.loads((TENTH / "GOLD.json").read_text(encoding="utf-8"))


def test_the_tenth_set_keeps_what_the_importer_has_learnt() -> None:
    """13 files gathered on 2026-11-30 by someone who had not read the importer: Macau government news
    digests in traditional characters (w3m, a Big5-HKSCS desk copy spaced after every line, pdftotext,
    lynx in GB18030, html2text); a 人大 bulletin with an editor's note, items numbered 一、二、 and a
    distribution block (Word text, pdftotext -layout, a simulated OCR copy); a 政协 issue as a WeChat post
    copied as text, PyMuPDF and pandoc Markdown; an Org export of a work report; GBK misread as Latin-1.
    First run 15 of 51 titles with 15 extra; after general fixes 50, with 1 extra (a PDF line the
    builder opened with a comma read as the title)."""
    found, extra = _found_and_extra(TENTH, TENTH_GOLD)
    assert found >= 50 and extra <= 1, (found, extra)


ELEVENTH = CORPORA / "eleventh"
ELEVENTH_GOLD: dict[str, dict] = json.loads((ELEVENTH / "GOLD.json").read_text(encoding="utf-8"))


def test_the_eleventh_set_keeps_what_the_importer_has_learnt() -> None:
    """15 files gathered on 2026-11-30 by someone who had not read the importer: a county paper's page
    (导读 box, two columns, a jump line, a photo item) through pdftotext -layout and -raw, pdfminer and an
    e-paper page by w3m; a 纪检 bulletin (目录 with pages, 编者按, 报/送/发) as Word's UTF-16 text with ◆
    glyphs, pdftotext with page footers, a copy wrapped at 32 and a government page by lynx; a numbered
    信息专报 with 记者: lines (Word, PyMuPDF, w3m); a 统计公报 with flattened tables and a Word-made HTML
    policy text, two each.  First run 13 of 47 titles with 22 extra; after general fixes 40, with 7 extra
    (a photo caption run into the next headline in two PDF copies, the -layout copy's side-by-side
    columns, a page's info line split under its title, a compilation's ordinal 「第一」 kept in a title);
    6 extra since an ideographic space is no column gutter (the info line stays whole)."""
    found, extra = _found_and_extra(ELEVENTH, ELEVENTH_GOLD)
    assert found >= 40 and extra <= 6, (found, extra)


def _found_and_extra(folder: Path, gold_by_file: dict[str, dict]) -> tuple[int, int]:
    """Gold titles found, and the imported articles that are none of them."""
    matched = extra = 0
    for name, gold in gold_by_file.items():
        issue = parse_bytes((folder / name).read_bytes(), name)
        found = _matched([a.title for a in issue.articles], [g["title"] for g in gold["articles"]])
        matched, extra = matched + found, extra + len(issue.articles) - found
    return matched, extra


@pytest.mark.parametrize(
    "folder",
    [FOURTH, FIFTH, SIXTH, SEVENTH, EIGHTH, NINTH, TENTH, ELEVENTH],
    ids=["fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh"],
)
def test_no_han_character_of_a_whole_web_page_is_lost(folder: Path) -> None:
    for name in json.loads((folder / "GOLD.json").read_text(encoding="utf-8")):
        data = (folder / name).read_bytes()
        lost = _han_lost(data, parse_bytes(data, name))
        assert not lost, (name, lost[:40])
