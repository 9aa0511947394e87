"""Who the described perpetrator is (issue 14 item 7, round 12): a story's one named armed group is who
"the jihadists" or "Jihadist fighters" it tells of are (an affiliate over its transnational parent: "al Qaeda
affiliate JNIM"), unless it names two; rebels "backed by the Islamic State group" or "Islamic State-backed"
are the affiliate of the country (the actor table's `affiliates`: the ADF in Congo); "Fighters of the
<a group the table lacks>" are that group as written; a country named before "said ... its strikes" is the
subject; a hedge in a by-phrase ("An attack by suspected JNIM militants") keeps the agent."""

from __future__ import annotations

import pytest

from mapper.events import actors
from mapper.events.actors import story_group
from mapper.model import Actor, Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing, rescans


def _actors(pipeline: Pipeline, text: str, published: str = "2025-06-03") -> list[tuple[str, str | None]]:
    doc = pipeline.parse(Article("t", text, published=published))
    return [(e.location.name, e.actor1.name if e.actor1 else None) for e in doc.events]


@pytest.mark.parametrize(("text", "group"), [
    ("Jihadists attacked Boulkessi. JNIM later claimed it.", "JNIM"),
    ("Militants stormed a base. The al Qaeda affiliate JNIM said its fighters took weapons.", "JNIM"),
    ("Fighters of the Islamic State West Africa Province, which split from Boko Haram, raided Marte.", None),
    ("Troops killed 12 insurgents near Bama.", None),
    ("The Houthis said the UN envoy had met them.", "Houthis"),  # the UN is no armed group
    ("PORT-AU-PRINCE (AP) — Gangs attacked Kenscoff.", None),  # inside a hyphenated word
    # a group and the name it goes by locally (the table's "called_locally"): the group
    ("Insurgents torched homes near Macomia. The group, which calls itself Islamic State Mozambique Province "
     "and is known locally as al-Shabab, has not claimed the attack.", "Islamic State Mozambique"),
])
def test_the_story_group_is_the_one_named_armed_group(text: str, group: str | None) -> None:
    found = story_group(text)
    assert (found.name if found else None) == group


@pytest.mark.parametrize(("text", "expected"), [
    ("Jihadist fighters attacked an army base in Boulkessi on Sunday, killing dozens of soldiers. JNIM later "
     "said its fighters had seized weapons.", [("Boulkessi", "JNIM")]),
    # Two groups named: "the jihadists" stay as described.
    ("Jihadists attacked an army base in Boulkessi on Sunday, killing dozens of soldiers. Residents said "
     "JNIM and Islamic State Sahel fighters operate in the area.", [("Boulkessi", "jihadists")]),
    # A group of its own description ("Tuareg rebels") is not the story's group.
    ("Tuareg rebels attacked an army post near Kidal on Sunday. JNIM also operates in the area.",
     [("Kidal", "Tuareg rebels")]),
])
def test_described_perpetrators_are_the_story_group(pipeline: Pipeline, text: str,
                                                     expected: list[tuple[str, str | None]]) -> None:
    assert _actors(pipeline, text) == expected


