"""The glossary: the one vocabulary every answer uses, as an answer of its own."""

from __future__ import annotations

from armscontrol.answers.common import Answer, given
from armscontrol.errors import suggest
from armscontrol.vocabulary import GROUP_TITLES, GROUPS


class TermOut(Answer):
    """One value: what the JSON holds, what people read, what it means."""

    value: str
    label: str
    definition: str


class GroupOut(Answer):
    """One group of the vocabulary (instrument states, relations, verdicts, ...)."""

    name: str
    title: str
    terms: list[TermOut]


class GlossaryAnswer(Answer):
    """``armscontrol glossary`` and ``/glossary``: every value the answers use, with its label and definition."""

    groups: list[GroupOut]


def glossary(group: str | None = None) -> GlossaryAnswer:
    """The vocabulary, whole or one group of it."""
    group = given(group, what="group", example="relation")
    names = list(GROUPS)
    if group is not None:
        if group not in GROUPS:
            raise suggest(group, names, what="group", field="group")
        names = [group]
    return GlossaryAnswer(
        groups=[
            GroupOut(
                name=n,
                title=GROUP_TITLES[n],
                terms=[TermOut(value=t.value, label=t.label, definition=t.definition) for t in GROUPS[n].values()],
            )
            for n in names
        ]
    )
