"""A SPARQL server as the scale-out store: push the graph to it, one named graph per document, and query it.

``push`` sends each document's graph with the Graph Store Protocol (``PUT ?graph=G``) or with
SPARQL Update, and remembers in a manifest inside the store directory the SHA-256 of what each
endpoint confirmed, so the next push sends only changed graphs and deletes the graphs of
forgotten documents. The manifest is saved as the push goes, atomically; an interrupted push
leaves it describing what the server really has, and running it again completes the work.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pyoxigraph as ox

from .files import write_atomic
from .errors import EndpointError, StoreError
from .store import add_prefixes, open_store

__all__ = ["PushReport", "push", "remote_query", "make_auth", "MANIFEST_NAME", "PROTOCOLS"]

MANIFEST_NAME = "kg-push.json"
PROTOCOLS = ("gsp", "update")
_NTRIPLES = "application/n-triples"
_UPDATE_BATCH = 1000  # triples per INSERT DATA; Virtuoso fails on batches over ~2,000
_SAVE_EVERY = 50  # graphs between two manifest saves
# Virtuoso answers a CONSTRUCT asked for with SPARQL JSON as a table of ?s ?p ?o (and can write
# a SELECT as RDF): so the Accept header follows the query form.
_ACCEPT = {
    "results": "application/sparql-results+json, application/sparql-results+xml;q=0.5",
    "graph": "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5",
    None: "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8",
}
_RESULT_SYNTAX = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_GRAPH_SYNTAX = {
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}


@dataclass
class PushReport:
    """What a push did: graphs sent, deleted and left alone, and the triples sent."""

    sent: int = 0
    deleted: int = 0
    unchanged: int = 0
    triples: int = 0


class _ChallengeAuth(httpx.Auth):
    """HTTP Basic or Digest, whichever the server's 401 challenge asks for (Virtuoso: Digest only)."""

    def __init__(self, user: str, password: str) -> None:
        self.user, self.password = user, password
        self.scheme: httpx.Auth | None = None

    def auth_flow(self, request):
        if self.scheme is not None:
            yield from self.scheme.auth_flow(request)
            return
        response = yield request
        challenge = response.headers.get("www-authenticate", "").lower()
        if response.status_code != 401:
            return
        if "digest" in challenge:
            self.scheme = httpx.DigestAuth(self.user, self.password)
            flow = self.scheme.auth_flow(request)
            next(flow)  # its unauthenticated try: the 401 above already answered it
            try:
                request = flow.send(response)
            except StopIteration:
                return
            yield request
        elif "basic" in challenge:
            self.scheme = httpx.BasicAuth(self.user, self.password)
            yield from self.scheme.auth_flow(request)


class _BearerAuth(httpx.Auth):
    def __init__(self, token: str) -> None:
        self.token = token

    def auth_flow(self, request):
        request.headers["Authorization"] = f"Bearer {self.token}"
        yield request


def make_auth(user: str | None = None, password: str | None = None, token: str | None = None) -> httpx.Auth | None:
    """An ``httpx`` auth: Basic or Digest (as the server asks) for ``user``, else a bearer ``token``, else none."""
    if user:
        return _ChallengeAuth(user, password or "")
    if token:
        return _BearerAuth(token)
    return None


def _client(auth, timeout: float) -> httpx.Client:
    return httpx.Client(auth=auth, timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
                        follow_redirects=False, headers={"User-Agent": "bilateral-kg"})


def _send(client, method: str, url: str, *, who: str | None = None, **kwargs):
    """One request; any failure becomes an EndpointError that says what to do."""
    try:
        response = client.request(method, url, **kwargs)
    except httpx.ConnectError as exc:
        raise EndpointError(f"{url}: cannot connect ({_reason(exc)}); "
                            "is the server running and the URL right?") from None
    except httpx.TimeoutException:
        raise EndpointError(f"{url}: no answer within {client.timeout.read:g} s; the server may be overloaded, "
                            "try again or pass a larger --timeout") from None
    except httpx.HTTPError as exc:
        raise EndpointError(f"{url}: the request failed ({_reason(exc)})") from None
    if response.status_code == 401:
        whom = f" for user {who!r}" if who else ""
        raise EndpointError(f"{url}: the server refused the credentials{whom} (HTTP 401); check --user and "
                            "KG_PASSWORD (or KG_TOKEN)")
    if response.status_code >= 400:
        raise EndpointError(f"{url}: HTTP {response.status_code}: {_first_line(response.text)}")
    return response


