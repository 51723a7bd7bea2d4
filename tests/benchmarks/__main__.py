"""Run every `tests/benchmarks/bench_*.py` and write the results to bench-results/RESULTS.md.

A benchmark module defines `run(report)`; it calls `report(name, value, unit, target)` once per
measurement. `python -m tests.benchmarks [-k TEXT] [--out DIR]`.
"""

from __future__ import annotations

import argparse
import importlib
import platform
import sys
import time
import traceback
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Result:
    module: str
    name: str
    value: float
    unit: str
    target: str


class Report(Protocol):
    def __call__(self, name: str, value: float, unit: str, target: str = "") -> None: ...


def discover(selector: str | None) -> list[str]:
    names = sorted(path.stem for path in HERE.glob("bench_*.py"))
    return [name for name in names if selector is None or selector in name]


def run_all(modules: list[str]) -> tuple[list[Result], list[str]]:
    results: list[Result] = []
    failures: list[str] = []
    for name in modules:
        module = importlib.import_module(f"{__package__}.{name}")

        def report(label: str, value: float, unit: str, target: str = "", _module: str = name) -> None:
            results.append(Result(_module, label, value, unit, target))
            print(f"{_module}: {label} = {value:g} {unit} (target {target or '-'})", flush=True)

        started = time.perf_counter()
        try:
            module.run(report)
        except Exception:
            failures.append(f"{name}: {traceback.format_exc()}")
        print(f"{name}: finished in {time.perf_counter() - started:.1f} s", flush=True)
    return results, failures


def kept_rows(previous: str, modules: list[str]) -> list[str]:
    """Table rows of an earlier RESULTS.md for benchmarks not run now, so that `-k` updates only its own rows."""
    rows = []
    for line in previous.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("| bench_") and len(cells) == 5 and cells[0] not in modules:
            rows.append(line)
    return rows


def markdown(results: list[Result], failures: list[str], kept: list[str] | None = None) -> str:
    lines = [
        "# Benchmark results",
        "",
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, Python {platform.python_version()}, "
        f"{platform.machine()}, {platform.system()}",
        "",
        "| Benchmark | Measurement | Value | Unit | Target |",
        "|---|---|---:|---|---|",
    ]
    rows = [f"| {r.module} | {r.name} | {r.value:.4g} | {r.unit} | {r.target} |" for r in results]
    # Sorted by module only (stable), so each benchmark's rows keep the order it reported them in.
    lines += sorted([*(kept or []), *rows], key=lambda row: row.split("|")[1].strip())
    if failures:
        lines += ["", "## Failures", ""] + [f"```\n{failure}```" for failure in failures]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks")
    parser.add_argument("-k", dest="selector", help="only benchmarks whose module name contains this")
    parser.add_argument("--out", type=Path, default=Path("bench-results"), help="output folder")
    args = parser.parse_args(argv)
    modules = discover(args.selector)
    results, failures = run_all(modules)
    args.out.mkdir(parents=True, exist_ok=True)
    target = args.out / "RESULTS.md"
    kept = kept_rows(target.read_text(encoding="utf-8"), modules) if target.exists() and args.selector else []
    target.write_text(markdown(results, failures, kept), encoding="utf-8")
    print(f"wrote {target}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
