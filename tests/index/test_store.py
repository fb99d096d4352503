"""ChromaStore on an embedded store in a temporary folder, and the index against a real `chroma run` server.

The unit tests store parsed repo documents with small hand-made vectors (the store does not care where
vectors come from), so they need no model.
"""

from __future__ import annotations

import pytest

from index.store import ChromaStore
from ingest import parse_file
from ingest.models import AgendaItem, Decision, Meeting

from tests.conftest import EXAMPLES, TEST_MINUTES, free_port, invoke_cli, run_cli
from tests.index.conftest import put, vectors_for


@pytest.fixture
def store(tmp_path) -> ChromaStore:
    return ChromaStore(path=str(tmp_path / "chroma"))


def building() -> Meeting:
    return parse_file(TEST_MINUTES / "byggnadsnamnden-2024-04-16.txt").meetings[0]


def school_network() -> list[Meeting]:
    return parse_file(TEST_MINUTES / "natverk-elevhalsa-2023.txt").meetings


def undated() -> Meeting:
    """A record with the optional fields empty and set: no date, an item without number, a presenter."""
    return Meeting(id="odaterat-0000abcd", body="Föreningen Ekorren", source="/tmp/ekorren.txt",
                   content_hash="0000abcd" * 8, items=[
                       AgendaItem(title="Välkommen", text="Ordföranden hälsade välkommen."),
                       AgendaItem(number="2", title="Ekonomi", presenter="Kim Ek", text="Kassan är god.",
                                  decisions=[Decision(text="Styrelsen godkänner rapporten.")])])


def test_meetings_and_chunks_read_back_as_written(store):
    meetings = [building(), *school_network(), undated()]
    chunks = put(store, meetings)
    assert (store.count_meetings(), store.count_chunks()) == (5, len(chunks))
    assert store.meeting(meetings[0].id) == meetings[0]
    assert store.meeting(meetings[-1].id) == meetings[-1]
    assert store.meeting("finns-inte") is None
    # Chunk metadata survives Chroma's no-None rule: empty date, number and presenter come back as None.
    assert sorted(store.all_chunks(), key=lambda c: c.id) == sorted(chunks, key=lambda c: c.id)
    assert [m.date for m in store.all_meetings()] == ["2024-04-16", "2023-10-03", "2023-05-09", "2023-02-14", None]


def test_meeting_hashes_and_stored_meetings_come_from_metadata(store):
    meeting = building()
    put(store, [meeting])
    assert store.meeting_hashes() == {meeting.id: (meeting.source, meeting.content_hash)}
    stored = store.stored_meetings()[meeting.id]
    assert (stored.source, stored.date, stored.body, stored.appendix_of) == (
        meeting.source, "2024-04-16", "Ljungsta kommun, Byggnadsnämnden", "")


def test_putting_a_meeting_again_replaces_its_chunks(store):
    meeting = building()
    put(store, [meeting])
    shorter = meeting.model_copy(update={"items": meeting.items[:2]})
    put(store, [shorter])
    assert store.count_chunks() == 2 and store.count_meetings() == 1
    assert {c.number for c in store.all_chunks()} == {"§ 45", "§ 46"}


def test_delete_meeting_removes_record_and_chunks_and_bumps_generation(store):
    first, *others = school_network()
    put(store, [first, *others])
    assert store.generation() == 0
    store.delete_meeting(first.id)
    assert store.meeting(first.id) is None and store.count_meetings() == 2
    assert {c.meeting_id for c in store.all_chunks()} == {m.id for m in others}
    assert store.generation() == 1
    store.bump_generation()
    assert store.generation() == 2


def test_orphan_chunks_of_an_interrupted_write_are_removed(store):
    meetings = school_network()
    put(store, meetings)
    store.meetings.delete(ids=[meetings[0].id])  # what a crash between chunks and record leaves
    assert store.delete_orphan_chunks(known=set(store.meeting_hashes())) == 1
    assert {c.meeting_id for c in store.all_chunks()} == {m.id for m in meetings[1:]}


def test_appendix_ids_follow_appendix_of(store):
    protocol = building()
    appendix = undated().model_copy(update={"id": "2024-04-16-bilaga01", "date": "2024-04-16",
                                            "appendix_label": "Bilaga 1", "appendix_of": protocol.id})
    put(store, [protocol, appendix])
    assert store.appendix_ids(protocol.id) == ["2024-04-16-bilaga01"]
    assert store.stored_meetings()[appendix.id].appendix_of == protocol.id
    assert store.appendix_ids(appendix.id) == []


