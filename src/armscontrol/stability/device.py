"""The batch evaluated with its layer passes gathered across variants and run as array operations (NumPy or a GPU).

:func:`armscontrol.stability.batch.evaluate` takes ``backend="cpu"`` (the
default: the compiled kernels, variant by variant), ``"gpu"`` (CuPy on a CUDA
device) or ``"numpy"`` (the same array code on NumPy: what the tests check
against the compiled kernels where no device is present). The environment
variable ``ARMSCONTROL_BACKEND`` sets the default. CuPy is an optional extra
(``pip install armscontrol[gpu]``) imported only when the GPU is asked for;
without it, or without a device, asking for the GPU raises
:class:`DeviceUnavailable` with what to do.

How the variants meet on the device: each variant's exchange runs as usual
(plans, survivors, convolutions and metrics stay on the CPU), in a thread of
its own, but only one thread runs at a time. When an exchange needs a pass of
a distribution through salvo layers it leaves the request and yields; when
every variant of the chunk has yielded or finished, the requests are
evaluated together by :func:`armscontrol.stability.device_layers.pass_through_layers`
(identical requests once) and the variants resume with their results. The
turns are taken in a fixed order, so the results do not depend on timing, and
the shared :class:`~armscontrol.stability.exchange.ExchangeCache` is never
used by two threads at once. Shoot-look-shoot passes run on the CPU inside
their variant's turn.
"""

from __future__ import annotations

import functools
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any

import numpy as np

from armscontrol.stability import engagement
from armscontrol.stability import validation as check

ENV = "ARMSCONTROL_BACKEND"
BACKENDS: tuple[str, ...] = ("cpu", "gpu", "numpy")

CHUNK = 256
"""Variants whose layer passes are gathered together (threads alive at once)."""


class DeviceUnavailable(check.InvalidInput):
    """The GPU backend was asked for where CuPy or a CUDA device is missing."""


def backend_name(backend: str | None) -> str:
    """The backend to use: ``backend`` if given, else ``ARMSCONTROL_BACKEND``, else ``"cpu"``."""
    name = backend if backend is not None else (os.environ.get(ENV, "").strip().lower() or "cpu")
    if name not in BACKENDS:
        source = "backend" if backend is not None else ENV
        raise check.InvalidInput(f"{source}: expected one of {', '.join(BACKENDS)}, got {name!r}")
    return name


def array_namespace(backend: str) -> ModuleType:
    """NumPy for ``"numpy"``, CuPy for ``"gpu"`` (checked to import and to see a device)."""
    if backend == "numpy":
        return np
    if backend != "gpu":
        raise check.InvalidInput(f"backend: no array namespace for {backend!r}")
    try:
        # on first use: optional (CuPy)
        import cupy
    except ImportError as error:
        raise DeviceUnavailable(
            "backend 'gpu': CuPy is not installed (pip install 'armscontrol[gpu]', which installs cupy-cuda12x); "
            "use backend 'cpu'"
        ) from error
    try:
        devices = int(cupy.cuda.runtime.getDeviceCount())
    except Exception as error:  # CUDARuntimeError, or a driver that will not load
        raise DeviceUnavailable(
            f"backend 'gpu': no CUDA device is usable ({type(error).__name__}: {error}); use backend 'cpu'"
        ) from error
    if devices < 1:
        raise DeviceUnavailable("backend 'gpu': no CUDA device found; use backend 'cpu'")
    return cupy


def available_namespaces() -> list[tuple[str, ModuleType]]:
    """The array namespaces usable here: NumPy always, CuPy where it imports and sees a device."""
    found = [("numpy", np)]
    try:
        found.append(("gpu", array_namespace("gpu")))
    except DeviceUnavailable:
        pass
    return found


class _Turn:
    """One variant's evaluation in a thread that runs only when given the turn."""

    def __init__(self, run: Callable[[], Any]) -> None:
        self.run = run
        self.go = threading.Semaphore(0)
        self.request: tuple | None = None
        self.reply: Any = None
        self.value: Any = None
        self.error: BaseException | None = None
        self.done = False


