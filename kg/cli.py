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
    if report.skipped and not report.read:
        raise click.ClickException("no document could be read; see the warnings above")
    if export:
        _write_atomic(Path(out), run_export(store, "ttl"))
        click.echo(f"wrote {out}")


def _write_atomic(path: Path, data: bytes) -> None:
    from .files import write_atomic

    write_atomic(path, data)


@cli.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(exists=True, dir_okay=False),
              help="Read the query from a .rq file.")
@store_option
@click.option("--endpoint", metavar="URL", help="Query this SPARQL server instead of the store.")
@click.option("--user", help="User for --endpoint; the password comes from KG_PASSWORD or a prompt.")
@_format_option(["table", "csv", "tsv", "json"], "table")
@_report_errors
def query(sparql, query_file, store_dir, endpoint, user, fmt):
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over the store or a SPARQL server.

    The usual prefixes (dip:, id:, rdfs:, xsd:, owl:, skos:, wd:) are declared for you.

    \b
    Example:
        kg query "SELECT ?e ?date WHERE { ?e a dip:Visit ; dip:date ?date }" --format csv
        kg query -f queries/visits.rq
        kg query -f queries/partners.rq --endpoint http://127.0.0.1:8890/sparql
    """
    from .results import format_result
    from .store import open_store, query as run_query

    if bool(sparql) == bool(query_file):
        raise click.UsageError("give either a SPARQL string or -f FILE.rq")
    text = Path(query_file).read_text(encoding="utf-8") if query_file else sparql
    if endpoint:
        from .remote import remote_query

        result = remote_query(endpoint, text, auth=_endpoint_auth(user), user=user)
    else:
        result = run_query(open_store(store_dir, create=False, read_only=True), text)
    click.echo(format_result(result, fmt), nl=False)


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


#: kg.analysis.MEASURES, repeated here so that ``kg --help`` does not import networkx.
_MEASURES = ("degree", "strength", "pagerank", "betweenness", "eigenvector", "closeness")


def _window_options(func):
    until = click.option("--until", metavar="DATE",
                         help="Only events up to DATE (YYYY, YYYY-MM or YYYY-MM-DD: up to its last day).")
    since = click.option("--since", metavar="DATE",
                         help="Only events from DATE on (YYYY, YYYY-MM or YYYY-MM-DD); undated ones are left out.")
    return since(until(func))


def _render(header: list[str], rows: list[dict], fmt: str, styles: dict | None = None) -> str:
    """Rows as an aligned table (cells styled for reading), csv, or a JSON array."""
    import csv
    import io

    if fmt == "json":
        return json.dumps(rows, indent=2, ensure_ascii=False) + "\n"

    def cell(key, value, table):
        if value is None:
            return ""
        if isinstance(value, dict):
            return ", ".join(f"{k} {v}" for k, v in value.items())
        if table and styles and key in styles:
            return styles[key](value)
        return str(value)

    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        writer.writerows([cell(h, row[h], False) for h in header] for row in rows)
        return out.getvalue()
    from .results import format_table

    table = format_table(header, [[cell(h, row[h], True) for h in header] for row in rows])
    return table + f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n"


def _number(value: float) -> str:
    return f"{round(value, 3):g}"


@cli.command()
@click.option("--measure", type=click.Choice(_MEASURES), default="pagerank", show_default=True,
              help="The centrality measure.")
@click.option("--graph", "graph_name", type=click.Choice(["countries", "actors", "visits", "sanctions"]),
              default="countries", show_default=True,
              help="Countries tied by shared events; all actors; visits (guest -> host); sanctions "
                   "(imposer -> target).")
@click.option("--top", type=click.IntRange(min=0), default=10, show_default=True, help="How many to show (0: all).")
@click.option("--samples", "k", type=click.IntRange(min=1), metavar="K",
              help="Estimate betweenness from K sampled nodes (for large graphs).")
@_window_options
@click.option("--save", is_flag=True,
              help="Also store every measure of this graph in the analysis graph (replacing earlier results).")
@store_option
@_format_option(["table", "csv", "json"], "table")
@_report_errors
def centrality(measure, graph_name, top, k, since, until, save, store_dir, fmt):
    """Rank countries (or all actors) by centrality in the network of events.

    Planned events are left out; an event of n countries adds 1/(n-1) to each pair, so a summit
    weighs no more for a country than one visit. With --save, SPARQL sees the results as
    dip:CentralityMeasurement resources.

    \b
    Example:
        kg centrality --measure betweenness --since 2023 --top 5
        kg centrality --graph actors --save
    """
    from . import analysis
    from .namespace import graph_iri
    from .store import open_store

    store = open_store(store_dir, create=False, read_only=not save)
    project = {"countries": analysis.country_graph, "actors": analysis.actor_graph,
               "visits": analysis.visit_graph, "sanctions": analysis.sanction_graph}[graph_name]
    graph = project(store, since=since, until=until)
    rows = analysis.centrality_table(graph, [measure], k=k)
    rows = rows[:top] if top else rows
    style = _number if measure == "strength" else "{:.4f}".format
    click.echo(_render(["rank", "id", "label", "kind", measure], rows, fmt, {measure: style}), nl=False)
    if save:
        count = analysis.save_centrality(store, graph, k=k)
        click.echo(f"saved {count} measurements in the graph <{graph_iri('analysis')}>", err=True)


@cli.command()
@click.argument("country")
@_window_options
@click.option("--by-year", is_flag=True, help="Rank the partners of each calendar year (dated events only).")
@store_option
@_format_option(["table", "csv", "json"], "table")
@_report_errors
def partners(country, since, until, by_year, store_dir, fmt):
    """A country's partners, strongest tie first, with events by type and first and last contact.

    COUNTRY is an ISO3 code or a name, alias or demonym the gazetteer knows (BLR, Belarus,
    Belarusian). weight counts the visits, meetings, agreement signings and summits the two took
    part in (an event of n countries counts 1/(n-1) per pair); share is the partner's part of the
    country's total; pagerank is the partner's own centrality in the country graph.

    \b
    Example:
        kg partners Belarus --since 2023 --format csv
    """
    from dataclasses import asdict

    from .analysis import partners as find_partners, partners_by_year
    from .store import open_store

    store = open_store(store_dir, create=False, read_only=True)
    found = (partners_by_year if by_year else find_partners)(store, country, since=since, until=until)
    header = ["year"] * by_year + ["rank", "iso3", "partner", "weight", "share", "events", "types", "first",
                                   "last", "pagerank"]
    rows = [{**asdict(p), "partner": p.label, "pagerank": p.centrality} for p in found]
    rows = [{h: row[h] for h in header} for row in rows]
    styles = {"weight": _number, "share": "{:.1%}".format, "pagerank": "{:.4f}".format}
    click.echo(_render(header, rows, fmt, styles), nl=False)


def _endpoint_auth(user: str | None, bearer: bool = False):
    """Credentials for a SPARQL server: --user's password (KG_PASSWORD, else a hidden prompt) or KG_TOKEN."""
    import os

    from .remote import make_auth

    if user:
        password = os.environ.get("KG_PASSWORD")
        if password is None:
            if not sys.stdin.isatty():
                raise click.UsageError(f"set KG_PASSWORD to the password of {user!r} (there is no terminal to ask on)")
            password = click.prompt(f"Password for {user}", hide_input=True, err=True)
        return make_auth(user, password)
    if bearer:
        token = os.environ.get("KG_TOKEN")
        if not token:
            raise click.UsageError("--bearer sends the token in KG_TOKEN; set it")
        return make_auth(token=token)
    return None


