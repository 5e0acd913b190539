"""The ``kg`` command: a thin layer over the library; each command calls one library function."""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import click

from .errors import KGError

__all__ = ["main", "cli"]


def _report_errors(func):
    """Turn library errors into one line and exit status 1."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except KGError as exc:
            raise click.ClickException(str(exc)) from None
    return wrapper


class _Command(click.Command):
    """A command whose docstring's closing Example block is shown after the options."""

    def __init__(self, *args, **kwargs):
        import inspect
        import re

        help_text = inspect.cleandoc(kwargs.get("help") or "")
        parts = re.split(r"\n\x08\n(?=Example)", help_text, maxsplit=1)
        if len(parts) == 2:
            kwargs["help"] = parts[0].rstrip()
            kwargs["epilog"] = parts[1]
        super().__init__(*args, **kwargs)

    def format_epilog(self, ctx, formatter):
        if self.epilog:
            formatter.write_paragraph()
            title, _, body = self.epilog.partition("\n")
            formatter.write_text(title)
            with formatter.indentation():
                for line in body.splitlines():
                    formatter.write(f"{' ' * formatter.current_indent}{line.strip()}\n")


class _Group(click.Group):
    command_class = _Command


store_option = click.option(
    "--store", "store_dir", type=click.Path(file_okay=False), envvar="KG_STORE", default=".kg/store",
    show_default=True, help="Store directory (or set KG_STORE).")


def _format_option(choices, default):
    return click.option("--format", "fmt", type=click.Choice(choices), default=default, show_default=True,
                        help="Output format.")


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="bilateral-kg")
def cli() -> None:
    """Turn news about diplomacy into a knowledge graph of bilateral relations.

    \b
    Example:
        kg build seeds/ && kg query "SELECT (COUNT(*) AS ?n) WHERE { ?e a dip:Visit }"
    """


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@store_option
@click.option("--export/--no-export", default=True, help="Also write build/graph.ttl.")
@click.option("--out", type=click.Path(dir_okay=False), default="build/graph.ttl", show_default=True,
              help="Where the export goes.")
@_report_errors
def build(paths, store_dir, export, out):
    """Extract documents into the store (incremental: unchanged files are skipped).

    PATHS are files (.txt .md .html .jsonl) or folders; the default is seeds/.

    \b
    Example:
        kg build seeds/ more-news/ --store .kg/store
    """
    from .documents import iter_files
    from .store import build as run_build, export as run_export, open_store

    paths = paths or ("seeds",)
    store = open_store(store_dir)
    files = iter_files(paths)
    interactive = sys.stderr.isatty()
    with click.progressbar(length=len(files), label="Extracting", file=sys.stderr,
                           hidden=not interactive) as bar:
        seen: set[str] = set()

        def step(source: str) -> None:
            file = source.partition("#")[0]
            if file not in seen:
                seen.add(file)
                bar.update(1)

        report = run_build(store, paths, progress=step)
    for error in report.skipped:
        click.echo(f"warning: skipped {error}", err=True)
    click.echo(f"documents: {report.read} read, {report.added} added, {report.replaced} replaced, "
               f"{report.unchanged} unchanged, {report.duplicates} duplicate, {len(report.skipped)} skipped")
    events = ", ".join(f"{k} {v}" for k, v in sorted(report.events.items())) or "none"
    click.echo(f"events extracted: {events} ({report.planned} planned)")
    if export:
        _write_atomic(Path(out), run_export(store, "ttl"))
        click.echo(f"wrote {out}")
    if report.skipped and not report.read:
        raise click.ClickException("no document could be read; see the warnings above")


def _write_atomic(path: Path, data: bytes) -> None:
    import os
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@cli.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(exists=True, dir_okay=False),
              help="Read the query from a .rq file.")
