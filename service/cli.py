"""The `minutes` command: a thin click layer over `ingest`, `index` and the API.

Every command reads its configuration from `Settings` (MINUTES_* variables) and
prints Swedish text, or JSON with --json.
"""

from __future__ import annotations

import json
import signal
import sys
import threading
from pathlib import Path

import click
from pydantic import ValidationError

from index import EmbeddingMismatch, StoreUnavailable
from index.embedder import ModelNotFound
from answer.evaluation import score_answers
from index.evaluation import QuestionFileError, is_answer_file, load_questions, run_questions, score
from ingest import parse_file

from .access import AccessFileError
from .ingestion import ingest_paths
from .schemas import MAX_TOP_K, Filters, ask_response, search_result
from .settings import Settings
from .wiring import Components

# What stops a command that needs the index and the model, with the reason in Swedish.
INDEX_ERRORS = (StoreUnavailable, ModelNotFound, EmbeddingMismatch)
json_option = click.option("--json", "as_json", is_flag=True, help="Skriv ut JSON i stället för text.")
top_k_option = click.option("--top-k", "-k", type=click.IntRange(1, MAX_TOP_K), default=5, show_default=True,
                            help="Antal träffar.")


def components() -> Components:
    return Components(_settings())


def _settings() -> Settings:
    """The MINUTES_* settings; a bad value stops the command with the variable named."""
    try:
        return Settings()
    except ValidationError as exc:
        error = exc.errors()[0]
        name = f"MINUTES_{str(error['loc'][0]).upper()}: " if error["loc"] else ""
        _fail(f"ogiltig inställning: {name}{error['msg'].removeprefix('Value error, ')}")


