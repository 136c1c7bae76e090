"""The reader's trained claim model (armscontrol.reader.learned): its closed form, its candidates and features, how its
claims join the rules' claims, and that the shipped model is the one the opened sets train."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.util
import math
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from armscontrol.reader import learned, read_text
from armscontrol.reader.claims import Mentioned
from armscontrol.reader.models import Claim

sys.path.insert(0, str(Path(__file__).parent))
from reference_marks import marks_reference  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def _tiny(weights: dict[str, dict[str, float]], bias: float = -3.0, threshold: float = 0.5) -> learned.Model:
    """A hand-made model: ``weights[feature][kind]``; every other weight 0."""
    kinds = learned.PARTY_KINDS + learned.INSTRUMENT_KINDS
    names = sorted(weights)
    w = np.zeros((len(names), len(kinds)))
    for i, name in enumerate(names):
        for kind, value in weights[name].items():
            w[i, kinds.index(kind)] = value
    return learned.Model(
        vocabulary={n: i for i, n in enumerate(names)},
        kinds=kinds,
        weights=w,
        bias=np.full(len(kinds), bias),
        thresholds=np.full(len(kinds), threshold),
        trained_on={"sets": ["invented"], "held_out": []},
    )


def test_the_probability_is_the_logistic_of_the_bias_plus_the_weights_of_the_features_known():
    model = _tiny({"u=deposited": {"ratified": 2.5}, "s=instr": {"ratified": 1.0, "signed": -0.5}})
    p = model.probabilities(["u=deposited", "s=instr", "u=unknown", "u=deposited"])
    k = model.kinds.index("ratified")
    assert p[k] == pytest.approx(1 / (1 + math.exp(-(-3.0 + 2.5 + 1.0))))
    assert p[model.kinds.index("signed")] == pytest.approx(1 / (1 + math.exp(3.5)))
    # no feature known: the bias alone
    assert model.probabilities(["u=nothing"])[k] == pytest.approx(1 / (1 + math.exp(3.0)))


def test_a_saved_model_loads_with_the_same_probabilities_and_is_written_the_same_byte_for_byte(tmp_path):
    model = _tiny({"u=deposited": {"ratified": 2.5}, "P+1=depos": {"signed": -1.25}})
    model = dataclasses.replace(model, confident=np.linspace(0.3, 0.9, len(model.kinds)))
    first, second = tmp_path / "a.json.gz", tmp_path / "b.json.gz"
    learned.save(model, first)
    learned.save(learned.load(first), second)
    assert first.read_bytes() == second.read_bytes()
    again = learned.load(first)
    np.testing.assert_allclose(again.confident, model.confident, atol=1e-4)
    names = ["u=deposited", "P+1=depos"]
    np.testing.assert_allclose(again.probabilities(names), model.probabilities(names))


def _read_candidates(text: str, speaker: str | None = None) -> list[learned.Candidate]:
    sentences, states_in, mentions_in = [], {}, {}
    start = 0
    for index, sentence in enumerate(text.split(". ")):
        sentences.append((start, start + len(sentence)))
        states_in[index] = [
            (code, start + sentence.index(name), start + sentence.index(name) + len(name))
            for code, name in (("FRA", "France"), ("GBR", "the United Kingdom"))
            if name in sentence
        ]
        mentions_in[index] = (
            [Mentioned("ctbt", "CTBT", start + sentence.index("CTBT"), start + sentence.index("CTBT") + 4)]
            if "CTBT" in sentence
            else []
        )
        start += len(sentence) + 2
    passage = {i: (mentions_in[0][0] if i > 0 and mentions_in[0] else None) for i in range(len(sentences))}
    return learned.candidates(learned.Statement(text, sentences, states_in, mentions_in, passage, speaker))


def test_each_state_is_a_candidate_with_each_instrument_of_its_sentence_and_each_instrument_one_alone():
    found = _read_candidates("France and the United Kingdom ratified the CTBT in 1998")
    assert {(c.party, c.instrument) for c in found} == {(None, "ctbt"), ("FRA", "ctbt"), ("GBR", "ctbt")}
    assert all(c.instrument_span == (43, 47) for c in found)


def test_the_speaker_is_a_candidate_where_the_sentence_says_we_and_the_passage_gives_the_instrument():
    found = _read_candidates("The CTBT matters. We ratified it in 1998", speaker="FRA")
    second = [c for c in found if c.sentence[0] > 0]
    assert {(c.party, c.instrument, c.speaker, c.instrument_span) for c in second} == {
        (None, "ctbt", False, None),
        ("FRA", "ctbt", True, None),
    }
    # no "we", no speaker
    assert not any(c.speaker for c in _read_candidates("The CTBT matters. It was ratified in 1998", speaker="FRA"))


def test_the_features_put_the_state_and_the_instrument_in_their_place():
    text = "France and the United Kingdom ratified the CTBT in 1998"
    candidate = next(c for c in _read_candidates(text) if c.party == "FRA")
    names = learned.features(text, candidate, [(11, 29, "<S>"), (43, 47, "<T>")])
    assert "u=<P>" in names and "u=<I>" in names and "u=<S>" in names and "u=<Y>" in names
    assert "u=france" not in names and "u=1998" not in names
    assert "P+1=and" in names and "I-1=the" in names and "B=ratif" in names and "order=PI" in names
    assert "party=state" in names and "states=2" in names


def _claims_with(model: learned.Model, text: str, on: str, rules: list[Claim] | None = None) -> list[Claim]:
    found = _read_candidates(text)
    sentences = sorted({c.sentence for c in found})
    states_in = {
        i: [(c.party, *c.party_span) for c in found if c.sentence == s and c.party_span]
        for i, s in enumerate(sentences)
    }
    mentions_in = {
        i: [Mentioned("ctbt", "CTBT", *c.instrument_span) for c in found if c.sentence == s and c.party is None]
        for i, s in enumerate(sentences)
    }
    original = learned.shipped
    learned.shipped = lambda: model  # type: ignore[assignment]
    try:
        return learned.learned_claims(
            learned.Statement(text, sentences, states_in, mentions_in, {}, None), dt.date.fromisoformat(on), rules or []
        )
    finally:
        learned.shipped = original  # type: ignore[assignment]


def test_a_claim_the_model_reads_is_judged_against_the_data_and_says_the_model_read_it():
    model = _tiny({"B=depos": {"ratified": 5.0}})
    claims = _claims_with(model, "France deposited with the Secretary-General the CTBT", "2000-01-01")
    assert [(c.kind, c.party, c.instrument, c.verdict) for c in claims] == [("ratified", "FRA", "ctbt", "consistent")]
    assert "trained model" in claims[0].evidence and "probability 0.88" in claims[0].evidence
    assert claims[0].source is not None  # the data's record of the deposit


def test_a_claim_the_data_contradicts_is_not_read_by_the_model():
    # the model's reading is uncertain: where the data says otherwise, the misreading is the likelier, so no
    # statement is called false on the model's word
    model = _tiny({"B=depos": {"ratified": 5.0}})
    assert _claims_with(model, "France deposited with the Secretary-General the CTBT", "1997-01-01") == []


def test_a_claim_the_data_cannot_judge_is_not_read_by_the_model(monkeypatch):
    # nothing but the model's guess would stand behind it (a state a partial list of parties does not name)
    model = _tiny({"B=depos": {"ratified": 5.0}})
    text = "France deposited with the Secretary-General the CTBT"
    assert len(_claims_with(model, text, "2000-01-01")) == 1
    monkeypatch.setattr(learned, "judge", lambda *args: ("not_in_data", "France is not recorded", None))
    assert _claims_with(model, text, "2000-01-01") == []


def test_the_model_never_repeats_or_opposes_a_claim_a_rule_read_nor_second_guesses_a_sentence_a_rule_read():
    model = _tiny({"B=depos": {"ratified": 5.0}})
    text = "France deposited with the Secretary-General the CTBT"

    def rule(kind: str, instrument: str = "ctbt", at: tuple[int, int] = (0, len(text))) -> Claim:
        return Claim(
            text=text,
            start=at[0],
            end=at[1],
            party="FRA",
            instrument=instrument,
            kind=kind,
            verdict="consistent",
            evidence="",
        )

    elsewhere = (len(text) + 10, len(text) + 20)  # a rule's claim in another sentence
    assert _claims_with(model, text, "2000-01-01", [rule("ratified", at=elsewhere)]) == []
    assert _claims_with(model, text, "2000-01-01", [rule("not_ratified", at=elsewhere)]) == []
    assert len(_claims_with(model, text, "2000-01-01", [rule("signed", at=elsewhere)])) == 1
    # in the same sentence, a rule's reading of the instrument, or of who took that kind of step, stands
    assert _claims_with(model, text, "2000-01-01", [rule("signed")]) == []
    assert _claims_with(model, text, "2000-01-01", [rule("ratified", instrument="npt")]) == []
    assert len(_claims_with(model, text, "2000-01-01", [rule("signed", instrument="npt")])) == 1


def test_the_model_reads_an_act_only_in_a_sentence_holding_a_word_for_it():
    assert learned.tells("ratified", ["u=<P>", "u=acceded", "u=to"]) and learned.tells("ratified", ["u=party"])
    assert learned.tells("signed", ["u=signatories"]) and not learned.tells("signed", ["u=significant"])
    assert learned.tells("in_force", ["u=force"]) and not learned.tells("in_force", ["s=force"])
    assert not learned.tells("withdrew", ["u=<P>", "u=and", "u=<I>"])
    # the same weights read the deposit, and nothing where the sentence only sets the state beside the instrument
    model = _tiny({"B=with": {"ratified": 5.0}})
    assert len(_claims_with(model, "France deposited with the Secretary-General the CTBT", "2000-01-01")) == 1
    assert _claims_with(model, "France met with the Secretary-General on the CTBT", "2000-01-01") == []


def test_from_its_confident_threshold_a_reading_needs_no_word_of_the_act_only_no_contradiction(monkeypatch):
    model = _tiny({"B=with": {"ratified": 5.0}})  # sigma(2) = 0.88
    text = "France met with the Secretary-General on the CTBT"
    assert _claims_with(dataclasses.replace(model, confident=np.full(len(model.kinds), 0.9)), text, "2000-01-01") == []
    sure = dataclasses.replace(model, confident=np.full(len(model.kinds), 0.8))
    assert [(c.kind, c.party) for c in _claims_with(sure, text, "2000-01-01")] == [("ratified", "FRA")]
    # what the data contradicts is still not read; what it cannot judge is, at this level
    assert _claims_with(sure, text, "1997-01-01") == []
    monkeypatch.setattr(learned, "judge", lambda *args: ("not_in_data", "France is not recorded", None))
    assert len(_claims_with(sure, text, "2000-01-01")) == 1
    assert _claims_with(model, "France deposited with the Secretary-General the CTBT", "2000-01-01") == []


def test_below_its_threshold_a_kind_is_not_read():
    model = _tiny({"B=depos": {"ratified": 2.0}}, threshold=0.5)  # sigma(-1) = 0.27
    assert _claims_with(model, "France deposited with the Secretary-General the CTBT", "2000-01-01") == []


def _training_script():
    spec = importlib.util.spec_from_file_location("train_claim_model", ROOT / "benchmarks" / "train_claim_model.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("train_claim_model", module)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_model_is_trained_on_the_opened_sets_as_they_are_and_on_no_held_out_set():
    script = _training_script()
    model = learned.load()
    trained = model.trained_on
    assert set(trained["held_out"]) == set(script.HELD_OUT) >= {"heldout-ag"}
    assert not set(trained["sets"]) & set(script.HELD_OUT)
    # retrain (benchmarks/train_claim_model.py) whenever an opened set's statements or annotations change
    assert trained["annotations_sha256"] == script.annotations_digest(script.opened_paths()), (
        "the opened sets changed since the claim model was trained: run benchmarks/train_claim_model.py"
    )
    assert model.kinds == learned.PARTY_KINDS + learned.INSTRUMENT_KINDS
    assert model.weights.shape == (len(model.vocabulary), len(model.kinds))
    assert all(script.FLOOR <= t <= 0.95 for t in model.thresholds)
    assert model.confident is not None and all(script.CONFIDENT_FLOOR <= t <= 0.95 for t in model.confident)
    # the evidence quotes each kind's cross-validated precision at its threshold
    assert set(trained["cross_validated_precision"]) == set(model.kinds)
    assert all(0 <= v <= 1 for v in trained["cross_validated_precision"].values())


def test_a_long_sentence_is_quoted_around_the_state_cut_at_spaces():
    text = "  " + "word " * 100 + "France ratified the CTBT " + "more " * 100 + " "
    at = text.index("France")
    candidate = learned.Candidate((0, len(text)), "FRA", (at, at + 6), "ctbt", (at + 20, at + 24))
    a, b = learned._passage(text, candidate)
    assert b - a <= learned.QUOTE_CHARS and a < at and b > at + 24
    assert text[a - 1] == " " and text[b] == " "
    short = learned.Candidate((0, 40), "FRA", (2, 8), "ctbt", None)
    assert learned._passage("  France ratified the CTBT in 1998.      ", short) == (2, 35)


def test_the_shipped_model_reads_a_wording_no_rule_reads_and_says_so():
    text = "NEW YORK, 2 October 2019. The instrument of Bolivia for the TPNW has been received by the depositary."
    answer = read_text(text)
    claim = next(c for c in answer.claims if (c.kind, c.party, c.instrument) == ("ratified", "BOL", "tpnw"))
    assert (claim.read_by, claim.verdict) == ("model", "consistent")
    assert "trained model" in claim.evidence and claim.source is not None
    assert claim.text == text[26:]
    # the rules alone read nothing here
    with learned.rules_only():
        assert read_text(text).claims == []
    assert read_text(text).claims == answer.claims


_SPAN = st.tuples(st.integers(0, 30), st.integers(0, 8)).map(lambda x: (x[0], x[0] + x[1]))


@settings(max_examples=1000, deadline=None)
@given(
    others=st.lists(st.tuples(_SPAN, st.sampled_from(["<S>", "<T>"])), max_size=25),
    party=st.one_of(st.none(), _SPAN),
    instrument=st.one_of(st.none(), _SPAN),
    sentence=_SPAN,
)
def test_the_marks_of_a_sentence_are_placed_as_the_quadratic_reference_places_them(others, party, instrument, sentence):
    # overlapping, nested, empty and repeated spans, in any order: the linear check keeps the same marks
    candidate = learned.Candidate(sentence, "FRA" if party else None, party, "ctbt", instrument)
    marks = [(s, e, what) for (s, e), what in others]
    assert learned._marks(candidate, marks) == marks_reference(candidate, marks)
