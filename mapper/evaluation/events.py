"""Scoring event coding against a hand-made gold set (``tests/data/event_sentences.jsonl``).

Each gold item is a short text with its published date, the events a careful coder would code
(type, sub-type, location name, date, fatalities, injuries, actors) and the role of every place
name. A predicted event matches a gold event when their location names agree (case and accents
folded; one containing the other, so "New York" matches "New York City"), one to one, in order.
Scores:

- events: precision and recall of matched (located) events;
- event type / sub-event type: matched events whose type agrees, over predicted and gold events;
- fatalities: predicted figures that equal the gold figure (precision), gold figures found (recall);
- date: matched events with the gold date;
- role: the first mention of each gold name that was recognised, by role (precision and recall per
  role, and accuracy); how many gold names were recognised at all is reported beside it.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mapper.doc import Doc
from mapper.gazetteer.names import normalize
from mapper.model import Article, Event


@dataclass
class EventScores:
    items: int = 0
    counts: Counter[str] = field(default_factory=Counter)
    role_pairs: list[tuple[str, str]] = field(default_factory=list)  # (gold, predicted)
    misses: list[dict[str, Any]] = field(default_factory=list)

    def _pr(self, hit: str, pred: str, gold: str) -> tuple[float, float, float]:
        c = self.counts
        p = c[hit] / c[pred] if c[pred] else 0.0
        r = c[hit] / c[gold] if c[gold] else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def table(self) -> dict[str, tuple[float, float, float]]:
        out = {
            "events (located)": self._pr("matched", "predicted", "gold"),
            "event type": self._pr("type_ok", "predicted", "gold"),
            "sub-event type": self._pr("sub_ok", "predicted", "gold"),
            "fatalities": self._pr("fatal_ok", "fatal_pred", "fatal_gold"),
            "injuries": self._pr("injured_ok", "injured_pred", "injured_gold"),
            "date (of matched)": self._pr("date_ok", "matched", "matched"),
        }
        for role in ("event_site", "origin", "venue", "actor", "context"):
            tp = sum(1 for g, p in self.role_pairs if g == p == role)
            pred = sum(1 for _, p in self.role_pairs if p == role)
            gold = sum(1 for g, _ in self.role_pairs if g == role)
            pr, rc = (tp / pred if pred else 0.0), (tp / gold if gold else 0.0)
            out[f"role {role}"] = (pr, rc, 2 * pr * rc / (pr + rc) if pr + rc else 0.0)
        ok = sum(1 for g, p in self.role_pairs if g == p)
        acc = ok / len(self.role_pairs) if self.role_pairs else 0.0
        out["role (accuracy)"] = (acc, acc, acc)
        return out

    def format(self) -> str:
        lines = [f"{'':22} {'precision':>9} {'recall':>7} {'F1':>6}   ({self.items} items, "
                 f"{self.counts['gold']} gold events; roles of {len(self.role_pairs)} of "
                 f"{self.counts['role_gold']} gold place names, the others not recognised)"]
        for name, (p, r, f) in self.table().items():
            lines.append(f"{name:22} {p:9.3f} {r:7.3f} {f:6.3f}")
        return "\n".join(lines)


def _same_name(a: str, b: str) -> bool:
    x, y = normalize(a), normalize(b)
    return bool(x and y) and (x == y or x in y or y in x)


def _names(ev: Event) -> list[str]:
    return [ev.location.name] + [m.text for m in ev.mentions]


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def score_events(gold: Iterable[dict[str, Any]], parse: Callable[[Article], Doc]) -> EventScores:
    s = EventScores()
    c = s.counts
    for item in gold:
        s.items += 1
        a = parse(Article(id=item["id"], text=item["text"], published=item.get("published")))
        predicted = list(a.events)
        c["predicted"] += len(predicted)
        c["gold"] += len(item["events"])
        c["fatal_pred"] += sum(1 for e in predicted if e.fatalities is not None)
        c["injured_pred"] += sum(1 for e in predicted if e.injuries is not None)
        free = list(predicted)
        for g in item["events"]:
            c["fatal_gold"] += g.get("fatalities") is not None
            c["injured_gold"] += g.get("injuries") is not None
            p = next((e for e in free if any(_same_name(g["location"], n) for n in _names(e))), None)
            if p is None:
                s.misses.append({"id": item["id"], "missed": g})
                continue
            free.remove(p)
            c["matched"] += 1
            c["type_ok"] += p.event_type == g["event_type"]
            c["sub_ok"] += p.sub_event_type == g["sub_event_type"]
            c["date_ok"] += p.date == g.get("date")
            c["fatal_ok"] += g.get("fatalities") is not None and p.fatalities == g["fatalities"]
            c["injured_ok"] += g.get("injuries") is not None and p.injuries == g["injuries"]
            if p.sub_event_type != g["sub_event_type"]:
                s.misses.append({"id": item["id"], "gold": g["sub_event_type"],
                                 "predicted": p.sub_event_type})
        for e in free:
            s.misses.append({"id": item["id"], "spurious": f"{e.sub_event_type} at {e.location.name}"})
        for name, role in item.get("roles", {}).items():
            predicted_role = next((r for m, r in zip(a.mentions, a.role_names, strict=True)
                                   if m.text.lower() == name.lower()), None)
            c["role_gold"] += 1
            if predicted_role is None:
                continue  # a recognition miss, scored by `mapper evaluate`, not here
            s.role_pairs.append((role, predicted_role))
    return s
