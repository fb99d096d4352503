"""`minutes watch` with real file events in temporary folders and a real embedded Chroma index.

The watcher runs in a thread of the test (as `minutes watch` runs it in its main thread); what it wrote is
read back through a second set of components on the same data folder, as the API would read it. The
minutes are short Swedish texts written here.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from service.api import create_app
from service.settings import Settings
from service.watch import Watcher, network_filesystem, read_state
from service.wiring import Components
from tests.conftest import MINUTES
from tests.service.conftest import AUDIENCE, ISSUER

pytestmark = pytest.mark.model

SETTLE = 1.0  # seconds; the first test uses the default (MINUTES_WATCH_SETTLE_S)
BODY = "Brf Lärkan 7 – styrelsen"


def minutes(date: str, *items: tuple[str, str], body: str = BODY) -> str:
    """A short minutes text: title, body, date and numbered items."""
    lines = ["Protokoll från styrelsemöte", body, "", f"Datum: {date}", "Plats: Föreningslokalen", ""]
    for number, (title, text) in enumerate([("Mötets öppnande", "Ordföranden öppnade mötet."), *items], 1):
        lines += [f"{number}. {title}", text, ""]
    return "\n".join(lines)


LAUNDRY = minutes("2025-02-11", ("Tvättstugan", "Styrelsen beslutade att byta torktumlaren i tvättstugan."))
BIKES = minutes("2025-03-11", ("Cykelrummet", "Styrelsen beslutade att rensa cykelrummet under april."))
LIFT = minutes("2025-04-08", ("Hissen", "Hissbesiktningen är bokad till den 20 maj."))
TERRACE = minutes("2025-05-13", ("Takterrassen", "Styrelsen beslutade att bygga om takterrassen i sommar."))


def eventually(check, timeout: float = 10.0) -> float:
    """Seconds until `check()` is true; fails after `timeout`."""
    started = time.monotonic()
    while not check():
        if time.monotonic() - started > timeout:
            pytest.fail(f"inte inom {timeout} s")
        time.sleep(0.1)
    return time.monotonic() - started


class Reader:
    """The index as the API sees it: its own components on the same data folder (word search only)."""

    def __init__(self, data: Path):
        self.comps = Components(Settings(data_dir=data, dense_weight=0))

    def texts(self, query: str) -> list[str]:
        return [hit.chunk.text for hit in self.comps.searcher.run(query, top_k=10)]

    def finds(self, query: str, phrase: str) -> bool:
        return any(phrase in text for text in self.texts(query))

    def sources(self) -> list[str]:
        return sorted(source for source, _ in self.comps.store.meeting_hashes().values())

    def chunks_of(self, path: Path) -> list[str]:
        return [c.text for c in self.comps.store.all_chunks() if c.source == str(path.resolve())]


@contextmanager
def watching(folder: Path, data: Path, embedder, *, poll: bool = False, settle: float = SETTLE):
    """A real watcher on `folder` in a thread, stopped afterwards; yields it and the lines it said."""
    comps = Components(Settings(data_dir=data))
    comps.embedder = embedder  # the session's model (the real one), loaded once for all tests
    lines: list[str] = []
    watcher = Watcher(comps, [folder], settle_s=settle, poll=poll, poll_interval_s=0.3, say=lines.append)
    stop, errors = threading.Event(), []

    def run() -> None:
        try:
            watcher.run(stop)
        except BaseException as exc:  # noqa: BLE001 - shown by the test below
            errors.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    eventually(lambda: errors or any(line.startswith("Ikapp") for line in lines), timeout=30)
    try:
        yield watcher, lines
    finally:
        stop.set()
        thread.join(timeout=30)
        assert not thread.is_alive(), "bevakaren stannade inte"
        assert not errors, errors


def read_lines(lines: list[str], path: Path) -> list[str]:
    return [line for line in lines if line == f"Inläst: {path.resolve()}"]


def test_a_new_file_is_searchable_within_10_s(tmp_path, embedder):
    folder = tmp_path / "protokoll"
    folder.mkdir()
    reader = Reader(tmp_path / "data")
    with watching(folder, tmp_path / "data", embedder, settle=Settings().watch_settle_s) as (watcher, lines):
        assert watcher.mode == "native"
        (folder / "2025-02-11.txt").write_text(LAUNDRY, encoding="utf-8")
        seconds = eventually(lambda: reader.finds("torktumlaren", "byta torktumlaren"), timeout=10)
    print(f"sökbar efter {seconds:.1f} s (väntetid {Settings().watch_settle_s:g} s)")
    assert read_lines(lines, folder / "2025-02-11.txt")


def test_an_edited_file_replaces_its_meeting(tmp_path, embedder):
    folder, reader = tmp_path / "protokoll", Reader(tmp_path / "data")
    folder.mkdir()
    path = folder / "styrelsen.txt"
    with watching(folder, tmp_path / "data", embedder) as (watcher, _):
        path.write_text(LAUNDRY, encoding="utf-8")
        eventually(lambda: reader.finds("torktumlaren", "byta torktumlaren"))
        path.write_text(LAUNDRY.replace("byta torktumlaren", "reparera mangeln"), encoding="utf-8")
        eventually(lambda: reader.finds("mangeln", "reparera mangeln"))
        assert not reader.finds("torktumlaren", "torktumlaren")
        assert reader.sources() == [str(path.resolve())]
        assert len(reader.chunks_of(path)) == 2  # two items, each once: no passages of the old version
        path.write_text("", encoding="utf-8")  # an edit that cannot be read keeps the meeting, with its reason
        eventually(lambda: [f["reason"] for f in read_state(watcher.state_path)["failed"]] == ["filen är tom"])
        assert reader.finds("mangeln", "reparera mangeln")
        path.write_text(LAUNDRY, encoding="utf-8")
        eventually(lambda: reader.finds("torktumlaren", "byta torktumlaren"))
        # the state file is written at the end of the watcher's turn, just after the index a reader sees
        eventually(lambda: read_state(watcher.state_path)["failed"] == [])
        assert len(reader.chunks_of(path)) == 2


def test_a_deleted_file_disappears(tmp_path, embedder):
    folder, reader = tmp_path / "protokoll", Reader(tmp_path / "data")
    folder.mkdir()
    (folder / "cykel.txt").write_text(BIKES, encoding="utf-8")
    (folder / "tvätt.txt").write_text(LAUNDRY, encoding="utf-8")
    with watching(folder, tmp_path / "data", embedder) as (_, lines):
        eventually(lambda: len(reader.sources()) == 2)
        (folder / "tvätt.txt").unlink()
        eventually(lambda: reader.sources() == [str((folder / "cykel.txt").resolve())])
        eventually(lambda: not reader.finds("torktumlaren", "torktumlaren"), 2)  # the search follows the store
        assert reader.finds("cykelrummet", "cykelrummet") and len(reader.chunks_of(folder / "tvätt.txt")) == 0
        assert f"Borttaget (filen finns inte längre): {(folder / 'tvätt.txt').resolve()}" in lines


def test_a_file_written_slowly_is_read_once_and_complete(tmp_path, embedder):
    folder, reader = tmp_path / "protokoll", Reader(tmp_path / "data")
    folder.mkdir()
    path = folder / "lång.txt"
    text = minutes("2025-06-10", *[(f"Ärende {n}", f"Punkt {n} gällde fönsterbyte etapp {n}.") for n in range(2, 8)],
                   ("Avslutning", "Sista punkten: trapphusmålningen beslutades."))
    parts = [text[i:i + len(text) // 7 + 1] for i in range(0, len(text), len(text) // 7 + 1)]
    with watching(folder, tmp_path / "data", embedder) as (watcher, lines):
        with path.open("w", encoding="utf-8") as file:
            for number, part in enumerate(parts):
                file.write(part)
                file.flush()
                if number == 3:  # half written: waiting, not read
                    eventually(lambda: str(path.resolve()) in read_state(watcher.state_path)["waiting"], 2)
                    assert reader.sources() == []
                time.sleep(0.3)
        eventually(lambda: reader.finds("trapphusmålningen", "trapphusmålningen"))
    assert len(read_lines(lines, path)) == 1 and not [line for line in lines if line.startswith("FEL")]
    (meeting,) = reader.comps.store.all_meetings()
    assert [item.number for item in meeting.items] == [str(n) for n in range(1, 9)]


def test_a_restart_catches_up_with_what_changed_while_it_was_down(tmp_path, embedder):
    folder, data = tmp_path / "protokoll", tmp_path / "data"
    folder.mkdir()
    for name, text in (("tvätt.txt", LAUNDRY), ("cykel.txt", BIKES), ("hiss.txt", LIFT)):
        (folder / name).write_text(text, encoding="utf-8")
    reader = Reader(data)
    with watching(folder, data, embedder):
        eventually(lambda: len(reader.sources()) == 3)
    # Stopped: one file deleted, one edited, one renamed, one added, all older than the settle time.
    (folder / "tvätt.txt").unlink()
    (folder / "cykel.txt").write_text(BIKES.replace("rensa cykelrummet", "måla barnvagnsrummet"), encoding="utf-8")
    (folder / "hiss.txt").rename(folder / "2025-04-08 hiss.txt")
    (folder / "ny").mkdir()
    (folder / "ny" / "terrass.txt").write_text(TERRACE, encoding="utf-8")
    for path in folder.rglob("*.txt"):
        os.utime(path, (time.time() - 60, time.time() - 60))
    with watching(folder, data, embedder) as (_, lines):
        assert reader.sources() == sorted(str((folder / n).resolve()) for n in
                                          ("cykel.txt", "2025-04-08 hiss.txt", "ny/terrass.txt"))
        assert not reader.finds("torktumlaren", "torktumlaren") and not reader.finds("cykelrummet", "rensa")
        for query in ("barnvagnsrummet", "hissbesiktningen", "takterrassen"):
            assert reader.finds(query, query.capitalize() if query == "hissbesiktningen" else query), query
        assert sum(len(reader.chunks_of(p)) for p in folder.rglob("*.txt")) == 6  # 3 meetings × 2 items
        assert lines[-1].startswith("Ikapp vid start: Klart: 3 filer")


def test_polling_follows_adds_edits_and_deletes(tmp_path, embedder):
    folder, reader = tmp_path / "protokoll", Reader(tmp_path / "data")
    folder.mkdir()
    path = folder / "sub" / "styrelsen.md"
    path.parent.mkdir()
    with watching(folder, tmp_path / "data", embedder, poll=True) as (watcher, _):
        assert watcher.mode == "polling" and watcher.mode_reason.startswith("--poll")
        path.write_text(LAUNDRY, encoding="utf-8")
        eventually(lambda: reader.finds("torktumlaren", "byta torktumlaren"))
        path.write_text(LAUNDRY.replace("byta torktumlaren", "reparera mangeln"), encoding="utf-8")
        eventually(lambda: reader.finds("mangeln", "reparera mangeln"))
        assert not reader.finds("torktumlaren", "torktumlaren") and len(reader.chunks_of(path)) == 2
        path.unlink()
        eventually(lambda: reader.sources() == [])


def test_a_copy_keeps_the_content_when_the_original_goes_and_a_rename_is_followed(tmp_path, embedder):
    folder, reader = tmp_path / "protokoll", Reader(tmp_path / "data")
    folder.mkdir()
    (folder / "original.txt").write_text(LIFT, encoding="utf-8")
    with watching(folder, tmp_path / "data", embedder) as (_, lines):
        eventually(lambda: len(reader.sources()) == 1)
        (folder / "kopia.txt").write_text(LIFT, encoding="utf-8")
        eventually(lambda: any(line.startswith("Dubblett:") for line in lines))
        (folder / "original.txt").unlink()
        eventually(lambda: reader.sources() == [str((folder / "kopia.txt").resolve())])
        eventually(lambda: reader.finds("hissbesiktningen", "Hissbesiktningen"), 2)
        (folder / "kopia.txt").rename(folder / "hiss 2025.txt")  # a rename: the meeting follows the new name
        eventually(lambda: reader.sources() == [str((folder / "hiss 2025.txt").resolve())])
        assert len(reader.chunks_of(folder / "hiss 2025.txt")) == 2


RULES = """default = "allow"
admin_groups = ["minutes-admin"]
[[rule]]
source = "hemligt/**"
groups = ["ledning"]
"""


def test_api_status_shows_counts_and_watcher_state_by_what_the_caller_may_read(tmp_path, embedder, keys, jwks_url):
    folder, data = tmp_path / "protokoll", tmp_path / "data"
    (folder / "hemligt").mkdir(parents=True)
    (folder / "tvätt.txt").write_text(LAUNDRY, encoding="utf-8")
    (folder / "hemligt" / "uppsägning.txt").write_text(BIKES, encoding="utf-8")
    (folder / "hemligt" / "avskedande.txt").write_text("", encoding="utf-8")
    (tmp_path / "access.toml").write_text(RULES, encoding="utf-8")
    settings = Settings(data_dir=data, auth="oidc", oidc_jwks_url=jwks_url, oidc_issuer=ISSUER,
                        oidc_audience=AUDIENCE, access_file=tmp_path / "access.toml", dense_weight=0)
    admin = {"Authorization": f"Bearer {keys.token(sub='ada', groups=['minutes-admin'])}"}
    member = {"Authorization": f"Bearer {keys.token(sub='alice', groups=['styrelsen'])}"}
    with TestClient(create_app(settings)) as http:
        assert http.get("/api/status").status_code == 401  # sign-in first
        assert http.get("/api/status", headers=admin).json()["watcher"] is None  # no watcher has run yet
        with watching(folder, data, embedder):
            # settled: events that arrive for files the start-up sync already read are waited out, then read as
            # unchanged (the watcher starts listening while the files are being written)
            eventually(lambda: http.get("/api/status", headers=admin).json()["chunks"] == 4  # 2 meetings × 2 items
                       and http.get("/api/status", headers=member).json()["meetings"] == 1  # access: ≤ 1 s later
                       and http.get("/api/status", headers=admin).json()["watcher"]["waiting"] == 0)
            everything = http.get("/api/status", headers=admin).json()
            mine = http.get("/api/status", headers=member)
        stopped = http.get("/api/status", headers=admin).json()["watcher"]
    watcher = everything["watcher"]
    assert watcher["running"] and watcher["mode"] == "native" and watcher["last_sync"] and watcher["waiting"] == 0
    assert watcher["folders"] == [str(folder.resolve())] and watcher["failed"] == 1
    assert [(f["path"], f["reason"]) for f in watcher["failures"]] == \
        [(str((folder / "hemligt" / "avskedande.txt").resolve()), "filen är tom")]
    assert mine.status_code == 200 and "hemligt" not in mine.text and "avskedande" not in mine.text
    limited = mine.json()
    assert limited["meetings"] == 1 and 0 < limited["chunks"] < everything["chunks"]
    assert limited["watcher"]["failed"] == 1 and limited["watcher"]["failures"] is None
    assert limited["watcher"]["folders"] is None and limited["watcher"]["waiting_files"] is None
    assert stopped["running"] is False


def test_state_file_is_json_written_atomically(tmp_path, embedder):
    folder = tmp_path / "protokoll"
    folder.mkdir()
    with watching(folder, tmp_path / "data", embedder) as (watcher, _):
        state = json.loads(watcher.state_path.read_text(encoding="utf-8"))
        assert state["running"] and state["folders"] == [str(folder.resolve())] and state["waiting"] == []
    assert watcher.state_path == tmp_path / "data" / "watch.json"
    assert [p.name for p in watcher.state_path.parent.glob(".watch-*")] == []  # no staging file left behind


@pytest.mark.parametrize(("folder", "expected"), [
    ("/mnt/protokoll/2024", "nfs4"), ("/mnt/smb delad/styrelsen", "cifs"), ("/mnt/protokollen", None),
    ("/home/anna/protokoll", None), ("/wsl/c/Users", "9p"),
])
def test_network_shares_are_recognised_from_the_mount_table(folder, expected):
    mounts = ("overlay / overlay rw 0 0\nserver:/export /mnt/protokoll nfs4 rw 0 0\n"
              "//nas/delat /mnt/smb\\040delad cifs rw 0 0\ndrvfs /wsl/c 9p rw 0 0\n")
    assert network_filesystem(Path(folder), mounts) == expected


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_the_command_stops_on_ctrl_c_or_sigterm_with_a_summary(tmp_path, stop):
    folder = tmp_path / "protokoll"
    folder.mkdir()
    (folder / "tvätt.txt").write_text(LAUNDRY, encoding="utf-8")
    env = {**os.environ, "MINUTES_DATA_DIR": str(tmp_path / "data"), "MINUTES_WATCH_SETTLE_S": "0.5"}
    proc = subprocess.Popen(MINUTES + ["watch", str(folder)], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        eventually(lambda: (read_state(tmp_path / "data" / "watch.json") or {}).get("last_sync"), timeout=60)
        proc.send_signal(stop)  # Ctrl-C, or `docker compose stop`
        out, err = proc.communicate(timeout=30)
    finally:
        proc.kill() if proc.poll() is None else None
    assert proc.returncode == 0, err
    assert "Följer" in out and "en fil läses när den varit oförändrad i 0.5 s" in out
    assert out.strip().splitlines()[-1].startswith("Stoppad: 1 filer inlästa, 0 borttagna, 0 fel, 0 väntande")
    assert read_state(tmp_path / "data" / "watch.json")["running"] is False
