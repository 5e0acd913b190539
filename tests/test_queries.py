from pathlib import Path

import pytest

from kg.store import query

QUERIES = sorted((Path(__file__).resolve().parent.parent / "queries").glob("*.rq"))


def test_there_are_saved_queries():
    assert len(QUERIES) >= 5


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.name)
def test_saved_query_runs_on_seeds(seed_store, path):
    rows = list(query(seed_store, path.read_text(encoding="utf-8")))
    assert rows, f"{path.name} returned no rows on the seeds"


def test_cold_query_is_fast_enough_to_feel_instant(seed_store_dir):
    """Measured, not asserted on time: prints the cold-start figure for the closing note."""
    import subprocess
    import sys
    import time

    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "kg.cli", "query", "ASK { ?e a dip:Visit }",
                             "--store", str(seed_store_dir)], capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "true"
    print(f"cold kg query: {elapsed:.2f} s")
