"""Shared fixtures: the repo's own documents and (when present) ../shared, indexes built once per session, servers.

Most tests run on the documents in the repo (`examples/minutes/` and `tests/data/minutes/`), so a fresh clone
tests the whole service. Only tests about the real samples in ../shared (their parses, the development
questions) need that folder; `MINUTES_TEST_SHARED=/nonexistent` simulates a clone without it.
"""

from __future__ import annotations

import hashlib
import os
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MINUTES_TEST_SHARED") or ROOT.parent / "shared")
SAMPLES = SHARED / "minutes"
FORMATS = SHARED / "minutes-formats"
QUESTIONS = SHARED / "eval" / "questions.jsonl"
EXAMPLES = ROOT / "examples" / "minutes"
TEST_DATA = ROOT / "tests" / "data"
TEST_MINUTES = TEST_DATA / "minutes"
TEST_QUESTIONS = TEST_DATA / "questions.jsonl"
REPO_DOCUMENTS = [EXAMPLES, TEST_MINUTES]
MINUTES = [str(Path(sys.executable).parent / "minutes")]

# The ONNX export of the default model is made once for the whole session (and kept between runs), not once
# for every index a test builds in a data folder of its own. One folder per environment: an export records the
# model folder it came from, so two checkouts testing at once would otherwise replace each other's export.
_ENVIRONMENT = hashlib.blake2b(str(Path(sys.prefix).resolve()).encode(), digest_size=6).hexdigest()
os.environ.setdefault("MINUTES_MODEL_CACHE_DIR", str(Path(tempfile.gettempdir()) / f"minutes-test-models-{_ENVIRONMENT}"))

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


def invoke_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """The `minutes` command in this process through click's CliRunner: like `run_cli`, without paying for a
    new Python process that imports the model libraries (seconds each). An unexpected exception is raised."""
    from click.testing import CliRunner

    from service.cli import cli

    result = CliRunner().invoke(cli, list(args), env=env)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return subprocess.CompletedProcess(["minutes", *args], result.exit_code, result.stdout, result.stderr)


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


def parse_repo_documents() -> list:
    """Every meeting in the repo's documents, parsed (no index)."""
    from ingest import find_files, parse_file

    files, missing = find_files(REPO_DOCUMENTS)
    assert not missing, missing
    return [meeting for path in files for meeting in parse_file(path).meetings]


@pytest.fixture(scope="session")
def repo_meetings() -> list:
    """The meetings of examples/minutes and tests/data/minutes as ingest parses them, once per session."""
    return parse_repo_documents()


@pytest.fixture(scope="session")
def repo_index(tmp_path_factory) -> dict:
    """An embedded index of the repo's own documents (examples + test minutes), built once with the real CLI.

    Returns the environment (MINUTES_DATA_DIR, no rate limit) that points the CLI and `minutes serve` at it.
    """
    data = tmp_path_factory.mktemp("repo-index")
    env = {"MINUTES_DATA_DIR": str(data), "MINUTES_RATE_LIMIT_PER_MINUTE": "0"}
    result = run_cli("ingest", *map(str, REPO_DOCUMENTS), env=env)
    assert result.returncode == 0, result.stderr
    return env


@pytest.fixture(scope="session")
def repo_server(repo_index):
    """`minutes serve` on 127.0.0.1 over the repo's documents; yields its base URL."""
    port = free_port()
    with running(serve_command(port), f"http://127.0.0.1:{port}/healthz", repo_index):
        yield f"http://127.0.0.1:{port}"


@pytest.fixture(scope="session")
def embedder():
    """The real default embedding model, loaded once per session (tests using it are marked `model`)."""
    from index import Embedder

    model = Embedder()
    model.warm_up()
    return model


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
def running(command: list[str], ready_url: str, env: dict | None = None, timeout: float = 60):
    """A server process on loopback, stopped afterwards; yields once `ready_url` answers (within `timeout` s)."""
    proc = subprocess.Popen(command, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        wait_for(ready_url, timeout)
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


MODEL_FIXTURES = {"embedder", "repo_index", "repo_server", "sample_index", "sample_server"}


def pytest_collection_modifyitems(items) -> None:
    """Tests that embed (through a model fixture) carry the `model` marker: `-m "not model"` skips them."""
    for item in items:
        if MODEL_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.model)
