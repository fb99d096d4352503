"""Ingestion never loses or duplicates data: changed files, copies, removal, sync, bad files, SIGKILL.

The command runs in this process (CliRunner) except where a real process is killed.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import time

import pytest
from pypdf import PdfWriter

from tests.conftest import MINUTES, invoke_cli, run_cli

pytestmark = [pytest.mark.server, pytest.mark.model]

MEETING = """Protokoll
Föreningen Lärkan, styrelsen
Datum: 2024-{month:02d}-12

1. Mötets öppnande
Ordföranden öppnade mötet.

2. {topic}
{text}
Beslut: Styrelsen beslutar att {decision}.
"""


def write_meeting(path, month=3, topic="Ny hemsida", text="Webbgruppen visade ett förslag.", decision="anta förslaget"):
    path.write_text(MEETING.format(month=month, topic=topic, text=text, decision=decision), encoding="utf-8")


@pytest.fixture
def env(tmp_path):
    return {"MINUTES_DATA_DIR": str(tmp_path / "data")}


def status(env) -> dict:
    return json.loads(invoke_cli("status", "--json", env=env).stdout)


def search_texts(query, env, k=20) -> list[str]:
    result = invoke_cli("search", query, "--json", "-k", str(k), env=env)
    assert result.returncode == 0, result.stderr
    return [r["text"] for r in json.loads(result.stdout)["results"]]


def test_changed_file_replaces_its_meeting_without_stale_passages(tmp_path, env):
    folder = tmp_path / "in"
    folder.mkdir()
    write_meeting(folder / "m.txt", text="Förslaget bygger på plattformen Kvittra.")
    assert invoke_cli("ingest", str(folder), env=env).returncode == 0
    write_meeting(folder / "m.txt", text="Förslaget bygger nu på plattformen Glimra.")
    assert invoke_cli("ingest", str(folder), env=env).returncode == 0
    assert status(env)["meetings"] == 1
    assert not any("Kvittra" in t for t in search_texts("Kvittra plattformen", env))
    assert any("Glimra" in t for t in search_texts("Glimra", env))


def test_same_minutes_under_two_names_are_one_meeting(tmp_path, env):
    folder = tmp_path / "in"
    folder.mkdir()
    write_meeting(folder / "a.txt")
    shutil.copy(folder / "a.txt", folder / "b-kopia.txt")
    result = invoke_cli("ingest", str(folder), env=env)
    assert status(env)["meetings"] == 1
    assert "b-kopia.txt har samma innehåll som" in result.stderr and "a.txt behölls" in result.stderr


def test_remove_and_sync_drop_meetings_of_gone_files(tmp_path, env):
    folder = tmp_path / "in"
    folder.mkdir()
    for month in (1, 2, 3):
        write_meeting(folder / f"m{month}.txt", month=month)
    invoke_cli("ingest", str(folder), env=env)
    assert invoke_cli("remove", str(folder / "m1.txt"), env=env).returncode == 0
    assert status(env)["meetings"] == 2
    (folder / "m2.txt").unlink()
    result = invoke_cli("ingest", "--sync", str(folder), env=env)
    # m2 is gone with its file; m1 was only removed from the index, so the folder brings it back.
    assert "m2.txt" in result.stderr and status(env)["meetings"] == 2
    assert invoke_cli("remove", "finns-inte.txt", env=env).returncode == 1


def test_bad_files_are_named_others_ingested_exit_one(tmp_path, env):
    folder = tmp_path / "in"
    folder.mkdir()
    write_meeting(folder / "bra.txt")
    (folder / "tom.txt").write_text("")
    (folder / "trasig.pdf").write_bytes(b"%PDF-1.7\n" + os.urandom(2000))
    (folder / "slump.docx").write_bytes(os.urandom(4000))
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt("hemligt")
    with open(folder / "last.pdf", "wb") as handle:
        writer.write(handle)
    (folder / "utf16.txt").write_bytes(MEETING.format(month=5, topic="Vårfest", text="Festen blir i maj.",
                                                      decision="ordna vårfest").encode("utf-16"))
    (folder / "latin1.txt").write_bytes(MEETING.format(month=6, topic="Båtar", text="Två båtar säljs.",
                                                       decision="sälja båtarna").encode("latin-1"))
    (folder / "ingen-dagordning.txt").write_text("Vi pratade om sommarfesten och om grillen.\n", encoding="utf-8")
    with open(folder / "stor.txt", "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    result = invoke_cli("ingest", str(folder), env=env)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    for name, reason in [("tom.txt", "tom"), ("trasig.pdf", "PDF"), ("slump.docx", "DOCX"),
                         ("last.pdf", "lösenordsskyddad"), ("stor.txt", "för stor")]:
        assert any(name in line and reason in line for line in result.stderr.splitlines()), name
    assert "ingen dagordning" in result.stderr
    assert status(env)["meetings"] == 4  # bra, utf16, latin1, ingen-dagordning
    assert any("Två båtar säljs" in t for t in search_texts("båtar säljs", env))


def test_sigkill_during_ingest_leaves_a_consistent_searchable_index(tmp_path, env):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(40):
        write_meeting(folder / f"m{i:02d}.txt", month=1 + i % 12, topic=f"Ärende nummer {i}",
                      text=f"Unik text om projekt{i} och budget.", decision=f"godkänna projekt{i}")
    random.seed(7)
    for _ in range(3):
        proc = subprocess.Popen(MINUTES + ["ingest", str(folder)], env={**os.environ, **env},
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(random.uniform(4.0, 9.0))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert_consistent(env)
    assert run_cli("ingest", str(folder), env=env).returncode == 0
    assert status(env)["meetings"] == 40
    assert_consistent(env)


def assert_consistent(env) -> None:
    """Every listed meeting has all its items searchable; nothing unlisted is found."""
    listing = json.loads(run_cli("meetings", "--json", env=env).stdout)
    listed = {m["id"] for m in listing}
    result = run_cli("search", "projekt budget godkänna", "--json", "-k", "50", env=env)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)["results"]
    assert {r["meeting"]["id"] for r in found} <= listed
    assert len([r for r in found if r["item"]["number"] == "2"]) == len(listed)


def test_appendix_file_is_linked_to_the_minutes_of_its_date(tmp_path, env):
    folder = tmp_path / "in"
    folder.mkdir()
    write_meeting(folder / "protokoll-2024-03-12.txt", topic="Budget 2025", text="Budgeten finns i bilaga 1.")
    (folder / "bilaga-1-budget-2024-03-12.txt").write_text(
        "Bilaga 1: Budgetförslag 2025\n\nIntäkter 120 000 kr från medlemsavgifter och 30 000 kr i kommunalt bidrag.\n",
        encoding="utf-8")
    assert invoke_cli("ingest", str(folder), env=env).returncode == 0
    listing = json.loads(invoke_cli("meetings", "--json", env=env).stdout)
    appendix = next(m for m in listing if m["appendix_label"] == "Bilaga 1")
    protocol = next(m for m in listing if not m["appendix_label"])
    assert appendix["appendix_of"] == protocol["id"] and appendix["body"] == protocol["body"]
    found = json.loads(invoke_cli("search", "kommunalt bidrag medlemsavgifter", "--json", env=env).stdout)["results"]
    assert found[0]["citation"].endswith("2024-03-12, Bilaga 1 – Budgetförslag 2025")
