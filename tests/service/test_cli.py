"""The `minutes` command, through click's CliRunner on real files and a real embedded index."""

from __future__ import annotations

import json
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from service.cli import cli

from tests.conftest import EXAMPLES, QUESTIONS, SHARED, TEST_QUESTIONS, invoke_cli, needs_shared, run_cli

SCORER = SHARED / "eval" / "score.py"


@pytest.fixture
def runner(tmp_path, monkeypatch):
    monkeypatch.setenv("MINUTES_DATA_DIR", str(tmp_path / "data"))
    return CliRunner()


def test_every_command_is_documented():
    for name, command in cli.commands.items():
        assert command.help and len(command.help) > 20, f"kommandot {name} saknar hjälptext"
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"{name} {param.opts} saknar hjälptext"


@pytest.mark.model
def test_ingest_examples_then_status_search_and_meetings(runner):
    result = runner.invoke(cli, ["ingest", str(EXAMPLES)])
    assert result.exit_code == 0, result.output
    assert "3 möten" in result.output and "0 fel" in result.output
    status = json.loads(runner.invoke(cli, ["status", "--json"]).output)
    assert status["meetings"] == 3 and status["chunks"] >= 15 and status["embedding_model"] == "all-MiniLM-L6-v2"
    found = json.loads(runner.invoke(cli, ["search", "läkemedelsrobotar larmrutin", "--json"]).output)
    assert found["results"][0]["citation"].endswith("2023-11-30, punkt 2 – Läkemedelsrobotar – utvärdering")
    listing = json.loads(runner.invoke(cli, ["meetings", "--json"]).output)
    assert {m["date"] for m in listing} == {"2024-03-12", "2024-05-20", "2023-11-30"}
    assert any(i["decisions"] for m in listing for i in m["items"])
    text = runner.invoke(cli, ["search", "singelsculler", "-k", "1"]).output
    assert "2024-05-20, punkt 3.2 – Nya båtar › Försäljning av gammal singelsculler" in text


@pytest.mark.model
def test_reingesting_unchanged_files_changes_nothing(runner):
    runner.invoke(cli, ["ingest", str(EXAMPLES)])
    before = json.loads(runner.invoke(cli, ["status", "--json"]).output)
    again = runner.invoke(cli, ["ingest", str(EXAMPLES)])
    assert "0 nya/ändrade, 3 oförändrade" in again.output
    assert json.loads(runner.invoke(cli, ["status", "--json"]).output) == before


@pytest.mark.model
def test_bad_file_is_named_others_are_ingested_exit_status_one(runner, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "trasig.pdf").write_bytes(b"%PDF-1.4 trasig")
    (folder / "bra.txt").write_text((EXAMPLES / "2023-11-30-arbetsgrupp-digitalisering.txt").read_text())
    result = runner.invoke(cli, ["ingest", str(folder)])
    assert result.exit_code == 1
    assert "trasig.pdf" in result.output and "Traceback" not in result.output
    assert json.loads(runner.invoke(cli, ["status", "--json"]).output)["meetings"] == 1


def test_eval_on_the_repo_questions_finds_every_answer(repo_index):
    figures = json.loads(invoke_cli("eval", str(TEST_QUESTIONS), "--json", env=repo_index).stdout)
    assert figures["hit_at_5"] == 1.0 and figures["hit_at_1"] >= 0.9


def test_eval_text_output_and_bad_question_file(repo_index, tmp_path):
    result = invoke_cli("eval", str(TEST_QUESTIONS), env=repo_index)
    assert result.returncode == 0, result.stderr
    questions = [line for line in TEST_QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert result.stdout.startswith(f"Frågor: {len(questions)}\nhit@1: ")
    broken = tmp_path / "trasig.jsonl"
    broken.write_text('{"id": "x1", "question": "utan facit"}\n{inte json\n', encoding="utf-8")
    bad = invoke_cli("eval", str(broken), env=repo_index)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


@pytest.mark.skipif(not SCORER.is_file(), reason="../shared/eval/score.py saknas")
def test_eval_figures_equal_the_reference_scorer(repo_index, tmp_path):
    # The reference scorer is ../shared/eval/score.py; the questions are the repo's own.
    dump = tmp_path / "dump.jsonl"
    ours = invoke_cli("eval", str(TEST_QUESTIONS), "--json", "--dump", str(dump), env=repo_index)
    assert ours.returncode == 0, ours.stderr
    reference = subprocess.run([sys.executable, str(SCORER), str(TEST_QUESTIONS), str(dump)],
                               capture_output=True, text=True, check=True)
    assert json.loads(ours.stdout) == json.loads(reference.stdout)


@needs_shared
def test_eval_on_samples_meets_the_foundation_bar(sample_index):
    figures = json.loads(run_cli("eval", str(QUESTIONS), "--json", env=sample_index).stdout)
    assert figures["hit_at_5"] >= 0.92


@pytest.mark.parametrize("query, window", [("val av justerare", ("2024-01-01", "2024-03-31")),
                                           ("inledning", ("2023-10-03", "2023-10-03"))])
def test_vector_search_alone_keeps_to_the_date_filter(repo_index, query, window):
    # The dense ranker applies the filter itself, not through Chroma (here: the exact path, few chunks).
    env = {**repo_index, "MINUTES_LEXICAL_WEIGHT": "0"}
    result = invoke_cli("search", query, "--from", window[0], "--to", window[1], "-k", "10", "--json", env=env)
    assert result.returncode == 0, result.stderr
    dates = [hit["meeting"]["date"] for hit in json.loads(result.stdout)["results"]]
    assert dates and all(window[0] <= d <= window[1] for d in dates)
