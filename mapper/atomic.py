"""Atomic file output: a reader never sees a half-written map or export.

Everything is written to a temporary name in the destination directory (same file system, so
``os.replace`` is an atomic rename) and only renamed over the target once complete. On any error the
temporary file is removed and an existing target is left untouched.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO


def _default_mode(target: Path) -> int:
    """The permissions a plain ``open(path, "w")`` would give (mkstemp files are 0600)."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextmanager
def atomic_path(path: str | os.PathLike[str], suffix: str = "") -> Iterator[Path]:
    """Yield a fresh temporary path next to ``path``; on success it replaces ``path``.

    For writers that want a path rather than a stream (GDAL drivers pick the format from the suffix
    and refuse to open an existing empty file), the temporary path lives in a private temporary
    directory and does not exist yet.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmpdir = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}."))
    try:
        tmp = tmpdir / f"{target.stem}{suffix or target.suffix}"
        yield tmp
        if not tmp.exists():
            raise FileNotFoundError(f"writer produced no file at {tmp}")
        os.chmod(tmp, _default_mode(target))
        os.replace(tmp, target)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


@contextmanager
def atomic_writer(path: str | os.PathLike[str], encoding: str = "utf-8") -> Iterator[TextIO]:
    """Yield a text stream; its content replaces ``path`` only if the block finishes."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp_name, _default_mode(target))
        os.replace(tmp_name, target)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        raise


def atomic_write_text(path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` atomically, creating parent directories."""
    with atomic_writer(path, encoding=encoding) as f:
        f.write(text)
