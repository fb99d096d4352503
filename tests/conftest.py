"""Shared fixtures: paths to the sample minutes, an index built once per session, a live server."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLES = SHARED / "minutes"
FORMATS = SHARED / "minutes-formats"
QUESTIONS = SHARED / "eval" / "questions.jsonl"
EXAMPLES = ROOT / "examples" / "minutes"
MINUTES = [str(Path(sys.executable).parent / "minutes")]

needs_shared = pytest.mark.skipif(not SAMPLES.is_dir(), reason="../shared/minutes saknas")


def sample(prefix: str) -> Path:
    return next(SAMPLES.glob(f"{prefix}_*"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_cli(*args: str, env: dict | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run(MINUTES + list(args), capture_output=True, text=True, env={**os.environ, **(env or {})},
                          timeout=timeout)


def wait_for(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise TimeoutError(f"{url} svarade inte inom {timeout} s")


@pytest.fixture(scope="session")
def sample_index(tmp_path_factory) -> dict:
    """An embedded index of the five sample minutes, built once with the real CLI."""
    if not SAMPLES.is_dir():
        pytest.skip("../shared/minutes saknas")
    data = tmp_path_factory.mktemp("sample-index")
    env = {"MINUTES_DATA_DIR": str(data), "MINUTES_RATE_LIMIT_PER_MINUTE": "0"}
    result = run_cli("ingest", str(SAMPLES), env=env)
    assert result.returncode == 0, result.stderr
    return env


@contextmanager
def running(command: list[str], ready_url: str, env: dict | None = None):
    """A server process on loopback, stopped afterwards; yields once `ready_url` answers."""
    proc = subprocess.Popen(command, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        wait_for(ready_url)
        yield proc
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def serve_command(port: int) -> list[str]:
    return MINUTES + ["serve", "--host", "127.0.0.1", "--port", str(port)]


@pytest.fixture(scope="session")
def sample_server(sample_index):
    """`minutes serve` on 127.0.0.1 over the sample index; yields its base URL."""
    port = free_port()
    with running(serve_command(port), f"http://127.0.0.1:{port}/healthz", sample_index):
        yield f"http://127.0.0.1:{port}"


def chroma_command(path: Path, port: int) -> list[str]:
    return [str(Path(sys.executable).parent / "chroma"), "run", "--path", str(path), "--host", "127.0.0.1",
            "--port", str(port)]


@pytest.fixture
def chroma_server(tmp_path):
    """A real `chroma run` server on loopback; yields its URL."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with running(chroma_command(tmp_path / "chroma", port), f"{url}/api/v2/heartbeat"):
        yield url
