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

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

# Each name is imported from its module on first use: ``engage`` needs one module, not the regime's.
_MODULE_OF = {
    "BriefAnswer": "brief",
    "brief": "brief",
    "Answer": "common",
    "SourceRef": "common",
    "as_json": "common",
    "CheckAnswer": "compliance",
    "check": "compliance",
    "ForcesAnswer": "forces",
    "ReductionsAnswer": "forces",
    "TimelineAnswer": "forces",
    "forces": "forces",
    "reductions": "forces",
    "timeline": "forces",
    "InstrumentAnswer": "instruments",
    "InstrumentsAnswer": "instruments",
    "StatusAnswer": "instruments",
    "instrument": "instruments",
    "instruments": "instruments",
    "status": "instruments",
    "CascadeAnswer": "linkages",
    "HistoryAnswer": "linkages",
    "LinksAnswer": "linkages",
    "cascade": "linkages",
    "history": "linkages",
    "links": "linkages",
    "EngageAnswer": "engage",
    "FrontierAnswer": "stability",
    "StabilityAnswer": "stability",
    "engage": "engage",
    "frontier": "stability",
    "stability": "stability",
}

if TYPE_CHECKING:
    from armscontrol.answers.brief import BriefAnswer, brief
    from armscontrol.answers.common import Answer, SourceRef, as_json
    from armscontrol.answers.compliance import CheckAnswer, check
    from armscontrol.answers.engage import EngageAnswer, engage
    from armscontrol.answers.forces import ForcesAnswer, ReductionsAnswer, TimelineAnswer, forces, reductions, timeline
    from armscontrol.answers.instruments import (
        InstrumentAnswer,
        InstrumentsAnswer,
        StatusAnswer,
        instrument,
        instruments,
        status,
    )
    from armscontrol.answers.linkages import CascadeAnswer, HistoryAnswer, LinksAnswer, cascade, history, links
    from armscontrol.answers.stability import FrontierAnswer, StabilityAnswer, frontier, stability


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        # a submodule (armscontrol.answers.sweeps, ...) or a missing name
        try:
            return importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as missing:
            if missing.name != f"{__name__}.{name}":
                raise
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULE_OF})


class _AnswersPackage(types.ModuleType):
    """The package, where ``stability``, ``brief``, ``forces`` and ``instruments`` stay the answer functions.

    Importing a submodule binds it on its package; four submodules share their
    name with the function they define, and the package's name means the function.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, types.ModuleType) and _MODULE_OF.get(name) == name:
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _AnswersPackage


__all__ = [
    "Answer",
    "SourceRef",
    "as_json",
    "instruments",
    "instrument",
    "status",
    "check",
    "forces",
    "timeline",
    "reductions",
    "links",
    "cascade",
    "history",
    "engage",
    "stability",
    "frontier",
    "brief",
    "InstrumentsAnswer",
    "InstrumentAnswer",
    "StatusAnswer",
    "CheckAnswer",
    "ForcesAnswer",
    "TimelineAnswer",
    "ReductionsAnswer",
    "LinksAnswer",
    "CascadeAnswer",
    "HistoryAnswer",
    "EngageAnswer",
    "StabilityAnswer",
    "FrontierAnswer",
    "BriefAnswer",
]
