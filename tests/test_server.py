"""kg serve, started for real on loopback and driven by real clients: httpx, SPARQLWrapper, Chromium."""

import configparser
import json
import os
import re
import select
import socket
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from conftest import require_tool
from kg.cli import cli

ROOT = Path(__file__).resolve().parent.parent
QUERIES = sorted((ROOT / "queries").glob("*.rq"))
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
SD = "http://www.w3.org/ns/sparql-service-description#"


class Server:
    """A ``kg serve`` process on a free loopback port."""

    def __init__(self, store, *args, env=None, log=None):
        command = [sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--port", "0", *args]
        self.log = log
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=log or subprocess.DEVNULL,
                                        text=True, env={**os.environ, **(env or {})}, cwd=ROOT)
        line = ""
        if select.select([self.process.stdout], [], [], 60)[0]:
            line = self.process.stdout.readline()
        found = re.search(r"http://\S+/sparql", line)
        if not found:
            self.stop()
            pytest.fail(f"kg serve did not start: {line!r}")
        self.url = found.group(0)
        self.base = self.url[: -len("sparql")]

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@pytest.fixture(scope="module")
def server(seed_store_dir, tmp_path_factory):
    log = open(tmp_path_factory.mktemp("serve") / "stderr.txt", "w")
    srv = Server(seed_store_dir, "--timeout", "3", log=log)
    yield srv
    srv.stop()
    log.close()


@pytest.fixture(scope="module")
def small_server(seed_store_dir):
    srv = Server(seed_store_dir, "--max-rows", "5", "--workers", "1")
    yield srv
    srv.stop()


def _kg_query(runner, store, text, fmt="json"):
    result = runner.invoke(cli, ["query", text, "--store", str(store), "--format", fmt])
    assert result.exit_code == 0, result.output
    return result.output


def _rows(body, syntax=ox.QueryResultsFormat.JSON):
    result = ox.parse_query_results(body, syntax)
    return [tuple(str(s[v]) if s[v] is not None else "" for v in result.variables) for s in result]


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.name)
def test_saved_queries_over_plain_http_match_kg_query(server, seed_store_dir, runner, path):
    text = path.read_text(encoding="utf-8")
    expected = json.loads(_kg_query(runner, seed_store_dir, text))
    assert expected["results"]["bindings"], f"{path.name} gives no rows on the seeds"
    answers = [
        httpx.get(server.url, params={"query": text}, headers={"Accept": "application/sparql-results+json"}),
        httpx.post(server.url, data={"query": text}),
        httpx.post(server.url, content=text.encode(), headers={"Content-Type": "application/sparql-query"}),
    ]
    for answer in answers:
        assert answer.status_code == 200, answer.text
        assert answer.headers["content-type"] == "application/sparql-results+json"
        assert answer.json() == expected


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_kg_query_endpoint_prints_what_kg_query_prints(server, seed_store_dir, runner, fmt):
    text = (ROOT / "queries" / "agreements.rq").read_text(encoding="utf-8")
    remote = runner.invoke(cli, ["query", text, "--endpoint", server.url, "--format", fmt])
    assert remote.exit_code == 0, remote.output
    assert remote.output == _kg_query(runner, seed_store_dir, text, fmt)
    construct = 'CONSTRUCT WHERE { ?c dip:iso3 "BLR" }'
    assert (runner.invoke(cli, ["query", construct, "--endpoint", server.url, "--format", fmt]).output
            == _kg_query(runner, seed_store_dir, construct, fmt))


def test_curl_gets_csv_like_kg_query(server, seed_store_dir, runner):
    curl = require_tool("curl")
    path = ROOT / "queries" / "partners.rq"
    out = subprocess.run([curl, "-sS", "--fail", "-H", "Accept: text/csv", "--data-urlencode", f"query@{path}",
                          server.url], capture_output=True, check=True)
    # SPARQL CSV ends lines with CRLF; click's test runner shows kg query's output with LF
    assert out.stdout.decode().replace("\r\n", "\n") == _kg_query(runner, seed_store_dir,
                                                                  path.read_text(encoding="utf-8"), "csv")


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.name)
def test_saved_queries_through_sparqlwrapper(server, seed_store_dir, runner, path):
    from SPARQLWrapper import CSV, JSON, POST, TSV, XML, SPARQLWrapper

    text = path.read_text(encoding="utf-8")
    expected = _rows(_kg_query(runner, seed_store_dir, text).encode())
    client = SPARQLWrapper(server.url)
    client.setQuery(text)
    client.setReturnFormat(JSON)
    converted = client.queryAndConvert()
    assert _rows(json.dumps(converted).encode()) == expected
    client.setMethod(POST)
    for fmt, syntax in [(XML, ox.QueryResultsFormat.XML), (TSV, ox.QueryResultsFormat.TSV)]:
        client.setReturnFormat(fmt)
        assert _rows(client.query().response.read(), syntax) == expected
    client.setReturnFormat(CSV)
    csv = client.query().response.read().decode("utf-8").replace("\r\n", "\n")
    assert csv == _kg_query(runner, seed_store_dir, text, "csv")


