"""What every answer strategy gets: the understood question and the two ways into the minutes."""

from __future__ import annotations

from dataclasses import dataclass

from index.catalog import MeetingLookup
from index.query import Query
from index.search import Retriever, SearchFilters
from swedish.synonyms import synonyms


@dataclass(frozen=True)
class Context:
    query: Query
    filters: SearchFilters
    retriever: Retriever
    lookup: MeetingLookup
    top_k: int
    max_quotes: int
    body_words: tuple[str, ...] = ()  # the question's words that named the bodies in `filters` ("pro", "ekbackas")

    @property
    def question(self) -> str:
        return self.query.question

    @property
    def wanted(self) -> set[str]:
        """The question's word stems and their synonyms' ("köpt": "inköp"), for choosing the sentences to quote."""
        return set(self.query.tokens).union(*(synonyms(token) for token in self.query.tokens))
