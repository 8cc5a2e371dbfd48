"""A phone's copy of a 公众号 post breaks its line under the title before the day:
``原创 河湾发布 河湾发布`` / ``2026年05月09日 07:30 发表于河湾``.  The account still names the
publication (not ``发表于河湾``, the place the post was sent from)."""

from reader.importer import parse_text

POST = """河湾早知道｜5月9日
原创 河湾发布 河湾发布
2026年05月09日 07:30 发表于河湾

5月8日起，县城新开通11路、12路公交线路，每天首班6:30，末班19:00。
乘客可使用交通卡、手机扫码等方式乘车。
"""


def test_the_account_names_the_publication():
    issue = parse_text(POST, "post.txt")
    assert issue.publication == "河湾发布"
    assert issue.issue_date == "2026-05-09"


def test_the_line_on_one_line_too():
    issue = parse_text(POST.replace("河湾发布\n2026", "河湾发布 2026"), "post.txt")
    assert issue.publication == "河湾发布"
