"""Faults around a run: what the user sees, what exit code, and that no output is lost or left half-written.

Unexpected errors (one line, traceback only with --debug), output that cannot be written (disk full,
permission denied, a parent that is a file, a directory in the way), Ctrl-C (in-process and a real
SIGINT), and a corrupt, planted or unwritable gazetteer cache.
"""

from __future__ import annotations

import errno
import gzip
import os
import pickle
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mapper import cli
from mapper.errors import OutputError
from mapper.gazetteer import cachefile, store
from mapper.gazetteer.store import Gazetteer, read_cache
from mapper.pipeline import Pipeline
from tests.conftest import EXAMPLES, ROOT

ARTICLE = str(EXAMPLES / "deir-ez-zor-airstrike.txt")
HINT = "(run with --debug for the traceback)"


@pytest.fixture()
def runner(monkeypatch: pytest.MonkeyPatch, pipeline: Pipeline) -> CliRunner:
    """The CLI in-process, with the session's pipeline instead of loading the gazetteer again."""
    monkeypatch.setattr(cli, "_pipeline", lambda *args: pipeline)
    monkeypatch.setattr(cli, "_debug", False)
    return CliRunner()


def run(*args: str, script: str | None = None, env: dict[str, str] | None = None,
        ) -> subprocess.CompletedProcess[str]:
    """The CLI as a user runs it; ``script`` is Python run first (to plant a fault), then main()."""
    code = f"{script or ''}\nfrom mapper.cli import main\nmain()"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=300, env={**os.environ, **(env or {})})


def last_line(stderr: str) -> str:
    return stderr.rstrip("\n").splitlines()[-1]


# ---------------------------------------------------------------- unexpected errors


