"""The shortcuts the import relies on give exactly what the full paths give."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.entities.claims import normalise_name, trie_pattern
from reader.entities.recogniser import Recogniser
from reader.importer import parse_bytes
from tests.conftest import LIBRARY, SEED_NAMES


def test_confirmed_people_are_the_people_recognise_returns_on_every_seed_article() -> None:
    recogniser = Recogniser()
    checked = 0
    for name in SEED_NAMES:
        for article in parse_bytes((LIBRARY / name).read_bytes(), name).articles:
            people = {
                normalise_name(m.text) for m in recogniser.recognise(article.text) if m.kind == "person"
            }
            assert recogniser.confirmed_people(article.text) == people, article.title
            checked += 1
    assert checked == 62


NAMES = st.lists(st.text(alphabet="鲍常勇李跃王玲宝清", min_size=1, max_size=4), min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(words=NAMES, text=st.text(alphabet="鲍常勇李跃王玲宝清、市长", max_size=40))
def test_the_trie_pattern_finds_what_the_longest_first_alternation_finds(words: list[str], text: str) -> None:
    plain = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))
    trie = trie_pattern(words)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
