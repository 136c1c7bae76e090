"""Whatever a user gives the reader, it ends in an answer or one clear error, and its offsets hold."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from armscontrol.errors import UserError
from armscontrol.reader import LANGUAGES, read_bytes, read_text
from examples_support import examples

FRAGMENTS = st.sampled_from(
    [
        "The ABM Treaty",
        "that Treaty",
        "Russia",
        "the United States",
        "ratified",
        "signed",
        "withdrew from",
        "suspended",
        "2,000–2,500",
        "between 1,700 and 2,200",
        "warheads",
        "by the end of 2007",
        "June 4, 2000",
        "Article VI of the NPT",
        "New START",
        "the Treaty of Nowhere",
        "will",
        "if",
        "one thousand five hundred",
        ". ",
        ", ",
        "\n\n",
        "CTBT",
        "—",
        "(",
        ")",
    ]
)


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_any_bytes_end_in_an_answer_or_a_user_error(data):
    try:
        read_bytes(data, "2000-01-01")
    except UserError as exc:
        assert "\n" not in str(exc)


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(FRAGMENTS, st.text(max_size=12)), min_size=1, max_size=40).map(" ".join))
def test_statement_like_text_gives_consistent_offsets(text):
    if not text.strip():
        return
    answer = read_text(text, "2005-05-05")
    for instrument in answer.instruments:
        for mention in instrument.mentions:
            assert text[mention.start : mention.end] == mention.text
    for figure in answer.figures:
        assert text[figure.start : figure.end] == figure.text
        if figure.low is not None:
            assert figure.low < figure.high
    for claim in answer.claims:
        assert claim.verdict in {"consistent", "contradicted", "not_in_data"}
        assert 0 <= claim.start < claim.end <= len(text)


def _spelling_variants(phrase: str) -> list[str]:
    """A phrase as statements write it: as listed, its hyphens as spaces or dropped, in capitals, without accents."""
    folded = "".join(c for c in unicodedata.normalize("NFD", phrase) if not unicodedata.combining(c))
    return [phrase, phrase.replace("-", " "), phrase.replace("-", ""), phrase.upper(), folded, folded.upper()]


def _glossed_words(language) -> list[str]:  # noqa: ANN001
    # (the gloss's private table of state names: the words a statement in the language is glossed by)
    from armscontrol.reader.gloss import _states

    return sorted({*language.phrases, *language.adjectives, *_states(language)})


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_statement_in_a_glossed_language_never_stops_the_reader(language, data):
    # every phrase and state name the gloss knows, in any of the spellings its pattern accepts ("États Unis" for
    # "États-Unis" once stopped the reader with a KeyError)
    words = _glossed_words(language)
    picked = data.draw(st.lists(st.sampled_from(words), min_size=1, max_size=12))
    spelled = [data.draw(st.sampled_from(_spelling_variants(word))) for word in picked]
    function_words = sorted(language.function_words)[:12]
    text = " ".join(function_words) + ". " + " ".join(spelled) + ". " + " ".join(function_words) + "."
    answer = read_text(text, "2005-05-05")
    assert answer.language == language.code
    for claim in answer.claims:
        assert 0 <= claim.start < claim.end <= len(text)
