"""Faults around a run: what the user sees, what exit code, and that no output is lost or left half-written.

Unexpected errors (one line, traceback only with --debug), output that cannot be written (disk full,
permission denied, a parent that is a file, a directory in the way), Ctrl-C (in-process and a real
SIGINT), and a corrupt, planted or unwritable gazetteer cache.
"""

from __future__ import annotations

import errno
import gzip
import json
import os
import pickle
import pty
import select
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import IO

import pytest
from typer.testing import CliRunner

from mapper import cli, errors
from mapper.errors import OutputError
from mapper.gazetteer import cachefile, store
from mapper.gazetteer.store import Gazetteer, read_cache
from mapper.pipeline import Pipeline
from mapper.screenshot import find_chromium
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
    plant = ("import mapper.cli\n"  # fails before the gazetteer loads: a real process, started quickly
             "def boom(*a, **k): raise KeyError('lat')\n"
             "mapper.cli._pipeline = boom")
    out = str(tmp_path / "map.html")
    r = run("map", ARTICLE, "-o", out, script=plant)
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    assert last_line(r.stderr) == f"error: KeyError: 'lat' {HINT}"
    r = run("map", ARTICLE, "-o", out, "--debug", script=plant)
    assert r.returncode == 1
    assert "Traceback (most recent call last)" in r.stderr and last_line(r.stderr) == "KeyError: 'lat'"


def test_mapper_debug_in_the_environment_lets_the_traceback_through(runner: CliRunner,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise KeyError("lat")

    monkeypatch.setattr("mapper.run.make_map", boom)
    r = runner.invoke(cli.app, ["map", ARTICLE], env={"MAPPER_DEBUG": "1"})
    assert isinstance(r.exception, KeyError) and r.exit_code == 1


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
                                               ("extract", "articles.jsonl"), ("extract", "events.gpkg")])
