"""``armscontrol serve``: the JSON API on a local uvicorn server."""

from __future__ import annotations

import socket
import sys

import typer

from armscontrol.cli.base import command
from armscontrol.errors import UserError


def _check_port(host: str, port: int) -> None:
    if not 0 < port < 65536:
        raise UserError(f"--port: expected 1 to 65535, got {port}", field="--port", suggestion="8000")
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except socket.gaierror:
        raise UserError(
            f"--host: '{host}' is not an address of this machine; the default is 127.0.0.1",
            field="--host",
            suggestion="127.0.0.1",
        ) from None
    except OSError as exc:
        raise UserError(
            f"--port: cannot listen on {host}:{port} ({exc.strerror}); choose another, for example --port {port + 1}",
            field="--port",
            suggestion=str(port + 1),
        ) from None


@command("serve")
def serve_command(
    host: str = typer.Option(
        "127.0.0.1", "--host", help="Address to listen on; 127.0.0.1 keeps the server on this machine."
    ),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    database: str = typer.Option(
        None,
        "--database",
        help="Store URL (SQLAlchemy); default ARMSCONTROL_DATABASE, else SQLite in the data directory.",
    ),
) -> None:
    """Serve the dashboard and the JSON API (OpenAPI at /openapi.json, browsable at /docs); writes need the printed
    token."""
    # on first use: heavy (uvicorn)
    import uvicorn

    # on first use: heavy (FastAPI and the pages)
    from armscontrol.api import create_app

    # on first use: heavy (FastAPI)
    from armscontrol.api.auth import TOKEN_ENV, token_path

    # on first use: heavy (SQLAlchemy)
    from armscontrol.store.engine import shown

    _check_port(host, port)
    app = create_app(database, hosts=[host])
    shown_host = f"[{host}]" if ":" in host else host
    url = f"http://{shown_host}:{port}"
    lines = [
        f"armscontrol dashboard and API at {url}  (API reference: {url}/docs)",
        f"store: {shown(app.state.store.url)}",
    ]
    if host not in ("127.0.0.1", "localhost", "::1"):
        lines.append(
            f"note: listening on {host}, not only this machine: anyone who can reach it can read; writes need the token"
        )
        lines.append(
            "note: the server answers only to the Host names 127.0.0.1, localhost and the --host address; "
            "name others in ARMSCONTROL_ALLOWED_HOSTS (comma-separated)"
        )
    if app.state.token_generated:
        lines.append(f"write token (printed this once; kept in {token_path()}): {app.state.token}")
    elif TOKEN_ENV in __import__("os").environ:
        lines.append(f"write token: the value of {TOKEN_ENV}")
    else:
        lines.append(f"write token: in {token_path()}")
    sys.stdout.write("\n".join(lines) + "\n")
    sys.stdout.flush()
    # SIGTERM: requests get 5 s to finish, then the pool's workers are killed with the server (no computation
    # outlives it).
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False, timeout_graceful_shutdown=5)
