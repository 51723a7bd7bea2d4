"""The frozen bundle (`make bundle`): its size, and its start to the main window beside the venv's, in the same run.

Both start the same way: a new process runs `homeward self-test --only qt --only window --window DB` offscreen on a
demo database of `CASES` cases — the window the app opens after signing in, every page built — and says when the
window was shown; the time counts from the moment the process was started. The venv's is the console script
`make run` starts (`.venv/bin/homeward`). The first start of each in this run is reported alone, then the median of
`REPEATS` more; caches are not dropped (a shared machine), so a first start after a reboot is slower than either.
The machine's load is reported beside them.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from planning.demo import generate
from planning.storage import migrate
from planning.storage.engine import open_engine
from planning.storage.location import resolve
from planning.storage.store import SYSTEM, Store
from tests.benchmarks.__main__ import Report

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "homeward"
CASES = 500
REPEATS = 3
TODAY = date(2026, 6, 1)
KEY = "bench-only-bundle-key"  # a throwaway database opened with an explicit key: no keychain needed


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def demo_database(folder: Path) -> str:
    url = f"sqlite+pysqlcipher://:{KEY}@//{(folder / 'demo.db').resolve()}"
    location = resolve(url)
    engine = open_engine(location)
    try:
        migrate.ensure_current(engine)
        generate(Store(engine, SYSTEM, location, today=lambda: TODAY), cases=CASES, seed=1, today=TODAY)
    finally:
        engine.dispose()
    return url


def start_to_window(program: Path, url: str, home: Path) -> float:
    """Seconds from starting `program` to its main window shown on the database at `url`."""
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen",
           "XDG_DATA_HOME": str(home / "data"), "XDG_CACHE_HOME": str(home / "cache")}
    started = time.time()
    out = subprocess.run([str(program), "self-test", "--json", "--only", "qt", "--only", "window", "--window", url],
                         capture_output=True, text=True, env=env, timeout=300, check=False)
    report = json.loads(out.stdout)
    if not report["passed"]:
        raise RuntimeError(f"{program}: the window check failed: {report['checks']}")
    return float(report["window_shown_at"]) - started


def run(report: Report) -> None:
    frozen = BUNDLE / "homeward"
    if not frozen.exists():
        print(f"bench_bundle: no {frozen} (make bundle first): nothing measured", flush=True)
        return
    venv = Path(sys.executable).parent / "homeward"
    report("bundle size (dist/homeward)", folder_size(BUNDLE) / 1e6, "MB")
    tarballs = sorted(BUNDLE.parent.glob("homeward-*-linux-*.tar.gz"))
    if tarballs:
        report(f"tarball size ({tarballs[-1].name})", tarballs[-1].stat().st_size / 1e6, "MB")
    folder = Path(tempfile.mkdtemp(prefix="homeward-bench-bundle-"))
    try:
        url = demo_database(folder)
        for name, program in (("bundle", frozen), ("venv (make run)", venv)):
            home = folder / name.split()[0]
            home.mkdir()
            report(f"{name}: first start to the main window, {CASES} cases", start_to_window(program, url, home), "s")
            again = [start_to_window(program, url, home) for _ in range(REPEATS)]
            report(f"{name}: start to the main window, median of {REPEATS}", statistics.median(again), "s")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    report("CPU cores", os.cpu_count() or 0, "cores")
    report("load average over the last 5 minutes", os.getloadavg()[1], "")
