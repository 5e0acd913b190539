"""kg push and kg query --endpoint against small local HTTP servers: failures, auth, incremental pushes."""

import base64
import doctest
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

import kg.remote
from kg.cli import cli
from kg.errors import EndpointError, StoreError
from kg.remote import MANIFEST_NAME, make_auth, push, remote_query
from kg.store import export, open_store


class GraphStore(BaseHTTPRequestHandler):
    """A minimal Graph Store Protocol server with Basic auth, keeping graphs in memory."""

    graphs: dict
    credentials = "user:secret"
    log: list

    def _authorised(self):
        expected = "Basic " + base64.b64encode(self.credentials.encode()).decode()
        if self.headers.get("Authorization") == expected:
            return True
        self.send_response(401)
        self.send_header("WWW-Authenticate", 'Basic realm="test"')
        self.send_header("Content-Length", "0")
        self.end_headers()
        return False

    def _graph(self):
        return parse_qs(urlsplit(self.path).query)["graph"][0]

    def do_PUT(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        if self._authorised():
            self.log.append(("PUT", self._graph()))
            self.graphs[self._graph()] = body
            self.send_response(201)
            self.send_header("Content-Length", "0")
            self.end_headers()

    def do_DELETE(self):
        if self._authorised():
            self.log.append(("DELETE", self._graph()))
            found = self.graphs.pop(self._graph(), None) is not None
            self.send_response(204 if found else 404)
            self.send_header("Content-Length", "0")
            self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def graph_store():
    handler = type("Handler", (GraphStore,), {"graphs": {}, "log": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    server.url = f"http://127.0.0.1:{server.server_port}/data"
    server.handler = handler
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def two_docs(tmp_path, runner, article):
    a = article("---\npublished: 2024-03-08\n---\nKenyan President William Ruto arrived in Addis Ababa on "
                "Thursday for a state visit to Ethiopia.\n", "a.txt")
    b = article("---\npublished: 2024-05-02\n---\nPresident Xi Jinping held talks with President Emmanuel "
                "Macron in Paris on Monday.\n", "b.txt")
    store = tmp_path / "store"
    result = runner.invoke(cli, ["build", str(a), str(b), "--store", str(store), "--no-export"])
    assert result.exit_code == 0, result.output
    return store, a, b


def _stored_graphs(store_dir):
    store = open_store(store_dir, create=False, read_only=True)
    return {g.value for g in store.named_graphs()}


def test_doctests_pass():
    assert doctest.testmod(kg.remote).failed == 0


def test_push_is_incremental(graph_store, two_docs, runner, article):
    store, a, b = two_docs
    auth = make_auth("user", "secret")
    report = push(store, graph_store.url, auth=auth)
    assert (report.sent, report.deleted, report.unchanged) == (2, 0, 0) and report.triples > 0
    assert set(graph_store.handler.graphs) == _stored_graphs(store)
    manifest = json.loads((store / MANIFEST_NAME).read_text())
    assert set(manifest["endpoints"][graph_store.url]["graphs"]) == _stored_graphs(store)

    graph_store.handler.log.clear()
    report = push(store, graph_store.url, auth=make_auth("user", "secret"))
    assert (report.sent, report.deleted, report.unchanged) == (0, 0, 2) and graph_store.handler.log == []

    # a changed document is a new graph (its IRI comes from its text); the old one is deleted
    a.write_text(a.read_text() + "Ethiopian Prime Minister Abiy Ahmed met him in Addis Ababa on Friday.\n")
    assert runner.invoke(cli, ["build", str(a), "--store", str(store), "--no-export"]).exit_code == 0
    report = push(store, graph_store.url, auth=make_auth("user", "secret"))
    assert (report.sent, report.deleted, report.unchanged) == (1, 1, 1)
    assert set(graph_store.handler.graphs) == _stored_graphs(store)

    assert runner.invoke(cli, ["forget", str(b), "--store", str(store)]).exit_code == 0
    report = push(store, graph_store.url, auth=make_auth("user", "secret"))
    assert (report.sent, report.deleted, report.unchanged) == (0, 1, 1)
    assert set(graph_store.handler.graphs) == _stored_graphs(store)

    # --full sends everything again, whatever the manifest says
    report = push(store, graph_store.url, auth=make_auth("user", "secret"), full=True)
    assert (report.sent, report.deleted, report.unchanged) == (1, 0, 0)


def test_an_interrupted_push_is_completed_by_the_next(graph_store, two_docs):
    store, _, _ = two_docs

    def interrupt(graph):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        push(store, graph_store.url, auth=make_auth("user", "secret"), progress=interrupt)
    manifest = json.loads((store / MANIFEST_NAME).read_text())
    assert len(manifest["endpoints"][graph_store.url]["graphs"]) == 1 == len(graph_store.handler.graphs)
    report = push(store, graph_store.url, auth=make_auth("user", "secret"))
    assert (report.sent, report.unchanged) == (1, 1)
    assert set(graph_store.handler.graphs) == _stored_graphs(store)


def test_a_refused_password_leaves_everything_as_it_was(graph_store, two_docs, runner, monkeypatch):
    store, _, _ = two_docs
    before = export(open_store(store, create=False, read_only=True), "nq")
    with pytest.raises(EndpointError, match=r"refused the credentials for user 'user' \(HTTP 401\)"):
        push(store, graph_store.url, auth=make_auth("user", "wrong"), user="user")
    monkeypatch.setenv("KG_PASSWORD", "wrong")
    result = runner.invoke(cli, ["push", "--endpoint", graph_store.url, "--user", "user", "--store", str(store)])
    assert result.exit_code == 1
    assert result.output == (f"Error: {graph_store.url}: the server refused the credentials for user 'user' "
                             "(HTTP 401); check --user and KG_PASSWORD (or KG_TOKEN)\n")
    assert not (store / MANIFEST_NAME).exists() and graph_store.handler.graphs == {}
    assert export(open_store(store, create=False, read_only=True), "nq") == before


def test_push_asks_for_the_password_in_the_environment_without_a_terminal(two_docs, runner, monkeypatch):
    store, _, _ = two_docs
    monkeypatch.delenv("KG_PASSWORD", raising=False)
    result = runner.invoke(cli, ["push", "--endpoint", "http://127.0.0.1:9/x", "--user", "dba", "--store", str(store)])
    assert result.exit_code == 2 and "set KG_PASSWORD to the password of 'dba'" in result.output


def _closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_a_server_that_is_down(two_docs, runner):
    store, _, _ = two_docs
    url = f"http://127.0.0.1:{_closed_port()}/sparql"
    result = runner.invoke(cli, ["push", "--endpoint", url, "--store", str(store)])
    assert result.exit_code == 1
    assert result.output == (f"Error: {url}: cannot connect (Connection refused); "
                             "is the server running and the URL right?\n")
    result = runner.invoke(cli, ["query", "ASK {}", "--endpoint", url])
    assert result.exit_code == 1 and "cannot connect (Connection refused)" in result.output
    assert not (store / MANIFEST_NAME).exists()


def test_a_server_that_does_not_answer(two_docs):
    store, _, _ = two_docs
    with socket.socket() as silent:  # accepts connections (the kernel does) but never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/sparql"
        with pytest.raises(EndpointError, match=r"no answer within 0.5 s"):
            push(store, url, timeout=0.5)
        with pytest.raises(EndpointError, match=r"no answer within 0.5 s"):
            remote_query(url, "ASK {}", timeout=0.5)
    assert not (store / MANIFEST_NAME).exists()


def test_bad_arguments(two_docs):
    store, _, _ = two_docs
    with pytest.raises(EndpointError, match="not an http"):
        push(store, "ftp://example.org/x")
    with pytest.raises(EndpointError, match="unknown protocol 'sftp'"):
        push(store, "http://127.0.0.1:9/x", protocol="sftp")
    (store / MANIFEST_NAME).write_text("{not json")
    with pytest.raises(StoreError, match="unreadable push manifest"):
        push(store, "http://127.0.0.1:9/x")
