"""Embedding backends: local ONNX exports (float32 and int8) of the packaged model, their reuse, and the
index's record of which model and backend made its vectors."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from index import ChromaStore, EmbeddingMismatch, Indexer
from index.backends import MANIFEST, export_folder
from index.embedder import DEFAULT_MODEL, Embedder
from index.provenance import check, reembed
from ingest import parse_file

from tests.conftest import ROOT, TEST_MINUTES
from tests.index.conftest import MAX_CHARS, put

pytestmark = pytest.mark.model

TEXTS = ["Vad beslutades om kamerabesök?", "budget", "Styrelsen beslutar att köpa tvåan enligt den billigaste "
         "offerten och att finansiera köpet med medel ur båtfonden.", "Hemtjänsten erbjuder trygghetsbesök via "
         "kamera nattetid som alternativ till fysiskt besök. " * 12]
MINIMUM_COSINE = {"onnx": 0.999, "onnx-int8": 0.97}  # int8 measured 0.98–0.995 on corpus texts


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    """One data folder's exports, made once for the module."""
    return tmp_path_factory.mktemp("data") / "models"


@pytest.fixture(scope="module")
def onnx_embedders(models) -> dict[str, Embedder]:
    embedders = {backend: Embedder(backend=backend, cache_dir=models) for backend in MINIMUM_COSINE}
    for embedder in embedders.values():
        embedder.warm_up()
    return embedders


@pytest.mark.parametrize("backend", sorted(MINIMUM_COSINE))
def test_onnx_export_gives_the_torch_vectors(backend, onnx_embedders, embedder, models):
    folder = export_folder(models, DEFAULT_MODEL, backend)
    assert (folder / "model.onnx").is_file() and (folder / MANIFEST).is_file()
    ours = onnx_embedders[backend]
    cosines = np.sum(ours.embed_passages(TEXTS) * embedder.embed_passages(TEXTS), axis=1)
    assert cosines.min() > MINIMUM_COSINE[backend], cosines
    query = ours.embed_query("båtarna")
    assert query.dtype == np.float32 and abs(np.linalg.norm(query) - 1) < 1e-4 and ours.dimension == 384


def test_the_export_is_reused_on_the_next_start(onnx_embedders, models):
    folder = export_folder(models, DEFAULT_MODEL, "onnx")
    before = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    again = Embedder(backend="onnx", cache_dir=models)
    again.warm_up()
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == before
    assert [p.name for p in models.iterdir() if p.name.startswith(".")] == []  # no staging folders left


def test_two_processes_exporting_at_once_leave_one_complete_export(tmp_path):
    folder = tmp_path / "models" / "m-onnx"
    code = f"from index.backends import exported; from index.embedder import resolve_model; " \
           f"exported(resolve_model({DEFAULT_MODEL!r}), __import__('pathlib').Path({str(folder)!r}), 'onnx')"
    processes = [subprocess.Popen([sys.executable, "-c", code], cwd=ROOT) for _ in range(2)]
    assert [p.wait(timeout=300) for p in processes] == [0, 0]
    assert sorted(p.name for p in folder.parent.iterdir()) == ["m-onnx"]  # no staging folder left behind
    assert (folder / MANIFEST).is_file() and (folder / "model.onnx").is_file()


def repo_meeting():
    return parse_file(next(TEST_MINUTES.glob("byggnadsnamnden-*.txt"))).meetings


def test_an_index_built_with_torch_refuses_onnx_until_re_embedded(tmp_path, embedder, onnx_embedders):
    store = ChromaStore(path=str(tmp_path / "chroma"))
    Indexer(store=store, embedder=embedder, max_chars=MAX_CHARS).run(repo_meeting())
    assert store.embedding_record() == {"model": DEFAULT_MODEL, "backend": "torch", "complete": True}
    onnx = onnx_embedders["onnx"]
    with pytest.raises(EmbeddingMismatch, match="MINUTES_EMBEDDING_BACKEND=torch.*minutes reembed"):
        check(store, onnx)
    with pytest.raises(EmbeddingMismatch):  # nor can ingest add onnx vectors to it
        Indexer(store=store, embedder=onnx, max_chars=MAX_CHARS).run(parse_file(
            next(TEST_MINUTES.glob("elevradet-*.txt"))).meetings)
    assert reembed(store, onnx) == store.count_chunks()
    check(store, onnx)
    with pytest.raises(EmbeddingMismatch, match="bakänden onnx"):
        check(store, embedder)


def test_an_index_from_before_the_record_counts_as_torch(tmp_path, embedder, onnx_embedders):
    store = ChromaStore(path=str(tmp_path / "chroma"))
    put(store, repo_meeting())  # vectors written without a record, as every index before it was
    assert store.embedding_record() is None
    check(store, embedder)
    with pytest.raises(EmbeddingMismatch, match="bakänden torch"):
        check(store, onnx_embedders["onnx-int8"])


def test_an_interrupted_re_embedding_is_refused(tmp_path, embedder):
    store = ChromaStore(path=str(tmp_path / "chroma"))
    Indexer(store=store, embedder=embedder, max_chars=MAX_CHARS).run(repo_meeting())
    store.record_embedding(DEFAULT_MODEL, "torch", complete=False)
    with pytest.raises(EmbeddingMismatch, match="minutes reembed"):
        check(store, embedder)


def test_many_passages_are_encoded_side_by_side_in_their_own_order(onnx_embedders):
    # More than one batch per core: the single-threaded runs side by side (encode_many) give every text its own
    # vector, in order. (int8 scales activations per run, so a text's vector moves a little with its batch.)
    texts = [f"Punkt {n}: styrelsen beslutade att köpa {n} nya båtar" + " och åror" * (n % 7) for n in range(40)]
    for backend, minimum in (("onnx", 0.9999), ("onnx-int8", 0.98)):
        ours = onnx_embedders[backend]
        together = ours.embed_passages(texts)
        alone = np.vstack([ours.embed_passages([text]) for text in texts])
        assert np.sum(together * alone, axis=1).min() > minimum
