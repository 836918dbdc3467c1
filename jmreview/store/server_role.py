"""Who a server session is, and what the corpus lets it do: write, and see every row."""
from __future__ import annotations

from typing import Any

from jmreview.errors import Coded, StoreError
from jmreview.store.server_messages import SERVER_MESSAGES
from jmreview.store.url_secrets import unencoded

READS_ALL = ("EXISTS (SELECT 1 FROM pg_policies p WHERE p.schemaname = current_schema() AND p.tablename = c.relname "
             "AND p.permissive = 'PERMISSIVE' AND p.cmd IN ('SELECT', 'ALL') AND p.qual = 'true') AND NOT EXISTS "
             "(SELECT 1 FROM pg_policies p WHERE p.schemaname = current_schema() AND p.tablename = c.relname "
             "AND p.permissive = 'RESTRICTIVE' AND p.cmd IN ('SELECT', 'ALL') AND p.qual <> 'true')")


def role_rights(db: Any) -> tuple[str, bool, str]:
    """The session's login role (never the role it set for itself: run 31 B31, a reviewer logged as her group and
    curating her own review); whether it may write the edit log; and the corpus's tables whose rows a row-level
    security policy filters for it ('' for none: run 22 B60, an editor shown part of the corpus, which doctor then
    called orphans and an export wrote with empty text)."""
    role, may_write, hidden = db.execute_sql(
        "SELECT session_user, to_regclass('editlog') IS NULL OR has_table_privilege('editlog', 'INSERT'), "
        "(SELECT string_agg(c.relname, ', ' ORDER BY c.relname) FROM pg_class c WHERE c.relkind IN ('r', 'p') "
        "AND c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) "
        "AND row_security_active(c.oid))").fetchone()
    return str(role), bool(may_write), str(hidden or "")


def checked_only(db: Any, tables: str) -> bool:
    """True when the row-level security policies on these tables hide no row, only check the rows written (run 39
    B31: said to hide rows the role in fact sees)."""
    names = [t.strip() for t in tables.split(",") if t.strip()]
    found = db.execute_sql(f"SELECT bool_and({READS_ALL}) FROM pg_class c WHERE c.relkind IN ('r', 'p') AND "
                           "c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND "
                           "c.relname = ANY(?)", (names,)).fetchone()
    return bool(found and found[0])


def views_in_place(db: Any) -> str:
    """The corpus's tables that are views (or another kind of relation) another program put in their place, '' for
    none (run 45 B18: a view hiding a page, exported as the corpus; B19: the window's queries refused by it)."""
    from jmreview.store.models import ALL_MODELS

    names = [model._meta.table_name for model in ALL_MODELS]
    found = db.execute_sql("SELECT string_agg(c.relname, ', ' ORDER BY c.relname) FROM pg_class c WHERE c.relkind "
                           "IN ('v', 'm', 'f') AND c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = "
                           "current_schema()) AND c.relname = ANY(?)", (names,)).fetchone()
    return str(found[0] or "") if found else ""


def rows_hidden(db: Any, path: str, writes: bool = True) -> Coded | None:
    """Why a row-level security policy shows this role part of the corpus (or, with `writes`, checks its writes), or
    a view stands in a table's place, None if none does: refused at the opening (run 22 B60), and before a write or
    an export (run 41 B27: turned on after it). Policies that only check writes leave reading whole: an export, a
    copy off the server, stats and doctor (run 54 B29: refused as "a change could be refused")."""
    if views := views_in_place(db):
        return Coded(SERVER_MESSAGES["view_in_place"], path=path, tables=views)
    role, _, hidden = role_rights(db)
    why = "" if not hidden else "row_checks" if checked_only(db, hidden) else "row_security"
    why = "" if why == "row_checks" and not writes else why
    return Coded(SERVER_MESSAGES[why], path=path, role=role, tables=hidden) if why else None


def standby_why(db: Any, path: str) -> Coded | None:
    """Why a hot standby's corpus is open read-only (run 37 B55: no banner, each edit refused only once typed)."""
    if db.execute_sql("SELECT pg_is_in_recovery()").fetchone()[0]:
        return Coded(SERVER_MESSAGES["open_standby"], path=path)
    return None


def driver(path: str, url: str = "") -> Any:
    """psycopg2, or a refusal naming the driver missing (or a password libpq would misread: run 41 B6)."""
    if (char := unencoded(url)) is not None:
        raise StoreError(Coded(SERVER_MESSAGES["unencoded"], path=path, char=char, code=f"%{ord(char):02X}"))
    try:
        import psycopg2
    except ImportError:
        raise StoreError(Coded(SERVER_MESSAGES["no_driver"], path=path)) from None
    return psycopg2