def test_sparqlwrapper_construct_gets_the_same_graph(server, seed_store_dir, runner):
    from SPARQLWrapper import JSONLD, TURTLE, SPARQLWrapper

    query = 'CONSTRUCT { ?c ?p ?o } WHERE { ?c dip:iso3 "BLR" ; ?p ?o }'
    local = ox.Store.read_only(str(seed_store_dir))
    from kg.store import query as run_query

    expected = {str(t) for t in run_query(local, query)}
    assert expected
    client = SPARQLWrapper(server.url)
    client.setQuery(query)
    for fmt, syntax in [(TURTLE, ox.RdfFormat.TURTLE), (JSONLD, ox.RdfFormat.JSON_LD)]:
        client.setReturnFormat(fmt)
        body = client.query().response.read()
        assert {str(t) for t in ox.parse(body, syntax)} == expected


def test_content_negotiation_and_format_parameter(server):
    query = "SELECT ?c ?label WHERE { ?c a dip:Country ; rdfs:label ?label } ORDER BY ?c"
    reference = _rows(httpx.get(server.url, params={"query": query}).content)
    assert reference
    for accept, syntax in [("application/sparql-results+xml", ox.QueryResultsFormat.XML),
                           ("text/tab-separated-values", ox.QueryResultsFormat.TSV)]:
        answer = httpx.get(server.url, params={"query": query}, headers={"Accept": accept})
        assert answer.headers["content-type"].startswith(accept)
        assert _rows(answer.content, syntax) == reference
    csv = httpx.get(server.url, params={"query": query, "format": "csv"})
    assert csv.headers["content-type"] == "text/csv; charset=utf-8"
    assert csv.text.splitlines()[0] == "c,label" and len(csv.text.splitlines()) == len(reference) + 1
    refused = httpx.get(server.url, params={"query": query}, headers={"Accept": "image/png"})
    assert refused.status_code == 406
    graph = httpx.get(server.url, params={"query": "DESCRIBE ?c WHERE { ?c dip:iso3 'KAZ' }"},
                      headers={"Accept": "application/n-triples"})
    assert graph.status_code == 200 and graph.headers["content-type"] == "application/n-triples"
    assert any(t.object == ox.Literal("Kazakhstan") for t in ox.parse(graph.content, ox.RdfFormat.N_TRIPLES))


def test_service_description(server):
    answer = httpx.get(server.url, headers={"Accept": "text/turtle"})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/turtle")
    triples = [quad.triple for quad in ox.parse(answer.content, ox.RdfFormat.TURTLE)]
    service = ox.NamedNode(server.url)
    assert ox.Triple(service, ox.NamedNode(SD + "endpoint"), service) in triples
    languages = {t.object.value for t in triples if t.predicate == ox.NamedNode(SD + "supportedLanguage")}
    assert languages == {SD + "SPARQL11Query"}
    # the query page links to it with a format parameter, since a browser asks for HTML
    linked = httpx.get(server.url, params={"format": "text/turtle"}, headers={"Accept": "text/html"})
    assert linked.headers["content-type"].startswith("text/turtle") and linked.content == answer.content


def test_query_page_has_no_external_assets(server):
    for url, accept in [(server.base, "*/*"), (server.url, "text/html,application/xhtml+xml,*/*;q=0.8")]:
        answer = httpx.get(url, headers={"Accept": accept})
        assert answer.status_code == 200 and answer.headers["content-type"] == "text/html; charset=utf-8"
        assert "default-src 'none'" in answer.headers["content-security-policy"]
        assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", answer.text)


def test_the_query_page_ships_with_the_package():
    setup = configparser.ConfigParser()
    setup.read(ROOT / "setup.cfg")
    assert "query_page.html" in setup["options.package_data"]["kg"]


