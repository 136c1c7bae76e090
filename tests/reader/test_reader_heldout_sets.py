"""The frozen held-out sets after the first (tests/statements/heldout-2026b, heldout-2026c, heldout-2026d,
heldout-2026e, heldout-2026f, heldout-2026g, heldout-2026h, heldout-2026i, heldout-2026j, heldout-2026k, heldout-2026l, heldout-2026m, heldout-2026n, heldout-2026o, heldout-2026p, heldout-2026q, heldout-2026r, heldout-2026s, heldout-2026t, heldout-2026u, heldout-2026v, heldout-2026w, heldout-2026x, heldout-2026y, heldout-2026z, heldout-2026aa, heldout-2026ab, heldout-2026ac, heldout-2026ad, heldout-2026ae, heldout-2026af, heldout-2026ag and heldout-2026ah): sourced, frozen and annotated in the registry's terms.

The reader's accuracy on them is measured by ``benchmarks/reader_accuracy.py --set heldout-b`` (or ``heldout-c``,
``heldout-d``, ``heldout-e``, ``heldout-f``, ``heldout-g``, ``heldout-h``, ``heldout-i``, ``heldout-j``, ``heldout-k``, ``heldout-l``, ``heldout-m``, ``heldout-n``, ``heldout-o``, ``heldout-p``, ``heldout-q``, ``heldout-r``, ``heldout-s``, ``heldout-t``, ``heldout-u``, ``heldout-v``, ``heldout-w``, ``heldout-x``, ``heldout-y``, ``heldout-z``, ``heldout-aa``, ``heldout-ab``, ``heldout-ac``, ``heldout-ad``, ``heldout-ae``, ``heldout-af``, ``heldout-ag``, ``heldout-ah``) and never asserted: nothing here reads a statement with the reader, so
that no one tunes the reader to a set. What is checked is each set itself: every statement has its source and its
freeze date, and every annotation names instruments and provisions the registry holds and states the reader can name.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from reader_scoring import (
    HELDOUT_2026AA,
    HELDOUT_2026AB,
    HELDOUT_2026AC,
    HELDOUT_2026AD,
    HELDOUT_2026AE,
    HELDOUT_2026AF,
    HELDOUT_2026AG,
    HELDOUT_2026AH,
    HELDOUT_2026B,
    HELDOUT_2026C,
    HELDOUT_2026D,
    HELDOUT_2026E,
    HELDOUT_2026F,
    HELDOUT_2026G,
    HELDOUT_2026H,
    HELDOUT_2026I,
    HELDOUT_2026J,
    HELDOUT_2026K,
    HELDOUT_2026L,
    HELDOUT_2026M,
    HELDOUT_2026N,
    HELDOUT_2026O,
    HELDOUT_2026P,
    HELDOUT_2026Q,
    HELDOUT_2026R,
    HELDOUT_2026S,
    HELDOUT_2026T,
    HELDOUT_2026U,
    HELDOUT_2026V,
    HELDOUT_2026W,
    HELDOUT_2026X,
    HELDOUT_2026Y,
    HELDOUT_2026Z,
    annotated,
)

from armscontrol.data.parties import is_known_party

SETS = {
    "heldout-2026b": annotated(HELDOUT_2026B),
    "heldout-2026c": annotated(HELDOUT_2026C),
    "heldout-2026d": annotated(HELDOUT_2026D),
    "heldout-2026e": annotated(HELDOUT_2026E),
    "heldout-2026f": annotated(HELDOUT_2026F),
    "heldout-2026g": annotated(HELDOUT_2026G),
    "heldout-2026h": annotated(HELDOUT_2026H),
    "heldout-2026i": annotated(HELDOUT_2026I),
    "heldout-2026j": annotated(HELDOUT_2026J),
    "heldout-2026k": annotated(HELDOUT_2026K),
    "heldout-2026l": annotated(HELDOUT_2026L),
    "heldout-2026m": annotated(HELDOUT_2026M),
    "heldout-2026n": annotated(HELDOUT_2026N),
    "heldout-2026o": annotated(HELDOUT_2026O),
    "heldout-2026p": annotated(HELDOUT_2026P),
    "heldout-2026q": annotated(HELDOUT_2026Q),
    "heldout-2026r": annotated(HELDOUT_2026R),
    "heldout-2026s": annotated(HELDOUT_2026S),
    "heldout-2026t": annotated(HELDOUT_2026T),
    "heldout-2026u": annotated(HELDOUT_2026U),
    "heldout-2026v": annotated(HELDOUT_2026V),
    "heldout-2026w": annotated(HELDOUT_2026W),
    "heldout-2026x": annotated(HELDOUT_2026X),
    "heldout-2026y": annotated(HELDOUT_2026Y),
    "heldout-2026z": annotated(HELDOUT_2026Z),
    "heldout-2026aa": annotated(HELDOUT_2026AA),
    "heldout-2026ab": annotated(HELDOUT_2026AB),
    "heldout-2026ac": annotated(HELDOUT_2026AC),
    "heldout-2026ad": annotated(HELDOUT_2026AD),
    "heldout-2026ae": annotated(HELDOUT_2026AE),
    "heldout-2026af": annotated(HELDOUT_2026AF),
    "heldout-2026ag": annotated(HELDOUT_2026AG),
    "heldout-2026ah": annotated(HELDOUT_2026AH),
}
FOLDERS = {
    "heldout-2026b": HELDOUT_2026B,
    "heldout-2026c": HELDOUT_2026C,
    "heldout-2026d": HELDOUT_2026D,
    "heldout-2026e": HELDOUT_2026E,
    "heldout-2026f": HELDOUT_2026F,
    "heldout-2026g": HELDOUT_2026G,
    "heldout-2026h": HELDOUT_2026H,
    "heldout-2026i": HELDOUT_2026I,
    "heldout-2026j": HELDOUT_2026J,
    "heldout-2026k": HELDOUT_2026K,
    "heldout-2026l": HELDOUT_2026L,
    "heldout-2026m": HELDOUT_2026M,
    "heldout-2026n": HELDOUT_2026N,
    "heldout-2026o": HELDOUT_2026O,
    "heldout-2026p": HELDOUT_2026P,
    "heldout-2026q": HELDOUT_2026Q,
    "heldout-2026r": HELDOUT_2026R,
    "heldout-2026s": HELDOUT_2026S,
    "heldout-2026t": HELDOUT_2026T,
    "heldout-2026u": HELDOUT_2026U,
    "heldout-2026v": HELDOUT_2026V,
    "heldout-2026w": HELDOUT_2026W,
    "heldout-2026x": HELDOUT_2026X,
    "heldout-2026y": HELDOUT_2026Y,
    "heldout-2026z": HELDOUT_2026Z,
    "heldout-2026aa": HELDOUT_2026AA,
    "heldout-2026ab": HELDOUT_2026AB,
    "heldout-2026ac": HELDOUT_2026AC,
    "heldout-2026ad": HELDOUT_2026AD,
    "heldout-2026ae": HELDOUT_2026AE,
    "heldout-2026af": HELDOUT_2026AF,
    "heldout-2026ag": HELDOUT_2026AG,
    "heldout-2026ah": HELDOUT_2026AH,
}
ITEMS = [(name, item) for name, items in SETS.items() for item in items]
INSTRUMENTS = Path(__file__).resolve().parents[2] / "src" / "armscontrol" / "data" / "instruments"
REGISTRY = {yaml.safe_load(path.read_text(encoding="utf-8"))["id"] for path in INSTRUMENTS.glob("*.yaml")}
FIELDS = ("publisher", "title", "date", "found_at", "kept")


@pytest.mark.parametrize("name", SETS)
def test_each_set_has_thirty_sourced_statements_frozen_before_the_work_it_measures(name):
    items = SETS[name]
    assert len(items) >= 30
    for item in items:
        for key in FIELDS:
            assert item.meta.get(key), f"{item.name}: no {key}"
        assert item.meta["heldout"] is True and item.meta["frozen"] == dt.date(2026, 12, 6)
        assert item.text.exists()
        assert 1963 <= item.expect["date"].year <= 2026
    assert (FOLDERS[name] / "README.md").read_text(encoding="utf-8").count("must not be tuned to") == 1


@pytest.mark.parametrize(("name", "item"), ITEMS, ids=[f"{n}/{i.name}" for n, i in ITEMS])
def test_each_annotation_uses_the_registry_and_known_states(name, item):
    expect = item.expect
    assert isinstance(expect["date"], dt.date)
    named = list(expect["instruments"]) + list(expect.get("zones", []))
    named += [c["instrument"] for c in expect["claims"] + expect.get("not_judged_false", [])]
    named += [f["instrument"] for f in expect["figures"] if f.get("instrument")]
    assert set(named) <= REGISTRY, set(named) - REGISTRY
    parties = list(expect["places"]) + [c["party"] for c in expect["claims"] if c["party"]]
    assert all(is_known_party(code) for code in parties), parties
    for claim in expect["claims"]:
        assert claim["verdict"] in {"consistent", "contradicted", "not_in_data"}
    for figure in expect["figures"]:
        assert ("value" in figure) != ("low" in figure and "high" in figure), figure
    for provision in expect.get("provisions", []):
        record = yaml.safe_load((INSTRUMENTS / f"{provision['instrument']}.yaml").read_text(encoding="utf-8"))
        assert provision["id"] in {p["id"] for p in record.get("provisions", [])}, (item.name, provision)
