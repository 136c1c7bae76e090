"""Benchmark: exact engagement and frontier against Monte Carlo references, in one process.

Run: .venv/bin/python benchmarks/bench_engagement.py

Prints, for each model, the time and the error of the exact method and of a
Monte Carlo reference, and their speed ratio: at the Monte Carlo's own accuracy
(10^6 runs) and extrapolated to the exact method's accuracy (runs ∝ σ²/ε²).
The frontier reference is a Monte Carlo check of the three frontier points only
(no search), a lower bound on what a Monte Carlo frontier would cost.
"""

from __future__ import annotations

import time

import numpy as np

from armscontrol.stability import Attack, DefenceLayer, ForceElement, Posture, Side, engage, frontier


def timed(fn, repeat=3):
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - start)
    return best, out


def monte_carlo_leakers(w, interceptors, sspk, shots, tracking, reliability, runs, rng):
    """Vectorised Monte Carlo of a salvo without decoys (per-run counts, binomial draws)."""
    works = rng.random(runs) < reliability
    tracked = rng.binomial(w, tracking, runs)
    engaged = np.minimum(tracked, interceptors // shots)
    killed = rng.binomial(engaged, 1 - (1 - sspk) ** shots)
    return np.where(works, w - killed, w)


def monte_carlo_retaliation(attacker, victim, attack, posture, runs, rng):
    """Monte Carlo of the exchange as the model defines it, for a victim without defence.

    The attacker pools its warheads at their warhead-weighted mean reliability r_A;
    the victim's aim points are its silos and the bases of the non-survivable part
    (floor(f·L) launchers survivable, the rest split as evenly as possible over the
    bases); the attacker covers aim points greedily by warheads destroyed per warhead
    spent; an attacked point survives with (1 − r_A·sspk)^n; each surviving warhead
    launches with its element's reliability; the retaliation meets the attacker's
    salvo layers (tracking, common mode, inventory). Per-run counts, binomial draws.
    """
    r_a = sum(e.warheads * e.reliability for e in attacker.forces) / attacker.warheads
    per = {"silo": attack.warheads_per_silo, "soft": attack.warheads_per_soft}
    sspk = {"silo": attack.sspk_silo, "soft": attack.sspk_soft}
    points, safe = [], []  # aim points (element, class, warheads there); survivable warheads per element
    for i, e in enumerate(victim.forces):
        survivable = 0 if e.basing == "silo" else int(e.survivable.get(posture.alert, 0.0) * e.launchers + 1e-9)
        safe.append(survivable * e.warheads_per_launcher)
        exposed = e.launchers - survivable
        if e.basing == "silo":
            points += [(i, "silo", e.warheads_per_launcher)] * exposed
        elif exposed > 0:
            bases = min(e.bases, exposed)
            points += [
                (i, "soft", (exposed // bases + (j < exposed % bases)) * e.warheads_per_launcher) for j in range(bases)
            ]
    value = [v * (1 - (1 - r_a * sspk[c]) ** per[c]) / per[c] for _, c, v in points]
    left, attacked = attacker.warheads, set()
    for k in sorted(range(len(points)), key=lambda k: -value[k]):
        if left >= per[points[k][1]]:
            attacked.add(k)
            left -= per[points[k][1]]
    launched = np.zeros(runs, dtype=np.int64)
    for i, e in enumerate(victim.forces):
        surviving = np.full(runs, safe[i], dtype=np.int64)
        groups = {}
        for k, (element, c, v) in enumerate(points):
            if element == i:
                groups[c, v, k in attacked] = groups.get((c, v, k in attacked), 0) + 1
        for (c, v, hit), count in groups.items():
            q = (1 - r_a * sspk[c]) ** per[c] if hit else 1.0
            surviving += v * rng.binomial(count, q, runs)
        launched += rng.binomial(surviving, e.reliability)
    arriving = launched
    for layer in attacker.defence:
        works = rng.random(runs) < layer.reliability
        engaged = np.minimum(rng.binomial(arriving, layer.tracking), layer.interceptors // layer.shots)
        arriving = arriving - np.where(works, rng.binomial(engaged, 1 - (1 - layer.sspk) ** layer.shots), 0)
    return arriving


def bench_engagement():
    w, interceptors, sspk, shots, tracking, reliability = 5000, 1000, 0.7, 2, 0.95, 0.9
    t_exact, exact = timed(
        lambda: engage(w, interceptors, sspk, shots=shots, tracking=tracking, reliability=reliability)
    )
    # Closed form of the mean: engaged = min(tracked, 500) = 500 (P(tracked < 500) ~ 0), kills 500·0.91.
    truth = reliability * (w - 500 * (1 - (1 - sspk) ** shots)) + (1 - reliability) * w
    rng = np.random.default_rng(2024)
    runs = 1_000_000
    t_mc, sample = timed(
        lambda: monte_carlo_leakers(w, interceptors, sspk, shots, tracking, reliability, runs, rng), repeat=1
    )
    mc_error = abs(sample.mean() - truth)
    se = sample.std() / np.sqrt(runs)
    print("engagement: 5,000 warheads, 1,000 interceptors, 2 shots, tracking 0.95, reliability 0.9")
    print(
        f"  exact      : {t_exact * 1e3:8.2f} ms   |error of mean| {abs(exact.expected_leakers - truth):.2e}   full pmf"
    )
    print(f"  Monte Carlo: {t_mc * 1e3:8.2f} ms   |error of mean| {mc_error:.2e} (s.e. {se:.2e}) with {runs:,} runs")
    target = max(abs(exact.expected_leakers - truth), 1e-9)
    runs_needed = (sample.std() / target) ** 2
    print(
        f"  Monte Carlo runs for the exact answer's error: {runs_needed:.2e} -> ~{t_mc * runs_needed / runs:.2e} s; "
        f"speed ratio (MC same accuracy / exact) ~{t_mc * runs_needed / runs / t_exact:.1e}"
    )
    print(f"  speed ratio at MC's own accuracy (1e6 runs / exact): {t_mc / t_exact:.1f}x")


def bench_frontier():
    facing = Side(
        "RUS",
        (
            ForceElement("silos", "silo", 300, 1, 0.85),
            ForceElement("subs", "sea", 100, 4, 0.85, {"generated": 0.7}, bases=2),
        ),
    )
    defended = Side(
        "USA",
        (
            ForceElement("silos", "silo", 300, 1, 0.85),
            ForceElement("subs", "sea", 100, 4, 0.9, {"generated": 0.9}, bases=2),
        ),
        (DefenceLayer(0, 0.7, shots=2, tracking=0.95, name="nmd"),),
    )
    attack, posture = Attack(), Posture()
    t_exact, points = timed(lambda: frontier(defended, facing, "nmd", [0, 100, 200], attack, posture, 150), repeat=1)

    rng = np.random.default_rng(7)

    def mc_p5(side_a, side_b, runs):
        arriving = monte_carlo_retaliation(side_a, side_b, attack, posture, runs, rng)
        # the model's convention: lower 5th percentile, smallest x with P(X <= x) >= 0.05
        return np.quantile(arriving, 0.05, method="inverted_cdf")

    start = time.perf_counter()
    mc_points = []
    for p in points:
        d = defended.with_layer_interceptors("nmd", p.interceptors).scaled(p.scale)
        mc_points.append(mc_p5(d, facing.scaled(p.scale), 200_000))
    t_mc = time.perf_counter() - start
    print("frontier: 3 defence sizes, bisection on the force scale")
    print(f"  exact      : {t_exact:8.2f} s for the whole frontier (each point: smallest scale with p5 ≥ 150)")
    for p, mc in zip(points, mc_points):
        print(
            f"    I={p.interceptors:4d} scale={p.scale:.3f} RUS warheads={p.facing_warheads} exact "
            f"p5={p.retaliation_p5} MC p5={mc:.0f}"
        )
    print(f"  Monte Carlo: {t_mc:8.2f} s to check the 3 frontier points only (200,000 runs each, no search)")
    print(f"  speed ratio (MC check of points / exact frontier with search): {t_mc / t_exact:.2f}x")


if __name__ == "__main__":
    bench_engagement()
    bench_frontier()
