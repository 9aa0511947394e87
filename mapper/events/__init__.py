"""Stage 4: event coding, what happened where, when, to whom, with how many casualties.

``EventCoder`` (coder.py) runs the parts: triggers.py (event types), roles.py (roles of place
mentions), dates.py, actors.py, casualties.py, seats.py (institutions' seats); merge.py joins
reports of one incident across articles. taxonomy.py holds ACLED's event types.
"""

from mapper.events.coder import EventCoder, extract_events

__all__ = ["EventCoder", "extract_events"]
