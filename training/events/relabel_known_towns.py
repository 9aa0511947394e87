"""Recode gold events that the guide's unknown-place rule put at a fallback, once the gazetteer has the town.

The guide (README.md, "Unknown places") codes a village or small town at its named town, district or province
only when the gazetteer has no row of its name; the event then has geo_precision 2 and its event_site mentions
name both the village and the fallback. When `gazetteers/curated/towns.csv` gains the village (session 36
added about 490 conflict towns), such an item is wrongly coded by the same rule. This script recodes it from
the item's own mentions: the event moves to the one site mention that names a curated town of the event's
country within 250 km (location as written, the town's point, precision 1, or 2 when "near", "around", "the
outskirts of" or a distance comes before it), the other site mentions of that event become `context`, and
`not_event_sites` is derived again. Items that would then fail validate.py are left as they were. A site
mention followed by a unit word ("Ancuabe district", "Nasir and Ulang counties") is the fallback itself. It
is idempotent: run it after the table is rebuilt, then READ THE DIFF (a writer may have coded the fallback
for another reason) before committing. Session 36 recoded about 190 items this way (its helpers' versions of
this script, limited to that session's new rows); session 37 applied it to three older items whose town was an
older curated row (hl-141, b34-009, b35-078). A bare name that another site mention of the same event gives
with its unit word ("in Muidumbe" beside "in Muidumbe district") names the unit as well.

    python training/events/relabel_known_towns.py [FILE.jsonl ...]    # default: every file here
"""
from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training" / "events"))

from validate import demonyms, expected_not_event_sites, problems  # noqa: E402

from mapper.evaluation.events import whole_word_starts  # noqa: E402
from mapper.gazetteer import Gazetteer  # noqa: E402
from mapper.geo import distance_km  # noqa: E402

HERE = ROOT / "training" / "events"
TOWNS = ROOT / "gazetteers" / "curated" / "towns.csv"
MAX_KM = 250.0  # the fallback (a province's point) may lie this far from the town
NEAR_WORDS = ("near ", "outskirts", " km ", "kilomet", "around ")
# A mention that names an administrative unit is the fallback itself ("Ancuabe district", "Akobo county"),
# even when its seat town has a row: never the village.
UNIT = re.compile(r"\s(?:districts?|count(?:y|ies)|territor(?:y|ies)|townships?|regions?|provinces?|states?|"
                  r"governorates?|oblasts?|departments?|communes?|tehsils?|upazilas?|municipalit(?:y|ies)|"
                  r"areas?|LGAs?|local government)\b", re.I)


def curated_town_names() -> set[str]:
    with TOWNS.open(encoding="utf-8", newline="") as fh:
        return {r["name"] for r in csv.DictReader(fh)}


def _start(text: str, m: dict) -> int:
    """Where mention ``m`` (its text and its whole-word occurrence number ``n``, as validate.py reads it)
    starts in ``text``."""
    return whole_word_starts(text, m["text"])[m["n"] - 1]


def relabel(it: dict, gazetteer: Gazetteer, towns: set[str]) -> bool:
    """Recode ``it`` in place; whether anything changed."""
    changed = False
    text = it["text"]
    for i, e in enumerate(it["events"]):
        if e.get("lat") is None or e.get("geo_precision") != 2:
            continue
        sites = [m for m in it["mentions"] if m["role"] == "event_site" and m.get("event") == i]
        # A bare name that another site mention of the event gives with its unit word ("beheaded in Muidumbe"
        # beside "in Muidumbe district") names the unit too; "the X area" is the town's surroundings.
        units = {m["text"] for m in sites if (u := UNIT.match(text, _start(text, m) + len(m["text"])))
                 and "area" not in u.group().lower()}
        found = []
        for m in sites:
            end = _start(text, m) + len(m["text"])
            if UNIT.match(text, end) or UNIT.search(m["text"]) or m["text"] in units:
                continue
            for place, _, _ in gazetteer.lookup(m["text"], limit=5):
                if place.name in towns and place.geonameid is None \
                        and place.country_code == e.get("country_code") \
                        and distance_km(place.lat, place.lon, e["lat"], e["lon"]) < MAX_KM:
                    found.append((m, place))
                    break
        if len(found) != 1 or e["location"] == found[0][0]["text"]:
            continue
        m, place = found[0]
        start = _start(text, m)
        before = text[max(0, start - 30):start].lower()
        e.update(location=m["text"], lat=round(place.lat, 3), lon=round(place.lon, 3),
                 geo_precision=2 if any(w in before for w in NEAR_WORDS) else 1)
        for other in sites:
            if other is not m:
                other["role"] = "context"
                other.pop("event", None)
        changed = True
    return changed


def main(paths: list[Path]) -> None:
    gazetteer, towns, dem = Gazetteer.load(), curated_town_names(), demonyms()
    for path in paths:
        lines = path.read_text(encoding="utf-8").splitlines()
        out, ids = [], []
        for line in lines:
            it = json.loads(line)
            if relabel(it, gazetteer, towns):
                it["not_event_sites"] = expected_not_event_sites(it, dem)
                if not problems(it):
                    ids.append(it["id"])
                    line = json.dumps(it, ensure_ascii=False)
            out.append(line)
        if ids:
            path.write_text("\n".join(out) + "\n", encoding="utf-8")
            print(f"{path.name}: {len(ids)} items recoded: {' '.join(ids)}")


if __name__ == "__main__":
    main([Path(a) for a in sys.argv[1:]] or sorted(HERE.glob("*.jsonl")))
