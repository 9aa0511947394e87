"""Validate the event gold corpus (training/events/*.jsonl) against its annotation guide (README.md).

    python training/events/validate.py                 # every *.jsonl beside this file
    python training/events/validate.py FILE.jsonl ...

Prints one line per item with problems and a summary per file; exits 1 when any item has a problem.
Checks the fields and types of the guide, the ACLED (+ Political) taxonomy, coordinates, dates (ISO,
never after `published`), that each `mentions[].n` is a whole-word occurrence of its text in text
order, that every event is pointed to by a mention of the right role (a statement by its origin,
talks and agreements by their venue, other events by their site), the one-event-per-place,
sub-type-and-day rule, that `not_event_sites` are exactly the non-site names (see the guide) among
those the item lists, and that ids are unique across files. The reader used by the scorer
(mapper.evaluation.events.read_event_gold) accepts every item that passes.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # the checkout's mapper, not an installed one

from mapper.evaluation.events import _fold, gold_item, whole_word_starts  # noqa: E402

TYPES = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Shelling/artillery/missile attack", "Air/drone strike", "Suicide bomb",
                                   "Remote explosive/landmine/IED", "Grenade", "Chemical weapon"},
    "Violence against civilians": {"Attack", "Abduction/forced disappearance", "Sexual violence"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
    "Political": {"Statement", "Meeting/talks", "Diplomatic protest"},
}
ROLES = {"event_site", "venue", "origin", "actor", "context"}
KINDS = {"headline", "sentence", "wire"}
PROVENANCES = {"hand", "template"}
ITEM_KEYS = ("id", "provenance", "kind", "theatre", "published", "text", "events", "mentions",
             "not_event_sites")
EVENT_KEYS = ("event_type", "sub_event_type", "location", "lat", "lon", "country_code", "geo_precision",
              "date", "fatalities", "injuries", "actor1", "actor2")
PLACES = ROOT / "mapper" / "data" / "places.tsv.gz"  # its `demonyms` column says which names are adjectives
SITE_ROLES = ("event_site", "venue", "origin")


def _date(s: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(s) if isinstance(s, str) and len(s) == 10 else None
    except ValueError:
        return None


def problems(it: dict) -> list[str]:
    """What is wrong with one item (empty when nothing)."""
    out = [f"missing {k}" for k in ITEM_KEYS if k not in it]
    if out:
        return out
    try:
        gold_item(it)  # what the scorer reads must read
    except ValueError as e:
        return [str(e)]
    text = it["text"]
    if it["provenance"] not in PROVENANCES:
        out.append(f"provenance {it['provenance']!r}")
    if it["kind"] not in KINDS:
        out.append(f"kind {it['kind']!r}")
    published = _date(it["published"])
    if published is None:
        out.append(f"published {it['published']!r} is not YYYY-MM-DD")
    events, mentions = it["events"], it["mentions"]
    for i, ev in enumerate(events):
        out += [f"event {i}: missing {k}" for k in EVENT_KEYS if k not in ev]
        t, s = ev.get("event_type"), ev.get("sub_event_type")
        if t not in TYPES or s not in TYPES[t]:
            out.append(f"event {i}: bad type {t!r}/{s!r}")
        if ev.get("geo_precision") not in (1, 2, 3):
            out.append(f"event {i}: geo_precision {ev.get('geo_precision')!r}")
        if ev.get("location") and ev["location"] not in text:
            out.append(f"event {i}: location {ev['location']!r} not in text")
        d = _date(ev.get("date"))
        if ev.get("date") is not None and d is None:
            out.append(f"event {i}: date {ev.get('date')!r} is not YYYY-MM-DD")
        elif d and published and d > published:
            out.append(f"event {i}: date {d} after published {published} (events happened)")
        for k in ("fatalities", "injuries"):
            v = ev.get(k)
            if v is not None and (isinstance(v, bool) or not isinstance(v, int) or v < 0):
                out.append(f"event {i}: {k} {v!r} is not a count")
        if not any(m.get("event") == i and m.get("role") in SITE_ROLES for m in mentions):
            out.append(f"event {i}: no event_site/venue/origin mention points to it")
        for j in range(i):  # one event per place, sub-type and day (ACLED's unit)
            o = events[j]
            if (o.get("lat"), o.get("lon"), o.get("sub_event_type"), o.get("date")) == \
                    (ev.get("lat"), ev.get("lon"), ev.get("sub_event_type"), ev.get("date")):
                out.append(f"event {i}: same place, sub-type and date as event {j} (code them once)")
    last = -1
    for j, m in enumerate(mentions):
        if m.get("role") not in ROLES:
            out.append(f"mention {j}: role {m.get('role')!r}")
        starts = whole_word_starts(text, m.get("text", ""))
        n = m.get("n", 1)
        if isinstance(n, int) and 1 <= n <= len(starts):
            if starts[n - 1] < last:
                out.append(f"mention {j}: {m.get('text')!r} out of text order")
            last = starts[n - 1]
        if m.get("role") in ("event_site", "venue") and not (
                isinstance(m.get("event"), int) and 0 <= m["event"] < len(events)):
            out.append(f"mention {j}: {m.get('role')} without a valid event index")
        if m.get("event") is not None and m.get("role") not in SITE_ROLES:
            out.append(f"mention {j}: role {m.get('role')} cannot place an event")
        elif isinstance(m.get("event"), int) and 0 <= m["event"] < len(events):
            want = _placing_roles(events[m["event"]].get("sub_event_type"))
            if m.get("role") not in want:
                out.append(f"mention {j}: a {events[m['event']].get('sub_event_type')} is placed by "
                           f"{' or '.join(want)}, not {m.get('role')}")
    out += not_event_site_problems(it)
    return out


def _placing_roles(sub_event_type: object) -> tuple[str, ...]:
    """The role of a mention that places an event of this sub-type: a statement its origin, talks and
    agreements their venue, anything else its site (or the dateline, when the body names no place)."""
    if sub_event_type == "Statement":
        return ("origin",)
    if sub_event_type in ("Meeting/talks", "Agreement", "Diplomatic protest"):
        return ("venue",)
    return ("event_site", "origin")


def expected_not_event_sites(it: dict, demonym: set[str] | None = None) -> list[str]:
    """The guide's rule: every name of an origin/actor/context mention, in text order, except names that
    equal, contain or are contained in the name of a site (a mention placing an event, or an event's
    location), and demonyms/adjectives (``demonym``: folded forms, when given)."""
    sites = {_fold(m["text"]) for m in it["mentions"] if m.get("event") is not None}
    sites |= {_fold(e["location"]) for e in it["events"] if e.get("location")}
    sites.discard("")
    out: list[str] = []
    for m in it["mentions"]:
        f = _fold(m["text"])
        if m.get("role") in SITE_ROLES[:2] or m.get("event") is not None or m["text"] in out:
            continue
        if demonym is not None and f in demonym:
            continue
        if any(f == s or f in s or s in f for s in sites):
            continue
        out.append(m["text"])
    return out


def not_event_site_problems(it: dict) -> list[str]:
    listed = it["not_event_sites"]
    out = []
    sites = {_fold(m["text"]) for m in it["mentions"] if m.get("event") is not None}
    sites |= {_fold(e["location"]) for e in it["events"] if e.get("location")}
    names = {m["text"]: m for m in it["mentions"]}
    for name in listed:
        m = names.get(name)
        if m is None:
            out.append(f"not_event_site {name!r} is not a mention")
        elif m.get("role") not in ("origin", "actor", "context") or m.get("event") is not None:
            out.append(f"not_event_site {name!r} is a site")
        elif _fold(name) in sites:  # a dateline's "PORT SUDAN" when Port Sudan is a site
            out.append(f"not_event_site {name!r} names a site")
    expected = expected_not_event_sites(it, demonyms())
    out += [f"not_event_sites lacks {n!r}" for n in expected if n not in listed]
    return out


@functools.cache
def demonyms() -> frozenset[str]:
    """Folded demonyms and place adjectives of the embedded gazetteer ("russian", "sudanese", "saudi")."""
    out: set[str] = set()
    with gzip.open(PLACES, "rt", encoding="utf-8", newline="") as f:
        rows = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        col = next(rows).index("demonyms")
        for row in rows:
            if row[col]:
                out.update(_fold(d) for d in row[col].split("|"))
    return frozenset(out)


def check(paths: list[Path]) -> int:
    bad = 0
    seen: dict[str, str] = {}
    for path in paths:
        n_items = n_events = n_mentions = n_bad = 0
        kinds: dict[str, int] = {}
        with path.open(encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                if not line.strip():
                    continue
                where = f"{path.name}:{ln}"
                try:
                    it = json.loads(line)
                except json.JSONDecodeError as e:
                    print(f"{where}: invalid JSON: {e}")
                    n_bad += 1
                    continue
                probs = problems(it) if isinstance(it, dict) else ["not a JSON object"]
                iid = it.get("id") if isinstance(it, dict) else None
                if isinstance(iid, str):
                    if iid in seen:
                        probs.append(f"duplicate id (also in {seen[iid]})")
                    seen[iid] = where
                if probs:
                    print(f"{where} ({iid}): " + "; ".join(probs))
                    n_bad += 1
                n_items += 1
                if isinstance(it, dict):
                    kinds[str(it.get("kind"))] = kinds.get(str(it.get("kind")), 0) + 1
                    n_events += len(it.get("events") or [])
                    n_mentions += len(it.get("mentions") or [])
        print(f"{path.name}: {n_items} items {kinds}, {n_events} events, {n_mentions} mentions, "
              f"{n_bad} with problems")
        bad += n_bad
    return 1 if bad else 0


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted(Path(__file__).resolve().parent.glob("*.jsonl"))
    return check(paths)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
