"""The reader's answer is linear in its input and bounded (armscontrol.limits.READER_MAX_*)."""

from __future__ import annotations

import tracemalloc

import pytest

from armscontrol.limits import READER_MAX_CLAIMS, READER_MAX_FIGURES, READER_MAX_MENTIONS
from armscontrol.reader import read_text


def _answer_of(characters: int, unit: str, *, memory: bool = True):  # noqa: ANN202
    text = (unit * (characters // len(unit) + 1))[:characters]
    if not memory:  # tracing every allocation slows the reader several times: only where the peak is asked
        return text, read_text(text, "2021-02-03"), None
    tracemalloc.start()
    answer = read_text(text, "2021-02-03")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return text, answer, peak


RUN_ON = "1,550 warheads and 700 launchers under New START "
"""One run-on sentence with no full stop: before the bounds, every figure repeated the whole sentence."""


@pytest.mark.slow  # tracing every allocation of a 200,000-character read takes a minute: the full suite
def test_two_hundred_thousand_characters_of_repeated_figures_answer_in_bounded_memory():
    _, _, peak = _answer_of(199_000, RUN_ON)
    assert peak < 200_000_000


def test_two_hundred_thousand_characters_of_repeated_figures_answer_in_bounded_size():
    text, answer, _ = _answer_of(199_000, RUN_ON, memory=False)
    size = len(answer.model_dump_json())
    assert size < 2 * len(text)
    assert len(answer.figures) == READER_MAX_FIGURES
    assert answer.omitted["figures"] > 0
    assert len(answer.claims) <= READER_MAX_CLAIMS
    assert all(len(i.mentions) <= READER_MAX_MENTIONS for i in answer.instruments)
    figure = answer.figures[0]
    assert figure.sentence_end - figure.sentence_start <= 1_500
    assert text[figure.start : figure.end] == figure.text


def test_the_answer_grows_with_the_input_no_faster_than_it():
    small = len(_answer_of(20_000, "New START: 1,550 warheads. ", memory=False)[1].model_dump_json())
    large = len(_answer_of(80_000, "New START: 1,550 warheads. ", memory=False)[1].model_dump_json())
    assert large <= 4.5 * small


def test_a_figure_gives_its_sentence_by_offsets():
    text = "The Presidents met. New START limits each side to 1,550 deployed warheads. Talks go on."
    figure = read_text(text, "2011-02-05").figures[0]
    assert text[figure.sentence_start : figure.sentence_end] == "New START limits each side to 1,550 deployed warheads."
    assert "sentence" not in figure.model_dump()
