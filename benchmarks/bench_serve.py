"""kg serve against Oxigraph's own server (the `oxigraph` package's serve-read-only) on the same store.

Usage: python benchmarks/bench_serve.py [--events N] [--repeat R] [--timeout S]
Builds a synthetic store (N events among 200 countries, one named graph per 100 events and their
union in the default graph, as kg build makes it), starts
both servers on loopback and prints: start-up time; median latency of a few queries (JSON
results); the latency of small queries while a slow one runs; and what each server answers
when the slow one hits its timeout. Nothing is asserted: the figures are for the README.
"""

from __future__ import annotations

import argparse
import random
import re
import select
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import pyoxigraph as ox

from kg.store import add_prefixes

DIP = "https://w3id.org/bilateral-kg/ontology#"
ID = "https://w3id.org/bilateral-kg/id/"
QUERIES = {
    "ask": "ASK { ?e a dip:Visit }",
    "partners of one country": """SELECT ?partner (COUNT(DISTINCT ?e) AS ?n) WHERE {
        ?e dip:participant id:country\\/C007 , ?p . ?p rdfs:label ?partner FILTER(?p != id:country\\/C007) }
        GROUP BY ?partner ORDER BY DESC(?n)""",
    "all country pairs": """SELECT ?a ?b (COUNT(*) AS ?n) WHERE {
        ?e dip:participant ?a , ?b FILTER(STR(?a) < STR(?b)) } GROUP BY ?a ?b ORDER BY DESC(?n) LIMIT 50""",
    "50,000 rows": "SELECT ?e ?d WHERE { ?e dip:date ?d } LIMIT 50000",
}
SLOW = {
    "rows": "SELECT ?a ?b ?c WHERE { ?a dip:date ?x . ?b dip:date ?y . ?c dip:date ?z }",
    "count": "SELECT (COUNT(*) AS ?n) WHERE { ?a dip:date ?x . ?b dip:date ?y . ?c dip:date ?z }",
}


def synthetic_store(folder: Path, events: int) -> Path:
    rng = random.Random(7)
    lines = []
    for c in range(200):
        iri = f"<{ID}country/C{c:03d}>"
        lines.append(f'{iri} <http://www.w3.org/2000/01/rdf-schema#label> "Country {c}" <{ID}doc/countries> .')
        lines.append(f"{iri} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{DIP}Country> <{ID}doc/countries> .")
    for e in range(events):
        graph = f"<{ID}doc/d{e // 100:06d}>"
        iri = f"<{ID}event/e{e:07d}>"
        kind = rng.choice(["Visit", "Meeting", "Summit", "Sanction"])
        lines.append(f"{iri} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{DIP}{kind}> {graph} .")
        lines.append(f"{iri} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{DIP}Event> {graph} .")
        for c in rng.sample(range(200), rng.choice([2, 2, 2, 3, 5])):
            lines.append(f"{iri} <{DIP}participant> <{ID}country/C{c:03d}> {graph} .")
        day = f"20{rng.randint(10, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        lines.append(f'{iri} <{DIP}date> "{day}"^^<http://www.w3.org/2001/XMLSchema#date> {graph} .')
    # as kg.store keeps it: the default graph holds the union of the document graphs
    lines += sorted({line.rsplit(" <", 1)[0] + " ." for line in lines})
    path = folder / "store"
    store = ox.Store(str(path))
    store.bulk_load("\n".join(lines).encode(), ox.RdfFormat.N_QUADS)
    store.flush()
    del store
    return path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_kg(store: Path, timeout: float) -> tuple[subprocess.Popen, str, float]:
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--port", "0",
                                "--timeout", str(timeout), "--max-rows", "1000000"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    select.select([process.stdout], [], [], 60)
    url = re.search(r"http://\S+/sparql", process.stdout.readline()).group(0)
    return process, url, time.perf_counter() - started


