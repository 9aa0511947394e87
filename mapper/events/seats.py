"""Where institutions sit, so that "an emergency meeting of the UN Security Council" can be placed
(New York) when the text names no venue. Coordinates and ids are GeoNames'.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mapper.geoparse.resolve import GOVERNMENT_CUE_RE
from mapper.model import Place

if TYPE_CHECKING:
    from mapper.gazetteer import Gazetteer

# (pattern, GeoNames id, name, lat, lon, country code)
_SEATS: list[tuple[str, int, str, float, float, str]] = [
    (r"UN Security Council|U\.N\. Security Council|UNSC|Security Council|UN General Assembly|"
     r"General Assembly|United Nations headquarters", 5128581, "New York City", 40.71427, -74.00597, "US"),
    (r"NATO|North Atlantic Council|European Commission|European Council|EU foreign ministers|"
     r"Council of the EU", 2800866, "Brussels", 50.85045, 4.34878, "BE"),
    (r"African Union|AU Peace and Security Council", 344979, "Addis Ababa", 9.02497, 38.74689, "ET"),
    (r"Arab League", 360630, "Cairo", 30.06263, 31.24967, "EG"),
    (r"OSCE|IAEA|International Atomic Energy Agency|OPEC", 2761369, "Vienna", 48.20849, 16.37208, "AT"),
    (r"Human Rights Council|UNHCR|ICRC|International Committee of the Red Cross|WHO|"
     r"World Health Organization", 2660646, "Geneva", 46.20222, 6.14569, "CH"),
    (r"International Criminal Court|ICC|International Court of Justice|ICJ|OPCW",
     2747373, "The Hague", 52.07667, 4.29861, "NL"),
    (r"ECOWAS", 2352778, "Abuja", 9.05785, 7.49508, "NG"),
    (r"ASEAN", 1642911, "Jakarta", -6.21462, 106.84513, "ID"),
    (r"Organization of American States|OAS", 4140963, "Washington", 38.89511, -77.03637, "US"),
    (r"Gulf Cooperation Council|GCC", 108410, "Riyadh", 24.68773, 46.72185, "SA"),
]
_RE = re.compile("|".join(f"(?P<s{i}>\\b(?:{p})\\b)" for i, (p, *_rest) in enumerate(_SEATS)))
# "Security Council" and "General Assembly" alone are the UN's unless a country's: a capitalised word before
# them other than the UN's ("Russia's Security Council", "Iran's Supreme National Security Council"), or a
# government's seat in the sentence ("a Security Council meeting in the Kremlin").
_BARE = frozenset({"Security Council", "General Assembly"})
_BEFORE_CHARS = 24
_OWNED_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+$")
_UN_BEFORE = re.compile(r"(?:\bUN|U\.N\.|United Nations|\bThe|\bA|\bAn)\s+$")


def _national(sentence: str, m: re.Match[str]) -> bool:
    before = sentence[max(0, m.start() - _BEFORE_CHARS):m.start()]
    return m.group() in _BARE and (
        _OWNED_BEFORE.search(before) is not None and _UN_BEFORE.search(before) is None
        or GOVERNMENT_CUE_RE.search(sentence) is not None)


def seat_in(sentence: str, gazetteer: Gazetteer | None = None) -> Place | None:
    """The seat of the first institution named in ``sentence`` (not a country's own council), or None:
    the gazetteer's place when it has that GeoNames id, else the one written here."""
    m = next((m for m in _RE.finditer(sentence) if not _national(sentence, m)), None)
    if m is None:
        return None
    _, gid, name, lat, lon, cc = _SEATS[int(m.lastgroup[1:])]  # type: ignore[index]
    place = gazetteer.by_geonameid(gid) if gazetteer is not None else None
    return place or Place(name=name, lat=lat, lon=lon, country_code=cc, kind="city", geonameid=gid)
