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

from armscontrol.stability import Attack, DefenceLayer, ForceElement, Posture, Side, engage, first_strike, frontier


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


def bench_engagement():
    w, interceptors, sspk, shots, tracking, reliability = 5000, 1000, 0.7, 2, 0.95, 0.9
    t_exact, exact = timed(lambda: engage(w, interceptors, sspk, shots=shots, tracking=tracking, reliability=reliability))
    # Closed form of the mean: engaged = min(tracked, 500) = 500 (P(tracked < 500) ~ 0), kills 500·0.91.
    truth = reliability * (w - 500 * (1 - (1 - sspk) ** shots)) + (1 - reliability) * w
    rng = np.random.default_rng(2024)
    runs = 1_000_000
    t_mc, sample = timed(lambda: monte_carlo_leakers(w, interceptors, sspk, shots, tracking, reliability, runs, rng), repeat=1)
    mc_error = abs(sample.mean() - truth)
    se = sample.std() / np.sqrt(runs)
    print("engagement: 5,000 warheads, 1,000 interceptors, 2 shots, tracking 0.95, reliability 0.9")
    print(f"  exact      : {t_exact * 1e3:8.2f} ms   |error of mean| {abs(exact.expected_leakers - truth):.2e}   full pmf")
    print(f"  Monte Carlo: {t_mc * 1e3:8.2f} ms   |error of mean| {mc_error:.2e} (s.e. {se:.2e}) with {runs:,} runs")
    target = max(abs(exact.expected_leakers - truth), 1e-9)
    runs_needed = (sample.std() / target) ** 2
    print(f"  Monte Carlo runs for the exact answer's error: {runs_needed:.2e} -> ~{t_mc * runs_needed / runs:.2e} s; "
          f"speed ratio (MC same accuracy / exact) ~{t_mc * runs_needed / runs / t_exact:.1e}")
    print(f"  speed ratio at MC's own accuracy (1e6 runs / exact): {t_mc / t_exact:.1f}x")


def bench_frontier():
    facing = Side("RUS", (ForceElement("silos", "silo", 300, 1, 0.85), ForceElement("subs", "sea", 100, 4, 0.85, {"generated": 0.7}, bases=2)))
    defended = Side("USA", (ForceElement("silos", "silo", 300, 1, 0.85), ForceElement("subs", "sea", 100, 4, 0.9, {"generated": 0.9}, bases=2)),
                    (DefenceLayer(0, 0.7, shots=2, tracking=0.95, name="nmd"),))
    attack, posture = Attack(), Posture()
    t_exact, points = timed(lambda: frontier(defended, facing, "nmd", [0, 100, 200], attack, posture, 150), repeat=1)

    rng = np.random.default_rng(7)

    def mc_p5(side_a, side_b, runs):
        # Monte Carlo of the same exchange: silo survivals and retaliation through the defence.
        ex = first_strike(side_a, side_b, attack, posture)  # for allocation only
        q = (1 - 0.85 * 0.7) ** 2
        silos = side_b.forces[0].launchers
        attacked = min(silos, ex.aim_points_attacked)
        surv = (silos - attacked) + rng.binomial(attacked, q, runs)
        subs = side_b.forces[1]
        safe = int(subs.survivable["generated"] * subs.launchers) * 4
        exposed_bases = 2
        per_base = (subs.launchers - safe // 4) // exposed_bases * 4
        bases_up = rng.binomial(exposed_bases, 1 - 0.85 * 0.95, runs) if ex.aim_points_attacked > attacked else exposed_bases
        launched = rng.binomial(surv, 0.85) + rng.binomial(safe + bases_up * per_base, 0.85)
        layer = side_a.defence[0]
        tracked = rng.binomial(launched, layer.tracking)
        engaged = np.minimum(tracked, layer.interceptors // layer.shots)
        arriving = launched - rng.binomial(engaged, 1 - (1 - layer.sspk) ** layer.shots)
        return np.percentile(arriving, 5)

    start = time.perf_counter()
    mc_points = []
    for p in points:
        d = defended.with_layer_interceptors("nmd", p.interceptors).scaled(p.scale)
        mc_points.append(mc_p5(d, facing.scaled(p.scale), 200_000))
    t_mc = time.perf_counter() - start
    print("frontier: 3 defence sizes, bisection on the force scale")
    print(f"  exact      : {t_exact:8.2f} s for the whole frontier (each point: smallest scale with p5 ≥ 150)")
    for p, mc in zip(points, mc_points):
        print(f"    I={p.interceptors:4d} scale={p.scale:.3f} RUS warheads={p.facing_warheads} exact p5={p.retaliation_p5} MC p5={mc:.0f}")
    print(f"  Monte Carlo: {t_mc:8.2f} s to check the 3 frontier points only (200,000 runs each, no search)")
    print(f"  speed ratio (MC check of points / exact frontier with search): {t_mc / t_exact:.2f}x")


if __name__ == "__main__":
    bench_engagement()
    bench_frontier()
