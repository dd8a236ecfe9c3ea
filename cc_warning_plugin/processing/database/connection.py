"""The QGIS side of a monitoring database on PostgreSQL: a connection saved
in QGIS (Browser ▸ PostgreSQL) turned into the parameters of the store
(``store/connection.py``), its credentials resolved from the QGIS
authentication database through the connection's ``authcfg`` by
``QgsAuthManager``. The password lives only in the returned parameters (and
the store's connection): it is never logged, shown or written."""

from typing import Dict, List, Tuple

from qgis.core import (
    QgsApplication,
    QgsAuthMethodConfig,
    QgsDataSourceUri,
    QgsProviderConnectionException,
    QgsProviderRegistry,
)

from ...core.i18n import tr
from ...store.connection import params_from_qgis_uri, sanitize
from ...store.errors import StoreError

PROVIDER = "postgres"


def _metadata():
    md = QgsProviderRegistry.instance().providerMetadata(PROVIDER)
    if md is None:
        raise StoreError(
            tr(
                "The PostgreSQL provider of QGIS is not available: install QGIS "
                "with PostgreSQL support."
            )
        )
    return md


def connection_names() -> List[str]:
    """The names of the PostgreSQL connections saved in QGIS."""
    md = QgsProviderRegistry.instance().providerMetadata(PROVIDER)
    return sorted(md.connections(False)) if md is not None else []


def saved_connection(name: str) -> Tuple[Dict[str, str], str]:
    """(psycopg2 parameters, the secret to keep out of texts) of the saved
    PostgreSQL connection ``name``. With an ``authcfg`` the user name and
    password are those of the authentication configuration."""
    name = (name or "").strip()
    try:
        conn = _metadata().findConnection(name, False)
    except QgsProviderConnectionException:
        conn = None
    if conn is None:
        known = connection_names()
        raise StoreError(
            tr(
                "There is no saved PostgreSQL connection named {name!r} (saved connections: "
                "{known}). Create it in the Browser (PostgreSQL ▸ New Connection) or choose "
                "another."
            ).format(name=name, known=", ".join(known) or tr("none"))
        )
    uri = QgsDataSourceUri(conn.uri())
    authcfg = uri.authConfigId()
    if authcfg:
        manager = QgsApplication.authManager()
        config = QgsAuthMethodConfig()
        ok = manager.loadAuthenticationConfig(authcfg, config, True)
        if not ok or not config.isValid():
            raise StoreError(
                tr(
                    "The saved PostgreSQL connection {name!r} takes its credentials from the "
                    "authentication configuration {authcfg}, which cannot be read: it does not "
                    "exist, or the master password of the QGIS authentication database has not "
                    "been entered. Check it in Settings ▸ Options ▸ Authentication."
                ).format(name=name, authcfg=authcfg)
            )
    info = uri.connectionInfo(True)  # the authcfg expanded by QgsAuthManager
    params = params_from_qgis_uri(info)
    secret = params.get("password", "")
    return params, secret


def describe_connection(name: str) -> str:
    """``name`` and where it points, without any credentials."""
    try:
        params, secret = saved_connection(name)
    except StoreError as exc:
        return sanitize(str(exc))
    from ...store.connection import describe_params

    return f"{name} ({sanitize(describe_params(params), [secret])})"