def _sides(pipeline: Pipeline, text: str,
           published: str = "2025-06-03") -> list[tuple[str, str | None, str | None]]:
    doc = pipeline.parse(Article("t", text, published=published))
    return [(e.location.name, e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
            for e in doc.events]


@pytest.mark.parametrize(("text", "expected"), [
    # The other side described as members ("militants", "fighters", "insurgents") is the story's one group,
    # named in a later paragraph by its claim or its history.
    ("GAROWE, Somalia (Reuters) - Puntland forces killed 14 militants in fighting near Bosaso on Tuesday, "
     "the regional government said.\n\nAl-Shabaab said in a statement that its fighters had repelled the "
     "attack.", [("Bosaso", "Puntland forces", "al-Shabaab")]),
    ("OUAGADOUGOU (AFP) - An army drone struck a gathering of fighters near Titao on Sunday, killing about "
     "20, the state broadcaster said.\n\nJNIM has blockaded the town for two years.",
     [("Titao", "Burkinabe forces", "JNIM")]),
    # "fighters of" a group the table lacks are that group's, not the story's: by its own name (session 31,
    # as the agent's are; was "fighters").
    ("BANGUI (AFP) - Soldiers clashed with fighters of the Zandé Ani Kpi Gbé militia near Obo on Monday, a "
     "local official said.\n\nThe UPC armed group also operates in the region.",
     [("Obo", "Central African forces", "Zandé Ani Kpi Gbé")]),
])
def test_described_targets_are_the_story_group(pipeline: Pipeline, text: str,
                                               expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _sides(pipeline, text) == expected


def test_fighters_of_a_group_reads_a_bounded_window_of_100_kb() -> None:
    from mapper.events import coder
    text = "fighters " * 12_000
    assert not coder._of_a_group(text, 0, "fighters")
    assert coder._of_a_group(text + "fighters of the X", len(text) - 10, "fighters")


@pytest.mark.parametrize("text", [
    "Rebels backed by the Islamic State group killed 12 villagers near Beni on Friday, local officials said.",
    "Islamic State-backed rebels killed 12 villagers near Beni on Friday, local officials said.",
])
def test_rebels_backed_by_a_transnational_group_are_its_affiliate(pipeline: Pipeline, text: str) -> None:
    assert _actors(pipeline, text) == [("Beni", "ADF")]


def test_fighters_of_an_unknown_group_are_that_group(pipeline: Pipeline) -> None:
    got = _actors(pipeline, "Fighters of the Comandos de la Frontera killed three farmers in Puerto Asis on "
                  "Saturday, the ombudsman's office said.")
    assert got == [("Puerto Asís", "Comandos de la Frontera")]


def test_militants_of_a_district_are_not_a_group(pipeline: Pipeline) -> None:
    got = _actors(pipeline, "Militants of the North Waziristan district attacked a checkpoint in Miranshah "
                  "on Monday.")
    assert [a for _, a in got] == ["militants"]


@pytest.mark.parametrize(("text", "expected"), [
    ("An ambush by suspected ISWAP fighters on a military convoy near Damboa killed nine soldiers on Sunday.",
     [("Damboa", "ISWAP")]),
    ("An attack by alleged RSF fighters on a market near Tawila killed seven people on Monday.",
     [("Tawila", "Rapid Support Forces")]),
])
def test_a_hedged_by_phrase_is_the_agent(pipeline: Pipeline, text: str,
                                         expected: list[tuple[str, str | None]]) -> None:
    assert _actors(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("India said its strikes hit nine sites in Pakistan, including Bahawalpur and Muridke, on Wednesday.",
     [("Bahawalpur", "Indian forces"), ("Muridke", "Indian forces")]),
    ("Israel said its jets struck Hezbollah rocket launchers near Tyre on Tuesday.",
     [("Tyre", "Israeli forces")]),
])
def test_a_country_that_said_its_weapons_struck_is_the_agent(pipeline: Pipeline, text: str,
                                                             expected: list[tuple[str, str | None]]) -> None:
    assert _actors(pipeline, text, "2025-05-07") == expected


def test_story_group_keeps_the_country_of_the_group() -> None:
    assert story_group("ISWAP fighters raided a base.") == Actor("ISWAP", "NG")


def test_group_patterns_are_linear_on_100_kb(pipeline: Pipeline) -> None:
    for pattern in (actors._BACKED_BY, actors._NAMED_GROUP, actors._AREA_AFTER, actors._BY,
                    actors._COUNTRY_SUBJECT):
        assert rescans(pattern) == [], pattern.pattern
    units = ["Fighters of the ", "Comandos de la de ", "Frontera ", "backed by the ", "Islamic State ",
             "rebels ", "by suspected ", "JNIM ", "India said ", "its strikes ", "Jihadists ", "district "]

    def text_of(n: int) -> str:
        return "Militants hit Baidoa. " + "".join(units[i % len(units)] for i in range(n)) + "in Kismayo."
    assert len(text_of(9000)) > 100_000
    assert growth(parsing(pipeline, text_of), 4500) < GROWTH
    # A story of many group names: one pass.
    names = "JNIM fighters and Boko Haram and ISWAP and M23 " * 3000
    assert len(names) > 100_000
    assert growth(lambda n: lambda: story_group(names[: n * 40]), 1300) < GROWTH


@pytest.mark.parametrize(("text", "expected"), [
    # The trigger ("grenades") is far from the subject that refers back ("they").
    ("The Pakistani Taliban threatened on Monday to target police in Khyber Pakhtunkhwa. Hours later, they "
     "attacked a police post in Lakki Marwat with grenades, killing two officers.", [("Lakki", "TTP")]),
])
def test_a_sentence_opening_with_they_refers_back(pipeline: Pipeline, text: str,
                                                  expected: list[tuple[str, str | None]]) -> None:
    assert _actors(pipeline, text, "2025-06-03") == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Hours later, they attacked a post.", True),
    ("On Tuesday, the group's fighters stormed a base.", True),
    ("The group also stormed a camp.", True),
    ("They said the talks would resume.", False),  # no act
    ("Hours later, soldiers attacked a post.", False),
])
def test_leads_back(sentence: str, expected: bool) -> None:
    assert actors.leads_back(sentence) is expected


