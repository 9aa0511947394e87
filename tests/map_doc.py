"""Reading a map page's data document in tests: the JSON as the page carries it, and the sites it
describes decoded the way mapper.js decodes them (mapper/mapview/data.py documents the layout)."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field

from mapper.mapview.data import unpack_ints, unpack_marks

_DATA = re.compile(r'<script type="application/json" id="mapper-data-\w+">(.*?)</script>', re.S)


def doc_of(page: str) -> dict:
    """The JSON document mapper.js draws, exactly as the page (or fragment) carries it."""
    (raw,) = _DATA.findall(page)
    return json.loads(raw)


@dataclass
class Excerpt:
    text: str
    marked: list[str]  # the highlighted parts
    title: str
    href: str | None
    published: str


@dataclass
class Ev:
    sub: str
    type: str
    level: str
    date: str | None
    geo_precision: int
    time_precision: int
    dead: int | None
    hurt: int | None
    actors: list[str]
    sources: int
    lead: str | None  # text of the excerpt that explains it


@dataclass
class Site:
    name: str
    lat: float
    lon: float
    country: str
    kind: str
    mentions: int | None
    events: list[Ev] = field(default_factory=list)
    excerpts: list[Excerpt] = field(default_factory=list)


def unpacked(doc: dict) -> dict:
    """``doc`` with its packed integer columns decoded into lists, as mapper.js decodes them first."""
    out = {**doc, "site": {**doc["site"]}, "ev": {**doc["ev"]}, "ex": {**doc["ex"]}, "art": {**doc["art"]}}
    packed = {"site": ("lat", "lon", "meta", "ne", "nx"), "ev": ("sub", "day", "prec", "dead", "act"),
              "ex": ("art",), "art": ("date", "pre")}
    for part, columns in packed.items():
        for column in columns:
            out[part][column] = unpack_ints(doc[part][column])
    out["ev"]["day"] = [None if d < 0 else d for d in out["ev"]["day"]]
    out["ex"]["mark"] = unpack_marks(doc["ex"]["mark"])
    return out


def sites_of(doc: dict) -> list[Site]:
    doc = unpacked(doc)
    s, e, x, a, strs = doc["site"], doc["ev"], doc["ex"], doc["art"], doc["str"]
    levels = [lv["name"] for lv in doc["levels"]]
    arts, at = [], 0
    for delta in x["art"]:
        at += delta
        arts.append(at)
    out, ev_at, ex_at = [], 0, 0
    for i in range(len(s["name"])):
        country, kind = doc["metas"][s["meta"][i]]
        site = Site(s["name"][i], s["lat"][i] / 1e4, s["lon"][i] / 1e4, strs[country], strs[kind],
                    s["nm"].get(str(i)))
        for k in range(ex_at, ex_at + s["nx"][i]):
            text, marks, art = x["text"][k], x["mark"][k], arts[k]
            href = None if a["pre"][art] < 0 else doc["prefixes"][a["pre"][art]] + a["href"][art]
            site.excerpts.append(Excerpt(text, [text[marks[j]:marks[j + 1]] for j in range(0, len(marks), 2)],
                                         a["title"][art], href, strs[a["date"][art]]))
        for k in range(ev_at, ev_at + s["ne"][i]):
            key = str(k)
            sub, typ, level = doc["subs"][e["sub"][k]]
            day = e["day"][k]
            plain = None if day is None else dt.date(1970, 1, 1) + dt.timedelta(days=doc["day0"] + day)
            date = e["date"].get(key) or (plain and plain.isoformat())
            lead = e["lead"].get(key, 0)
            site.events.append(Ev(sub, typ, levels[level], date, e["prec"][k] // 10, e["prec"][k] % 10,
                                  None if e["dead"][k] < 0 else e["dead"][k], e["hurt"].get(key),
                                  [strs[r] for r in doc["actors"][e["act"][k]] if r], e["src"].get(key, 1),
                                  site.excerpts[lead].text if 0 <= lead < len(site.excerpts) else None))
        out.append(site)
        ev_at += s["ne"][i]
        ex_at += s["nx"][i]
    return out


def shown_text(doc: dict) -> str:
    """Every text the map can show (names, events, excerpts, titles), one per line."""
    lines = [doc["title"]]
    for site in sites_of(doc):
        lines += [site.name, site.country, site.kind]
        for ev in site.events:
            lines += [ev.sub, ev.type, ev.date or "", *ev.actors]
        for x in site.excerpts:
            lines += [x.text, x.title, x.published]
    return "\n".join(lines)


def links_of(doc: dict) -> dict[str, str]:
    """Link target -> link text, for every article with a link."""
    return {x.href: x.title for site in sites_of(doc) for x in site.excerpts if x.href}
