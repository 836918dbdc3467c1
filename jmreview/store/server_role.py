"""Who a server session is, and what the corpus lets it do: write, and see every row."""
from __future__ import annotations

from typing import Any


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
