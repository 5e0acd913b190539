"""An installed package (a wheel) carries the ontology and the reference data."""

import subprocess
import sys
import zipfile


def test_wheel_holds_ontology_and_data(tmp_path):
    root = __import__("pathlib").Path(__file__).resolve().parent.parent
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                             "-w", str(tmp_path), str(root)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    (wheel,) = tmp_path.glob("bilateral_kg-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("kg/ontology/diplomacy.ttl", "kg/ontology/shapes.ttl", "kg/data/countries.csv",
                   "kg/data/office_holders/world.csv", "kg/data/triggers.csv", "kg/py.typed"):
        assert needed in names, needed