def _reason(exc: Exception) -> str:
    text = str(exc) or type(exc).__name__
    return text.split("] ")[-1] if text.startswith("[Errno") else text


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return (lines[0][:300] if lines else "(no message)")


def _graphs(store: ox.Store) -> Iterator[tuple[str, bytes, int]]:
    """Each named graph as (IRI, sorted N-Triples, triple count), in IRI order."""
    for name in sorted(store.named_graphs(), key=lambda g: g.value):
        if not isinstance(name, ox.NamedNode):
            continue
        lines = sorted(f"{q.subject} {q.predicate} {q.object} .\n"
                       for q in store.quads_for_pattern(None, None, None, name))
        if lines:
            yield name.value, "".join(lines).encode("utf-8"), len(lines)


def _load_manifest(path: Path) -> dict:
    if not path.exists():
        return {"version": 1, "endpoints": {}}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data.get("endpoints"), dict):
            raise ValueError("no 'endpoints' object")
        return data
    except (OSError, ValueError, AttributeError) as exc:
        raise StoreError(f"{path}: unreadable push manifest ({exc}); delete it and push with --full") from None


def _save_manifest(path: Path, data: dict) -> None:
    write_atomic(path, json.dumps(data, indent=1, sort_keys=True))


def push(store_dir: str | os.PathLike[str], endpoint: str, *, protocol: str = "gsp", auth=None,
         user: str | None = None, full: bool = False, timeout: float = 60.0,
         progress: Callable[[str], None] | None = None) -> PushReport:
    """Send the store's named graphs to a SPARQL server, only those that changed since the last push.

    Parameters
    ----------
    store_dir : str or path
        The store directory; it is opened read-only, and the manifest ``kg-push.json`` in it
        is the only file written.
    endpoint : str
        The Graph Store Protocol URL (``protocol="gsp"``, e.g. Virtuoso's
        ``http://HOST:8890/sparql-graph-crud-auth``) or the SPARQL Update URL (``"update"``).
    protocol : {"gsp", "update"}
        ``gsp`` replaces each graph with one ``PUT ?graph=G`` of N-Triples; ``update`` sends
        ``DROP SILENT GRAPH`` then ``INSERT DATA`` in batches of 1,000 triples.
    auth : httpx.Auth, optional
        From :func:`make_auth`.
    user : str, optional
        Named in the error when the server refuses the credentials.
    full : bool
        Ignore the manifest: send every graph and delete every graph pushed before and now gone.
    timeout : float
        Seconds to wait for each answer.
    progress : callable, optional
        Called with each graph's IRI once the server has confirmed it.

    Returns
    -------
    PushReport

    Raises
    ------
    EndpointError
        The server is down, refuses the credentials or the data, or does not answer in time;
        the graphs confirmed before the failure stay recorded, so a re-run sends the rest.
    """
    if protocol not in PROTOCOLS:
        raise EndpointError(f"unknown protocol {protocol!r}; use one of {', '.join(PROTOCOLS)}")
    if not endpoint.startswith(("http://", "https://")):
        raise EndpointError(f"{endpoint}: not an http(s) URL; pass --endpoint http://HOST:PORT/PATH")
    store = open_store(store_dir, create=False, read_only=True)
    path = Path(store_dir) / MANIFEST_NAME
    manifest = _load_manifest(path)
    pushed: dict[str, str] = dict(manifest["endpoints"].get(endpoint, {}).get("graphs", {}))
    known = {} if full else dict(pushed)
    report = PushReport()
    changes = 0
    last_save = time.monotonic()

    def record(graph: str, sha: str | None) -> None:
        nonlocal changes, last_save
        if sha is None:
            pushed.pop(graph, None)
        else:
            pushed[graph] = sha
        changes += 1
        if changes % _SAVE_EVERY == 0 or time.monotonic() - last_save > 5:
            save()
            last_save = time.monotonic()

    def save() -> None:
        manifest["endpoints"][endpoint] = {"protocol": protocol, "graphs": dict(sorted(pushed.items()))}
        _save_manifest(path, manifest)

    with _client(auth, timeout) as client:
        try:
            local: set[str] = set()
            for graph, body, count in _graphs(store):
                local.add(graph)
                sha = hashlib.sha256(body).hexdigest()
                if known.get(graph) == sha:
                    report.unchanged += 1
                    continue
                _put_graph(client, endpoint, protocol, graph, body, user)
                record(graph, sha)
                report.sent += 1
                report.triples += count
                if progress:
                    progress(graph)
            for graph in sorted(set(pushed) - local):
                _delete_graph(client, endpoint, protocol, graph, user)
                record(graph, None)
                report.deleted += 1
                if progress:
                    progress(graph)
        finally:
            if changes:
                save()
    return report


