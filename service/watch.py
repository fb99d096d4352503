"""`minutes watch`: keeps the index in step with folders of minutes as files arrive, change and go.

What it is for: an organisation drops new minutes into a shared folder every week. The watcher reads a new
or changed file once it has stopped changing (the same size and modification time for
`MINUTES_WATCH_SETTLE_S` seconds, so a file copied in slowly is read once, complete), removes the meetings
of files that were deleted or moved away, and on start catches up with what changed while it was down.
Reading and indexing are `service.ingestion.ingest_paths` and `index.Indexer`, exactly as for
`minutes ingest` (unchanged content is skipped by its hash, a changed file replaces its meeting); this
module only decides which files, and when.

File events come from watchdog: the operating system's own notifications (inotify on Linux) where they
work, otherwise polling (every file's size and time read each `MINUTES_WATCH_POLL_INTERVAL_S` seconds):
with `--poll` (`MINUTES_WATCH_POLL`), on network file systems (NFS, SMB/CIFS, 9p, sshfs …: changes made by
other machines never reach inotify), and when native events cannot start (e.g. inotify's watch limit).

The state (mode, last sync, files waiting, failed files with their reasons) is written atomically to
`DATA_DIR/watch.json`, at each change and at least every `HEARTBEAT_S`; `GET /api/status` reads it.
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler

from index import EmbeddingMismatch, StoreUnavailable
from index.embedder import ModelNotFound
from ingest import find_files
from ingest.readers import SUPPORTED_SUFFIXES

from .ingestion import IngestSummary, ingest_paths
from .wiring import Components

log = logging.getLogger("minutes.watch")

HEARTBEAT_S = 30.0  # the state file is rewritten at least this often while the watcher runs
STALE_S = 3 * HEARTBEAT_S  # a state file not rewritten for this long belongs to a watcher that is gone
NETWORK_FILESYSTEMS = frozenset({"nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs", "ceph", "glusterfs",
                                 "fuse.sshfs", "fuse.rclone", "fuse.s3fs", "davfs", "fuse.davfs2"})
_FILE_EVENTS = frozenset({"created", "modified", "closed", "deleted", "moved"})  # not opened/closed_no_write/attrib
_DIR_EVENTS = frozenset({"created", "deleted", "moved"})
_UNSEEN = ("unseen",)  # a signature no file has: the next look always counts as a change


def wanted(path: Path) -> bool:
    """A file `minutes ingest` would pick up in a folder (the same rule as `ingest.find_files`)."""
    return path.suffix.lower() in SUPPORTED_SUFFIXES and not path.name.startswith((".", "~$"))


def _signature(path: Path) -> tuple[int, int] | None:
    """(size, modification time in ns), or None when there is no such file."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


def _age(path: Path) -> float:
    """Seconds since the file was last changed."""
    signature = _signature(path)
    return time.time() - signature[1] / 1e9 if signature else 0.0


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _under(path: str, roots: Iterable[str]) -> bool:
    return any(path == root or path.startswith(root.rstrip("/") + "/") for root in roots)


class Settling:
    """Paths that changed, each let through once it has kept its size and mtime for `settle_s` seconds."""

    def __init__(self, settle_s: float):
        self.settle_s = settle_s
        self._paths: dict[Path, tuple[object, float]] = {}  # path → (signature last seen, since when)
        self._lock = threading.Lock()

    def touch(self, path: Path) -> None:
        with self._lock:
            self._paths[path] = (_UNSEEN, time.monotonic())

    def due(self) -> tuple[list[Path], list[Path]]:
        """The settled paths: (files that are there, paths that are gone)."""
        ready, gone = [], []
        now = time.monotonic()
        with self._lock:
            for path, (seen, since) in list(self._paths.items()):
                current = _signature(path)
                if current != seen:
                    self._paths[path] = (current, now)
                elif now - since >= self.settle_s:
                    del self._paths[path]
                    (gone if current is None else ready).append(path)
        return ready, gone

    def waiting(self) -> list[str]:
        with self._lock:
            return sorted(str(p) for p in self._paths)


class _Events(FileSystemEventHandler):
    """watchdog's events, in its thread: each changed minutes file (or folder) is handed to `Settling`."""

    def __init__(self, settling: Settling):
        self.settling = settling

    def on_any_event(self, event: FileSystemEvent) -> None:
        kinds = _DIR_EVENTS if event.is_directory else _FILE_EVENTS
        if event.event_type not in kinds:
            return
        for raw in (event.src_path, event.dest_path):
            if not raw:
                continue
            path = Path(os.fsdecode(raw))
            if event.is_directory and path.is_dir():  # a folder copied or moved in: its files
                for file in find_files([path])[0]:
                    self.settling.touch(file)
            elif event.is_directory or wanted(path):  # a folder that went away: its meetings go
                self.settling.touch(path)


def network_filesystem(folder: Path, mounts: str | None = None) -> str | None:
    """The type of the network file system `folder` lies on (read from /proc/mounts), or None."""
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    best, kind = "", ""
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), fields[1])  # "\040" is a space
        if _under(str(folder), [point]) and len(point) >= len(best):
            best, kind = point, fields[2]
    return kind if kind in NETWORK_FILESYSTEMS else None


