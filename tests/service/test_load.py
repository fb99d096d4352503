"""Under load and fuzzing: a bounded loopback load test and a schemathesis run, no errors, no 5xx."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.load import run_load

pytestmark = pytest.mark.server


def test_concurrent_clients_get_no_errors(repo_server):
    report = run_load(repo_server, clients=8, seconds=5)
    assert report["requests"] > 20 and report["errors"] == 0, report["error_examples"]


def test_schemathesis_finds_no_server_errors(repo_server):
    schemathesis = Path(sys.executable).parent / "schemathesis"
    result = subprocess.run([str(schemathesis), "run", f"{repo_server}/openapi.json", "--checks",
                             "not_a_server_error", "--max-time", "20", "-w", "2", "--seed", "1"],
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stdout[-3000:]
