"""HybridSearcher over a real embedded store of the repo's documents.

Lexical behaviour is tested with the dense ranker off (dense_weight=0, embedder=None): the store then holds
stand-in vectors and no model is loaded. One test at the end runs the real default embedder (`model`).
"""

from __future__ import annotations

import datetime as dt

import pytest

from index import HybridSearcher, Indexer, SearchFilters
from index.lexical import LexicalIndex
from index.store import ChromaStore

from tests.index.conftest import MAX_CHARS, put

DEFAULTS = dict(lexical_weight=1.0, dense_weight=0.0, min_relative_score=0.3, min_support=0.5, decision_boost=0.2)


def searcher(store: ChromaStore, **settings) -> HybridSearcher:
    return HybridSearcher(store=store, embedder=None, **{**DEFAULTS, **settings})


@pytest.fixture(scope="module")
def store(tmp_path_factory, repo_meetings) -> ChromaStore:
    store = ChromaStore(path=str(tmp_path_factory.mktemp("search-store") / "chroma"))
    put(store, repo_meetings)
    return store


def keys(hits) -> list[tuple[str | None, str | None]]:
    return [(h.chunk.date, h.chunk.number) for h in hits]


def test_words_of_an_item_find_it_first_with_its_citation(store):
    hits = searcher(store).run("bygglov Kvarnbacken", top_k=5)
    assert keys(hits)[:1] == [("2024-04-16", "§ 47")]
    assert hits[0].citation == "Ljungsta kommun, Byggnadsnämnden, 2024-04-16, § 47 – Bygglov för flerbostadshus, Kvarnbacken 4"
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_top_k_limits_the_hits(store):
    search = searcher(store)
    assert len(search.run("mötets öppnande", top_k=3)) == 3
    assert len(search.run("mötets öppnande", top_k=10)) > 3


def test_date_filter_keeps_to_the_range(store):
    search = searcher(store)
    everywhere = {h.chunk.date for h in search.run("val av justerare", top_k=50)}
    assert "2024-04-16" in everywhere  # Byggnadsnämnden's § 45 matches but lies outside the range below
    first_quarter = SearchFilters(date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 3, 31))
    dates = {h.chunk.date for h in search.run("val av justerare", top_k=50, filters=first_quarter)}
    assert {"2024-03-10", "2024-03-12"} <= dates and all("2024-01-01" <= d <= "2024-03-31" for d in dates)
    only_from = {h.chunk.date for h in search.run("val av justerare", top_k=50,
                                                  filters=SearchFilters(date_from=dt.date(2024, 4, 1)))}
    assert only_from and min(only_from) >= "2024-04-01"


def test_body_filter_is_part_of_the_name_in_any_case(store):
    search = searcher(store)
    bodies = {h.chunk.body for h in search.run("justera protokollet", top_k=50, filters=SearchFilters(body="NÄMNDEN"))}
    assert bodies >= {"Ljungsta kommun, Byggnadsnämnden", "Bergsjö kommun, Socialnämnden"}
    assert all("nämnden" in body.lower() for body in bodies)
    assert search.run("justera protokollet", filters=SearchFilters(body="finns inte")) == []


def test_date_phrase_in_the_query_becomes_a_filter_unless_it_rules_out_everything(store):
    search = searcher(store)
    april = keys(search.run("justerare i april 2024", top_k=10))
    assert ("2024-04-16", "§ 45") in april and all(date.startswith("2024-04") for date, _ in april)
    # An explicit filter wins over the phrase.
    march = SearchFilters(date_from=dt.date(2024, 3, 1), date_to=dt.date(2024, 3, 31))
    assert {d for d, _ in keys(search.run("justerare i april 2024", top_k=10, filters=march))} <= {"2024-03-10",
                                                                                                     "2024-03-12"}
    # No meeting in 2019: the phrase is dropped rather than answering nothing.
    assert ("2024-04-16", "§ 47") in keys(search.run("bygglov under 2019", top_k=5))


def test_latest_meeting_means_the_newest_date_within_the_body_filter(store, repo_meetings):
    search = searcher(store)
    newest = max(m.date for m in repo_meetings if m.date)
    assert {h.chunk.date for h in search.run("senaste mötet", top_k=20)} == {newest}
    network = search.run("senaste mötet", top_k=20, filters=SearchFilters(body="elevhälsa"))
    assert network and {h.chunk.date for h in network} == {"2023-10-03"}


def test_min_relative_score_drops_weak_hits_and_keeps_the_order(store):
    query = "årsavgiften medlemsavgift kassan"
    loose = searcher(store, min_relative_score=0.0, min_support=0.0).run(query, top_k=50)
    strict = searcher(store, min_relative_score=0.9, min_support=0.0).run(query, top_k=50)
    assert 1 <= len(strict) < len(loose)
    assert [h.chunk.id for h in strict] == [h.chunk.id for h in loose[:len(strict)]]
    assert all(h.score >= 0.9 * strict[0].score for h in strict)


