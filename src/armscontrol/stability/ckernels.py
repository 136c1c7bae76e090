"""The engagement kernels compiled ahead of time (``_ckernels.c``), with the call signatures of
:mod:`armscontrol.stability.kernels`.

Built by the package's build backend when the package is installed (an
optional extension: without a C compiler the install goes on without it). A
command that finds it runs no compiler and does not import numba, which took
most of the time of a short command; where it is missing, the numba kernels
are used (:func:`armscontrol.stability.backend.kernels`). The library is
loaded with :mod:`ctypes`; every array passed must be C-contiguous of the
dtype named (the callers make them so). Results agree with the numba kernels
to 1e-15 (tests/stability/test_ckernels.py): the same operations in the same
order for a count alone, but numba may fuse a multiply and an add where the C
is compiled without contraction, and the salvo kernels here take arriving
counts in blocks (:data:`BLOCK`; tests/stability/test_count_blocks.py).

Importing this module raises ImportError where the library is not built.
"""

from __future__ import annotations

import ctypes
import importlib.util
from typing import Any

import numpy as np

_spec = importlib.util.find_spec("armscontrol.stability._ckernels")
if _spec is None or _spec.origin is None:
    raise ImportError("armscontrol.stability._ckernels is not built")
_lib = ctypes.CDLL(_spec.origin)

_P = ctypes.c_void_p
_I = ctypes.c_int64
_D = ctypes.c_double


def _declare(name: str, *argtypes, restype=ctypes.c_int) -> Any:
    function = getattr(_lib, name)
    function.argtypes = list(argtypes)
    function.restype = restype
    return function


_thin = _declare("ck_thin", _P, _P, _I, _D, _P, _D, _P, _I, _P)
_ample = _declare("ck_ample_layer", _P, _P, _P, _I, _D, _P, _D, _P, _I, _P)
_salvo = _declare("ck_salvo_layer", _P, _P, _P, _I, _I, _D, _I, _D, _D, _P, _I, _P, _D, _P, _I, _I, _P, _P)
_rows = _declare("ck_salvo_rows", _P, _P, _I, _I, _D, _I, _D, _D, _P, _I, _P, _D, _P, _I, _P, _P)
_engaged = _declare("ck_salvo_engaged", _P, _P, _I, _I, _D, _I, _D, _P, _I, _P, _D, _I, _I, _P, _I, _P, _P)
_kill = _declare("ck_salvo_kill", _P, _P, _P, _I, _I, _D, _P, _I, _P, _P, _P, _D, _P, _I, _P, _P)
_mix = _declare("ck_mix_rows", _P, _P, _P, _P, _I, _P, _I, _P, _I, restype=None)
_sls = _declare("ck_shoot_look_shoot_real", _P, _P, _P, _I, _I, _I, _I, _D, _D, _D, _P, _D, _P, _I, _P, _P)
_beyond = _declare("ck_binomial_beyond", _I, _D, _I, _I, _P, restype=None)

BLOCK = 16
"""The most arriving counts (within 15 of each other) whose engaged tables share one pass over the undiscriminated
decoys (``BLOCK`` in ``_ckernels.c``): where the capacity binds, the hypergeometric rows of the largest count of a
block serve every count of it, each scaled by exact ratios (docs/stability.md, "Counts in blocks")."""


