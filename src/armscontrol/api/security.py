"""What every response carries and every request must show: the Host allow-list, the Origin check, security headers.

- **Host allow-list.** A request whose ``Host`` is not one the server answers to
  gets 400 before any route runs: a web page on another name that a DNS
  rebinding points at 127.0.0.1 cannot read the server. Allowed: ``127.0.0.1``,
  ``localhost``, ``::1``, the address given to ``armscontrol serve --host``,
  and the names in ``ARMSCONTROL_ALLOWED_HOSTS`` (comma-separated).
- **Origin check.** A POST, PUT, PATCH or DELETE that a browser sends from
  another site (its ``Origin`` names another host, or ``Sec-Fetch-Site`` says
  ``cross-site``) gets 403: no page elsewhere can submit the dashboard's forms
  (``POST /read``) or spend the server's work budget in a visitor's name.
  Programs, which send no ``Origin``, are not affected.
- **Headers.** A Content-Security-Policy without inline script (scripts only
  from ``/static``; nothing from another origin), ``frame-ancestors 'none'``,
  ``X-Content-Type-Options: nosniff``, ``Referrer-Policy: no-referrer`` and
  ``X-Frame-Options: DENY``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

ALLOWED_HOSTS_ENV = "ARMSCONTROL_ALLOWED_HOSTS"
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors "
    "'none'"
)
"""Scripts from this server's files only (no inline script, no eval); inline styles allowed for the charts' SVG."""

HEADERS = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
)


def allowed_hosts(extra: Iterable[str] = ()) -> frozenset[str]:
    """The host names the server answers to: the local ones, ``extra`` and ``ARMSCONTROL_ALLOWED_HOSTS``."""
    names = [*LOCAL_HOSTS, *extra, *os.environ.get(ALLOWED_HOSTS_ENV, "").split(",")]
    return frozenset(n.strip().lower().strip("[]") for n in names if n.strip())


def host_name(value: str) -> str:
    """The name of a ``Host`` header or an origin's authority, without its port: ``[::1]:8000`` is ``::1``."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1 : value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


class Guard:
    """ASGI middleware: the Host allow-list and the Origin check on requests, the security headers on responses."""

    def __init__(self, app: Any, hosts: Iterable[str] = ()) -> None:
        self.app, self.hosts = app, allowed_hosts(hosts)

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":  # the app serves no websockets
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope.get("headers", ())}
        host = headers.get("host", "")
        if host_name(host) not in self.hosts:
            shown = host[:100].encode("ascii", "replace").decode()
            await self._refuse(
                send,
                400,
                f"Host '{shown}' is not a name this server answers to; use http://127.0.0.1 or http://localhost, "
                f"or start it with --host NAME (or {ALLOWED_HOSTS_ENV}=NAME)",
                "Host",
            )
            return
        if scope["method"] in UNSAFE_METHODS:
            origin = headers.get("origin")
            cross = headers.get("sec-fetch-site") == "cross-site"
            if origin is not None and origin != "null":
                parts = urlsplit(origin)
                cross = cross or parts.netloc.lower() != host.strip().lower()
            elif origin == "null":
                cross = True
            if cross:
                await self._refuse(
                    send,
                    403,
                    "a write sent from another site's page is refused; submit the form on this server's own page",
                    "Origin",
                )
                return

        async def with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", ())}
                message["headers"] = list(message.get("headers", ())) + [(k, v) for k, v in HEADERS if k not in present]
            await send(message)

        await self.app(scope, receive, with_headers)

    async def _refuse(self, send: Any, status: int, message: str, field: str) -> None:
        payload = json.dumps({"error": message, "field": field, "suggestion": None}).encode()
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(payload)).encode()),
                    *HEADERS,
                ],
            }
        )
        await send({"type": "http.response.body", "body": payload})
