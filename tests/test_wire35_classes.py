"""Classes of wire phrasing found among the BLIND files' train misses of full articles in session 29
(branch wire35, gold file long34.jsonl): a place of speaking that opens its sentence with a where-clause
set off by commas ("Speaking in Oslo, where he met the prime minister on Tuesday, the president said the
attacks showed ...", "In Port Sudan, where the government has been based since 2023, the minister told
reporters ..."). The where-clause ran on past its closing comma into the speaker's words, so an act told
back there ("the attacks", "the strikes") was coded as a new act at the place of speaking and the
statement was lost; an opening "In X, where ...," was not read as the place of speaking at all; and the
day such a where-clause names for the speaker ("where he met the prime minister on Tuesday") or the day
after it ("Speaking in Aden, where the government is based, on Wednesday") did not date the statement.
Every sentence is our own.
"""

from __future__ import annotations

import pytest

from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing

PUBLISHED = "2025-07-07"  # a Monday


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline.parse(Article(id="t", text=text, published=PUBLISHED))
    return sorted((e.location.name, e.sub_event_type) for e in doc.events)


@pytest.mark.parametrize(("text", "events"), [
    ("Gunmen shot dead four traders in Garissa on Saturday.\n\nSpeaking in Nairobi, where he met county "
     "governors on Monday, Interior Minister Kipchumba Murkomen said the killings showed that the border "
     "was too porous.",
     [("Garissa", "Attack"), ("Nairobi", "Statement")]),
    ("Drones hit a fuel depot in Kosti on Sunday, killing two guards.\n\nSpeaking in Port Sudan, where the "
     "cabinet held an emergency session on Monday, the information minister said the strikes were an "
     "attack on the economy.",
     [("Kosti", "Air/drone strike"), ("Port Sudan", "Statement")]),
    ("Shells hit a hospital in Kherson on Sunday, killing two nurses.\n\nSpeaking in Vilnius, where he "
     "attended a meeting of defence ministers, the minister said the shelling proved that nothing had "
     "changed.",
     [("Kherson", "Shelling/artillery/missile attack"), ("Vilnius", "Statement")]),
])
def test_a_where_aside_after_a_speaking_place_closes_at_its_comma(pipeline: Pipeline, text: str,
                                                                  events: list[tuple[str, str]]) -> None:
    assert _events(pipeline, text) == events


@pytest.mark.parametrize(("text", "place"), [
    ("Troops moved in.\n\nIn Mogadishu, where the federal government has been based since 2012, the "
     "security minister told reporters on Sunday that the army would not withdraw.", "Mogadishu"),
    ("Troops moved in.\n\nIn Port Sudan, where the army-aligned government has been based since 2023, the "
     "foreign minister told reporters on Sunday that there would be no talks.", "Port Sudan"),
])
def test_an_opening_place_with_a_where_aside_is_the_place_of_speaking(pipeline: Pipeline, text: str,
                                                                       place: str) -> None:
    assert [name for name, sub in _events(pipeline, text) if sub == "Statement"] == [place]


def test_an_act_inside_the_aside_keeps_the_place(pipeline: Pipeline) -> None:
    # Control: the act the where-clause itself tells, before its comma, happened at the place.
    text = ("Speaking in Goma, where rebels shelled a displacement camp on Sunday, the governor said "
            "the province needed more troops.")
    assert ("Goma", "Shelling/artillery/missile attack") in _events(pipeline, text)


def test_a_where_clause_in_mid_sentence_keeps_its_act(pipeline: Pipeline) -> None:
    # Control: a where-clause after a place that does not open the sentence is left as it was.
    text = ("Troops moved towards Dori, where army helicopters struck a rebel column on Sunday, killing 12 "
            "fighters.")
    assert ("Dori", "Air/drone strike") in _events(pipeline, text)


def _statements(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline.parse(Article(id="t", text=text, published=PUBLISHED))
    return [(e.location.name, str(e.date)) for e in doc.events if e.sub_event_type == "Statement"]


@pytest.mark.parametrize(("text", "statement"), [
    ("Gunmen killed four herders near Garissa on Friday.\n\nSpeaking in Nairobi, where he met county "
     "governors on Saturday, Interior Minister Kipchumba Murkomen said the killings showed that the border "
     "was porous.", ("Nairobi", "2025-07-05")),
    ("Troops moved in.\n\nSpeaking in Kampala, where she attended a regional summit on Friday, the foreign "
     "minister said the talks on the border had failed.", ("Kampala", "2025-07-04")),
    ("Troops moved in.\n\nSpeaking in Mogadishu, where the federal government has been based since 2012, "
     "on Sunday, the security minister said the army would not withdraw.", ("Mogadishu", "2025-07-06")),
])
def test_a_where_aside_of_the_speaker_dates_the_saying(pipeline: Pipeline, text: str,
                                                       statement: tuple[str, str]) -> None:
    assert _statements(pipeline, text) == [statement]


def test_a_day_of_what_the_place_went_through_does_not_date_the_saying(pipeline: Pipeline) -> None:
    # Control: a where-clause about the place, not the speaker, dates its own act, not the speaking.
    text = ("Troops moved in.\n\nSpeaking in Goma, where the rebels set up an administration on Friday, the "
            "governor said the province needed more troops.")
    assert _statements(pipeline, text) == [("Goma", "2025-07-07")]


def test_where_asides_stay_linear(pipeline: Pipeline) -> None:
    def text_of(n: int) -> str:
        return " ".join("Speaking in Nairobi, where he met the governors of many counties on Monday, the "
                        "minister said the attacks showed that the border was porous." for _ in range(n))
    assert growth(parsing(pipeline, text_of, PUBLISHED), 400) < GROWTH
