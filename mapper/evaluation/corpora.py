"""Gold corpora for evaluating the geoparser: LGL, GeoVirus and a simple JSONL format.

Every reader returns :class:`GoldArticle` objects whose toponym offsets are 0-based,
end-exclusive Unicode code-point offsets into ``GoldArticle.text`` (the same convention
as :class:`mapper.model.Mention`). Readers check every span against the article text and
raise :class:`~mapper.errors.CorpusError` on malformed input, so a silently shifted corpus
cannot produce plausible-looking but wrong scores.

The corpora themselves are never copied into the repository; they are read from the
shared directory (see :func:`shared_dir`).
"""

from __future__ import annotations

import json
import math
import os
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from mapper.errors import CorpusError
from mapper.model import Article

FORMATS = ("lgl", "geovirus", "jsonl")


@dataclass(frozen=True, slots=True)
class GoldToponym:
    """One gold place mention. ``lat``/``lon``/``geonameid`` are None when the corpus gives none."""

    start: int
    end: int
    text: str
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    @property
    def has_coords(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """One gold article: its text, its toponyms (in text order) and whatever metadata the corpus has."""

    id: str
    text: str
    toponyms: tuple[GoldToponym, ...] = field(default_factory=tuple)
    title: str | None = None
    url: str | None = None
    domain: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) when the corpus has one

    def to_article(self, *, include_title: bool = False) -> Article:
        """The :class:`Article` handed to the analyser.

        The title is left out by default: LGL's text already begins with the title, so
        passing it again would let a geoparser count title toponyms twice. The URL (and
        date) are passed because they are legitimate context a real input would have.
        """
        return Article(
            id=self.id,
            text=self.text,
            title=self.title if include_title else None,
            url=self.url,
            published=self.published,
        )


def shared_dir() -> Path:
    """Where the shared material lives: ``$MAPPER_SHARED``, else ``<repo>/../shared``."""
    env = os.environ.get("MAPPER_SHARED")
    if env:
        return Path(env)
    # corpora.py -> evaluation -> mapper -> repo root
    return Path(__file__).resolve().parents[2].parent / "shared"


def corpus_path(name: str) -> Path:
    """Path of a named corpus in the shared directory (``lgl`` or ``geovirus``); may not exist."""
    files = {"lgl": "lgl.xml", "geovirus": "GeoVirus.xml"}
    try:
        return shared_dir() / "corpora" / files[name]
    except KeyError:
        raise CorpusError(f"unknown corpus name {name!r}; expected one of {sorted(files)}") from None


# --------------------------------------------------------------------------- helpers


def _int(value: str | None, where: str, what: str) -> int:
    if value is None or not value.strip():
        raise CorpusError(f"{where}: missing <{what}>")
    try:
        return int(value.strip())
    except ValueError:
        raise CorpusError(f"{where}: <{what}> is not an integer: {value.strip()!r}") from None


