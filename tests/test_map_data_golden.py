"""The map's data document stays the same when the build is made faster: a varied, seeded set of
documents (one-place and many-place articles, several events and excerpts per place, merged incidents,
approximate places, actors, injuries, month dates, places only mentioned, long sentences, local and
web links) gives a document whose digest was recorded before the build was changed."""

from __future__ import annotations

import hashlib
import json
import random

from output_samples import deir_geneva_article, realistic_articles

from mapper.doc import Doc
from mapper.events.merge import merge
from mapper.mapview import collect_sites
from mapper.mapview.data import map_document
from mapper.model import Actor, Article, Event, Excerpt, Mention, Place, Role, Source

TYPES = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
         ("Protests", "Peaceful protest"), ("Riots", "Mob violence"), ("Political", "Statement"),
         ("Strategic developments", "Agreement"), ("Violence against civilians", "Attack")]


def varied_documents(n: int = 600, seed: int = 11) -> list[Doc]:
    rng = random.Random(seed)
    places = [Place(f"Town {k}", rng.uniform(-40, 60), rng.uniform(-100, 140), "XX",
                    rng.choice(["city", "city", "admin1", "admin2"]),
                    country=rng.choice(["Aland", "Borduria"]),
                    geonameid=k if k % 3 else None) for k in range(n // 3)]
    out = []
    for k in range(n):
        here = rng.sample(places, rng.choice([1, 1, 1, 2, 3]))
        sentences = [f"Reports from {p.name} said {rng.choice(['shelling', 'a protest', 'talks'])} "
                     f"left {rng.randint(0, 9)} dead and {rng.randint(0, 5)} hurt." for p in here]
        if k % 50 == 0:
            sentences[0] += " word" * 400  # a sentence without breaks, cut around its place
        text = (" ".join(sentences) + ("\nRelated: more news\nTags: war, peace" if k % 7 == 0 else ""))
        aid = f"a{k}"
        mentions, events, pos = [], [], 0
        for j, (p, sentence) in enumerate(zip(here, sentences, strict=True)):
            start = text.index(p.name, pos)
            span = (text.index(sentence[:20], pos), text.index(sentence[:20], pos) + len(sentence))
            m = Mention(start, start + len(p.name), p.name, p, sentence=span)
            mentions.append(m)
            pos = span[1]
            if j == 2:
                continue  # only mentioned
            event_type, sub = rng.choice(TYPES)
            day = rng.choice([f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "2024-03", None])
            events.append(Event(
                event_type, sub, p, date=day, time_precision=1 if day and len(day) == 10 else 3 if day else 0,
                geo_precision=rng.choice([1, 1, 2, 3]), fatalities=rng.choice([None, 0, 3, 12]),
                injuries=rng.choice([None, None, 4]),
                actor1=Actor(rng.choice(["Army", "Rebels", "Police"])) if rng.random() < 0.6 else None,
                actor2=Actor("Civilians") if rng.random() < 0.3 else None,
                excerpts=[Excerpt(aid, text, span[0], span[1])], mentions=[m],
                sources=[Source(aid, f"Title {k}", f"https://news.example.org/{k % 40}/{k}")]))
        url = f"https://news.example.org/{k % 40}/{k}" if k % 5 else None
        art = Article(aid, text, title=f"Title {k}" if k % 9 else None, url=url,
                      published=f"2024-01-{1 + k % 28:02d}", source=f"/tmp/{aid}.txt" if not url else None)
        out.append(Doc(art, mentions, events, roles=[Role("event_site")] * len(mentions)))
    return out + realistic_articles() + [deir_geneva_article()]


def _digest(doc: dict) -> str:
    return hashlib.sha256(json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()


def test_the_document_of_varied_documents_is_unchanged() -> None:
    docs = varied_documents()
    assert _digest(map_document(collect_sites(docs))) == UNMERGED
    assert _digest(map_document(collect_sites(docs, merge(docs)))) == MERGED


UNMERGED = "42c635905ad6d1b44b05be7a17b4014d2a1b6e824002e034ee51e011658dcc4c"
MERGED = "966e823dbf0d502830922ec10ddb1bb32471a55dd4c8c0c31a817bf6dc44e565"