def test_unexpected_error_is_one_line_without_debug(runner: CliRunner, monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the analyser fell over")

    monkeypatch.setattr("mapper.run.make_map", boom)
    r = runner.invoke(cli.app, ["map", ARTICLE, "-o", str(tmp_path / "map.html")])
    assert r.exit_code == 1
    assert r.stderr == f"error: RuntimeError: the analyser fell over {HINT}\n"
    # --debug, before or after the command name, lets the exception through.
    for args in (["--debug", "map", ARTICLE], ["map", ARTICLE, "--debug"]):
        r = runner.invoke(cli.app, args)
        assert isinstance(r.exception, RuntimeError) and r.exit_code == 1
    assert list(tmp_path.iterdir()) == []


def test_traceback_only_with_debug_in_a_real_process(tmp_path: Path) -> None:
    plant = ("import mapper.run\n"
             "def boom(*a, **k): raise KeyError('lat')\n"
             "mapper.run.make_map = boom")
    out = str(tmp_path / "map.html")
    r = run("map", ARTICLE, "-o", out, script=plant)
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    assert last_line(r.stderr) == f"error: KeyError: 'lat' {HINT}"
    r = run("map", ARTICLE, "-o", out, "--debug", script=plant)
    assert r.returncode == 1
    assert "Traceback (most recent call last)" in r.stderr and last_line(r.stderr) == "KeyError: 'lat'"
    r = run("map", ARTICLE, "-o", out, script=plant, env={"MAPPER_DEBUG": "1"})
    assert "Traceback (most recent call last)" in r.stderr


def test_version() -> None:
    r = CliRunner().invoke(cli.app, ["--version"])
    assert (r.exit_code, r.stdout) == (0, "mapper 0.1.0\n")


# ------------------------------------------------------------------ unwritable output


def test_output_under_a_regular_file(tmp_path: Path) -> None:
    blocker = tmp_path / "output"
    blocker.write_text("a file where a directory should be")
    out = blocker / "map.html"
    r = run("map", ARTICLE, "-o", str(out))
    assert r.returncode == 1
    assert last_line(r.stderr) == f"error: cannot write {out}: {blocker} is a file, not a directory"
    assert "Traceback" not in r.stderr
    assert blocker.read_text() == "a file where a directory should be"


def test_output_that_is_a_directory(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "map.html"
    out.mkdir()
    r = runner.invoke(cli.app, ["map", ARTICLE, "-o", str(out)])
    assert r.exit_code == 1
    assert last_line(r.stderr) == f"error: cannot write {out}: it is a directory"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.html"] and out.is_dir()


def _fail_fsync(monkeypatch: pytest.MonkeyPatch, exc: BaseException) -> None:
    """Fail at the last moment of an atomic write: the temp file is complete, the rename not done."""
    def fsync(fd: int) -> None:
        raise exc

    monkeypatch.setattr("mapper.atomic.os.fsync", fsync)


@pytest.mark.parametrize(("command", "name"), [("map", "map.html"), ("extract", "events.csv"),
                                               ("extract", "articles.jsonl")])
def test_disk_full_keeps_the_previous_output(runner: CliRunner, monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path, command: str, name: str) -> None:
    out = tmp_path / name
    out.write_text("previous run\n")
    _fail_fsync(monkeypatch, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
    args = [command, ARTICLE, "-o", str(out)] + (["--format", "csv"] if name.endswith(".csv") else [])
    r = runner.invoke(cli.app, args)
    assert r.exit_code == 1
    assert r.stderr.splitlines() == [f"error: cannot write {out}: No space left on device"]
    assert out.read_text() == "previous run\n"
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no temporary file left behind


def test_permission_denied_keeps_the_previous_output(runner: CliRunner, monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    out = tmp_path / "map.html"
    out.write_text("previous run\n")

    def mkstemp(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr("mapper.atomic.tempfile.mkstemp", mkstemp)
    r = runner.invoke(cli.app, ["map", ARTICLE, "-o", str(out)])
    assert r.exit_code == 1
    assert r.stderr.splitlines() == [f"error: cannot write {out}: Permission denied"]
    assert out.read_text() == "previous run\n"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only directory")
def test_read_only_output_directory(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "map.html").write_text("previous run\n")
    locked.chmod(0o500)
    try:
        r = run("map", ARTICLE, "-o", str(locked / "map.html"))
        assert r.returncode == 1
        assert last_line(r.stderr) == f"error: cannot write {locked / 'map.html'}: Permission denied"
        assert (locked / "map.html").read_text() == "previous run\n"
    finally:
        locked.chmod(0o700)


def test_output_error_is_still_an_oserror() -> None:
    e = OutputError("out/map.html", "No space left on device")
    assert isinstance(e, OSError) and str(e) == "cannot write out/map.html: No space left on device"


# ---------------------------------------------------------------------------- Ctrl-C


def test_ctrl_c_during_analysis(runner: CliRunner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def interrupt(self: object, k: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli._Progress, "__call__", interrupt)
    r = runner.invoke(cli.app, ["map", ARTICLE, "-o", str(tmp_path / "map.html")])
    assert (r.exit_code, r.stderr) == (130, "interrupted\n")
    assert list(tmp_path.iterdir()) == []


def test_ctrl_c_while_writing_keeps_the_previous_output(runner: CliRunner, monkeypatch: pytest.MonkeyPatch,
                                                        tmp_path: Path) -> None:
    out = tmp_path / "map.html"
    out.write_text("previous run\n")
    _fail_fsync(monkeypatch, KeyboardInterrupt())
    r = runner.invoke(cli.app, ["map", ARTICLE, "-o", str(out)])
    assert (r.exit_code, r.stderr) == (130, "interrupted\n")
    assert out.read_text() == "previous run\n"
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]


def test_sigint_mid_run_leaves_no_output(tmp_path: Path) -> None:
    """A real Ctrl-C: articles arrive through a FIFO; after some are analysed, SIGINT; the run has no end."""
    inputs, outputs = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    outputs.mkdir()
    fifo = inputs / "articles.jsonl"
    os.mkfifo(fifo)
    args = ["map", str(fifo), "-o", str(outputs / "map.html")]
    proc = subprocess.Popen([sys.executable, "-m", "mapper.cli", *args], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while True:  # the reader opens the FIFO once its pipeline is loaded
            try:
                fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
                break
            except OSError as e:
                if e.errno != errno.ENXIO or proc.poll() is not None or time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        os.set_blocking(fd, True)
        line = b'{"text": "Airstrikes hit Deir ez-Zor on Saturday, killing 62 soldiers, Moscow said."}\n'
        os.write(fd, line * 2000)  # 170 kB: more than the reader's first look, so analysis starts
        time.sleep(2)
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=60)
        os.close(fd)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, stderr
    assert last_line(stderr) == "interrupted"
    assert "Traceback" not in stderr
    assert list(outputs.iterdir()) == []


# ----------------------------------------------------------------- gazetteer cache


TINY_TABLE = (
    "geonameid\tname\tlat\tlon\tcountry_code\tadmin1\tkind\tfcode\tpopulation\tnames\tdemonyms\taltnames\n"
    "170794\tDeir ez-Zor\t35.336\t40.141\tSY\tSY.07\tcity\tPPLA\t242565\tDayr az Zawr|Deir Ezzor\t\t40\n"
    "163843\tSyria\t35.0\t38.0\tSY\t\tcountry\tPCLI\t22933531\tSyrian Arab Republic\tSyrian|Syrians\t300\n"
)


@pytest.fixture()
def tiny_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A two-place table instead of the shipped one (compiled in milliseconds); an empty cache directory."""
    table = tmp_path / "tiny.tsv.gz"
    table.write_bytes(gzip.compress(TINY_TABLE.encode()))
    monkeypatch.setattr(store, "DATA", table)
    monkeypatch.setenv("MAPPER_CACHE_DIR", str(tmp_path / "cache"))
    return table


def valid_cache(table: Path) -> bytes:
    state = store.compile_index(table, progress=lambda msg: None)
    return cachefile.encode(state, table_sha256=store.table_sha256(table), index_version=store.INDEX_VERSION)


def _edited_header(data: bytes, old: bytes, new: bytes) -> bytes:
    assert len(old) == len(new) and data.count(old) == 1
    return data.replace(old, new)


# Each case: how to spoil a valid cache file, and the reason the one-line report gives.
SPOILED = [
    (lambda v: b"", "empty or truncated"),
    (lambda v: b"not an index", "not a mapper gazetteer index"),
    (lambda v: pickle.dumps({"name": ["x"]}), "a pickle, not a mapper gazetteer index"),
    (lambda v: v[:-50], "truncated: {n:,} of {m:,} bytes"),
    (lambda v: v + b"\0" * 8, "8 bytes more than its header says"),
    (lambda v: v[:-1] + bytes([v[-1] ^ 1]), "checksum mismatch (the file is damaged)"),
    (lambda v: _edited_header(v, b'"format":1,', b'"format":7,'), "format 7/6, this mapper reads 1/6"),
    (lambda v: _edited_header(v, cachefile.read_header(v)[0]["table_sha256"].encode(), b"0" * 64),
     "compiled from another place table"),
    (lambda v: v[:len(cachefile.MAGIC)] + b"{oops" + v[len(cachefile.MAGIC) + 5:], "unreadable header"),
]


@pytest.mark.parametrize(("spoil", "reason"), SPOILED)
def test_corrupt_cache_is_reported_and_rebuilt(tiny_table: Path, spoil: Callable[[bytes], bytes],
                                               reason: str) -> None:
    path = Gazetteer.cache_path()
    path.parent.mkdir()
    valid = valid_cache(tiny_table)
    header, start = cachefile.read_header(valid)
    path.write_bytes(spoil(valid))
    said: list[str] = []
    g = Gazetteer.load(progress=said.append)
    reason = reason.format(n=header["payload_bytes"] - 50, m=header["payload_bytes"])
    assert said[0] == f"mapper: gazetteer cache {path} is corrupt ({reason}); rebuilding"
    assert said[-1].startswith("mapper: gazetteer index ready: 2 places")
    assert g.lookup("Deir Ezzor")[0][0].geonameid == 170794
    assert path.read_bytes() == valid  # the rebuilt cache is valid, and used next time
    said.clear()
    assert len(Gazetteer.load(progress=said.append)) == 2 and said == []


class _Planted:
    """What an attacker plants as a pickle cache: loading it would create ``marker``."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple:
        return os.mkdir, (str(self.marker),)


def test_a_planted_pickle_runs_no_code(tiny_table: Path, tmp_path: Path) -> None:
    marker = tmp_path / "the-planted-cache-ran"
    path = Gazetteer.cache_path()
    path.parent.mkdir()
    path.write_bytes(pickle.dumps({"name": _Planted(marker)}))
    # Where older mappers kept their pickle: another name, never read by this one.
    path.with_name("gazetteer-0123456789ab.pickle").write_bytes(pickle.dumps(_Planted(marker)))
    said: list[str] = []
    assert len(Gazetteer.load(progress=said.append)) == 2
    assert said[0] == (f"mapper: gazetteer cache {path} is corrupt (a pickle, not a mapper gazetteer index); "
                       "rebuilding")
    assert not marker.exists()


def test_a_symlink_planted_as_the_cache_is_replaced_not_followed(tiny_table: Path, tmp_path: Path) -> None:
    victim = tmp_path / "notes.txt"
    victim.write_text("the user's own file")
    path = Gazetteer.cache_path()
    path.parent.mkdir()
    path.symlink_to(victim)
    said: list[str] = []
    assert len(Gazetteer.load(progress=said.append)) == 2
    assert said[0] == f"mapper: gazetteer cache {path} is corrupt (not a mapper gazetteer index); rebuilding"
    assert victim.read_text() == "the user's own file"
    assert not path.is_symlink() and path.read_bytes() == valid_cache(tiny_table)


def test_truncated_copy_of_the_real_cache_is_detected(tmp_path: Path, gazetteer: Gazetteer) -> None:
    real = Gazetteer.cache_path().read_bytes()
    cut = tmp_path / "cut.idx"
    cut.write_bytes(real[:1_000_000])
    header, start = cachefile.read_header(real)
    assert read_cache(cut) == (None, f"truncated: {1_000_000 - start:,} of {header['payload_bytes']:,} bytes")


def test_unwritable_cache_directory_is_reported_and_the_run_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tiny_table: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the cache directory should be")
    monkeypatch.setenv("MAPPER_CACHE_DIR", str(blocker / "mapper"))
    said: list[str] = []
    g = Gazetteer.load(progress=said.append)
    assert len(g) == 2 and g.lookup("Syrians")[0][2] == "demonym"
    assert said[-1] == (f"mapper: cannot write the gazetteer cache {Gazetteer.cache_path()} "
                        f"({blocker} is a file, not a directory); continuing without it "
                        "(the next run compiles the index again)")
