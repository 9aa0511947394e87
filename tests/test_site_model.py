"""The learned event-site model (mapper/events/site_model.py): it swaps in for the rule roles, sets
the same Role layer, loads its shipped weights, trains reproducibly, and codes sentences of our own."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from mapper.errors import MapperError, UsageError
from mapper.evaluation.events import gold_item
from mapper.events.roles import Roles
from mapper.events.site_model import (
    _PLURAL_AREAS,
    CLASSES,
    ENCLOSURES,
    SITE_MODEL,
    SOLE_SITE,
    UNREAD,
    LearnedRoles,
    SiteModel,
    _enclosures,
    _word_shape,
    is_headline,
    load_site_model,
    mention_features,
)
from mapper.model import Article, Role
from mapper.pipeline import Pipeline
from tests.conftest import ROOT
from tests.test_linear import GROWTH, growth, parsing


def _train_sites():  # type: ignore[no-untyped-def]
    """training/events/train_sites.py as a module (training/ is not a package)."""
    path = ROOT / "training" / "events" / "train_sites.py"
    spec = importlib.util.spec_from_file_location("train_sites", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def learned(pipeline: Pipeline) -> Pipeline:
    p = pipeline.without()
    p.replace("roles", LearnedRoles(pipeline.config))
    return p


@pytest.fixture(scope="module")
def rules(pipeline: Pipeline) -> Pipeline:
    """The pipeline with the rule roles, whichever the default is: the model's features read them."""
    p = pipeline.without()
    p.replace("roles", Roles(pipeline.config))
    return p


