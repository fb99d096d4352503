"""Building the index components from settings; shared by the CLI and the API."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from answer import Answerer
from index import ChromaStore, Embedder, HybridSearcher, Indexer, StoreUnavailable
from index.backends import BACKENDS
from index.embedder import model_key
from index.provenance import made_by
from index.catalog import MeetingCatalog

from .access import AccessRules
from .audit import AuditLog
from .auth import Authenticator
from .settings import Settings


@dataclass
class Components:
    settings: Settings

    @cached_property
    def store(self) -> ChromaStore:
        if not self.settings.chroma_url:
            self.settings.data_dir.mkdir(parents=True, exist_ok=True)
        return ChromaStore(path=self.settings.chroma_path, url=self.settings.chroma_url)

    @cached_property
    def embedder(self) -> Embedder:
        return self.make_embedder(self.embedding_backend)

    def make_embedder(self, backend: str) -> Embedder:
        s = self.settings
        return Embedder(model=s.embedding_model, query_prefix=s.query_prefix, passage_prefix=s.passage_prefix,
                        backend=backend, cache_dir=s.models_dir, batch_queries=s.query_batching,
                        batch_window_s=s.query_batch_window_ms / 1000)

    @cached_property
    def embedding_backend(self) -> str:
        """MINUTES_EMBEDDING_BACKEND when set; otherwise the backend the index was built with, so an index
        built before the default changed keeps working, and the default for an empty index."""
        s = self.settings
        if "embedding_backend" in s.model_fields_set:
            return s.embedding_backend
        try:
            found = made_by(self.store, model_key(s.embedding_model))
        except StoreUnavailable:
            return s.embedding_backend
        usable = found and found.get("complete", True) and found["backend"] in BACKENDS
        return found["backend"] if usable else s.embedding_backend

    @cached_property
    def searcher(self) -> HybridSearcher:
        s = self.settings
        return HybridSearcher(store=self.store, embedder=self.embedder, lexical_weight=s.lexical_weight,
                              dense_weight=s.dense_weight, min_relative_score=s.min_relative_score,
                              min_support=s.min_support, decision_boost=s.decision_boost,
                              cache_dir=s.lexical_cache_path)

    @cached_property
    def catalog(self) -> MeetingCatalog:
        return MeetingCatalog(store=self.store)

    @cached_property
    def answerer(self) -> Answerer:
        return Answerer(retriever=self.searcher, lookup=self.catalog)

    @cached_property
    def indexer(self) -> Indexer:
        return Indexer(store=self.store, embedder=self.embedder, max_chars=self.settings.chunk_max_chars)

    @cached_property
    def authenticator(self) -> Authenticator:
        return Authenticator(self.settings)

    @cached_property
    def access(self) -> AccessRules:
        """The rule file's policy; AccessFileError here stops `minutes serve` with the line and the reason."""
        return AccessRules(self.settings.access_file)

    @cached_property
    def audit(self) -> AuditLog | None:
        s = self.settings
        return AuditLog(s.audit_log, retention_days=s.audit_retention_days) if s.audit_log else None
