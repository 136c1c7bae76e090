"""Bearer tokens for writes: reads are open, every write needs ``Authorization: Bearer TOKEN``.

The token is ``ARMSCONTROL_TOKEN`` when set; otherwise it is generated at the
first start and kept in the data directory (``api-token``, mode 0600), and the
server prints it once, with its URL.
"""

from __future__ import annotations

import hmac
import os
import secrets
import stat
from pathlib import Path

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from armscontrol.api.errors import ApiError
from armscontrol.budget import Who
from armscontrol.errors import UserError
from armscontrol.store.paths import data_dir

TOKEN_ENV = "ARMSCONTROL_TOKEN"
TOKEN_FILE = "api-token"
MIN_TOKEN_CHARS = 16

bearer = HTTPBearer(
    auto_error=False,
    scheme_name="token",
    description="The server's write token (ARMSCONTROL_TOKEN, or the one printed at first start).",
)


def token_path() -> Path:
    return data_dir() / TOKEN_FILE


def resolve_token(token: str | None = None) -> tuple[str, bool]:
    """The write token and whether it was generated just now: ``token``, else ``ARMSCONTROL_TOKEN``, else the data
    directory's."""
    given = token if token is not None else os.environ.get(TOKEN_ENV)
    if given is not None:
        given = given.strip()
        if len(given) < MIN_TOKEN_CHARS or not given.isascii() or not given.isprintable() or " " in given:
            raise UserError(
                f"{TOKEN_ENV}: a token must be at least {MIN_TOKEN_CHARS} printable ASCII characters without spaces",
                field=TOKEN_ENV,
            )
        return given, False
    path = token_path()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        if stat.S_IMODE(path.stat().st_mode) & 0o077:
            path.chmod(0o600)
        saved = path.read_text(encoding="ascii", errors="replace").strip()
        if len(saved) >= MIN_TOKEN_CHARS:
            return saved, False
        path.unlink()
        return resolve_token(None)
    except OSError as exc:
        raise UserError(
            f"{path}: cannot write the API token ({exc.strerror}); set {TOKEN_ENV} instead", field=TOKEN_ENV
        ) from None
    generated = secrets.token_urlsafe(32)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(generated + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    return generated, True


def require_token(request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> None:
    """Dependency of every write: 401 unless the bearer token is the server's."""
    expected: str = request.app.state.token
    if credentials is None:
        raise ApiError(
            401,
            "writing needs a token: send 'Authorization: Bearer TOKEN' (the token the server printed at first start, "
            "or ARMSCONTROL_TOKEN)",
            field="Authorization",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if not hmac.compare_digest(credentials.credentials.encode("utf-8", "surrogateescape"), expected.encode("utf-8")):
        raise ApiError(
            401,
            "wrong token; use the token the server printed at first start, or ARMSCONTROL_TOKEN",
            field="Authorization",
            headers={"WWW-Authenticate": "Bearer"},
        )


def caller(request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> Who:
    """Dependency of every computation: ``"token"`` with the server's bearer token, ``"anonymous"`` without one.

    A wrong token is refused (401) rather than treated as none, so that a client
    with a mistyped token learns it at once instead of meeting the smaller budget.
    """
    if credentials is None:
        return "anonymous"
    require_token(request, credentials)
    return "token"
