"""Saltelli's design and the Sobol indices in NumPy against SALib and SciPy, their independent reference:
the same design bit for bit, the same indices to 1e-12 on the same outputs."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from armscontrol.sweep.saltelli import saltelli_design, sobol_indices, sobol_points


def _problem(k: int) -> dict:
    return {"num_vars": k, "names": [f"x{i}" for i in range(k)], "bounds": [[0.0, 1.0]] * k}


@pytest.mark.parametrize(("d", "n", "seed"), [(1, 1, 0), (2, 8, 0), (6, 2, 1), (20, 1024, 3), (128, 64, 12345)])
def test_sobol_points_are_scipys(d, n, seed):
    from scipy.stats import qmc

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # SciPy's note on n not a power of two
        expected = qmc.Sobol(d, scramble=True, seed=seed).random(n)
    assert np.array_equal(sobol_points(d, n, seed), expected)


@pytest.mark.parametrize(("k", "n", "seed"), [(1, 4, 0), (3, 32, 0), (10, 1024, 7), (64, 16, 2)])
def test_saltelli_design_is_salibs_bit_for_bit(k, n, seed):
    from SALib.sample import sobol

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = sobol.sample(_problem(k), n, calc_second_order=False, scramble=True, seed=seed)
    assert np.array_equal(saltelli_design(k, n, seed), expected)


@pytest.mark.parametrize(("k", "n", "seed"), [(3, 256, 0), (3, 64, 5), (5, 128, 11), (12, 32, 3)])
def test_sobol_indices_are_salibs_on_the_same_outputs(k, n, seed):
    from SALib.analyze import sobol

    unit = saltelli_design(k, n, seed)
    x = -np.pi + 2 * np.pi * unit[:, :3]
    y = (
        np.sin(x[:, 0])
        + 7 * np.sin(x[:, 1]) ** 2
        + 0.1 * x[:, 2] ** 4 * np.sin(x[:, 0])
        + (unit[:, 3:] ** 2).sum(axis=1)
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = sobol.analyze(
            _problem(k),
            y,
            calc_second_order=False,
            num_resamples=100,
            conf_level=0.95,
            seed=np.random.SeedSequence(seed),
        )
    found = sobol_indices(y, k, resamples=100, confidence=0.95, seed=seed)
    for key in ("S1", "S1_conf", "ST", "ST_conf"):
        np.testing.assert_allclose(found[key], expected[key], rtol=0, atol=1e-12, err_msg=key)


def test_sobol_indices_of_a_constant_are_zero():
    found = sobol_indices(np.ones(4 * 5), 3)
    assert all(np.array_equal(found[key], np.zeros(3)) for key in found)


def test_sobol_indices_refuse_outputs_that_are_not_a_design():
    with pytest.raises(ValueError, match="multiple of 5"):
        sobol_indices(np.arange(7.0), 3)
    with pytest.raises(ValueError, match="confidence"):
        sobol_indices(np.arange(10.0), 3, confidence=1.0)


def test_more_dimensions_than_the_table_are_refused():
    with pytest.raises(ValueError, match="128 dimensions"):
        sobol_points(129, 4, 0)