def test_nearest_and_vectors_return_the_stored_unit_vectors(store):
    chunks = put(store, [building(), *school_network()])
    vectors = vectors_for(chunks)
    target = 5
    found = store.nearest(vectors[target], 3)
    assert len(found) == 3 and found[0][0] == chunks[target].id and found[0][1] == pytest.approx(1.0, abs=1e-4)
    assert found[0][1] >= found[1][1] >= found[2][1]
    assert len(store.nearest(vectors[0], 1000)) == len(chunks)  # fewer when the store holds fewer
    wanted = [chunks[2].id, chunks[7].id]
    ids, stored = store.vectors(wanted)
    assert sorted(ids) == sorted(wanted)
    for chunk_id, vector in zip(ids, stored):
        assert vector == pytest.approx(vectors[[c.id for c in chunks].index(chunk_id)], abs=1e-5)
    no_ids, no_vectors = store.vectors([])
    assert no_ids == [] and no_vectors.size == 0


def test_more_chunks_than_one_page_are_written_and_read(store):
    meeting = undated()
    many = meeting.model_copy(update={"items": [AgendaItem(number=str(n), title=f"Punkt {n}", text=f"Text {n}.")
                                                for n in range(1, 1206)]})
    chunks = put(store, [many])
    assert store.count_chunks() == 1205
    assert len({c.id for c in store.all_chunks()}) == 1205
    assert len(chunks) == 1205


def test_whole_collections_are_read_in_pages(store, monkeypatch):
    """Chroma cannot return more than ~32 000 records in one get: every read of a whole collection pages."""
    import index.store

    meetings = [building(), *school_network(), undated()]
    chunks = put(store, meetings)
    monkeypatch.setattr(index.store, "_READ_PAGE", 2)
    assert sorted(store.all_chunks(), key=lambda c: c.id) == sorted(chunks, key=lambda c: c.id)
    assert set(store.meeting_hashes()) == set(store.stored_meetings()) == {m.id for m in meetings}
    assert len(store.all_meetings()) == 5 and store.delete_orphan_chunks(known={m.id for m in meetings}) == 0
    monkeypatch.setattr(index.store, "_READ_PAGE", 5)  # the last page exactly full: one more, empty, ends it
    assert len(store.all_meetings()) == 5


def test_a_second_client_on_the_same_folder_sees_the_data(store, tmp_path):
    meeting = building()
    put(store, [meeting])
    store.bump_generation()
    other = ChromaStore(path=str(tmp_path / "chroma"))
    assert other.meeting(meeting.id) == meeting and other.generation() == 1


def test_a_recently_read_generation_will_do_but_a_write_here_shows_at_once(store, tmp_path):
    assert store.generation() == 0
    other = ChromaStore(path=str(tmp_path / "chroma"))
    other.bump_generation()  # through another object of this process: seen at once, even when a recent value will do
    assert store.generation(max_age_s=60) == 1
    other.state.upsert(ids=["generation"], embeddings=[[0.0]], documents=[""], metadatas=[{"generation": 7}])
    # as another process writes it: a value read within the minute still does; asking afresh reads the store
    assert store.generation(max_age_s=60) == 1 and store.generation() == 7


@pytest.mark.server
@pytest.mark.model
def test_ingest_and_search_through_a_chroma_server(chroma_server, tmp_path):
    env = {"MINUTES_CHROMA_URL": chroma_server, "MINUTES_DATA_DIR": str(tmp_path / "unused")}
    result = invoke_cli("ingest", str(EXAMPLES), env=env)
    assert result.returncode == 0, result.stderr
    status = invoke_cli("status", "--json", env=env)
    assert '"meetings": 3' in status.stdout and chroma_server in status.stdout
    found = invoke_cli("search", "kamerabesök samtycke", "--json", env=env)
    assert "2024-03-12, § 15 – Riktlinjer för hemtjänst" in found.stdout
    assert not (tmp_path / "unused" / "chroma").exists()  # no embedded store beside the server


@pytest.mark.server
def test_unreachable_server_is_a_clear_error(tmp_path):
    env = {"MINUTES_CHROMA_URL": f"http://127.0.0.1:{free_port()}"}
    result = run_cli("status", env=env, timeout=60)
    assert result.returncode == 2
    assert "Chroma-servern" in result.stderr and "Traceback" not in result.stderr
