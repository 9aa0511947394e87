"""Stage 3: resolve each recognised mention to one gazetteer entry.

Each distinct name in an article is resolved once (one sense per discourse). Candidates are ranked by
a logistic model over:
- priors: feature type (country > admin1 > capital > city by population > admin2 > facility) and
  population, and whether the text used the entry's main name, an alternate name or a demonym;
- document coherence: how much of the rest of the article lies in the candidate's country and admin1
  (from a first, prior-only pass), whether that country or admin1 is named outright, and the distance
  to the other places;
- the outlet: the country of the article URL's top-level domain.
Weights live in mapper/data/model.json (training/train.py).
"""

from __future__ import annotations

import math
from collections import defaultdict
from urllib.parse import urlparse

from mapper.gazetteer.names import normalize, skeleton
from mapper.gazetteer.store import ALTERNATE, DEMONYM, Gazetteer
from mapper.model import KINDS
from mapper.recognize import Candidate

MAX_CANDIDATES = 15  # per name, by prior; keeps ranking cheap for "Springfield"-like names
_KIND_PRIOR = {"country": 9.0, "continent": 8.5, "region": 7.0, "admin1": 7.5, "water": 6.5, "city": 0.0,
               "admin2": 4.0, "facility": 3.5}
_COUNTRY, _ADMIN1, _CITY = KINDS.index("country"), KINDS.index("admin1"), KINDS.index("city")

# Country-code top-level domains that differ from the ISO code, or generic ones that say nothing.
_TLD_FIX = {"uk": "GB"}
_GENERIC_TLDS = {"com", "org", "net", "info", "edu", "gov", "mil", "int", "io", "co", "tv", "me", "news"}


def same_name_as_admin1(gaz: Gazetteer, row: int) -> bool:
    """A city named like its own province ("Deir ez-Zor", "Geneva"): news usually means the city."""
    a1 = gaz.admin1_row.get(gaz.admin1[row])
    return a1 is not None and skeleton(normalize(gaz.name[a1])) == skeleton(normalize(gaz.name[row]))


def prior_score(gaz: Gazetteer, row: int) -> float:
    """Context-free preference for a gazetteer entry (higher is likelier)."""
    kind = KINDS[gaz.kind[row]]
    if kind == "city":
        s = math.log10(gaz.pop[row] + 1)
        if gaz.fcode[row] == "PPLC":
            s += 1.5
        if gaz.pop[row] >= 10_000 and same_name_as_admin1(gaz, row):
            s += 2.5
        return s
    if kind == "admin1":
        return _KIND_PRIOR[kind] + 0.3 * math.log10(gaz.pop[row] + 1) - 1.5
    return _KIND_PRIOR[kind]


def url_country(url: str | None) -> str:
    if not url:
        return ""
    host = urlparse(url if "//" in url else "//" + url).hostname or ""
    tld = host.rsplit(".", 1)[-1].lower()
    if len(tld) != 2 or tld in _GENERIC_TLDS:
        return ""
    return _TLD_FIX.get(tld, tld.upper())


