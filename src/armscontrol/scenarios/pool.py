"""A bounded pool of worker processes for the server's computations, each with a time limit.

The server's request threads never compute: a route that must compute hands
the call to this pool and waits. The pool holds :data:`armscontrol.limits.POOL_WORKERS`
processes (default the machine's cores) at a lower scheduling priority than the
server, so pages, lists and static files keep answering while every worker is
busy. At most :data:`armscontrol.limits.POOL_WAITING` calls wait for a worker;
one more is refused at once (:class:`Busy`: 503 with ``Retry-After``). A call
still computing after :data:`armscontrol.limits.TASK_SECONDS` has its worker
killed and replaced (:class:`TaskTimeout`: 503), so no request holds a core for
longer; a call whose client left is stopped the same way (:func:`compute_until`),
so nothing keeps computing once its answer cannot be used.

Workers start on first use (the ``spawn`` method: no copy of the server's
threads), import the answers once, and are reused; a user's error raised in a
worker reaches the caller as the same :class:`~armscontrol.errors.UserError`.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import pickle
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
import anyio.to_thread

from armscontrol import limits
from armscontrol.errors import UserError


class Busy(UserError):
    """Every worker is busy and the waiting line is full: try again after :attr:`retry_after` seconds."""

    status = 503

    def __init__(self, message: str, *, retry_after: int = 5) -> None:
        super().__init__(message, field=None)
        self.retry_after = retry_after


class TaskTimeout(Busy):
    """A computation ran past the pool's time limit and was stopped."""


class Cancelled(Busy):
    """A computation stopped because its caller no longer wants it (the client left)."""


STARTUP_SECONDS = 120
"""The longest a new worker may take to start and import the answers (outside the time limit of its calls)."""


def cores() -> int:
    """The machine's cores available to this process."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _orphan_watch(parent: int) -> None:  # pragma: no cover - runs in the worker process
    """End this worker as soon as the server that started it is gone, whatever it is computing."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(0)


def _serve(conn: Any, nice: int, parent: int | None = None) -> None:  # pragma: no cover - runs in the worker process
    """A worker's loop: receive (function, args, kwargs), send back ("ok", result) or ("error", exception)."""
    if parent is not None:
        threading.Thread(target=_orphan_watch, args=(parent,), daemon=True).start()
    try:
        os.nice(nice)
    except (AttributeError, OSError):
        pass
    # on first use: heavy (the answers, imported once in each worker, before its first task)
    import armscontrol.answers  # noqa: F401

    conn.send(("ready", None))
    while True:
        try:
            fn, args, kwargs = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply = ("ok", fn(*args, **kwargs))
        except UserError as exc:
            reply = ("error", _portable(exc))
        except Exception as exc:  # noqa: BLE001  (a defect: the caller reports it as one)
            reply = ("defect", f"{type(exc).__name__}: {exc}")
        try:
            conn.send(reply)
        except Exception as exc:  # noqa: BLE001  (an answer that cannot be sent back)
            conn.send(("defect", f"{type(exc).__name__}: {exc}"))


