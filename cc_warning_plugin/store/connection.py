"""Connection parameters of the PostgreSQL/PostGIS backend, and keeping
passwords out of every text the store writes.

* :func:`pg_params` turns a DSN (``"host=… dbname=…"`` or
  ``"postgresql://user@host:5432/db"``) or a dict into the keyword
  parameters of ``psycopg2.connect``.
* :func:`params_from_qgis_uri` does the same for the URI of a QGIS saved
  PostgreSQL connection (``QgsDataSourceUri.connectionInfo()``:
  ``dbname='cc' host=db.example port=5432 user='wang' sslmode=require
  authcfg=a1b2c3d``). The password of an ``authcfg`` is resolved by QGIS's
  authentication manager on the QGIS side and passed in separately; it is
  never read from or written to the URI, a log, a run record or a report.
* :func:`sanitize` removes passwords (given ones and any ``password=…`` or
  ``user:secret@`` in a DSN) from a text before it is shown or stored.
"""

import re
from typing import Dict, Iterable, Optional

from ..core.i18n import tr
from .errors import StoreError

#: libpq keywords the store passes on; anything else in a URI is QGIS's
#: (table, key, srid, type, checkPrimaryKeyUnicity …) and is dropped.
_LIBPQ_KEYS = (
    "host",
    "hostaddr",
    "port",
    "dbname",
    "user",
    "password",
    "sslmode",
    "sslcert",
    "sslkey",
    "sslrootcert",
    "service",
    "connect_timeout",
    "application_name",
    "target_session_attrs",
)

#: QgsDataSourceUri::SslMode as stored in QGIS settings (enum value or name)
_SSL_MODES = {
    "0": "prefer",
    "1": "disable",
    "2": "allow",
    "3": "require",
    "4": "verify-ca",
    "5": "verify-full",
    "sslprefer": "prefer",
    "ssldisable": "disable",
    "sslallow": "allow",
    "sslrequire": "require",
    "sslverifyca": "verify-ca",
    "sslverifyfull": "verify-full",
}
_LIBPQ_SSL = {"prefer", "disable", "allow", "require", "verify-ca", "verify-full"}

_PASSWORD_KV = re.compile(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\"[^\"]*\"|\S+)", re.I)
_URL_SECRET = re.compile(r"(postgres(?:ql)?://[^:/@\s]*:)([^@\s]*)(@)", re.I)


def sanitize(text, secrets: Iterable[Optional[str]] = ()) -> str:
    """``text`` with every given secret and every password in a DSN or URL
    replaced by ``***``."""
    out = str(text)
    for s in secrets:
        if s:
            out = out.replace(s, "***")
    out = _PASSWORD_KV.sub(r"\1***", out)
    return _URL_SECRET.sub(r"\1***\3", out)


def _ssl_mode(value: str) -> str:
    v = str(value).strip()
    mode = _SSL_MODES.get(v.casefold().replace("-", "").replace("_", ""), v.casefold())
    if mode not in _LIBPQ_SSL:
        raise StoreError(
            tr(
                "Connection: sslmode {mode!r} is not known. Use one of disable, allow, prefer, "
                "require, verify-ca, verify-full."
            ).format(mode=v)
        )
    return mode


def _uri_tokens(uri: str) -> Dict[str, str]:
    """key=value pairs of a QgsDataSourceUri string; values may be quoted
    with '…' (backslash escapes) or "…"; words without '=' are skipped."""
    out: Dict[str, str] = {}
    i, n = 0, len(uri)
    while i < n:
        while i < n and uri[i].isspace():
            i += 1
        start = i
        while i < n and not uri[i].isspace() and uri[i] != "=":
            i += 1
        key = uri[start:i]
        if i >= n or uri[i] != "=":
            # a bare word such as the "(geom)" after table=
            while i < n and not uri[i].isspace():
                i += 1
            continue
        i += 1
        value = []
        if i < n and uri[i] in "'\"":
            while i < n and uri[i] in "'\"":
                quote = uri[i]
                i += 1
                while i < n and uri[i] != quote:
                    if uri[i] == "\\" and i + 1 < n:
                        i += 1
                    value.append(uri[i])
                    i += 1
                i += 1
                if i < n and uri[i] == ".":  # "schema"."table"
                    value.append(".")
                    i += 1
        else:
            while i < n and not uri[i].isspace():
                value.append(uri[i])
                i += 1
        if key:
            out[key] = "".join(value)
    return out


def params_from_qgis_uri(
    uri: str, password: Optional[str] = None, username: Optional[str] = None
) -> Dict[str, str]:
    """psycopg2 parameters from the URI of a QGIS saved connection.

    ``password`` (and ``username``) are the credentials QGIS's
    authentication manager resolved from the connection's ``authcfg``;
    they override whatever the URI holds. A URI with an ``authcfg`` and no
    password given is refused with a message saying so.
    """
    tokens = _uri_tokens(uri or "")
    params: Dict[str, str] = {}
    for key in _LIBPQ_KEYS:
        if tokens.get(key):
            params[key] = tokens[key]
    if "sslmode" in params:
        params["sslmode"] = _ssl_mode(params["sslmode"])
    if username:
        params["user"] = username
    if password is not None:
        params["password"] = password
    elif tokens.get("authcfg") and "password" not in params:
        raise StoreError(
            tr(
                "Connection: the saved QGIS connection stores its credentials in the "
                "authentication configuration {authcfg}. Resolve it in QGIS "
                "(Settings ▸ Options ▸ Authentication) and pass the password to the "
                "store."
            ).format(authcfg=tokens["authcfg"])
        )
    if not params.get("dbname") and not params.get("service"):
        raise StoreError(
            tr(
                "Connection: the URI names no database (dbname=…) and no service. Give the "
                "database of the saved connection."
            )
        )
    return params


def pg_params(target) -> Dict[str, str]:
    """psycopg2 keyword parameters from a dict or a DSN string."""
    if isinstance(target, dict):
        params = {k: str(v) for k, v in target.items() if v is not None and v != ""}
    else:
        from psycopg2 import ProgrammingError
        from psycopg2.extensions import parse_dsn

        try:
            params = dict(parse_dsn(str(target)))
        except ProgrammingError as exc:
            raise StoreError(
                tr(
                    "Connection: {dsn!r} is not a PostgreSQL connection string ({error}). "
                    'Write it as "host=… port=5432 dbname=… user=…" or '
                    '"postgresql://user@host:5432/dbname".'
                ).format(dsn=sanitize(target), error=sanitize(exc))
            ) from None
    unknown = sorted(k for k in params if k not in _LIBPQ_KEYS and k != "options")
    if unknown:
        raise StoreError(
            tr("Connection: unknown parameter(s) {names}. Known: {known}.").format(
                names=", ".join(unknown), known=", ".join(_LIBPQ_KEYS)
            )
        )
    if "sslmode" in params:
        params["sslmode"] = _ssl_mode(params["sslmode"])
    return params


def describe_params(params: Dict[str, str]) -> str:
    """``user@host:port/dbname`` (never the password)."""
    host = params.get("host") or params.get("hostaddr") or "localhost"
    if host.startswith("/"):
        host = tr("local socket {path}").format(path=host)
    db = params.get("dbname") or params.get("service", "")
    where = f"{host}:{params.get('port', '5432')}/{db}"
    return f"{params['user']}@{where}" if params.get("user") else where
