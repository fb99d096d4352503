"""Quotes are the source's words: every quote an answer gives, over the repo's own documents and the
answer question sets, is made of pieces whose words stand in that order in the source file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from index.evaluation import load_questions
from ingest.readers import read_pages
from service.settings import Settings
from service.wiring import Components
from tests.conftest import TEST_DATA

WORD = re.compile(r"\w+")
QUESTION_FILES = [TEST_DATA / "answers" / name for name in ("questions.jsonl", "heldout.jsonl", "other-orgs-1.jsonl",
                                                            "other-orgs-2.jsonl", "other-orgs-3.jsonl")]


def _words(text: str) -> str:
    return " ".join(WORD.findall(text))


def _source_words(path: Path) -> tuple[str, str]:
    """The file's words as written, and with words split by a hyphen at a line's end joined ('Ambulans-' +
    'sjukvården' is the word 'Ambulanssjukvården' the reader sees; ingest joins it the same way)."""
    text = "\n".join(read_pages(path))
    return _words(text), _words(re.sub(r"(\w)-[ \t]*\n[ \t]*(\w)", r"\1\2", text))


@pytest.fixture(scope="module")
def answerer(repo_index, monkeypatch_module):
    for key, value in repo_index.items():
        monkeypatch_module.setenv(key, value)
    return Components(Settings()).answerer


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


@pytest.mark.model
def test_every_quote_is_in_its_source_file(answerer):
    sources: dict[str, tuple[str, str]] = {}
    checked, wrong = 0, []
    for path in QUESTION_FILES:
        for question in load_questions(path):
            for citation in answerer.run(question["question"]).citations:
                if citation.item_index is None:  # header facts are parsed fields (names), not quotes
                    continue
                if citation.source not in sources:
                    sources[citation.source] = _source_words(Path(citation.source))
                checked += 1
                pieces = citation.quote.split(" … ")  # pieces from different paragraphs (answer.quotes)
                if any(all(_words(piece) not in words for words in sources[citation.source]) for piece in pieces):
                    wrong.append((question["id"], citation.quote[:100]))
    assert checked > 50
    assert not wrong, wrong
