"""The lexical index: filters as masks, and a saved index that loads only for its own store generation."""

from __future__ import annotations

from index.chunks import chunks_for
from index.lexical import LexicalIndex
from ingest import parse_file

from tests.conftest import EXAMPLES


def example_chunks():
    return [c for path in sorted(EXAMPLES.iterdir()) for m in parse_file(path).meetings for c in chunks_for(m, max_chars=1500)]


def test_masks_follow_dates_and_body():
    index = LexicalIndex(example_chunks())
    in_2024 = index.mask(date_from=20240101, date_to=20241231)
    assert {index.chunks[i].date[:4] for i in range(len(index)) if in_2024[i]} == {"2024"}
    rodd = index.mask(body="roddklubben")
    assert {index.chunks[i].body for i in range(len(index)) if rodd[i]} == {"Roddklubben Forsen – styrelsen"}
    assert index.mask() is None


def test_saved_index_loads_for_its_generation_only(tmp_path):
    built = LexicalIndex(example_chunks(), generation=7)
    built.save(tmp_path / "lexical")
    loaded = LexicalIndex.load(tmp_path / "lexical", 7)
    assert loaded is not None and len(loaded) == len(built)
    assert loaded.search(["singelscull"], 3) == built.search(["singelscull"], 3) != []
    assert LexicalIndex.load(tmp_path / "lexical", 8) is None
    assert LexicalIndex.load(tmp_path / "saknas", 7) is None
