"""The meeting records, read once per store generation: what answers about people, periods and
abbreviations look through, without a Chroma call per question."""

from __future__ import annotations

import threading
from typing import Protocol

from ingest.models import Meeting
from swedish.text import fold

from .search import SearchFilters
from .store import ChromaStore

RECHECK_S = 1.0  # seconds between asking the store whether the records changed: an answer looks many times


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
        return self._loaded()[1]

    def _loaded(self) -> tuple[int, list[Meeting]]:
        generation = self.store.generation(max_age_s=RECHECK_S)
        with self._lock:
            if generation != self._generation:
                self._meetings = self.store.all_meetings()
                self._by_id = {m.id: m for m in self._meetings}
                self._generation = generation
            return self._generation, self._meetings

    def records(self) -> tuple[int, list[Meeting]]:
        """The store generation and every record of it, appendices included, newest first. Asked on every
        request that access rules apply to; like every look here it asks the store at most every `RECHECK_S`
        seconds, so a change to the store reaches the access check up to that much later."""
        return self._loaded()

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
        bodies = {fold(b) for b in filters.bodies}  # as the lexical index compares them: "Gjuteri" is "gjuteri"
        return [m for m in self._current() if not m.appendix_label and body in m.body.lower()
                and (filters.meeting_ids is None or m.id in filters.meeting_ids)
                and (not bodies or fold(m.body) in bodies)
                and (not dated or (m.date and low <= m.date <= high))]


class ReadableMeetings:
    """A lookup that sees only the meetings in `meeting_ids`: those the person asking may read, so that no
    answer (people, periods, glossary, the bodies a question names) draws on any other."""

    def __init__(self, lookup: MeetingLookup, meeting_ids: frozenset[str]):
        self.lookup = lookup
        self.meeting_ids = meeting_ids

    def meeting(self, meeting_id: str) -> Meeting | None:
        return self.lookup.meeting(meeting_id) if meeting_id in self.meeting_ids else None

    def meetings(self, filters: SearchFilters | None = None) -> list[Meeting]:
        return [m for m in self.lookup.meetings(filters) if m.id in self.meeting_ids]