@cli.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port to listen on (0 picks a free one).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=30.0, show_default=True,
              help="Seconds a query may run; then it is stopped and answered with HTTP 503.")
@click.option("--max-rows", type=click.IntRange(min=1), default=100_000, show_default=True,
              help="Largest result served; a larger one is answered with HTTP 422.")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True,
              help="Queries that run at once, each in its own process.")
@click.option("--allow-update", is_flag=True,
              help="Accept SPARQL updates that carry the token in KG_TOKEN as 'Authorization: Bearer ...'.")
@click.option("--cors", is_flag=True, help="Let web pages from other origins query the server.")
@_report_errors
def serve(store_dir, host, port, timeout, max_rows, workers, allow_update, cors):
    """Serve the store over the SPARQL 1.1 Protocol at /sparql, with a query page at /.

    Queries run on Oxigraph's engine in worker processes, so a long query does not block other
    clients and one that outlives --timeout is stopped. Read-only unless --allow-update.

    \b
    Example:
        kg serve --port 8000 --timeout 30 --max-rows 100000
    """
    import os

    from .server import LOOPBACK_HOSTS, serve as run_server

    token = os.environ.get("KG_TOKEN") if allow_update else None
    if allow_update and not token:
        raise click.UsageError("--allow-update needs a token: set KG_TOKEN to a secret (it is never read from "
                               "the command line)")
    if host not in LOOPBACK_HOSTS:
        click.echo(f"warning: listening on {host}: whoever reaches this machine can query the graph", err=True)

    def ready(url: str) -> None:
        mode = "updates need KG_TOKEN" if allow_update else "read-only"
        click.echo(f"serving {store_dir} at {url} ({mode}; timeout {timeout:g} s; at most {max_rows} rows); "
                   "Ctrl-C stops")
        sys.stdout.flush()

    run_server(store_dir, host=host, port=port, timeout=timeout, max_rows=max_rows, workers=workers,
               allow_update=allow_update, token=token, cors=cors, on_ready=ready)


