"""Render a saved map page to a PNG with headless Chromium (``mapper map ... --png FILE``).

Chromium is found at ``$MAPPER_CHROMIUM``, ``/usr/bin/chromium`` or on the PATH (chromium,
chromium-browser, google-chrome); ``mapper doctor`` uses the same search. ``--virtual-time-budget``
lets the page's scripts and timers run to completion (markers, tiles or the offline basemap that
replaces them) before the picture is taken; with ``offline`` every host name is made unresolvable,
so the picture shows exactly what an air-gapped reader sees. Chromium also hands back the page as
it was when pictured, and a map that was not drawn by then (``data-mapper-ready`` missing, or
``data-mapper-error`` set) is an error, not a blank picture.

Chromium runs in a process group of its own with a throwaway profile. However the run ends (done, an
error, a timeout, Ctrl-C, SIGTERM), the whole group is stopped before the profile is removed, so no
Chromium process outlives mapper and nothing is left in the temporary folder.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path

from mapper.atomic import atomic_path
from mapper.errors import ScreenshotError

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CHROMIUM_PATHS = ("/usr/bin/chromium",)
# Chromium options for a quiet, reproducible headless run with a throwaway profile.
HEADLESS_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-default-apps", "--mute-audio")


def find_chromium(paths: tuple[str, ...] = CHROMIUM_PATHS,
                  names: tuple[str, ...] = CHROMIUM_NAMES) -> str | None:
    """Path of a Chromium (or Chrome) executable: $MAPPER_CHROMIUM (a path or a name on the PATH),
    else the first of ``paths``, else the first of ``names`` on the PATH; None if there is none."""
    env = os.environ.get("MAPPER_CHROMIUM")
    if env:
        return env if os.access(env, os.X_OK) else shutil.which(env)
    for path in paths:
        if os.access(path, os.X_OK):
            return path
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    return None


class _MapState(HTMLParser):
    """The data-mapper-* attributes of each map container (class "mapper-root") in a DOM dump."""

    def __init__(self, dom: str) -> None:
        super().__init__()
        self.maps: list[dict[str, str | None]] = []
        self.feed(dom)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if "mapper-root" in (found.get("class") or "").split():
            self.maps.append({k: v for k, v in found.items() if k.startswith("data-mapper-")})


def map_problem(dom: str) -> str | None:
    """Why the map page ``dom`` (Chromium's dump) is not a drawn map, or None if every map is drawn."""
    maps = _MapState(dom).maps
    if not maps:
        return "the page has no map (mapper.js did not run)"
    for state in maps:
        if state.get("data-mapper-error"):
            return f"the map failed: {state['data-mapper-error']}"
        if state.get("data-mapper-ready") is None:
            return "the markers were not drawn in time"
        if state.get("data-mapper-basemap") == "pending":
            return "the map tiles neither loaded nor failed in time"
    return None


def _group_running(pgid: int) -> bool:
    """Whether a process of group ``pgid`` still runs (zombies waiting for their reaper do not count)."""
    try:
        pids = [name for name in os.listdir("/proc") if name.isdigit()]
    except OSError:  # no /proc: only the leader, which the caller has waited for, can be known
        return False
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
                fields = f.read().rsplit(")", 1)[1].split()  # after "(command name)", which may hold spaces
        except (OSError, IndexError):
            continue  # gone meanwhile
        if int(fields[2]) == pgid and fields[0] != "Z":
            return True
    return False


def _stop(proc: subprocess.Popen[str]) -> None:
    """Kill Chromium and every process it started (its renderers, GPU and utility processes share the
    process group it leads) and wait until none of them runs, so its profile can be removed."""
    if proc.poll() is None or _group_running(proc.pid):  # the group id is still ours while one runs
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    proc.wait()
    deadline = time.monotonic() + 10  # SIGKILL cannot be refused: only a machine under load delays it
    while _group_running(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.01)


def screenshot(page: str | os.PathLike[str], png: str | os.PathLike[str], *, width: int = 1280,
               height: int = 800, wait_ms: int = 10000, offline: bool = False, timeout: float = 120,
               check_map: bool = True) -> Path:
    """Render the HTML file ``page`` to ``png`` (written atomically). Returns the PNG path.

    Raises ScreenshotError when Chromium is missing or fails, or (``check_map``) when the page is a
    map that was not drawn within ``wait_ms`` of page time; and mapper.errors.OutputError ("cannot
    write PNG: reason") when the picture cannot be written (full disk, read-only directory); an
    existing ``png`` is then left as it was."""
    chromium = find_chromium()
    if chromium is None:
        raise ScreenshotError("a PNG needs Chromium: install it (apt-get install chromium) or set "
                              "MAPPER_CHROMIUM to its path")
    page, png = Path(page).resolve(), Path(png)
    with tempfile.TemporaryDirectory(prefix="mapper-chromium-") as tmp:
        shot = Path(tmp) / "shot.png"
        cmd = [chromium, *HEADLESS_FLAGS, f"--user-data-dir={tmp}/profile", f"--window-size={width},{height}",
               f"--virtual-time-budget={wait_ms}", f"--screenshot={shot}", "--dump-dom"]
        if offline:
            cmd.append("--host-resolver-rules=MAP * ~NOTFOUND")
        cmd.append(page.as_uri())
        try:
            # A session of its own: Chromium's helpers join its process group, which _stop kills as one.
            # TMPDIR: what Chromium keeps in a temporary folder (its singleton socket) is in ours too,
            # and removed with it even when Chromium is killed.
            proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, text=True, encoding="utf-8", errors="replace",
                                    start_new_session=True,
                                    env={**os.environ, "TMPDIR": tmp})
        except OSError as e:
            raise ScreenshotError(f"cannot run Chromium ({chromium}): {e.strerror or e}") from e
        with proc:  # closes the pipes
            try:
                dom, stderr = proc.communicate(timeout=timeout)
            except subprocess.TimeoutExpired as e:
                raise ScreenshotError(f"Chromium took more than {timeout:.0f} s to render {page}") from e
            finally:  # also on Ctrl-C and SIGTERM (mapper.errors.Terminated)
                _stop(proc)
        if proc.returncode != 0 or not shot.exists():
            tail = (stderr or "").strip().splitlines()[-1:] or ["no output"]
            raise ScreenshotError(f"Chromium could not render {page}: {tail[0]}")
        problem = map_problem(dom or "") if check_map else None
        if problem:
            raise ScreenshotError(f"no picture of {page}: {problem} "
                                  f"(within {wait_ms / 1000:g} s of page time)")
        # Chromium wrote into our temporary directory; the copy to the destination is the write that
        # may fail, and atomic_path turns that into an OutputError and leaves no partial file.
        with atomic_path(png) as out:
            shutil.copyfile(shot, out)
    return png