def test_min_support_drops_hits_that_hold_too_little_of_the_question(store):
    query = "laddstolpar i garaget och cykelrum"
    lenient = searcher(store, min_support=0.0).run(query, top_k=50)
    assert {h.chunk.number for h in lenient} >= {"5", "6"}  # brf Lönnen: laddstolpar (5), cykelrum (6)
    strict = searcher(store, min_support=0.5).run(query, top_k=50)
    assert [h.chunk.number for h in strict] == ["5"] and strict[0].support >= 0.5
    assert searcher(store, min_support=1.0).run(query, top_k=50) == []


def test_one_hit_per_agenda_item_even_when_the_item_is_split(tmp_path, repo_meetings):
    store = ChromaStore(path=str(tmp_path / "chroma"))
    building = [m for m in repo_meetings if m.body == "Ljungsta kommun, Byggnadsnämnden"]
    chunks = put(store, building, max_chars=200)
    permit_parts = [c for c in chunks if c.number == "§ 47"]
    assert len(permit_parts) >= 3  # § 47 is long enough to be split at 200 characters
    search = searcher(store, min_support=0.0, min_relative_score=0.0)
    query = "flerbostadshus Kvarnbacken omröstning reservation Tobias Wikström yttranden grannar"
    lexical = search.lexical()
    raw = [cid for cid, _ in lexical.search(query_tokens(query), 20)]
    assert sum(lexical.chunk(cid).number == "§ 47" for cid in raw) >= 2  # several parts of § 47 match
    hits = search.run(query, top_k=20)
    items = [(h.chunk.meeting_id, h.chunk.item_index) for h in hits]
    assert len(items) == len(set(items))
    assert [h.chunk.number for h in hits].count("§ 47") == 1


def query_tokens(text: str) -> list[str]:
    from index.query import parse_query

    return list(parse_query(text).tokens)


def test_empty_store_finds_nothing(tmp_path):
    assert searcher(ChromaStore(path=str(tmp_path / "chroma"))).run("bygglov") == []


def test_a_new_generation_is_picked_up_without_a_new_searcher(tmp_path, repo_meetings):
    store = ChromaStore(path=str(tmp_path / "chroma"))
    examples = [m for m in repo_meetings if "/examples/minutes/" in m.source]
    put(store, examples)
    search = searcher(store)
    assert search.run("bygglov Kvarnbacken") == []
    put(store, [m for m in repo_meetings if m.body == "Ljungsta kommun, Byggnadsnämnden"])
    assert search.run("bygglov Kvarnbacken") == []  # same generation: the lexical index is not rebuilt
    store.bump_generation()  # what Indexer.run does after a batch
    assert keys(search.run("bygglov Kvarnbacken"))[:1] == [("2024-04-16", "§ 47")]


def test_saved_lexical_index_is_reused_by_a_new_searcher(tmp_path, store):
    cache = tmp_path / "lexical"
    first = searcher(store, cache_dir=cache).run("bygglov Kvarnbacken")
    assert LexicalIndex.load(cache, store.generation()) is not None
    second = searcher(store, cache_dir=cache)
    assert second.run("bygglov Kvarnbacken") == first


@pytest.mark.model
def test_real_embedder_dense_alone_and_fused(tmp_path, repo_meetings, embedder):
    store = ChromaStore(path=str(tmp_path / "chroma"))
    Indexer(store=store, embedder=embedder, max_chars=MAX_CHARS).run(repo_meetings)
    dense = HybridSearcher(store=store, embedder=embedder, **{**DEFAULTS, "lexical_weight": 0.0, "dense_weight": 1.0})
    hits = dense.run("Bygglov för flerbostadshus, Kvarnbacken 4", top_k=5)
    assert keys(hits)[:1] == [("2024-04-16", "§ 47")]
    window = SearchFilters(date_from=dt.date(2023, 1, 1), date_to=dt.date(2023, 12, 31))
    in_2023 = dense.run("inledning", top_k=10, filters=window)
    assert in_2023 and all(h.chunk.date.startswith("2023-") for h in in_2023)
    assert dense.run("inledning", top_k=10, filters=window) == in_2023  # the window's vectors, kept, rank alike
    fused = HybridSearcher(store=store, embedder=embedder, **{**DEFAULTS, "dense_weight": 0.1})
    assert keys(fused.run("Vad beslutades om bygglovet på Kvarnbacken 4?", top_k=3))[:1] == [("2024-04-16", "§ 47")]
