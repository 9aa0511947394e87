"""Session 44 round 2, helper tolls54: tolls for the classes that training/events/tolls53.jsonl carries.
Every sentence is our own.

- a lead's total of several sites, given to the first site (the coder's convention for one figure of a
  list), is replaced by a later sentence's share of it for that site when the later sentence splits the
  total by site ("attacked Bunia and Beni on Monday, killing 19 ... Eleven of the dead were in Bunia and
  eight in Beni": `_Incident.shared` in coder.py); the near misses: a later sentence that says who the
  dead were, not where (the total stays), and a later split whose shares add up to more than the total
  (another count, not a split: the larger figure stays, as before).
"""

from __future__ import annotations

from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing, populous_names


def coded(pipeline: Pipeline, text: str, published: str = "2025-12-10") -> dict[str, int | None]:
    doc = pipeline.parse(Article("tolls54", text, published=published))
    return {e.location.name: e.fatalities for e in doc.events}


# -- a lead's total split in the next sentence ----

SPLITS = [
    ("KYIV (Reuters) - Russian drones struck Kharkiv and Poltava overnight, killing eight people, officials "
     "said. Five died in Kharkiv and three in Poltava, the regional governors said.",
     {"Kharkiv": 5, "Poltava": 3}),
    ("BAMAKO (Reuters) - Jihadists attacked army posts in Segou and San on Saturday, killing ten "
     "soldiers. Six of the soldiers were killed in Segou and four in San, officials said.",
     {"Ségou": 6, "San": 4}),
]


def test_a_lead_total_split_in_the_next_sentence(unfiltered: Pipeline) -> None:
    for text, want in SPLITS:
        got = coded(unfiltered, text)
        assert {k: got.get(k) for k in want} == want, text


def test_who_the_dead_were_keeps_the_total(unfiltered: Pipeline) -> None:
    # the near miss: the next sentence counts a subset of the dead at the one site, not a split by site
    text = ("KYIV (Reuters) - A Russian missile struck a market in Nikopol on Monday, killing 12 people, "
            "officials said. Six of them were women, the regional governor said.")
    assert coded(unfiltered, text)["Nikopol"] == 12


def test_shares_beyond_the_total_are_no_split(unfiltered: Pipeline) -> None:
    # the near miss: the later figures add up to more than the lead's, so they are not its shares (the
    # larger figure stays at the first site, as before this rule)
    text = ("KYIV (Reuters) - Russian drones struck Kharkiv and Poltava overnight, killing four people, "
            "officials said. Five died in Kharkiv and three in Poltava, the regional governors said.")
    assert coded(unfiltered, text)["Kharkiv"] == 5


def test_many_split_totals_are_linear(pipeline: Pipeline) -> None:
    # each later sentence's split reads only its own sites' shares (at most _MOST_SHARES), so a 100 KB text
    # of split totals stays linear
    names = populous_names(pipeline)

    def text(n: int) -> str:
        return " ".join(f"Drones struck {names[2 * i]} and {names[2 * i + 1]} on Monday, killing nine "
                        f"people. Six died in {names[2 * i]} and three in {names[2 * i + 1]}."
                        for i in range(n))
    assert growth(parsing(pipeline, text), 150) < GROWTH
