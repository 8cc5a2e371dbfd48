"""A 公示 of who gave what, pasted paragraph by paragraph: each row of two cells (a giver and an amount, a
wide gap of ideographic spaces between them) stands as a block of its own, not joined into one
paragraph with the rows and the numbered headings around it; and the contact fields above the issuer
and the day (监督单位：… / 联系人：… / 开户行：…) end the notice — they head no second article."""

from reader.importer import parse_text

NOTICE = """青禾县红十字会
2026年“博爱送万家”募捐款物公示（第二期）

根据有关规定，现将2026年4月1日至5月31日接收的捐赠款物公示如下：

一、单位捐赠

青禾县交通建设投资有限公司　　150000元

青禾农村商业银行　　60000元

青禾县实验小学全体教师　　9860元

二、个人捐赠

barbara lin（旅居加拿大乡亲）　　20000元

滕秋实及家人　　1200元

仇晓岚　　600元

三、物资捐赠

青禾县康宁医药有限公司捐赠药品一批，价值18000元。

以上款物已全部纳入县红十字会专户管理。

监督单位：县卫生健康局

联系人：县红十字会专职副会长　殷晓光　　0736-5512288

开户行：中国建设银行青禾县支行

青禾县红十字会

2026年6月5日
"""

ROWS = [
    "青禾县交通建设投资有限公司　　150000元",
    "青禾农村商业银行　　60000元",
    "青禾县实验小学全体教师　　9860元",
    "barbara lin（旅居加拿大乡亲）　　20000元",
    "滕秋实及家人　　1200元",
    "仇晓岚　　600元",
]


def test_each_two_cell_row_is_a_block_of_its_own():
    issue = parse_text(NOTICE, "notice.txt")
    blocks = [block.text for article in issue.articles for block in article.blocks]
    for row in ROWS:
        assert row in blocks
    assert "二、个人捐赠" in blocks
    assert "三、物资捐赠" in blocks
    assert "青禾县康宁医药有限公司捐赠药品一批，价值18000元。" in blocks


def test_contact_fields_over_the_issuer_end_the_notice():
    issue = parse_text(NOTICE, "notice.txt")
    assert [article.title for article in issue.articles] == ["2026年“博爱送万家”募捐款物公示（第二期）"]
    assert issue.articles[0].kicker == "青禾县红十字会"
    text = "\n".join(block.text for block in issue.articles[0].blocks)
    assert "联系人：县红十字会专职副会长　殷晓光　　0736-5512288" in text
    assert "开户行：中国建设银行青禾县支行" in text
    assert issue.issue_date == "2026-06-05"
