"""Re-execute the notebooks in place, outputs included, against a fresh store built from seeds/.

``make notebooks`` runs this, so that the committed notebooks show what the current code gives on
the seed articles (and read well on a code host). The store is built in a temporary folder and
named to the notebooks by ``KG_STORE``; the notebooks run in this folder, one fresh kernel each.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from kg.store import build, open_store

HERE = Path(__file__).resolve().parent


def main(names: list[str]) -> None:
    notebooks = [HERE / name for name in names] if names else sorted(HERE.glob("*.ipynb"))
    with tempfile.TemporaryDirectory(prefix="kg-notebooks-") as tmp:
        store_dir = Path(tmp) / "store"
        store = open_store(store_dir)
        build(store, [HERE.parent / "seeds"])
        del store
        os.environ["KG_STORE"] = str(store_dir)
        for path in notebooks:
            nb = nbformat.read(path, as_version=4)
            NotebookClient(nb, timeout=600, kernel_name="python3", record_timing=False,
                           resources={"metadata": {"path": str(HERE)}}).execute()
            nbformat.write(nb, path)
            print(f"executed {path.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main(sys.argv[1:])
