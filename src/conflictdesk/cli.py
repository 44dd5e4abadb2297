"""The command line: a thin layer over ``conflictdesk.api``.

Machine formats go to stdout, messages to stderr; errors print ``Error: E123 …(remedy)`` and
exit 1. Every command that touches the database takes ``--db`` (a path or postgresql:// URL;
default: $CONFLICTDESK_DB, else a file in the user data directory).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from conflictdesk import api
from conflictdesk.errors import ConflictdeskError
from conflictdesk.ingest import DEFAULT_MAX_BYTES, IngestFailure
from conflictdesk.model import Event
from conflictdesk.report import exports, terminal
from conflictdesk.resolve.people import PersonRecord

app = typer.Typer(
    name="conflictdesk",
    help="Turn reports about armed conflict into a cited event database, offline.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="markdown",
)
# Tables stay readable when piped (the default would be 80 columns).
PIPED_WIDTH = 160
out = Console(width=None if sys.stdout.isatty() else PIPED_WIDTH)
err = Console(stderr=True)


class EventFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


class ScoreFormat(StrEnum):
    table = "table"
    json = "json"


DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database file or postgresql:// URL (default: $CONFLICTDESK_DB)."),
]
PacksOption = Annotated[
    list[str] | None, typer.Option("--pack", help="Data pack name or folder (repeatable).")
]
LlmUrlOption = Annotated[
    str | None,
    typer.Option("--llm", help="OpenAI-compatible endpoint URL to fill gaps (off by default)."),
]
LlmModelOption = Annotated[str | None, typer.Option("--model", help="Model name for --llm.")]


def llm_options(url: str | None, model: str | None) -> api.LlmOptions | None:
    if url is None and model is None:
        return None
    if not url or not model:
        raise typer.BadParameter("--llm and --model go together", param_hint="--llm/--model")
    return api.LlmOptions(url=url, model=model)


def print_llm_errors(errors: tuple[str, ...]) -> None:
    for line in errors:
        err.print(f"[yellow]Model:[/yellow] {line} (rule-based events kept)", highlight=False)


MaxBytesOption = Annotated[
    int, typer.Option("--max-bytes", help="Refuse files larger than this many bytes.")
]


@contextmanager
def handled() -> Iterator[None]:
    """Translate library errors into one line on stderr and exit code 1."""
    try:
        yield
    except ConflictdeskError as exc:
        err.print(f"[red]Error:[/red] {exc}", highlight=False)
        raise typer.Exit(1) from None


def parse_date(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not a date; use YYYY-MM-DD", param_hint=option
        ) from None


@contextmanager
def progress_bar(enabled: bool) -> Iterator[api.Progress | None]:
    if not enabled:
        yield None
        return
    with Progress(
        TextColumn("reading"), BarColumn(), MofNCompleteColumn(), console=err, transient=True
    ) as bar:
        task = bar.add_task("files", total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield advance


def print_failures(failures: tuple[IngestFailure, ...]) -> None:
    for failure in failures:
        err.print(f"[red]Error:[/red] {failure.line}", highlight=False)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of reports.")],
    db: DbOption = None,
    published: Annotated[
        str | None,
        typer.Option(help="Reference date (YYYY-MM-DD) for documents without one."),
    ] = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    pack: PacksOption = None,
    llm: LlmUrlOption = None,
    model: LlmModelOption = None,
) -> None:
    """Ingest files and folders (.txt .md .html .jsonl .xml/.rss/.atom), extract and store events.

    Example: `conflictdesk ingest reports/ --db events.db`
    """
    with handled():
        with progress_bar(err.is_terminal) as advance:
            summary = api.ingest(
                paths,
                db=db,
                max_bytes=max_bytes,
                published=parse_date(published, "--published"),
                packs=pack,
                progress=advance,
                llm=llm_options(llm, model),
            )
        print_failures(summary.failures)
        print_llm_errors(summary.llm_errors)
        err.print(
            f"{len(summary.documents_added)} documents added, "
            f"{len(summary.documents_existing)} already stored, "
            f"{summary.events_added} events added, {summary.events_updated} updated"
            + (f", {summary.kept_reviewed} reviewed kept" if summary.kept_reviewed else "")
            + f"; {len(summary.failures)} failed. Database: {summary.db}",
            highlight=False,
        )
        if summary.failures:
            raise typer.Exit(1)


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of reports.")],
    format: Annotated[EventFormat, typer.Option("--format", "-f")] = EventFormat.table,
    published: Annotated[str | None, typer.Option(help="Reference date (YYYY-MM-DD).")] = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    pack: PacksOption = None,
    llm: LlmUrlOption = None,
    model: LlmModelOption = None,
) -> None:
    """Extract events and print them without storing anything.

    Example: `conflictdesk extract report.txt --format jsonl`
    """
    with handled():
        extractions, failures, llm_errors = api.extract(
            paths,
            max_bytes=max_bytes,
            published=parse_date(published, "--published"),
            packs=pack,
            llm=llm_options(llm, model),
        )
        events = [e for x in extractions for e in x.events]
        emit_events(events, format)
        print_failures(failures)
        print_llm_errors(llm_errors)
        if failures:
            raise typer.Exit(1)


def emit_events(events: list[Event], format: EventFormat) -> None:
    if format is EventFormat.jsonl:
        sys.stdout.write(exports.to_jsonl(events))
    elif format is EventFormat.csv:
        sys.stdout.write(exports.to_csv(events))
    else:
        out.print(terminal.events_table(events))
        err.print(f"{len(events)} events")


@app.command()
def events(
    db: DbOption = None,
    format: Annotated[EventFormat, typer.Option("--format", "-f")] = EventFormat.table,
    actor: Annotated[str | None, typer.Option(help="Registry id, e.g. ISKP.")] = None,
    since: Annotated[str | None, typer.Option(help="First date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last date, YYYY-MM-DD.")] = None,
    type: Annotated[str | None, typer.Option("--type", help="ACLED event type.")] = None,
    province: Annotated[str | None, typer.Option(help="Province (admin1).")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
) -> None:
    """List stored events, oldest first.

    Example: `conflictdesk events --actor ISKP --since 2022-01-01 --format csv`
    """
    with handled():
        found = api.events(
            db=db,
            actor=actor,
            since=parse_date(since, "--since"),
            until=parse_date(until, "--until"),
            event_type=type,
            admin1=province,
            limit=limit,
        )
        emit_events(found, format)


@app.command()
def show(
    event_id: Annotated[str, typer.Argument(help="An id from `conflictdesk events`.")],
    db: DbOption = None,
    format: Annotated[ScoreFormat, typer.Option("--format", "-f")] = ScoreFormat.table,
) -> None:
    """Show one event with every source and its evidence, extracted words marked.

    Example: `conflictdesk show ev-1a2b3c4d5e6f`
    """
    with handled():
        view = api.show(event_id, db=db)
        if format is ScoreFormat.json:
            sys.stdout.write(json.dumps(view.event.to_dict(), ensure_ascii=False, indent=2) + "\n")
        else:
            out.print(terminal.event_detail(view.event, view.documents))


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL file or a folder of gold*.jsonl.")],
    db: DbOption = None,
    docs: Annotated[
        list[Path] | None,
        typer.Option("--docs", help="Extract these documents afresh instead of reading --db."),
    ] = None,
    format: Annotated[ScoreFormat, typer.Option("--format", "-f")] = ScoreFormat.table,
    pack: PacksOption = None,
) -> None:
    """Per-field accuracy and event precision/recall/F1 against gold annotations.

    Example: `conflictdesk evaluate corpora/dev/summaries/gold.jsonl --docs corpora/dev/summaries`
    """
    with handled():
        report = api.evaluate(gold, db=db, docs=docs, packs=pack)
        if format is ScoreFormat.json:
            sys.stdout.write(json.dumps(report.to_dict(), indent=2) + "\n")
        else:
            out.print(terminal.evaluation_table(report))


@app.command()
def demo(
    out_dir: Annotated[
        Path, typer.Option("--out", help="Folder for the demo database and HTML summary.")
    ] = Path("conflictdesk-demo"),
) -> None:
    """Run the bundled Afghanistan samples end to end: ingest, list events, write HTML.

    Example: `conflictdesk demo --out /tmp/demo`
    """
    from conflictdesk.demo import run_demo

    with handled():
        result = run_demo(out_dir)
        print_failures(result.ingest.failures)
        out.print(terminal.events_table(result.events, title="Events from the sample corpus"))
        if result.evaluation is not None:
            r = result.evaluation
            err.print(
                f"Against the sample gold: event F1 {r.f1:.3f} "
                f"(precision {r.precision:.3f}, recall {r.recall:.3f})",
                highlight=False,
            )
        err.print(f"Database: {result.ingest.db}", highlight=False)
        err.print(f"HTML summary: {result.html}", highlight=False)
        err.print(
            f"Next: conflictdesk show {result.events[0].event_id if result.events else 'ID'} "
            f"--db {result.db_path}",
            highlight=False,
        )


class TableJson(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"
    json = "json"


WhoOption = Annotated[
    str | None, typer.Option("--who", help="Analyst name for the audit trail (default: $USER).")
]
NoteOption = Annotated[str | None, typer.Option("--note", help="Why; kept in the audit trail.")]


@app.command("review")
def review_command(
    event_id: Annotated[
        str | None, typer.Argument(help="Event to change; none lists the queue.")
    ] = None,
    db: DbOption = None,
    set_: Annotated[
        list[str] | None,
        typer.Option("--set", help="FIELD=VALUE (repeatable), e.g. fatalities.best=12."),
    ] = None,
    accept: Annotated[bool, typer.Option("--accept", help="Mark reviewed as it stands.")] = False,
    reject: Annotated[
        bool, typer.Option("--reject", help="Not an event; never comes back.")
    ] = False,
    merge: Annotated[
        str | None, typer.Option("--merge", help="Fold this other event into EVENT_ID.")
    ] = None,
    split: Annotated[bool, typer.Option("--split", help="One event per source document.")] = False,
    who: WhoOption = None,
    note: NoteOption = None,
    format: Annotated[EventFormat, typer.Option("--format", "-f")] = EventFormat.table,
    limit: Annotated[int, typer.Option(help="Queue length.")] = 50,
) -> None:
    """Review events: list those needing attention, or set, accept, reject, merge or split one.

    Examples: `conflictdesk review` lists the queue;
    `conflictdesk review ev-1a2b --set fatalities.best=12 --note "MoI figure"`;
    `conflictdesk review ev-1a2b --merge ev-3c4d`.
    """
    with handled():
        if event_id is None:
            items = api.review_queue(db=db, limit=limit)
            if format is EventFormat.table:
                out.print(terminal.events_table([i.event for i in items], title="Needs review"))
                for item in items:
                    err.print(f"{item.event.event_id}: {', '.join(item.reasons)}", highlight=False)
            else:
                emit_events([i.event for i in items], format)
            return
        changed = api.review(
            event_id,
            db=db,
            set_fields=set_ or (),
            accept=accept,
            reject=reject,
            merge=merge,
            split=split,
            who=who,
            note=note,
        )
        emit_events(changed, format)


@app.command()
def history(
    event_id: Annotated[str, typer.Argument(help="An event id.")],
    db: DbOption = None,
    format: Annotated[ScoreFormat, typer.Option("--format", "-f")] = ScoreFormat.table,
) -> None:
    """The audit trail of an event: who changed what, when, from what to what, and why.

    Example: `conflictdesk history ev-1a2b3c4d5e6f`
    """
    with handled():
        records = api.history(event_id, db=db)
        if format is ScoreFormat.json:
            rows = [
                {
                    "at": r.at.isoformat(),
                    "who": r.who,
                    "action": r.action,
                    "field": r.field,
                    "old": r.old,
                    "new": r.new,
                    "note": r.note,
                }
                for r in records
            ]
            sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n")
            return
        out.print(terminal.history_table(event_id, records))


@app.command()
def people(
    db: DbOption = None,
    actor: Annotated[str | None, typer.Option(help="Only this organisation, e.g. ISKP.")] = None,
    format: Annotated[TableJson, typer.Option("--format", "-f")] = TableJson.table,
    pack: PacksOption = None,
) -> None:
    """Named people: aliases, organisation, roles, and status history with sources.

    Example: `conflictdesk people --actor ISKP --format jsonl`
    """
    with handled():
        records = api.people(db=db, actor=actor, packs=pack)
        emit_people(records, format)


@app.command()
def person(
    name: Annotated[str, typer.Argument(help="A name or alias in any spelling.")],
    db: DbOption = None,
    format: Annotated[TableJson, typer.Option("--format", "-f")] = TableJson.table,
    pack: PacksOption = None,
) -> None:
    """One person by any name or alias, with the full status history and sources.

    Example: `conflictdesk person "Abu Usman al-Kashmiri"`
    """
    with handled():
        records = api.person(name, db=db, packs=pack)
        if format is TableJson.table:
            for record in records:
                out.print(terminal.person_detail(record))
        else:
            emit_people(records, format)


def emit_people(records: list[PersonRecord], format: TableJson) -> None:
    if format is TableJson.table:
        out.print(terminal.people_table(records))
    elif format is TableJson.csv:
        sys.stdout.write(exports.people_csv(records))
    elif format is TableJson.json:
        sys.stdout.write(json.dumps([r.to_dict() for r in records], ensure_ascii=False) + "\n")
    else:
        for r in records:
            sys.stdout.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")


@app.command()
def actors(
    db: DbOption = None,
    accept: Annotated[
        str | None, typer.Option("--accept", help="A suggested name to accept as an alias.")
    ] = None,
    as_: Annotated[
        str | None, typer.Option("--as", help="The actor id it belongs to (new ids allowed).")
    ] = None,
    format: Annotated[ScoreFormat, typer.Option("--format", "-f")] = ScoreFormat.table,
    pack: PacksOption = None,
) -> None:
    """The actor registry, and names in your documents that look like unknown groups.

    Examples: `conflictdesk actors`;
    `conflictdesk actors --accept "Jaish al-Adl" --as JAISH_AL_ADL`
    """
    with handled():
        if accept is not None:
            if not as_:
                raise typer.BadParameter("--accept needs --as ACTOR_ID", param_hint="--as")
            path = api.accept_actor_alias(as_, accept)
            err.print(f"Added {accept!r} to {as_} in {path}", highlight=False)
            return
        view = api.actors(db=db, packs=pack)
        if format is ScoreFormat.json:
            data = {
                "actors": [
                    {
                        "id": a.id,
                        "name": a.name,
                        "kind": a.kind,
                        "parent": a.parent,
                        "aliases": [{"text": x.text, "language": x.language} for x in a.aliases],
                        "events": view.event_counts.get(a.id, 0),
                    }
                    for a in view.actors
                ],
                "suggestions": [
                    {"name": s.name, "mentions": s.mentions, "documents": list(s.documents)}
                    for s in view.suggestions
                ],
            }
            sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
            return
        out.print(terminal.actors_table(view.actors, view.event_counts))
        if view.suggestions:
            out.print(terminal.suggestions_table(view.suggestions))


@app.command("analyse")
def analyse_command(
    name: Annotated[
        str,
        typer.Argument(
            help="tempo, targets, geography, leadership, decapitation, retaliation or trend."
        ),
    ],
    db: DbOption = None,
    actor: Annotated[str | None, typer.Option(help="Actor id (decapitation needs it).")] = None,
    from_: Annotated[
        str | None, typer.Option("--from", help="retaliation: the actor acting.")
    ] = None,
    to: Annotated[
        str | None, typer.Option("--to", help="retaliation: the actor answering.")
    ] = None,
    window: Annotated[int | None, typer.Option(help="decapitation: days before/after.")] = None,
    freq: Annotated[str | None, typer.Option(help="month or week.")] = None,
    by: Annotated[str | None, typer.Option(help="tempo: group by actor, type or province.")] = None,
    since: Annotated[str | None, typer.Option(help="First date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last date, YYYY-MM-DD.")] = None,
    split: Annotated[str | None, typer.Option(help="targets: before/after date.")] = None,
    format: Annotated[ScoreFormat, typer.Option("--format", "-f")] = ScoreFormat.table,
) -> None:
    """Run one analysis on the stored events, with its baseline.

    Examples: `conflictdesk analyse tempo --actor ISKP --freq month --format json`;
    `conflictdesk analyse decapitation --actor ISKP --window 30`;
    `conflictdesk analyse retaliation --from TALIBAN --to ISKP`
    """
    with handled():
        options = analysis_options(
            name,
            actor=actor,
            source=from_,
            target=to,
            window=window,
            freq=freq,
            by=by,
            since=parse_date(since, "--since"),
            until=parse_date(until, "--until"),
            split=parse_date(split, "--split"),
        )
        result = api.analyse(name, db=db, **options)
        data = result.to_dict()
        if format is ScoreFormat.json:
            sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        else:
            out.print(terminal.analysis_view(name, data))


def analysis_options(name: str, **given: object) -> dict[str, object]:
    """The options an analysis takes, from what the user gave; others are an error."""
    accepted = {
        "tempo": {"actor", "freq", "by", "since", "until"},
        "targets": {"actor", "freq", "split", "since", "until"},
        "geography": {"actor", "freq", "since", "until"},
        "leadership": {"actor", "since", "until"},
        "decapitation": {"actor", "window"},
        "retaliation": {"source", "target", "since", "until"},
        "trend": {"actor", "freq", "since", "until"},
    }.get(name)
    if accepted is None:
        raise typer.BadParameter(f"no analysis named {name!r}", param_hint="NAME")
    extra = sorted(k for k, v in given.items() if v is not None and k not in accepted)
    if extra:
        flags = ", ".join(
            "--from" if k == "source" else "--to" if k == "target" else f"--{k}" for k in extra
        )
        raise typer.BadParameter(f"{name} does not take {flags}", param_hint=flags)
    return {k: v for k, v in given.items() if k in accepted and v is not None}


class AssessFormat(StrEnum):
    md = "md"
    html = "html"
    json = "json"


@app.command("assess")
def assess_command(
    actor: Annotated[str, typer.Option(help="Actor id, e.g. ISKP.")],
    question: Annotated[str, typer.Option(help="influence or targets.")] = "influence",
    since: Annotated[str | None, typer.Option(help="First date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last date, YYYY-MM-DD.")] = None,
    db: DbOption = None,
    format: Annotated[AssessFormat, typer.Option("--format", "-f")] = AssessFormat.md,
) -> None:
    """A verdict (rising / stable / declining / not enough data) with indicators, baselines,
    caveats and footnoted citations.

    Example: `conflictdesk assess --actor ISKP --question influence --format md`
    """
    from conflictdesk.report.assessment import render_assessment

    with handled():
        cited = api.assess(
            actor=actor,
            question=question,
            since=parse_date(since, "--since"),
            until=parse_date(until, "--until"),
            db=db,
        )
        sys.stdout.write(render_assessment(cited, format.value))


@app.command("report")
def report_command(
    out_file: Annotated[Path, typer.Option("--out", help="FILE.html, FILE.pdf, FILE.md or .json")],
    actor: Annotated[str | None, typer.Option(help="Actor to assess, e.g. ISKP.")] = None,
    question: Annotated[str, typer.Option(help="influence or targets.")] = "influence",
    since: Annotated[str | None, typer.Option(help="First date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last date, YYYY-MM-DD.")] = None,
    db: DbOption = None,
    pack: PacksOption = None,
) -> None:
    """Write the full report: assessment, charts, province map and citations, offline.

    Example: `conflictdesk report --actor ISKP --out iskp.html` (PDF needs Debian's chromium)
    """
    with handled():
        path = api.report(
            out_file,
            actor=actor,
            question=question,
            since=parse_date(since, "--since"),
            until=parse_date(until, "--until"),
            db=db,
            packs=pack,
        )
        err.print(f"Report written to {path}", highlight=False)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on (loopback by default).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(help="Port; 0 picks a free one.")] = 8765,
    open_browser: Annotated[bool, typer.Option("--open", help="Open it in a browser.")] = False,
) -> None:
    """The web dashboard: events, evidence, people, assessments and review, offline.

    Example: `conflictdesk serve --db events.db` then open http://127.0.0.1:8765/
    """
    from conflictdesk.web import serve as run_server

    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(
            f"[yellow]Warning:[/yellow] listening on {host}: anyone who can reach it can read "
            "the events and post reviews (same-origin checks still apply).",
            highlight=False,
        )
    with handled():
        run_server(
            db,
            host,
            port,
            open_browser=open_browser,
            on_ready=lambda url: err.print(f"Serving on {url} (Ctrl-C to stop)", highlight=False),
        )


@app.command()
def doctor(db: DbOption = None) -> None:
    """Check the database, packs, language detection and optional services; change nothing.

    Example: `conflictdesk doctor --db events.db`
    """
    from conflictdesk.doctor import run_checks

    checks = run_checks(db)
    out.print(terminal.doctor_table(checks))
    if any(not c.ok and not c.optional for c in checks):
        raise typer.Exit(1)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
