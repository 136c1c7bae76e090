"""Shared fixtures of the sweep tests: small scenarios and Dask clusters started (and closed) by the tests."""

from __future__ import annotations

import logging

import pytest


@pytest.fixture(scope="session")
def threads_cluster():
    """Two workers as threads of this process (fast to start; same scheduling as a real cluster)."""
    from distributed import LocalCluster

    cluster = LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR
    )
    try:
        yield cluster
    finally:
        cluster.close()


@pytest.fixture
def client2(threads_cluster):
    from distributed import Client

    with Client(threads_cluster) as client:
        yield client


@pytest.fixture
def client1():
    from distributed import Client, LocalCluster

    with LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR
    ) as cluster:
        with Client(cluster) as client:
            yield client


@pytest.fixture(scope="session")
def process_scheduler():
    """A real dask.distributed cluster: a scheduler and 2 worker processes on 127.0.0.1; its address.

    Bounded: it starts within 60 s or the test fails, and it is closed when the session ends.
    """
    from distributed import LocalCluster

    cluster = LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address="127.0.0.1:0",
        silence_logs=logging.ERROR,
        timeout="60s",
    )
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close(timeout=30)