def _coord(value: object, where: str, what: str, limit: float) -> float | None:
    """A latitude/longitude or None when absent; CorpusError when present but invalid."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    # bool is an int subclass; reject it explicitly
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise CorpusError(f"{where}: {what} is not a number: {value!r}")
    try:
        f = float(value)
    except ValueError:
        raise CorpusError(f"{where}: {what} is not a number: {value!r}") from None
    if not math.isfinite(f) or abs(f) > limit:
        raise CorpusError(f"{where}: {what} out of range: {f}")
    return f


def _checked(text: str, start: int, end: int, name: str | None, where: str) -> GoldToponym:
    """Build a toponym after checking that the span is inside the text and spells ``name``."""
    if not 0 <= start < end <= len(text):
        raise CorpusError(f"{where}: span {start}:{end} outside text of length {len(text)}")
    surface = text[start:end]
    if name is not None and surface != name:
        raise CorpusError(f"{where}: text[{start}:{end}] is {surface!r}, expected {name!r}")
    return GoldToponym(start=start, end=end, text=surface)


def _parse_xml(path: Path) -> ET.Element:
    try:
        return ET.parse(path).getroot()
    except ET.ParseError as e:
        raise CorpusError(f"{path}: not well-formed XML: {e}") from None
    except OSError as e:
        raise CorpusError(f"{path}: cannot read: {e.strerror or e}") from None


def _opt_text(el: ET.Element, tag: str) -> str | None:
    t = el.findtext(tag)
    return (t.strip() or None) if t is not None else None


# --------------------------------------------------------------------------- LGL


def read_lgl(path: str | Path) -> list[GoldArticle]:
    """Read LGL (``<articles><article docid><title><domain><url><dltime><text><toponyms>``).

    Offsets are 0-based end-exclusive already (checked: all 5,088 spans of the shared
    copy spell their ``<phrase>``). Toponyms without ``<gaztag>`` (626 in the shared copy:
    streets, "Earth", "Tskhinvali", ...) are kept with lat/lon/geonameid None: they are
    real place names, so they count for recognition, and are left out of resolution.
    """
    path = Path(path)
    return _lgl_from_root(_parse_xml(path), path)


def _lgl_from_root(root: ET.Element, path: Path) -> list[GoldArticle]:
    out: list[GoldArticle] = []
    for i, art in enumerate(root.iter("article")):
        aid = art.get("docid") or str(i)
        where = f"{path}: article {aid}"
        text = art.findtext("text")
        if text is None:
            raise CorpusError(f"{where}: no <text>")
        toponyms: list[GoldToponym] = []
        tops = art.find("toponyms")
        for j, tp in enumerate(tops.iter("toponym") if tops is not None else ()):
            w = f"{where}, toponym {j}"
            start = _int(tp.findtext("start"), w, "start")
            end = _int(tp.findtext("end"), w, "end")
            t = _checked(text, start, end, tp.findtext("phrase"), w)
            lat = lon = None
            gid: int | None = None
            gaz = tp.find("gaztag")
            if gaz is not None:
                lat = _coord(gaz.findtext("lat"), w, "lat", 90.0)
                lon = _coord(gaz.findtext("lon"), w, "lon", 180.0)
                if (lat is None) != (lon is None):
                    raise CorpusError(f"{w}: has only one of lat/lon")
                raw_id = gaz.get("geonameid")
                gid = _int(raw_id, w, "gaztag geonameid") if raw_id else None
            toponyms.append(GoldToponym(t.start, t.end, t.text, lat, lon, gid))
        dltime = _opt_text(art, "dltime")
        out.append(
            GoldArticle(
                id=aid,
                text=text,
                toponyms=tuple(sorted(toponyms, key=lambda t: (t.start, t.end))),
                title=_opt_text(art, "title"),
                url=_opt_text(art, "url"),
                domain=_opt_text(art, "domain"),
                published=dltime[:10] if dltime and len(dltime) >= 10 else None,
            )
        )
    if not out:
        raise CorpusError(f"{path}: no <article> elements")
    return out


# --------------------------------------------------------------------------- GeoVirus


def read_geovirus(path: str | Path) -> list[GoldArticle]:
    """Read GeoVirus (``<articles><article><source><text><locations><location>...``).

    GeoVirus offsets are ONE-based: in the shared copy ``text[start-1:end-1] == name`` for
    all 2,170 locations and ``text[start:end] == name`` for none. The reader shifts them
    by one so the returned offsets are 0-based like every other corpus. Articles have no
    id; they are numbered ``geovirus-0000``... in file order (two articles share a URL).
    """
    path = Path(path)
    return _geovirus_from_root(_parse_xml(path), path)


def _geovirus_from_root(root: ET.Element, path: Path) -> list[GoldArticle]:
    out: list[GoldArticle] = []
    for i, art in enumerate(root.iter("article")):
        aid = f"geovirus-{i:04d}"
        where = f"{path}: article {i}"
        text = art.findtext("text")
        if text is None:
            raise CorpusError(f"{where}: no <text>")
        toponyms: list[GoldToponym] = []
        locs = art.find("locations")
        for j, loc in enumerate(locs.iter("location") if locs is not None else ()):
            w = f"{where}, location {j}"
            # One-based in the file -> 0-based here.
            start = _int(loc.findtext("start"), w, "start") - 1
            end = _int(loc.findtext("end"), w, "end") - 1
            t = _checked(text, start, end, loc.findtext("name"), w)
            lat = _coord(loc.findtext("lat"), w, "lat", 90.0)
            lon = _coord(loc.findtext("lon"), w, "lon", 180.0)
            if (lat is None) != (lon is None):
                raise CorpusError(f"{w}: has only one of lat/lon")
            toponyms.append(GoldToponym(t.start, t.end, t.text, lat, lon, None))
        out.append(
            GoldArticle(
                id=aid,
                text=text,
                toponyms=tuple(sorted(toponyms, key=lambda t: (t.start, t.end))),
                url=_opt_text(art, "source"),
            )
        )
    if not out:
        raise CorpusError(f"{path}: no <article> elements")
    return out


# --------------------------------------------------------------------------- JSONL


def read_gold_jsonl(path: str | Path) -> list[GoldArticle]:
    """Read gold JSONL: one object per line.

    ``{"id": str, "text": str, "toponyms": [{"start": int, "end": int, "lat": float|null,
    "lon": float|null, "geonameid"?: int|null, "text"?: str}], "title"?, "url"?, "domain"?,
    "published"?}`` with 0-based, end-exclusive code-point offsets. Blank lines are skipped.
    A toponym ``"text"``, when given, must equal the spanned text.
    """
    path = Path(path)
    out: list[GoldArticle] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise CorpusError(f"{path}: cannot read: {e.strerror or e}") from None
    except UnicodeDecodeError as e:
        raise CorpusError(f"{path}: not UTF-8: {e}") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise CorpusError(f"{where}: invalid JSON: {e.msg}") from None
        out.append(_article_from_obj(obj, where))
    if not out:
        raise CorpusError(f"{path}: no articles")
    return out


def _article_from_obj(obj: object, where: str) -> GoldArticle:
    if not isinstance(obj, dict):
        raise CorpusError(f"{where}: expected a JSON object")
    aid, text, tops = obj.get("id"), obj.get("text"), obj.get("toponyms", [])
    if isinstance(aid, bool) or not isinstance(aid, (str, int)):
        raise CorpusError(f"{where}: 'id' must be a string")
    if not isinstance(text, str):
        raise CorpusError(f"{where}: 'text' must be a string")
    if not isinstance(tops, list):
        raise CorpusError(f"{where}: 'toponyms' must be a list")
    toponyms: list[GoldToponym] = []
    for j, tp in enumerate(tops):
        w = f"{where}, toponym {j}"
        if not isinstance(tp, dict):
            raise CorpusError(f"{w}: expected a JSON object")
        start, end, name = tp.get("start"), tp.get("end"), tp.get("text")
        if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool):
            raise CorpusError(f"{w}: 'start' and 'end' must be integers")
        if name is not None and not isinstance(name, str):
            raise CorpusError(f"{w}: 'text' must be a string")
        t = _checked(text, start, end, name, w)
        lat = _coord(tp.get("lat"), w, "lat", 90.0)
        lon = _coord(tp.get("lon"), w, "lon", 180.0)
        if (lat is None) != (lon is None):
            raise CorpusError(f"{w}: has only one of lat/lon")
        gid = tp.get("geonameid")
        if gid is not None and (isinstance(gid, bool) or not isinstance(gid, int)):
            raise CorpusError(f"{w}: 'geonameid' must be an integer or null")
        toponyms.append(GoldToponym(t.start, t.end, t.text, lat, lon, gid))
    meta: dict[str, str | None] = {}
    for key in ("title", "url", "domain", "published"):
        v = obj.get(key)
        if v is not None and not isinstance(v, str):
            raise CorpusError(f"{where}: {key!r} must be a string")
        meta[key] = v
    return GoldArticle(
        id=str(aid),
        text=text,
        toponyms=tuple(sorted(toponyms, key=lambda t: (t.start, t.end))),
        **meta,
    )


def write_gold_jsonl(articles: Iterable[GoldArticle], path: str | Path) -> None:
    """Write articles in the JSONL format :func:`read_gold_jsonl` reads (e.g. to convert a corpus)."""
    with Path(path).open("w", encoding="utf-8") as f:
        for a in articles:
            obj: dict[str, object] = {"id": a.id, "text": a.text}
            for key in ("title", "url", "domain", "published"):
                if getattr(a, key) is not None:
                    obj[key] = getattr(a, key)
            obj["toponyms"] = [
                {
                    "start": t.start,
                    "end": t.end,
                    "text": t.text,
                    "lat": t.lat,
                    "lon": t.lon,
                    "geonameid": t.geonameid,
                }
                for t in a.toponyms
            ]
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")


# --------------------------------------------------------------------------- dispatch


def sniff_format(path: str | Path) -> str:
    """``lgl``, ``geovirus`` or ``jsonl``, from the file name and (for XML) its structure."""
    path = Path(path)
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        return "jsonl"
    return _sniff_root(_parse_xml(path), path)


def _sniff_root(root: ET.Element, path: Path) -> str:
    for art in root.iter("article"):
        if art.find("toponyms") is not None:
            return "lgl"
        if art.find("locations") is not None:
            return "geovirus"
    raise CorpusError(
        f"{path}: cannot tell the corpus format (no <article> with <toponyms> or <locations>); "
        f"pass fmt= one of {FORMATS}"
    )


def read_corpus(path: str | Path, fmt: str | None = None) -> list[GoldArticle]:
    """Read a gold corpus; ``fmt`` is one of :data:`FORMATS` or None to sniff it."""
    path = Path(path)
    if fmt is not None and fmt not in FORMATS:
        raise CorpusError(f"unknown corpus format {fmt!r}; expected one of {FORMATS}")
    if fmt == "jsonl" or (fmt is None and path.suffix.lower() in (".jsonl", ".ndjson")):
        return read_gold_jsonl(path)
    root = _parse_xml(path)  # parsed once, whichever reader ends up using it
    fmt = fmt or _sniff_root(root, path)
    return _lgl_from_root(root, path) if fmt == "lgl" else _geovirus_from_root(root, path)
