"""The store over the SPARQL 1.1 Protocol: a starlette app served by uvicorn, queries in worker processes.

Routes: ``/sparql`` answers queries (GET, POST form, POST ``application/sparql-query``), updates
(POST, only with ``allow_update`` and the bearer token) and, without a query, the service
description; ``/`` is a query page with no external assets.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import os
import re
import socket
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qs

import pyoxigraph as ox

from .errors import KGError
from .protocol import GRAPH_TYPES, Answer, negotiate, text_answer
from .workers import Task, WorkerPool

__all__ = ["create_app", "serve", "service_description", "LOOPBACK_HOSTS"]

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
# The W3C vocabularies a service description is written in.
_SD = "http://www.w3.org/ns/sparql-service-description#"
_FORMATS = "http://www.w3.org/ns/formats/"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_RDFS_COMMENT = "http://www.w3.org/2000/01/rdf-schema#comment"
_RESULT_FORMATS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                   "Turtle", "JSON-LD", "N-Triples", "RDF_XML")
_PARAMS = {"query", "update", "default-graph-uri", "named-graph-uri", "using-graph-uri",
           "using-named-graph-uri", "format"}


def service_description(endpoint: str, *, allow_update: bool, timeout: float, max_rows: int) -> list[ox.Triple]:
    """The SPARQL 1.1 Service Description of a ``kg serve`` endpoint, as triples (no blank nodes).

    Examples
    --------
    >>> triples = service_description("http://127.0.0.1:8000/sparql", allow_update=False, timeout=30, max_rows=10)
    >>> any(t.object.value.endswith("#SPARQL11Update") for t in triples)
    False
    """
    def sd(term: str) -> ox.NamedNode:
        return ox.NamedNode(_SD + term)

    service = ox.NamedNode(endpoint)
    dataset = ox.NamedNode(endpoint + "#dataset")
    default = ox.NamedNode(endpoint + "#default-graph")
    rtype = ox.NamedNode(_RDF_TYPE)
    mode = "updates allowed with a bearer token" if allow_update else "read-only"
    triples = [
        ox.Triple(service, rtype, sd("Service")),
        ox.Triple(service, sd("endpoint"), service),
        ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
        ox.Triple(service, sd("defaultDataset"), dataset),
        ox.Triple(dataset, rtype, sd("Dataset")),
        ox.Triple(dataset, sd("defaultGraph"), default),
        ox.Triple(default, rtype, sd("Graph")),
        ox.Triple(service, ox.NamedNode(_RDFS_COMMENT), ox.Literal(
            f"bilateral-kg: one named graph per document, the default graph is their union; {mode}; "
            f"a query stops after {timeout:g} s (503) and a result over {max_rows} rows is refused (422).")),
    ]
    triples += [ox.Triple(service, sd("resultFormat"), ox.NamedNode(_FORMATS + f)) for f in _RESULT_FORMATS]
    if allow_update:
        triples.append(ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Update")))
    return sorted(triples, key=str)


def _page() -> tuple[bytes, str]:
    """The query page and a Content-Security-Policy that allows its own inline code and nothing else."""
    html = resources.files("kg").joinpath("query_page.html").read_text(encoding="utf-8")
    hashes = {}
    for tag in ("script", "style"):
        blocks = re.findall(rf"<{tag}>(.*?)</{tag}>", html, re.S)
        hashes[tag] = " ".join("'sha256-" + base64.b64encode(hashlib.sha256(b.encode()).digest()).decode() + "'"
                               for b in blocks)
    policy = (f"default-src 'none'; script-src {hashes['script']}; style-src {hashes['style']}; "
              "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
    return html.encode("utf-8"), policy


def create_app(pool: WorkerPool, *, timeout: float = 30.0, token: str | None = None, cors: bool = False,
               loopback_only: bool = False):
    """The ASGI application over a worker pool (started on startup if it is not yet).

    Parameters
    ----------
    pool : WorkerPool
        Runs the queries; ``pool.allow_update`` decides whether updates are possible at all.
    timeout : float
        Seconds a request may wait for a worker, and then run.
    token : str, optional
        The bearer token updates must carry; required when the pool allows updates.
    cors : bool
        Let pages from other origins query (``Access-Control-Allow-Origin: *``).
    loopback_only : bool
        Refuse requests whose Host header is not a loopback name (guards a loopback server
        against DNS rebinding).

    Returns
    -------
    starlette.applications.Starlette
    """
    import anyio.to_thread
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.middleware.cors import CORSMiddleware
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    if pool.allow_update and not token:
        raise KGError("updates need a token: set KG_TOKEN to a secret that clients send as 'Authorization: Bearer ...'")
    page, policy = _page()

    def respond(answer: Answer) -> Response:
        headers = {"Vary": "Accept", **answer.headers}
        return Response(answer.body, status_code=answer.status, media_type=answer.content_type, headers=headers)

    def host_refused(request: Request) -> Response | None:
        if loopback_only and request.url.hostname not in LOOPBACK_HOSTS:
            return respond(text_answer(400, f"unexpected Host {request.headers.get('host')!r}: this server answers "
                                            "on loopback names only (127.0.0.1, localhost, ::1)"))
        return None

    async def home(request: Request) -> Response:
        return host_refused(request) or Response(page, media_type="text/html; charset=utf-8",
                                                 headers={"Content-Security-Policy": policy})

    async def sparql(request: Request) -> Response:
        refused = host_refused(request)
        if refused:
            return refused
        params = {k: request.query_params.getlist(k) for k in request.query_params.keys()}
        if request.method == "POST":
            params_or_error = await _post_params(request, params)
            if isinstance(params_or_error, Answer):
                return respond(params_or_error)
            params = params_or_error
        queries, updates = params.get("query", []), params.get("update", [])
        if not queries and not updates:
            return describe(request, params.get("format", []))
        if len(queries) + len(updates) != 1:
            return respond(text_answer(400, "send exactly one query or one update per request"))
        if params.get("using-graph-uri") or params.get("using-named-graph-uri"):
            return respond(text_answer(400, "using-graph-uri and using-named-graph-uri are not supported; "
                                            "name the graphs in the update with USING or GRAPH"))
        formats = params.get("format", [])
        if updates:
            if request.method != "POST":
                return respond(text_answer(400, "an update must be sent with POST"))
            if not pool.allow_update:
                return respond(text_answer(403, "updates are disabled on this server; start kg serve with "
                                                "--allow-update and a token in KG_TOKEN"))
            if not _token_ok(request.headers.get("authorization"), token):
                return respond(text_answer(401, "this update needs the server's token as 'Authorization: Bearer ...'",
                                           **{"WWW-Authenticate": 'Bearer realm="kg serve"'}))
            task = Task(updates[0], update=True)
        else:
            task = Task(queries[0], accept=request.headers.get("accept"), fmt=formats[-1] if formats else None,
                        default_graphs=tuple(g for g in params.get("default-graph-uri", []) if g),
                        named_graphs=tuple(g for g in params.get("named-graph-uri", []) if g))
        return respond(await anyio.to_thread.run_sync(pool.run, task, timeout))

    def describe(request: Request, formats: list[str]) -> Response:
        offers = [*GRAPH_TYPES, "text/html"]
        media = negotiate(formats[-1] if formats else request.headers.get("accept"), offers)
        if media == "text/html":
            return Response(page, media_type="text/html; charset=utf-8", headers={"Content-Security-Policy": policy})
        if media is None:
            return respond(text_answer(406, f"the service description is available as: {', '.join(offers)}"))
        endpoint = str(request.url.replace(query=""))
        triples = service_description(endpoint, allow_update=pool.allow_update, timeout=timeout,
                                      max_rows=pool.max_rows)
        body = ox.serialize(triples, format=GRAPH_TYPES[media])
        return respond(Answer(200, body, f"{media}; charset=utf-8" if media.startswith("text/") else media))

    @contextlib.asynccontextmanager
    async def lifespan(app):
        started_here = not pool.started
        if started_here:
            await anyio.to_thread.run_sync(pool.start)
        try:
            yield
        finally:
            if started_here:
                await anyio.to_thread.run_sync(pool.close)

    middleware = [Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"],
                             allow_headers=["Accept", "Authorization", "Content-Type"])] if cors else []
    routes = [Route("/", home, methods=["GET"]), Route("/sparql", sparql, methods=["GET", "POST"], name="sparql")]
    return Starlette(routes=routes, middleware=middleware, lifespan=lifespan)


async def _post_params(request, params: dict[str, list[str]]) -> dict[str, list[str]] | Answer:
    """Merge a POST body into the URL's parameters, as the protocol's three POST forms allow."""
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    raw = await request.body()
    try:
        body = raw.decode("utf-8")
    except UnicodeDecodeError:
        return text_answer(400, "the request body is not UTF-8")
    if media == "application/x-www-form-urlencoded":
        merged = dict(params)
        for key, values in parse_qs(body, keep_blank_values=True).items():
            merged[key] = merged.get(key, []) + values
        return merged
    if media in ("application/sparql-query", "application/sparql-update"):
        if "query" in params or "update" in params:
            return text_answer(400, f"a {media} request carries the operation in its body, not in the URL")
        return {**params, ("query" if media.endswith("query") else "update"): [body]}
    return text_answer(415, f"unsupported Content-Type {media or '(none)'!r}; POST application/x-www-form-urlencoded, "
                            "application/sparql-query or application/sparql-update")


def _token_ok(header: str | None, token: str | None) -> bool:
    if not header or not token:
        return False
    scheme, _, value = header.partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(value.strip().encode(), token.encode())


def serve(store_dir: str | os.PathLike[str], *, host: str = "127.0.0.1", port: int = 8000, timeout: float = 30.0,
          max_rows: int = 100_000, workers: int = 2, allow_update: bool = False, token: str | None = None,
          cors: bool = False, on_ready: Callable[[str], None] | None = None) -> None:
    """Serve the store over HTTP until interrupted (Ctrl-C or SIGTERM).

    Parameters
    ----------
    store_dir : str or path
        The store directory (built by ``kg build``).
    host, port : str, int
        Where to listen; loopback by default. Port 0 picks a free port (``on_ready`` gets it).
    timeout : float
        Seconds a query may run before it is stopped and answered with 503.
    max_rows : int
        The largest result served; a larger one is answered with 422.
    workers : int
        Worker processes, i.e. queries that run at once.
    allow_update : bool
        Accept SPARQL updates that carry ``token`` as a bearer token.
    token : str, optional
        The bearer token; required with ``allow_update``.
    cors : bool
        Allow cross-origin requests.
    on_ready : callable, optional
        Called with the endpoint URL once the socket listens and the workers are up.
    """
    import uvicorn

    if allow_update and not token:
        raise KGError("--allow-update needs a token: set KG_TOKEN to a secret (it is never read from the command line)")
    if timeout <= 0 or max_rows < 1 or workers < 1:
        raise KGError("--timeout, --max-rows and --workers must be positive")
    if not Path(store_dir).is_dir():
        raise KGError(f"{store_dir}: no store here yet; run 'kg build' first or pass --store")
    sock = _listen(host, port)
    pool = WorkerPool(store_dir, size=workers, max_rows=max_rows, allow_update=allow_update)
    try:
        pool.start()
        app = create_app(pool, timeout=timeout, token=token, cors=cors, loopback_only=host in LOOPBACK_HOSTS)
        bound = sock.getsockname()[1]
        config = uvicorn.Config(app, host=host, port=bound, log_level="warning", timeout_graceful_shutdown=5)
        server = uvicorn.Server(config)
        if on_ready:
            shown = f"[{host}]" if ":" in host else host
            on_ready(f"http://{shown}:{bound}/sparql")
        server.run(sockets=[sock])
    finally:
        pool.close()
        sock.close()


def _listen(host: str, port: int) -> socket.socket:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise KGError(f"cannot listen on {host}: {exc.strerror}; pass --host with an address of this machine") from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        sock.close()
        raise KGError(f"cannot listen on {host}:{port}: {exc.strerror}; is another server using it? "
                      "pass another --port") from None
    sock.set_inheritable(True)
    return sock
