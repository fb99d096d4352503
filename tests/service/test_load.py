"""Under load and fuzzing: a bounded loopback load test and a schemathesis run, no errors, no 5xx."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from benchmarks.load import run_load
from tests.conftest import free_port, running, serve_command
from tests.service.conftest import AUDIENCE, ISSUER

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


def test_schemathesis_signed_in_finds_no_server_errors(repo_index, jwks_url, keys, tmp_path):
    """The same fuzzing with sign-in and access rules on: a valid token, every endpoint, no 5xx."""
    rules = tmp_path / "access.toml"
    rules.write_text('default = "deny"\n[[rule]]\nbody = "*kommun*"\ngroups = ["ledning"]\n', encoding="utf-8")
    port = free_port()
    env = {**repo_index, "MINUTES_AUTH": "oidc", "MINUTES_OIDC_JWKS_URL": jwks_url, "MINUTES_OIDC_ISSUER": ISSUER,
           "MINUTES_OIDC_AUDIENCE": AUDIENCE, "MINUTES_ACCESS_FILE": str(rules)}
    token = keys.token(groups=["ledning"], exp=int(time.time()) + 900)
    schemathesis = Path(sys.executable).parent / "schemathesis"
    with running(serve_command(port), f"http://127.0.0.1:{port}/healthz", env):
        signed_in = httpx.get(f"http://127.0.0.1:{port}/api/meetings", headers={"Authorization": f"Bearer {token}"})
        assert signed_in.status_code == 200 and signed_in.json()  # the fuzzer's token is let in and reads meetings
        result = subprocess.run([str(schemathesis), "run", f"http://127.0.0.1:{port}/openapi.json", "--checks",
                                 "not_a_server_error", "--max-time", "20", "-w", "2", "--seed", "1",
                                 "-H", f"Authorization: Bearer {token}"], capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stdout[-3000:]
