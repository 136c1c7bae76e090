"""Every answer explains itself: a status, each relation, each verdict, each cascade step and each stability figure
carries its derivation, the facts' sources resolve to documents, and the derivation ends where the answer does."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from armscontrol.answers import cascade, check, status
from armscontrol.answers.common import StepOut, as_json
from armscontrol.data import registry
from armscontrol.vocabulary import label
from examples_support import examples

INSTRUMENTS = sorted(registry().instruments)
STATES = [
    "USA",
    "RUS",
    "SUN",
    "UKR",
    "GBR",
    "FRA",
    "CHN",
    "IND",
    "PRK",
    "BRA",
    "CHL",
    "MEX",
    "AUS",
    "NZL",
    "KAZ",
    "MNG",
    "ZAF",
    "IRN",
    "DEU",
    "CSK",
    "YUG",
    "SCG",
    "SRB",
    "PSE",
    "CUB",
    "SYR",
    "SAU",
]


def _steps_everywhere(data) -> list[dict]:
    """Every explanation step in an answer's JSON, however deep."""
    found = []
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "explanation" and isinstance(value, list):
                found += value
            else:
                found += _steps_everywhere(value)
    elif isinstance(data, list):
        for item in data:
            found += _steps_everywhere(item)
    return found


def _assert_sources_resolve(answer) -> None:
    for step in _steps_everywhere(as_json(answer)):
        StepOut.model_validate(step)
        assert step["rule"] and step["conclusion"]
        for fact in step["facts"]:
            if fact["source"] is not None:
                assert fact["source"]["ref"] in registry().sources
                assert fact["source"]["publisher"] and fact["source"]["title"]


def test_status_relation_verdict_and_cascade_answers_carry_explanations() -> None:
    answer = status("new-start", "2026-06-01")
    assert answer.explanation and all(p.explanation for p in answer.parties)
    verdicts = check("new-start", "2020-01-01").root
    assert verdicts and all(v.explanation for v in verdicts)
    steps = cascade("abm", withdraw="USA").steps
    assert steps and all(s.explanation for s in steps)
    for a in (answer, check("new-start", "2020-01-01"), cascade("abm", withdraw="USA")):
        _assert_sources_resolve(a)


def test_every_instrument_today_explains_itself_with_resolvable_sources() -> None:
    for iid in INSTRUMENTS:
        answer = status(iid, "2026-12-01")
        assert answer.explanation, iid
        _assert_sources_resolve(answer)


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    iid=st.sampled_from(INSTRUMENTS),
    day=st.dates(dt.date(1955, 1, 1), dt.date(2026, 12, 31)),
    code=st.sampled_from(STATES),
)
def test_an_explanation_ends_where_its_answer_does(iid: str, day: dt.date, code: str) -> None:
    answer = status(iid, day, code)
    assert label("instrument_state", answer.state) in answer.explanation[-1].conclusion
    party = answer.parties[0]
    assert party.explanation
    assert label("relation", party.status) in party.explanation[-1].conclusion, (party.status, party.explanation[-1])
    assert party.explanation[-1].gap or party.status != "not_recorded"


def test_a_verdict_explanation_ends_with_its_verdict() -> None:
    for iid, day in [
        ("new-start", "2019-01-01"),
        ("new-start", "2024-01-01"),
        ("inf", "1989-01-01"),
        ("tlatelolco", "2015-01-01"),
        ("ctbt", "2020-01-01"),
        ("npt", "2020-01-01"),
    ]:
        for v in check(iid, day, obligations=True).root:
            assert v.explanation[-1].conclusion.startswith(v.verdict_label) or (
                v.verdict == "not_measured" and "not measured" in v.explanation[-1].conclusion
            )


def test_what_limits_the_largest_arsenals_says_why() -> None:
    from armscontrol.answers.brief import arsenal_limits_out

    after = arsenal_limits_out(dt.date(2026, 6, 1))
    assert "no treaty limit binds" in after.explanation[0].conclusion
    assert "New START" in after.explanation[1].conclusion
    during = arsenal_limits_out(dt.date(2020, 1, 1))
    assert during.binding and "bind USA and RUS" in during.explanation[0].conclusion
    assert len(during.explanation[0].facts) == len(during.binding)
    _assert_sources_resolve(after)
