"""Features of the learned site model (mapper/events/site_model.py) that carry to unseen phrasing:
the factuality cues between a mention and its nearest real trigger, the words that govern a mention
(a person or body, movement, a reference point), and words around it with names and numbers
abstracted to their shape. Exact features of real sentences; linear on a 100 KB sentence."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mapper.events.site_model import mention_features
from mapper.pipeline import Pipeline
from tests.conftest import ROOT


def _features(pipeline: Pipeline, text: str) -> dict[str, set[str]]:
    rules = Pipeline(pipeline.gazetteer, roles="rules")  # the features read the rule roles
    doc = rules.parse(text, published="2025-03-04")
    return {m.text: set(f) for m, f in zip(doc.mentions, mention_features(doc, doc.roles or []), strict=True)}


def _of(features: set[str], *prefixes: str) -> set[str]:
    return {f for f in features if f.startswith(prefixes)}


def test_a_place_in_the_closing_attribution_has_a_person_and_a_report_between_it_and_the_event(
        pipeline: Pipeline) -> None:
    got = _features(pipeline, "Gunmen killed five people in Bama on Sunday, the governor of Borno said.")
    assert _of(got["Bama"], "between", "outside") == {
        "between=clean|rule=event_site", "outside=person", "outside=report"}
    assert _of(got["Borno"], "between", "outside", "frame") == {
        "between=person", "between=person|rule=context", "between=person|sentence", "outside=report",
        "frame-=person", "frame-=person|rule=context", "frame+=report", "frame+=report|rule=context"}
    got = _features(pipeline, "Drones struck Sumy overnight, officials in Kyiv said.")
    assert {"between=person", "frame-=person", "frame+=report"} <= got["Kyiv"]
    assert "between=clean|rule=event_site" in got["Sumy"]


def test_threats_negation_and_movement_before_a_mention_are_frames(pipeline: Pipeline) -> None:
    got = _features(pipeline, "Russia had vowed to retake Kherson, but drones hit Odesa on Monday, "
                              "killing two.")
    assert _of(got["Kherson"], "frame") == {"frame-=past", "frame-=past|rule=context", "frame-=threat",
                                            "frame-=threat|rule=context"}
    assert not _of(got["Odesa"], "frame", "outside")
    got = _features(pipeline, "Thousands fled to Geneina after militias attacked Misterei on Sunday.")
    assert _of(got["Geneina"], "frame") == {"frame-=movement", "frame-=movement|rule=context"}
    got = _features(pipeline, "Police said they would not allow protests in Nairobi, after clashes in Kisumu "
                              "killed 3 people on Tuesday.")
    assert {"frame-=negation", "outside=modal", "outside=negation"} <= got["Nairobi"]
    assert not _of(got["Kisumu"], "frame", "outside")


@pytest.mark.parametrize(("text", "mention", "cues"), [
    # A modal and a report between a place and its trigger: the real event is elsewhere.
    ("Drones hit Odesa on Monday, a year after Russia said it would capture Mykolaiv.", "Mykolaiv",
     {"between=modal", "between=modal|rule=context", "between=modal|sentence", "between=report",
      "between=report|rule=context", "between=report|sentence", "frame-=modal", "frame-=modal|rule=context",
      "frame-=report", "frame-=report|rule=context"}),
    ("Drones hit Odesa on Monday, a year after Russia said it would capture Mykolaiv.", "Odesa",
     {"between=clean|rule=event_site", "outside=modal", "outside=report"}),
    # A year before an older attack's place.
    ("Gunmen killed five people in Bama on Sunday, weeks after the 2019 attack in Gwoza.", "Gwoza",
     {"between=year", "between=year|rule=context", "between=year|sentence", "frame-=year",
      "frame-=year|rule=context"}),
    # Negation, "had", a year and a quotation after the site: outside, not between.
    ("Shelling killed two people in Kherson on Monday, where troops had not fought since 2022.", "Kherson",
     {"between=clean|rule=event_site", "outside=negation", "outside=past", "outside=year"}),
    ('Shelling killed two people in Kherson, residents said, adding: "Mykolaiv is next".', "Kherson",
     {"between=clean|rule=event_site", "frame+=person", "frame+=person|rule=event_site", "frame+=report",
      "frame+=report|rule=event_site", "outside=person", "outside=quote", "outside=report"}),
    # "X-based" is a person frame.
    ("Militants attacked a base in Kidal, a Bamako-based analyst said.", "Bamako",
     {"between=clean|rule=actor", "frame+=person", "frame+=person|rule=actor", "frame+=report",
      "frame+=report|rule=actor", "outside=person", "outside=report"}),
])
def test_cue_classes(pipeline: Pipeline, text: str, mention: str, cues: set[str]) -> None:
    assert _of(_features(pipeline, text)[mention], "between", "outside", "frame") == cues


def test_the_words_around_a_mention_never_name_another_place(pipeline: Pipeline) -> None:
    got = _features(pipeline, "Clashes in Tripoli's Abu Salim district killed four people on Sunday.")
    assert _of(got["Abu Salim"], "w-", "w+") == {
        "w-1=Xx", "w-2=in", "w-3=Xx", "w-2,-1=in Xx", "w+1=district", "w+2=killed", "w+3=four",
        "w+1,+2=district killed"}
    assert _of(got["Tripoli"], "w-", "w+") == {
        "w-1=in", "w-2=Xx", "w-2,-1=Xx in", "w+1='s", "w+2=Xx", "w+3=Xx", "w+1,+2='s Xx"}
    got = _features(pipeline, "Gunmen killed 12 people near Beni and Butembo on Friday.")
    assert _of(got["Beni"], "w-", "w+") == {
        "w-1=near", "w-2=people", "w-3=0", "w-2,-1=people near", "w+1=and", "w+2=Xx", "w+3=on",
        "w+1,+2=and Xx"}
    for feats in got.values():
        assert not any(name in f.lower() for f in feats for name in ("beni", "butembo"))


def test_a_distance_after_a_village_apposition_is_no_reference_point(pipeline: Pipeline) -> None:
    # The guide codes "a village N km from X" at X: the rules keep X a site, and so do its features.
    got = _features(pipeline, "Gunmen killed five people in Tassi, a village 15 km from Djibo, on Saturday.")
    assert {"near_village", "village_apposition|rule=event_site", "frame-=village_reference",
            "near|prep=from|rule=event_site"} <= got["Djibo"]
    assert not {"near", "frame-=reference"} & got["Djibo"]
    got = _features(pipeline, "Fighters attacked Kosti, a city 300 km south of Khartoum, on Monday.")
    assert {"near", "frame-=reference"} <= got["Khartoum"] and "near_village" not in got["Khartoum"]


def test_a_province_beside_a_town_of_another_province_is_no_parent(pipeline: Pipeline) -> None:
    got = _features(pipeline, "A missile hit a hospital in Kharkiv, killing two people, and drones struck a "
                              "substation in the Sumy region.")
    assert {"beside_a_town_elsewhere", "act_since_prev=True|rule=event_site|kind=admin1"} <= got["Sumy"]
    assert "parent_of_a_town" not in got["Sumy"]
    got = _features(pipeline, "Russian artillery shelled Nikopol in the Dnipropetrovsk region, wounding two.")
    assert {"parent_of_a_town", "act_since_prev=False|rule=context|kind=admin1"} <= got["Dnipropetrovsk"]
    assert "beside_a_town_elsewhere" not in got["Dnipropetrovsk"]


def test_a_100_kb_sentence_of_triggers_and_places_is_read_in_linear_time(pipeline: Pipeline) -> None:
    # One sentence (no full stop) with thousands of triggers and places: the nearest trigger of each
    # mention is bisected and the text between them is read in a bounded window.
    text = "Drones hit Kharkiv, officials said they would shell Sumy, " * 1800
    assert len(text) > 100_000
    _linear(pipeline, text)


def test_a_100_kb_sentence_of_village_appositions_is_read_in_linear_time(pipeline: Pipeline) -> None:
    text = "gunmen attacked Tassi, a village 15 km from Djibo, and the Sumy region, " * 1400
    assert len(text) > 100_000
    _linear(pipeline, text)


def _linear(pipeline: Pipeline, text: str) -> None:
    doc = pipeline.parse(text, published="2025-03-04")
    t0 = time.perf_counter()
    feats = mention_features(doc, doc.roles or [])
    took = time.perf_counter() - t0
    assert len(feats) == len(doc.mentions) >= 3000
    # A second or two on a loaded 2-core machine; quadratic over 3,600 mentions would be minutes.
    assert took < 60.0


def test_bench_events_scores_the_learned_roles_on_request(tmp_path: Path) -> None:
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text(json.dumps({
        "id": "b1", "provenance": "template", "kind": "sentence", "published": "2024-05-07",
        "text": "Clashes erupted in Aleppo on Monday.", "events": [{"lat": 36.2, "lon": 37.16}],
        "mentions": [{"text": "Aleppo", "role": "event_site"}]}) + "\n", encoding="utf-8")
    bench = ROOT / "bench" / "bench_events.py"
    cmd = [sys.executable, str(bench), "--gold", str(gold_path), "--split", "all", "--json", "--roles"]
    r = subprocess.run([*cmd, "learned"], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    figures = json.loads(r.stdout)["kinds"]["all"]["figures"]
    assert (figures["site F1"], figures["phantom rate"], figures["role accuracy"]) == (1.0, 0.0, 1.0)
    r = subprocess.run([*cmd, "neural"], capture_output=True, text=True, timeout=300)
    assert r.returncode == 2 and "invalid choice" in r.stderr