def _int64(a: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(a, dtype=np.int64)


def _float(a: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(a, dtype=np.float64)


def _address(a: np.ndarray) -> int:
    return a.ctypes.data


def _writable(out: np.ndarray) -> np.ndarray:
    if out.dtype != np.float64 or not out.flags.c_contiguous:
        raise ValueError("output array: expected C-contiguous float64")
    return out


def _check(status: int) -> None:
    if status != 0:
        raise MemoryError("the engagement kernel could not allocate its tables")


def thin(ws, weights, p, lf, cut, out):
    """See :func:`armscontrol.stability.kernels.thin`."""
    ws, weights, lf, out = _int64(ws), _float(weights), _float(lf), _writable(out)
    neglected = _D()
    _check(
        _thin(
            _address(ws),
            _address(weights),
            ws.size,
            p,
            _address(lf),
            cut,
            _address(out),
            out.size,
            ctypes.byref(neglected),
        )
    )
    return neglected.value


def ample_layer(ws, weights, rows, kill, lf, cut, out):
    """See :func:`armscontrol.stability.kernels.ample_layer`."""
    ws, weights, rows, lf, out = _int64(ws), _float(weights), _int64(rows), _float(lf), _writable(out)
    neglected = _D()
    _check(
        _ample(
            _address(ws),
            _address(weights),
            _address(rows),
            ws.size,
            kill,
            _address(lf),
            cut,
            _address(out),
            out.shape[1],
            ctypes.byref(neglected),
        )
    )
    return neglected.value


def salvo_layer(
    ws, weights, rows, capacity, tracking, decoys, undiscriminated, survive, sf, sf_low, lf, cut, out, block=None
):
    """See :func:`armscontrol.stability.kernels.salvo_layer`; ``block`` counts at most share one pass (default
    :data:`BLOCK`; 1: each count alone, the form of the numba kernels)."""
    ws, weights, rows, sf, lf, out = _int64(ws), _float(weights), _int64(rows), _float(sf), _float(lf), _writable(out)
    objects, neglected = _D(), _D()
    _check(
        _salvo(
            _address(ws),
            _address(weights),
            _address(rows),
            ws.size,
            capacity,
            tracking,
            decoys,
            undiscriminated,
            survive,
            _address(sf),
            sf_low,
            _address(lf),
            cut,
            _address(out),
            out.shape[1],
            BLOCK if block is None else block,
            ctypes.byref(objects),
            ctypes.byref(neglected),
        )
    )
    return objects.value, neglected.value


def salvo_rows(
    ws, scales, capacity, tracking, decoys, undiscriminated, survive, sf, sf_low, lf, cut, out, objects, neglected
):
    """See :func:`armscontrol.stability.kernels.salvo_rows`."""
    ws, scales, sf, lf = _int64(ws), _float(scales), _float(sf), _float(lf)
    out, objects, neglected = _writable(out), _writable(objects), _writable(neglected)
    _check(
        _rows(
            _address(ws),
            _address(scales),
            ws.size,
            capacity,
            tracking,
            decoys,
            undiscriminated,
            survive,
            _address(sf),
            sf_low,
            _address(lf),
            cut,
            _address(out),
            out.shape[1],
            _address(objects),
            _address(neglected),
        )
    )


def salvo_engaged(ws, weights, capacity, tracking, decoys, undiscriminated, sf, sf_low, lf, cut, width, block=None):
    """The engaged tables of :func:`salvo_layer`, before its kill step (the only step with the kill probability).

    Parameters
    ----------
    ws, weights, capacity, tracking, decoys, undiscriminated, sf, sf_low, lf, cut
        As for :func:`salvo_layer`.
    width : int
        Columns of the output that :func:`salvo_kill` will fill (sizes the workspace, as in :func:`salvo_layer`).
    block : int
        As for :func:`salvo_layer`.

    Returns
    -------
    engaged : numpy.ndarray
        ``engaged[i, e]``: the probability of e real warheads engaged out of ``ws[i]`` (truncated for
        ``weights[i]``), e = 0..min(ws[i], capacity), zero beyond.
    objects, neglected : numpy.ndarray
        Per count, the expected objects engaged and the mass left out before the kill step.
    """
    ws, weights, sf, lf = _int64(ws), _float(weights), _float(sf), _float(lf)
    stride = int(min(capacity, int(ws.max()) if ws.size else 0)) + 1
    engaged = np.empty((ws.size, stride))
    objects, neglected = np.empty(ws.size), np.empty(ws.size)
    _check(
        _engaged(
            _address(ws),
            _address(weights),
            ws.size,
            capacity,
            tracking,
            decoys,
            undiscriminated,
            _address(sf),
            sf_low,
            _address(lf),
            cut,
            width,
            BLOCK if block is None else block,
            _address(engaged),
            stride,
            _address(objects),
            _address(neglected),
        )
    )
    return engaged, objects, neglected


def salvo_kill(ws, weights, rows, capacity, survive, engaged, objects, neglected, lf, cut, out):
    """:func:`salvo_layer` from the tables of :func:`salvo_engaged` for the same counts and weights, bit-identical.

    Returns
    -------
    objects, neglected : float
        As :func:`salvo_layer` returns them.
    """
    ws, weights, rows, lf, out = _int64(ws), _float(weights), _int64(rows), _float(lf), _writable(out)
    engaged, objects, neglected = _float(engaged), _float(objects), _float(neglected)
    total_objects, total_neglected = _D(), _D()
    _check(
        _kill(
            _address(ws),
            _address(weights),
            _address(rows),
            ws.size,
            capacity,
            survive,
            _address(engaged),
            engaged.shape[1],
            _address(objects),
            _address(neglected),
            _address(lf),
            cut,
            _address(out),
            out.shape[1],
            ctypes.byref(total_objects),
            ctypes.byref(total_neglected),
        )
    )
    return total_objects.value, total_neglected.value


def mix_rows(ws, weights, rows, slots, pool, out):
    """See :func:`armscontrol.stability.kernels.mix_rows`."""
    ws, weights, rows, slots, pool, out = (
        _int64(ws),
        _float(weights),
        _int64(rows),
        _int64(slots),
        _float(pool),
        _writable(out),
    )
    _mix(
        _address(ws),
        _address(weights),
        _address(rows),
        _address(slots),
        ws.size,
        _address(pool),
        pool.shape[1],
        _address(out),
        out.shape[1],
    )


def shoot_look_shoot_real(
    ws, weights, rows, interceptors, first, second, tracking, survive_first, survive_second, lf, cut, out
):
    """See :func:`armscontrol.stability.kernels.shoot_look_shoot_real`."""
    ws, weights, rows, lf, out = _int64(ws), _float(weights), _int64(rows), _float(lf), _writable(out)
    fired, neglected = _D(), _D()
    _check(
        _sls(
            _address(ws),
            _address(weights),
            _address(rows),
            ws.size,
            interceptors,
            first,
            second,
            tracking,
            survive_first,
            survive_second,
            _address(lf),
            cut,
            _address(out),
            out.shape[1],
            ctypes.byref(fired),
            ctypes.byref(neglected),
        )
    )
    return fired.value, neglected.value


def binomial_beyond(capacity, p, low, high, out):
    """See :func:`armscontrol.stability.kernels.binomial_beyond`."""
    out = _writable(out)
    if out.size < high - low + 1:
        raise ValueError("binomial_beyond: output shorter than high - low + 1")
    _beyond(capacity, p, low, high, _address(out))


def warm_up() -> None:
    """Nothing to load: the library is loaded with this module."""
