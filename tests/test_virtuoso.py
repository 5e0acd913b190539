"""A real Virtuoso Open Source server as the scale-out store: kg push, kg query --endpoint, the saved queries.

The session fixture starts ``virtuoso-t`` from a temporary directory on free loopback ports, with
an ini derived from the Debian package's, and stops it afterwards.
"""

import configparser
import re
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from conftest import SEEDS, require_tool
from kg.cli import cli
from kg.errors import EndpointError
from kg.remote import make_auth, push, remote_query
from kg.store import open_store, query

pytestmark = pytest.mark.virtuoso

ROOT = Path(__file__).resolve().parent.parent
QUERIES = sorted((ROOT / "queries").glob("*.rq"))
PACKAGED_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
OURS = "https://w3id.org/bilateral-kg/id/"


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _write_ini(folder: Path, sql_port: int, http_port: int) -> Path:
    ini = configparser.ConfigParser(strict=False, inline_comment_prefixes=(";",), interpolation=None)
    ini.optionxform = str
    ini.read(PACKAGED_INI)
    for section in ("Database", "TempDatabase"):
        for key in ("DatabaseFile", "ErrorLogFile", "LockFile", "TransactionFile", "xa_persistent_file"):
            if key in ini[section]:
                ini[section][key] = str(folder / Path(ini[section][key]).name)
    ini["Parameters"]["ServerPort"] = f"127.0.0.1:{sql_port}"
    ini["Parameters"]["DirsAllowed"] = f"., {folder}, /usr/share/virtuoso-opensource-7/vad"
    ini["HTTPServer"]["ServerPort"] = f"127.0.0.1:{http_port}"
    ini["SPARQL"]["ResultSetMaxRows"] = "100000"  # the packaged 10000 silently cuts results
    ini.remove_section("Plugins")
    path = folder / "virtuoso.ini"
    with open(path, "w") as handle:
        ini.write(handle)
    return path


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory):
    """The base URL of a fresh Virtuoso (user dba, password dba), stopped after the session."""
    binary = require_tool("virtuoso-t")
    if not PACKAGED_INI.exists():
        pytest.fail(f"{PACKAGED_INI} is missing; install the virtuoso-opensource package")
    folder = tmp_path_factory.mktemp("virtuoso")
    http_port = _free_port()
    ini = _write_ini(folder, _free_port(), http_port)
    log = open(folder / "stdout.txt", "w")
    process = subprocess.Popen([binary, "+configfile", str(ini), "+foreground"], cwd=folder, stdout=log,
                               stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{http_port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            if process.poll() is not None:
                log_tail = (folder / "stdout.txt").read_text()[-2000:]
                pytest.fail(f"virtuoso-t exited with {process.returncode}: {log_tail}")
            try:
                if httpx.get(f"{base}/sparql", params={"query": "ASK {}"}, timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("Virtuoso did not answer on /sparql within 90 s")
            time.sleep(0.25)
        yield base
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@pytest.fixture(scope="module")
def seeds_dir(tmp_path_factory):
    """A copy of the seeds that the tests may change, and a store built from it."""
    folder = tmp_path_factory.mktemp("vseeds")
    docs = folder / "docs"
    shutil.copytree(SEEDS, docs)
    return folder


def _build(runner, *paths, store):
    result = runner.invoke(cli, ["build", *map(str, paths), "--store", str(store), "--no-export"])
    assert result.exit_code == 0, result.output


def _gsp(base):
    return f"{base}/sparql-graph-crud-auth"


def _dba():
    return make_auth("dba", "dba")


def _concat_vars(text):
    return set(re.findall(r"GROUP_CONCAT\s*\(.*?\)\s*AS\s*\?(\w+)", text, re.I | re.S))


def _normalised_rows(result, concatenated):
    """Rows as a set of tuples of terms, normalised where Virtuoso may rightly differ.

    - Rows are a set, not a list with repeats: the local default graph holds each triple once,
      while Virtuoso's default dataset is every graph's quads, so a triple that five documents
      state matches five times there (visits.rq: 11 rows here, 4,735 there, the same 11 distinct).
      Sets also make ORDER BY ties irrelevant.
    - GROUP_CONCAT joins its values in the order the engine met them, which SPARQL leaves open
      (Oxigraph "Visit, Summit, Meeting", Virtuoso "Meeting, Summit, Visit"): those cells are
      compared as sorted lists of parts.
    Literal datatypes (xsd:date, xsd:gYearMonth, xsd:integer counts, plain strings) come back
    from Virtuoso 7.2 exactly as stored, so they need no normalisation.
    """
    names = [v.value for v in result.variables]
    rows = set()
    for solution in result:
        row = []
        for name in names:
            term = solution[name]
            if term is not None and name in concatenated:
                row.append(tuple(sorted(term.value.split(", "))))
            else:
                row.append(str(term) if term is not None else None)
        rows.add(tuple(row))
    return names, rows


def _remote_graphs(base):
    result = remote_query(f"{base}/sparql", f"SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                                            f"FILTER(STRSTARTS(STR(?g), \"{OURS}\")) }}")
    return {(s["g"].value, str(s["s"]), str(s["p"]), str(s["o"])) for s in result}


def _clear_remote(base):
    """Delete every graph of ours on the server, so a test starts from a known remote."""
    names = remote_query(f"{base}/sparql", f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                                           f"FILTER(STRSTARTS(STR(?g), \"{OURS}\")) }}")
    for row in names:
        httpx.delete(_gsp(base), params={"graph": row["g"].value}, auth=httpx.DigestAuth("dba", "dba"))
    assert not _remote_graphs(base)


def _local_graphs(store_dir):
    """The store's named graphs as quads (its default graph is their union, not pushed)."""
    store = open_store(store_dir, create=False, read_only=True)
    return {(q.graph_name.value, str(q.subject), str(q.predicate), str(q.object))
            for q in store.quads_for_pattern(None, None, None, None) if isinstance(q.graph_name, ox.NamedNode)}


def test_push_and_the_saved_queries_agree(virtuoso, seeds_dir, runner, monkeypatch):
    store = seeds_dir / "store"
    _build(runner, seeds_dir / "docs", store=store)
    _clear_remote(virtuoso)
    monkeypatch.setenv("KG_PASSWORD", "dba")
    result = runner.invoke(cli, ["push", "--endpoint", _gsp(virtuoso), "--user", "dba", "--store", str(store)])
    assert result.exit_code == 0, result.output
    graphs = len({g for g, *_ in _local_graphs(store)})
    assert re.match(rf"pushed to \S+: {graphs} graphs sent \(\d+ triples\), 0 deleted, 0 unchanged", result.output)
    assert _remote_graphs(virtuoso) == _local_graphs(store)

    again = push(store, _gsp(virtuoso), auth=_dba())
    assert (again.sent, again.deleted, again.unchanged) == (0, 0, graphs)

    local = open_store(store, create=False, read_only=True)
    for path in QUERIES:
        text = path.read_text(encoding="utf-8")
        concatenated = _concat_vars(text)
        names, expected = _normalised_rows(query(local, text), concatenated)
        remote_names, got = _normalised_rows(remote_query(f"{virtuoso}/sparql", text), concatenated)
        assert expected, f"{path.name} gives no rows on the seeds"
        assert (remote_names, got) == (names, expected), path.name


def test_changed_and_forgotten_documents(virtuoso, seeds_dir, runner):
    store = seeds_dir / "store"
    if not store.exists():  # run on its own
        _build(runner, seeds_dir / "docs", store=store)
        _clear_remote(virtuoso)
    push(store, _gsp(virtuoso), auth=_dba())
    first, second = sorted((seeds_dir / "docs").glob("0*.txt"))[:2]
    first.write_text(first.read_text(encoding="utf-8") + "\nPresident Xi Jinping held talks with President "
                     "Emmanuel Macron in Paris on Monday.\n", encoding="utf-8")
    _build(runner, seeds_dir / "docs", store=store)
    report = push(store, _gsp(virtuoso), auth=_dba())
    assert (report.sent, report.deleted) == (1, 1)
    assert _remote_graphs(virtuoso) == _local_graphs(store)

    assert runner.invoke(cli, ["forget", str(second), "--store", str(store)]).exit_code == 0
    report = push(store, _gsp(virtuoso), auth=_dba())
    assert (report.sent, report.deleted) == (0, 1)
    assert _remote_graphs(virtuoso) == _local_graphs(store)
    france = remote_query(f"{virtuoso}/sparql", 'ASK { ?e dip:participant ?c . ?c dip:iso3 "FRA" }')
    assert bool(france)


def test_an_interrupted_push_ends_with_the_same_remote_graph(virtuoso, tmp_path, runner):
    store = tmp_path / "store"
    _build(runner, SEEDS, store=store)
    _clear_remote(virtuoso)
    endpoint = _gsp(virtuoso)
    sent = []

    def stop_after_two(graph):
        sent.append(graph)
        if len(sent) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        push(store, endpoint, auth=_dba(), progress=stop_after_two)
    assert len({g for g, *_ in _remote_graphs(virtuoso)}) == 2
    report = push(store, endpoint, auth=_dba())
    assert report.unchanged == 2 and report.sent == len({g for g, *_ in _local_graphs(store)}) - 2
    assert _remote_graphs(virtuoso) == _local_graphs(store)


def test_push_over_sparql_update(virtuoso, tmp_path, runner, article):
    doc = article("---\npublished: 2024-05-02\n---\nPresident Kassym-Jomart Tokayev held talks with President "
                  "Shavkat Mirziyoyev in Tashkent on Monday.\n", "update.txt")
    store = tmp_path / "store"
    _build(runner, doc, store=store)
    report = push(store, f"{virtuoso}/sparql-auth", protocol="update", auth=_dba())
    assert report.sent == 1
    graph = next(iter({g for g, *_ in _local_graphs(store)}))
    remote = {row for row in _remote_graphs(virtuoso) if row[0] == graph}
    assert remote == _local_graphs(store)
    assert runner.invoke(cli, ["forget", str(doc), "--store", str(store)]).exit_code == 0
    report = push(store, f"{virtuoso}/sparql-auth", protocol="update", auth=_dba())
    assert report.deleted == 1
    assert not {row for row in _remote_graphs(virtuoso) if row[0] == graph}


def test_kg_query_endpoint_formats(virtuoso, seeds_dir, runner):
    endpoint = f"{virtuoso}/sparql"
    result = runner.invoke(cli, ["query", 'SELECT ?label WHERE { ?c dip:iso3 "BLR" ; rdfs:label ?label } LIMIT 1',
                                 "--endpoint", endpoint, "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output.split() == ["label", "Belarus"]
    result = runner.invoke(cli, ["query", 'ASK { ?c dip:iso3 "BLR" }', "--endpoint", endpoint])
    assert result.output == "true\n"
    result = runner.invoke(cli, ["query", 'CONSTRUCT WHERE { ?c dip:iso3 "BLR" }', "--endpoint", endpoint,
                                 "--format", "tsv"])
    assert result.output == ("<https://w3id.org/bilateral-kg/id/country/BLR> "
                             "<https://w3id.org/bilateral-kg/ontology#iso3> \"BLR\" .\n")
    result = runner.invoke(cli, ["query", "SELECT ?x WHERE { ?x", "--endpoint", endpoint])
    assert result.exit_code == 1 and result.output.startswith(f"Error: {endpoint}: HTTP 400: Virtuoso 37000 Error")


def test_wrong_password_and_server_down(virtuoso, tmp_path, runner, article, monkeypatch):
    store = tmp_path / "store"
    _build(runner, article("Nothing here but a Belarusian delegation in Minsk.", "x.txt"), store=store)
    monkeypatch.setenv("KG_PASSWORD", "not-dba")
    result = runner.invoke(cli, ["push", "--endpoint", _gsp(virtuoso), "--user", "dba", "--store", str(store)])
    assert result.exit_code == 1
    assert result.output == (f"Error: {_gsp(virtuoso)}: the server refused the credentials for user 'dba' "
                             "(HTTP 401); check --user and KG_PASSWORD (or KG_TOKEN)\n")
    with pytest.raises(EndpointError, match=r"HTTP 403"):
        push(store, f"{virtuoso}/sparql-graph-crud", auth=None)
    down = f"http://127.0.0.1:{_free_port()}/sparql-graph-crud-auth"
    with pytest.raises(EndpointError, match=r"cannot connect \(Connection refused\)"):
        push(store, down, auth=_dba())
    assert not (store / "kg-push.json").exists()
