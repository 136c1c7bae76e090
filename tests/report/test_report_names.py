"""A scenario's names are text in its report's charts: matplotlib's maths syntax ($...$) in a name neither fails nor
renders as maths."""

from __future__ import annotations

from armscontrol.report import make_report

SMALL = """\
name: "Costs in $ and $\\\\frac{1}{0}$"
sides:
  "BLUE $\\\\undefinedmacro{x}$":
    forces:
      - {name: silos, basing: silo, launchers: 12, warheads_per_launcher: 1, reliability: 0.9}
    defence:
      - {name: midcourse, interceptors: 6, sspk: 0.7, shots: 2}
  "RED $x^":
    forces:
      - {name: boats, basing: sea, launchers: 4, warheads_per_launcher: 2, reliability: 0.9, survivable: {day_to_day: 0.5, generated: 0.9}}
criteria: {assured_retaliation: 5, value_targets: 5}
sweep: {side: "BLUE $\\\\undefinedmacro{x}$", layer: midcourse, interceptors: [0, 4]}
"""


def test_a_report_of_names_with_dollar_signs_is_made(tmp_path) -> None:
    path = tmp_path / "dollars.yaml"
    path.write_text(SMALL, encoding="utf-8")
    html = make_report("scenario", str(path))
    assert "undefinedmacro" in html and "RED $x^" in html
