"""Indexer: meetings into a real embedded store with the real default embedder (one per session)."""

from __future__ import annotations

import shutil

import pytest

from index import ChromaStore, Indexer
from ingest import parse_file

from tests.conftest import TEST_MINUTES
from tests.index.conftest import MAX_CHARS

pytestmark = pytest.mark.model

MEETING = """Protokoll
Föreningen Lärkan, styrelsen
Datum: {date}

1. Mötets öppnande
Ordföranden öppnade mötet.

2. Ny hemsida
{text}
Beslut: Styrelsen beslutar att anta förslaget.
"""


def write(path, *, date="2024-03-12", text="Webbgruppen visade ett förslag på plattformen Kvittra."):
    path.write_text(MEETING.format(date=date, text=text), encoding="utf-8")
    return path


def meetings_of(*paths):
    return [m for path in paths for m in parse_file(path).meetings]


@pytest.fixture
def store(tmp_path) -> ChromaStore:
    return ChromaStore(path=str(tmp_path / "chroma"))


@pytest.fixture
def indexer(store, embedder) -> Indexer:
    indexer = Indexer(store=store, embedder=embedder, max_chars=MAX_CHARS)
    indexer.repair()
    return indexer


def texts(store) -> list[str]:
    return [c.text for c in store.all_chunks()]


def test_new_meetings_are_stored_with_one_vector_per_chunk(tmp_path, store, indexer, embedder):
    path = write(tmp_path / "m.txt")
    report = indexer.run(meetings_of(path))
    assert report.added == [str(path.resolve())] and report.chunks == 2
    assert store.count_meetings() == 1 and store.count_chunks() == 2
    ids, vectors = store.vectors([c.id for c in store.all_chunks()])
    assert vectors.shape == (2, embedder.dimension)
    assert store.generation() == 1


def test_running_again_on_unchanged_meetings_changes_nothing(tmp_path, store, indexer):
    path = write(tmp_path / "m.txt")
    indexer.run(meetings_of(path))
    before = (store.meeting_hashes(), sorted(texts(store)), store.generation())
    again = indexer.run(meetings_of(path))
    assert (again.added, again.replaced, again.chunks) == ([], [], 0)
    assert again.unchanged == [str(path.resolve())]
    assert (store.meeting_hashes(), sorted(texts(store)), store.generation()) == before  # no new generation


def test_a_changed_file_replaces_its_meeting(tmp_path, store, indexer):
    path = write(tmp_path / "m.txt")
    old = indexer.run(meetings_of(path))
    old_id = next(iter(store.meeting_hashes()))
    write(path, text="Webbgruppen visade nu ett förslag på plattformen Glimra.")
    report = indexer.run(meetings_of(path))
    assert report.replaced == [str(path.resolve())] and report.added == old.added
    assert store.count_meetings() == 1 and store.meeting(old_id) is None
    assert any("Glimra" in t for t in texts(store)) and not any("Kvittra" in t for t in texts(store))


def test_a_meeting_stored_by_an_older_parser_is_read_again_under_the_same_id(tmp_path, store, indexer):
    path = write(tmp_path / "m.txt")
    (meeting,) = meetings_of(path)
    older = meeting.model_copy(update={"content_hash": "parsed-by-an-older-version", "body": "Lärkan"})
    indexer.run([older])
    report = indexer.run([meeting])
    assert report.replaced == [str(path.resolve())] and report.added == [str(path.resolve())]
    assert store.count_meetings() == 1 and store.meeting(meeting.id).body == meeting.body
    assert indexer.run(meetings_of(path)).unchanged == [str(path.resolve())]


def test_a_second_indexer_on_the_same_store_also_sees_the_meeting_as_unchanged(tmp_path, store, indexer, embedder):
    path = write(tmp_path / "m.txt")
    indexer.run(meetings_of(path))
    fresh = Indexer(store=store, embedder=embedder, max_chars=MAX_CHARS)  # no repair(): reads the store itself
    assert fresh.run(meetings_of(path)).unchanged == [str(path.resolve())]


def test_the_same_minutes_under_two_names_are_one_meeting(tmp_path, store, indexer):
    first = write(tmp_path / "a.txt")
    copy = tmp_path / "b-kopia.txt"
    shutil.copy(first, copy)
    report = indexer.run(meetings_of(first, copy))
    assert store.count_meetings() == 1 and report.added == [str(first.resolve())]
    assert report.duplicates == [f"{copy.resolve()} har samma innehåll som {first.resolve()}; "
                                 f"{first.resolve()} behölls"]
    # A later run with the copy alone: still one meeting, the first name kept.
    later = indexer.run(meetings_of(copy))
    assert later.duplicates and store.count_meetings() == 1
    assert next(iter(store.meeting_hashes().values()))[0] == str(first.resolve())


