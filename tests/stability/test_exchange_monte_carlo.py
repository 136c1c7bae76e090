"""Monte Carlo agreement test of the exchange model (:func:`first_strike`).

An independent, deliberately plain simulation of the exchange described in
DESIGN.md ("The stability models") and docs/stability.md: every aim point is
listed, the attacker's allocation is recomputed, every counterforce warhead is
simulated through the victim's defence *as an object* (tracking, decoys,
random engagement under a limited inventory, common-mode reliability), and
then through its own reliability and kill probability at its aim point. The
struck side's survivors launch (per-warhead reliability), pass the attacker's
defence, and arrive; the attacker's reserve meets the victim's defence with
the interceptors that are *actually* left in that run.

Nothing of :mod:`armscontrol.stability` is used by the simulation except the
input dataclasses. Conventions shared with the model on purpose (documented
modelling choices, not approximations): the attacker's warheads are pooled with
their warhead-weighted mean reliability; ⌊f·L⌋ launchers are survivable; the
exposed launchers of a basing are split as evenly as possible over its bases;
the attacker covers aim points greedily by warheads destroyed per warhead
spent; launch under attack takes E = ⌊φ·a·k⌉ of the launchers at the a
attacked aim points of a group (k launchers each) out before the strike lands,
spread as evenly as possible; every salvo (counterforce, reserve, retaliation)
is thinned by reliability before it meets a defence (a failed missile never
reaches it); a warhead's failure is independent of
the others on its missile (approximation 3 of the model, simulated as such).

Scenarios 1–2 (no defence on the struck side) are claimed exact: the model's
pmfs must agree with the simulation within sampling error (mean within 4
standard errors, lower 5th percentile within ±1 or within the order-statistic
interval of the sample, and a Kolmogorov–Smirnov distance below the 0.1 %
critical value). Scenario 3 (a defence on the struck side) is where the
approximations enter; the measured errors are asserted against a stated
tolerance.
"""

from __future__ import annotations

import functools
import math

import numpy as np
import pytest

from armscontrol.stability import Attack, DefenceLayer, ForceElement, Posture, Side, first_strike

RUNS = 200_000
BATCH = 25_000


# --------------------------------------------------------------------------- simulation


def lower_quantile(sample: np.ndarray, q: float) -> int:
    """Smallest x with empirical P(X ≤ x) ≥ q (the model's percentile convention)."""
    return int(np.quantile(sample, q, method="inverted_cdf"))