def _put_graph(client, endpoint: str, protocol: str, graph: str, body: bytes, user: str | None) -> None:
    if protocol == "gsp":
        _send(client, "PUT", endpoint, who=user, params={"graph": graph}, content=body,
              headers={"Content-Type": _NTRIPLES})
        return
    lines = body.decode("utf-8").splitlines()
    for start in range(0, len(lines), _UPDATE_BATCH):
        chunk = "\n".join(lines[start:start + _UPDATE_BATCH])
        drop = f"DROP SILENT GRAPH <{graph}> ;\n" if start == 0 else ""
        _update(client, endpoint, f"{drop}INSERT DATA {{ GRAPH <{graph}> {{\n{chunk}\n}} }}", user)


def _delete_graph(client, endpoint: str, protocol: str, graph: str, user: str | None) -> None:
    if protocol == "update":
        _update(client, endpoint, f"DROP SILENT GRAPH <{graph}>", user)
        return
    try:
        _send(client, "DELETE", endpoint, who=user, params={"graph": graph})
    except EndpointError as exc:
        if "HTTP 404" not in str(exc):  # already gone is what we wanted
            raise


def _update(client, endpoint: str, sparql: str, user: str | None) -> None:
    _send(client, "POST", endpoint, who=user, data={"update": sparql})


def remote_query(endpoint: str, sparql: str, *, auth=None, user: str | None = None, timeout: float = 60.0):
    """Run a query on a SPARQL endpoint; returns what :func:`kg.store.query` returns for the same query.

    The query goes out with GET (POST as a form when it is too long for a URL), the project's
    usual prefixes declared, asking for SPARQL JSON or N-Triples by content negotiation (Virtuoso
    hangs on POST with ``application/sparql-query``).
    """
    if not endpoint.startswith(("http://", "https://")):
        raise EndpointError(f"{endpoint}: not an http(s) URL; pass --endpoint http://HOST:PORT/PATH")
    text = add_prefixes(sparql)
    headers = {"Accept": _ACCEPT[_form(text)]}
    with _client(auth, timeout) as client:
        if len(text) < 4000:
            response = _send(client, "GET", endpoint, who=user, params={"query": text}, headers=headers)
        else:
            response = _send(client, "POST", endpoint, who=user, data={"query": text}, headers=headers)
    media = response.headers.get("content-type", "").split(";")[0].strip().lower()
    try:
        if media in _RESULT_SYNTAX:
            return ox.parse_query_results(response.content, _RESULT_SYNTAX[media])
        if media in _GRAPH_SYNTAX:
            # format_result and the callers of kg.store.query take pyoxigraph's own result
            # types; a CONSTRUCT over an in-memory copy turns the parsed triples into one.
            copy = ox.Store()
            copy.load(response.content, _GRAPH_SYNTAX[media])
            return copy.query("CONSTRUCT WHERE { ?s ?p ?o }")
    except (SyntaxError, ValueError) as exc:
        raise EndpointError(f"{endpoint}: the server's {media} answer is not valid ({exc})") from None
    raise EndpointError(f"{endpoint}: unexpected answer of type {media or '(none)'!r}: "
                        f"{_first_line(response.text)}; is this a SPARQL query endpoint?")


def _form(sparql: str) -> str | None:
    r"""``results`` for SELECT and ASK, ``graph`` for CONSTRUCT and DESCRIBE, ``None`` if unsure.

    Examples
    --------
    >>> _form("PREFIX ex: <http://ex.org/#select> # ASK me\nCONSTRUCT WHERE { ?s ?p ?o }")
    'graph'
    >>> _form("select ?x { ?x ?p ?o }")
    'results'
    """
    text = re.sub(r"<[^<>\s]*>", " ", sparql)  # IRIs may hold '#' and keywords
    text = re.sub(r"#[^\n]*", " ", text)
    match = re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", text, re.IGNORECASE)
    if match is None:
        return None
    return "graph" if match.group(1).upper() in ("CONSTRUCT", "DESCRIBE") else "results"
