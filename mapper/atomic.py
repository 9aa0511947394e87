"""Atomic file output: a reader never sees a half-written map or export.

Everything is written to a temporary name in the destination directory (same file system, so
``os.replace`` is an atomic rename) and only renamed over the target once complete. On any error,
and on Ctrl-C (KeyboardInterrupt), the temporary file is removed and an existing target is left
untouched. Operating-system failures (disk full, permission denied, a parent that is a file) are
raised as :class:`mapper.errors.OutputError`, whose message names the target and the reason.
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

from mapper.errors import OutputError


def _default_mode(target: Path) -> int:
    """The permissions a plain ``open(path, "w")`` would give (mkstemp files are 0600)."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def output_error(path: str | os.PathLike[str], e: OSError) -> OutputError:
    """``e`` as a one-line OutputError naming ``path``.

    "File exists" or "Not a directory" from creating the parent directories means that some parent
    is a regular file: that file is named instead, since the errno text alone would mislead.
    """
    if isinstance(e, OutputError):
        return e
    target = Path(path)
    if isinstance(e, (FileExistsError, NotADirectoryError)):
        for parent in target.parents:
            if parent.exists() or parent.is_symlink():
                if not parent.is_dir():
                    return OutputError(str(path), f"{parent} is a file, not a directory")
                break
    if isinstance(e, IsADirectoryError) and target.is_dir():
        return OutputError(str(path), "it is a directory")
    return OutputError(str(path), e.strerror or str(e))


def _make_parent(target: Path) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise output_error(target, e) from e


@contextmanager
def atomic_path(path: str | os.PathLike[str], suffix: str = "") -> Iterator[Path]:
    """Yield a fresh temporary path next to ``path``; on success it replaces ``path``.

    For writers that want a path rather than a stream (GDAL drivers pick the format from the suffix
    and refuse to open an existing empty file), the temporary path lives in a private temporary
    directory and does not exist yet.
    """
    target = Path(path)
    _make_parent(target)
    try:
        tmpdir = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}."))
    except OSError as e:
        raise output_error(path, e) from e
    try:
        tmp = tmpdir / f"{target.stem}{suffix or target.suffix}"
        yield tmp
        if not tmp.exists():
            raise FileNotFoundError(f"writer produced no file at {tmp}")
        os.chmod(tmp, _default_mode(target))
        os.replace(tmp, target)
    except OSError as e:
        raise output_error(path, e) from e
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


@contextmanager
def atomic_writer(path: str | os.PathLike[str], encoding: str = "utf-8") -> Iterator[TextIO]:
    """Yield a text stream; its content replaces ``path`` only if the block finishes."""
    target = Path(path)
    _make_parent(target)
    try:
        fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as e:
        raise output_error(path, e) from e
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())  # a full disk may only say so here, before the rename
        os.chmod(tmp_name, _default_mode(target))
        os.replace(tmp_name, target)
    except BaseException as e:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        if isinstance(e, OSError):
            raise output_error(path, e) from e
        raise


def atomic_write_text(path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` atomically, creating parent directories."""
    with atomic_writer(path, encoding=encoding) as f:
        f.write(text)
