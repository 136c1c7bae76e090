"""Model functions with known sensitivity indices (the Ishigami function), run through the same code as scenarios."""

from __future__ import annotations

import numpy as np

ISHIGAMI_A = 7.0
ISHIGAMI_B = 0.1


def ishigami(values: np.ndarray) -> dict[str, np.ndarray]:
    """The Ishigami function of three inputs, each uniform on [−π, π].

    Parameters
    ----------
    values : numpy.ndarray
        Rows of (x1, x2, x3), shape (n, 3).

    Returns
    -------
    dict
        ``{"y": y}``, one value per row.

    Notes
    -----
    .. math:: y = \\sin x_1 + a \\sin^2 x_2 + b\\, x_3^4 \\sin x_1,\\qquad a = 7,\\ b = 0.1

    Exact indices (:func:`ishigami_indices`): S1 = (0.3139, 0.4424, 0),
    ST = (0.5576, 0.4424, 0.2437).

    References
    ----------
    .. [1] T. Ishigami and T. Homma, "An importance quantification technique in
       uncertainty analysis for computer models", Proc. ISUMA '90 (1990) 398-403.
    .. [2] A. Saltelli et al., *Global Sensitivity Analysis: The Primer*, Wiley (2008), sect. 4.
    """
    x = np.atleast_2d(np.asarray(values, dtype=float))
    y = np.sin(x[:, 0]) + ISHIGAMI_A * np.sin(x[:, 1]) ** 2 + ISHIGAMI_B * x[:, 2] ** 4 * np.sin(x[:, 0])
    return {"y": y}


def ishigami_indices(a: float = ISHIGAMI_A, b: float = ISHIGAMI_B) -> tuple[np.ndarray, np.ndarray]:
    """Exact first-order and total Sobol indices of :func:`ishigami`.

    Notes
    -----
    With :math:`V_1 = \\tfrac12 (1 + b\\pi^4/5)^2`, :math:`V_2 = a^2/8`,
    :math:`V_{13} = b^2\\pi^8 (1/18 - 1/50)` and :math:`V = V_1 + V_2 + V_{13}`:
    S1 = (V1, V2, 0)/V and ST = (V1 + V13, V2, V13)/V.
    """
    pi = np.pi
    v1 = 0.5 * (1 + b * pi**4 / 5) ** 2
    v2 = a**2 / 8
    v13 = b**2 * pi**8 * (1 / 18 - 1 / 50)
    v = v1 + v2 + v13
    return np.array([v1, v2, 0.0]) / v, np.array([v1 + v13, v2, v13]) / v