class Lockstep:
    """Runs functions in turn, gathering the layer passes they ask for into one array evaluation.

    Parameters
    ----------
    xp : module
        The array namespace of the passes (NumPy or CuPy).
    """

    def __init__(self, xp: ModuleType) -> None:
        self.xp = xp
        self._yielded = threading.Semaphore(0)
        self.requests = 0
        self.evaluated = 0
        self.rounds = 0
        self.seconds = 0.0  # wall time in the gathered evaluations (the rest of a batch is the exchanges on the CPU)
        self.cpu_seconds = 0.0  # the same in CPU time of this process

    def _pass(self, turn: _Turn, incoming: np.ndarray, layers: Sequence, decoys: int) -> tuple | None:
        """The layer-pass hook of ``turn``'s thread: this pass, gathered with the others (None: on the CPU)."""
        # on first use: optional (numba's CUDA kernels, through the array backend's layers)
        from armscontrol.stability.device_layers import supported

        if not supported(layers):
            return None
        turn.request = (np.asarray(incoming, dtype=float), tuple(layers), int(decoys))
        self._yielded.release()
        turn.go.acquire()
        reply, turn.reply = turn.reply, None
        if isinstance(reply, BaseException):
            raise reply
        return reply

    def map(self, functions: Sequence[Callable[[], Any]]) -> list[Any]:
        """Each function's value, in order (an exception raised by one is raised here, after the others finish)."""
        turns = [_Turn(f) for f in functions]
        threads = [threading.Thread(target=self._body, args=(t,), daemon=True) for t in turns]
        for thread in threads:
            thread.start()
        ready = deque(turns)
        while ready:
            waiting = []
            while ready:
                turn = ready.popleft()
                turn.go.release()
                self._yielded.acquire()
                if not turn.done:
                    waiting.append(turn)
            if waiting:
                self._evaluate(waiting)
                ready.extend(waiting)
        for thread in threads:
            thread.join()
        for turn in turns:
            if turn.error is not None:
                raise turn.error
        return [turn.value for turn in turns]

    def _body(self, turn: _Turn) -> None:
        turn.go.acquire()
        try:
            with engagement.layer_passes(lambda *request: self._pass(turn, *request)):
                turn.value = turn.run()
        except BaseException as error:  # noqa: BLE001 - handed to the caller by map
            turn.error = error
        finally:
            turn.done = True
            self._yielded.release()

    def _evaluate(self, waiting: list[_Turn]) -> None:
        # on first use: optional (numba's CUDA kernels, through the array backend's layers)
        from armscontrol.stability.device_layers import pass_through_layers

        self.rounds += 1
        self.requests += len(waiting)
        distinct: dict[tuple, int] = {}
        order = []
        for turn in waiting:
            assert turn.request is not None  # a turn waits only with its request
            pmf, layers, decoys = turn.request
            key = (pmf.tobytes(), layers, decoys)
            order.append(distinct.setdefault(key, len(distinct)))
        firsts: dict[int, Any] = {}
        for turn, slot in zip(waiting, order):
            firsts.setdefault(slot, turn.request)
        requests = [firsts[slot] for slot in range(len(distinct))]
        self.evaluated += len(requests)
        start, start_cpu = time.perf_counter(), time.process_time()
        results: list[Any]
        try:
            results = pass_through_layers(
                self.xp, [r[0] for r in requests], [r[1] for r in requests], [r[2] for r in requests]
            )
        except BaseException as error:  # noqa: BLE001 - raised in every variant that asked
            results = [error] * len(requests)
        self.seconds += time.perf_counter() - start
        self.cpu_seconds += time.process_time() - start_cpu
        for turn, slot in zip(waiting, order):
            result = results[slot]
            turn.request = None
            turn.reply = result if isinstance(result, BaseException) else (result[0].copy(), list(result[1]), result[2])


def gathered(
    variants: Sequence[Any],
    one: Callable[[list[Any]], Any],
    *,
    backend: str,
    chunk: int = CHUNK,
    lockstep: Lockstep | None = None,
) -> list[Any]:
    """``one([variant])`` for each variant, their layer passes gathered ``chunk`` variants at a time on ``backend``.

    ``one`` is the CPU evaluation of a list of variants (:func:`armscontrol.stability.batch.evaluate` with
    ``backend="cpu"``), run in a thread per variant so that :class:`Lockstep` can gather their passes. Pass a
    :class:`Lockstep` to read its counts afterwards (requests, distinct ones evaluated, rounds, seconds).
    """
    xp = array_namespace(backend)
    lockstep = lockstep if lockstep is not None else Lockstep(xp)
    parts: list[Any] = []
    for begin in range(0, len(variants), chunk):
        group = variants[begin : begin + chunk]
        parts.extend(lockstep.map([functools.partial(one, [v]) for v in group]))
    return parts
