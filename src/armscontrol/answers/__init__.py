"""One function per question the tool answers, each returning a pydantic model.

This layer is the JSON contract of every interface: the command line's
``--json`` prints :func:`as_json` of the answer, the API returns the same
model, the pages and reports render it. Functions take what a user typed
(ids or aliases, party codes or names, dates as text) and raise
:class:`~armscontrol.errors.UserError`, naming the field, for bad input.

=================  ==========================================  ==========================
function           question                                    command
=================  ==========================================  ==========================
instruments        every instrument and its state on a date    ``instruments``
instrument         one instrument in full, with its sources    ``show``
status             in force on a date? each party's status     ``status``
check              compliance verdicts on a date               ``check``
forces             a state's holdings, declared and estimated  ``forces``
timeline           a party against a limit over time           ``timeline``
reductions         declared warheads under START I/SORT/NS     ``reductions``
links              what rests on what                          ``links``
cascade            what follows from one event                 ``cascade``
history            the cascade engine over the record          ``history``
engage             one defence layer, exact                    ``engage``
stability          a scenario's stability (over its sweep)     ``stability``
frontier           smallest force keeping assured retaliation  ``frontier``
brief              the system on a date                        ``brief``
matrix.matrix      states × multilateral instruments           ``matrix``
instruments.       counts by status, published totals          ``status --summary``
status_summary
read.read          a statement's instruments, figures, claims  ``read``
sweeps.*           uncertainty, sensitivity, grid sweeps       ``uncertainty`` ...
overview.*         the dashboard's system, stockpiles, graph   (pages)
=================  ==========================================  ==========================
"""

from armscontrol.answers.brief import BriefAnswer, brief
from armscontrol.answers.common import Answer, SourceRef, as_json
from armscontrol.answers.compliance import CheckAnswer, check
from armscontrol.answers.forces import ForcesAnswer, ReductionsAnswer, TimelineAnswer, forces, reductions, timeline
from armscontrol.answers.instruments import InstrumentAnswer, InstrumentsAnswer, StatusAnswer, instrument, instruments, status
from armscontrol.answers.linkages import CascadeAnswer, HistoryAnswer, LinksAnswer, cascade, history, links
from armscontrol.answers.stability import EngageAnswer, FrontierAnswer, StabilityAnswer, engage, frontier, stability

__all__ = [
    "Answer", "SourceRef", "as_json",
    "instruments", "instrument", "status", "check", "forces", "timeline", "reductions", "links", "cascade", "history",
    "engage", "stability", "frontier", "brief",
    "InstrumentsAnswer", "InstrumentAnswer", "StatusAnswer", "CheckAnswer", "ForcesAnswer", "TimelineAnswer",
    "ReductionsAnswer", "LinksAnswer", "CascadeAnswer", "HistoryAnswer", "EngageAnswer", "StabilityAnswer",
    "FrontierAnswer", "BriefAnswer",
]
