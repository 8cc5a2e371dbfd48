"""Shapes found on held-out half M (``benchmarks/score_entities.py --half M``).

Each test is one shape of text the recogniser read wrongly on files nobody had tuned it on; the sentences
are made up for the test and name nobody from those files.  The model's reading is stated (the reading
LAC gave such text), so the rules are what is tested.
"""

from __future__ import annotations

from reader.entities.recogniser import Recogniser
from tests.entities.shapes import found_in_reading as found
from tests.helpers.model_words import model_reading


def test_the_names_of_a_post_label_line_are_persons(recogniser: Recogniser) -> None:
    """An election result's or a division of work's lines: a post as the label (a note in brackets after it
    perhaps), a colon or a space, then names joined by 、 to the line's end.  Each is a person, though
    the model reads 向 as a preposition (向|晓峰) or jieba a name's first characters as a place (龙海|波).
    A label that is no post (主要任务：向上汇报) names nobody."""
    text = (
        "居委会副主任：向晓峰\n村委会委员：罗金花、向春生\n副镇长　向明辉\n"
        "党支部书记、村委会主任（一肩挑）：龙海波\n主要任务：向上汇报"
    )
    model = model_reading(
        text,
        ("PER", "晓峰", 0),
        ("PER", "罗金花", 0),
        ("PER", "向春生", 0),
        ("PER", "向", 2),
        ("PER", "明辉", 0),
        ("PER", "龙海波", 0),
    )
    assert found(recogniser, text, model, "person") == ["向晓峰", "罗金花", "向春生", "向明辉", "龙海波"]