def _fail(message: str) -> None:
    click.echo(f"Fel: {message}", err=True)
    sys.exit(2)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cli() -> None:
    """Sök i svenska mötesanteckningar: läs in, sök och citera (datum + punkt)."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--sync", is_flag=True, help="Ta också bort möten vars fil inte längre finns i de angivna mapparna.")
def ingest(paths: tuple[Path, ...], sync: bool) -> None:
    """Läs in mötesanteckningar (filer eller mappar, .txt .md .pdf .docx .odt .rtf .html) i indexet.

    Oförändrade filer hoppas över; en ändrad fil ersätter sitt gamla möte. Slutstatus 1 om någon fil
    inte gick att läsa.
    """
    comps = components()

    def report(result) -> None:
        if result.error:
            click.echo(f"FEL: {result.path}: {result.error}", err=True)
        for warning in result.warnings:
            click.echo(f"Varning: {result.path}: {warning}", err=True)

    def progress(files):
        from tqdm import tqdm

        return tqdm(files, desc="Läser in", unit="fil", disable=not sys.stderr.isatty())

    try:
        summary = ingest_paths(comps, list(paths), sync=sync, on_file=report, progress=progress)
    except INDEX_ERRORS as exc:
        _fail(str(exc))
    for failure in summary.failures:
        if not failure.path.exists():
            click.echo(f"FEL: {failure.path}: {failure.error}", err=True)
    for note in summary.report.duplicates:
        click.echo(f"Dubblett: {note}", err=True)
    for source in summary.removed:
        click.echo(f"Borttaget (filen finns inte längre): {source}", err=True)
    click.echo(summary.line())
    sys.exit(1 if summary.failures else 0)


@cli.command()
@click.argument("folders", nargs=-1, required=True, metavar="MAPP...",
                type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--poll", is_flag=True, help="Läs av mapparna med jämna mellanrum i stället för att vänta på "
              "filhändelser (nätverksdiskar, mappar monterade i Docker); som MINUTES_WATCH_POLL=true.")
@click.option("--settle", type=click.FloatRange(0, 3600), metavar="SEKUNDER", help="Sekunder som en fil ska vara oförändrad innan "
              "den läses (standard: MINUTES_WATCH_SETTLE_S, 2).")
def watch(folders: tuple[Path, ...], poll: bool, settle: float | None) -> None:
    """Följ mappar och håll indexet i takt med dem tills Ctrl-C.

    Nya och ändrade filer läses in när de slutat ändras, möten vars fil tagits bort tas bort, och vid start
    tas det ikapp som ändrats medan ingen följde mapparna. Läget skrivs till DATA_DIR/watch.json
    (visas av GET /api/status).
    """
    from .watch import Watcher

    comps = components()
    s = comps.settings
    watcher = Watcher(comps, list(folders), settle_s=s.watch_settle_s if settle is None else settle,
                      poll=poll or s.watch_poll, poll_interval_s=s.watch_poll_interval_s,
                      say=lambda line: click.echo(line, err=line.startswith("FEL")))
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, signal.default_int_handler)  # `docker compose stop` stops as Ctrl-C does
    try:
        summary = watcher.run(threading.Event())
    except KeyboardInterrupt:
        summary = watcher.finish()
    except INDEX_ERRORS as exc:
        _fail(str(exc))
    click.echo(summary.line())


@cli.command()
@click.argument("sources", nargs=-1, required=True)
def remove(sources: tuple[str, ...]) -> None:
    """Ta bort möten ur indexet: ange källfilen (sökväg) eller mötets id."""
    comps = components()
    try:
        removed = comps.indexer.remove({str(Path(s).resolve()) for s in sources} | set(sources))
    except StoreUnavailable as exc:
        _fail(str(exc))
    if not removed:
        click.echo("Inget möte hittades för: " + ", ".join(sources), err=True)
        sys.exit(1)
    click.echo(f"Borttaget: {len(removed)} möte(n): {', '.join(removed)}")


@cli.command()
@click.argument("query")
@top_k_option
@click.option("--from", "date_from", type=click.DateTime(["%Y-%m-%d"]), help="Tidigaste mötesdatum (YYYY-MM-DD).")
@click.option("--to", "date_to", type=click.DateTime(["%Y-%m-%d"]), help="Senaste mötesdatum (YYYY-MM-DD).")
@click.option("--body", help="Bara möten i denna grupp (del av namnet).")
@json_option
def search(query: str, top_k: int, date_from, date_to, body: str | None, as_json: bool) -> None:
    """Sök efter textstycken som svarar på QUERY."""
    try:  # the same checks as the API: dates in order
        filters = Filters(date_from=date_from.date() if date_from else None,
                          date_to=date_to.date() if date_to else None, body=body).search_filters()
    except ValidationError as exc:
        _fail(exc.errors()[0]["msg"].removeprefix("Value error, "))
    try:
        hits = components().searcher.run(query, top_k=top_k, filters=filters)
    except INDEX_ERRORS as exc:
        _fail(str(exc))
    if as_json:
        click.echo(json.dumps({"query": query, "results": [search_result(h).model_dump() for h in hits]}, ensure_ascii=False, indent=2))
        return
    if not hits:
        click.echo("Inga träffar.")
    for rank, hit in enumerate(hits, 1):
        click.echo(f"{rank}. {hit.citation}  (poäng {hit.score:.4f})")
        click.echo(_indent(_shorten(hit.chunk.text, 400)))
        click.echo()


@cli.command()
@click.argument("question")
@top_k_option
@json_option
def ask(question: str, top_k: int, as_json: bool) -> None:
    """Ställ en fråga; svaret citerar beslutet (eller bästa meningen) med datum och punkt."""
    if not question.strip():
        click.echo("Fel: frågan får inte vara tom.", err=True)
        sys.exit(1)
    try:
        answer = components().answerer.run(question, top_k=top_k)
    except INDEX_ERRORS as exc:
        _fail(str(exc))
    if as_json:
        click.echo(json.dumps(ask_response(answer).model_dump(), ensure_ascii=False, indent=2))
        return
    click.echo(answer.text)


@cli.command()
@json_option
def meetings(as_json: bool) -> None:
    """Lista alla inlästa möten med deras punkter."""
    try:
        stored = components().store.all_meetings()
    except StoreUnavailable as exc:
        _fail(str(exc))
    if as_json:
        click.echo(json.dumps([m.model_dump() for m in stored], ensure_ascii=False, indent=2))
        return
    if not stored:
        click.echo("Inga möten är inlästa. Kör: minutes ingest MAPP")
    for meeting in stored:
        click.echo(f"{meeting.date or 'okänt datum'}  {meeting.body}  ({meeting.source})  [{meeting.id}]")
        for item in meeting.items:
            mark = " [beslut]" if item.decisions else ""
            click.echo(f"    {item.label}{mark}")


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@json_option
def inspect(file: Path, as_json: bool) -> None:
    """Visa hur en fil tolkades: mötesuppgifter och varifrån de kom, punkterna, besluten och alla flaggor."""
    result = parse_file(file)
    if result.error:
        _fail(f"{file}: {result.error}")
    if as_json:
        click.echo(json.dumps({"file": str(file), "meetings": [
            {"meeting": d.meeting.model_dump(), "sources": d.header.sources, "notes": d.notes}
            for d in result.documents]}, ensure_ascii=False, indent=2))
        return
    for number, document in enumerate(result.documents, 1):
        if len(result.documents) > 1:
            click.echo(f"=== Möte {number} av {len(result.documents)} ===")
        click.echo(describe(document))


def describe(document) -> str:
    """A parse as text for a person: header with sources, item tree, decisions, flags."""
    meeting, sources = document.meeting, document.header.sources
    lines = [f"Fil: {meeting.source}"]
    for label, key, value in [("Grupp", "body", meeting.body), ("Datum", "date", meeting.date),
                              ("Tid", "time", meeting.time), ("Plats", "place", meeting.place),
                              ("Ordförande", "chair", meeting.chair), ("Sekreterare", "secretary", meeting.secretary),
                              ("Justerare", "justerare", meeting.justerare)]:
        if value:
            origin = f"   (ur: {sources[key][:70]!r})" if key in sources and key != "body" else ""
            lines.append(f"{label}: {value}{origin}")
    if meeting.attendees:
        lines.append(f"Närvarande ({len(meeting.attendees)}): " + ", ".join(a.name for a in meeting.attendees))
    if meeting.absentees:
        lines.append(f"Frånvarande ({len(meeting.absentees)}): " + ", ".join(a.name for a in meeting.absentees))
    lines.extend(f"{'Kom senare' if m.came else 'Gick tidigare'}: {m.name}   (ur: '{m.text}')" for m in meeting.movements)
    lines.extend(f"Flagga: {flag}" for flag in meeting.flags)
    lines.append(f"Punkter ({len(meeting.items)}):")
    for item in meeting.items:
        presenter = f"   [föredragande: {item.presenter}]" if item.presenter else ""
        lines.append(f"  {item.label}{presenter}")
        for decision in item.decisions:
            lines.append(f"      beslut: {_shorten(decision.text, 160)}")
            if decision.proposal:
                lines.append(f"        (förslaget: {_shorten(decision.proposal, 140)})")
        lines.extend(f"      flagga: {flag}" for flag in item.flags)
    if document.notes:
        lines.append("Så lästes punkterna (och rader som liknade rubriker men behölls som text):")
        lines.extend(f"  {note}" for note in document.notes)
    return "\n".join(lines)


@cli.command()
@json_option
def status(as_json: bool) -> None:
    """Visa hur många möten och textstycken indexet har, och vilken modell och lagring som används."""
    comps = components()
    try:
        data = {"meetings": comps.store.count_meetings(), "chunks": comps.store.count_chunks(),
                "embedding_model": comps.settings.embedding_model,
                "embedding_backend": comps.embedding_backend, "store": comps.settings.store_description}
    except StoreUnavailable as exc:
        _fail(str(exc))
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False))
    else:
        click.echo(f"Möten: {data['meetings']}\nTextstycken: {data['chunks']}\n"
                   f"Modell: {data['embedding_model']} ({data['embedding_backend']})\nLagring: {data['store']}")


@cli.command()
@click.option("--host", help="Adress att lyssna på (standard: MINUTES_HOST eller 127.0.0.1).")
@click.option("--port", type=int, help="Port (standard: MINUTES_PORT eller 8000).")
@click.option("--workers", type=click.IntRange(1, 64), help="Antal serverprocesser som delar samma index "
              "(standard: MINUTES_WORKERS eller 1).")
def serve(host: str | None, port: int | None, workers: int | None) -> None:
    """Starta API:t och webbsidan."""
    import uvicorn

    from .api import create_app
    from .logs import configure_logging

    settings = _settings()
    configure_logging()
    host, port, workers = host or settings.host, port or settings.port, workers or settings.workers
    try:
        app = create_app(settings)
        _check_index(app.state.components)
    except AccessFileError as exc:
        _fail(str(exc))
    click.echo(f"Serverar på http://{host}:{port}  (sök: /, API-dokumentation: /docs)", err=True)
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
        return
    # Each worker process builds its own app from the same MINUTES_* settings and loads the index itself.
    uvicorn.run("service.api:create_app", factory=True, workers=workers, host=host, port=port,
                log_level="warning", access_log=False)


def _check_index(comps: Components) -> None:
    """Before serving: the index's vectors match the model and backend, and an ONNX export exists (made once
    here, not by every worker at once). A store that is down only warns later, as before."""
    try:
        from index.provenance import check

        check(comps.store, comps.embedder)
        comps.embedder.prepare()
    except (ModelNotFound, EmbeddingMismatch) as exc:
        _fail(str(exc))
    except StoreUnavailable:
        pass


@cli.command()
def reembed() -> None:
    """Koda om alla textstycken med inställd modell och bakände (MINUTES_EMBEDDING_MODEL,
    MINUTES_EMBEDDING_BACKEND), t.ex. efter byte av bakände; texterna läses inte om."""
    import time

    from index.provenance import reembed as reembed_all

    comps = components()
    started = time.perf_counter()
    try:
        # The configured backend (or the default), not the index's: switching backends is why this runs.
        embedder = comps.make_embedder(comps.settings.embedding_backend)
        count = reembed_all(comps.store, embedder)
    except INDEX_ERRORS as exc:
        _fail(str(exc))
    model, backend = embedder.identity
    click.echo(f"Klart: {count} textstycken kodade om med {model} ({backend}), {time.perf_counter() - started:.1f} s")


@cli.command("eval")
@click.argument("questions", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@json_option
@click.option("--dump", type=click.Path(dir_okay=False, path_type=Path),
              help="Skriv varje frågas rankade träffar som JSONL (formatet score.py läser).")
def evaluate(questions: Path, as_json: bool, dump: Path | None) -> None:
    """Mät kvaliteten på en frågefil: sökning (hit@1, hit@5, MRR@10, citering) eller, för en fil med
    fälten kind/found/cites/mentions, svaren (andel rätt totalt och per slags fråga)."""
    try:
        rows = load_questions(questions)
        if is_answer_file(rows):
            _evaluate_answers(rows, as_json, dump)
        else:
            _evaluate_search(rows, as_json, dump)
    except QuestionFileError as exc:
        _fail(str(exc))
    except INDEX_ERRORS as exc:
        _fail(str(exc))


def _evaluate_search(rows_in: list[dict], as_json: bool, dump: Path | None) -> None:
    rows = run_questions(components().searcher, rows_in)
    if dump:
        dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    report = score(rows_in, rows)
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False))
        return
    click.echo(f"Frågor: {report.n}\nhit@1: {report.hit_at_1:.3f}\nhit@5: {report.hit_at_5:.3f}\n"
               f"MRR@10: {report.mrr_at_10:.3f}\nCiteringar rätt: {report.citation_accuracy:.3f}")
    if report.missed:
        click.echo(f"Missade (inte bland de 5 första): {', '.join(report.missed)}")


def _evaluate_answers(rows_in: list[dict], as_json: bool, dump: Path | None) -> None:
    answerer = components().answerer
    answers = [answerer.run(row["question"], history=row.get("history") or []) for row in rows_in]
    if dump:
        dump.write_text("".join(json.dumps({"id": row["id"], **ask_response(a).model_dump(exclude={"results"})},
                                           ensure_ascii=False) + "\n" for row, a in zip(rows_in, answers)),
                        encoding="utf-8")
    report = score_answers(rows_in, answers)
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False))
        return
    click.echo(f"Frågor: {report.n}\nRätt svar: {report.correct:.3f}")
    for kind, share in report.by_kind.items():
        click.echo(f"  {kind}: {share:.3f}")
    click.echo(f"Felaktigt 'hittar inget': {report.wrong_not_found:.3f}\nPåhittat svar: {report.made_up:.3f}")
    if report.failed:
        click.echo(f"Fel: {', '.join(report.failed)}")


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"


def _indent(text: str) -> str:
    return "\n".join(f"   {line}" for line in text.splitlines())


def main() -> None:
    cli()
