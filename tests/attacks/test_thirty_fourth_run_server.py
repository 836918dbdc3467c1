"""Server rows of the thirty-fourth adversarial run (issue 10), and server rows earlier runs left open."""
from __future__ import annotations

import subprocess

from ..conftest import SEEDS
from ..pg_server import PgServer
from .test_seventeenth_run_server import _database
from .test_tenth_run_server import RUN


def test_r33b_8_a_schema_with_some_of_the_tables_first_on_the_search_path_is_refused(server: PgServer) -> None:
    """Run 33 B8: a schema `evil` holding a `schemainfo` and an empty `sourcefile` only, put first on the database's
    search_path: it was taken for the corpus, its other tables read from public's, and an import ended in "unexpected
    error". A schema holding only some of the tables is no whole corpus: it is refused, naming the
    tables it lacks."""
    url = server.new_database()
    first = subprocess.run([*RUN, "import", str(SEEDS / "003_4221d1719c757f4b.txt"), "--db", url],
                           capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    database = _database(url)
    server.admin("CREATE SCHEMA evil; CREATE TABLE evil.schemainfo AS SELECT * FROM public.schemainfo; "
                 "CREATE TABLE evil.sourcefile (LIKE public.sourcefile INCLUDING ALL)", database=database)
    server.admin(f"ALTER DATABASE {database} SET search_path = evil, public")
    try:
        out = subprocess.run([*RUN, "import", str(SEEDS / "001_69ca20e02664ffc6.txt"), "--db", url],
                             capture_output=True, text=True, timeout=120)
        assert out.returncode == 2 and "unexpected" not in out.stderr and "evil" in out.stderr, out.stderr
    finally:
        server.admin(f"ALTER DATABASE {database} RESET search_path")
    assert "lacks its tables" in out.stderr and "article" in out.stderr, out.stderr
    again = subprocess.run([*RUN, "stats", "--db", url], capture_output=True, text=True, timeout=120)
    assert again.returncode == 2 and "more than one schema" in again.stderr, again.stderr   # (as run 19 B36)
