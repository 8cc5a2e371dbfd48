"""A 公示's list set as a table of cells a space apart (序号　姓名　性别　…, one row a line, no blank line
between): each row is a block of its own — never joined to the row above as a wrapped paragraph's lines
would be, nor the line after the table to its last row."""

from reader.importer import parse_text

NOTICE = """南岭县2025年公开招聘教师拟聘用人员公示

经笔试、面试、体检和考察，确定贺春燕等4名同志为拟聘用人员，现予以公示。

序号　姓名　性别　出生年月　学历　毕业院校及专业　拟聘单位及岗位
1　贺春燕　女　1999.05　本科　南岭师范学院汉语言文学　南岭县第二中学语文教师
2　司马子墨　男　1997.11　本科　青州理工学院物理学　南岭县第一中学物理教师
3　傅　越　男　1998.02　硕士研究生　江城大学数学与应用数学　南岭县实验中学数学教师
4　龚晓玲　女　2000.08　本科　南岭学院英语　白沙镇中心学校英语教师
县直机关公开遴选公务员拟遴选人员名单
姓名　性别　原工作单位及职务　遴选单位
滕志强　男　白沙镇人民政府党政办公室主任　县委办公室
邝丽华　女　青山乡农业综合服务中心副主任　县财政局

公示期间，如有异议，请向县人力资源和社会保障局反映。

南岭县人力资源和社会保障局
2025年6月10日
"""


def test_each_row_of_a_spaced_table_is_a_block():
    issue = parse_text(NOTICE, "notice.txt")
    blocks = [block.text for article in issue.articles for block in article.blocks]
    rows = [
        "序号　姓名　性别　出生年月　学历　毕业院校及专业　拟聘单位及岗位",
        "2　司马子墨　男　1997.11　本科　青州理工学院物理学　南岭县第一中学物理教师",
        "4　龚晓玲　女　2000.08　本科　南岭学院英语　白沙镇中心学校英语教师",
        "姓名　性别　原工作单位及职务　遴选单位",
        "滕志强　男　白沙镇人民政府党政办公室主任　县委办公室",
        "邝丽华　女　青山乡农业综合服务中心副主任　县财政局",
    ]
    for row in rows:
        assert row in blocks
    assert "县直机关公开遴选公务员拟遴选人员名单" in "\n".join(blocks).split("\n")
