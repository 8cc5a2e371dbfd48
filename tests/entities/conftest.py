"""The recogniser every entities test reads with: one per test module, as each module's own fixture was."""

from __future__ import annotations

import pytest

from reader.entities.recogniser import Recogniser


@pytest.fixture(scope="module")
def recogniser() -> Recogniser:
    return Recogniser()
