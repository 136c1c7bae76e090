"""Small scenarios for the store and API tests (fast to run, every key of the format used somewhere)."""

from __future__ import annotations

SMALL = """\
# A small scenario: kept exactly as written, comments included.
name: Small parity with a defence
sides:
  USA:
    forces:
      - {name: silo ICBM, basing: silo, launchers: 40, warheads_per_launcher: 1, reliability: 0.85}
      - {name: SSBN, basing: sea, launchers: 16, warheads_per_launcher: 4, reliability: 0.9,
         survivable: {day_to_day: 0.6, generated: 0.9}, bases: 2}
    defence:
      - {name: midcourse, interceptors: 20, sspk: 0.7, shots: 2}
  RUS:
    forces:
      - {name: silo ICBM, basing: silo, launchers: 40, warheads_per_launcher: 1, reliability: 0.85}
      - {name: road-mobile, basing: mobile, launchers: 20, warheads_per_launcher: 1, reliability: 0.85,
         survivable: {day_to_day: 0.3, generated: 0.8}}
criteria: {assured_retaliation: 20, value_targets: 50}
"""

SMALL_SWEEP = (
    SMALL.replace("name: Small parity with a defence", "name: Small sweep")
    + """\
sweep: {side: USA, layer: midcourse, interceptors: [0, 20, 40]}
"""
)

HUGE = SMALL.replace("launchers: 40, warheads_per_launcher: 1", "launchers: 1000000000, warheads_per_launcher: 1", 1)
"""10^9 warheads on one side: refused, never computed."""