@pytest.mark.browser
def test_query_page_runs_a_query_offline_in_chromium(server):
    chromium = require_tool("chromium")
    from playwright.sync_api import sync_playwright

    requests = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        try:
            page = browser.new_page()
            page.on("request", lambda r: requests.append(r.url))
            errors = []
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.goto(server.base)
            page.fill("#query", "SELECT DISTINCT ?label WHERE { ?c dip:iso3 'BLR' ; rdfs:label ?label }")
            page.click("#run")
            page.wait_for_selector("#out table td")
            assert page.inner_text("#out table td") == "Belarus"
            assert page.inner_text("#status").startswith("1 row")
            page.fill("#query", "SELECT ?x WHERE { ?x")
            page.keyboard.press("Control+Enter")
            page.wait_for_selector("#status.error")
            assert page.inner_text("#status").startswith("HTTP 400: malformed SPARQL query")
        finally:
            browser.close()
    assert requests and all(url.startswith(server.base) for url in requests), requests
    assert not [e for e in errors if "400" not in e], errors


def test_updates_are_refused(server):
    from SPARQLWrapper import POST, SPARQLWrapper

    answer = httpx.post(server.url, data={"update": "DROP ALL"})
    assert answer.status_code == 403
    assert answer.text.startswith("updates are disabled on this server")
    answer = httpx.post(server.url, content=b"CLEAR ALL", headers={"Content-Type": "application/sparql-update"})
    assert answer.status_code == 403
    client = SPARQLWrapper(server.url)
    client.setMethod(POST)
    client.setQuery("DROP ALL")
    with pytest.raises(Exception, match="403"):
        client.query()
    assert httpx.get(server.url, params={"query": "ASK { ?e a dip:Visit }"}).json()["boolean"] is True


def test_bad_requests(server):
    from SPARQLWrapper import SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

    answer = httpx.get(server.url, params={"query": "SELECT ?x WHERE { ?x"})
    assert answer.status_code == 400
    assert answer.text.startswith("malformed SPARQL query: error at 1:")
    client = SPARQLWrapper(server.url)
    client.setQuery("SELECT ?x WHERE { ?x")
    with pytest.raises(QueryBadFormed, match="malformed SPARQL query"):
        client.query()
    assert httpx.post(server.url, content=b"ASK {}", headers={"Content-Type": "text/plain"}).status_code == 415
    assert httpx.get(server.url, params=[("query", "ASK {}"), ("query", "ASK {}")]).status_code == 400
    assert httpx.get(server.url, params={"update": "DROP ALL"}).status_code == 400
    assert httpx.delete(server.url).status_code == 405
    rebinding = httpx.get(server.url, params={"query": "ASK {}"}, headers={"Host": "evil.example:80"})
    assert rebinding.status_code == 400 and "loopback names only" in rebinding.text


def test_a_slow_query_is_stopped_while_others_are_served(server):
    with ThreadPoolExecutor(1) as pool:
        slow = pool.submit(httpx.get, server.url, params={"query": SLOW}, timeout=120)
        quick = [httpx.get(server.url, params={"query": "ASK { ?e a dip:Visit }"}, timeout=120) for _ in range(3)]
        # the slow query needs the whole 3 s timeout: three quick ones answered before it ends
        assert not slow.done()
        stopped = slow.result()
    assert [q.status_code for q in quick] == [200, 200, 200]
    assert stopped.status_code == 503
    assert stopped.text.startswith("the query ran longer than the server's 3 s timeout and was stopped")
    # the killed worker is replaced: two queries at once still both run
    with ThreadPoolExecutor(2) as pool:
        answers = list(pool.map(lambda _: httpx.get(server.url, params={"query": "ASK {}"}, timeout=120), range(2)))
    assert [a.status_code for a in answers] == [200, 200]


