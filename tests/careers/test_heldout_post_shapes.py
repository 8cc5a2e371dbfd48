"""Post shapes found on held-out bulletins (``benchmarks/score_entities.py``, halves A and C).

Each test is one shape of text whose (person, post) pair the careers ledger missed on files nobody
had tuned it on; the sentences are written here and name nobody from those files.
"""

from __future__ import annotations

from reader.careers.claims import Context, extract

from .mentions import pairs as _pairs
from .mentions import spans as _spans


def test_names_with_the_surnames_lai_and_hong_get_their_posts() -> None:
    """赖 and 洪 are common surnames: a name starting with either is a name the ledger keeps."""
    text = "县长赖文清、副县长洪立新出席会议。"
    spans = {"person": ["赖文清", "洪立新"], "position": ["县长", "副县长"]}
    assert _pairs(text, **spans) == [("赖文清", "县长"), ("洪立新", "副县长")]


def test_titles_that_name_one_office_by_themselves_are_posts() -> None:
    """立委 and 政务委员 need no place or body; 议员 and 主委 (主任委员) are titles like 主任."""
    text = "立委张大同、政务委员李文博、县议员王美玲、环保联盟主委陈志远出席。"
    spans = {
        "person": ["张大同", "李文博", "王美玲", "陈志远"],
        "position": ["立委", "政务委员", "县议员", "环保联盟主委"],
    }
    assert _pairs(text, **spans) == [
        ("张大同", "立委"),
        ("李文博", "政务委员"),
        ("王美玲", "县议员"),
        ("陈志远", "环保联盟主委"),
    ]


def test_a_bare_member_or_director_title_is_still_no_post() -> None:
    text = "主任张大同、委员李文博出席。"
    assert _pairs(text, person=["张大同", "李文博"], position=["主任", "委员"]) == []


def test_a_company_found_right_before_a_title_is_the_posts_body() -> None:
    """某某公司董事长张三: the recogniser finds the company and the title apart; the post is both."""
    text = "远航机械制造有限公司董事长周立平介绍了新厂房。"
    spans = {"organization": ["远航机械制造有限公司"], "position": ["董事长"], "person": ["周立平"]}
    claims = extract({"text": text}, _spans(text, **spans), Context("2025-03-01"))
    assert [(c.name, c.post, c.organisation) for c in claims] == [
        ("周立平", "远航机械制造有限公司董事长", "远航机械制造有限公司")
    ]


def test_every_post_of_a_chain_before_a_name_is_kept() -> None:
    """市政协委员、某镇党委副书记张三: the recogniser marks the last post only; the first is not lost."""
    text = "会议召开。市政协委员、青石镇党委副书记吴建华介绍经验。"
    spans = {"organization": ["青石镇党委"], "position": ["副书记"], "person": ["吴建华"]}
    assert _pairs(text, **spans) == [("吴建华", "市政协委员"), ("吴建华", "镇党委副书记")]


def test_each_item_of_a_list_of_posts_and_names_gets_its_own_post() -> None:
    """乡长张三、乡代会主席李四: a post after the list's 、 starts there, not at the list's start."""
    text = "出席的有乡长郑明德、乡代会主席林秀英等人。"
    spans = {"position": ["乡长", "主席"], "person": ["郑明德", "林秀英"]}
    assert _pairs(text, **spans) == [("郑明德", "乡长"), ("林秀英", "乡代会主席")]


def test_a_post_written_after_a_name_is_the_names_post() -> None:
    """张三县长强调: the post follows the name; 张三县长李四 stays 李四's post."""
    text = "韩立群县长强调，要抓好春耕。会上，孙永志副县长作了部署。"
    spans = {"person": ["韩立群", "孙永志"], "position": ["县长", "副县长"]}
    assert _pairs(text, **spans) == [("韩立群", "县长"), ("孙永志", "副县长")]
    text = "主持人钱文华县长周德海出席。"
    spans = {"person": ["钱文华", "周德海"], "position": ["县长"]}
    assert _pairs(text, **spans) == [("周德海", "县长")]


def test_the_surname_xi_is_a_surname() -> None:
    text = "习文斌县长指出，要抓好防汛。"
    assert _pairs(text, person=["习文斌"], position=["县长"]) == [("习文斌", "县长")]


def test_words_before_a_post_are_no_chain_of_posts() -> None:
    """Only a 、 list makes a longer chain win over the post right before the name: a meeting's words
    (召开…传达学习) before 省长 are no part of the post."""
    text = "驻马店市政府召开专题会议传达学习省长周明辉讲话精神。"
    spans = {"person": ["周明辉"], "position": ["省长"]}
    assert _pairs(text, **spans) == [("周明辉", "省长")]
