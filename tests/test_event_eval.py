"""The event-gold scorer (mapper/evaluation/events.py): matching by place within 25 km, each figure,
phantoms, actor aliases, per-kind breakdown, roles; the gold reader; the corpus and its split; the
`mapper evaluate --events` and `bench/bench_events.py --gold` front ends."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mapper.cli import app
from mapper.doc import Doc
from mapper.errors import CorpusError
from mapper.evaluation.events import (
    GoldEvent,
    GoldItem,
    GoldMention,
    canonical_actor,
    gold_item,
    read_event_gold,
    score_event_gold,
    select_split,
    split_of,
    whole_word_starts,
)
from mapper.evaluation.metrics import error_km
from mapper.model import Actor, Article, Event, Mention, Place, Role
from tests.test_cli import analysing  # noqa: F401  (fixture)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "training" / "events"
KM_PER_DEGREE = 6371.0088 * 3.141592653589793 / 180  # along a meridian, on the scorer's sphere


def place(name: str, lat: float, lon: float = 20.0) -> Place:
    return Place(name=name, lat=lat, lon=lon, country_code="XX", kind="city")


def event(name: str, lat: float, lon: float = 20.0, *, type: str = "Battles", sub: str = "Armed clash",
          date: str | None = None, fatalities: int | None = None, actor: str | None = None,
          actor2: str | None = None) -> Event:
    return Event(event_type=type, sub_event_type=sub, location=place(name, lat, lon), date=date,
                 fatalities=fatalities, actor1=Actor(actor) if actor else None,
                 actor2=Actor(actor2) if actor2 else None)


def gold(item_id: str, *events: GoldEvent, kind: str = "sentence", nes: tuple[str, ...] = (),
         text: str = "text", mentions: tuple[GoldMention, ...] = ()) -> GoldItem:
    return GoldItem(item_id, text, "2024-05-07", kind, events, nes, mentions)


def ge(lat: float, lon: float = 20.0, *, type: str = "Battles", sub: str = "Armed clash",
       **kw: object) -> GoldEvent:
    return GoldEvent(lat, lon, type, sub, **kw)  # type: ignore[arg-type]


def predictions(by_id: dict[str, list[Event]],  # noqa: ANN201
                mentions: dict[str, list[tuple[Mention, str]]] | None = None):
    """A parse function answering each item with the given events (and mentions with their roles)."""
    def parse(a: Article) -> Doc:
        pairs = (mentions or {}).get(a.id, [])
        return Doc(a, [m for m, _ in pairs], by_id.get(a.id, []),
                   roles=[Role(r) for _, r in pairs] if pairs else None)
    return parse


def north(km: float) -> float:
    return 10.0 + km / KM_PER_DEGREE


def test_match_at_24_km_counts_and_at_26_km_does_not() -> None:
    assert 23.99 < error_km(10.0, 20.0, north(24), 20.0) < 24.01
    assert 25.99 < error_km(10.0, 20.0, north(26), 20.0) < 26.01
    items = [gold("near", ge(10.0)), gold("far", ge(10.0))]
    pred = {"near": [event("A", north(24))], "far": [event("B", north(26))]}
    rep = score_event_gold(items, predictions(pred))
    c = rep.counts["all"]
    assert (c["gold"], c["predicted"], c["matched"]) == (2, 2, 1)
    f = rep.figures()
    assert f["site precision"] == 0.5 and f["site recall"] == 0.5 and f["site F1"] == 0.5
    problems = sorted((m["id"], m["problem"]) for m in rep.misses)
    assert problems == [("far", "missed"), ("far", "spurious")]


def test_matching_is_one_to_one_and_prefers_the_agreeing_sub_type_at_one_place() -> None:
    shelling = {"type": "Explosions/Remote violence", "sub": "Shelling/artillery/missile attack"}
    item = gold("x", ge(10.0, sub="Armed clash"), ge(10.0, **shelling))
    pred = [event("X", 10.0, **shelling), event("X", 10.0), event("X", 10.0)]
    rep = score_event_gold([item], predictions({"x": pred}))
    f = rep.figures()
    assert rep.counts["all"]["matched"] == 2
    assert f["event type"] == 1.0 and f["sub-event type"] == 1.0
    assert f["site precision"] == 2 / 3 and f["site recall"] == 1.0
    assert [m["problem"] for m in rep.misses] == ["spurious"]


def test_type_fatalities_date_and_actor_are_scored_over_matched_events_with_a_gold_value() -> None:
    items = [gold("a", ge(10.0, date="2024-05-06", fatalities=3, actor1="Rapid Support Forces")),
             gold("b", ge(30.0, type="Protests", sub="Peaceful protest", fatalities=None, date="2024-05-07",
                          actor1="Malian forces")),
             gold("c", ge(50.0, fatalities=7, actor1="Houthis"))]  # never matched: scores nothing
    pred = {"a": [event("A", 10.0, date="2024-05-06", fatalities=3, actor="RSF")],
            "b": [event("B", 30.0, date="2024-05-06", fatalities=2, actor="Malian soldiers")],
            "c": [event("C", 60.0, fatalities=7, actor="Houthis")]}
    f = score_event_gold(items, predictions(pred)).figures()
    assert f["event type"] == 0.5 and f["sub-event type"] == 0.5
    assert f["fatalities exact"] == 1.0  # only "a" has a gold figure among the matched
    assert f["date exact"] == 0.5
    assert f["actor1 match"] == 1.0


def test_actor2_is_scored_over_matched_events_whose_gold_names_a_target() -> None:
    items = [gold("a", ge(10.0, actor1="Rapid Support Forces", actor2="civilians")),
             gold("b", ge(30.0, actor1="police", actor2="protesters")),
             gold("c", ge(50.0, actor1="Houthis"))]  # no gold actor2: a predicted one is not scored
    pred = {"a": [event("A", 10.0, actor="RSF", actor2="Civilians")],
            "b": [event("B", 30.0, actor="police", actor2="police")],
            "c": [event("C", 50.0, actor="Houthis", actor2="Yemeni forces")]}
    rep = score_event_gold(items, predictions(pred))
    f = rep.figures()
    assert f["actor1 match"] == 1.0 and f["actor2 match"] == 0.5
    assert rep.counts["all"]["actor2_scored"] == 2
    assert [(m["id"], m["problem"], m["gold"], m["predicted"]) for m in rep.misses] == [
        ("b", "actor2", "protesters", "police")]


def test_fully_right_counts_gold_events_matched_with_every_given_field_equal() -> None:
    items = [gold("a", ge(10.0, date="2024-05-06", fatalities=3, actor1="Rapid Support Forces")),
             gold("b", ge(30.0, date="2024-05-06", fatalities=2, actor1="Malian forces")),
             gold("c", ge(50.0, actor1="Houthis")),  # no figure or date given: only type and actor1 count
             gold("d", ge(70.0, actor1="Houthis"))]  # missed: never fully right
    pred = {"a": [event("A", 10.0, date="2024-05-06", fatalities=3, actor="RSF")],
            "b": [event("B", 30.0, date="2024-05-06", fatalities=4, actor="Malian soldiers")],
            "c": [event("C", 50.0, date="2023-01-01", fatalities=9, actor="Houthis")],
            "d": [event("D", 90.0, actor="Houthis")]}
    rep = score_event_gold(items, predictions(pred))
    assert rep.counts["all"]["full_ok"] == 2  # a and c; b's figure is wrong
    assert rep.figures()["fully right"] == 2 / 4


def test_actor_names_fold_and_alias() -> None:
    assert canonical_actor("RSF") == canonical_actor("Rapid Support Forces") == "rapid support forces"
    assert canonical_actor("Sudanese army") == canonical_actor("Sudanese Armed Forces") == "sudanese forces"
    assert canonical_actor("U.S. forces") == canonical_actor("US") == "us forces"
    assert canonical_actor("the Houthis") == canonical_actor("Houthi") == "houthis"
    assert canonical_actor("IDF") == canonical_actor("Israeli troops") == "israeli forces"
    assert canonical_actor("Al-Shabaab") == canonical_actor("al Shabaab") == "al shabaab"
    assert canonical_actor("Drones") == "drones"
    assert canonical_actor("Russian forces") != canonical_actor("Ukrainian forces")
    assert canonical_actor(None) == canonical_actor("") == ""
    # one class of the actor table by two of its heads, hedges and plurals: the same actor
    assert canonical_actor("gang members") == canonical_actor("Gangs") == "gangs"
    assert canonical_actor("separatist fighters") == canonical_actor("separatists") == "separatists"
    assert canonical_actor("Suspected jihadists") == canonical_actor("jihadists") == "jihadists"
    assert canonical_actor("Arab militias") == canonical_actor("Arab militia") == "arab militia"
    assert canonical_actor("Wazalendo militias") != canonical_actor("Wazalendo")  # the gold names the group


def test_phantoms_are_events_in_no_event_items_and_unmatched_events_at_forbidden_names() -> None:
    items = [gold("none", nes=("Manama",)),
             gold("some", ge(10.0), nes=("Moscow", "Khartoum"))]
    pred = {"none": [event("Manama", 26.2), event("Elsewhere", 0.0)],
            "some": [event("X", 10.0),
                     event("Moscow", 55.75, 37.6),     # a forbidden name, far from the gold event
                     event("Paris", 48.85, 2.35),      # wrong, but not a forbidden name: spurious
                     event("Khartoum", 10.05)]}        # forbidden, near the gold event X already took
    rep = score_event_gold(items, predictions(pred))
    c = rep.counts["all"]
    assert (c["phantom_empty"], c["phantom_forbidden"], c["predicted"]) == (2, 2, 6)
    assert rep.figures()["phantom rate"] == 4 / 6
    kinds = sorted(m["problem"] for m in rep.misses)
    assert kinds == ["phantom (a not_event_sites place)", "phantom (a not_event_sites place)",
                     "phantom (no event in the gold)", "phantom (no event in the gold)", "spurious"]


def test_a_forbidden_name_matched_to_a_gold_event_is_not_a_phantom() -> None:
    # "KHARTOUM" dateline coded as the site of a strike in Omdurman, 10 km away: a match, not a phantom.
    item = gold("k", ge(15.64, 32.48), nes=("KHARTOUM",))
    rep = score_event_gold([item], predictions({"k": [event("Khartoum", 15.59, 32.53)]}))
    assert rep.counts["all"]["matched"] == 1 and rep.figures()["phantom rate"] == 0.0


def test_per_kind_breakdown() -> None:
    items = [gold("h1", ge(10.0), kind="headline"), gold("h2", ge(20.0), kind="headline"),
             gold("w1", ge(30.0), ge(31.0), kind="wire"), gold("u1", ge(40.0), kind="")]
    pred = {"h1": [event("A", 10.0)], "w1": [event("B", 30.0), event("C", 35.0)], "u1": [event("D", 40.0)]}
    rep = score_event_gold(items, predictions(pred))
    assert rep.kinds() == ["all", "headline", "wire", "other"]
    assert rep.figures("headline")["site recall"] == 0.5 and rep.figures("headline")["site precision"] == 1.0
    assert rep.figures("wire")["site precision"] == 0.5 and rep.figures("wire")["site recall"] == 0.5
    assert rep.counts["other"]["items"] == 1 and rep.figures("other")["site F1"] == 1.0
    assert rep.counts["all"]["items"] == 4 and rep.figures()["site recall"] == 3 / 5
    table = rep.format()
    assert "headline" in table and "wire" in table and "sentence" not in table.split("\n")[1]
    assert rep.figures("sentence")["site F1"] is None


def test_roles_are_scored_on_overlapping_mentions() -> None:
    text = "Russian drones hit Odesa port; Moscow said nothing."
    gms = (GoldMention(0, 7, "Russian", "actor"), GoldMention(19, 29, "Odesa port", "event_site"),
           GoldMention(31, 37, "Moscow", "actor"))
    item = gold("r", ge(46.5, 30.7), text=text, mentions=gms)
    predicted = [(Mention(0, 7, "Russian"), "actor"), (Mention(19, 24, "Odesa"), "event_site"),
                 (Mention(31, 37, "Moscow"), "origin")]
    rep = score_event_gold([item], predictions({"r": [event("Odesa", 46.5, 30.7)]}, {"r": predicted}))
    c = rep.counts["all"]
    assert (c["role_gold"], c["role_scored"], c["role_ok"]) == (3, 3, 2)
    assert rep.figures()["role accuracy"] == 2 / 3
    assert {"id": "r", "kind": "sentence", "problem": "role", "mention": "Moscow", "gold": "actor",
            "predicted": "origin"} in rep.misses


def test_gold_reader_takes_both_key_styles_and_whole_word_occurrences() -> None:
    issue = gold_item({"id": "u1", "text": "Somalia and Somali forces", "published": "2024-01-02",
                       "events": [{"lat": 2.0, "lon": 45.3, "type": "Battles", "sub_type": "Armed clash"}],
                       "not_event_sites": ["Somalia"],
                       "mentions": [{"text": "Somali", "n": 1, "role": "actor"}]})
    ours = gold_item({"id": "u2", "text": "x", "events": [
        {"lat": 1, "lon": 2, "event_type": "Riots", "sub_event_type": "Mob violence", "fatalities": 0}]})
    assert issue.events[0].type == "Battles" and issue.events[0].sub_type == "Armed clash"
    assert issue.mentions == (GoldMention(12, 18, "Somali", "actor"),)
    assert ours.events[0] == GoldEvent(1.0, 2.0, "Riots", "Mob violence", fatalities=0)
    assert whole_word_starts("Somalia, Somali; Somali's", "Somali") == [9, 17]


@pytest.mark.parametrize("line, reason", [
    ("{not json", "Expecting property name"),
    ('{"id": "a", "text": "t", "events": [{"lat": "north", "lon": 2}]}', "event 0 lat is not a number"),
    ('{"id": "a", "text": "t", "events": [{"lat": 91, "lon": 2}]}', "out of range"),
    ('{"id": "a", "text": "t", "events": [{"lat": 1, "lon": 2, "fatalities": -1}]}', "not a count"),
    ('{"id": "a", "text": "Somalia", "mentions": [{"text": "Somali", "role": "actor"}]}',
     "whole-word occurrence"),
    ('{"text": "t"}', "no string `id`"),
    ('{"id": "dup", "text": "t"}\n{"id": "dup", "text": "u"}', "duplicate id 'dup'"),
])
def test_gold_reader_names_the_file_line_and_problem(tmp_path: Path, line: str, reason: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="gold.jsonl:[12]: ") as e:
        read_event_gold(path)
    assert reason in str(e.value)


def test_the_corpus_validates() -> None:
    spec = importlib.util.spec_from_file_location("validate_events", CORPUS / "validate.py")
    assert spec and spec.loader
    validate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(validate)
    assert validate.main([]) == 0
    broken = json.loads((CORPUS / "africa.jsonl").read_text(encoding="utf-8").splitlines()[0])
    broken["mentions"][0]["n"] = 2  # "Port Sudan" occurs once
    broken["events"][0]["date"] = "2099-01-01"
    probs = validate.problems(broken)
    assert len(probs) == 1 and "whole-word occurrence 2 of 'Port Sudan'" in probs[0]
    broken["mentions"][0]["n"] = 1
    assert validate.problems(broken) == [
        "event 0: date 2099-01-01 after published 2025-05-06 (events happened)"]


def test_the_split_is_stable_and_keeps_generated_items_out_of_test() -> None:
    items = read_event_gold(CORPUS)
    test = select_split(items, "test")
    train = select_split(items, "train")
    assert len(items) == 23579 and len(test) == 4798 and len(train) == 18781
    assert {i.id for i in test} | {i.id for i in train} == {i.id for i in items}
    assert all(i.provenance == "hand" for i in items)
    # Files added after the first 690 items (africa, eurasia, mideast-sahel) moved none of them: their
    # test split is as pinned.
    first = ("af-", "ea-", "ms-")
    ids = [i.id for i in test if i.id.startswith(first)]
    assert len(ids) == 140
    assert ids[:5] == ["af-013", "af-016", "af-025", "af-027", "af-030"] and ids[-1] == "ms-229"
    # The whole test split, pinned: a change of hash, salt or rule fails here.
    assert hashlib.sha256(" ".join(ids).encode()).hexdigest()[:16] == "f8d61ed72c66a873"
    assert split_of("af-013") == split_of("af-013", "hand") == "test" and split_of("af-014") == "train"
    assert split_of("af-013", "template") == "train"
    assert select_split(items, "all") == items
    with pytest.raises(ValueError, match="split must be one of"):
        select_split(items, "dev")


def test_mapper_evaluate_events(tmp_path: Path, analysing: CliRunner) -> None:  # noqa: F811
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text(json.dumps({
        "id": "g1", "kind": "headline", "published": "2024-05-07",
        "text": "Russian missiles hit Kharkiv, killing three",
        "events": [{"lat": 49.99, "lon": 36.23, "type": "Explosions/Remote violence",
                    "sub_type": "Shelling/artillery/missile attack", "fatalities": 3}],
        "not_event_sites": []}) + "\n", encoding="utf-8")
    r = analysing.invoke(app, ["evaluate", "--events", str(gold_path), "--json"])
    assert r.exit_code == 0, r.output
    figures = json.loads(r.stdout)["kinds"]["all"]["figures"]
    assert figures["site F1"] == 1.0 and figures["fatalities exact"] == 1.0 and figures["phantom rate"] == 0.0
    r = analysing.invoke(app, ["evaluate", "--events", str(tmp_path / "missing.jsonl")])
    assert r.exit_code == 1 and "missing.jsonl: cannot read" in r.stderr


def test_mapper_evaluate_needs_a_corpus(analysing: CliRunner) -> None:  # noqa: F811
    r = analysing.invoke(app, ["evaluate"])
    assert r.exit_code == 2 and "give a gold corpus to evaluate, or --events GOLD.jsonl" in r.stderr


def test_hostile_ids_and_text_stay_data_in_the_misses_file(tmp_path: Path, analysing: CliRunner) -> None:  # noqa: F811
    hostile = "x\u2028y\x1b[31m</script>{0}"
    gold_path = tmp_path / "evil\x1b[2J.jsonl"
    gold_path.write_text(json.dumps({"id": hostile, "text": hostile + " Clashes erupted in Aleppo.",
                                     "events": [{"lat": -33.9, "lon": 18.4}]}) + "\n", encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    r = analysing.invoke(app, ["evaluate", "--events", str(gold_path), "--errors", str(errors)])
    assert r.exit_code == 0, r.output
    assert "\x1b" not in r.stdout and "\x1b" not in r.stderr
    lines = errors.read_bytes().split(b"\n")
    assert lines[-1] == b"" and all(line.isascii() for line in lines)
    records = [json.loads(line) for line in lines[:-1]]
    assert all(rec["id"] == hostile for rec in records)
    assert {rec["problem"] for rec in records} >= {"missed"}


def test_bench_events_gold_prints_the_issue_figures(tmp_path: Path) -> None:
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text(json.dumps({
        "id": "b1", "provenance": "template", "kind": "sentence", "published": "2024-05-07",
        "text": "Clashes erupted in Aleppo on Monday.", "events": [{"lat": 36.2, "lon": 37.16}]}) + "\n",
        encoding="utf-8")
    bench = ROOT / "bench" / "bench_events.py"
    cmd = [sys.executable, str(bench), "--gold", str(gold_path), "--split", "test"]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "site F1" in r.stdout and "phantom rate" in r.stdout
    assert re.search(r"^items +0 *$", r.stdout, re.M)  # a generated item is never in the test split
