"""Which embedding model and backend made an index's vectors, so that vectors of two never meet.

The first write records (model, backend) in the store; every later write and every searcher checks it
against its own embedder. An index written before the record existed counts as the torch backend with
the configured model (the only backend there was). `reembed` replaces every vector with the current
embedder's; while it runs the record says so, and an interrupted run is refused until it is run again.
"""

from __future__ import annotations

from .embedder import Embedder
from .store import ChromaStore

LEGACY_BACKEND = "torch"


class EmbeddingMismatch(Exception):
    """The index's vectors come from another model or backend than the configured one."""


def made_by(store: ChromaStore, model: str) -> dict | None:
    """{"model", "backend", "complete"} of the stored vectors; None when the index holds none."""
    record = store.embedding_record()
    if not store.count_chunks():
        return None
    return record or {"model": model, "backend": LEGACY_BACKEND, "complete": True}


def check(store: ChromaStore, embedder: Embedder, *, writing: bool = False) -> None:
    """Raise EmbeddingMismatch unless the stored vectors are `embedder`'s; a writer records its identity."""
    model, backend = embedder.identity
    found = made_by(store, model)
    if found is not None:
        if not found.get("complete", True):
            raise EmbeddingMismatch("en omkodning av indexets vektorer avbröts innan den blev klar; kör "
                                    "`minutes reembed` igen")
        if (found["model"], found["backend"]) != (model, backend):
            raise EmbeddingMismatch(mismatch_message(found["model"], found["backend"], model, backend))
    if writing and store.embedding_record() != {"model": model, "backend": backend, "complete": True}:
        store.record_embedding(model, backend)


def mismatch_message(stored_model: str, stored_backend: str, model: str, backend: str) -> str:
    return (f"indexets vektorer är gjorda med modellen {stored_model} och bakänden {stored_backend}, men "
            f"inställningarna anger modellen {model} och bakänden {backend}, och vektorer från olika modeller "
            f"eller bakändar kan inte blandas. Sätt MINUTES_EMBEDDING_BACKEND={stored_backend} och "
            f"MINUTES_EMBEDDING_MODEL={stored_model}, eller koda om indexet med de nya inställningarna: "
            "`minutes reembed`")


def reembed(store: ChromaStore, embedder: Embedder, *, batch: int = 2048) -> int:
    """Replace every stored vector with `embedder`'s; returns the number of chunks re-embedded."""
    model, backend = embedder.identity
    chunks = store.all_chunks()
    store.record_embedding(model, backend, complete=False)
    for start in range(0, len(chunks), batch):
        part = chunks[start:start + batch]
        store.replace_vectors([c.id for c in part], embedder.embed_passages([c.search_text for c in part]))
    store.record_embedding(model, backend)
    store.bump_generation()  # other processes re-check the record when the generation moves
    return len(chunks)