def test_leads_back_is_linear_on_100_kb() -> None:
    assert rescans(actors._LEADS_BACK) == []
    for unit in ("Hours later, they ", "they also then ", "a" * 50, ", ,"):
        text = unit * (100_000 // len(unit) + 1)
        assert growth(lambda n, t=text: lambda: actors.leads_back(t[: n * 1000]), 50) < GROWTH


@pytest.mark.parametrize(("text", "expected"), [
    ("Drones launched from Russia's Kursk region struck a power substation in Sumy on Monday.",
     [("Sumy", "Russian forces")]),
    ("Missiles fired from Iran struck the Haifa refinery on Sunday.", [("Haifa", "Iranian forces")]),
])
def test_the_country_a_weapon_was_fired_from_is_the_agent(pipeline: Pipeline, text: str,
                                                          expected: list[tuple[str, str | None]]) -> None:
    assert _actors(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Culiacan under siege: cartel gunmen battle troops", [("Culiacán", "cartel gunmen")]),
    ("Kenscoff: gang attack kills five", [("Kenscoff", "gangs")]),
    ("Cartel drone attack kills two soldiers in Aguililla", [("Aguililla", "cartel gunmen")]),
])
def test_criminal_groups_by_their_kind(pipeline: Pipeline, text: str,
                                       expected: list[tuple[str, str | None]]) -> None:
    assert _actors(pipeline, text) == expected


def test_launch_pattern_is_linear_on_100_kb(pipeline: Pipeline) -> None:
    assert rescans(actors._COUNTRY_LAUNCH) == []
    units = ["launched from ", "fired from the ", "Russia ", "territory of ", "launched  from  Iran "]

    def text_of(n: int) -> str:
        return "Drones hit Kherson " + "".join(units[i % len(units)] for i in range(n)) + "in Odesa."
    assert len(text_of(9000)) > 100_000
    assert growth(parsing(pipeline, text_of), 4500) < GROWTH


