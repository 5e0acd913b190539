"""Time-to-interactive of the graph page in headless Chromium, on synthetic stores.

Each synthetic store has N actors (countries, persons and organisations) and about 6 links per
actor (6 N bilateral events between distinct random pairs, seeded), each event with a date and one
evidence sentence. For each size the script prints how long ``kg.viz.graph_html`` takes, the page
size, and the time from navigation start to the network's first drawing in Chromium (the page sets
``window.kgReady`` in vis-network's first ``afterDrawing``), median of three loads.

Run:  .venv/bin/python benchmarks/bench_viz.py [--sizes 100 500 2000] [--runs 3]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from kg.namespace import DIP, ID
from kg.viz import graph_html, write_html

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"]
TYPES = ("Visit", "Meeting", "Summit", "AgreementSigning", "Accession", "Sanction")
REGIONS = ("Africa", "Americas", "Asia", "Europe", "Oceania")
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


def synthetic_store(n_actors: int, links_per_actor: int = 6, seed: int = 7) -> ox.Store:
    """An in-memory store of ``n_actors`` actors and ``links_per_actor * n_actors`` bilateral events."""
    rng = random.Random(seed)
    n_countries = min(n_actors, max(2, n_actors // 2), 600)
    n_orgs = (n_actors - n_countries) // 5
    actors = []
    quads: list[ox.Quad] = []
    graph = ox.NamedNode(f"{ID}doc/synthetic")

    def add(s, p, o):  # as kg.store lays documents out: a named graph, and the union in the default graph
        quads.append(ox.Quad(s, p, o, graph))
        quads.append(ox.Quad(s, p, o))

    def node(term) -> ox.NamedNode:
        return ox.NamedNode(str(term))

    for i in range(n_actors):
        if i < n_countries:
            code = f"{chr(65 + i // 676 % 26)}{chr(65 + i // 26 % 26)}{chr(65 + i % 26)}"
            iri = ox.NamedNode(f"{ID}country/{code}")
            add(iri, RDF_TYPE, node(DIP.Country))
            add(iri, node(DIP.iso3), ox.Literal(code))
            add(iri, node(DIP.region), ox.Literal(REGIONS[i % len(REGIONS)]))
            add(iri, LABEL, ox.Literal(f"Country {code}"))
        elif i < n_countries + n_orgs:
            iri = ox.NamedNode(f"{ID}org/ORG{i}")
            add(iri, RDF_TYPE, node(DIP.Organization))
            add(iri, LABEL, ox.Literal(f"Organisation {i}"))
        else:
            iri = ox.NamedNode(f"{ID}person/person-{i}")
            add(iri, RDF_TYPE, node(DIP.Person))
            add(iri, LABEL, ox.Literal(f"Person {i}"))
            add(iri, node(DIP.represents), ox.NamedNode(f"{ID}country/AAA"))
        actors.append(iri)
    doc = ox.NamedNode(f"{ID}doc/synthetic")
    add(doc, RDF_TYPE, node(DIP.Document))
    add(doc, node(DIP.fileName), ox.Literal("synthetic.txt"))
    add(doc, node(DIP.title), ox.Literal("Synthetic news"))
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < links_per_actor * n_actors:
        a, b = rng.randrange(n_actors), rng.randrange(n_actors)
        if a != b:
            pairs.add((min(a, b), max(a, b)))
    xsd_date = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
    for k, (a, b) in enumerate(sorted(pairs)):
        kind = rng.choice(TYPES)
        event = ox.NamedNode(f"{ID}event/e{k}")
        evidence = ox.NamedNode(f"{ID}evidence/x{k}")
        add(event, RDF_TYPE, node(DIP.Event))
        add(event, RDF_TYPE, node(DIP[kind]))
        add(event, node(DIP.date), ox.Literal(f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-01", datatype=xsd_date))
        for role, actor in (("imposedBy", a), ("imposedOn", b)) if kind == "Sanction" else (("participant", a), ("participant", b)):
            add(event, node(DIP[role]), actors[actor])
        add(event, node(DIP.evidence), evidence)
        add(evidence, node(DIP.quote), ox.Literal(f"Event {k}: actors {a} and {b} met, a sentence of about this length."))
        add(evidence, node(DIP.document), doc)
        add(evidence, node(DIP.charStart), ox.Literal(str(k * 80), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")))
    store = ox.Store()
    store.extend(quads)
    return store


def time_to_interactive(page_file: Path, runs: int) -> list[float]:
    """Milliseconds from navigation start to the first drawing of the network, one per run."""
    from playwright.sync_api import sync_playwright

    times = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(page_file.as_uri())
            page.wait_for_function("window.kgReady !== undefined", timeout=120_000)
            times.append(page.evaluate("window.kgReady"))
            page.close()
        browser.close()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 500, 2000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is missing: apt-get install chromium", file=sys.stderr)
        return 1
    print(f"{'nodes':>6} {'edges':>7} {'events':>7} {'graph_html':>11} {'page':>9} {'time to interactive (median, runs)':>36}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            store = synthetic_store(size)
            start = time.perf_counter()
            html = graph_html(store, max_nodes=size)
            build = time.perf_counter() - start
            target = write_html(html, Path(tmp) / f"graph-{size}.html")
            edges = html.count('"from":')
            events = len(list(store.quads_for_pattern(None, RDF_TYPE, ox.NamedNode(str(DIP.Event)), ox.DefaultGraph())))
            times = time_to_interactive(target, args.runs)
            runs = ", ".join(f"{t:,.0f}" for t in times)
            print(f"{size:>6} {edges:>7,} {events:>7,} {build:>10.2f}s {len(html) / 1e6:>7.2f}MB "
                  f"{statistics.median(times):>10,.0f} ms ({runs})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
