"""The names of :mod:`armscontrol.stability`, imported from their modules on first use."""

from __future__ import annotations

import subprocess
import sys


def test_the_package_names_stay_its_functions_when_loaded_on_first_use():
    """``armscontrol.stability`` imports its names on first use; ``frontier`` stays the function once its module
    loads."""
    code = (
        "import armscontrol.stability.frontier as f\n"
        "from armscontrol.stability import frontier, engage, ExchangeCache\n"
        "import armscontrol.stability as s\n"
        "assert callable(f) and f is frontier and s.frontier is frontier\n"
        "assert engage.__module__ == 'armscontrol.stability.engagement'\n"
        "assert ExchangeCache.__module__ == 'armscontrol.stability.exchange'\n"
        "assert sorted(s.__all__) == sorted(set(s.__all__))\n"
        "assert all(getattr(s, name) is not None for name in s.__all__)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
