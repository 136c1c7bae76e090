"""Train the reader's claim model (``src/armscontrol/reader/claim_model.gz``) on the opened statement sets.

Run: .venv/bin/python benchmarks/train_claim_model.py [--cv FOLDS] [--out PATH]

Reads every hand-annotated statement of ``tests/statements`` except the sets still held out (``HELD_OUT``), records
each candidate (state, instrument, sentence) the reader builds with its features (:mod:`armscontrol.reader.learned`),
labels it with the kinds of claim the statement's annotation gives for that state and instrument, and fits one
L2-regularised logistic model per kind (L-BFGS, :func:`scipy.optimize.minimize`).

With ``--cv FOLDS`` it first measures the model on statements it was not trained on: the opened sets are dealt into
FOLDS groups, whole sets at a time, and each group is read by a model trained on the others. A claim is counted as the
reader reads it: from a sentence that holds a word of its act (:data:`armscontrol.reader.learned.ACT_WORDS`) and only
where the record, as of the statement's date as the reader reads it, agrees (``consistent``). It prints, for each
threshold, the claims found (a statement's claim is found where its best candidate reaches the threshold) against
those annotated, and for each kind the threshold it ships (the lowest from ``FLOOR`` whose cross-validated precision
is at least ``PRECISION``) with that precision. It then does the same over every candidate, whatever its words and the
data, for the confident thresholds (from ``CONFIDENT_FLOOR``, at ``CONFIDENT_PRECISION``), above which a claim needs no
word of its act and only that the data not contradict it. Without ``--cv`` the thresholds and precisions of the last
``--cv`` run are used (``THRESHOLDS``, ``CV_PRECISION``, ``CONFIDENT``, ``CONFIDENT_CV_PRECISION``).

The file written is the same byte for byte for the same annotations and code.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "reader"))

from reader_scoring import sets  # noqa: E402

from armscontrol.data import registry  # noqa: E402
from armscontrol.reader import learned, read_file  # noqa: E402
from armscontrol.reader.claims import judge  # noqa: E402

HELD_OUT = ("heldout-ag", "heldout-ah")
"""Sets frozen and never read: the model is measured on them and never trained on them."""
L2 = 4.0
"""The weight of the L2 penalty (chosen by cross-validation between 1 and 4: see docs/reader.md)."""
MIN_COUNT = 2
"""A feature seen in fewer candidates than this is not learnt."""
PRECISION = 0.7
"""The cross-validated precision each kind's threshold is set to reach."""
FLOOR = 0.15
"""The lowest threshold a kind is given: below it a claim rests on too little of the sentence to be shown."""
THRESHOLDS = {
    "signed": 0.15,
    "not_signed": 0.15,
    "ratified": 0.15,
    "not_ratified": 0.15,
    "bound": 0.2,
    "withdrew": 0.15,
    "suspended": 0.15,
    "ratification_revoked": 0.15,
    "in_force": 0.2,
    "not_in_force": 0.7,
    "extended": 0.2,
}
"""Each kind's threshold, from the last ``--cv`` run (docs/reader.md gives its table)."""
CV_PRECISION = {
    "signed": 0.72,
    "not_signed": 0.72,
    "ratified": 0.78,
    "not_ratified": 0.82,
    "bound": 0.75,
    "withdrew": 0.77,
    "suspended": 0.91,
    "ratification_revoked": 0.88,
    "in_force": 0.71,
    "not_in_force": 0.77,
    "extended": 0.71,
}
"""Each kind's cross-validated precision at its threshold, from the same run (the reader's evidence quotes it)."""
CONFIDENT_PRECISION = 0.65
"""The cross-validated precision, over every candidate whatever its words and the data, each kind's confident
threshold is set to reach (the twenty-fifth pass's thresholds, kept beside the lower ones: docs/reader.md)."""
CONFIDENT_FLOOR = 0.3
CONFIDENT = {
    "signed": 0.6,
    "not_signed": 0.45,
    "ratified": 0.45,
    "not_ratified": 0.3,
    "bound": 0.4,
    "withdrew": 0.4,
    "suspended": 0.3,
    "ratification_revoked": 0.3,
    "in_force": 0.75,
    "not_in_force": 0.8,
    "extended": 0.7,
}
"""Each kind's confident threshold, from the last ``--cv`` run."""
CONFIDENT_CV_PRECISION = {
    "signed": 0.66,
    "not_signed": 0.66,
    "ratified": 0.66,
    "not_ratified": 0.68,
    "bound": 0.65,
    "withdrew": 0.67,
    "suspended": 0.76,
    "ratification_revoked": 0.77,
    "in_force": 0.7,
    "not_in_force": 0.67,
    "extended": 0.71,
}
KINDS = learned.PARTY_KINDS + learned.INSTRUMENT_KINDS