@cli.command()
@click.option("--endpoint", metavar="URL", required=True,
              help="The server's Graph Store Protocol URL (its SPARQL Update URL with --protocol update).")
@click.option("--user", help="User; the password comes from KG_PASSWORD or a prompt.")
@click.option("--bearer", is_flag=True, help="Send the token in KG_TOKEN (for kg serve --allow-update).")
@click.option("--protocol", type=click.Choice(["gsp", "update"]), default="gsp", show_default=True,
              help="One Graph Store Protocol PUT per graph, or SPARQL Update (DROP + INSERT DATA).")
@click.option("--full", is_flag=True, help="Send every graph again, whatever was pushed before.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60.0, show_default=True,
              help="Seconds to wait for each answer.")
@store_option
@_report_errors
def push(endpoint, user, bearer, protocol, full, timeout, store_dir):
    """Send the graph to a SPARQL server, one named graph per document, only what changed.

    What each endpoint confirmed is remembered in the store directory (kg-push.json): a re-run
    sends changed documents and deletes forgotten ones, and completes an interrupted push.

    \b
    Example:
        kg push --endpoint http://127.0.0.1:8890/sparql-graph-crud-auth --user dba
    """
    from .remote import push as run_push

    report = run_push(store_dir, endpoint, protocol=protocol, auth=_endpoint_auth(user, bearer), user=user,
                      full=full, timeout=timeout)
    click.echo(f"pushed to {endpoint}: {report.sent} graphs sent ({report.triples} triples), "
               f"{report.deleted} deleted, {report.unchanged} unchanged")


@cli.command()
@click.option("--out", type=click.Path(dir_okay=False), default="build/graph.html", show_default=True,
              help="Where the page goes.")
@click.option("--focus", metavar="COUNTRY",
              help="Highlight a country (ISO3 code, name, alias or demonym) with its partners.")
@_window_options
@click.option("--max-nodes", type=click.IntRange(min=1), default=500, show_default=True,
              help="Draw at most this many actors, the most central; the page says what it leaves out.")
@click.option("--color-by", type=click.Choice(["region", "community"]), default="region", show_default=True,
              help="Colour countries by UN region or by community in the cooperation network.")
@click.option("--open", "open_page", is_flag=True, help="Open the page in the web browser.")
@store_option
@_report_errors
def viz(out, focus, since, until, max_nodes, color_by, open_page, store_dir):
    """Write the interactive graph page: one self-contained HTML file that works offline.

    Countries are sized by centrality and coloured by region (or community); persons and
    organisations are diamonds and squares; links are coloured by their most frequent relation
    (sanctions in red). Hover or click a node or link for its events with their dates, the
    sentences that report them and their documents; filter by actor, relation and years.

    \b
    Example:
        kg viz --focus Belarus --since 2023 --out build/belarus.html --open
    """
    import webbrowser

    from .store import open_store
    from .viz import graph_html, write_html

    store = open_store(store_dir, create=False, read_only=True)
    page = graph_html(store, focus=focus, since=since, until=until, max_nodes=max_nodes, color_by=color_by)
    path = write_html(page, out)
    click.echo(f"wrote {out} ({len(page.encode('utf-8')) / 1e6:.1f} MB)")
    if open_page and not webbrowser.open(path.resolve().as_uri()):
        click.echo(f"no web browser found; open {path.resolve().as_uri()} yourself", err=True)


def main() -> None:
    """Entry point of the ``kg`` console script."""
    cli(prog_name="kg")


if __name__ == "__main__":  # pragma: no cover
    main()