def _roles(p: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = p.parse(text, published="2025-03-04")
    return [(m.text, r.name) for m, r in zip(doc.mentions, doc.roles or [], strict=True)]


def _events(p: Pipeline, text: str) -> list[tuple[str, str, int]]:
    doc = p.parse(text, published="2025-03-04")
    return [(e.location.name, e.sub_event_type, e.geo_precision) for e in doc.events]


# -- swapping in ------------------------------------------------------------------------------------
def test_it_replaces_the_rule_roles_and_sets_the_same_layer(rules: Pipeline, learned: Pipeline) -> None:
    assert learned.names == rules.names
    assert isinstance(learned["roles"], LearnedRoles) and isinstance(rules["roles"], Roles)
    doc = learned.parse("KYIV (Reuters) - Russian missiles struck Lviv on Monday.", published="2025-03-04")
    assert doc.roles is not None and len(doc.roles) == len(doc.mentions) == 3  # KYIV, Russian, Lviv
    assert all(isinstance(r, Role) and r.name in CLASSES for r in doc.roles)
    site = doc.roles[2]
    assert (doc.mentions[2].text, site.name, site.precision) == ("Lviv", "event_site", 1)
    assert site.clause is not None and site.clause.sub_event_type == "Shelling/artillery/missile attack"
    assert [(e.location.name, e.sub_event_type) for e in doc.events] == [
        ("Lviv", "Shelling/artillery/missile attack")]


def test_the_pipeline_builds_it_by_name(pipeline: Pipeline) -> None:
    p = Pipeline(pipeline.gazetteer, roles="learned")
    assert isinstance(p["roles"], LearnedRoles)
    assert isinstance(Pipeline(pipeline.gazetteer, roles="rules")["roles"], Roles)
    with pytest.raises(UsageError, match="roles must be"):
        Pipeline(pipeline.gazetteer, roles="neural")


def test_the_shipped_weights_load() -> None:
    model = load_site_model()
    data = json.loads(SITE_MODEL.read_text(encoding="utf-8"))
    assert data["classes"] == list(CLASSES)
    assert model.weights == data["weights"] and len(model.weights) > 100
    assert all(len(w) == len(CLASSES) for w in model.weights.values())
    assert (model.rule_bonus, model.site_bonus) == (data["rule_bonus"], data["site_bonus"])


def test_a_file_that_is_not_a_site_model_is_one_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "site_model.json"
    bad.write_text('{"classes": ["a"], "weights": {}}', encoding="utf-8")
    with pytest.raises(MapperError, match="is not a site model"):
        load_site_model(bad)
    with pytest.raises(MapperError, match="cannot read the site model"):
        load_site_model(tmp_path / "missing.json")


# -- how a decision becomes a Role (hand-set weights: exact, whatever the training) -------------------
def test_a_context_mention_the_model_calls_a_site_gets_the_nearest_clause_and_its_precision(
        pipeline: Pipeline) -> None:
    # Weights that call every mention a site: the rules' context mentions get a clause and a precision.
    everything_a_site = SiteModel({"bias": [5.0, 0.0, 0.0, 0.0, 0.0]})
    p = pipeline.without()
    p.replace("roles", LearnedRoles(pipeline.config, everything_a_site))
    doc = p.parse("Clashes erupted on Sunday, forcing thousands to flee to Geneina.", published="2025-03-04")
    got = [(m.text, r.name, r.precision, r.clause.sub_event_type if r.clause else None, r.rule)
           for m, r in zip(doc.mentions, doc.roles or [], strict=True)]
    assert got == [("Geneina", "event_site", 1, "Armed clash", "model")]  # the rules: context
    assert [(e.location.name, e.sub_event_type, e.date) for e in doc.events] == [
        ("Al-Junaynah", "Armed clash", "2025-03-02")]
    # Where the rules already said site, their clause, precision and rule are kept.
    doc = p.parse("Shelling hit a village near Kherson on Monday.", published="2025-03-04")
    got = [(m.text, r.name, r.precision, r.rule) for m, r in zip(doc.mentions, doc.roles or [], strict=True)]
    assert got == [("Kherson", "event_site", 2, "left")]


def test_a_dateline_stays_the_rules_whatever_the_model_says(pipeline: Pipeline) -> None:
    nothing_but_context = SiteModel({"bias": [0.0, 0.0, 0.0, 0.0, 5.0]})
    p = pipeline.without()
    p.replace("roles", LearnedRoles(pipeline.config, nothing_but_context))
    doc = p.parse("KYIV (Reuters) - Russian missiles struck Lviv on Monday.", published="2025-03-04")
    # The model decides the site question: "Russian" (the rules' actor) keeps the rules' role.
    assert [(m.text, r.name, r.rule) for m, r in zip(doc.mentions, doc.roles or [], strict=True)] == [
        ("KYIV", "origin", "dateline"), ("Russian", "actor", "demonym"), ("Lviv", "context", "model")]
    assert doc.events == []  # no site, and the dateline is no site of a missile strike


def test_the_rule_and_site_offsets_move_the_decision() -> None:
    model = SiteModel({"a": [1.0, 0.0, 0.0, 0.0, 1.5]})
    assert model.predict(["a"], "event_site") == "context"
    assert SiteModel(model.weights, rule_bonus=2.0).predict(["a"], "event_site") == "event_site"
    assert SiteModel(model.weights, site_bonus=1.0).predict(["a"], "context") == "event_site"
    # The only site of its clause keeps it by keep_bonus; a rule site with a sibling does not.
    keep = SiteModel(model.weights, keep_bonus=1.0)
    assert keep.predict(["a", SOLE_SITE], "event_site") == "event_site"
    assert keep.predict(["a"], "event_site") == "context"
    assert keep.predict(["a", SOLE_SITE], "context") == "context"
    # So does a clause's only rule venue ("the Security Council met in emergency session in New York").
    keep2 = SiteModel(model.weights, keep_bonus=2.0)
    assert keep2.predict(["a", SOLE_SITE], "venue") == "venue"
    assert keep2.predict(["a"], "venue") == "context"


def test_among_roles_that_place_no_event_the_rules_stand() -> None:
    # The model decides the site question; origin, actor and context stay the rules' own.
    model = SiteModel({"a": [0.0, 3.0, 0.0, 0.0, 0.0]})  # origin scores best
    assert model.predict(["a"], "context") == "context"
    assert model.predict(["a"], "actor") == "actor"
    assert model.predict(["a"], "event_site") == "origin"  # from a site: the model's role
    assert SiteModel({"a": [0.0, 0.0, 0.0, 0.0, 3.0]}).predict(["a"], "venue") == "context"
    # A mention the model does not read keeps the rules' role whatever the weights.
    assert SiteModel({"bias": [9.0, 0.0, 0.0, 0.0, 0.0]}).predict([UNREAD, "rule=actor"], "actor") == "actor"


def test_headlines() -> None:
    assert is_headline("Drone strike hits Odesa port")
    assert is_headline("Kharkiv: two killed in shelling")
    assert not is_headline("Shelling hit Kharkiv on Monday.")
    assert not is_headline("Drones hit Odesa\nPower cuts in the city")


def test_features_read_the_gazetteer_code_and_whether_the_rules_sited_the_clause_elsewhere(
        rules: Pipeline) -> None:
    def features(text: str) -> dict[str, set[str]]:
        doc = rules.parse(text, published="2025-03-04")  # the rule roles
        return {m.text: set(f) for m, f in zip(doc.mentions, mention_features(doc, doc.roles or []),
                                                strict=True)}
    # A province after the town the rules made the site: its clause is sited already (a parent).
    got = features("Russian shelling hit Nikopol in the Dnipropetrovsk region on Monday, killing two.")
    assert {"code=PPL", "rule=event_site|code=PPL", "shape=title", "other_site=False|rule=event_site",
            "nearest=violence|rule=event_site|left", "nearest_sited=False|rule=event_site|kind=city",
            SOLE_SITE, f"{SOLE_SITE}|kind=city"} <= got["Nikopol"]
    assert {"code=ADM1", "other_site=True|rule=context", "nearest=violence|prep=in",
            "nearest=violence|rule=context|part_of", "nearest_sited=True|rule=context|kind=admin1"} <= \
        got["Dnipropetrovsk"]
    # A town the clash sent people to: no site in the sentence, the preposition is "to".
    got = features("Clashes erupted on Sunday, forcing thousands to flee to Geneina.")
    assert {"other_site=False|rule=context", "nearest=violence|prep=to",
            "nearest_sited=False|rule=context|kind=city"} <= got["Geneina"]
    # A dateline, and a mention in a sentence with no trigger, are left to the rules (no features).
    got = features("KYIV (Reuters) - Russian missiles struck Lviv. The mayor of Odesa spoke on Monday.")
    assert got["KYIV"] == {UNREAD, "rule=origin"} and got["Odesa"] == {UNREAD, "rule=context"}
    assert {"shape=title", "nearest=Shelling/artillery/missile attack"} <= got["Lviv"]
    # "a hillside neighbourhood of X" names no place before X; "the Haret Hreik district of X" does.
    got = features("Gunmen killed six people in a hillside neighbourhood of Port-au-Prince on Monday.")
    assert "of_named=False|rule=event_site" in got["Port-au-Prince"]
    # A word that runs into the mention is read: "-based" is a body's seat, "'s" a possessive.
    got = features("A Kharkiv-based monitor said Russian drones hit Sumy's centre on Monday.")
    assert {"frame+=person", "w+1=-based"} <= got["Kharkiv"]
    assert "w+1='s" in got["Sumy"]


def test_features_of_unreal_and_background_triggers_near_the_mention(rules: Pipeline) -> None:
    # Read from the clauses, not from the rule roles: how near a trigger that reports nothing (or a
    # background clause) is, and whether it is nearer than the nearest real trigger.
    def features(text: str) -> dict[str, set[str]]:
        doc = rules.parse(text, published="2025-03-04")
        return {m.text: set(f) for m, f in zip(doc.mentions, mention_features(doc, doc.roles or []),
                                                strict=True)}
    got = features("Russia denied shelling Kherson, but drones hit Odesa on Monday, killing two.")
    assert {"unreal:0", "unreal_nearer=True"} <= got["Kherson"]
    assert {"unreal:mid", "unreal_nearer=False"} <= got["Odesa"]
    got = features("Gunmen killed five people in Bama on Sunday, a week after a suicide bombing in "
                   "Mogadishu.")
    assert {"unreal:mid", "unreal_nearer=False"} <= got["Bama"]
    assert {"unreal:near", "unreal_nearer=True"} <= got["Mogadishu"]
    got = features("Drones hit Odesa on Monday. In 2022, Russian forces captured Kherson after weeks of "
                   "shelling.")
    assert {"background:0", "background_nearer=True"} <= got["Kherson"]  # a capture told as background
    assert not any(f.startswith(("unreal", "background")) for f in got["Odesa"])


def test_features_of_the_grammar_around_a_mention(rules: Pipeline) -> None:
    # Read from the sentence's grammar, so they carry to phrasings no rule was written for.
    def features(text: str) -> dict[str, set[str]]:
        doc = rules.parse(text, published="2025-03-04")
        return {m.text: set(f) for m, f in zip(doc.mentions, mention_features(doc, doc.roles or []),
                                                strict=True)}
    # An act of its own (its nearest trigger has no other site) against one act told with its parent.
    got = features("Artillery shelled a market in Kherson, wounding four, and a drone hit a school in the "
                   "Zaporizhzhia region.")
    assert {"act_has_site=False|rule=event_site", "holds_a_site=False|kind=admin1|rule=event_site"} <= \
        got["Zaporizhzhia"]
    got = features("Russian artillery shelled Marhanets in the Dnipropetrovsk region on Sunday, wounding "
                   "three.")
    assert {"act_has_site=True|rule=context", "holds_a_site=True|kind=admin1|rule=context"} <= \
        got["Dnipropetrovsk"]
    assert "act_has_site=False|rule=event_site" in got["Marhanets"]
    # A place inside a parenthesis, an apposition or a relative clause while the act is outside.
    got = features("Gunmen killed five people in Bama (a town near Maiduguri) on Sunday.")
    assert "in_paren|act_inside=False" in got["Maiduguri"]
    assert not any(f.startswith("in_") for f in got["Bama"])
    got = features("Gunmen attacked Bama, a town near Maiduguri, on Sunday, killing five.")
    assert "in_apposition|act_inside=False" in got["Maiduguri"]
    got = features("Drones hit Odesa, which lies west of Mykolaiv, on Monday, killing two.")
    assert "in_relative|act_inside=False" in got["Mykolaiv"]
    # The same place the rules made a site of an earlier sentence.
    got = features("Drones hit Izmail on Monday. More drones hit Izmail and Odesa on Tuesday, officials "
                   "said.")
    assert {"site_before=False|rule=event_site", "named_before=False|kind=city"} <= got["Odesa"]
    doc = rules.parse("Drones hit Izmail on Monday. More drones hit Izmail on Tuesday, officials said.",
                      published="2025-03-04")
    later = mention_features(doc, doc.roles or [])[-1]
    assert {"site_before=True|rule=event_site", "named_before=True|kind=city"} <= set(later)


def test_enclosures_open_and_close_on_the_words_of_a_sentence() -> None:
    words = 'Troops hit Bama , the town " of Mopti " ( near Gao ) , which lies , then Ansongo .'.split()
    shapes = [_word_shape(w) for w in words]
    got = {w: e for w, e in zip(words, _enclosures(words, shapes), strict=True)}
    paren, quote, relative, apposition = (ENCLOSURES.index(k) for k in ENCLOSURES)
    assert got["Gao"][paren] == words.index("(") and got["Bama"] == (-1, -1, -1, -1)
    assert got["town"][apposition] == words.index(",") and got["Mopti"][quote] == words.index('"')
    assert got["lies"][relative] == words.index("which") and got["Ansongo"] == (-1, -1, -1, -1)


# -- sentences of our own, with the shipped weights -----------------------------------------------
@pytest.mark.parametrize(("text", "roles"), [
    ("Ukrainian drones struck an oil depot in Russia's Bryansk region overnight, the governor said.",
     [("Ukrainian", "actor"), ("Russia", "context"), ("Bryansk", "event_site")]),
    ("Shelling killed two people in Kherson, in southern Ukraine.",
     [("Kherson", "event_site"), ("Ukraine", "context")]),
    ("Delegations from Armenia and Azerbaijan met in Geneva on Tuesday for border talks.",
     [("Armenia", "actor"), ("Azerbaijan", "actor"), ("Geneva", "venue")]),
    ("Russian artillery shelled Nikopol, Marhanets and Pokrov overnight.",
     [("Russian", "actor"), ("Nikopol", "event_site"), ("Marhanets", "event_site"),
      ("Pokrov", "event_site")]),
    # The country a war spreads across is context; a city's district is the site, the city its parent.
    ("Drone strikes hit Port Sudan as the war spread across Sudan.",
     [("Port Sudan", "event_site"), ("Sudan", "context")]),
    ("Clashes in Tripoli's Abu Salim district killed four people on Sunday.",
     [("Tripoli", "context"), ("Abu Salim", "event_site")]),
])
def test_roles_of_our_own_sentences(learned: Pipeline, text: str, roles: list[tuple[str, str]]) -> None:
    assert _roles(learned, text) == roles


def test_the_region_not_the_country_is_the_site(rules: Pipeline, learned: Pipeline) -> None:
    # The rules ("X region" is the province) agree with the model.
    text = "Ukrainian drones struck an oil depot in Russia's Bryansk region overnight, the governor said."
    expected = [("Bryanskaya oblast'", "Air/drone strike", 3)]  # a depot in a province: ACLED 3
    assert _events(rules, text) == _events(learned, text) == expected


# -- training ---------------------------------------------------------------------------------------
TINY = [
    {"id": "t-1", "text": "Russian drones hit Kharkiv on Monday.", "published": "2025-03-04",
     "events": [{"lat": 49.99, "lon": 36.23}], "mentions": [{"text": "Russian", "role": "actor"},
                                                            {"text": "Kharkiv", "role": "event_site"}]},
    {"id": "t-2", "text": "Moscow said talks with Kyiv would resume in Istanbul.", "published": "2025-03-04",
     "mentions": [{"text": "Moscow", "role": "actor"}, {"text": "Kyiv", "role": "actor"},
                  {"text": "Istanbul", "role": "context"}]},
    {"id": "t-3", "text": "Shelling killed two people in Kherson, in southern Ukraine.",
     "published": "2025-03-04",
     "events": [{"lat": 46.64, "lon": 32.61}], "mentions": [{"text": "Kherson", "role": "event_site"},
                                                            {"text": "Ukraine", "role": "context"}]},
    # A recognised name the gold does not list is no place: a context example.
    {"id": "t-4", "text": "Shelling hit Odesa.", "published": "2025-03-04"},
]


def test_training_is_reproducible_and_what_it_saves_loads(pipeline: Pipeline, tmp_path: Path) -> None:
    ts = _train_sites()
    items = [gold_item(d) for d in TINY]
    ex = ts.examples(pipeline, items)
    # ("Russian" before a weapon is a mention now; Moscow and Kyiv are not found in these short texts.)
    assert [label for item in items for _, label in ex[item.id]] == [
        "actor", "event_site", "context", "event_site", "context", "context"]
    rows = [r for item in items for r in ex[item.id]]
    first, second = ts.train(rows, steps=60), ts.train(rows, steps=60)
    assert first == second and first  # the same data gives the same weights
    path = tmp_path / "site_model.json"
    ts.save(SiteModel(first, 1.0, 0.5, 3.0), path, {"items": 3, "mentions": len(rows)})
    loaded = load_site_model(path)
    assert (loaded.weights, loaded.rule_bonus, loaded.site_bonus, loaded.keep_bonus) == (first, 1.0, 0.5, 3.0)
    # Trained on these, the model gets their roles back.
    p = pipeline.without()
    p.replace("roles", LearnedRoles(pipeline.config, loaded))
    assert _roles(p, TINY[0]["text"]) == [("Russian", "actor"), ("Kharkiv", "event_site")]
    assert _roles(p, TINY[1]["text"]) == [("Istanbul", "context")]


def test_the_sparse_trainer_takes_the_dense_softmax_steps() -> None:
    # The trainer keeps the binary features sparse (bincount for X @ W and X.T @ G); the same Adam
    # steps written densely must give the same weights. Repeated features in a row count once.
    import numpy as np
    ts = _train_sites()
    rows = [(["bias", "a", "b", "a"], "event_site"), (["bias", "b", "c"], "context"),
            (["bias", "a", "c"], "actor"), (["bias", "c", "d"], "context"),
            (["bias", "a", "d"], "event_site")]
    got = ts.train(rows, steps=40, l2=1e-3)
    vocab = ["a", "b", "bias", "c", "d"]
    X = np.array([[1.0 if f in feats else 0.0 for f in vocab] for feats, _ in rows])
    Y = np.array([[1.0 if c == label else 0.0 for c in CLASSES] for _, label in rows])
    W, m, v = np.zeros((5, 5)), np.zeros((5, 5)), np.zeros((5, 5))
    for t in range(1, 41):
        z = X @ W
        p = np.exp(z - z.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        g = X.T @ (p - Y) / len(rows) + 1e-3 * W
        m, v = 0.9 * m + 0.1 * g, 0.999 * v + 0.001 * g * g
        W -= ts.LEARNING_RATE * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    assert set(got) == set(vocab)
    for i, f in enumerate(vocab):
        assert got[f] == pytest.approx(list(W[i]), abs=2e-4)


def test_the_sparse_trainer_weighs_rows_as_the_dense_weighted_softmax() -> None:
    # sample_weights scale each row's loss; the mean is over their sum (all 1: the plain trainer).
    import numpy as np
    ts = _train_sites()
    rows = [(["bias", "a", "b"], "event_site"), (["bias", "b", "c"], "context"),
            (["bias", "a", "c"], "context"), (["bias", "c", "a"], "event_site")]
    weights = [1.0, 3.0, 1.0, 2.0]
    got = ts.train(rows, steps=30, l2=1e-3, sample_weights=weights)
    assert got == ts.train(rows, steps=30, l2=1e-3, sample_weights=weights)
    assert got != ts.train(rows, steps=30, l2=1e-3)
    vocab = ["a", "b", "bias", "c"]
    X = np.array([[1.0 if f in feats else 0.0 for f in vocab] for feats, _ in rows])
    Y = np.array([[1.0 if c == label else 0.0 for c in CLASSES] for _, label in rows])
    w = np.array(weights)
    W, m, v = np.zeros((4, 5)), np.zeros((4, 5)), np.zeros((4, 5))
    for t in range(1, 31):
        z = X @ W
        p = np.exp(z - z.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        g = X.T @ ((p - Y) * w[:, None]) / w.sum() + 1e-3 * W
        m, v = 0.9 * m + 0.1 * g, 0.999 * v + 0.001 * g * g
        W -= ts.LEARNING_RATE * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    for i, f in enumerate(vocab):
        assert got[f] == pytest.approx(list(W[i]), abs=2e-4)


def test_file_folds_hold_whole_corpus_files_out_and_balance_them() -> None:
    ts = _train_sites()
    ids = ([f"w10-{k:03d}" for k in range(6)] + [f"p11-{k}" for k in range(4)]
           + [f"xm-{k:03d}" for k in range(3)] + ["a5-001", "a5-002", "h6-001", "n3-001"])
    items = [gold_item({"id": i, "text": "Shelling hit Odesa.", "published": "2025-03-04"}) for i in ids]
    assert ts.file_of("w10-003") == "w10" and ts.file_of("xm-001") == "xm"
    folds = ts.file_folds(items)
    # Largest file first, each to the fold with the fewest items so far (ties: the lower fold).
    expected = {"w10": 0, "p11": 1, "xm": 2, "a5": 3, "h6": 4, "n3": 4}
    assert folds == {i: expected[ts.file_of(i)] for i in ids}
    assert ts.file_folds(list(reversed(items))) == folds  # the order of the items does not matter
    assert ts.item_folds(items) == {i: ts.fold_of(i) for i in ids}


def test_phantom_prone_mentions_are_those_of_no_event_items_and_not_event_sites(pipeline: Pipeline) -> None:
    ts = _train_sites()
    items = [gold_item(d) for d in TINY] + [gold_item({
        "id": "t-6", "published": "2025-03-04",
        "text": "Russian drones hit Kharkiv on Monday, days after talks in Istanbul stalled.",
        "events": [{"lat": 49.99, "lon": 36.23}], "not_event_sites": ["Istanbul"],
        "mentions": [{"text": "Russian", "role": "actor"}, {"text": "Kharkiv", "role": "event_site"},
                     {"text": "Istanbul", "role": "context"}]})]
    docs, _ = ts.prepare(pipeline, items)
    prone = ts.phantom_prone(docs, items)
    assert prone == {"t-1": [False, False], "t-2": [True], "t-3": [False, False], "t-4": [True],
                     "t-6": [False, False, True]}


def test_cross_validation_codes_cached_documents_as_the_whole_pipeline_does(pipeline: Pipeline) -> None:
    # The CV parses each item once up to the clauses and reruns roles, discourse and events per model:
    # that must give what a whole parse gives, or the CV figures would not be the bench's.
    ts = _train_sites()
    items = [gold_item(d) for d in TINY] + [gold_item({
        "id": "t-5", "published": "2025-03-04",
        "text": "KYIV (Reuters) - Russian missiles struck Lviv on Monday, killing two people. "
                "Talks in Istanbul were postponed, Moscow said."})]
    docs, ex = ts.prepare(pipeline, items)
    whole_mentions = [len(pipeline.parse(i.text, id=i.id, published=i.published).mentions) for i in items]
    assert [len(ex[i.id]) for i in items] == whole_mentions
    for component in (Roles(pipeline.config), LearnedRoles(pipeline.config)):
        whole = pipeline.without()
        whole.replace("roles", component)
        cached = ts._coder(pipeline, docs, lambda _id, c=component: c)
        for item in items:
            article = Article(id=item.id, text=item.text, published=item.published)
            a, b = whole.parse(article), cached(article)
            assert [(e.location.name, e.sub_event_type, e.date, e.fatalities) for e in a.events] == \
                [(e.location.name, e.sub_event_type, e.date, e.fatalities) for e in b.events]
            assert a.roles == b.roles
        assert docs["t-5"].roles is None and docs["t-5"].events == []  # the cache is never written


def test_the_shipped_l2_and_offsets_were_chosen_by_cross_validation() -> None:
    ts = _train_sites()
    data = json.loads(SITE_MODEL.read_text(encoding="utf-8"))
    assert data["trained_on"]["l2"] in ts.L2S
    assert data["rule_bonus"] in ts.RULE_BONUSES and data["site_bonus"] in ts.SITE_BONUSES
    assert data["keep_bonus"] in ts.KEEP_BONUSES
    assert data["trained_on"]["items"] >= 1000  # the current corpus's train split, not an older one


# -- linear on any input ----------------------------------------------------------------------------
def test_100_kb_of_parentheses_quotes_and_relative_clauses_is_read_in_linear_time(learned: Pipeline) -> None:
    # Every enclosure opens and none closes: a feature that looked back for the opening would be
    # quadratic in the sentence.
    def text_of(n: int) -> str:
        return "Shelling hit " + " ".join(['(Kharkiv, which "Sumy, a town near Odesa'] * n) + "."

    text = text_of(2500)
    assert len(text) > 100_000
    doc = learned.parse(text, published="2025-03-04")
    assert len(doc.roles or []) == len(doc.mentions) >= 7_500
    # Doubling the input at most doubles the work (lines of mapper's code run, not seconds).
    assert growth(parsing(learned, text_of, published="2025-03-04"), 150) < GROWTH


def test_a_100_kb_list_of_places_is_coded_in_linear_time(learned: Pipeline) -> None:
    def text_of(n: int) -> str:
        return "Shelling hit " + ", ".join(["Kharkiv", "Sumy", "Kherson", "Odesa"] * n) + "."

    text = text_of(3300)
    assert len(text) > 100_000
    doc = learned.parse(text, published="2025-03-04")
    assert len(doc.roles or []) == len(doc.mentions) >= 10_000
    assert growth(parsing(learned, text_of, published="2025-03-04"), 200) < GROWTH


def test_cross_validation_takes_the_setting_nearest_the_rules_among_ties() -> None:
    # (key, phantom weight, rule_bonus, site_bonus, keep_bonus): within NOISE of the best key, the
    # largest rule_bonus, then keep_bonus, then the smallest |site_bonus|, then phantom weight 1.
    ts = _train_sites()
    best = (0.950, 1.0, 0.0, 0.5, 0.0)
    near = (0.950 - ts.NOISE / 2, 1.0, 2.0, -0.5, 1.0)
    nearer = (0.950 - ts.NOISE / 2, 2.0, 2.0, 0.0, 1.0)
    far = (0.950 - 2 * ts.NOISE, 1.0, 2.0, 0.0, 3.0)
    assert ts.choose([best, near, nearer, far]) == nearer
    assert ts.choose([best, far]) == best
    assert ts.choose([near, (near[0], 1.0, 2.0, -0.5, 3.0)])[4] == 3.0



# -- lists ------------------------------------------------------------------------------------------
PROVINCES = ("Afghan officials said Pakistani jets had bombed villages along the frontier in Kunar, "
             "Nangarhar, Paktika, Khost and Paktia{} and that 12 civilians had been killed.")


def test_a_list_of_provinces_the_rules_carried_along_one_act_stays_whole(rules: Pipeline,
                                                                         learned: Pipeline) -> None:
    # The model alone keeps the first two names and drops the rest of the list (further from the act).
    text = PROVINCES.format(" provinces,")
    expected = [("Pakistani", "actor"), ("Kunar", "event_site"), ("Nangarhar", "event_site"),
                ("Paktika", "event_site"), ("Khost", "event_site"), ("Paktia", "event_site")]
    assert _roles(rules, text) == _roles(learned, text) == expected


def test_a_list_with_no_plural_province_word_is_the_models(learned: Pipeline) -> None:
    # The near miss: without "provinces" the list is not restored (lists of towns in background and
    # strongholds are where the model is right to drop names): what the model says stands (session 39's
    # model keeps Paktika too; Paktia stayed dropped until session 51's model, which keeps the whole list).
    assert _roles(learned, PROVINCES.format(",")) == [
        ("Pakistani", "actor"), ("Kunar", "event_site"), ("Nangarhar", "event_site"),
        ("Paktika", "event_site"), ("Khost", "event_site"), ("Paktia", "event_site")]


def test_a_list_after_the_act_that_the_rules_did_not_carry_stays_context(learned: Pipeline) -> None:
    # The curfew's list is no site of the attack told before it.
    text = ("Militants attacked a police post in Tank on Monday night. The provincial government later "
            "extended a curfew to Tank, Lakki Marwat, Bannu and North Waziristan districts.")
    assert _roles(learned, text) == [("Tank", "event_site"), ("Tank", "context"), ("Lakki Marwat", "context"),
                                     ("Bannu", "context"), ("North Waziristan", "context")]


def test_keeping_lists_whole_is_linear(learned: Pipeline) -> None:
    # One list of thousands of names under one act, closed by "provinces": the list's end is found once,
    # from the right, and each name is read against the two before it.
    names = ["Kunar", "Nangarhar", "Paktika", "Khost", "Paktia", "Helmand", "Kandahar", "Zabul"]

    def text(n: int) -> str:
        return "Jets bombed villages in " + ", ".join(names[i % len(names)] for i in range(n)) + " provinces."
    assert growth(parsing(learned, text), 400) < GROWTH
    # The plural word reads at most three spaces after a name: 100 KB of blanks is no match.
    assert _PLURAL_AREAS.match(" " * 100_000 + "provinces") is None
    assert _PLURAL_AREAS.match("\t \nprovinces") is not None
