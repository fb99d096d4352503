"""Indexing and search: meetings → chunks → Chroma (vectors) + BM25 (words) → fused hits.

Depends on `ingest.models` only; knows nothing of HTTP or the command line.
"""

from .chunks import Chunk, chunks_for
from .embedder import DEFAULT_MODEL, Embedder
from .indexer import Indexer, IndexReport
from .provenance import EmbeddingMismatch
from .search import Hit, HybridSearcher, Retriever, SearchFilters
from .store import ChromaStore, StoreUnavailable

__all__ = ["Chunk", "chunks_for", "DEFAULT_MODEL", "Embedder", "EmbeddingMismatch", "Indexer", "IndexReport", "Hit",
           "HybridSearcher", "Retriever", "SearchFilters", "ChromaStore", "StoreUnavailable"]
