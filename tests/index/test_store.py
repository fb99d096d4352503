"""The index against a real Chroma server started with `chroma run` on loopback."""

from __future__ import annotations

import pytest

from tests.conftest import EXAMPLES, free_port, run_cli

pytestmark = pytest.mark.server


def test_ingest_and_search_through_a_chroma_server(chroma_server, tmp_path):
    env = {"MINUTES_CHROMA_URL": chroma_server, "MINUTES_DATA_DIR": str(tmp_path / "unused")}
    result = run_cli("ingest", str(EXAMPLES), env=env)
    assert result.returncode == 0, result.stderr
    status = run_cli("status", "--json", env=env)
    assert '"meetings": 3' in status.stdout and chroma_server in status.stdout
    found = run_cli("search", "kamerabesök samtycke", "--json", env=env)
    assert "2024-03-12, § 15 – Riktlinjer för hemtjänst" in found.stdout
    assert not (tmp_path / "unused" / "chroma").exists()  # no embedded store beside the server


def test_unreachable_server_is_a_clear_error(tmp_path):
    env = {"MINUTES_CHROMA_URL": f"http://127.0.0.1:{free_port()}"}
    result = run_cli("status", env=env, timeout=60)
    assert result.returncode == 2
    assert "Chroma-servern" in result.stderr and "Traceback" not in result.stderr