def write_state(path: Path, state: dict) -> None:
    """Write the JSON file atomically: a reader sees the old complete file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, staging = tempfile.mkstemp(prefix=".watch-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            json.dump(state, file, ensure_ascii=False, indent=1)
        os.replace(staging, path)
    except BaseException:
        Path(staging).unlink(missing_ok=True)
        raise


def read_state(path: Path) -> dict | None:
    """The watcher's last written state, with `running` false when it has not written for `STALE_S`."""
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
        updated = datetime.fromisoformat(state["updated"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    state["running"] = bool(state.get("running")) and \
        (datetime.now(timezone.utc) - updated).total_seconds() < STALE_S
    return state


@dataclass
class WatchSummary:
    read: int = 0  # files whose meetings were new or changed
    removed: int = 0  # files whose meetings were removed
    failed: int = 0
    waiting: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        ran = f"{self.seconds:.0f} s" if self.seconds < 120 else f"{self.seconds / 60:.0f} min"
        return (f"Stoppad: {self.read} filer inlästa, {self.removed} borttagna, {self.failed} fel, "
                f"{self.waiting} väntande, körde {ran}")


class Watcher:
    """Follows `folders` until `run`'s stop event is set (or Ctrl-C); `say` gets a Swedish line per event."""

    def __init__(self, comps: Components, folders: list[Path], *, settle_s: float, poll: bool = False,
                 poll_interval_s: float = 2.0, say: Callable[[str], None] = lambda line: None):
        self.comps = comps
        self.folders = [Path(f).resolve() for f in folders]
        self.poll, self.poll_interval_s, self.say = poll, poll_interval_s, say
        self.settling = Settling(settle_s)
        self.tick_s = max(0.05, min(0.5, settle_s / 4))
        self.state_path = comps.settings.watch_state_path
        self.mode, self.mode_reason = "", ""
        self.failed: dict[str, dict] = {}  # path → {"reason", "since"}
        self.holds: dict[str, set[str]] = {}  # path → ids of the meetings the file held when last read
        self.summary = WatchSummary()
        self.last_sync: str | None = None
        self.store_error: str | None = None
        self._began, self._written, self._written_at = time.monotonic(), None, 0.0
        self._running = False

    # -- the loop ---------------------------------------------------------------------------------
    def run(self, stop: threading.Event) -> WatchSummary:
        """Start the file events, catch up with the folders, then follow them until `stop` is set."""
        observer = self._start_observer()
        self._running = True
        try:
            self.catch_up()
            while not stop.wait(self.tick_s):
                self.step()
        finally:
            observer.stop()
            observer.join(timeout=10)
            self._running = False
            self._save_state(force=True)
        return self.finish()

    def finish(self) -> WatchSummary:
        self.summary.failed, self.summary.waiting = len(self.failed), len(self.settling.waiting())
        self.summary.seconds = time.monotonic() - self._began
        return self.summary

    def catch_up(self) -> None:
        """What changed while no watcher ran: meetings of vanished files go, the other files are read
        (unchanged ones skipped by content hash); files still being written wait for their turn."""
        files, missing = find_files(self.folders)
        for failure in missing:
            self._failed(str(failure.path), failure.error or "")
        fresh = {f for f in files if _age(f) < self.settling.settle_s}
        for file in fresh:
            self.settling.touch(file)
        # Removal first: a file renamed while the watcher was down is then read anew, not taken for a copy
        # of its old name (whose meeting would then go with the old name).
        self._remove(self.folders)
        summary = self._read([f for f in files if f not in fresh])
        self.say(f"Ikapp vid start: {summary.line() if summary else f'{len(files)} filer, {len(self.failed)} fel'}")
        self._save_state(force=True)

    def step(self) -> None:
        """One look at the changed paths: remove what is gone, read what has settled, save the state."""
        ready, gone = self.settling.due()
        try:
            if gone:
                self._remove(gone)
            if ready:
                self._read(ready)
            elif gone:
                self.comps.searcher.lexical()  # rebuild and save the word index now, as ingest does
            self.store_error = None
        except StoreUnavailable as exc:  # Chroma restarting: the same paths are tried again after settling
            self.store_error = str(exc)
            self.say(f"FEL: {exc}; försöker igen")
            for path in ready + gone:
                self.settling.touch(path)
        self._save_state()

    def _start_observer(self):
        """watchdog's native observer where it works, else polling; says which and why."""
        from watchdog.observers import Observer
        from watchdog.observers.polling import PollingObserver

        reason = "--poll / MINUTES_WATCH_POLL" if self.poll else self._network_reason()
        observer = None
        if reason is None:
            try:
                observer = self._started(Observer(), "native", "filhändelser från operativsystemet")
            except OSError as exc:
                reason = f"filhändelser kunde inte startas: {exc.strerror or exc}"
        if observer is None:
            observer = self._started(PollingObserver(timeout=self.poll_interval_s), "polling", reason)
        how = (f"läser av mapparna var {self.poll_interval_s:g} s, {reason}" if self.mode == "polling"
               else "med filhändelser")
        self.say(f"Följer {', '.join(map(str, self.folders))} ({how}); en fil läses när den varit oförändrad "
                 f"i {self.settling.settle_s:g} s. Ctrl-C stoppar.")
        return observer

    def _started(self, observer, mode: str, reason: str):
        handler = _Events(self.settling)
        for folder in self.folders:
            observer.schedule(handler, str(folder), recursive=True)
        observer.start()
        self.mode, self.mode_reason = mode, reason
        return observer

    def _network_reason(self) -> str | None:
        for folder in self.folders:
            if kind := network_filesystem(folder):
                return f"nätverksfilsystem {kind} i {folder}"
        return None

    # -- reading and removing -----------------------------------------------------------------------
    def _read(self, paths: list[Path]) -> IngestSummary | None:
        """`_ingest`, but an unexpected error (a parser bug on one odd file) must not stop the watcher, nor
        make it fail again on every start: the batch is halved until the file is found, which is then failed
        with the error as its reason (and read again when it changes). None when the batch was split."""
        try:
            return self._ingest(paths)
        except (StoreUnavailable, ModelNotFound, EmbeddingMismatch):
            raise
        except Exception as exc:  # noqa: BLE001 - named in the state, logged with its traceback
            if len(paths) > 1:
                for half in (paths[:len(paths) // 2], paths[len(paths) // 2:]):
                    self._read(half)
                return None
            log.exception("oväntat fel när %s lästes in", paths[0])
            self._failed(str(paths[0].resolve()), f"oväntat fel vid inläsningen ({type(exc).__name__}: {exc})")
            return None

    def _ingest(self, paths: list[Path]) -> IngestSummary:
        """Read these files into the index (one batch); failures are kept with their reasons."""
        results = []
        held_before = set().union(*(self.holds.get(str(p.resolve()), set()) for p in paths))
        summary = ingest_paths(self.comps, paths, on_file=results.append)
        for result in results + [f for f in summary.failures if all(f is not r for r in results)]:
            source = str(result.path.resolve())
            if result.error and not result.path.exists():  # gone before it was read: a deletion
                self.settling.touch(result.path)
            elif result.error:
                self._failed(source, result.error)
            else:
                self.failed.pop(source, None)
                self.holds[source] = {m.id for m in result.meetings}
        self._report(summary)
        self._read_copies(held_before - set().union(*(self.holds.get(str(p.resolve()), set()) for p in paths)))
        self.last_sync = _now()
        return summary

    def _report(self, summary: IngestSummary) -> None:
        added = sorted(set(summary.report.added))
        self.summary.read += len(added)
        for source in added:
            self.say(f"Inläst: {source}")
        for note in summary.report.duplicates:
            self.say(f"Dubblett: {note}")

    def _failed(self, path: str, reason: str) -> None:
        if self.failed.get(path, {}).get("reason") != reason:
            self.say(f"FEL: {path}: {reason}")
            self.failed[path] = {"reason": reason, "since": _now()}

    def _remove(self, paths: list[Path]) -> None:
        """Meetings whose file at or under these paths is gone are removed; a copy of their content under
        another name (reported as a duplicate when it was read) is read again so the content stays."""
        roots = [str(p.resolve()) for p in paths]
        gone = {s for s in self.comps.indexer.stored_sources() if _under(s, roots) and not Path(s).is_file()}
        removed = set(self.comps.indexer.remove(gone)) if gone else set()
        for source in sorted(gone):
            self.say(f"Borttaget (filen finns inte längre): {source}")
        self.summary.removed += len(gone)
        for path in [p for p in [*self.failed, *self.holds] if _under(p, roots) and not Path(p).is_file()]:
            self.failed.pop(path, None)
            self.holds.pop(path, None)
        self._read_copies(removed)
        if gone:
            self.last_sync = _now()

    def _read_copies(self, lost: set[str]) -> None:
        """Files that held a meeting no longer stored (its file deleted or edited) are read again: a copy
        under another name was left out as a duplicate when it was read, and must now be stored itself."""
        for path, ids in self.holds.items():
            if ids & lost:
                self.settling.touch(Path(path))

    # -- state --------------------------------------------------------------------------------------
    def state(self) -> dict:
        return {"running": self._running, "pid": os.getpid(), "folders": [str(f) for f in self.folders],
                "mode": self.mode, "mode_reason": self.mode_reason, "settle_s": self.settling.settle_s,
                "last_sync": self.last_sync, "waiting": self.settling.waiting(),
                "failed": [{"path": p, **f} for p, f in sorted(self.failed.items())],
                "store_error": self.store_error,
                "totals": {"read": self.summary.read, "removed": self.summary.removed}}

    def _save_state(self, force: bool = False) -> None:
        """Write the state when it changed, or as a heartbeat; a full disk is logged, never fatal."""
        state = self.state()
        if not force and state == self._written and time.monotonic() - self._written_at < HEARTBEAT_S:
            return
        try:
            write_state(self.state_path, {**state, "updated": _now()})
        except OSError as exc:
            log.warning("kunde inte skriva %s: %s", self.state_path, exc)
        self._written, self._written_at = state, time.monotonic()
