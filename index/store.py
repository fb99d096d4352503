"""Chroma as the single source of truth: chunk vectors with metadata, and the meeting records.

Three collections: `minutes_chunks` (vectors + metadata + text), `minutes_meetings`
(one JSON record per meeting) and `minutes_state` (a generation counter that
other processes watch to know when to reload their lexical index, and which
embedding model and backend made the vectors). The client
is embedded (`PersistentClient`) unless a server URL is given.
"""

from __future__ import annotations

import functools
import json
import time
from pathlib import Path
from typing import NamedTuple
from dataclasses import asdict
from urllib.parse import urlparse

import numpy as np

from ingest.models import Meeting

from .chunks import Chunk

CHUNKS = "minutes_chunks"
MEETINGS = "minutes_meetings"
STATE = "minutes_state"
_PAGE = 1000
# Reading everything: Chroma cannot return more than ~32 000 records in one get ("too many SQL variables"),
# and each page re-skips its offset, so pages of 1 000 made reading a million chunks take half an hour.
_READ_PAGE = 20_000


class StoredMeeting(NamedTuple):
    """What the store knows of a meeting without loading its record."""

    source: str
    content_hash: str
    date: str
    body: str
    appendix_of: str


class StoreUnavailable(Exception):
    """The Chroma server cannot be reached."""


SERVER_TIMEOUT_S = 10.0


def connect(*, path: str | None = None, url: str | None = None):
    import chromadb
    from chromadb.config import Settings

    settings = Settings(anonymized_telemetry=False)
    if url:
        parsed = urlparse(url if "://" in url else f"http://{url}")
        try:
            client = chromadb.HttpClient(host=parsed.hostname or "127.0.0.1", port=parsed.port or 8000,
                                         ssl=parsed.scheme == "https", settings=settings)
        except Exception as exc:  # chromadb raises plain Exception/ValueError when the server is down
            raise StoreUnavailable(f"Chroma-servern på {url} svarar inte ({exc})") from exc
        _limit_request_time(client)
        return client
    return chromadb.PersistentClient(path=path, settings=settings)


def _limit_request_time(client) -> None:
    """chromadb's HTTP client waits forever by default; a hung server must give 503, not a hung API."""
    import httpx

    session = getattr(getattr(client, "_server", None), "_session", None)
    if isinstance(session, httpx.Client):
        session.timeout = httpx.Timeout(SERVER_TIMEOUT_S, connect=3.0)


def guarded(method):
    """Turn a lost connection to the Chroma server into StoreUnavailable with a readable message."""
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except StoreUnavailable:
            raise
        except Exception as exc:
            if self.url and _is_connection_problem(exc):
                raise StoreUnavailable(f"Chroma-servern på {self.url} svarar inte ({type(exc).__name__})") from exc
            raise
    return wrapper


def _is_connection_problem(exc: Exception) -> bool:
    import httpx

    return isinstance(exc, (httpx.TransportError, ConnectionError, TimeoutError)) or "connect" in str(exc).lower()


def _metadata(chunk: Chunk) -> dict:
    data = asdict(chunk)
    data.pop("text")
    data.pop("id")
    for key, value in list(data.items()):
        if value is None:
            data[key] = ""
    data["date_int"] = chunk.date_number
    return data


def _chunk(chunk_id: str, text: str, meta: dict) -> Chunk:
    return Chunk(
        id=chunk_id, meeting_id=meta["meeting_id"], date=meta["date"] or None, body=meta["body"],
        source=meta["source"], item_index=int(meta["item_index"]), number=meta["number"] or None,
        title=meta["title"], label=meta["label"], presenter=meta["presenter"] or None,
        has_decision=bool(meta["has_decision"]), text=text, searchable=meta.get("searchable", ""),
        pages=meta.get("pages", ""), page=int(meta.get("page") or 0),
    )


