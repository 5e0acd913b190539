import os

import pytest

from kg.errors import KGError
from kg.files import write_atomic


def test_write_atomic_replaces_with_ordinary_permissions(tmp_path):
    target = tmp_path / "out" / "graph.ttl"
    write_atomic(target, b"old")
    write_atomic(target, "new")
    assert target.read_text() == "new"
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
    assert [p.name for p in target.parent.iterdir()] == ["graph.ttl"]  # no temporary file left


def test_unwritable_target_is_a_one_line_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(KGError, match="cannot be written"):
        write_atomic(blocker / "sub" / "graph.ttl", b"data")