def start_oxigraph(store: Path, timeout: float) -> tuple[subprocess.Popen, str, float]:
    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    port = _free_port()
    started = time.perf_counter()
    process = subprocess.Popen([binary, "serve-read-only", "--location", str(store), "--bind", f"127.0.0.1:{port}",
                                "--timeout-s", str(int(timeout))],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    while True:
        try:
            if httpx.get(url, params={"query": "ASK {}"}, timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.05)
    return process, url, time.perf_counter() - started


_CLIENT = httpx.Client()  # one client with keep-alive: httpx.get() pays ~40 ms of set-up per call


def timed(url: str, query: str, timeout: float = 120) -> tuple[float, httpx.Response]:
    started = time.perf_counter()
    response = _CLIENT.get(url, params={"query": add_prefixes(query)},
                           headers={"Accept": "application/sparql-results+json"}, timeout=timeout)
    return time.perf_counter() - started, response


def streamed(url: str, query: str, give_up: float) -> dict:
    """Send a query and read its answer as a stream, for at most ``give_up`` seconds."""
    started = time.perf_counter()
    size, tail, status = 0, b"", None
    try:
        with httpx.stream("GET", url, params={"query": add_prefixes(query)}, timeout=give_up,
                          headers={"Accept": "application/sparql-results+json"}) as response:
            status = response.status_code
            for chunk in response.iter_bytes():
                size += len(chunk)
                tail = (tail + chunk)[-120:]
                if time.perf_counter() - started > give_up:
                    return {"status": status, "size": size, "tail": b"(still streaming: gave up reading)",
                            "elapsed": time.perf_counter() - started}
    except httpx.TimeoutException:
        tail = b"(no answer: gave up waiting)"
    return {"status": status, "size": size, "tail": tail, "elapsed": time.perf_counter() - started}


def while_slow(url: str, query: str, slow_timeout: float) -> tuple[list[float], dict]:
    """Latencies of small queries sent while a slow query runs, and the slow query's own answer."""
    outcome = {}

    def run_slow():
        outcome.update(streamed(url, query, slow_timeout * 4))

    thread = threading.Thread(target=run_slow)
    thread.start()
    time.sleep(0.5)
    quick = []
    while thread.is_alive() and len(quick) < 10:
        quick.append(timed(url, QUERIES["ask"], timeout=slow_timeout * 4)[0])
    thread.join()
    return quick, outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--timeout", type=float, default=5.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        store = synthetic_store(Path(tmp), args.events)
        triples = len(ox.Store.read_only(str(store)))
        print(f"store: {args.events} events, {triples} triples, built in {time.perf_counter() - started:.1f} s")
        for name, start in [("kg serve", start_kg), ("oxigraph serve-read-only", start_oxigraph)]:
            process, url, startup = start(store, args.timeout)
            try:
                print(f"\n{name}: ready in {startup:.2f} s")
                for label, query in QUERIES.items():
                    timed(url, query)  # warm the caches
                    times, sizes = [], set()
                    for _ in range(args.repeat):
                        elapsed, response = timed(url, query)
                        times.append(elapsed)
                        sizes.add((response.status_code, len(response.content)))
                    status = ", ".join(f"HTTP {s} {b / 1024:.0f} KiB" for s, b in sorted(sizes))
                    print(f"  {label:26s} median {statistics.median(times) * 1000:8.1f} ms  ({status})")
                for kind, query in SLOW.items():
                    quick, slow = while_slow(url, query, args.timeout)
                    if quick:
                        print(f"  ASK while a slow {kind} query runs: median {statistics.median(quick) * 1000:.1f} ms,"
                              f" max {max(quick) * 1000:.1f} ms over {len(quick)}")
                    ending = slow["tail"].decode("utf-8", "replace").strip().replace("\n", " ")[-70:]
                    print(f"  slow {kind} query, --timeout {args.timeout:g}: HTTP {slow['status']} after "
                          f"{slow['elapsed']:.1f} s, {slow['size'] / 1024:.0f} KiB ending {ending!r}")
            finally:
                process.terminate()
                process.wait(15)


if __name__ == "__main__":
    main()