def statements() -> list[dict]:
    """Each opened statement's candidates, features and annotated claims, read as the reader reads them."""
    out = []
    for name, items in sets().items():
        if name in HELD_OUT:
            continue
        for item in items:
            recorded: list = []
            token = learned.RECORDING.set(recorded)
            try:
                answer = read_file(str(item.text))
            finally:
                learned.RECORDING.reset(token)
            expected = {(c["kind"], c.get("party"), c.get("instrument")) for c in item.expect.get("claims", [])}
            out.append(
                {
                    "set": name,
                    "path": item.text,
                    "text": recorded[-1][0] if recorded else "",
                    "rows": recorded[-1][1] if recorded else [],
                    "expected": expected,
                    "date": answer.date,
                }
            )
    return out


def matrix(data: list[dict], vocabulary: dict[str, int] | None = None):  # noqa: ANN201
    """The feature matrix (one row per candidate), the labels (one column per kind) and each row's statement,
    party and instrument; the vocabulary is built from ``data`` where none is given."""
    if vocabulary is None:
        counts: Counter = Counter()
        for d in data:
            for _, names in d["rows"]:
                counts.update(set(names))
        vocabulary = {n: i for i, n in enumerate(sorted(n for n, c in counts.items() if c >= MIN_COUNT))}
    rows, cols, labels, meta = [], [], [], []
    for s, d in enumerate(data):
        for candidate, names in d["rows"]:
            index = sorted({vocabulary[n] for n in names if n in vocabulary})
            rows += [len(meta)] * len(index)
            cols += index
            labels.append([(k, candidate.party, candidate.instrument) in d["expected"] for k in KINDS])
            meta.append((s, candidate.party, candidate.instrument))
    x = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(meta), len(vocabulary)))
    return x, np.asarray(labels, dtype=float).reshape(-1, len(KINDS)), meta, vocabulary


def applicable(meta: list[tuple], kind: str) -> np.ndarray:
    """The rows a kind is read for: a state's acts for (state, instrument) rows, an instrument's for the rest."""
    return np.asarray([(m[1] is None) == (kind in learned.INSTRUMENT_KINDS) for m in meta], dtype=bool)


def fit(x: sp.csr_matrix, y: np.ndarray, l2: float = L2) -> tuple[np.ndarray, float]:
    """Weights and bias minimising the logistic loss plus ``l2 / 2 * |w|^2`` (the bias is not penalised)."""

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w[:-1] + w[-1]
        p = learned.logistic(z)
        value = -np.sum(y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12)) + 0.5 * l2 * w[:-1] @ w[:-1]
        g = p - y
        return float(value), np.concatenate([x.T @ g + l2 * w[:-1], [g.sum()]])

    result = minimize(loss, np.zeros(x.shape[1] + 1), jac=True, method="L-BFGS-B", options={"maxiter": 300})
    return result.x[:-1], float(result.x[-1])


def train(data: list[dict]) -> tuple[np.ndarray, np.ndarray, dict[str, int]]:
    """One model per kind over ``data``: weights (features x kinds), biases, vocabulary."""
    x, y, meta, vocabulary = matrix(data)
    weights = np.zeros((len(vocabulary), len(KINDS)))
    bias = np.zeros(len(KINDS))
    for k, kind in enumerate(KINDS):
        rows = applicable(meta, kind)
        weights[:, k], bias[k] = fit(x[rows], y[rows, k])
    return weights, bias, vocabulary


def cross_validate(data: list[dict], folds: int) -> tuple[dict[tuple, float], dict[tuple, float]]:
    """Each statement's best probability for each (kind, party, instrument), from a model trained without its set's
    fold: over the sentences that hold a word of the act, and over every sentence."""
    by_size = sorted(
        {d["set"] for d in data}, key=lambda s: (-sum(len(d["expected"]) for d in data if d["set"] == s), s)
    )
    fold_of = {name: i % folds for i, name in enumerate(by_size)}
    best: dict[tuple, float] = {}
    anywhere: dict[tuple, float] = {}
    for fold in range(folds):
        started = time.time()
        train_on = [d for d in data if fold_of[d["set"]] != fold]
        held = [i for i, d in enumerate(data) if fold_of[d["set"]] == fold]
        weights, bias, vocabulary = train(train_on)
        x, _, meta, _ = matrix([data[i] for i in held], vocabulary)
        p = learned.logistic(x @ weights + bias)
        names_of = [names for i in held for _, names in data[i]["rows"]]
        for row, (s, party, instrument) in enumerate(meta):
            for k, kind in enumerate(KINDS):
                if (party is None) != (kind in learned.INSTRUMENT_KINDS):
                    continue
                key = (held[s], kind, party, instrument)
                anywhere[key] = max(anywhere.get(key, 0.0), float(p[row, k]))
                if learned.tells(kind, names_of[row]):
                    best[key] = max(best.get(key, 0.0), float(p[row, k]))
        print(f"fold {fold + 1}/{folds}: {len(held)} statements, {time.time() - started:.0f} s", file=sys.stderr)
    return best, anywhere


def agreed(data: list[dict], best: dict[tuple, float]) -> dict[tuple, float]:
    """Of ``best``, the claims from ``FLOOR`` up that the record agrees with on the statement's date (the only ones the
    reader shows: :func:`armscontrol.reader.learned.learned_claims`)."""
    instruments = registry().instruments
    return {
        (s, k, p, i): v
        for (s, k, p, i), v in best.items()
        if v >= FLOOR and i in instruments and judge(k, instruments[i], p, data[s]["date"])[0] == "consistent"
    }


