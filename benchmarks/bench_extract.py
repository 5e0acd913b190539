"""Extraction speed and memory on the development set: prints MB/s (one core) and peak RSS.

Usage: python benchmarks/bench_extract.py [--repeat N]
The corpus is every article of tests/devset and seeds/, read once; extraction (normalised text ->
mentions -> events -> RDF graph) runs N times over it so that the timing is stable.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from kg.documents import iter_documents
from kg.extract import extract_document
from kg.extract.gazetteer import load_gazetteer
from kg.triples import document_graph

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    started = time.perf_counter()
    gaz = load_gazetteer()
    load_time = time.perf_counter() - started
    docs = [d for d in iter_documents([ROOT / "tests" / "devset", ROOT / "seeds"]) if not isinstance(d, Exception)]
    size = sum(len(d.text.encode("utf-8")) for d in docs)
    started = time.perf_counter()
    events = 0
    for _ in range(args.repeat):
        for doc in docs:
            events += len(extract_document(doc, gaz).events)
    extract_time = time.perf_counter() - started
    started = time.perf_counter()
    triples = sum(len(document_graph(extract_document(doc, gaz), gaz)) for doc in docs)
    graph_time = time.perf_counter() - started
    mb = size * args.repeat / 1e6
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"gazetteer load: {load_time:.2f} s")
    print(f"corpus: {len(docs)} documents, {size / 1e3:.0f} kB, x{args.repeat} = {mb:.1f} MB")
    print(f"extraction: {mb / extract_time:.2f} MB/s on one core ({events / args.repeat:.0f} events per pass)")
    print(f"extraction + RDF graph: {size / 1e6 / (extract_time / args.repeat + graph_time):.2f} MB/s "
          f"({triples} triples per pass)")
    print(f"peak memory (RSS): {peak:.0f} MB")


if __name__ == "__main__":
    main()