def test_row_limit(small_server):
    refused = httpx.get(small_server.url, params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert refused.status_code == 422
    assert refused.text.startswith("the result has more than 5 rows, the server's limit; add LIMIT")
    answer = httpx.get(small_server.url, params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 5"})
    assert answer.status_code == 200 and len(answer.json()["results"]["bindings"]) == 5
    graph = httpx.get(small_server.url, params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"})
    assert graph.status_code == 422 and "more than 5 triples" in graph.text


def _article_store(runner, tmp_path, text, name="a.txt"):
    doc = tmp_path / name
    doc.write_text(text, encoding="utf-8")
    store = tmp_path / f"store-{name}"
    result = runner.invoke(cli, ["build", str(doc), "--store", str(store), "--no-export"])
    assert result.exit_code == 0, result.output
    return store


def test_updates_with_the_token_and_push_over_sparql_update(runner, tmp_path, monkeypatch):
    target = _article_store(runner, tmp_path, "---\npublished: 2024-03-08\n---\nKenyan President William Ruto "
                            "arrived in Addis Ababa on Thursday for a state visit to Ethiopia.\n", "target.txt")
    source = _article_store(runner, tmp_path, "---\npublished: 2024-05-02\n---\nPresident Xi Jinping held talks "
                            "with President Emmanuel Macron in Paris on Monday.\n", "source.txt")
    srv = Server(target, "--allow-update", env={"KG_TOKEN": "s3cret"})
    try:
        update = {"update": "INSERT DATA { GRAPH <urn:x> { <urn:a> a dip:Summit } }"}
        assert httpx.post(srv.url, data=update).status_code == 401
        wrong = httpx.post(srv.url, data=update, headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401 and wrong.headers["www-authenticate"].startswith("Bearer")
        assert httpx.post(srv.url, data=update, headers={"Authorization": "Bearer s3cret"}).status_code == 204
        assert httpx.get(srv.url, params={"query": "ASK { <urn:a> a dip:Summit }"}).json()["boolean"] is True

        monkeypatch.setenv("KG_TOKEN", "s3cret")
        result = runner.invoke(cli, ["push", "--endpoint", srv.url, "--protocol", "update", "--bearer",
                                     "--store", str(source)])
        assert result.exit_code == 0, result.output
        assert re.match(r"pushed to \S+: 1 graphs sent \(\d+ triples\), 0 deleted, 0 unchanged", result.output)
        france = httpx.get(srv.url, params={"query": "ASK { ?e dip:participant id:country\\/FRA }"})
        assert france.json()["boolean"] is True
        again = runner.invoke(cli, ["push", "--endpoint", srv.url, "--protocol", "update", "--bearer",
                                    "--store", str(source)])
        assert "0 graphs sent (0 triples), 0 deleted, 1 unchanged" in again.output
        monkeypatch.setenv("KG_TOKEN", "wrong")
        refused = runner.invoke(cli, ["push", "--endpoint", srv.url, "--protocol", "update", "--bearer", "--full",
                                      "--store", str(source)])
        assert refused.exit_code == 1 and "refused the credentials (HTTP 401)" in refused.output
    finally:
        srv.stop()


def test_a_build_beside_a_running_server_is_seen_by_the_next_query(runner, tmp_path):
    store = _article_store(runner, tmp_path, "---\npublished: 2024-03-08\n---\nKenyan President William Ruto "
                           "arrived in Addis Ababa on Thursday for a state visit to Ethiopia.\n", "first.txt")
    srv = Server(store)
    try:
        ask = {"query": "ASK { ?e dip:participant ?c . ?c dip:iso3 'FRA' }"}
        assert httpx.get(srv.url, params=ask).json()["boolean"] is False
        more = tmp_path / "more.txt"
        more.write_text("---\npublished: 2024-05-02\n---\nPresident Xi Jinping held talks with President "
                        "Emmanuel Macron in Paris on Monday.\n", encoding="utf-8")
        result = runner.invoke(cli, ["build", str(more), "--store", str(store), "--no-export"])
        assert result.exit_code == 0, result.output
        assert httpx.get(srv.url, params=ask).json()["boolean"] is True
    finally:
        srv.stop()


def test_serve_needs_a_token_to_allow_updates(runner, seed_store_dir, monkeypatch):
    monkeypatch.delenv("KG_TOKEN", raising=False)
    result = runner.invoke(cli, ["serve", "--store", str(seed_store_dir), "--allow-update"])
    assert result.exit_code == 2 and "--allow-update needs a token: set KG_TOKEN" in result.output


def test_serve_errors_are_one_line(runner, seed_store_dir, tmp_path):
    result = runner.invoke(cli, ["serve", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1 and "no store here yet" in result.output and result.output.count("\n") == 1
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        result = runner.invoke(cli, ["serve", "--store", str(seed_store_dir), "--port", str(port)])
    assert result.exit_code == 1
    assert result.output == (f"Error: cannot listen on 127.0.0.1:{port}: Address already in use; "
                             "is another server using it? pass another --port\n")
