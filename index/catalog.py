"""The meeting records, read once per store generation: what answers about people, periods and
abbreviations look through, without a Chroma call per question."""

from __future__ import annotations

import threading
from typing import Protocol

from ingest.models import Meeting

from .search import SearchFilters
from .store import ChromaStore


class MeetingLookup(Protocol):
    def meeting(self, meeting_id: str) -> Meeting | None: ...

    def meetings(self, filters: SearchFilters | None = None) -> list[Meeting]: ...


class MeetingCatalog:
    """All meeting records of the store, newest first, reloaded when the store's generation changes."""

    def __init__(self, *, store: ChromaStore):
        self.store = store
        self._generation = -1
        self._meetings: list[Meeting] = []
        self._by_id: dict[str, Meeting] = {}
        self._lock = threading.Lock()

    def warm_up(self) -> None:
        self._current()

    def _current(self) -> list[Meeting]:
        generation = self.store.generation()
        with self._lock:
            if generation != self._generation:
                self._meetings = self.store.all_meetings()
                self._by_id = {m.id: m for m in self._meetings}
                self._generation = generation
            return self._meetings

    def meeting(self, meeting_id: str) -> Meeting | None:
        self._current()
        return self._by_id.get(meeting_id)

    def meetings(self, filters: SearchFilters | None = None) -> list[Meeting]:
        """Meetings (not appendices) within the filters, newest first."""
        filters = filters or SearchFilters()
        low = filters.date_from.isoformat() if filters.date_from else ""
        high = filters.date_to.isoformat() if filters.date_to else "9999"
        dated = bool(filters.date_from or filters.date_to)  # undated meetings only pass when no dates are asked
        body = (filters.body or "").lower()
        return [m for m in self._current() if not m.appendix_label and body in m.body.lower()
                and (not filters.bodies or m.body in filters.bodies)
                and (not dated or (m.date and low <= m.date <= high))]