def aim_points(victim: Side, posture: Posture) -> tuple[list[tuple[int, str, int]], list[int]]:
    """Every aim point as (element, class, launchers there); and each element's survivable launchers."""
    points, safe = [], []
    for index, e in enumerate(victim.forces):
        survivable = (
            0 if e.basing == "silo" else int(math.floor(e.survivable.get(posture.alert, 0.0) * e.launchers + 1e-9))
        )
        safe.append(survivable)
        exposed = e.launchers - survivable
        if exposed <= 0:
            continue
        if e.basing == "silo":
            points += [(index, "silo", 1)] * exposed
        else:
            bases = min(e.bases, exposed)
            points += [(index, "soft", exposed // bases + (1 if j < exposed % bases else 0)) for j in range(bases)]
    return points, safe


def allocate(points, victim: Side, attack: Attack, r_attacker: float, warheads: int) -> list[int]:
    """Warheads aimed at each point (0 if unattacked), greedy by warheads destroyed per warhead spent."""

    def per(cls):
        return attack.warheads_per_silo if cls == "silo" else attack.warheads_per_soft

    def sspk(cls):
        return attack.sspk_silo if cls == "silo" else attack.sspk_soft

    def value(p):
        element, cls, launchers = p
        v = launchers * victim.forces[element].warheads_per_launcher
        return v * (1 - (1 - r_attacker * sspk(cls)) ** per(cls)) / per(cls)

    aimed, left = [0] * len(points), warheads
    for i in sorted(range(len(points)), key=lambda i: -value(points[i])):
        n = per(points[i][1])
        if left >= n:
            aimed[i], left = n, left - n
    return aimed


def layer_counts(warheads, layer: DefenceLayer, decoys: int, inventory, rng):
    """One salvo layer on per-run warhead counts: (leaking, interceptors fired)."""
    n = warheads.shape[0]
    works = rng.random(n) < layer.reliability
    undiscriminated = rng.binomial(warheads * decoys, 1.0 - layer.discrimination)
    tracked_real = rng.binomial(warheads, layer.tracking)
    tracked_decoys = rng.binomial(undiscriminated, layer.tracking)
    engaged = np.minimum(tracked_real + tracked_decoys, np.asarray(inventory) // layer.shots)
    engaged_real = rng.hypergeometric(tracked_real, tracked_decoys, engaged)
    kills = rng.binomial(engaged_real, 1.0 - (1.0 - layer.sspk) ** layer.shots)
    return np.where(works, warheads - kills, warheads), np.where(works, layer.shots * engaged, 0)


def victim_defence_objects(n_warheads: int, reliability: float, layers, decoys: int, runs: int, rng):
    """Counterforce warheads through the struck side's layers, object by object.

    Each warhead's reliability is drawn first: a failed one (and its decoys)
    never reaches the defence. Returns a (runs, n_warheads) mask of warheads
    that arrive and leak, and the interceptors left in each layer in each run.
    """
    alive = rng.random((runs, n_warheads)) < reliability
    left = []
    for layer in layers:
        works = rng.random(runs) < layer.reliability
        real = alive & (rng.random((runs, n_warheads)) < layer.tracking)
        # each leaking warhead brings d fresh decoys into each layer
        escorts = np.repeat(alive, decoys, axis=1)
        fake = (
            escorts
            & (rng.random(escorts.shape) < (1 - layer.discrimination))
            & (rng.random(escorts.shape) < layer.tracking)
        )
        tracked = np.concatenate([real, fake], axis=1)
        keys = np.where(tracked, rng.random(tracked.shape), np.inf)
        rank = np.argsort(np.argsort(keys, axis=1), axis=1)
        engaged = tracked & (rank < layer.interceptors // layer.shots) & works[:, None]
        left.append(layer.interceptors - layer.shots * engaged.sum(axis=1))
        killed = engaged[:, :n_warheads] & (rng.random((runs, n_warheads)) < 1 - (1 - layer.sspk) ** layer.shots)
        alive &= ~killed
    return alive, left


def simulate(
    attacker: Side, victim: Side, attack: Attack, posture: Posture, runs: int, seed: int
) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    warheads_a = sum(e.launchers * e.warheads_per_launcher for e in attacker.forces)
    r_a = sum(e.launchers * e.warheads_per_launcher * e.reliability for e in attacker.forces) / warheads_a
    points, safe = aim_points(victim, posture)
    aimed = allocate(points, victim, attack, r_a, warheads_a)
    # launch under attack: at the attacked aim points of each element holding k launchers,
    # ⌊φ·a·k⌉ launchers leave, spread as evenly as possible over those a points
    escaped = [0] * len(points)
    for index in range(len(victim.forces)):
        for k in {p[2] for p in points if p[0] == index}:
            attacked_here = [i for i, p in enumerate(points) if p[0] == index and p[2] == k and aimed[i]]
            if not attacked_here:
                continue
            each, extra = divmod(int(round(posture.escaping_fraction * len(attacked_here) * k)), len(attacked_here))
            for j, i in enumerate(attacked_here):
                escaped[i] = each + (1 if j < extra else 0)
    owner = np.repeat(np.arange(len(points)), aimed)  # aim point of each counterforce warhead
    n_cf = int(owner.size)
    sspk_of = np.array([attack.sspk_silo if points[i][1] == "silo" else attack.sspk_soft for i in owner])
    out = {k: [] for k in ("surviving", "launched", "arriving", "reserve", "left")}
    for start in range(0, runs, BATCH):
        n = min(BATCH, runs - start)
        leak, left = victim_defence_objects(n_cf, r_a, victim.defence, attacker.decoys_per_warhead, n, rng)
        hit = leak & (rng.random((n, n_cf)) < sspk_of)
        destroyed = np.zeros((n, len(points)), dtype=bool)
        for j in range(n_cf):
            destroyed[:, owner[j]] |= hit[:, j]
        surviving = np.zeros(n, dtype=np.int64)
        launched = np.zeros(n, dtype=np.int64)
        for index, e in enumerate(victim.forces):
            cols = [i for i, p in enumerate(points) if p[0] == index]
            at_point = np.array([points[i][2] for i in cols], dtype=np.int64)
            gone = np.array([escaped[i] for i in cols], dtype=np.int64)  # launched before the strike lands
            launchers = safe[index] + np.where(destroyed[:, cols], gone, at_point).sum(axis=1).astype(np.int64)
            warheads = launchers * e.warheads_per_launcher
            surviving += warheads
            launched += rng.binomial(warheads, e.reliability)  # each warhead independently
        arriving = launched
        for layer in attacker.defence:
            arriving, _ = layer_counts(arriving, layer, victim.decoys_per_warhead, layer.interceptors, rng)
        reserve = rng.binomial(np.full(n, warheads_a - n_cf), r_a)
        for layer, inventory in zip(victim.defence, left):
            reserve, _ = layer_counts(reserve, layer, attacker.decoys_per_warhead, inventory, rng)
        for k, v in (("surviving", surviving), ("launched", launched), ("arriving", arriving), ("reserve", reserve)):
            out[k].append(v)
        out["left"].append(np.stack(left, axis=1) if left else np.zeros((n, 0)))
    return {k: np.concatenate(v) for k, v in out.items()}


# --------------------------------------------------------------------------- comparison


def compare(pmf: np.ndarray, sample: np.ndarray) -> dict[str, float]:
    """Exact pmf against a sample: means, standard error, z, lower 5th percentiles and KS distance."""
    n = sample.size
    values = np.arange(len(pmf))
    mean = float(np.dot(values, pmf))
    se = float(sample.std(ddof=1) / math.sqrt(n)) if n > 1 else 0.0
    cdf = np.cumsum(pmf)
    p5 = int(np.searchsorted(cdf, 0.05 * cdf[-1] * (1 - 1e-12)))
    ordered = np.sort(sample)
    spread = 4 * math.sqrt(n * 0.05 * 0.95)
    lo = int(ordered[max(0, int(n * 0.05 - spread))])
    hi = int(ordered[min(n - 1, int(n * 0.05 + spread))])
    counts = np.bincount(sample.astype(np.int64), minlength=len(pmf))[: len(pmf)]
    ks = float(np.max(np.abs(np.cumsum(counts) / n - cdf)))
    return {
        "exact_mean": mean,
        "mc_mean": float(sample.mean()),
        "se": se,
        "z": (float(sample.mean()) - mean) / se if se > 0 else 0.0,
        "exact_p5": p5,
        "mc_p5": lower_quantile(sample, 0.05),
        "p5_lo": lo,
        "p5_hi": hi,
        "ks": ks,
    }


def assert_agrees(pmf: np.ndarray, sample: np.ndarray, label: str) -> dict[str, float]:
    c = compare(pmf, sample)
    msg = f"{label}: {c}"
    if c["se"] == 0:
        assert c["exact_mean"] == pytest.approx(c["mc_mean"]), msg
    else:
        assert abs(c["z"]) < 4, msg
    assert abs(c["exact_p5"] - c["mc_p5"]) <= 1 or c["p5_lo"] <= c["exact_p5"] <= c["p5_hi"], msg
    assert c["ks"] < 1.95 / math.sqrt(sample.size), msg  # KS 0.1 % critical value (conservative for discrete)
    return c


# --------------------------------------------------------------------------- scenarios


def victim_side(defence=(), decoys=0) -> Side:
    return Side(
        "B",
        (
            ForceElement("silos", "silo", 30, 1, 0.8),
            # 10 boats, 4 warheads each; ⌊0.6·10⌋ = 6 at sea, 4 in port over 2 bases (8 warheads each)
            ForceElement("boats", "sea", 10, 4, 0.9, {"generated": 0.6, "day_to_day": 0.2}, bases=2),
            # 9 mobile launchers; 4 dispersed, 5 at 3 garrisons: 2, 2, 1 (uneven split)
            ForceElement("mobile", "mobile", 9, 1, 0.85, {"generated": 0.5}, bases=3),
        ),
        tuple(defence),
        decoys,
    )


def attacker_side(silos=40, defence=(), decoys=0) -> Side:
    # pooled reliability (80·0.85 + 20·0.95)/100 = 0.87 with 40 silos
    return Side(
        "A",
        (
            ForceElement("silos", "silo", silos, 2, 0.85),
            ForceElement("boats", "sea", 5, 4, 0.95, {"generated": 1.0, "day_to_day": 1.0}),
        ),
        tuple(defence),
        decoys,
    )


def run(attacker, victim, attack, posture, seed, runs=RUNS):
    ex = first_strike(attacker, victim, attack, posture)
    return ex, simulate(attacker, victim, attack, posture, runs, seed)


ATTACK = Attack(sspk_silo=0.7, sspk_soft=0.95, warheads_per_silo=2, warheads_per_soft=1)


# 1. No defences: the model claims exact distributions.


@pytest.mark.parametrize("silos, alert", [(40, "generated"), (15, "generated"), (40, "day_to_day")])
def test_no_defence_exact(silos, alert):
    # 40 silos: every aim point covered, reserve 35; 15 silos (50 warheads): bases first, then 22 of 30 silos.
    attacker, victim, posture = attacker_side(silos), victim_side(), Posture(alert=alert)
    ex, mc = run(attacker, victim, ATTACK, posture, seed=silos + len(alert))
    assert ex.neglected_mass < 1e-9
    assert_agrees(ex.surviving_pmf, mc["surviving"], "surviving")
    assert_agrees(ex.retaliation_launched_pmf, mc["launched"], "launched")
    assert_agrees(ex.retaliation_pmf, mc["arriving"], "arriving")
    assert_agrees(ex.reserve_arriving_pmf, mc["reserve"], "reserve")


def test_no_defence_launch_under_attack_silos():
    victim = Side(
        "B", (ForceElement("silos", "silo", 30, 3, 0.8), ForceElement("boats", "sea", 6, 4, 0.9, {"generated": 1.0}))
    )
    posture = Posture(launch="launch_under_attack", launch_fraction=0.3)  # ⌊0.3·30⌉ = 9 silos leave
    ex, mc = run(attacker_side(40), victim, ATTACK, posture, seed=11)
    assert_agrees(ex.surviving_pmf, mc["surviving"], "surviving")
    assert_agrees(ex.retaliation_pmf, mc["arriving"], "arriving")


@pytest.mark.parametrize("fraction", [0.3, 0.75])
def test_no_defence_launch_under_attack_bases(fraction):
    # Boats in port: 12 of 20 over 3 bases (4 each); mobile garrisons: 7 of 7 over 2 (4 and 3).
    # φ = 0.3 takes ⌊0.3·12⌉ = 4 boats out of port (1 base keeps 2, 2 keep 3) and ⌊0.3·4⌉ = 1,
    # ⌊0.3·3⌉ = 1 mobile launchers out: a fraction of the launchers, not whole bases.
    victim = Side(
        "B",
        (
            ForceElement("silos", "silo", 10, 1, 0.8),
            ForceElement("boats", "sea", 20, 4, 0.9, {"generated": 0.4}, bases=3),
            ForceElement("mobile", "mobile", 7, 1, 0.85, {"generated": 0.0}, bases=2),
        ),
    )
    posture = Posture(launch="launch_under_attack", launch_fraction=fraction)
    ex, mc = run(attacker_side(40), victim, ATTACK, posture, seed=int(100 * fraction))
    ride_out = first_strike(attacker_side(40), victim, ATTACK, Posture())
    assert ex.victim_surviving_warheads > ride_out.victim_surviving_warheads + fraction * 30
    assert_agrees(ex.surviving_pmf, mc["surviving"], "surviving")
    assert_agrees(ex.retaliation_pmf, mc["arriving"], "arriving")


# 2. A defence on the attacker's side only: retaliation passes it, still exact.


@pytest.mark.parametrize("interceptors, label", [(1000, "ample"), (21, "binding")])
def test_attacker_defence_exact(interceptors, label):
    layers = (
        DefenceLayer(interceptors, 0.7, shots=2, tracking=0.95, discrimination=0.5, reliability=0.9, name="outer"),
        DefenceLayer(
            interceptors // 2 + 1, 0.6, shots=1, tracking=0.9, discrimination=0.3, reliability=0.95, name="inner"
        ),
    )
    attacker, victim = attacker_side(40, defence=layers), victim_side(decoys=1)
    ex, mc = run(attacker, victim, ATTACK, Posture(), seed=interceptors)
    assert ex.neglected_mass < 1e-9
    assert_agrees(ex.retaliation_launched_pmf, mc["launched"], "launched")
    c = assert_agrees(ex.retaliation_pmf, mc["arriving"], f"arriving ({label})")
    if label == "binding":
        assert c["exact_mean"] > 0.5 * c["exact_mean"] + 0  # sanity: something arrives
        # the inventory binds: mean arriving well above what an ample defence lets through
        ample = first_strike(
            attacker_side(40, defence=tuple(layer.with_interceptors(1000) for layer in layers)),
            victim,
            ATTACK,
            Posture(),
        )
        assert c["exact_mean"] > ample.retaliation_arriving + 5


# 3. A defence on the struck side: approximation 1 (expected leak fraction per aim point)
#    and approximation 2 (expected interceptors spent) enter. Measured, with a tolerance.

VICTIM_DEFENCES = {
    # ample inventory (300 ≥ 2 shots · 65 warheads · 2 objects), perfect layer reliability:
    # each warhead leaks independently, so approximation 1 is exact here
    "independent": (DefenceLayer(300, 0.7, shots=2, tracking=0.9, name="nmd"),),
    # binding inventory: 100 engageable of ~117 tracked objects (65 warheads + 65 decoys)
    "binding": (DefenceLayer(200, 0.7, shots=2, tracking=0.9, name="nmd"),),
    # tighter: 20 engageable of 65 warheads + ~33 undiscriminated decoys
    "scarce": (DefenceLayer(40, 0.7, shots=2, tracking=0.9, discrimination=0.5, name="nmd"),),
    # common-mode failure (0.8): leaks are correlated across all aim points
    "common-mode": (DefenceLayer(300, 0.7, shots=2, tracking=0.9, reliability=0.8, name="nmd"),),
}

# Tolerance of approximations 1 and 2 (asserted): means of surviving, arriving and reserve
# warheads within 2 % (+ 4 s.e.); 5th percentiles within 10 % (+1) -- except under
# common-mode failure, see test_victim_defence_common_mode_p5.
MEAN_TOLERANCE, P5_TOLERANCE = 0.02, 0.10


@functools.cache
def victim_defence_run(case):
    attacker, victim = attacker_side(40, decoys=1), victim_side(defence=VICTIM_DEFENCES[case])
    ex, mc = run(attacker, victim, ATTACK, Posture(), seed=len(case), runs=100_000)
    results = {}
    for key, pmf in (
        ("surviving", ex.surviving_pmf),
        ("arriving", ex.retaliation_pmf),
        ("reserve", ex.reserve_arriving_pmf),
    ):
        c = results[key] = compare(pmf, mc[key])
        print(
            f"{case:12s} {key:9s} exact mean {c['exact_mean']:8.3f}  MC {c['mc_mean']:8.3f} ± {c['se']:.3f} (z "
            f"{c['z']:+.1f})"
            f"  p5 exact {c['exact_p5']:3d} MC {c['mc_p5']:3d} [{c['p5_lo']}, {c['p5_hi']}]  KS {c['ks']:.4f}"
        )
    left = ex.victim_interceptors_left
    print(f"{case:12s} interceptors left: model {left}  MC mean {mc['left'].mean(axis=0)}")
    return ex, mc, results


@pytest.mark.parametrize("case", list(VICTIM_DEFENCES))
def test_victim_defence_approximation(case):
    ex, mc, results = victim_defence_run(case)
    for key, c in results.items():
        if case == "common-mode" and key == "reserve":
            continue  # see test_victim_defence_common_mode
        if case == "independent" and key != "reserve":
            assert_agrees(ex.surviving_pmf if key == "surviving" else ex.retaliation_pmf, mc[key], f"{case} {key}")
            continue
        assert abs(c["exact_mean"] - c["mc_mean"]) <= MEAN_TOLERANCE * c["mc_mean"] + 4 * c["se"] + 0.05, (case, key, c)
        if case != "common-mode":
            assert abs(c["exact_p5"] - c["mc_p5"]) <= P5_TOLERANCE * c["mc_p5"] + 1, (case, key, c)
    # approximation 2: interceptors left = I − round(E[used]); E over runs of what is actually left
    # differs by the rounding only (every layer here is reliable or fails as a whole)
    mc_left = mc["left"].mean(axis=0)
    assert np.all(
        np.abs(np.array(ex.victim_interceptors_left) - mc_left)
        <= 1.0 + 4 * mc["left"].std(axis=0) / math.sqrt(len(mc["left"]))
    )


# A layer that fails as a whole: the exchange conditions on the layer working or failing
# against the counterforce salvo, so the bad case (every warhead lands) keeps its weight.
@pytest.mark.parametrize("key", ["surviving", "arriving", "reserve"])
def test_victim_defence_common_mode(key):
    c = victim_defence_run("common-mode")[2][key]
    assert abs(c["exact_p5"] - c["mc_p5"]) <= P5_TOLERANCE * c["mc_p5"] + 1, (key, c)
    assert abs(c["exact_mean"] - c["mc_mean"]) <= MEAN_TOLERANCE * c["mc_mean"] + 4 * c["se"] + 0.05, (key, c)


# Approximation 2 (interceptors spent on the first strike taken as their expected number, rounded),
# against the physical process simulated above (the interceptors actually left in each run). Measured:
# expected reserve arriving -2.0 % ("independent": 8.67 in the model against 8.84 ± 0.01 in the runs)
# and +0.8 % ("binding": 30.00 against 29.75 ± 0.01). The bound stated in docs/stability.md is 2.5 % of the mean + 4
# s.e.
APPROXIMATION_2_BOUND = 0.025


@pytest.mark.parametrize("case", ["independent", "binding", "scarce"])
def test_interceptors_spent_approximation_is_bounded(case):
    c = victim_defence_run(case)[2]["reserve"]
    assert abs(c["exact_mean"] - c["mc_mean"]) <= APPROXIMATION_2_BOUND * c["mc_mean"] + 4 * c["se"], c
