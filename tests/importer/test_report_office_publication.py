"""A report headed by its title (a place and a period), the issuing office and the day: the office is
its publisher, not the place its title opens with (session 35, ``leftovers21``; twentieth set's c01/c03).
Text written for the test (invented county)."""

from reader.importer import parse_text
from reader.importer.metadata import _name_before_date

REPORT = (
    "河西县2026年上半年重点工作进展情况\n"
    "河西县人民政府办公室\n"
    "2026年7月10日\n\n"
    "　　现将我县2026年上半年重点工作进展情况通报如下：\n"
    "一、项目建设\n"
    "（一）城南新区道路工程完成路面施工\n"
    "　　城南新区两条道路工程上半年完成路面施工3.1公里，完成投资1.2亿元。\n"
    "（二）产业园二期厂房开工\n"
    "　　产业园二期4栋标准厂房于5月开工，预计年底前封顶。\n"
    "二、民生实事\n"
    "（一）县第三小学新建工程开工\n"
    "　　县第三小学新建工程于3月开工，建成后新增学位900个。\n"
)


def test_the_office_under_the_reports_title_publishes_it():
    issue = parse_text(REPORT, "report_word.txt")
    assert issue.publication == "河西县人民政府办公室"


def test_a_place_before_a_date_is_no_programmes_name():
    assert _name_before_date("河西县2026年上半年重点工作进展情况") is None
    assert _name_before_date("新闻联播 2007-01-10") == "新闻联播"
