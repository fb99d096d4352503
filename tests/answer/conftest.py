"""`ask`: the answerer over an index of the repo's own documents (tests/data/minutes and examples)."""

from __future__ import annotations

import pytest

from service.settings import Settings
from service.wiring import Components
from tests.conftest import run_cli


@pytest.fixture(scope="module")
def ask(repo_index):
    with pytest.MonkeyPatch.context() as patch:
        for key, value in repo_index.items():
            patch.setenv(key, value)
        answerer = Components(Settings()).answerer
        yield lambda question: answerer.run(question)


def answering_over(tmp_path_factory, name: str, text: str):
    """Yields `run` of an answerer over one minutes file written from `text`, ingested with the real CLI."""
    folder = tmp_path_factory.mktemp(name.rsplit(".", 1)[0])
    (folder / name).write_text(text, encoding="utf-8")
    data = str(folder / "data")
    assert run_cli("ingest", str(folder / name), env={"MINUTES_DATA_DIR": data}).returncode == 0
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MINUTES_DATA_DIR", data)
        yield Components(Settings()).answerer.run


def answering_over_files(tmp_path_factory, name: str, files: dict[str, str]):
    """Yields `run` of an answerer over several minutes files ({file name: text}), ingested with the real CLI."""
    folder = tmp_path_factory.mktemp(name)
    for file_name, text in files.items():
        (folder / file_name).write_text(text, encoding="utf-8")
    data = str(folder / "data")
    assert run_cli("ingest", *(str(folder / file_name) for file_name in files),
                   env={"MINUTES_DATA_DIR": data}).returncode == 0
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MINUTES_DATA_DIR", data)
        yield Components(Settings()).answerer.run
