"""Commands of the stability models: ``engage``, ``stability`` and ``frontier``; each renders an answer."""

from __future__ import annotations

import typer
from rich.table import Table

from armscontrol.cli.base import (
    ExplainOption,
    JsonOption,
    command,
    console,
    number,
    print_explanation,
    print_json,
    table,
    with_progress,
)

# The models pull in SciPy: load them only when a stability command runs, so
# that every other command starts quickly.


def _cell(expected: float, p5: int | None = None) -> str:
    text = number(expected) if float(expected).is_integer() else number(expected, 1)
    return text if p5 is None else f"{text} ({number(p5)})"


def decomposition_table(parts, title: str | None = None) -> Table:
    """Where each struck side's retaliation went: one column per ordered strike, one row per stage."""
    rows: list[list] = []
    stages = {s.key: s for s in parts[0].stages}
    by_pair = [{s.key: s for s in d.stages} for d in parts]
    for key, stage in stages.items():
        rows.append([stage.label] + [_cell(p[key].expected, p[key].p5) for p in by_pair])
        if key == "surviving":
            rows.append(["  of which saved by its own defence"] + [_cell(round(d.defence_saved, 1)) for d in parts])
        if key == "launched":
            rows.append(["  of which launched under attack"] + [_cell(d.launched_under_attack) for d in parts])
        if key == "reliable":
            rows.append(
                ["  intercepted by the attacker's defence"]
                + [_cell(round(d.intercepted, 1), d.intercepted_p5) for d in parts]
            )
    rows.append(
        ["assured-retaliation threshold (5th percentile)"]
        + [f"{_cell(d.threshold)}: {'met' if d.assured_retaliation_met else 'NOT met'}" for d in parts]
    )
    return table(
        title or "Where the retaliation went",
        ["stage"] + [f"{d.victim} after a {d.attacker} first strike" for d in parts],
        rows,
        caption="warheads, expected (5th percentile); each stage is what is left of the one before",
    )


@command("engage")
def engage_command(
    warheads: int = typer.Option(..., "--warheads", help="Warheads arriving (0 to 50,000)."),
    interceptors: int = typer.Option(..., "--interceptors", help="Interceptors available (0 to 50,000)."),
    sspk: float = typer.Option(..., "--sspk", help="Single-shot kill probability of one interceptor, 0-1."),
    shots: int = typer.Option(1, "--shots", help="Interceptors per engaged object (1 to 10)."),
    doctrine: str = typer.Option("salvo", "--doctrine", help="salvo or shoot-look-shoot."),
    decoys: int = typer.Option(0, "--decoys", help="Credible decoys per warhead (0 to 20)."),
    discrimination: float = typer.Option(0.0, "--discrimination", help="Probability a decoy is recognised, 0-1."),
    tracking: float = typer.Option(1.0, "--tracking", help="Probability an object is tracked, 0-1."),
    reliability: float = typer.Option(
        1.0, "--reliability", help="Probability the defence works at all (common mode), 0-1."
    ),
    as_json: bool = JsonOption,
    explain: bool = ExplainOption,
) -> None:
    """Exact distribution of warheads leaking through one missile-defence layer."""
    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.answers import engage

    r = engage(
        warheads,
        interceptors,
        sspk,
        shots=shots,
        doctrine=doctrine,
        decoys=decoys,
        discrimination=discrimination,
        tracking=tracking,
        reliability=reliability,
    )
    if as_json:
        print_json(r)
        return
    console.print(
        table(
            f"{number(r.warheads)} warheads against {number(r.interceptors)} interceptors ({r.doctrine}, {r.shots} "
            f"per object)",
            ["expected leakers", "P(no leaker)", "5th pct", "median", "95th pct", "interceptors used (expected)"],
            [
                [
                    number(r.expected_leakers, 2),
                    f"{r.p_no_leakers:.4g}",
                    number(r.leakers_p5),
                    number(r.leakers_median),
                    number(r.leakers_p95),
                    number(r.interceptors_used, 1),
                ]
            ],
            caption="exact distribution (no sampling); --json prints the full leaker pmf",
        )
    )
    if explain:
        d = r.decomposition
        console.print(
            table(
                "Where the warheads went",
                ["part", "warheads (expected)"],
                [
                    ["arriving at the layer", number(d.warheads)],
                    ["passing a failed layer", _cell(round(d.layer_failed, 1))],
                    ["passing untracked", _cell(round(d.not_tracked, 1))],
                    ["tracked, not engaged or not killed", _cell(round(d.tracked_not_killed, 1))],
                    ["killed", _cell(round(d.killed, 1))],
                    ["leaking (5th percentile)", _cell(round(d.leaking, 1), d.leaking_p5)],
                ],
                caption="the parts from 'passing a failed layer' to 'killed' add up to the warheads arriving",
            )
        )
        print_explanation(r.explanation)


