"""The normalize component's Title Case step (mapper/geoparse/truecase.py): a Title Case line in sentence
case, the same length, so the rules read it as they read ordinary headlines."""

from __future__ import annotations

import pytest

from mapper.gazetteer import Gazetteer
from mapper.geoparse.normalize import normalized
from mapper.geoparse.truecase import sentence_case
from mapper.pipeline import Pipeline


@pytest.fixture(scope="module")
def gaz(pipeline: Pipeline) -> Gazetteer:
    return pipeline.gazetteer


@pytest.mark.parametrize(("line", "expected"), [
    # function words, ordinary words and their inflections lowered; names kept
    ("Israeli Forces Detain 15 In Overnight Raids On Jenin",
     "Israeli forces detain 15 in overnight raids on Jenin"),
    ("Bandits Kill 5 In Tsafe, Deadliest Attack Since August",
     "Bandits kill 5 in Tsafe, deadliest attack since August"),
    # multi-word names kept whole, also before a possessive; "Off" is a word
    ("Houthi Drone Hits Ship In Red Sea Off Hodeidah", "Houthi drone hits ship in Red Sea off Hodeidah"),
    ("Clashes In South Sudan’s Upper Nile Leave 12 Dead",
     "Clashes in South Sudan’s Upper Nile leave 12 dead"),
    ("Israeli Troops Raid Homes In West Bank's Jenin", "Israeli troops raid homes in West Bank's Jenin"),
    # a group's name is kept ("Arakan Army"), a compass word alone is lowered ("From The North")
    ("Arakan Army Overruns Junta Base Near Ann", "Arakan Army overruns junta base near Ann"),
    ("Russian Assault Groups Advance On Avdiivka From The North",
     "Russian assault groups advance on Avdiivka from the North".replace("North", "north")),
    # compounds part by part, British spellings, irregular forms, "It" after "Says"
    ("Kaya: Army Says It Neutralised 30 Terrorists In Counter-Offensive",
     "Kaya: Army says it neutralised 30 terrorists in counter-offensive"),
    ("US Strikes On Houthi-Held Ras Isa Fuel Port Kill 38",
     "US strikes on Houthi-held Ras Isa fuel port kill 38"),
    # a small town's name that is also a word: the town after a locative preposition, else the word; a
    # city's: the city unless it is a headline verb or heads a noun phrase
    ("Heavy Fighting In Sake As M23 Pushes Toward Goma",
     "Heavy fighting in Sake as M23 pushes toward Goma"),
    ("Resistance Forces Seize Police Station In Kyaukme",
     "Resistance forces seize police station in Kyaukme"),
    ("Jets Strike Nabatieh, Tyre And Bint Jbeil", "Jets strike Nabatieh, Tyre and Bint Jbeil"),
    ("Russian Glide Bombs Hit Kupiansk", "Russian glide bombs hit Kupiansk"),
    # a province's name stays, but not as a word after a name
    ("Clashes In Jonglei And Unity Leave 20 Dead", "Clashes in Jonglei and Unity leave 20 dead"),
    ("M23 Rebels Seize Walikale Centre After Clashes", "M23 rebels seize Walikale centre after clashes"),
    # a country's name is never lowered; the first word after a colon or a bar keeps its capital
    ("Chad Army Kills 20 Boko Haram Fighters Near Lake Chad",
     "Chad army kills 20 Boko Haram fighters near Lake Chad"),
    ("Mali | Jihadists Attack Army Checkpoint In Nioro Du Sahel",
     "Mali | Jihadists attack army checkpoint in Nioro Du Sahel"),
    # the month is kept, the verb "march" before a preposition is lowered
    ("Lawyers March In Bamenda Against Killings", "Lawyers march in Bamenda against killings"),
    ("Gunmen Killed In March In Gao Buried", "Gunmen killed in March in Gao buried"),
])
def test_a_title_case_line_in_sentence_case(gaz: Gazetteer, line: str, expected: str) -> None:
    assert sentence_case(line, gaz) == expected
    assert len(expected) == len(line)


@pytest.mark.parametrize(("line", "expected"), [
    # a line in capitals: words lowered, names capitalised, the actor table's and common acronyms kept
    ("RUSSIAN STRIKES KILL 5 IN KHARKIV", "Russian strikes kill 5 in Kharkiv"),
    ("RSF SHELLING KILLS 12 IN EL FASHER, SUDAN", "RSF shelling kills 12 in El Fasher, Sudan"),
    ("SOUTH SUDAN: SSPDF AND SPLA-IO CLASH IN ULANG", "South Sudan: SSPDF and SPLA-IO clash in Ulang"),
    ("BREAKING: JETS STRIKE DEIR EZ-ZOR AS US URGES RESTRAINT",
     "Breaking: Jets strike Deir Ez-Zor as US urges restraint"),  # (after a colon: a capital)
    ("GUNMEN KILL 7 IN ZAMFARA'S MARU", "Gunmen kill 7 in Zamfara's Maru"),
])
def test_a_line_in_capitals_in_sentence_case(gaz: Gazetteer, line: str, expected: str) -> None:
    assert sentence_case(line, gaz) == expected


