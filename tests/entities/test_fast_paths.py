"""The shortcuts the import relies on give exactly what the full paths give."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.entities.claims import WordSet, trie_pattern
from reader.entities.recogniser import Recogniser
from reader.importer import parse_bytes
from tests.helpers.samples import LIBRARY, SEED_NAMES


def test_the_model_reads_a_text_the_same_whatever_else_is_in_its_batch() -> None:
    """The import batches the model over many articles (equal-length sentences share a call)."""
    recogniser = Recogniser()
    texts = [
        a.text for name in SEED_NAMES[:2] for a in parse_bytes((LIBRARY / name).read_bytes(), name).articles
    ]
    assert len(texts) > 20
    assert recogniser.model_words(texts) == [recogniser.model_words([t])[0] for t in texts]


NAMES = st.lists(st.text(alphabet="鲍常勇李跃王玲宝清", min_size=1, max_size=4), min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(words=NAMES, text=st.text(alphabet="鲍常勇李跃王玲宝清、市长", max_size=40))
def test_the_trie_pattern_finds_what_the_longest_first_alternation_finds(words: list[str], text: str) -> None:
    plain = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))
    trie = trie_pattern(words)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(words=NAMES, text=st.text(alphabet="鲍常勇李跃王玲宝清、市长", max_size=40))
def test_the_word_set_finds_what_the_trie_pattern_finds(words: list[str], text: str) -> None:
    trie = trie_pattern(words)
    assert list(WordSet(words).spans(text)) == [m.span() for m in trie.finditer(text)]
