"""Where the embedding model runs: PyTorch, or ONNX Runtime on a local export (float32 or int8).

The ONNX backends export the configured model from its folder on disk (the packaged default included:
nothing is fetched from a hub) once, into `cache_dir/<name>-<backend>/`, and reuse that export on every
later start. The whole sentence-transformers pipeline (transformer, pooling, normalisation) is traced into
one graph, so the vectors are the torch backend's up to float error; int8 quantises the weight matrices
(per channel, dynamic) and keeps activations in float. An export is written into a temporary folder that is
renamed into place when complete, so two processes starting at once never read half an export.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import threading
import uuid
import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

BACKENDS = ("torch", "onnx", "onnx-int8")
MANIFEST = "minutes-export.json"  # written last: a folder without it is not an export
EXPORT_VERSION = 1  # raise when the export itself changes, so old exports are replaced
_EXPORTING = threading.Lock()
PARALLEL_BATCH = 8  # texts per single-threaded ONNX run in `encode_many`


class TorchEncoder:
    """The model on PyTorch through sentence-transformers."""

    def __init__(self, path: str, device: str = "cpu"):
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()  # no "Loading weights" bar in CLI output
        self.model = SentenceTransformer(path, device=device)
        # sentence-transformers 6 renamed the method; older releases only have the old name.
        get = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        self.dimension = int(get())

    def encode_many(self, texts: list[str], batch_size: int) -> np.ndarray:
        """Many texts (sorted by length, so batches pad little), batch after batch."""
        return np.vstack([self.encode(texts[start:start + batch_size]) for start in range(0, len(texts), batch_size)])

    def encode(self, texts: list[str]) -> np.ndarray:
        """One model call over `texts`; normalised float32 vectors."""
        return self.model.encode(texts, batch_size=max(1, len(texts)), normalize_embeddings=True,
                                 convert_to_numpy=True, show_progress_bar=False).astype(np.float32)


class OnnxEncoder:
    """An export made by `export` (see `exported`), run with ONNX Runtime."""

    def __init__(self, folder: Path):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        self.dimension = int(manifest["dimension"])
        self.lower = bool(manifest.get("lower_case"))
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(int(manifest["max_seq_length"]))
        self.tokenizer.enable_padding(pad_id=int(manifest["pad_id"]), pad_token=manifest["pad_token"])
        options = ort.SessionOptions()
        # Spinning worker threads only burn the cores that other requests and processes need.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = ort.InferenceSession(str(folder / "model.onnx"), options, providers=["CPUExecutionProvider"])
        self.inputs = [i.name for i in self.session.get_inputs()]
        self._path = folder / "model.onnx"
        self._single: ort.InferenceSession | None = None  # one thread per run, for `encode_many`
        self._single_lock = threading.Lock()

    def encode_many(self, texts: list[str], batch_size: int) -> np.ndarray:
        """Many texts (sorted by length) in small batches, one batch per core at a time, each run on one thread.
        A model this small leaves cores idle inside one run; runs side by side encoded ingest texts 1.6× as fast
        as one run on both cores (batches of 8 faster than 32) on the 2-core machine of the benchmarks."""
        size = min(batch_size, PARALLEL_BATCH)
        batches = [texts[start:start + size] for start in range(0, len(texts), size)]
        workers = min(len(batches), os.cpu_count() or 1)
        if workers <= 1:
            return np.vstack([self.encode(batch) for batch in batches])
        session = self._single_threaded()
        with ThreadPoolExecutor(workers, thread_name_prefix="encode") as pool:
            return np.vstack(list(pool.map(lambda batch: self.encode(batch, session), batches)))

    def _single_threaded(self):
        import onnxruntime as ort

        with self._single_lock:
            if self._single is None:
                options = ort.SessionOptions()
                options.intra_op_num_threads = 1
                options.inter_op_num_threads = 1
                self._single = ort.InferenceSession(str(self._path), options, providers=["CPUExecutionProvider"])
            return self._single

    def encode(self, texts: list[str], session=None) -> np.ndarray:
        """One model call over `texts` (on `session`, or the one that uses every core); normalised float32 vectors."""
        encoded = self.tokenizer.encode_batch([t.lower() for t in texts] if self.lower else texts)
        columns = {"input_ids": [e.ids for e in encoded], "attention_mask": [e.attention_mask for e in encoded],
                   "token_type_ids": [e.type_ids for e in encoded]}
        feed = {name: np.asarray(columns[name], dtype=np.int64) for name in self.inputs}
        vectors = (session or self.session).run(None, feed)[0].astype(np.float32)
        return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)


def export_folder(cache_dir: Path, model_name: str, backend: str) -> Path:
    """Where a model's export for a backend lives: `cache_dir/<model folder or name>-<backend>`."""
    name = Path(model_name.rstrip("/")).name or "model"
    return cache_dir / f"{name}-{backend}"


