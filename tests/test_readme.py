"""The README's CLI examples are run and their output compared (as sqlite-utils tests its documentation).

The ```text block under "## CLI" is a session: lines starting with "$ minutes …" are commands, the lines
after them their expected output. Each runs through click's CliRunner in the repo root (README paths are
relative to it) against a fresh index in a temporary MINUTES_DATA_DIR. What varies between runs is
normalised: timings ("5.8 s"), scores ("(poäng 0.0216)") and the data folder.
"""

from __future__ import annotations

import os
import re
import shlex
from dataclasses import dataclass

import pytest
from click.testing import CliRunner

from service.cli import cli

from tests.conftest import ROOT

pytestmark = pytest.mark.model

README = ROOT / "README.md"


@dataclass(frozen=True)
class Example:
    line: int  # README line of the command
    command: str
    expected: str

    @property
    def args(self) -> list[str]:
        words = shlex.split(self.command)
        assert words[0] == "minutes", f"README rad {self.line}: exemplet börjar inte med 'minutes': {self.command}"
        return words[1:]


def cli_examples(text: str) -> list[Example]:
    """The commands and expected outputs of the ```text block in the "## CLI" section."""
    lines = text.splitlines()
    start = lines.index("## CLI")
    opening = next(i for i in range(start, len(lines)) if lines[i].strip() == "```text")
    closing = next(i for i in range(opening + 1, len(lines)) if lines[i].strip() == "```")
    examples: list[tuple[int, str, list[str]]] = []
    for number in range(opening + 1, closing):
        line = lines[number]
        if line.startswith("$ "):
            examples.append((number + 1, line[2:].strip(), []))
        elif examples:
            examples[-1][2].append(line)
    return [Example(n, command, "\n".join(output).strip("\n")) for n, command, output in examples]


EXAMPLES = cli_examples(README.read_text(encoding="utf-8"))


def normalise(text: str, data_dir: str) -> str:
    text = text.replace(data_dir, "data")
    text = re.sub(r"\b\d+(?:[.,]\d+)? s\b", "<tid> s", text)
    text = re.sub(r"\(poäng \d+(?:\.\d+)?\)", "(poäng <poäng>)", text)
    return "\n".join(line.rstrip() for line in text.strip("\n").splitlines())


def run(example: Example, data_dir) -> str:
    result = CliRunner().invoke(cli, example.args, catch_exceptions=True)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert result.exit_code == 0, f"{example.command} gav slutstatus {result.exit_code}:\n{result.output}"
    return normalise(result.stdout, str(data_dir))


@pytest.fixture(scope="module")
def readme_index(tmp_path_factory):
    """The data folder after running the README's `minutes ingest` examples, with their outputs."""
    data_dir = tmp_path_factory.mktemp("readme-index")
    outputs: dict[int, str] = {}
    with pytest.MonkeyPatch.context() as patch:
        setup(patch, data_dir)
        for example in EXAMPLES:
            if example.args[0] == "ingest":
                outputs[example.line] = run(example, data_dir)
    return data_dir, outputs


def setup(patch: pytest.MonkeyPatch, data_dir) -> None:
    for name in [n for n in os.environ if n.startswith("MINUTES_")]:
        patch.delenv(name)  # the README shows the defaults
    patch.setenv("MINUTES_DATA_DIR", str(data_dir))
    patch.chdir(ROOT)


def test_the_cli_section_has_examples():
    assert [e.args[0] for e in EXAMPLES][:1] == ["ingest"] and len(EXAMPLES) >= 4
    assert all(e.expected for e in EXAMPLES)


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"rad{e.line}-{e.args[0]}" for e in EXAMPLES])
def test_readme_cli_example(example, readme_index, monkeypatch):
    data_dir, ingest_outputs = readme_index
    if example.line in ingest_outputs:
        actual = ingest_outputs[example.line]
    else:
        setup(monkeypatch, data_dir)
        actual = run(example, data_dir)
    expected = normalise(example.expected, str(data_dir))
    if actual != expected:
        pytest.fail(f"README.md rad {example.line}: `{example.command}` ger inte det som står i README.\n"
                    f"--- i README (normaliserat) ---\n{expected}\n--- faktisk utdata (normaliserad) ---\n{actual}",
                    pytrace=False)
