"""The small scenarios of the sweep tests."""

from pathlib import Path

HERE = Path(__file__).parent
SMALL = HERE / "small.yaml"
SMALL_UNCERTAIN = HERE / "small-uncertain.yaml"
