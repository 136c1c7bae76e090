"""Force postures for the stability models: force elements, sides, attack and posture."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

from armscontrol.stability import validation as check
from armscontrol.stability.engagement import DefenceLayer

Basing = Literal["silo", "mobile", "sea", "air"]
BASINGS: tuple[str, ...] = ("silo", "mobile", "sea", "air")
ALERTS: tuple[str, ...] = ("day_to_day", "generated")
LAUNCH_POSTURES: tuple[str, ...] = ("ride_out", "launch_under_attack")


@dataclass(frozen=True)
class ForceElement:
    """One kind of delivery system of a side.

    Parameters
    ----------
    name : str
        Label, e.g. "Minuteman III".
    basing : {"silo", "mobile", "sea", "air"}
        Silos are always targetable aim points; the other basings are safe in the
        survivable fraction and targetable at their ``bases`` otherwise.
    launchers : int
        Deployed launchers (missiles or bombers), ≥ 0.
    warheads_per_launcher : int
        Warheads each launcher carries, ≥ 1.
    reliability : float
        Probability that a launched warhead reaches its target area, in [0, 1].
    survivable : dict
        Fraction of launchers survivable under each alert posture (``day_to_day``,
        ``generated``), each in [0, 1]; silos: 0.
    bases : int
        Aim points over which the non-survivable part is spread, ≥ 1.
    """

    name: str
    basing: Basing
    launchers: int
    warheads_per_launcher: int
    reliability: float
    survivable: dict[str, float] = field(default_factory=dict)
    bases: int = 1

    def __post_init__(self) -> None:
        if self.basing not in BASINGS:
            raise check.InvalidInput(f"{self.name}: basing: expected one of {', '.join(BASINGS)}, got {self.basing!r}")
        object.__setattr__(self, "launchers", check.count(f"{self.name}: launchers", self.launchers))
        object.__setattr__(
            self,
            "warheads_per_launcher",
            check.count(f"{self.name}: warheads_per_launcher", self.warheads_per_launcher, minimum=1),
        )
        object.__setattr__(self, "reliability", check.probability(f"{self.name}: reliability", self.reliability))
        object.__setattr__(self, "bases", check.count(f"{self.name}: bases", self.bases, minimum=1))
        for alert, fraction in self.survivable.items():
            if alert not in ALERTS:
                raise check.InvalidInput(
                    f"{self.name}: survivable: unknown alert posture {alert!r}; expected {', '.join(ALERTS)}"
                )
            check.probability(f"{self.name}: survivable.{alert}", fraction)

    @property
    def warheads(self) -> int:
        return self.launchers * self.warheads_per_launcher

    def survivable_launchers(self, alert: str) -> int:
        """Launchers safe from a counterforce strike: ⌊f·L⌋ (silos: none)."""
        if self.basing == "silo":
            return 0
        return int(self.survivable.get(alert, 0.0) * self.launchers + 1e-9)

    def scaled(self, factor: float) -> ForceElement:
        """The element with ``round(factor·launchers)`` launchers (:func:`scaled_launchers`).

        Only the new launcher count is checked: the rest was checked when this element was made (a frontier
        scales every element at each force scale it tries).
        """
        launchers = check.count(f"{self.name}: launchers", scaled_launchers(self.launchers, factor))
        element = object.__new__(type(self))
        element.__dict__.update(self.__dict__)
        object.__setattr__(element, "launchers", launchers)
        return element


def scaled_launchers(launchers: int, factor: float) -> int:
    """The force-scaling rule, the one every scaled force follows: ``round(factor·launchers)`` launchers.

    Used by :meth:`ForceElement.scaled` on model objects and by
    :func:`armscontrol.scenario.scale_forces` on scenario mappings (the
    calculator's and the sweeps' force scales).
    """
    return int(round(factor * launchers))


@dataclass(frozen=True)
class Side:
    """A side: its forces, its defence layers (outer first) and its decoys per warhead."""

    name: str
    forces: tuple[ForceElement, ...]
    defence: tuple[DefenceLayer, ...] = ()
    decoys_per_warhead: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "decoys_per_warhead", check.count(f"{self.name}: decoys_per_warhead", self.decoys_per_warhead)
        )

    @property
    def warheads(self) -> int:
        return sum(e.warheads for e in self.forces)

    @property
    def interceptors(self) -> int:
        return sum(layer.interceptors for layer in self.defence)

    def scaled(self, factor: float) -> Side:
        """Every force element scaled uniformly by ``factor`` (launchers rounded)."""
        return replace(self, forces=tuple(e.scaled(factor) for e in self.forces))

    def with_layer_interceptors(self, layer_name: str, interceptors: int) -> Side:
        """The side with one defence layer holding ``interceptors``."""
        names = [layer.name for layer in self.defence]
        if layer_name not in names:
            raise check.InvalidInput(
                f"{self.name}: no defence layer {layer_name!r}; layers: {', '.join(names) or 'none'}"
            )
        return replace(
            self,
            defence=tuple(
                layer.with_interceptors(interceptors) if layer.name == layer_name else layer for layer in self.defence
            ),
        )


DEFAULT_SSPK: dict[str, float] = {"silo": 0.7, "soft": 0.95}
"""The counterforce attack's single-shot kill probability by target class, where a scenario gives none (analyst
assumptions)."""
DEFAULT_WARHEADS_PER_TARGET: dict[str, int] = {"silo": 2, "soft": 1}
"""Warheads the attacker aims at each silo and each soft target, where a scenario gives none."""


@dataclass(frozen=True)
class Attack:
    """Counterforce doctrine: sspk and warheads per aim point, by target class (silo, soft)."""

    sspk_silo: float = DEFAULT_SSPK["silo"]
    sspk_soft: float = DEFAULT_SSPK["soft"]
    warheads_per_silo: int = DEFAULT_WARHEADS_PER_TARGET["silo"]
    warheads_per_soft: int = DEFAULT_WARHEADS_PER_TARGET["soft"]

    def __post_init__(self) -> None:
        check.probability("attack.sspk.silo", self.sspk_silo)
        check.probability("attack.sspk.soft", self.sspk_soft)
        check.count("attack.warheads_per_target.silo", self.warheads_per_silo, minimum=1)
        check.count("attack.warheads_per_target.soft", self.warheads_per_soft, minimum=1)


@dataclass(frozen=True)
class Posture:
    """The struck side's posture: alert (day_to_day / generated) and launch (ride_out / launch_under_attack)."""

    alert: str = "generated"
    launch: str = "ride_out"
    launch_fraction: float = 0.0

    def __post_init__(self) -> None:
        if self.alert not in ALERTS:
            raise check.InvalidInput(f"posture.alert: expected one of {', '.join(ALERTS)}, got {self.alert!r}")
        if self.launch not in LAUNCH_POSTURES:
            raise check.InvalidInput(
                f"posture.launch: expected one of {', '.join(LAUNCH_POSTURES)}, got {self.launch!r}"
            )
        check.probability("posture.launch_fraction", self.launch_fraction)

    @property
    def escaping_fraction(self) -> float:
        """Fraction of exposed launchers launched before the strike arrives."""
        return self.launch_fraction if self.launch == "launch_under_attack" else 0.0