@pytest.mark.parametrize(("text", "expected"), [
    # "Paramilitary shelling" is the paramilitary group the story names, in a later sentence.
    ("Paramilitary shelling of a market in Kadugli killed seven people on Friday, medics said. The Rapid "
     "Support Forces have encircled the city since June.", [("Kadugli", "Rapid Support Forces")]),
    # "The militia" is the one militia the story names.
    ("Officials blamed the White Army for an attack on a barge near Malakal on Monday. The militia also "
     "attacked an army post in Ulang on Tuesday, killing four soldiers.",
     [("Malakal", "White Army"), ("Ulang", "White Army")]),
    # The group's arson: "the same militants torched".
    ("Fighters of Islamic State Sahel Province attacked a village near Tillaberi on Friday, killing nine "
     "civilians. Hours later the same militants torched the market in Ayorou.",
     [("Tillabéri", "Islamic State Sahel"), ("Ayorou", "Islamic State Sahel")]),
    # Not a story told apart ("Separately, ...") when it is property destroyed.
    ("A bomb killed two soldiers near Garissa on Monday; police blamed al-Shabaab. Separately, suspected "
     "militants burned a school in Dadaab overnight.", [("Garissa", "al-Shabaab"), ("Dadaab", "militants")]),
])
def test_described_militia_paramilitaries_and_arson(pipeline: Pipeline, text: str,
                                                    expected: list[tuple[str, str | None]]) -> None:
    assert _actors(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An unnamed drone in a story of two states' strikes: the state the story has striking this country,
    # not the one named last (whose drones hit the other country).
    ("Russian drones struck Sumy overnight, killing two people, the governor said. Ukrainian drones hit an "
     "oil depot in Bryansk, Russian officials said. A drone also hit a car in Okhtyrka, wounding a man.",
     [("Sumy", "Russian forces"), ("Bryansk", "Ukrainian forces"), ("Okhtyrka", "Russian forces")]),
    # One state's strikes in its own civil war are still carried: no other state strikes the country.
    ("Sudanese army warplanes bombed Nyala on Monday, killing six people. A drone strike also hit Kutum "
     "on Monday, medics said.", [("Nyala", "Sudanese forces"), ("Kutum", "Sudanese forces")]),
])
def test_an_unnamed_strike_takes_the_side_that_strikes_this_country(
        pipeline: Pipeline, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _actors(pipeline, text) == expected


@pytest.mark.parametrize(("text", "group"), [
    # the pro-government militia the jihadists killed and the rebels the army struck are no jihadist group
    ("Jihadists overran a base in Titao. The VDP militia lost 20 men. JNIM later claimed it.", "JNIM"),
    ("Jihadists attacked Gao. The army also struck FLA rebels near Kidal; JNIM claimed the raid.", "JNIM"),
    # two jihadist groups: neither
    ("Jihadists attacked Menaka. JNIM and Islamic State Sahel fighters both operate there, as does the VDP.",
     None),
])
def test_the_story_jihadist_group_is_the_one_named_jihadist_group(text: str, group: str | None) -> None:
    assert story_group(text) is None  # two armed groups named: no group for a plain description
    found = story_group(text, jihadist=True)
    assert (found.name if found else None) == group


@pytest.mark.parametrize(("text", "expected"), [
    # "Jihadists" beside a pro-government militia the story also names
    ("Jihadists attacked an army post in Titao on Sunday, killing 15 soldiers and members of the VDP "
     "militia. The al Qaeda-affiliated JNIM said its fighters had seized weapons.", [("Titao", "JNIM")]),
    # ... and beside rebels the army struck elsewhere the same day
    ("Jihadists attacked an army camp in Boulkessi on Sunday, killing 20 soldiers. In the north, army drones "
     "struck FLA rebels near Kidal. JNIM later claimed the Boulkessi attack.",
     [("Boulkessi", "JNIM"), ("Kidal", "Malian forces")]),
    # Plain "militants" beside a militia are not made jihadists of the one jihadist group
    ("Militants attacked an army post in Titao on Sunday, killing 15 soldiers. The VDP militia and JNIM "
     "both operate in the area.", [("Titao", "militants")]),
])
def test_described_jihadists_are_the_story_jihadist_group(pipeline: Pipeline, text: str,
                                                          expected: list[tuple[str, str | None]]) -> None:
    assert _actors(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the headline describes, the body names the group for the same act: the group
    ("Insurgents raid army base near Monguno\n\nISWAP fighters attacked an army base near Monguno on Friday, "
     "killing seven soldiers, military sources said.", [("Monguno", "ISWAP")]),
    ("Rebels storm Bunia prison\n\nCODECO militiamen stormed the central prison in Bunia on Thursday, "
     "freeing dozens of inmates, officials said.", [("Bunia", "CODECO")]),
    # a body that only describes them too keeps the description
    ("Insurgents raid army base near Monguno\n\nThe insurgents attacked an army base near Monguno on Friday, "
     "killing seven soldiers, military sources said.", [("Monguno", "insurgents")]),
])
def test_a_later_sentence_names_the_described_group(pipeline: Pipeline, text: str,
                                                    expected: list[tuple[str, str | None]]) -> None:
    assert _actors(pipeline, text) == expected
