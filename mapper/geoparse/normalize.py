"""The ``normalize`` component: the text as the later components read it.

Some layouts hide what a text says from rules written for ordinary prose. ``normalize`` writes
``doc.normalized``, a view of the article's text with the SAME LENGTH AND OFFSETS in which those layouts are
undone, and ``Doc.text`` gives it to every later component. Excerpts quote the article's own characters
(``doc.article.text``); a mention's ``text`` is the name as the view gives it ("Kharkiv" for a headline's
"KHARKIV"), at the article's offsets. Its steps, in order:

- ``unwrap.plain_spaces``: Unicode spaces (no-break, thin ...) and zero-width characters (bidi marks,
  zero-width spaces and joiners) as ASCII spaces;
- ``unwrap.unwrap``: "\\r\\n" and "\\r" line ends read as "\\n", and the line breaks inside a hard-wrapped
  paragraph (plain-text feeds, e-mail, PDF-to-text) as spaces, decided by layout; paragraph breaks,
  headlines, datelines, lists, tables and one-report-per-line feeds keep theirs. Before
  sentence_case, which reads lines.
- ``truecase.sentence_case``: a line in capitals ("RUSSIAN STRIKES KILL 5 IN KHARKIV") or in Title Case
  ("Israeli Forces Detain 15 In Overnight Raids On Tubas") in sentence case.

When no step changes anything, ``doc.normalized`` is None and ``Doc.text`` is the article's text.
"""

from __future__ import annotations

from mapper.doc import Doc
from mapper.gazetteer import Gazetteer
from mapper.geoparse.truecase import sentence_case
from mapper.geoparse.unwrap import plain_spaces, unwrap


def normalized(text: str, gazetteer: Gazetteer) -> str | None:
    """The view of ``text`` the components read (same length), or None when it is ``text`` itself."""
    view = plain_spaces(text)
    unwrapped = unwrap(text if view is None else view)
    view = view if unwrapped is None else unwrapped
    cased = sentence_case(text if view is None else view, gazetteer)
    return view if cased is None else cased


class Normalize:
    """Component ``normalize``: sets ``doc.normalized`` (see the module docstring)."""

    name = "normalize"

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def __call__(self, doc: Doc) -> None:
        doc.normalized = normalized(doc.article.text, self.gazetteer)
