"""The lexical index: filters as masks, and a saved index (read from disk) that loads only for its own store
generation and answers as the built one."""

from __future__ import annotations

import math
import pickle

from index.chunks import chunks_for
from index.lexical import LexicalIndex
from ingest import parse_file
from swedish.analysis import words

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


def test_loaded_index_answers_as_the_built_one(tmp_path):
    """The saved index reads its chunks and arrays from disk; every question gets the same answer."""
    built = LexicalIndex(example_chunks(), generation=3)
    built.save(tmp_path / "lexical")
    loaded = LexicalIndex.load(tmp_path / "lexical", 3)
    assert list(loaded.chunks) == list(built.chunks) and loaded.chunks[-1] == built.chunks[-1]
    for chunk in built.chunks[::7]:
        assert loaded.position(chunk.id) == built.position(chunk.id) == built.chunks.index(chunk)
        assert loaded.chunk(chunk.id) == chunk
    filters = [{"date_from": 20240101}, {"body": "roddklubben"}, {"bodies": ("Roddklubben Forsen – styrelsen",)},
               {"meeting_ids": frozenset({built.chunks[0].meeting_id})}, {"date_to": 20231231, "body": "led"}]
    for given in filters:
        assert (loaded.mask(**given) == built.mask(**given)).all()
    for query in (["singelscull"], ["budget", "beslut"], ["nagot", "okant"]):
        assert loaded.search(query, 5) == built.search(query, 5)
    assert loaded.latest_date() == built.latest_date() and loaded.body_tokens == built.body_tokens


def test_idf_counts_the_chunks_holding_a_token(tmp_path):
    """Document frequency is read off the BM25 matrix: the same as counting the chunks' token sets."""
    from collections import Counter

    from index.boilerplate import searchable_text
    from swedish.analysis import tokens

    index = LexicalIndex(example_chunks())
    counted = Counter(t for c in index.chunks for t in set(tokens(searchable_text(c, index.boilerplate)) or ["_"]))
    for token, df in list(counted.items())[::5]:
        assert index.idf(token) == math.log(1 + (len(index) - df + 0.5) / (df + 0.5))
    assert index.idf("finnsinteiminutes") == math.log(1 + (len(index) + 0.5) / 0.5)


def test_unknown_chunk_ids_have_no_position():
    index = LexicalIndex(example_chunks())
    longest = max((c.id for c in index.chunks), key=len)
    assert index.position(longest + "x") is None and index.position("") is None and index.chunk("saknas") is None
    assert index.ids([0, 2]) == [index.chunks[0].id, index.chunks[2].id]


def test_many_positions_at_once_are_the_single_ones():
    index = LexicalIndex(example_chunks())
    longest = max((c.id for c in index.chunks), key=len)
    asked = [c.id for c in index.chunks][::-3] + [longest + "x", "", "saknas"]
    expected = [index.position(c) for c in asked]
    assert index.positions(asked).tolist() == [-1 if p is None else p for p in expected]
    assert index.positions([]).tolist() == [] and LexicalIndex([]).positions(["a"]).tolist() == [-1]


def test_empty_and_old_format_indexes(tmp_path):
    LexicalIndex([], generation=1).save(tmp_path / "tom")
    empty = LexicalIndex.load(tmp_path / "tom", 1)
    assert empty is not None and len(empty) == 0 and empty.search(["budget"], 3) == [] and empty.mask() is None
    old = tmp_path / "gammal"
    old.mkdir()
    (old / "state.pickle").write_bytes(pickle.dumps((1, example_chunks(), {}, set())))
    assert LexicalIndex.load(old, 1) is None  # saved by an earlier version: rebuilt, not misread


def test_a_passage_holds_its_words_as_written_besides_their_stems():
    # The stemmer reads "utkast" as a superlative ("utk"); the support rule still finds "utkastet" in it.
    index = LexicalIndex(example_chunks())
    chunk = index.chunks[0]
    written = index.passage_tokens(chunk)
    assert {w for w in words(chunk.search_text) if len(w) >= 5} <= written


def test_a_word_written_only_in_longer_forms_weighs_as_the_commonest_of_them():
    """A question's 'socialnämndens' cut to 'socialna…' where the minutes write 'socialnämnd': as common as that,
    not as a word nobody wrote."""
    index = LexicalIndex(example_chunks())
    assert not index.writes("socialna") and index.writes("socialnamnd")
    assert index.weight("socialna") == index.idf("socialnamnd") < index.idf("socialna")
    assert index.weight("finnsinteiminutes") == index.idf("finnsinteiminutes")


def test_a_typo_and_a_word_cut_short_are_widened_to_what_the_minutes_write():
    index = LexicalIndex(example_chunks())
    assert index.spelled_like("socialnamd") == ["socialnamnd"]  # one letter dropped
    assert index.spelled_like("socilnamd") == ["socialnamnd"]  # two, in a long word
    assert index.spelled_like("namnd") == []  # a short word one letter off is another word
    assert index.completions("socialna") == ["socialnamnd"]


def test_a_word_an_ocr_repair_replaced_is_found_as_written_too():
    from ingest.models import AgendaItem, Meeting
    meeting = Meeting(id="m", body="Ledningsgruppen", date="2023-10-06", source="m.pdf", content_hash="h",
                      ocr_repairs={"Link": "Länk", "forbittring": "förbättring"},
                      items=[AgendaItem(number="3", title="Utskrivningsklara",
                                        text="Verksamhetssystemet Link skickar ut meddelanden. En forbittring.")])
    index = LexicalIndex(chunks_for(meeting, max_chars=1500))
    chunk = index.chunks[0]
    assert chunk.text == "Verksamhetssystemet Link skickar ut meddelanden. En forbittring."  # shown as written
    assert {"link", "lank", "forbattring"} <= index.passage_tokens(chunk)
    assert index.search(["link"], 1) and index.search(["lank"], 1)
