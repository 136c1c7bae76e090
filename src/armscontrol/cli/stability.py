"""Commands of the stability models: ``engage``, ``stability`` and ``frontier``."""

from __future__ import annotations

import typer

from armscontrol.cli.app import JsonOption, command, console, print_json, progress, table
from armscontrol.errors import UserError

# The models pull in SciPy (about a second to import): load them only when a
# stability command runs, so that every other command starts quickly.


@command("engage")
def engage_command(
    warheads: int = typer.Option(..., "--warheads", help="Warheads arriving (≥ 0)."),
    interceptors: int = typer.Option(..., "--interceptors", help="Interceptors available (≥ 0)."),
    sspk: float = typer.Option(..., "--sspk", help="Single-shot kill probability of one interceptor, 0-1."),
    shots: int = typer.Option(1, "--shots", help="Interceptors per engaged object (≥ 1)."),
    doctrine: str = typer.Option("salvo", "--doctrine", help="salvo or shoot-look-shoot."),
    decoys: int = typer.Option(0, "--decoys", help="Credible decoys per warhead (≥ 0)."),
    discrimination: float = typer.Option(0.0, "--discrimination", help="Probability a decoy is recognised, 0-1."),
    tracking: float = typer.Option(1.0, "--tracking", help="Probability an object is tracked, 0-1."),
    reliability: float = typer.Option(1.0, "--reliability", help="Probability the defence works at all (common mode), 0-1."),
    as_json: bool = JsonOption,
) -> None:
    """Exact distribution of warheads leaking through one missile-defence layer."""
    from armscontrol.stability.engagement import DOCTRINES, engage

    if doctrine not in DOCTRINES:
        raise UserError(f"--doctrine: expected one of {', '.join(DOCTRINES)}, got '{doctrine}'")
    result = engage(warheads, interceptors, sspk, shots=shots, doctrine=doctrine, decoys=decoys,
                    discrimination=discrimination, tracking=tracking, reliability=reliability)
    if as_json:
        print_json(result.as_json())
        return
    console.print(table(
        f"{warheads:,} warheads against {interceptors:,} interceptors ({doctrine}, {shots} per object)",
        ["expected leakers", "P(no leaker)", "5th pct", "median", "95th pct", "interceptors used (expected)"],
        [[f"{result.expected_leakers:,.2f}", f"{result.p_no_leakers:.4g}", result.leakers_p5,
          result.leakers_median, result.leakers_p95, f"{result.interceptors_used:,.1f}"]],
        caption="exact distribution (no sampling); --json prints the full leaker pmf",
    ))


@command("stability")
def stability_command(
    scenario: str = typer.Argument(..., help="Scenario file (YAML)."),
    as_json: bool = JsonOption,
) -> None:
    """Assured retaliation and first-strike stability of a scenario (over its sweep, if it has one)."""
    from armscontrol.scenario import founding_question_table, load_scenario, run_stability, stability_json, sweep_sides

    spec = load_scenario(scenario)
    if spec.uncertain and not as_json:
        from armscontrol.uncertain import central_note

        console.print(central_note(spec), highlight=False)
    if spec.sweep is not None and not as_json:
        from armscontrol.scenario import founding_question_rows

        title = f"{spec.name}: {spec.sweep.side} {spec.sweep.layer} defence of N interceptors"
        bar, task = progress("exchanges for each defence size", len(spec.sweep.interceptors))
        try:
            rows = founding_question_rows(scenario, on_row=lambda _: bar.advance(task))
        finally:
            bar.stop()
        console.print(founding_question_table(rows, title=title))
        return
    sizes = spec.sweep.interceptors if spec.sweep else [None]
    results = []
    for size in sizes:
        result = run_stability(spec, sweep_sides(spec, size) if size is not None else None)
        data = stability_json(result)
        if size is not None:
            data = {"interceptors": size, **data}
        results.append((size, result, data))
    if as_json:
        body = {"scenario": spec.name, **results[0][2]} if spec.sweep is None else {
            "scenario": spec.name, "sweep": spec.sweep.model_dump(), "results": [d for _, _, d in results]}
        if spec.uncertain:
            from armscontrol.uncertain import central_values

            body["at_central_values"] = central_values(spec)
        print_json(body)
        return
    _, result, _ = results[0]
    rows = []
    for (attacker, victim), ex in result.exchanges.items():
        rows.append([f"{attacker} strikes {victim}", f"{ex.victim_surviving_warheads:,.0f}",
                     f"{ex.retaliation_arriving:,.0f}", f"{ex.retaliation_arriving_p5:,}",
                     "yes" if result.assured_retaliation_met(attacker, victim) else "NO"])
    console.print(table(spec.name, ["strike", "victim surviving", "retaliation arriving", "5th pct", "assured"], rows))
    console.print(table(None, ["side", "first-strike stability"],
                        [[n, f"{s.first_strike_stability:.3f}"] for n, s in result.sides.items()] + [["combined", f"{result.combined:.3f}"]]))