@pytest.mark.parametrize("text", [
    "Airstrikes hit Deir ez-Zor on Saturday.",
    "KYIV (Reuters) - Russian missiles hit Kharkiv on Monday.",  # a dateline in capitals, no headline
    "Arakan Army seizes Taungup, Rakhine",  # a sentence-case headline full of names
    "Giants Brigades, Houthis clash in Hays",
    "RSF Shells El Fasher",  # too few long words to tell
    "Fighting In Sake " * 30,  # one line, but longer than a headline
])
def test_other_texts_are_left_alone(gaz: Gazetteer, text: str) -> None:
    assert sentence_case(text, gaz) is None
    assert normalized(text, gaz) is None


def test_only_the_title_case_line_of_an_article_changes(gaz: Gazetteer) -> None:
    text = ("Russian Strikes Kill Three In Kharkiv\n\nKYIV, March 3 (Reuters) - Russian missiles hit Kharkiv "
            "On Monday, the governor said.")
    view = normalized(text, gaz)
    assert view == text.replace("Strikes Kill Three In", "strikes kill three in")


@pytest.mark.parametrize(("title", "plain"), [
    ("Israeli Forces Detain 15 In Overnight Raids On Jenin",
     "Israeli forces detain 15 in overnight raids on Jenin"),
    ("Jets Strike Nabatieh, Tyre And Bint Jbeil", "Jets strike Nabatieh, Tyre and Bint Jbeil"),
    ("Al-Shabaab Takes Over Adan Yabaal Unopposed After Army Withdrawal",
     "Al-Shabaab takes over Adan Yabaal unopposed after army withdrawal"),
    ("Government Forces Repel Houthi Assault On Marib Front",
     "Government forces repel Houthi assault on Marib front"),
    ("Burkina Army Drone Strike Kills Dozens At Diapaga Market",
     "Burkina army drone strike kills dozens at Diapaga market"),
])
def test_a_title_case_headline_codes_what_its_sentence_case_does(pipeline: Pipeline, title: str,
                                                                  plain: str) -> None:
    def coded(text: str) -> list[tuple]:
        doc = pipeline.parse(text, published="2025-03-02")
        return [(e.sub_event_type, e.location.name, e.actor1.name if e.actor1 else None, e.fatalities)
                for e in doc.events]
    assert coded(title) == coded(plain) == coded(title.upper()) != []


def test_mentions_and_excerpts_keep_the_articles_letters(pipeline: Pipeline) -> None:
    text = "Israeli Jets Strike Nabatieh, Tyre And Bint Jbeil"
    doc = pipeline.parse(text, published="2025-03-02")
    assert doc.normalized == "Israeli jets strike Nabatieh, Tyre and Bint Jbeil"
    assert doc.text == doc.normalized
    assert [m.text for m in doc.mentions] == ["Israeli", "Nabatieh", "Tyre", "Bint Jbeil"]
    assert {x.text for e in doc.events for x in e.excerpts} == {text}
    assert [e.location.name for e in doc.events] == ["Nabatîyé et Tahta", "Tyre", "Bent Jbaïl"]


def test_sentence_case_finishes_on_100_kb(gaz: Gazetteer) -> None:
    line = "Bosnia And Herzegovina Red Sea West Bank Port-Au-Prince Kills In March On Police\n"
    hostile = line * (100_000 // len(line) + 1)
    view = sentence_case(hostile, gaz)
    assert view is not None and len(view) == len(hostile)
    assert view.startswith("Bosnia And Herzegovina Red Sea West Bank Port-Au-Prince kills in March on "
                           "Police\n")  # (a city's own name at the end of a line)
    one = "Attack " * 15_000  # one line of 105 KB: no headline
    assert sentence_case(one, gaz) is None
    dashes = "Strike" + " -" * 50_000 + " Kills In Gao"
    assert sentence_case(dashes, gaz) is None  # too long for a headline line
    caps = "RSF SHELLS EL FASHER AND KILLS 12 IN ZAMZAM\n" * 2_500
    assert sentence_case(caps, gaz) == "RSF shells El Fasher and kills 12 in Zamzam\n" * 2_500
