import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True)
def _no_store_env(monkeypatch):
    monkeypatch.delenv("KG_STORE", raising=False)
    monkeypatch.delenv("KG_DATA_DIR", raising=False)


@pytest.fixture(scope="session")
def gaz():
    from kg.extract.gazetteer import load_gazetteer

    return load_gazetteer()


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture(scope="session")
def seed_store_dir(tmp_path_factory):
    """A store built from the seeds once for the whole session (read it, do not change it)."""
    from kg.store import build, open_store

    folder = tmp_path_factory.mktemp("seedstore")
    store = open_store(folder / "store")
    build(store, [SEEDS])
    del store
    return folder / "store"


@pytest.fixture(scope="session")
def seed_store(seed_store_dir):
    from kg.store import open_store

    return open_store(seed_store_dir, read_only=True)


@pytest.fixture
def article(tmp_path):
    """Write a small article (with optional front matter) and return its path."""
    def write(text: str, name: str = "article.txt", published: str | None = None) -> Path:
        body = f"---\npublished: {published}\n---\n{text}" if published else text
        path = tmp_path / name
        path.write_text(body, encoding="utf-8")
        return path
    return write


def require_tool(name: str) -> str:
    """The path of an external tool; skip locally without it, fail in CI (which installs it)."""
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed; .ci/run must install it")
        pytest.skip(f"{name} is not installed")
    return path