def report(
    data: list[dict], best: dict[tuple, float], lowest: float, target: float
) -> tuple[dict[str, float], dict[str, float]]:
    """Print recall and precision by threshold and by kind; return each kind's threshold (the lowest from ``lowest``
    whose precision reaches ``target``) and its cross-validated precision there."""
    expected = sum(len(d["expected"]) for d in data)
    print(f"{'threshold':>9} {'found':>6} {'right':>6} {'recall':>7} {'precision':>9}  (of {expected} annotated)")
    for t in (0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        found = sum(1 for v in best.values() if v >= t)
        right = sum(1 for (s, k, p, i), v in best.items() if v >= t and (k, p, i) in data[s]["expected"])
        print(f"{t:9.2f} {found:6} {right:6} {right / expected:7.3f} {right / max(found, 1):9.3f}")
    thresholds, precision = {}, {}
    print(f"\n{'kind':22} {'annotated':>9} {'threshold':>9} {'found':>6} {'right':>6} {'recall':>7} {'precision':>9}")
    for kind in KINDS:
        annotated = sum(1 for d in data for c in d["expected"] if c[0] == kind)
        scored = sorted(
            ((v, (k, p, i) in data[s]["expected"]) for (s, k, p, i), v in best.items() if k == kind), reverse=True
        )
        chosen = 0.9
        for t in np.arange(lowest, 0.91, 0.05):
            kept = [right for v, right in scored if v >= t]
            if kept and sum(kept) / len(kept) >= target:
                chosen = float(round(t, 2))
                break
        kept = [right for v, right in scored if v >= chosen]
        thresholds[kind] = chosen
        precision[kind] = round(sum(kept) / max(len(kept), 1), 2)
        print(
            f"{kind:22} {annotated:9} {chosen:9.2f} {len(kept):6} {sum(kept):6} {sum(kept) / max(annotated, 1):7.3f} "
            f"{sum(kept) / max(len(kept), 1):9.3f}"
        )
    return thresholds, precision


def opened_paths() -> list[Path]:
    """The text of every statement the model is trained on (every set but ``HELD_OUT``)."""
    return [item.text for name, items in sets().items() if name not in HELD_OUT for item in items]


def annotations_digest(paths: list[Path]) -> str:
    """A digest of the statements and annotations trained on (a test checks that the shipped model's is current)."""
    h = hashlib.sha256()
    for path in sorted(paths, key=str):
        for each in (path, path.with_suffix(".yaml")):
            h.update(str(each.resolve().relative_to(ROOT)).encode())
            h.update(each.read_bytes())
    return h.hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", type=int, default=0, metavar="FOLDS", help="cross-validate over FOLDS groups of sets")
    parser.add_argument("--out", type=Path, default=learned.MODEL_PATH, help="where to write the model")
    args = parser.parse_args()
    started = time.time()
    data = statements()
    print(f"read {len(data)} statements in {time.time() - started:.0f} s", file=sys.stderr)
    if args.cv:
        gated, anywhere = cross_validate(data, args.cv)
        print("From a sentence with a word of the act, where the data agrees:")
        thresholds, precision = report(data, agreed(data, gated), FLOOR, PRECISION)
        print("\nFrom any sentence, whatever the data says (the confident thresholds):")
        confident, sure_precision = report(data, anywhere, CONFIDENT_FLOOR, CONFIDENT_PRECISION)
    else:
        thresholds, precision, confident, sure_precision = THRESHOLDS, CV_PRECISION, CONFIDENT, CONFIDENT_CV_PRECISION
    weights, bias, vocabulary = train(data)
    keep = np.abs(weights).max(axis=1) >= 5e-5
    names = [n for n, i in sorted(vocabulary.items(), key=lambda x: x[1]) if keep[i]]
    trained_on = {
        "sets": sorted({d["set"] for d in data}),
        "held_out": list(HELD_OUT),
        "statements": len(data),
        "claims": sum(len(d["expected"]) for d in data),
        "annotations_sha256": annotations_digest([d["path"] for d in data]),
        "l2": L2,
        "min_count": MIN_COUNT,
        "cross_validated_precision": {k: precision[k] for k in KINDS},
        "cross_validated_precision_confident": {k: sure_precision[k] for k in KINDS},
    }
    model = learned.Model(
        vocabulary={n: i for i, n in enumerate(names)},
        kinds=KINDS,
        weights=weights[keep],
        bias=bias,
        thresholds=np.asarray([thresholds[k] for k in KINDS]),
        trained_on=trained_on,
        confident=np.asarray([confident[k] for k in KINDS]),
    )
    learned.save(model, args.out)
    print(
        f"wrote {args.out} ({args.out.stat().st_size:,} bytes, {len(names):,} features) in {time.time() - started:.0f} s"
    )


if __name__ == "__main__":
    main()