@store_option
@_format_option(["table", "csv", "tsv", "json"], "table")
@_report_errors
def query(sparql, query_file, store_dir, fmt):
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over the store.

    The usual prefixes (dip:, id:, rdfs:, xsd:, owl:, skos:, wd:) are declared for you.

    \b
    Example:
        kg query "SELECT ?e ?date WHERE { ?e a dip:Visit ; dip:date ?date }" --format csv
        kg query -f queries/visits.rq
    """
    from .results import format_result
    from .store import open_store, query as run_query

    if bool(sparql) == bool(query_file):
        raise click.UsageError("give either a SPARQL string or -f FILE.rq")
    text = Path(query_file).read_text(encoding="utf-8") if query_file else sparql
    store = open_store(store_dir, create=False, read_only=True)
    click.echo(format_result(run_query(store, text), fmt), nl=False)


@cli.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(["ttl", "nt", "trig", "nq", "jsonld"]), default="ttl",
              show_default=True, help="RDF syntax.")
@click.option("-o", "--out", type=click.Path(dir_okay=False), help="Output file (default: standard output).")
@_report_errors
def export(store_dir, fmt, out):
    """Export the whole graph (byte-identical for the same store content).

    \b
    Example:
        kg export --format trig -o build/graph.trig
    """
    from .store import export as run_export, open_store

    data = run_export(open_store(store_dir, create=False, read_only=True), fmt)
    if out:
        _write_atomic(Path(out), data)
        click.echo(f"wrote {out}")
    else:
        click.echo(data.decode("utf-8"), nl=False)


@cli.command()
@store_option
@_report_errors
def validate(store_dir):
    """Check the graph against the SHACL shapes; exit 1 on violations.

    \b
    Example:
        kg validate --store .kg/store
    """
    from .schema import validate as run_validate
    from .store import open_store, to_rdflib

    conforms, text = run_validate(to_rdflib(open_store(store_dir, create=False, read_only=True)))
    if not conforms:
        click.echo(text)
        raise click.ClickException("the graph violates the SHACL shapes (see the report above)")
    click.echo("the graph conforms to ontology/shapes.ttl")


@cli.command()
@store_option
@_format_option(["table", "json"], "table")
@_report_errors
def stats(store_dir, fmt):
    """Counts: resources by class, events by type and year, documents.

    \b
    Example:
        kg stats --format json
    """
    from .results import format_stats
    from .stats import graph_stats
    from .store import open_store

    click.echo(format_stats(graph_stats(open_store(store_dir, create=False, read_only=True)), fmt), nl=False)


@cli.command()
@click.argument("path", type=click.Path())
@store_option
@_report_errors
def forget(path, store_dir):
    """Remove the facts of the documents built from PATH (a file or a folder).

    \b
    Example:
        kg forget seeds/001_d562adb935d7f44d.txt
    """
    from .store import forget as run_forget, open_store

    gone = run_forget(open_store(store_dir, create=False), path)
    if not gone:
        raise click.ClickException(f"{path}: no stored document was built from this path; see 'kg stats'")
    for item in gone:
        click.echo(f"forgot {item}")


@cli.command(name="eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("docs_dir", required=False, type=click.Path(exists=True, file_okay=False))
@click.option("--quiet", is_flag=True, help="Scores only, without the lists of misses and extras.")
@_report_errors
def eval_command(gold_dir, docs_dir, quiet):
    """Score extraction against gold annotations (one JSON file per document).

    DOCS_DIR defaults to the docs/ folder beside GOLD_DIR. Prints precision, recall and F1 by
    event type, the visit-direction, date and person accuracies, then misses and extras.

    \b
    Example:
        kg eval tests/devset/dev/gold tests/devset/dev/docs
    """
    from .evaluation import evaluate, format_report

    click.echo(format_report(evaluate(gold_dir, docs_dir), details=not quiet), nl=False)


def main() -> None:
    """Entry point of the ``kg`` console script."""
    cli(prog_name="kg")


if __name__ == "__main__":  # pragma: no cover
    main()
