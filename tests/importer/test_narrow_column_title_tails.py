"""A brief typeset in two narrow columns: a title one or two characters wider than its column leaves them
on a line of their own (``…带动茶农增`` / ``收``), and the title line, as wide as the column, read as a
paragraph's first line.  The tail is joined back and the title closed, so each item starts at its title."""

from reader.importer import parse_text
from reader.importer.lines import Document, split_lines
from reader.importer.narrow import join_title_tails

MASTHEAD = ["河西政务信息", "2026年第3期", "河西县人民政府办公室编 2026年3月2日"]
COLUMN = [
    "石桥镇“合作社+农户”带动茶农增",
    "收",
    "今年以来，石桥镇依托高山茶叶资",
    "源，全镇成立茶叶合作社11家，带动",
    "茶农1260户。",
    "（石桥镇 李红梅）",
    "县人社局春风行动送岗位到村委会门",
    "口",
    "2月下旬至3月中旬，县人社局在全",
    "县开展巡回招聘，提供岗位2700个。",
    "（县人社局供稿）",
]


def test_a_titles_tail_is_joined_and_the_items_split_at_the_titles():
    for blank in ("\n", "\n\n"):  # pdftotext's lines, PyMuPDF's blocks a blank line apart
        issue = parse_text(blank.join(MASTHEAD) + blank * 2 + blank.join(COLUMN), "brief.txt")
        assert [a.title for a in issue.articles] == [
            "石桥镇“合作社+农户”带动茶农增收",
            "县人社局春风行动送岗位到村委会门口",
        ]
        assert issue.articles[0].text.startswith("今年以来，石桥镇")


def test_a_name_under_a_title_is_no_tail():
    text = "张家村召开党员大会部署春耕工作\n王强\n3月5日，张家村召开党员大会，部署春耕。"
    document = Document(split_lines(text))
    join_title_tails(document)
    assert [line.text for line in document.lines][:2] == ["张家村召开党员大会部署春耕工作", "王强"]


def test_a_short_line_under_a_clause_is_no_tail():
    text = "会议强调，各单位要加强协调配合，\n落实\n3月5日，张家村召开党员大会，部署春耕。"
    document = Document(split_lines(text))
    join_title_tails(document)
    assert len(document.lines) == 3