def sweep_table(answer, title: str) -> Table:
    """A stability answer over a sweep: one row per defence size."""
    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.answers.common import format_whole

    out = Table(
        title=title,
        title_justify="left",
        caption_justify="left",
        caption="retaliation: warheads arriving after absorbing a first strike, expected (5th percentile); assured = "
        "5th percentile ≥ threshold",
    )
    first = answer.results[0]
    out.add_column("interceptors", justify="right")
    for p in first.pairs:
        out.add_column(f"{p.victim} retaliation after {p.attacker} strike", justify="right")
    for side in first.sides:
        out.add_column(f"FSS {side}", justify="right")
    out.add_column("FSS combined", justify="right")
    for run in answer.results:
        cells = [number(run.interceptors)]
        for p in run.pairs:
            mark = "assured" if p.assured_retaliation_met else "NOT assured"
            cells.append(f"{format_whole(p.retaliation_arriving)} ({number(p.retaliation_arriving_p5)}) {mark}")
        cells += [f"{s.first_strike_stability:.3f}" for s in run.sides.values()]
        cells.append(f"{run.combined:.3f}")
        out.add_row(*cells)
    return out


@command("stability")
def stability_command(
    scenario: str = typer.Argument(
        ..., help="Scenario file (YAML; the format is in docs/scenarios.md), or a shipped example: example:NAME."
    ),
    as_json: bool = JsonOption,
    explain: bool = ExplainOption,
) -> None:
    """Assured retaliation and first-strike stability of a scenario (over its sweep, if it has one)."""
    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.answers import stability

    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.scenario import load_scenario

    spec = load_scenario(scenario)
    answer = with_progress("exchanges for each defence size", lambda advance: stability(spec, progress=advance))
    if as_json:
        print_json(answer)
        return
    if answer.at_central_values:
        shown = "; ".join(f"{path} = {value:g}" for path, value in answer.at_central_values.items())
        console.print(
            f"run at the central values of {len(answer.at_central_values)} uncertain input(s) (see docs/sweeps.md): "
            f"{shown}",
            highlight=False,
        )
    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.answers.common import format_whole

    if answer.results is not None:
        console.print(
            sweep_table(
                answer, f"{answer.scenario}: {answer.sweep.side} {answer.sweep.layer} defence of N interceptors"
            )
        )
        if explain:
            for run in answer.results:
                console.print(
                    decomposition_table(
                        run.decomposition,
                        f"Where the retaliation went against {number(run.interceptors)} "
                        f"{answer.sweep.side} interceptors ({answer.sweep.layer})",
                    )
                )
                print_explanation(run.explanation)
        return
    rows = [
        [
            f"{p.attacker} strikes {p.victim}",
            format_whole(p.victim_surviving_warheads),
            format_whole(p.retaliation_arriving),
            number(p.retaliation_arriving_p5),
            "yes" if p.assured_retaliation_met else "NO",
        ]
        for p in answer.pairs
    ]
    console.print(
        table(answer.scenario, ["strike", "victim surviving", "retaliation arriving", "5th pct", "assured"], rows)
    )
    console.print(
        table(
            None,
            ["side", "first-strike stability"],
            [[n, f"{s.first_strike_stability:.3f}"] for n, s in answer.sides.items()]
            + [["combined", f"{answer.combined:.3f}"]],
        )
    )
    if explain:
        console.print(decomposition_table(answer.decomposition))
        print_explanation(answer.explanation)


@command("frontier")
def frontier_command(
    scenario: str = typer.Argument(..., help="Scenario file (YAML) with a sweep block (side and layer)."),
    defence_range: str = typer.Option(
        None,
        "--defence-range",
        help="START:STOP:STEP interceptors (at most 1,000 points); default the scenario's sweep.",
    ),
    scale: str = typer.Option(
        "both", "--scale", help="'both' (parity reductions) or 'facing' (only the side facing the defence)."
    ),
    as_json: bool = JsonOption,
) -> None:
    """The smallest force (uniformly scaled) that keeps assured retaliation, for each defence size."""
    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.answers import frontier

    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.scenario import load_scenario

    spec = load_scenario(scenario)
    answer = with_progress(
        "frontier: smallest force for each defence size",
        lambda advance: frontier(spec, defence_range, scale, progress=advance),
    )
    if as_json:
        print_json(answer)
        return
    rows = [
        [
            number(p.interceptors),
            "unreachable" if p.scale is None else f"{p.scale:.3f}",
            number(p.facing_warheads),
            number(p.defended_warheads),
            number(p.retaliation_p5),
            None if p.exchange_ratio is None else f"{p.exchange_ratio:.2f}",
        ]
        for p in answer.points
    ]
    slope = answer.exchange_ratio
    console.print(
        table(
            f"Frontier: smallest {answer.facing} force keeping assured retaliation "
            f"({number(answer.assured_retaliation)} arriving, 5th pct) against a {answer.defended} first strike",
            [
                "interceptors",
                "scale",
                f"{answer.facing} warheads",
                f"{answer.defended} warheads",
                "retaliation p5",
                "extra warheads per interceptor",
            ],
            rows,
            caption=None if slope is None else f"least-squares exchange ratio: {slope:.2f} warheads per interceptor",
        )
    )
