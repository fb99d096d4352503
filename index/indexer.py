"""Writing meetings into the store: idempotent by content hash, one file → one current meeting."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ingest.models import Meeting

from .chunks import chunks_for
from .embedder import Embedder
from .provenance import check
from .store import ChromaStore


@dataclass
class IndexReport:
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    chunks: int = 0

    def merge(self, other: IndexReport) -> None:
        for name in ("added", "unchanged", "replaced", "duplicates"):
            getattr(self, name).extend(getattr(other, name))
        self.chunks += other.chunks


class Indexer:
    def __init__(self, *, store: ChromaStore, embedder: Embedder, max_chars: int):
        self.store = store
        self.embedder = embedder
        self.max_chars = max_chars
        self._stored: dict[str, tuple[str, str]] | None = None  # meeting id → (source, hash), read by repair()

    def warm_up(self) -> None:
        self.embedder.warm_up()

    def repair(self) -> int:
        """Remove what an interrupted ingest left half-written; call once before ingesting.

        It also reads which meetings are stored, once: later `run` calls of the same job keep
        that list up to date instead of reading every meeting record again for each batch.
        """
        self._stored = self.store.meeting_hashes()
        return self.store.delete_orphan_chunks(known=set(self._stored))

    def remove(self, keys: set[str]) -> list[str]:
        """Delete the meetings whose source file or meeting id is among `keys`; returns the removed ids."""
        removed = [mid for mid, (source, _) in self.store.meeting_hashes().items() if source in keys or mid in keys]
        for meeting_id in removed:
            self.store.delete_meeting(meeting_id)
            if self._stored is not None:
                self._stored.pop(meeting_id, None)
        return removed

    def stored_sources(self) -> set[str]:
        return {source for source, _ in self.store.meeting_hashes().values()}

    def run(self, meetings: list[Meeting]) -> IndexReport:
        """Store new and changed meetings; drop meetings of the same files that the files no longer hold."""
        report = IndexReport()
        stored = self._stored if self._stored is not None else self.store.meeting_hashes()
        current_ids: dict[str, set[str]] = {}
        for meeting in meetings:
            current_ids.setdefault(meeting.source, set()).add(meeting.id)
        fresh = {meeting.id: meeting.content_hash for meeting in meetings}
        for old_id, (source, stored_hash) in list(stored.items()):
            changed = source in current_ids and old_id not in current_ids[source]  # the file changed
            reread = source in current_ids and old_id in fresh and stored_hash != fresh[old_id]  # a newer parser
            if changed or reread:
                self.store.delete_meeting(old_id)  # its old version goes
                del stored[old_id]
                report.replaced.append(source)
        new = self._linked(self._new(meetings, stored, report))
        chunks = [chunks_for(meeting, max_chars=self.max_chars) for meeting in new]
        # One model call for the whole batch: the embedder sorts all texts by length into full batches.
        flat = [c for group in chunks for c in group]
        if new:
            check(self.store, self.embedder, writing=True)  # never vectors of two models or backends in one index
        self.store.put_meetings(new, flat, self.embedder.embed_passages([c.search_text for c in flat]))
        for meeting, group in zip(new, chunks):
            stored[meeting.id] = (meeting.source, meeting.content_hash)
            report.added.append(meeting.source)
            report.chunks += len(group)
        if report.added:
            self.store.bump_generation()  # once per batch: other processes reload their lexical index
        return report

    def _linked(self, new: list[Meeting]) -> list[Meeting]:
        """The meetings with each appendix ('Bilaga 1') tied to the minutes of its date (same folder first)."""
        if not any(m.appendix_label and not m.appendix_of for m in new):
            return new
        mains = [(m.id, m.source, m.date, m.body) for m in new if not m.appendix_label]
        mains += [(i, s.source, s.date, s.body) for i, s in self.store.stored_meetings().items() if not s.appendix_of]
        return [_linked_appendix(m, mains) if m.appendix_label and not m.appendix_of else m for m in new]

    @staticmethod
    def _new(meetings: list[Meeting], stored: dict, report: IndexReport) -> list[Meeting]:
        """The meetings not stored yet; unchanged ones and copies under another name are reported."""
        new: dict[str, Meeting] = {}
        for meeting in meetings:
            kept = stored.get(meeting.id, (None,))[0] or (new[meeting.id].source if meeting.id in new else None)
            if kept is None:
                new[meeting.id] = meeting
            elif kept == meeting.source:
                report.unchanged.append(meeting.source)
            else:
                report.duplicates.append(f"{meeting.source} har samma innehåll som {kept}; {kept} behölls")
        return list(new.values())


def _linked_appendix(appendix: Meeting, mains: list[tuple[str, str, str | None, str]]) -> Meeting:
    same_day = sorted((m for m in mains if appendix.date and m[2] == appendix.date),
                      key=lambda m: Path(m[1]).parent != Path(appendix.source).parent)
    if not same_day:
        return appendix.model_copy(update={
            "flags": [*appendix.flags, "hittade inget protokoll från samma datum att koppla bilagan till"]})
    main_id, _, _, body = same_day[0]
    return appendix.model_copy(update={"appendix_of": main_id, "body": body})
