"""The event taxonomy: ACLED's event types and sub-event types, plus the non-violent political events
(statements, meetings, diplomatic protests) that news maps also need and ACLED does not code.

Names are ACLED's own strings, so exported rows drop into ACLED workflows unchanged.
"""

from __future__ import annotations

BATTLES = "Battles"
REMOTE = "Explosions/Remote violence"
CIVILIANS = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"
POLITICAL = "Political"  # not an ACLED type: statements, meetings and diplomatic protests

TAXONOMY: dict[str, tuple[str, ...]] = {
    BATTLES: ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    REMOTE: ("Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
             "Suicide bomb", "Grenade", "Chemical weapon"),
    CIVILIANS: ("Attack", "Abduction/forced disappearance", "Sexual violence"),
    PROTESTS: ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    RIOTS: ("Violent demonstration", "Mob violence"),
    STRATEGIC: ("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                "Headquarters or base established", "Looting/property destruction",
                "Non-violent transfer of territory", "Other"),
    POLITICAL: ("Statement", "Meeting/talks", "Diplomatic protest"),
}
EVENT_TYPE_OF: dict[str, str] = {sub: t for t, subs in TAXONOMY.items() for sub in subs}

# Families group event types that two reports of one incident may code differently (one article's
# "armed clash" is another's "attack"); cross-article merging only joins events of one family.
FAMILY: dict[str, str] = {
    BATTLES: "violence", REMOTE: "violence", CIVILIANS: "violence",
    PROTESTS: "demonstration", RIOTS: "demonstration",
    STRATEGIC: "strategic", POLITICAL: "political",
}

# Legend colours, one per event type (colour-blind-friendly Tableau hues).
COLOURS: dict[str, str] = {
    BATTLES: "#d62728",
    REMOTE: "#ff7f0e",
    CIVILIANS: "#8c564b",
    PROTESTS: "#2ca02c",
    RIOTS: "#bcbd22",
    STRATEGIC: "#9467bd",
    POLITICAL: "#1f77b4",
}

# The order in which an event type's location is taken from a place's role in the text.
LOCATION_ROLES: dict[str, tuple[str, ...]] = {
    BATTLES: ("event_site",),
    REMOTE: ("event_site",),
    CIVILIANS: ("event_site",),
    PROTESTS: ("event_site", "venue"),
    RIOTS: ("event_site", "venue"),
    STRATEGIC: ("event_site", "venue", "origin"),
    POLITICAL: ("venue", "origin", "event_site"),
}
# Agreements are signed somewhere: a venue first, and never the dateline by default (an article
# from Kyiv that names "the grain deal" does not report a deal made in Kyiv).
SUB_LOCATION_ROLES: dict[str, tuple[str, ...]] = {
    "Agreement": ("venue", "event_site"),
    "Statement": ("origin", "venue"),
    "Meeting/talks": ("venue", "event_site"),  # or the seat of the body that met (seats.py)
}


def location_roles(event_type: str, sub_event_type: str) -> tuple[str, ...]:
    return SUB_LOCATION_ROLES.get(sub_event_type) or LOCATION_ROLES[event_type]