def test_disk_full_keeps_the_previous_output(runner: CliRunner, monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path, command: str, name: str) -> None:
    out = tmp_path / name
    out.write_text("previous run\n")
    _fail_fsync(monkeypatch, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
    fmt = out.suffix[1:]
    args = [command, ARTICLE, "-o", str(out)] + (["--format", fmt] if fmt in ("csv", "gpkg") else [])
    r = runner.invoke(cli.app, args)
    assert r.exit_code == 1
    assert r.stderr.splitlines() == [f"error: cannot write {out}: No space left on device"]
    assert out.read_text() == "previous run\n"
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no temporary file left behind


def test_permission_denied_keeps_the_previous_output(runner: CliRunner, monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    out = tmp_path / "map.html"
    out.write_text("previous run\n")

    def mkdtemp(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr("mapper.atomic.tempfile.mkdtemp", mkdtemp)
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


def test_one_atomic_writer_follows_a_link_unless_told_not_to(tmp_path: Path) -> None:
    from mapper.atomic import atomic_write_bytes

    victim = tmp_path / "notes.bin"
    victim.write_bytes(b"the user's own file")
    victim.chmod(0o600)
    link = tmp_path / "out.bin"
    link.symlink_to(victim.name)
    atomic_write_bytes(link, b"\x00\x01 an output")  # an output: the file the link names is replaced
    assert link.is_symlink() and victim.read_bytes() == b"\x00\x01 an output"
    assert stat.S_IMODE(victim.stat().st_mode) == 0o600  # a replaced file keeps its mode
    atomic_write_bytes(link, b"a cache", follow_symlinks=False)  # a cache's own file: the link itself
    assert not link.is_symlink() and link.read_bytes() == b"a cache"
    assert victim.read_bytes() == b"\x00\x01 an output"
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(link.stat().st_mode) == 0o666 & ~umask  # a new file's mode, not the victim's
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.bin", "out.bin"]  # no temporary left


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


LINE = b'{"text": "Airstrikes hit Deir ez-Zor on Saturday, killing 62 soldiers, Moscow said."}\n'


def _start_on_a_terminal(*args: str) -> tuple[subprocess.Popen[bytes], int]:
    """The CLI with its stderr on a pseudo-terminal, where it shows its live article counter.

    SIGINT is reset to its default in the child: a shell starts background jobs with SIGINT ignored,
    and a Python started so never turns Ctrl-C into KeyboardInterrupt (the likely cause of this test's
    old 60 s time-outs). Standard input stays open, so the run cannot end before it is signalled.
    """
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "mapper", *args], cwd=ROOT, stdin=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, stderr=slave,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    os.close(slave)
    return proc, master


def _read_terminal(master: int, proc: subprocess.Popen[bytes], until: bytes | None = None) -> bytes:
    """What the CLI wrote to the terminal, up to ``until`` (None: until it closes the terminal)."""
    seen = b""
    deadline = time.monotonic() + 180  # only a run that never says ``until`` waits this long
    while until is None or until not in seen:
        ready, _, _ = select.select([master], [], [], 1.0)
        if not ready:
            assert time.monotonic() < deadline and (until is None or proc.poll() is None), seen
            continue
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the other side of the terminal is closed
            chunk = b""
        if not chunk:
            assert until is None, f"the run ended before it said {until!r}: {seen!r}"
            return seen
        seen += chunk
    return seen


def _feed(stream: IO[bytes], data: bytes) -> None:
    try:
        stream.write(data)
        stream.flush()
    except (BrokenPipeError, ValueError):  # the run ended (or was ended) before taking it all
        pass


@pytest.mark.parametrize(("sig", "code", "word"), [(signal.SIGINT, 130, "interrupted"),
                                                    (signal.SIGTERM, 143, "terminated")])
def test_signal_mid_run_leaves_no_output(tmp_path: Path, gazetteer: Gazetteer, sig: signal.Signals, code: int,
                                         word: str) -> None:
    """A real Ctrl-C or SIGTERM once the run has analysed 50 articles (it says so on the terminal); the
    input never ends, so only the signal ends the run. (The gazetteer fixture has the index compiled.)"""
    out = tmp_path / "out"
    out.mkdir()
    proc, master = _start_on_a_terminal("map", "-", "--input-format", "jsonl", "-o", str(out / "map.html"))
    assert proc.stdin is not None
    feeder = threading.Thread(target=_feed, args=(proc.stdin, LINE * 2000), daemon=True)
    feeder.start()
    try:
        said = _read_terminal(master, proc, until=b"analysed 50 articles")  # the event: the run is under way
        proc.send_signal(sig)
        said += _read_terminal(master, proc)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdin.close()
        os.close(master)
    lines = [line for line in said.decode().replace("\r", "\n").split("\n") if line.strip()]
    assert (proc.returncode, lines[-1]) == (code, word), said
    assert "Traceback" not in said.decode()
    assert list(out.iterdir()) == []


def _running(marker: str) -> list[str]:
    """Command lines of the processes that run (zombies aside) with ``marker`` in their command line."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            continue
        if marker in cmdline and state != "Z":
            found.append(cmdline)
    return found


@pytest.mark.parametrize(("sig", "code", "word"), [(signal.SIGTERM, 143, "terminated"),
                                                    (signal.SIGINT, 130, "interrupted")])
def test_signal_while_chromium_renders_the_png(tmp_path: Path, gazetteer: Gazetteer, sig: signal.Signals,
                                               code: int, word: str) -> None:
    """SIGTERM (or Ctrl-C, which a terminal sends to mapper's process group but no longer to Chromium's)
    while Chromium renders --png: Chromium and its helpers stopped, its temporary folder removed.

    Chromium reaches the network through a proxy on 127.0.0.1 that never answers (Chromium takes the
    proxy from the environment), so it is held mid-render: its first request is the event to signal on.
    """
    if find_chromium() is None:
        if os.environ.get("CI"):
            pytest.fail("CI is set but chromium is missing; .ci/run should install it")
        pytest.skip("chromium not installed")
    asked = threading.Event()
    release = threading.Event()

    class Hold(BaseHTTPRequestHandler):
        def do_CONNECT(self) -> None:  # noqa: N802 - http.server's naming
            asked.set()
            release.wait(60)

        do_GET = do_CONNECT  # noqa: N815

        def log_message(self, *args: object) -> None:
            pass

    proxy = ThreadingHTTPServer(("127.0.0.1", 0), Hold)
    threading.Thread(target=proxy.serve_forever, daemon=True).start()
    address = f"http://127.0.0.1:{proxy.server_address[1]}"
    # Chromium's own sockets live under TMPDIR, and a socket path longer than 108 bytes fails: pytest's
    # tmp_path is too deep for that, so this TMPDIR is a short one.
    tmp, out = Path(tempfile.mkdtemp(prefix="mapper-t-", dir="/tmp")), tmp_path / "out"
    args = ["map", ARTICLE, "-o", str(out / "map.html"), "--png", str(out / "map.png")]
    env = {**os.environ, "TMPDIR": str(tmp), "http_proxy": address, "https_proxy": address}
    proc = subprocess.Popen([sys.executable, "-m", "mapper", *args], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, env=env,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        while not asked.wait(0.5):  # the event: Chromium is up, its profile in tmp, and waiting
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        assert _running(str(tmp)), "Chromium should be running"
        proc.send_signal(sig)
        _, stderr = proc.communicate(timeout=60)
        assert (proc.returncode, stderr.splitlines()[-1:]) == (code, [word]), stderr
        assert _running(str(tmp)) == []  # no Chromium process outlives the run
        assert list(tmp.iterdir()) == []  # its profile is gone
        assert sorted(p.name for p in out.iterdir()) == ["map.html"]  # the map was complete; no PNG, no .tmp
    finally:
        release.set()
        proxy.shutdown()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        shutil.rmtree(tmp, ignore_errors=True)


# --------------------------------------------------------- one bad record, usage errors


SURROGATES = ('{"id": "s1", "title": "Strike \\ud800", '
              '"text": "Airstrikes hit Deir ez-Zor on Saturday, killing 62 soldiers \\udc00."}\n')


@pytest.mark.parametrize("args", [["extract"], ["extract", "-o", "out.jsonl"],
                                  ["extract", "-f", "geojson", "-o", "out.geojson"],
                                  ["extract", "-f", "csv", "-o", "out.csv"],
                                  ["extract", "-f", "gpkg", "-o", "out.gpkg"], ["map", "-o", "out.html"]])
def test_a_lone_surrogate_never_sinks_the_output(runner: CliRunner, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch, args: list[str]) -> None:
    """"\\ud800" is valid JSON but no valid text: it once failed every format, and made stdout and
    one-article maps a "usage error". Now the record is read, cleaned, and named in one warning."""
    monkeypatch.chdir(tmp_path)
    Path("feed.jsonl").write_text(SURROGATES, encoding="ascii")
    r = runner.invoke(cli.app, [args[0], "feed.jsonl", *args[1:]])
    assert r.exit_code == 0, r.stderr
    assert r.stderr.splitlines()[0] == ("warning: feed.jsonl:1: lone surrogates (invalid Unicode) in title, "
                                        "text replaced with U+FFFD")
    if "-o" not in args:
        assert json.loads(r.stdout)["title"] == "Strike \ufffd"
    elif args[-1].endswith(".gpkg"):
        import geopandas as gpd

        assert gpd.read_file(args[-1], layer="events")["titles"].tolist() == ["Strike \ufffd"]
    else:
        assert "Strike \ufffd" in Path(args[-1]).read_text(encoding="utf-8")


def test_a_value_error_in_the_run_is_a_fault_not_a_usage_error(runner: CliRunner, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise ValueError("cannot convert float NaN to integer")

    monkeypatch.setattr("mapper.run.make_map", boom)
    r = runner.invoke(cli.app, ["map", ARTICLE, "-o", str(tmp_path / "map.html")])
    assert (r.exit_code, r.stderr) == (1, f"error: ValueError: cannot convert float NaN to integer {HINT}\n")


def test_usage_errors_exit_2_before_the_gazetteer_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pipeline(*args: object) -> None:
        raise AssertionError("the gazetteer was loaded for a command that cannot run")

    monkeypatch.setattr(cli, "_pipeline", no_pipeline)
    r = CliRunner().invoke(cli.app, ["map", ARTICLE, "--published", "yesterday"])
    assert (r.exit_code, r.stderr) == (2, "usage error: published date 'yesterday' is not a date like "
                                          "2020-08-07\n")
    r = CliRunner().invoke(cli.app, ["extract", ARTICLE, "--format", "csv"])
    assert (r.exit_code, r.stderr) == (2, "usage error: --format csv needs -o FILE; only jsonl can be "
                                          "written to stdout\n")


@pytest.mark.parametrize(("error", "line", "code", "traceback"), [
    (errors.UsageError("--merge-days must be whole"), "usage error: --merge-days must be whole", 2, False),
    (errors.GeocoderConfigError("unknown geocoder 'osm'"), "usage error: unknown geocoder 'osm'", 2, False),
    (errors.GazetteerError("extra.csv: row 3: no name"), "error: extra.csv: row 3: no name", 1, True),
    (errors.MapError("height '1e9' is not a CSS length"), "error: height '1e9' is not a CSS length", 1, True),
    (errors.ExportError("unknown schema 'x'"), "error: unknown schema 'x'", 1, True),
    (errors.ScreenshotError("a PNG needs Chromium"), "error: a PNG needs Chromium", 1, True),
    (errors.OutputError("out/map.html", "No space left on device"),
     "error: cannot write out/map.html: No space left on device", 1, True),
    (KeyError("lat"), f"error: KeyError: 'lat' {HINT}", 1, True),
    (KeyboardInterrupt(), "interrupted", 130, None),  # with --debug: see the signal tests below
    (errors.Terminated(), "terminated", 143, None),
])
def test_exit_codes_come_from_the_error_hierarchy(monkeypatch: pytest.MonkeyPatch, error: BaseException,
                                                  line: str, code: int, traceback: bool | None) -> None:
    def boom(*args: object) -> None:
        raise error

    monkeypatch.setattr(cli, "_pipeline", boom)
    monkeypatch.setattr(cli, "_debug", False)
    r = CliRunner().invoke(cli.app, ["extract", ARTICLE])
    assert (r.exit_code, r.stderr) == (code, line + "\n")
    if traceback is None:
        return
    # --debug shows mapper's own faults' tracebacks, never a usage error's.
    r = CliRunner().invoke(cli.app, ["--debug", "extract", ARTICLE])
    if traceback:
        assert r.exception is error and r.stderr == ""
    else:
        assert (r.exit_code, r.stderr) == (code, line + "\n")


def test_one_exception_hierarchy() -> None:
    from mapper import mapview, screenshot
    from mapper.io import decoding, export

    assert (export.ExportError, mapview.MapError, mapview.TilesError, screenshot.ScreenshotError) == (
        errors.ExportError, errors.MapError, errors.TilesError, errors.ScreenshotError)
    classes = [c for c in vars(errors).values() if isinstance(c, type) and issubclass(c, BaseException)]
    assert {c.__name__ for c in classes if not issubclass(c, errors.MapperError)} == {"Terminated"}
    assert {c.__name__ for c in classes if c.exit_code == 2} == {"UsageError", "GeocoderConfigError",
                                                                 "TilesError"}
    with pytest.raises(errors.InputError, match=r"^binary file, not text$") as caught:
        decoding.decode_text(b"\x00\x01\x02")  # raised where bytes are found not to be text
    assert caught.value.reason == "binary file, not text" and isinstance(caught.value, ValueError)


# ------------------------------------------------------------ a run that read nothing


@pytest.mark.parametrize(("command", "name"), [("map", "map.html"), ("extract", "events.csv"),
                                               ("extract", "articles.jsonl"), ("extract", None)])
def test_a_run_that_read_nothing_writes_nothing(runner: CliRunner, tmp_path: Path, command: str,
                                                name: str | None) -> None:
    empty, missing = tmp_path / "empty.txt", tmp_path / "missing.jsonl"
    empty.write_text("")
    args = [command, str(empty), str(missing)]
    if name:
        out = tmp_path / name
        out.write_text("previous run\n")
        args += ["-o", str(out)] + (["--format", "csv"] if name.endswith(".csv") else [])
    r = runner.invoke(cli.app, args)
    assert r.exit_code == 1
    assert r.stderr.splitlines() == [
        f"error: {empty}: empty file",
        f"error: {missing}: no such file",
        "inputs: 2, articles read: 0, articles with no places: 0, place mentions: 0, distinct places: 0, "
        "events: 0 (0 merged across articles), inputs skipped: 2",
        f"skipped {empty}: empty file",
        f"skipped {missing}: no such file",
        f"error: no article could be read; {tmp_path / name if name else 'nothing'}"
        + (" not written" if name else " written"),
    ]
    assert r.stdout == ""
    if name:
        assert (tmp_path / name).read_text() == "previous run\n"
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["empty.txt", name])


# ---------------------------------------------------------- -o that is not a plain file


def test_output_through_a_symlink_replaces_its_target_and_keeps_the_link(runner: CliRunner,
                                                                         tmp_path: Path) -> None:
    real = tmp_path / "runs"
    real.mkdir()
    (real / "map.html").write_text("previous run\n")
    before = (real / "map.html").stat().st_ino
    link = tmp_path / "latest.html"
    link.symlink_to("runs/map.html")  # relative, as ln -s makes them
    dangling = tmp_path / "events.csv"
    dangling.symlink_to(real / "events.csv")  # its target does not exist yet
    r = runner.invoke(cli.app, ["map", ARTICLE, "-o", str(link)])
    assert r.exit_code == 0, r.stderr
    r = runner.invoke(cli.app, ["extract", ARTICLE, "-f", "csv", "-o", str(dangling)])
    assert r.exit_code == 0, r.stderr
    assert (os.readlink(link), os.readlink(dangling)) == ("runs/map.html", str(real / "events.csv"))
    assert "Deir ez-Zor" in (real / "map.html").read_text(encoding="utf-8")
    assert (real / "map.html").stat().st_ino != before  # replaced by a rename, never rewritten in place
    assert (real / "events.csv").read_text(encoding="utf-8").startswith("event_id,event_type,")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.csv", "latest.html", "runs"]
    assert sorted(p.name for p in real.iterdir()) == ["events.csv", "map.html"]  # no temporary file


@pytest.mark.parametrize("fmt", ["jsonl", "gpkg"])
def test_output_to_a_fifo_is_written_through(runner: CliRunner, tmp_path: Path, fmt: str) -> None:
    fifo = tmp_path / f"events.{fmt}"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)  # a real reader at the other end
    try:
        r = runner.invoke(cli.app, ["extract", ARTICLE, "-f", fmt, "-o", str(fifo)])
        received, _ = reader.communicate(timeout=30)  # ends when mapper closes the FIFO
    finally:
        if reader.poll() is None:
            reader.kill()
            reader.wait()
    assert r.exit_code == 0, r.stderr
    if fmt == "jsonl":
        assert json.loads(received)["id"] == "deir-ez-zor-airstrike.txt"  # an absolute path: its file name
    else:
        assert received.startswith(b"SQLite format 3\x00")  # the finished GeoPackage, copied in
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert os.listdir(tmp_path) == [fifo.name]


def test_output_to_a_device_is_written_through(runner: CliRunner, tmp_path: Path) -> None:
    if os.geteuid() == 0:  # root may make a null device of its own, so the real one is never at stake
        device = tmp_path / "null"
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    else:
        device = Path("/dev/null")
    r = runner.invoke(cli.app, ["map", ARTICLE, "-o", str(device)])
    assert r.exit_code == 0, r.stderr
    assert stat.S_ISCHR(os.lstat(device).st_mode) and device.read_bytes() == b""
    if device.parent == tmp_path:
        assert os.listdir(tmp_path) == ["null"]


def test_output_to_dev_stdout_is_written_through(tmp_path: Path) -> None:
    from mapper.atomic import destination  # first the rule: without it the run would rename over /dev/stdout

    link = tmp_path / "out.jsonl"
    link.symlink_to("/dev/fd/1")
    assert [destination(p) for p in ("/dev/stdout", "/dev/null", "/proc/self/fd/1", link)] == [
        (Path("/dev/stdout"), True), (Path("/dev/null"), True), (Path("/proc/self/fd/1"), True), (link, True)]
    # A plain file under /dev (a RAM disk, /dev/shm) is a file like any other: replaced, never appended to.
    assert destination("/dev/shm/map.html") == (Path("/dev/shm/map.html"), False)
    r = run("extract", ARTICLE, "-o", "/dev/stdout")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["id"] == "deir-ez-zor-airstrike.txt"  # an absolute path: its file name
    assert os.path.islink("/dev/stdout")


# ------------------------------------------------------------------- terminal safety


def test_input_text_in_messages_cannot_drive_the_terminal(runner: CliRunner, tmp_path: Path) -> None:
    """File names, CSV headers and ids reach stderr escaped: no ESC sequence, no carriage return."""
    evil = tmp_path / "a\x1b]0;owned\x07\r.txt"  # sets the terminal title, then overwrites the line
    evil.write_bytes(b"\x00\x01binary")
    table = tmp_path / "t.csv"
    table.write_text("id,\x1b[2J\u202eHeadline,Body\nx,y,z\n", encoding="utf-8")
    feed = tmp_path / "f.jsonl"
    feed.write_text('{"id": "\\u001b[31mred", "text": "Shelling in Homs."}\n'
                    '{"id": "\\u001b[31mred", "text": "Shelling in Hama."}\n', encoding="utf-8")
    r = runner.invoke(cli.app, ["extract", str(evil), str(table), str(feed), "-o", str(tmp_path / "o.jsonl")])
    assert r.exit_code == 1
    assert not any(c in r.stderr for c in "\x1b\x07\r\u202e")
    lines = r.stderr.splitlines()
    assert lines[:3] == [
        f"error: {tmp_path}/a\\x1b]0;owned\\x07\\r.txt: binary file, not text",
        f'error: {table}: no "text" column (columns: id, \\x1b[2J\\u202eHeadline, Body)',
        f'warning: {feed}:2: id "\\x1b[31mred" is already used by an earlier article; this one is '
        '"\\x1b[31mred-2"',
    ]


def test_printable_escapes_what_a_terminal_would_act_on() -> None:
    from mapper.errors import printable

    assert printable("ok: é — Δ \U0001f600") == "ok: é — Δ \U0001f600"
    assert printable("\x1b[2J\r\n\t\x00\x7f\x9b\u2028\u202e\u2066\ud800") == (
        "\\x1b[2J\\r\\n\\t\\x00\\x7f\\x9b\\u2028\\u202e\\u2066\\ud800")


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
    (lambda v: _edited_header(v, b'"format":1,', b'"format":7,'),
     f"format 7/{store.INDEX_VERSION}, this mapper reads 1/{store.INDEX_VERSION}"),
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


def test_the_collector_is_paused_for_start_up_and_resumed_with_the_gazetteer_frozen() -> None:
    plant = ("import gc\n"
             "from mapper.gazetteer import Gazetteer\n"
             "load, lookup = Gazetteer.load, Gazetteer.lookup\n"
             "def spy_load(**kw):\n"
             "    print('loading: collector on', gc.isenabled())\n"
             "    return load(**kw)\n"
             "def spy_lookup(self, *a, **kw):\n"
             "    print('running: collector on', gc.isenabled(), 'frozen', gc.get_freeze_count() > 0)\n"
             "    return lookup(self, *a, **kw)\n"
             "Gazetteer.load, Gazetteer.lookup = staticmethod(spy_load), spy_lookup")
    r = run("gazetteer", "lookup", "Geneva", script=plant)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[:2] == ["loading: collector on False",
                                         "running: collector on True frozen True"]