def _parse_range(text: str) -> list[int]:
    try:
        parts = [int(p) for p in text.split(":")]
    except ValueError:
        raise UserError(f"--defence-range: '{text}' is not START:STOP:STEP; for example 0:1000:50") from None
    if len(parts) != 3 or parts[2] <= 0 or parts[0] < 0 or parts[1] < parts[0]:
        raise UserError(f"--defence-range: '{text}' is not START:STOP:STEP with 0 ≤ START ≤ STOP and STEP > 0; for example 0:1000:50")
    return list(range(parts[0], parts[1] + 1, parts[2]))


@command("frontier")
def frontier_command(
    scenario: str = typer.Argument(..., help="Scenario file (YAML) with a sweep block (side and layer)."),
    defence_range: str = typer.Option(None, "--defence-range", help="START:STOP:STEP interceptors; default the scenario's sweep."),
    scale: str = typer.Option("both", "--scale", help="'both' (parity reductions) or 'facing' (only the side facing the defence)."),
    as_json: bool = JsonOption,
) -> None:
    """The smallest force (uniformly scaled) that keeps assured retaliation, for each defence size."""
    from armscontrol.scenario import build, load_scenario
    from armscontrol.stability.frontier import exchange_ratio, frontier

    spec = load_scenario(scenario)
    if spec.sweep is None:
        raise UserError(f"{scenario}: frontier needs a sweep block naming the defended side and layer")
    if scale not in ("both", "facing"):
        raise UserError(f"--scale: expected 'both' or 'facing', got '{scale}'")
    sizes = _parse_range(defence_range) if defence_range else list(spec.sweep.interceptors)
    a, b, attack, posture = build(spec)
    defended, facing = (a, b) if a.name == spec.sweep.side else (b, a)
    bar, task = progress("frontier: smallest force for each defence size", len(sizes))
    try:
        points = frontier(defended, facing, spec.sweep.layer, sizes, attack, posture,
                          spec.criteria.assured_retaliation, scale_both=scale == "both",
                          on_point=lambda _: bar.advance(task))
    finally:
        bar.stop()
    slope = exchange_ratio(points)
    if as_json:
        print_json({"scenario": spec.name, "defended": defended.name, "facing": facing.name,
                    "layer": spec.sweep.layer, "scale": scale, "assured_retaliation": spec.criteria.assured_retaliation,
                    "points": [p.__dict__ for p in points], "exchange_ratio": slope})
        return
    rows = [[f"{p.interceptors:,}", "unreachable" if p.scale is None else f"{p.scale:.3f}",
             p.facing_warheads, p.defended_warheads, p.retaliation_p5,
             None if p.exchange_ratio is None else f"{p.exchange_ratio:.2f}"] for p in points]
    console.print(table(
        f"Frontier: smallest {facing.name} force keeping assured retaliation ({spec.criteria.assured_retaliation:,.0f} arriving, 5th pct) against a {defended.name} first strike",
        ["interceptors", "scale", f"{facing.name} warheads", f"{defended.name} warheads", "retaliation p5", "extra warheads per interceptor"],
        rows, caption=None if slope is None else f"least-squares exchange ratio: {slope:.2f} warheads per interceptor"))