def _haversine_km(p1: float, l1: float, p2: float, l2: float) -> float:
    """Great-circle distance between two points given in radians (fast path for features)."""
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin((l2 - l1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


class Resolver:
    def __init__(self, gaz: Gazetteer, weights: dict[str, float]) -> None:
        self.gaz = gaz
        self.weights = weights

    def options(self, c: Candidate) -> list[tuple[int, int]]:
        """(row, how) pairs for a candidate, best prior first, at most MAX_CANDIDATES."""
        gaz = self.gaz
        best: dict[int, int] = {}
        for e in c.entries:
            r, how = e >> 2, e & 3
            if r not in best or how < best[r]:
                best[r] = how
        if len(best) == 1:
            return list(best.items())
        ranked = sorted(best.items(), key=lambda t: -prior_score(gaz, t[0]) + (0.5 if t[1] else 0.0))
        return ranked[:MAX_CANDIDATES]

    def featurize(self, cands: list[Candidate], url: str | None = None, text: str = ""
                  ) -> dict[str, tuple[list[tuple[int, int]], list[dict[str, float]]]]:
        """For each distinct name: its options (row, how) and one feature dict per option."""
        gaz = self.gaz
        by_key: dict[str, list[Candidate]] = defaultdict(list)
        for c in cands:
            by_key[c.key].append(c)
        opts = {k: self.options(cs[0]) for k, cs in by_key.items()}
        # "Paris, Texas", "Athens, Ga.", "Walker County, Texas": the name right after a comma
        # qualifies the one before it with its admin1 or country.
        qualifiers: dict[str, set[str]] = defaultdict(set)
        starts = {c.start: c for c in cands}
        for c in cands:
            if text[c.end:c.end + 2] == ", ":
                q = starts.get(c.end + 2)
                if q is not None:
                    for r, _ in opts[q.key]:
                        if gaz.kind[r] == _ADMIN1:
                            qualifiers[c.key].add(gaz.admin1[r])
                        elif gaz.kind[r] == _COUNTRY:
                            qualifiers[c.key].add(gaz.cc[r])
        weight = {k: max(c.score for c in cs) * len(cs) ** 0.5 for k, cs in by_key.items()}

        # Pass 1: prior-only picks give the document's geography.
        cc_w: dict[str, float] = defaultdict(float)
        a1_w: dict[str, float] = defaultdict(float)
        named_cc: set[str] = set()
        named_a1: set[str] = set()
        first_pick: dict[str, int] = {}
        total = 0.0
        for k, op in opts.items():
            r = op[0][0]
            first_pick[k] = r
            w = weight[k]
            total += w
            cc_w[gaz.cc[r]] += w
            if gaz.admin1[r]:
                a1_w[gaz.admin1[r]] += w
            if gaz.kind[r] == _COUNTRY or op[0][1] == DEMONYM:
                named_cc.add(gaz.cc[r])
            elif gaz.kind[r] == _ADMIN1:
                named_a1.add(gaz.admin1[r])
        home = url_country(url)
        # The other places' points (heaviest first), for the distance feature.
        points = {k: (math.radians(gaz.lat[r]), math.radians(gaz.lon[r]))
                  for k, r in sorted(first_pick.items(), key=lambda t: -weight[t[0]])}
        out: dict[str, tuple[list[tuple[int, int]], list[dict[str, float]]]] = {}
        for k, op in opts.items():
            if len(op) == 1:
                out[k] = (op, [])
                continue
            own_r = first_pick[k]
            own_w = weight[k]
            rest = max(total - own_w, 1e-9)
            others = [pt for o, pt in points.items() if o != k][:12]
            top_pop = max(gaz.pop[r] for r, _ in op)
            qual = qualifiers.get(k)
            feats = []
            for rank, (r, how) in enumerate(op):
                f = self.features(r, how, rank, top_pop, own_r, own_w, rest, cc_w, a1_w, named_cc,
                                  named_a1, others, home, len(op))
                if qual and (gaz.admin1[r] in qual or gaz.cc[r] in qual):
                    f["qualified"] = 1.0
                feats.append(f)
            out[k] = (op, feats)
        return out

    def resolve(self, cands: list[Candidate], url: str | None = None, text: str = ""
                ) -> dict[str, tuple[int, float]]:
        """Map each candidate key to (row, probability among its options)."""
        w_ = self.weights
        out: dict[str, tuple[int, float]] = {}
        for k, (op, feats) in self.featurize(cands, url, text).items():
            if not feats:
                out[k] = (op[0][0], 1.0)
                continue
            scores = []
            for f in feats:
                z = 0.0
                for name, v in f.items():
                    z += w_.get(name, 0.0) * v
                scores.append(z)
            m = max(scores)
            exps = [math.exp(s - m) for s in scores]
            i = max(range(len(op)), key=scores.__getitem__)
            out[k] = (op[i][0], exps[i] / sum(exps))
        return out

    def features(self, r: int, how: int, rank: int, top_pop: int, own_r: int, own_w: float, rest: float,
                 cc_w: dict[str, float], a1_w: dict[str, float], named_cc: set[str], named_a1: set[str],
                 others: list[tuple[float, float]], home: str, n_opts: int) -> dict[str, float]:
        gaz = self.gaz
        kind = KINDS[gaz.kind[r]]
        cc = gaz.cc[r]
        a1 = gaz.admin1[r]
        pop = gaz.pop[r]
        f: dict[str, float] = {f"kind={kind}": 1.0, "logpop": math.log10(pop + 1) / 7.0,
                               "logpop_gap": (math.log10(top_pop + 1) - math.log10(pop + 1)) / 7.0}
        if pop and pop == top_pop:
            f["top_pop"] = 1.0
        if rank == 0:
            f["prior_first"] = 1.0
        if gaz.fcode[r] == "PPLC":
            f["capital"] = 1.0
        if kind == "city" and same_name_as_admin1(gaz, r):
            f["names_its_admin1"] = 1.0
        if how == ALTERNATE:
            f["alternate"] = 1.0
        elif how == DEMONYM:
            f["demonym"] = 1.0
        own_cc = own_w if gaz.cc[own_r] == cc else 0.0
        f["cc_share"] = max(0.0, cc_w.get(cc, 0.0) - own_cc) / rest
        if a1:
            own_a1 = own_w if gaz.admin1[own_r] == a1 else 0.0
            f["a1_share"] = max(0.0, a1_w.get(a1, 0.0) - own_a1) / rest
            if a1 in named_a1 and kind != "admin1":
                f["a1_named"] = 1.0
        if cc and cc in named_cc and kind != "country":
            f["cc_named"] = 1.0
            if gaz.fcode[r] == "PPLC":
                f["capital_of_named"] = 1.0
        if home and cc == home:
            f["home_country"] = 1.0
        if others:
            lat, lon = math.radians(gaz.lat[r]), math.radians(gaz.lon[r])
            d = min(_haversine_km(lat, lon, olat, olon) for olat, olon in others)
            f["near"] = 1.0 - math.log1p(d) / math.log(20039.0)
        f["log_nopts"] = math.log(n_opts)
        return f