def _every(collection, include: list[str]) -> dict[str, list]:
    """Every record of the collection, read in pages: {"ids": [...], and a list per field in `include`}."""
    found: dict[str, list] = {"ids": [], **{field: [] for field in include}}
    offset = 0
    while True:
        page = collection.get(include=include, limit=_READ_PAGE, offset=offset)
        for field in found:
            found[field].extend(page[field])
        if len(page["ids"]) < _READ_PAGE:
            return found
        offset += _READ_PAGE


# The generation each store (by its path or URL) had when this process last read or wrote it, and when. Shared
# by every ChromaStore object of the process, so a write through one is seen at once through all.
_GENERATIONS: dict[str, tuple[int, float]] = {}


class ChromaStore:
    def __init__(self, *, path: str | None = None, url: str | None = None):
        self.url = url
        self._where = url or str(Path(path).resolve())
        self.client = connect(path=path, url=url)
        self._open_collections()

    @guarded
    def _open_collections(self) -> None:
        self.chunks = self.client.get_or_create_collection(CHUNKS, embedding_function=None,
                                                           configuration={"hnsw": {"space": "cosine"}})
        self.meetings = self.client.get_or_create_collection(MEETINGS, embedding_function=None)
        self.state = self.client.get_or_create_collection(STATE, embedding_function=None)

    # -- writing -------------------------------------------------------------------------------
    @guarded
    def put_meetings(self, meetings: list[Meeting], chunks: list[Chunk], vectors: np.ndarray) -> None:
        """Replace everything stored for these meeting ids: their chunks first, the meeting records last.

        A meeting that is listed is therefore always complete; an interrupted write
        leaves chunks without a record, which the next ingest removes. One call per
        batch, not per meeting: Chroma's cost is mostly per call.
        """
        if not meetings:
            return
        self.delete_chunks([m.id for m in meetings])
        for start in range(0, len(chunks), _PAGE):
            batch = chunks[start:start + _PAGE]
            self.chunks.upsert(ids=[c.id for c in batch], documents=[c.text for c in batch],
                               metadatas=[_metadata(c) for c in batch],
                               embeddings=vectors[start:start + _PAGE].tolist())
        self.meetings.upsert(ids=[m.id for m in meetings], documents=[m.model_dump_json() for m in meetings],
                             embeddings=[[0.0]] * len(meetings),
                             metadatas=[{"source": m.source, "content_hash": m.content_hash, "date": m.date or "",
                                         "body": m.body, "appendix": bool(m.appendix_label),
                                         "appendix_of": m.appendix_of or ""} for m in meetings])

    @guarded
    def delete_meeting(self, meeting_id: str) -> None:
        self.meetings.delete(ids=[meeting_id])
        self.delete_chunks([meeting_id])
        self.bump_generation()

    @guarded
    def delete_chunks(self, meeting_ids: list[str]) -> None:
        """All chunks of these meetings, in one call."""
        if meeting_ids:
            self.chunks.delete(where={"meeting_id": {"$in": meeting_ids}})

    @guarded
    def bump_generation(self) -> None:
        generation = self.generation() + 1
        self.state.upsert(ids=["generation"], embeddings=[[0.0]], documents=[""], metadatas=[{"generation": generation}])
        _GENERATIONS[self._where] = (generation, time.monotonic())

    @guarded
    def record_embedding(self, model: str, backend: str, *, complete: bool = True) -> None:
        """Which model and backend made the stored vectors (`complete=False` while they are being replaced)."""
        self.state.upsert(ids=["embedding"], embeddings=[[0.0]], documents=[""],
                          metadatas=[{"model": model, "backend": backend, "complete": complete}])

    @guarded
    def replace_vectors(self, chunk_ids: list[str], vectors: np.ndarray) -> None:
        """New vectors for stored chunks (re-embedding); text and metadata stay."""
        for start in range(0, len(chunk_ids), _PAGE):
            self.chunks.update(ids=chunk_ids[start:start + _PAGE], embeddings=vectors[start:start + _PAGE].tolist())

    # -- reading -------------------------------------------------------------------------------
    @guarded
    def generation(self, *, max_age_s: float = 0.0) -> int:
        """The counter that changes with every write. With `max_age_s`, a value read up to that long ago will do
        (a search asks on every request): another process's write is then seen that much later, this one's at once."""
        known = _GENERATIONS.get(self._where)
        if known is not None and max_age_s and time.monotonic() - known[1] < max_age_s:
            return known[0]
        found = self.state.get(ids=["generation"], include=["metadatas"])
        generation = int(found["metadatas"][0]["generation"]) if found["ids"] else 0
        _GENERATIONS[self._where] = (generation, time.monotonic())
        return generation

    @guarded
    def embedding_record(self) -> dict | None:
        """{"model", "backend", "complete"} as `record_embedding` wrote it; None in an index made before it."""
        found = self.state.get(ids=["embedding"], include=["metadatas"])
        return dict(found["metadatas"][0]) if found["ids"] else None

    @guarded
    def meeting_hashes(self) -> dict[str, tuple[str, str]]:
        """meeting id → (source, content hash), without loading the records."""
        found = _every(self.meetings, ["metadatas"])
        return {i: (m["source"], m["content_hash"]) for i, m in zip(found["ids"], found["metadatas"])}

    @guarded
    def stored_meetings(self) -> dict[str, StoredMeeting]:
        found = _every(self.meetings, ["metadatas"])
        return {i: StoredMeeting(m["source"], m["content_hash"], m.get("date", ""), m.get("body", ""),
                                 m.get("appendix_of", "") or ("?" if m.get("appendix") else ""))
                for i, m in zip(found["ids"], found["metadatas"])}

    @guarded
    def appendix_ids(self, meeting_id: str) -> list[str]:
        return sorted(self.meetings.get(where={"appendix_of": meeting_id}, include=[])["ids"])

    @guarded
    def all_meetings(self) -> list[Meeting]:
        found = _every(self.meetings, ["documents"])
        meetings = [Meeting.model_validate(json.loads(doc)) for doc in found["documents"]]
        return sorted(meetings, key=lambda m: (m.date or "", m.id), reverse=True)

    @guarded
    def meeting(self, meeting_id: str) -> Meeting | None:
        found = self.meetings.get(ids=[meeting_id], include=["documents"])
        return Meeting.model_validate(json.loads(found["documents"][0])) if found["ids"] else None

    @guarded
    def all_chunks(self) -> list[Chunk]:
        found = _every(self.chunks, ["documents", "metadatas"])
        return [_chunk(i, d, m) for i, d, m in zip(found["ids"], found["documents"], found["metadatas"])]

    @guarded
    def delete_orphan_chunks(self, known: set[str]) -> int:
        """Chunks of meetings not in `known` (the listed meeting ids): what an interrupted write left.

        Removed; returns how many meetings they belonged to.
        """
        found = _every(self.chunks, ["metadatas"])
        orphans = sorted({m["meeting_id"] for m in found["metadatas"]} - known)
        self.delete_chunks(orphans)
        return len(orphans)

    @guarded
    def count_chunks(self) -> int:
        return self.chunks.count()

    @guarded
    def count_meetings(self) -> int:
        return self.meetings.count()

    @guarded
    def nearest(self, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        """(chunk id, cosine similarity) of the k nearest chunks (fewer when the store holds fewer)."""
        # No count() first: it costs as much as the query, and Chroma returns fewer results when it has fewer.
        found = self.chunks.query(query_embeddings=[vector.tolist()], n_results=k, include=["distances"])
        return [(i, 1.0 - float(d)) for i, d in zip(found["ids"][0], found["distances"][0])]

    @guarded
    def vectors(self, chunk_ids: list[str]) -> tuple[list[str], np.ndarray]:
        """The stored (normalised) vectors of these chunks, with their ids in the order returned."""
        if not chunk_ids:
            return [], np.zeros((0, 0), dtype=np.float32)
        found = self.chunks.get(ids=chunk_ids, include=["embeddings"])
        return list(found["ids"]), np.asarray(found["embeddings"], dtype=np.float32)
