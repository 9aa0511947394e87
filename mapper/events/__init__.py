"""Event coding, what happened where, when, to whom, with how many casualties.

Three pipeline components: ``clauses`` (clauses.py: what each sentence reports, its date, whether it
is background; trigger rules in triggers.py, dates in dates.py), ``roles`` (roles.py: the part each
place mention plays) and ``events`` (coder.py: the article's events, with actors.py, casualties.py
and seats.py). merge.py joins the reports of one incident across articles; taxonomy.py holds
ACLED's event types.
"""
