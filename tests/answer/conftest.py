"""`ask`: the answerer over an index of the repo's own documents (tests/data/minutes and examples)."""

from __future__ import annotations

import pytest

from service.settings import Settings
from service.wiring import Components


@pytest.fixture(scope="module")
def ask(repo_index):
    with pytest.MonkeyPatch.context() as patch:
        for key, value in repo_index.items():
            patch.setenv(key, value)
        answerer = Components(Settings()).answerer
        yield lambda question: answerer.run(question)