def test_one_file_with_three_meetings_changes_only_the_one_that_changed(tmp_path, store, indexer):
    path = tmp_path / "natverk.txt"
    shutil.copy(TEST_MINUTES / "natverk-elevhalsa-2023.txt", path)
    indexer.run(meetings_of(path))
    assert store.count_meetings() == 3
    path.write_text(path.read_text(encoding="utf-8").replace("78 procent", "81 procent"), encoding="utf-8")
    report = indexer.run(meetings_of(path))
    assert len(report.unchanged) == 2 and report.replaced == [str(path.resolve())] and len(report.added) == 1
    assert store.count_meetings() == 3
    assert any("81 procent" in t for t in texts(store)) and not any("78 procent" in t for t in texts(store))


def test_remove_by_source_file_or_meeting_id(tmp_path, store, indexer):
    march = write(tmp_path / "mars.txt")
    april = write(tmp_path / "april.txt", date="2024-04-09")
    may = write(tmp_path / "maj.txt", date="2024-05-14")
    indexer.run(meetings_of(march, april, may))
    ids = {source: mid for mid, (source, _) in store.meeting_hashes().items()}
    removed = indexer.remove({str(march.resolve()), ids[str(may.resolve())]})
    assert sorted(removed) == sorted([ids[str(march.resolve())], ids[str(may.resolve())]])
    assert set(store.meeting_hashes()) == {ids[str(april.resolve())]}
    assert {c.meeting_id for c in store.all_chunks()} == {ids[str(april.resolve())]}
    assert indexer.remove({"finns-inte.txt"}) == []
    assert indexer.stored_sources() == {str(april.resolve())}
    # A removed file comes back when it is ingested again.
    assert indexer.run(meetings_of(march)).added == [str(march.resolve())]


def test_repair_removes_chunks_an_interrupted_write_left(tmp_path, store, indexer, embedder):
    indexer.run(meetings_of(write(tmp_path / "a.txt"), write(tmp_path / "b.txt", date="2024-04-09")))
    half_written = next(iter(store.meeting_hashes()))
    store.meetings.delete(ids=[half_written])  # chunks written, record not: a crash in between
    assert Indexer(store=store, embedder=embedder, max_chars=MAX_CHARS).repair() == 1
    assert {c.meeting_id for c in store.all_chunks()} == set(store.meeting_hashes())


def test_long_items_are_split_by_max_chars(tmp_path, store, embedder):
    long_text = "\n".join(f"Stycke {n}: webbgruppen har gått igenom sida {n} av den nya hemsidan." for n in range(40))
    indexer = Indexer(store=store, embedder=embedder, max_chars=300)
    report = indexer.run(meetings_of(write(tmp_path / "lang.txt", text=long_text)))
    assert report.chunks > 5 and all(len(t) <= 300 for t in texts(store))


def appendix(path, date="2024-03-12"):
    path.write_text(f"Bilaga 1: Budgetförslag 2025\n\nDatum: {date}\n\nIntäkter 120 000 kr från medlemsavgifter.\n",
                    encoding="utf-8")
    return path


def test_an_appendix_is_linked_to_the_minutes_of_its_date(tmp_path, store, indexer):
    minutes = write(tmp_path / "protokoll-2024-03-12.txt")
    indexer.run(meetings_of(minutes, appendix(tmp_path / "bilaga-1-budget-2024-03-12.txt")))
    stored = {m.appendix_label: m for m in store.all_meetings()}
    assert stored["Bilaga 1"].appendix_of == stored[None].id
    assert stored["Bilaga 1"].body == stored[None].body == "Föreningen Lärkan, styrelsen"
    assert store.appendix_ids(stored[None].id) == [stored["Bilaga 1"].id]


def test_an_appendix_ingested_later_finds_stored_minutes_preferring_the_same_folder(tmp_path, store, indexer):
    here, elsewhere = tmp_path / "styrelse", tmp_path / "annat"
    here.mkdir()
    elsewhere.mkdir()
    ours = write(here / "protokoll.txt")
    write(elsewhere / "protokoll.txt", text="Ett annat protokoll samma dag.")
    indexer.run(meetings_of(elsewhere / "protokoll.txt", ours))
    indexer.run(meetings_of(appendix(here / "bilaga-1-2024-03-12.txt")))
    ours_id = next(mid for mid, (source, _) in store.meeting_hashes().items() if source == str(ours.resolve()))
    assert store.appendix_ids(ours_id) != []


def test_an_appendix_without_minutes_of_its_date_is_flagged(tmp_path, store, indexer):
    write(tmp_path / "protokoll.txt")
    indexer.run(meetings_of(tmp_path / "protokoll.txt", appendix(tmp_path / "bilaga-1.txt", date="2024-06-01")))
    orphan = next(m for m in store.all_meetings() if m.appendix_label)
    assert orphan.appendix_of is None
    assert any("hittade inget protokoll från samma datum" in flag for flag in orphan.flags)