def _portable(exc: UserError) -> UserError:
    """``exc`` if it survives pickling, else a plain :class:`UserError` with its message, field and suggestion."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # noqa: BLE001
        return UserError(str(exc), field=getattr(exc, "field", None), suggestion=getattr(exc, "suggestion", None))


class _Worker:
    def __init__(self, context: Any, nice: int) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=_serve, args=(child, nice, os.getpid()), daemon=True, name="armscontrol-worker"
        )
        self.process.start()
        child.close()

    def kill(self) -> None:
        """Stop the worker; safe when two threads stop it at once (the pool closing while a call times out)."""
        self.process.kill()
        self.process.join(timeout=5)
        try:
            self.conn.close()
        except OSError:  # already closed by the other thread: its descriptor is gone
            pass


class Pool:
    """Worker processes, a bounded waiting line and a time limit per call.

    Parameters
    ----------
    workers : int, optional
        Worker processes; default :data:`armscontrol.limits.POOL_WORKERS`, else the machine's cores.
    waiting : int, optional
        Calls that may wait for a worker; default :data:`armscontrol.limits.POOL_WAITING`.
    seconds : float, optional
        The time limit of one call; default :data:`armscontrol.limits.TASK_SECONDS`.
    nice : int
        How much lower the workers' scheduling priority is than the server's.
    """

    def __init__(
        self, workers: int | None = None, waiting: int | None = None, seconds: float | None = None, nice: int = 10
    ) -> None:
        self.workers = workers or limits.POOL_WORKERS or cores()
        self.waiting = limits.POOL_WAITING if waiting is None else waiting
        self.seconds = float(limits.TASK_SECONDS if seconds is None else seconds)
        self.nice = nice
        self._context = multiprocessing.get_context("spawn")
        self._lock = threading.Lock()
        self._slots = threading.Semaphore(self.workers)
        self._idle: list[_Worker] = []
        self._all: set[_Worker] = set()
        self._admitted = 0

    @property
    def admitted(self) -> int:
        """Calls computing or waiting now."""
        return self._admitted

    def call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """``fn(*args, **kwargs)`` in a worker: its result, or the :class:`UserError` it raised (:meth:`call_until`)."""
        return self.call_until(None, fn, *args, **kwargs)

    def call_until(self, cancel: threading.Event | None, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """``fn(*args, **kwargs)`` in a worker, stopped (its worker killed) as soon as ``cancel`` is set.

        ``fn`` and its arguments must pickle (a module-level function and plain data or models).

        Raises
        ------
        Busy
            Every worker busy and the waiting line full (nothing was computed).
        TaskTimeout
            The call ran past the time limit; its worker was killed.
        """
        with self._lock:
            if self._admitted >= self.workers + self.waiting:
                raise Busy(
                    f"the server is computing {self.workers} answers with {self.waiting} more waiting (POOL_WAITING; "
                    "docs/limits.md); try again in a few seconds",
                    retry_after=5,
                )
            self._admitted += 1
        try:
            deadline = time.monotonic() + self.seconds
            while not self._slots.acquire(timeout=0.1):
                if cancel is not None and cancel.is_set():
                    raise Cancelled("cancelled before it started: the client left")
                if time.monotonic() > deadline:
                    raise Busy(f"no worker came free within {self.seconds:.0f} s; try again later", retry_after=30)
            try:
                return self._run(fn, args, kwargs, cancel)
            finally:
                self._slots.release()
        finally:
            with self._lock:
                self._admitted -= 1

    def _run(self, fn: Callable[..., Any], args: tuple, kwargs: dict, cancel: threading.Event | None = None) -> Any:
        with self._lock:
            worker = self._idle.pop() if self._idle else None
        if worker is None or not worker.process.is_alive():
            worker = _Worker(self._context, self.nice)
            with self._lock:
                self._all.add(worker)
            try:  # the time limit counts from a ready worker, not from its start
                if not worker.conn.poll(STARTUP_SECONDS) or worker.conn.recv()[0] != "ready":
                    raise EOFError
            except (EOFError, OSError):
                self._retire(worker)
                raise Busy("a worker of the server's pool did not start; try again", retry_after=10) from None
        try:
            worker.conn.send((fn, args, kwargs))
            deadline = time.monotonic() + self.seconds
            while not worker.conn.poll(min(0.1, max(0.0, deadline - time.monotonic()))):
                if cancel is not None and cancel.is_set():
                    raise Cancelled("cancelled: the client left before the answer was ready")
                if time.monotonic() >= deadline:
                    raise TaskTimeout(
                        f"stopped at the time limit of {self.seconds:.0f} s for one computation (TASK_SECONDS; "
                        "docs/limits.md); ask for less, or run it as a job",
                        retry_after=60,
                    )
            kind, value = worker.conn.recv()
        except (EOFError, OSError):  # the worker died, or the pool was closed under it
            self._retire(worker)
            raise Busy(
                "the computation was stopped before it finished (the server is stopping, or its worker failed); "
                "try again",
                retry_after=5,
            ) from None
        except BaseException:
            self._retire(worker)
            raise
        with self._lock:
            self._idle.append(worker)
        if kind == "ok":
            return value
        if kind == "error":
            raise value
        raise RuntimeError(f"the computation failed in its worker ({value})")

    def _retire(self, worker: _Worker) -> None:
        with self._lock:
            self._all.discard(worker)
        worker.kill()

    def close(self) -> None:
        """Stop every worker now (what they compute is dropped)."""
        with self._lock:
            workers, self._all, self._idle = list(self._all), set(), []
        for worker in workers:
            worker.kill()


_shared: Pool | None = None
_shared_lock = threading.Lock()


def shared() -> Pool:
    """The process's pool, made on first use and stopped at exit."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Pool()
            atexit.register(_shared.close)
        return _shared


def compute(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``fn(*args, **kwargs)`` in the shared pool (:meth:`Pool.call`)."""
    return shared().call(fn, *args, **kwargs)


async def compute_until(gone: Callable[[], Awaitable[bool]], fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``fn(*args, **kwargs)`` in the shared pool, awaited; stopped (its worker killed) once ``await gone()`` is true.

    ``gone`` is asked four times a second: for a server, whether the client disconnected.
    """

    cancel = threading.Event()

    async def watch() -> None:
        while not cancel.is_set():
            if await gone():
                cancel.set()
                return
            await anyio.sleep(0.25)

    outcome: list[Any] = []

    def call() -> None:
        try:
            outcome.append(("ok", shared().call_until(cancel, fn, *args, **kwargs)))
        except BaseException as exc:  # noqa: BLE001  (raised below, outside the task group, as it was)
            outcome.append(("error", exc))
        finally:
            cancel.set()

    async with anyio.create_task_group() as group:
        group.start_soon(watch)
        await anyio.to_thread.run_sync(call)
        group.cancel_scope.cancel()
    kind, value = outcome[0]
    if kind == "error":
        raise value
    return value
