"""Full articles (long16): an act of last week, told in a later paragraph, is background, not news.

Every sentence here is our own, and none is a gold item. Wire stories recall the days before the report
("Last week, militants killed a village headman near X", "dismantled a rocket launcher found near X last
week", "told parliament last week"); the corpus codes no event in such a sentence (about 25 items), as
it codes none for an earlier month. A clause dated "last week" is now background
(mapper/events/clauses.py) unless its sentence also tells a day of the report, which the week's date
may have been given to in place of the act's own ("buried three men killed in last week's raid, as
troops stormed X on Thursday"). "Earlier this week" and "over the past week" stay the report's days.
"""

from __future__ import annotations

from mapper.pipeline import Pipeline

PUBLISHED = "2026-02-25"  # a Wednesday
LEAD = "Gunmen killed four traders in Gao on Tuesday, officials said.\n\n"


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return [(e.location.name, e.date) for e in doc.events]


def test_a_weapon_found_last_week_is_background(pipeline: Pipeline) -> None:
    text = LEAD + ("The army said it had deployed more troops to the region and dismantled a rocket launcher "
                   "found near Ansongo last week.")
    assert _events(pipeline, text) == [("Gao", "2026-02-24")]


def test_last_week_beside_an_earlier_month_is_background(pipeline: Pipeline) -> None:
    text = LEAD + ("Last week, militants killed a village chief near Ansongo, and in January they torched "
                   "trucks in Menaka.")
    assert _events(pipeline, text) == [("Gao", "2026-02-24")]


def test_a_statement_last_week_at_a_named_place_is_background(pipeline: Pipeline) -> None:
    text = LEAD + "In Bamako, the defence minister told parliament last week that the army was winning."
    assert _events(pipeline, text) == [("Gao", "2026-02-24")]


def test_earlier_this_week_is_the_news(pipeline: Pipeline) -> None:
    text = LEAD + "Earlier this week, militants burned a school near Ansongo and killed its guard."
    assert [name for name, _ in _events(pipeline, text)] == ["Gao", "Ansongo"]


def test_a_day_of_the_report_beside_last_week_keeps_its_act(pipeline: Pipeline) -> None:
    text = LEAD + ("Mourners in Gao buried three men killed in last week's raid, as soldiers stormed the "
                   "town of Ansongo on Monday, arresting eight people.")
    assert "Ansongo" in [name for name, _ in _events(pipeline, text)]


def test_last_week_in_a_time_clause_after_the_act_dates_that_clause(pipeline: Pipeline) -> None:
    text = LEAD + "Police arrested 12 people in Kidal after an attack on a convoy near Ansongo last week."
    assert [name for name, _ in _events(pipeline, text)] == ["Gao", "Kidal"]


# -- a wire's first sentence is no headline; a source named as people tells no act ---------------------

def test_last_week_in_a_wires_first_sentence_is_background(pipeline: Pipeline) -> None:
    text = ("MOGADISHU (Reuters) - Clan militias and al-Shabaab fighters fought for control of villages near "
            "Beledweyne last week, elders said. On Tuesday, the militants killed four traders near Jowhar, "
            "police said.")
    assert [name for name, _ in _events(pipeline, text)] == ["Jawhar"]


def test_a_headline_dated_last_week_still_reports_its_act(pipeline: Pipeline) -> None:
    text = "Clan militias fought al-Shabaab near Beledweyne last week, elders say"
    assert [name for name, _ in _events(pipeline, text)] == ["Beledweyne"]


def test_vigilantes_who_speak_are_a_source_and_take_no_date(pipeline: Pipeline) -> None:
    # "vigilantes" named the mob of a lynching; here they only speak, and the week's date is the fight's.
    text = LEAD + ("Rival militias fought for control of islands near Ansongo last week, local vigilantes "
                   "said.")
    assert _events(pipeline, text) == [("Gao", "2026-02-24")]