def source_fingerprint(source: Path) -> dict:
    """What identifies the model an export was made from: its folder and its weight files' sizes."""
    weights = sorted((p.name, p.stat().st_size) for p in source.rglob("*")
                     if p.suffix in (".safetensors", ".bin", ".pt") and p.is_file())
    return {"source": str(source.resolve()), "weights": weights, "version": EXPORT_VERSION}


def exported(source: str, folder: Path, backend: str) -> Path:
    """`folder` holding a complete export of `source` for `backend`, made now if missing or stale."""
    fingerprint = source_fingerprint(Path(source))
    if _matches(folder, fingerprint):
        return folder
    with _EXPORTING:  # the ONNX exporter keeps global state: one export at a time in a process
        if not _matches(folder, fingerprint):
            _export_into_place(source, folder, backend, fingerprint)
    return folder


def _export_into_place(source: str, folder: Path, backend: str, fingerprint: dict) -> None:
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = folder.parent / f".{folder.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}"
    try:
        export(source, staging, quantize=backend == "onnx-int8", fingerprint=fingerprint)
        _move_into_place(staging, folder, fingerprint)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _matches(folder: Path, fingerprint: dict) -> bool:
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return manifest.get("fingerprint") == json.loads(json.dumps(fingerprint))


def _move_into_place(staging: Path, folder: Path, fingerprint: dict) -> None:
    """Rename the finished export into place; a stale one is moved aside first, a fresh one by a racing
    process is kept (both are the same export)."""
    if folder.exists() and not _matches(folder, fingerprint):
        old = folder.parent / f".{folder.name}.old-{uuid.uuid4().hex[:8]}"
        try:
            os.rename(folder, old)
        except OSError:
            pass  # another process moved it already
        shutil.rmtree(old, ignore_errors=True)
    try:
        os.rename(staging, folder)
    except OSError:
        if not _matches(folder, fingerprint):
            raise


def export(source: str, target: Path, *, quantize: bool, fingerprint: dict) -> None:
    """Trace the sentence-transformers pipeline of `source` into `target/model.onnx` (int8 when `quantize`)."""
    import torch
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()
    model = SentenceTransformer(source, device="cpu").eval()
    tokenize = getattr(model, "preprocess", None) or model.tokenize  # renamed in sentence-transformers 6
    sample = tokenize(["en kort mening", "en något längre mening om budgeten för nästa år"])
    names = [n for n in ("input_ids", "attention_mask", "token_type_ids") if n in sample]
    target.mkdir(parents=True)
    graph = target / ("float32.onnx" if quantize else "model.onnx")
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the tracer's notes on shape checks that are constant for this model
        torch.onnx.export(_pipeline_class()(model, names), tuple(sample[n] for n in names), str(graph),
                          input_names=names, output_names=["sentence_embedding"], opset_version=17, dynamo=False,
                          dynamic_axes={**{n: {0: "batch", 1: "tokens"} for n in names},
                                        "sentence_embedding": {0: "batch"}})
    if quantize:
        _quantize(graph, target / "model.onnx")
        graph.unlink()
    _write_tokenizer_and_manifest(model, target, fingerprint)


def _quantize(graph: Path, out: Path) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    # Only weight matrices (constant B), per output channel: quantising the attention products as well, or
    # one scale per matrix, moved vectors by up to 0.15 in cosine; this keeps them within about 0.02.
    logging.disable(logging.WARNING)  # the quantiser's advice on static quantisation, printed on the root logger
    try:
        quantize_dynamic(str(graph), str(out), op_types_to_quantize=["MatMul"], per_channel=True,
                         weight_type=QuantType.QInt8, extra_options={"MatMulConstBOnly": True})
    finally:
        logging.disable(logging.NOTSET)


def _write_tokenizer_and_manifest(model, target: Path, fingerprint: dict) -> None:
    tokenizer = model.tokenizer
    tokenizer.save_pretrained(str(target))  # tokenizer.json: the fast tokenizer, read by `tokenizers` alone
    get = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
    manifest = {"fingerprint": fingerprint, "dimension": int(get()), "max_seq_length": int(model.max_seq_length),
                "pad_id": int(tokenizer.pad_token_id or 0), "pad_token": tokenizer.pad_token or "[PAD]",
                "lower_case": bool(getattr(model[0], "do_lower_case", False))}
    (target / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


def _pipeline_class():
    import torch

    class Pipeline(torch.nn.Module):
        """The sentence-transformers model called with positional tensors, as the ONNX exporter calls it."""

        def __init__(self, model, names: list[str]):
            super().__init__()
            self.model, self.names = model, names

        def forward(self, *tensors):
            return self.model(dict(zip(self.names, tensors)))["sentence_embedding"]

    return Pipeline
