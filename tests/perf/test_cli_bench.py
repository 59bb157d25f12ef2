"""The terminal's speed (#7): ``arapp aging --format json`` on the big demo book as a
whole process (start-up, imports, opening the database, the report, the JSON) against a
bare ``python -c`` process with sqlite3 computing the same buckets per customer and
dumping them as JSON, both timed in the same run. Only the ratio is asserted.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

from benchlib import ROOT

# A bare process doing the job with no arapp: the default scheme's buckets by due date
# (edges in days, dates compared as ISO text) and the unapplied credit, per customer.
BARE_AGING = """
import datetime as dt, json, sqlite3, sys
EDGES = (0, 30, 60, 90, 180, 365)
today = dt.date.today()
bounds = [(today - dt.timedelta(days=e)).isoformat() for e in EDGES]
cases = [f"SUM(CASE WHEN due_date >= '{bounds[0]}' THEN open_amount ELSE 0 END)"]
for lo, hi in zip(bounds[1:], bounds[:-1]):
    cases.append(f"SUM(CASE WHEN due_date >= '{lo}' AND due_date < '{hi}' THEN open_amount ELSE 0 END)")
cases.append(f"SUM(CASE WHEN due_date < '{bounds[-1]}' THEN open_amount ELSE 0 END)")
con = sqlite3.connect(sys.argv[1])
owed = con.execute(
    f"SELECT customer_id, {', '.join(cases)} FROM invoice NOT INDEXED "
    "WHERE open_amount > 0 AND status IN ('posted', 'partly_paid') GROUP BY customer_id").fetchall()
credit = dict(con.execute(
    "SELECT customer_id, SUM(unallocated) FROM receipt WHERE unallocated > 0 AND status = 'posted' "
    "GROUP BY customer_id").fetchall())
rows = [{"customer": r[0], "buckets": list(r[1:]), "credit": credit.get(r[0], 0)} for r in owed]
sys.stdout.write(json.dumps({"as_of": today.isoformat(), "rows": rows}))
"""


def _arapp_command() -> list[str]:
    """The installed ``arapp`` script beside this Python, else ``python -m arapp.cli``."""
    script = shutil.which("arapp", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "arapp.cli"]


def _timed(cmd: list[str], out: Path) -> float:
    """Seconds the process ``cmd`` takes, its output going to the file ``out``."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), ARAPP_LANG="zh_CN")
    env.pop("PYTHONDONTWRITEBYTECODE", None)    # as installed: modules load from their cached bytecode
    with open(out, "wb") as sink:
        started = time.perf_counter()
        done = subprocess.run(cmd, stdout=sink, stderr=subprocess.PIPE, env=env, cwd=ROOT, timeout=120)
        seconds = time.perf_counter() - started
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    return seconds


def test_aging_json_process_against_a_bare_sqlite_process(big_demo_db, figures, tmp_path):
    arapp_cmd = [*_arapp_command(), "aging", "--format", "json", "--db", str(big_demo_db)]
    bare_cmd = [sys.executable, "-c", BARE_AGING, str(big_demo_db)]
    arapp_out, bare_out = tmp_path / "arapp.json", tmp_path / "bare.json"
    _timed(arapp_cmd, arapp_out)           # warm the file cache and write the bytecode once
    best_arapp = best_bare = float("inf")
    for _ in range(9):                     # interleaved, so a busy moment hits both alike
        best_arapp = min(best_arapp, _timed(arapp_cmd, arapp_out))
        best_bare = min(best_bare, _timed(bare_cmd, bare_out))
    text = arapp_out.read_text(encoding="utf-8")
    data, bare = json.loads(text), json.loads(bare_out.read_text(encoding="utf-8"))
    assert "\n" not in text.strip(), "the default JSON is one compact line"
    # the same job: the same totals per bucket, to the fen
    bare_totals = [sum(r["buckets"][k] for r in bare["rows"]) for k in range(len(data["buckets"]))]
    assert [int(Decimal(v) * 100) for v in data["totals"]["buckets"]] == bare_totals
    print(f"\n[bench] arapp aging --format json: {best_arapp:.3f} s for {len(data['rows']):,} rows "
          f"({len(text.encode()) / 1e6:.1f} MB); bare sqlite3 process {best_bare:.3f} s")
    figures.add(f"arapp aging --format json, whole process ({len(data['rows']):,} rows)", best_arapp, best_bare,
                limit=2)
