"""Atomic file output: a reader never sees a half-written map or export.

Everything is written to a temporary file in a private directory beside the destination (same file
system, so ``os.replace`` is an atomic rename), synced to disk, and only renamed over the target once
complete (:func:`atomic_path`, which the text and bytes writers use). On any error, and on Ctrl-C or
SIGTERM (any BaseException), the temporary file is removed and an existing target is left untouched.
Operating-system failures (disk full, permission denied, a parent that is a file) are raised as
:class:`mapper.errors.OutputError`, whose message names the target and the reason.

What is replaced is always a regular file (see :func:`destination`): a symlink to a file has its
target replaced and stays a link; a FIFO, a device (``/dev/null``) or a file descriptor's name
(``/dev/stdout``, ``/dev/fd/3``) is written through, as a stream, and never replaced.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, TextIO

from mapper.errors import OutputError


def _mode_for(target: Path, replacing_link: bool) -> int:
    """The permissions a plain ``open(path, "w")`` would give: the existing file's, or those the
    umask allows a new one (a private temporary directory's files would keep stricter ones)."""
    if not replacing_link:
        try:
            return stat.S_IMODE(target.stat().st_mode)
        except FileNotFoundError:
            pass
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


def _names_a_descriptor(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is, or links to, an open file descriptor (``/dev/stdout``, ``/dev/fd/3``,
    ``/proc/self/fd/1``): the file behind it is someone's open file (a shell's ``> out`` or ``>> log``),
    to be written as it is. Only the links are followed here, not the descriptor's own magic link."""
    p = os.path.abspath(path)
    for _ in range(40):  # the kernel's own limit on links in a row
        if os.path.realpath(os.path.dirname(p)).startswith("/proc/"):
            return True
        if not os.path.islink(p):
            return False
        p = os.path.normpath(os.path.join(os.path.dirname(p), os.readlink(p)))
    return False


def destination(path: str | os.PathLike[str], *, follow_symlinks: bool = True) -> tuple[Path, bool]:
    """The file to write for the output ``path``, and whether to write through it rather than replace it.

    A regular file (or none yet) is replaced atomically; when ``path`` is a symlink, the file it points
    to is, so the link survives (unless ``follow_symlinks`` is false: then the link itself is replaced,
    never what it points to). A FIFO, socket or device, or a file descriptor's name (``/dev/stdout``,
    ``/dev/fd/3``), is opened and written as it is: renaming a file over it would destroy it.
    """
    target = Path(path)
    if not follow_symlinks and target.is_symlink():
        return target, False
    if _names_a_descriptor(target):
        return target, True
    try:
        mode = os.stat(target).st_mode  # follows symlinks: what the path leads to
    except FileNotFoundError:
        mode = None  # a new file (or a dangling link: the file it names is created)
    except OSError as e:  # a symlink loop, a parent that is not a directory, ...
        if isinstance(e, NotADirectoryError):
            return target, False  # reported with the parent named, by output_error
        raise output_error(path, e) from e
    if mode is not None and not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        return target, True
    if target.is_symlink():
        return Path(os.path.realpath(target)), False
    return target, False


@contextmanager
def _write_through(path: str | os.PathLike[str], target: Path, mode: str,
                   encoding: str | None = None) -> Iterator[IO[Any]]:
    """Open ``target`` (a FIFO or a device) and write to it directly: no temporary file, no rename.

    ``mode`` appends ("a", "ab"): through ``/dev/stdout`` the file may be a shell's ``>> log``, which
    truncating would empty; on a FIFO or a device appending is plain writing.
    """
    try:
        f = open(target, mode, encoding=encoding, newline="" if encoding else None)  # noqa: SIM115
    except OSError as e:
        raise output_error(path, e) from e
    try:
        with f:
            yield f
    except OSError as e:
        raise output_error(path, e) from e


def _make_parent(target: Path) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise output_error(target, e) from e


def _fsync(path: Path) -> None:
    """Make the file's content durable before it is renamed into place: a full disk may only say so here."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def atomic_path(path: str | os.PathLike[str], suffix: str = "", *,
                follow_symlinks: bool = True) -> Iterator[Path]:
    """Yield a fresh temporary path for the content of ``path``; once the block ends, that file replaces
    ``path``. Every atomic write in mapper goes through here.

    The temporary path lives in a private temporary directory beside ``path`` (same file system, so the
    rename is atomic) and does not exist yet: a writer may create it as it likes (GDAL drivers pick the
    format from the suffix and refuse to open an existing empty file). Its content is synced to disk
    before the rename. When ``path`` is to be written through (a FIFO, a device: see
    :func:`destination`), the finished file is copied into it, and the temporary directory is in the
    system's temporary folder. On any error, Ctrl-C or SIGTERM the temporary directory is removed.
    """
    target, through = destination(path, follow_symlinks=follow_symlinks)
    if not through:
        _make_parent(target)
    try:
        tmpdir = Path(tempfile.mkdtemp(dir=None if through else target.parent, prefix=f".{target.name}."))
    except OSError as e:
        raise output_error(path, e) from e
    try:
        tmp = tmpdir / f"{target.stem}{suffix or target.suffix}"
        yield tmp
        if not tmp.exists():
            raise FileNotFoundError(f"writer produced no file at {tmp}")
        if through:
            with _write_through(path, target, "ab") as out, open(tmp, "rb") as done:
                shutil.copyfileobj(done, out)
        else:
            _fsync(tmp)
            os.chmod(tmp, _mode_for(target, replacing_link=target.is_symlink()))
            os.replace(tmp, target)
    except OSError as e:
        raise output_error(path, e) from e
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


@contextmanager
def atomic_writer(path: str | os.PathLike[str], encoding: str = "utf-8") -> Iterator[TextIO]:
    """Yield a text stream; its content replaces ``path`` only if the block finishes (a FIFO or a
    device is written through instead: see :func:`destination`)."""
    target, through = destination(path)
    if through:
        with _write_through(path, target, "a", encoding) as f:
            yield f
        return
    with atomic_path(path) as tmp, open(tmp, "w", encoding=encoding, newline="") as f:
        yield f


def atomic_write_text(path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` atomically, creating parent directories."""
    with atomic_writer(path, encoding=encoding) as f:
        f.write(text)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, *, follow_symlinks: bool = True) -> None:
    """Write ``data`` to ``path`` atomically, creating parent directories. With ``follow_symlinks``
    false a symlink at ``path`` is replaced by the file, never written through (a cache's own file)."""
    with atomic_path(path, follow_symlinks=follow_symlinks) as tmp:
        tmp.write_bytes(data)
