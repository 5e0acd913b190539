"""The notebooks run top to bottom on a fresh kernel, against a store they build from the seeds."""

from pathlib import Path

import pytest

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
PATHS = sorted(NOTEBOOKS.glob("*.ipynb"))


def test_the_notebooks_are_there():
    assert [p.name for p in PATHS][:3] == ["01_relations_overview.ipynb", "02_partner_centrality.ipynb",
                                           "03_your_own_questions.ipynb"]


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_notebook_runs(path, tmp_path, monkeypatch):
    import nbformat
    from nbclient import NotebookClient

    monkeypatch.setenv("KG_STORE", str(tmp_path / "store"))  # missing: the first cell builds it from seeds/
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", record_timing=False,
                   resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    cells = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.execution_count for c in cells)
    assert not [o for c in cells for o in c.outputs if o.output_type == "error"]
    assert (tmp_path / "store").exists()


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_notebooks_are_committed_with_outputs_and_use_only_kg(path):
    import nbformat

    nb = nbformat.read(path, as_version=4)
    cells = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.outputs for c in cells[1:]), "run 'make notebooks' to store the outputs"
    imports = {line.split()[1].split(".")[0] for c in cells for line in c.source.splitlines()
               if line.startswith(("import ", "from "))}
    assert imports <= {"kg", "os", "pathlib", "pandas", "IPython"}, imports
    assert not any("def " in c.source or "class " in c.source for c in cells), "notebooks define no logic"
