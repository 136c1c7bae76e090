"""Chunks of model runs on Dask, results in order, streamed to Parquet and resumable.

A run is a fixed number of rows (sets of input values) cut into chunks of a
fixed size. Each chunk's input values depend only on the run's seed and the
chunk's index (:func:`chunk_seed`), never on the workers, and the results are
put back in chunk order, so a run gives the same numbers, bit for bit, on one
worker or many and whatever order the chunks finish in.

With an output file, each finished chunk is written at once to
``FILE.partial/chunk-NNNNNNNN.parquet`` beside a ``run.json`` that identifies
the run; the file itself is assembled in chunk order when the last chunk is
in, and the folder removed. After an interruption the same command with
``--resume`` skips the chunks already written and gives the same file as a
run straight through.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import shutil
import uuid
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from armscontrol.errors import UserError

SCHEDULER_ENV = "ARMSCONTROL_SCHEDULER"
"""Environment variable naming a Dask scheduler (``tcp://HOST:PORT``) used when ``--scheduler`` is not given."""

DEFAULT_CHUNK_SIZE = 16
"""Rows per chunk (a unit of work sent to one worker). Part of a run's identity:
Monte Carlo samples are drawn chunk by chunk, so another size gives other samples."""


ROW_GROUP_ROWS = 65_536
"""Rows per Parquet row group of an output file."""

CONNECT_TIMEOUT = "10s"
"""How long to wait for a scheduler given by address before giving up with an error."""

IN_PROCESS_MAX_ROWS = 512
"""Runs of at most this many rows, with no client or scheduler given, are evaluated on threads of
this process (:class:`InProcess`) instead of on a local Dask cluster: at tens to a hundred
variants per second per core they take seconds, and starting a cluster (each worker importing
Dask, the package and the kernels) took longer than the work. The numbers are the same, bit
for bit (chunks, seeds and order do not depend on where chunks run)."""

ModelFunction = Callable[[np.ndarray], dict[str, np.ndarray]]
"""Rows of input values (n × k) -> one array of n outputs per output name."""


def chunk_seed(seed: int, chunk: int) -> np.random.SeedSequence:
    """The seed of chunk ``chunk`` of a run with seed ``seed`` (independent streams, one per chunk)."""
    return np.random.SeedSequence(entropy=seed, spawn_key=(chunk,))


@dataclass(frozen=True)
class Plan:
    """The rows of a run, cut into chunks; ``rows(start, stop)`` gives their input values."""

    total: int
    chunk_size: int
    rows: Callable[[int, int], np.ndarray]

    @property
    def chunks(self) -> int:
        return -(-self.total // self.chunk_size)

    def span(self, chunk: int) -> tuple[int, int]:
        start = chunk * self.chunk_size
        return start, min(start + self.chunk_size, self.total)


def run_chunk(model: ModelFunction, values: np.ndarray) -> dict[str, np.ndarray]:
    """Evaluate one chunk (the task a worker runs)."""
    out = model(values)
    for name, column in out.items():
        if len(column) != len(values):
            raise ValueError(f"model output '{name}' has {len(column)} values for {len(values)} rows")
    return out


# Dask -------------------------------------------------------------------------------------

_ADDRESS = re.compile(r"^(tcp|tls|inproc|ucx)://[^\s:/]+(:\d+)?$|^[A-Za-z0-9.\-]+:\d+$")


WORKER_MALLOC = {"MALLOC_TRIM_THRESHOLD_": str(64 << 20), "MALLOC_MMAP_THRESHOLD_": str(32 << 20)}
"""The C library's memory settings of a local cluster's worker processes (glibc reads them at start).

Dask gives its workers ``MALLOC_TRIM_THRESHOLD_=65536`` (to hand memory back to the system), and a fixed trim
threshold also fixes glibc's mmap threshold at 128 KiB: every array of a pass above that (the engaged tables, the
rows of a layer: a few MB) was then mapped, zero-filled page by page and unmapped again, a fifth of a worker's time
(N = 128 Sobol design of the founding example on one worker: 20.7-23.5 s of CPU with Dask's setting, 17.7-17.9 s
with these, the same as in this process). Up to 32 MiB an array now comes from the heap, and up to 64 MiB of free
heap is kept for the next pass.
"""


@contextlib.contextmanager
def dask_client(scheduler: str | None = None, workers: int | None = None, *, processes: bool = True) -> Iterator[Any]:
    """A Dask client: on the scheduler given (or ``ARMSCONTROL_SCHEDULER``), else on a local cluster.

    Parameters
    ----------
    scheduler : str, optional
        Address of an existing scheduler, ``tcp://HOST:PORT``.
    workers : int, optional
        Worker processes of the local cluster (default: this machine's cores);
        ignored with a scheduler.
    processes : bool
        Local workers as processes (default) or as threads of this process.

    The local cluster listens on 127.0.0.1 only and is closed on leaving.
    """
    import dask  # on first use: heavy (Dask)
    from distributed import Client, LocalCluster  # on first use: heavy (Dask)

    address = scheduler or os.environ.get(SCHEDULER_ENV) or None
    if address:
        address = address.strip()
        where = "scheduler" if scheduler else SCHEDULER_ENV
        if not _ADDRESS.match(address):
            raise UserError(
                f"{where}: '{address}' is not a scheduler address; expected tcp://HOST:PORT, for example tcp://10.0.0.5:8786",
                field="scheduler",
            )
        try:
            client = Client(address, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            raise UserError(
                f"{where}: no Dask scheduler answers at {address} ({exc.__class__.__name__}); start one with 'dask "
                f"scheduler' or leave the option out for a local cluster",
                field="scheduler",
            ) from None
        try:
            yield client
        finally:
            client.close()
        return
    count = workers if workers is not None else (os.cpu_count() or 1)
    if not 1 <= count <= 256:
        raise UserError(f"workers: expected 1 to 256 workers, got {count}", field="workers")
    # Worker processes talk to the scheduler over TCP on the loopback interface only; threads in process.
    loopback: dict[str, str] = {"host": "127.0.0.1"} if processes else {}
    # A nanny takes this process's environment over its configuration, and Dask leaves its own settings in this
    # process's environment after a cluster: both set here, the environment put back once the workers have started.
    environ = {**dask.config.get("distributed.nanny.pre-spawn-environ", default={}), **WORKER_MALLOC}
    saved = {name: os.environ.get(name) for name in WORKER_MALLOC}
    os.environ.update(WORKER_MALLOC)
    try:
        with dask.config.set({"distributed.nanny.pre-spawn-environ": environ}):
            cluster = LocalCluster(
                n_workers=count,
                threads_per_worker=1,
                processes=processes,
                dashboard_address="127.0.0.1:0",
                silence_logs=logging.CRITICAL,
                **loopback,
            )
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    client = Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


class InProcess:
    """Chunks evaluated on threads of this process, in place of a Dask client.

    The compiled kernels release the GIL, so the threads share the cores for
    most of the work; each thread keeps its own exchange cache across its chunks.
    """

    def __init__(self, workers: int | None = None) -> None:
        count = workers if workers is not None else (os.cpu_count() or 1)
        if not 1 <= count <= 256:
            raise UserError(f"workers: expected 1 to 256 workers, got {count}", field="workers")
        self.workers = count


@contextlib.contextmanager
def client_for(
    client: Any = None, scheduler: str | None = None, workers: int | None = None, *, rows: int | None = None
) -> Iterator[Any]:
    """``client`` as given (left open); else, for a run of at most :data:`IN_PROCESS_MAX_ROWS` ``rows``
    and no scheduler named (``--scheduler`` or ``ARMSCONTROL_SCHEDULER``), :class:`InProcess`; else a
    new client from :func:`dask_client` (closed on leaving)."""
    if client is not None:
        yield client
        return
    named = scheduler or os.environ.get(SCHEDULER_ENV)
    if not named and rows is not None and rows <= IN_PROCESS_MAX_ROWS:
        yield InProcess(workers)
        return
    with dask_client(scheduler, workers) as new:
        yield new


# Output files -----------------------------------------------------------------------------


def output_format(out: str | Path) -> str:
    """``parquet`` or ``csv`` from the file name; anything else is an error naming ``--out``."""
    suffix = Path(out).suffix.lower()
    if suffix not in (".parquet", ".csv"):
        raise UserError(f"out: '{out}' must end in .parquet or .csv", field="out")
    return suffix[1:]


def fingerprint(data: Any) -> str:
    """A short hash of JSON-able data (the identity of a run)."""
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()[:16]


class PartStore:
    """Finished chunks of a run written as Parquet parts beside the output file, then assembled.

    Parameters
    ----------
    out : path
        The output file (``.parquet`` or ``.csv``).
    identity : dict
        What makes the run: scenario, inputs, design, seed, chunk size. A resumed
        run must have the same.
    resume : bool
        Continue the chunks already written; without it, a folder of parts left
        by an interrupted run is an error rather than silently discarded.
    """

    def __init__(self, out: str | Path, identity: dict[str, Any], *, resume: bool) -> None:
        self.out = Path(out)
        self.format = output_format(self.out)
        self.identity = json.loads(json.dumps(identity, default=str))
        self.folder = self.out.with_name(self.out.name + ".partial")
        manifest = self.folder / "run.json"
        if not self.out.parent.is_dir():
            raise UserError(f"out: folder '{self.out.parent}' does not exist", field="out")
        if self.folder.exists():
            if not resume:
                raise UserError(
                    f"out: {self.folder} holds an interrupted run; add `resume` to continue it, or delete the folder",
                    field="out",
                )
            try:
                previous = json.loads(manifest.read_text())
            except (OSError, ValueError):
                raise UserError(
                    f"resume: {manifest} is missing or unreadable; delete {self.folder} and start again", field="resume"
                ) from None
            differ = [k for k in sorted(set(previous) | set(self.identity)) if previous.get(k) != self.identity.get(k)]
            if differ:
                raise UserError(
                    f"resume: {self.folder} was started by a different run ({', '.join(differ)} differ); run the same "
                    f"command, or delete the folder",
                    field="resume",
                )

    def _ensure_folder(self) -> None:
        # Made at the first finished chunk, so that a run failing before any work leaves nothing behind.
        if not self.folder.exists():
            self.folder.mkdir()
            (self.folder / "run.json").write_text(json.dumps(self.identity, indent=1, sort_keys=True))

    def _part(self, chunk: int) -> Path:
        return self.folder / f"chunk-{chunk:08d}.parquet"

    def done(self) -> set[int]:
        """Chunks already written (complete files only: each is renamed into place when whole)."""
        if not self.folder.exists():
            return set()
        return {int(p.stem.split("-")[1]) for p in self.folder.glob("chunk-*.parquet")}

    def write(self, chunk: int, table: Any) -> None:
        import pyarrow.parquet as pq  # on first use: heavy (pyarrow)

        self._ensure_folder()
        temporary = self.folder / f".chunk-{chunk:08d}.{uuid.uuid4().hex}.tmp"
        pq.write_table(table, temporary)
        os.replace(temporary, self._part(chunk))

    def read(self, chunk: int) -> Any:
        # on first use: heavy (pyarrow)
        import pyarrow as pa
        import pyarrow.parquet as pq

        try:
            return pq.read_table(self._part(chunk))
        except (OSError, pa.ArrowException) as exc:
            raise UserError(
                f"resume: {self._part(chunk)} cannot be read ({exc.__class__.__name__}); delete that file and run "
                "the same question with `resume` to compute its rows again",
                field="resume",
            ) from None

    def finish(self, chunks: int) -> Path:
        """Assemble the parts in chunk order into the output file (written whole, then renamed) and remove them.

        Parquet row groups hold :data:`ROW_GROUP_ROWS` rows each (the last fewer), whatever the
        chunk size, so the file is the same however the run was cut or resumed.
        """
        # on first use: heavy (pyarrow)
        import pyarrow as pa
        import pyarrow.csv as pcsv
        import pyarrow.parquet as pq

        temporary = self.out.with_name(f".{self.out.name}.{uuid.uuid4().hex}.tmp")
        writer = None
        pending: list[Any] = []
        held = 0

        def flush(rows: int) -> None:
            nonlocal pending, held
            assert writer is not None  # opened with the first chunk
            table = pa.concat_tables(pending).combine_chunks().replace_schema_metadata(writer.schema.metadata)
            writer.write_table(table.slice(0, rows))
            rest = table.slice(rows)
            pending, held = ([rest] if rest.num_rows else []), rest.num_rows

        try:
            for chunk in range(chunks):
                table = self.read(chunk)
                if writer is None:
                    if self.format == "parquet":
                        schema = table.schema.with_metadata(
                            {"armscontrol.run": json.dumps(self.identity, sort_keys=True)}
                        )
                        writer = pq.ParquetWriter(temporary, schema)
                    else:
                        writer = pcsv.CSVWriter(temporary, table.schema)
                if self.format == "csv":
                    writer.write_table(table)
                    continue
                pending.append(table)
                held += table.num_rows
                while held >= ROW_GROUP_ROWS:
                    flush(ROW_GROUP_ROWS)
            if writer is not None and held:
                flush(held)
        finally:
            if writer is not None:
                writer.close()
        if writer is None:
            raise UserError(f"out: nothing to write to {self.out}")
        os.replace(temporary, self.out)
        shutil.rmtree(self.folder)
        return self.out


# Running ----------------------------------------------------------------------------------


def to_table(
    start: int, names: Sequence[str], integer: Sequence[bool], values: np.ndarray, outputs: dict[str, np.ndarray]
) -> Any:
    """One chunk as an Arrow table: ``row``, the inputs, then the outputs."""
    import pyarrow as pa  # on first use: heavy (pyarrow)

    columns: dict[str, Any] = {"row": arrow_array(np.arange(start, start + len(values), dtype=np.int64))}
    for j, (name, whole) in enumerate(zip(names, integer)):
        column = values[:, j]
        columns[name] = arrow_array(np.rint(column).astype(np.int64) if whole else column.astype(np.float64))
    for name, column in outputs.items():
        array = np.asarray(column)
        columns[name] = arrow_array(array if array.dtype == bool else array.astype(np.float64))
    return pa.table(columns)


def arrow_array(values: np.ndarray) -> Any:
    """The Arrow array of a 1-d NumPy array of int64, float64 or bool, built from its buffer.

    Equal to ``pyarrow.array(values)``, which first asks whether the values are
    a pandas Series and so imports pandas (over half a second) in a run that
    never uses it.
    """
    import pyarrow as pa  # on first use: heavy (pyarrow)

    values = np.ascontiguousarray(values)
    if values.dtype == np.bool_:
        bits = np.packbits(values, bitorder="little")
        return pa.Array.from_buffers(pa.bool_(), len(values), [None, pa.py_buffer(bits)])
    kind = {np.dtype(np.int64): pa.int64(), np.dtype(np.float64): pa.float64()}[values.dtype]
    return pa.Array.from_buffers(kind, len(values), [None, pa.py_buffer(values)])


def numpy_column(table: Any, name: str) -> np.ndarray:
    """A column of int64, float64 or bool values (no nulls) of an Arrow table as a NumPy array, read from its buffers.

    Equal to ``table.column(name).to_numpy()``, which imports pandas.
    """
    parts = []
    for chunk in table.column(name).chunks:
        data = chunk.buffers()[1]
        if chunk.type == "bool":
            bits = np.frombuffer(data, dtype=np.uint8)
            parts.append(
                np.unpackbits(bits, bitorder="little", count=chunk.offset + len(chunk))[chunk.offset :].astype(bool)
            )
        else:
            dtype = np.int64 if chunk.type == "int64" else np.float64
            parts.append(np.frombuffer(data, dtype=dtype, count=chunk.offset + len(chunk))[chunk.offset :])
    if not parts:
        return np.zeros(0)
    return np.concatenate(parts)


def execute(
    plan: Plan,
    model: ModelFunction,
    names: Sequence[str],
    integer: Sequence[bool],
    client: Any,
    *,
    store: PartStore | None = None,
    keep: bool = True,
    on_progress: Callable[[int, int], None] | None = None,
) -> Any:
    """Evaluate every chunk of ``plan`` on the Dask ``client``; the Arrow table of all rows (if ``keep``).

    At most two chunks per worker thread are in flight, so memory stays bounded
    whatever the size of the run. Chunks finished in any order are put back in
    chunk order. A failing chunk stops the run with an error naming its rows;
    chunks already written to ``store`` stay for ``--resume``.
    """
    import pyarrow as pa  # on first use: heavy (pyarrow)

    done = store.done() if store is not None else set()
    done = {c for c in done if c < plan.chunks}
    kept: dict[int, Any] = {}
    if keep and store is not None:
        for chunk in sorted(done):
            kept[chunk] = store.read(chunk)
    finished = sum(plan.span(c)[1] - plan.span(c)[0] for c in done)
    if on_progress is not None:
        on_progress(finished, plan.total)
    pending = iter([c for c in range(plan.chunks) if c not in done])
    in_flight: dict[Any, tuple[int, np.ndarray]] = {}
    if isinstance(client, InProcess):
        pool = ThreadPoolExecutor(max_workers=client.workers, thread_name_prefix="armscontrol-chunk")
        slots = client.workers

        def send(values: np.ndarray, chunk: int) -> Any:
            return pool.submit(run_chunk, model, values)
    else:
        pool = None
        slots = max(1, sum(client.nthreads().values()))  # tasks the cluster can run at once
        run_id = uuid.uuid4().hex[:8]

        def send(values: np.ndarray, chunk: int) -> Any:
            return client.submit(run_chunk, model, values, key=f"armscontrol-{run_id}-{chunk}", pure=False)

    def submit(chunk: int) -> Any:
        start, stop = plan.span(chunk)
        values = np.asarray(plan.rows(start, stop), dtype=float).reshape(stop - start, len(names))
        future = send(values, chunk)
        in_flight[future] = (chunk, values)
        return future

    queue = _completed([submit(c) for _, c in zip(range(2 * slots), pending)], dask=pool is None)
    try:
        for future in queue:
            chunk, values = in_flight.pop(future)
            start, stop = plan.span(chunk)
            try:
                outputs = future.result()
            except UserError:
                raise
            except Exception as exc:  # a model error on a worker: name the rows, keep what is done
                raise UserError(f"rows {start:,} to {stop - 1:,} failed: {exc.__class__.__name__}: {exc}") from None
            table = to_table(start, names, integer, values, outputs)
            if store is not None:
                store.write(chunk, table)
            if keep:
                kept[chunk] = table
            finished += stop - start
            if on_progress is not None:
                on_progress(finished, plan.total)
            following = next(pending, None)
            if following is not None:
                queue.add(submit(following))
    finally:
        for future in list(in_flight):
            future.cancel()
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    if store is not None:
        store.finish(plan.chunks)
    if not keep:
        return None
    return pa.concat_tables([kept[c] for c in range(plan.chunks)]) if kept else None


class _ThreadsCompleted:
    """Futures of a thread pool in the order they finish, with ``add`` (the interface of Dask's ``as_completed``)."""

    def __init__(self, futures: Sequence[Any]) -> None:
        self.waiting = set(futures)
        self.ready: list[Any] = []

    def add(self, future: Any) -> None:
        self.waiting.add(future)

    def __iter__(self) -> Iterator[Any]:

        while self.waiting or self.ready:
            if not self.ready:
                finished, self.waiting = wait(self.waiting, return_when=FIRST_COMPLETED)
                self.ready = list(finished)
            yield self.ready.pop()


def _completed(futures: Sequence[Any], *, dask: bool) -> Any:
    if dask:
        from distributed import as_completed  # on first use: heavy (Dask)

        return as_completed(futures)
    return _ThreadsCompleted(futures)
