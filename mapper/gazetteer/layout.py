"""What the gazetteer hands out: options for a name (``Option``) and rows for a place (``Row``).

The name index maps a normalised name to the places it may refer to, each with *how* it names
them (:class:`How`). In storage (the compiler's lists, the cache file's arrays) such an entry is
one int, ``row << 2 | how``; only the gazetteer package packs and unpacks it (:func:`pack`,
:func:`unpack`). Everyone else asks :meth:`~mapper.gazetteer.store.Gazetteer.options` and gets
:class:`Option` values, and reads a place through :meth:`~mapper.gazetteer.store.Gazetteer.row`.
"""

from __future__ import annotations

from enum import IntEnum
from typing import NamedTuple

from mapper.errors import GazetteerError


class How(IntEnum):
    """How a name refers to a place. Lower is more direct (the resolver prefers it)."""

    NAME = 0  # the place's main name
    ALTERNATE = 1  # an alternate name, a transliteration, or the name without its leading article
    DEMONYM = 2  # "Syrian" for Syria


NAME, ALTERNATE, DEMONYM = How.NAME, How.ALTERNATE, How.DEMONYM
HOW_LABELS = {NAME: "name", ALTERNATE: "alternate name", DEMONYM: "demonym"}  # for people to read


class Option(NamedTuple):
    """A place a name may refer to: the gazetteer row, and how the name names it."""

    row: int
    how: How


class Row(NamedTuple):
    """One place of the gazetteer as the recogniser and resolver read it (see ``Gazetteer.row``)."""

    name: str
    kind: str  # one of model.KINDS
    country_code: str  # ISO 3166-1 alpha-2, "" for places across countries
    admin1: str  # GeoNames admin1 code ("SY.07"), "" for none
    feature_code: str  # GeoNames feature code ("PPLC", "ADM1", ...), "USER" for user rows
    capital: bool  # the capital of its country (feature code PPLC)
    population: int
    alternate_names: int  # how many alternate names GeoNames has for it (all scripts): prominence
    lat: float
    lon: float
    geonameid: int  # 0 when unknown


# -- storage only ---------------------------------------------------------------------------------
_HOW_BITS = 2
_HOWS = (NAME, ALTERNATE, DEMONYM, None)


def pack(row: int, how: How) -> int:
    """The stored form of an option: one int."""
    return row << _HOW_BITS | how


def unpack(entry: int) -> Option:
    how = _HOWS[entry & 3]
    if how is None:  # only a forged cache file (its checksum matches) holds such an entry
        raise GazetteerError("the gazetteer cache is damaged (an entry of no known kind): "
                             "rebuild it with `mapper gazetteer build`")
    return Option(entry >> _HOW_BITS, how)


def entry_limit(rows: int) -> int:
    """Every stored entry of a gazetteer of ``rows`` places is below this."""
    return rows << _HOW_BITS
