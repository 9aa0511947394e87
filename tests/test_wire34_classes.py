"""Classes of wire phrasing found among the BLIND files' train misses of full articles in session 28
(branch wire34, gold file long33.jsonl): a statement whose speaking phrase names its day with a long
subject before the verb ("Speaking in Jakarta on Thursday, Coordinating Minister for Political and
Security Affairs Budi Gunawan said ..."): the day is the saying's, however far the verb (it was dated to
the publication day, as a statement takes a date only from beside its verb); and speaking phrases with
an audience, a medium or the place's apposition between the verb and the day ("speaking to state media in
Naypyitaw on Wednesday", "said in a statement issued in Addis Abeba on Tuesday", "Speaking to journalists
in Pemba, the provincial capital, on Wednesday", "speaking in Kinshasa late on Thursday"), which the
saying's phrase did not reach. Every sentence is our own.
"""

from __future__ import annotations

import pytest

from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing

PUBLISHED = "2025-07-07"  # a Monday


def _statements(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline.parse(Article(id="t", text=text, published=PUBLISHED))
    return [(e.location.name, str(e.date)) for e in doc.events if e.sub_event_type == "Statement"]


@pytest.mark.parametrize(("text", "statement"), [
    ("Police said the road had reopened.\n\nSpeaking in Nairobi on Saturday after a meeting with county "
     "commissioners from the north, Interior Minister Kipchumba Murkomen said the government would "
     "send more police reservists to the border.",
     ("Nairobi", "2025-07-05")),
    ("Fighting went on overnight.\n\nSpeaking in Bamako on Friday, the Minister of Territorial "
     "Administration and Decentralisation Abdoulaye Maiga said the vote would go ahead.",
     ("Bamako", "2025-07-04")),
    ("Troops were searching the hills. Speaking in Islamabad on Sunday after chairing a meeting of the "
     "provincial police chiefs, Interior Minister Mohsin Naqvi said the government would not bow to "
     "terrorists.",
     ("Islamabad", "2025-07-06")),
    ("The governor, speaking in Maiduguri on Saturday after visiting the wounded in two hospitals and a "
     "camp for displaced families, condemned the killings as barbaric.",
     ("Maiduguri", "2025-07-05")),
])
def test_a_speaking_phrase_dates_its_statement_past_a_long_subject(pipeline: Pipeline, text: str,
                                                                    statement: tuple[str, str]) -> None:
    assert _statements(pipeline, text) == [statement]


@pytest.mark.parametrize(("text", "statement"), [
    ("Troops moved in. The army's spokesman, Brigadier General Zaw Win, speaking to state media in "
     "Mandalay on Saturday, said the air force had struck a rebel camp.",
     ("Mandalay", "2025-07-05")),
    ("Troops moved in. The rights commission said in a statement issued in Addis Ababa on Friday that it "
     "was alarmed by reports of civilian deaths in the region.",
     ("Addis Ababa", "2025-07-04")),
    ("Troops moved in. Speaking to journalists in Kisumu, the county capital, on Saturday, the regional "
     "police commander, Ali Nuno, said the curfew would stay.",
     ("Kisumu", "2025-07-05")),
    ("Troops moved in. The president, speaking in Kampala late on Saturday, called the bombing cowardly.",
     ("Kampala", "2025-07-05")),
])
def test_an_audience_medium_or_apposition_before_the_day(pipeline: Pipeline, text: str,
                                                          statement: tuple[str, str]) -> None:
    assert _statements(pipeline, text) == [statement]


def test_a_short_subject_keeps_its_day(pipeline: Pipeline) -> None:
    # Control: the case the distance already allowed.
    text = "Speaking in Nairobi on Saturday, the minister said more police would be sent to the border."
    assert _statements(pipeline, text) == [("Nairobi", "2025-07-05")]


def test_a_day_of_the_reported_act_does_not_date_the_saying(pipeline: Pipeline) -> None:
    # Control: the day after the verb belongs to the act the statement reports, not to the speaking,
    # which has no day of its own (the publication day).
    text = ("Speaking in Nairobi, Interior Minister for National Administration Kipchumba Murkomen said "
            "gunmen had killed five herders near Garissa on Saturday.")
    doc = pipeline.parse(Article(id="t", text=text, published=PUBLISHED))
    got = sorted((e.location.name, e.sub_event_type, str(e.date)) for e in doc.events)
    assert ("Nairobi", "Statement", "2025-07-07") in got
    assert ("Garissa", "Attack", "2025-07-05") in got


def test_a_day_in_a_relative_clause_after_the_place_is_not_the_saying(pipeline: Pipeline) -> None:
    # Control: "which the rebels seized on Friday" dates what the place went through.
    text = ("Speaking in Goma, which the rebels seized on Friday, the movement's spokesman for political "
            "affairs and external relations Lawrence Kanyuka said the group would set up an administration.")
    assert _statements(pipeline, text) == [("Goma", "2025-07-07")]


def test_speaking_days_stay_linear(pipeline: Pipeline) -> None:
    def text_of(n: int) -> str:
        return " ".join("Speaking in Nairobi on Saturday after a long meeting with many officials of the "
                        "county governments, the minister said more police would come." for _ in range(n))
    assert growth(parsing(pipeline, text_of, PUBLISHED), 400) < GROWTH
