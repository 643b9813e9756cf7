"""Build cost of an earlier commit and of this checkout, in one run: each against its own plain Material build.

    .venv/bin/python benchmarks/vergelijk.py REV [--sizes 100 500] [--runs 3]

A content or schema change means the old code cannot build today's content, so each version builds the synthetic
knowledge base of its own benchmarks/genereer.py, and plain Material builds the final Markdown that version produced
(see run.py). The four builds alternate, so drift on a shared machine hits all of them alike. Needs the git history
(not a shallow clone): REV is checked out with `git worktree` in a temporary folder, which is removed afterwards.
It prints CPU and wall time, peak memory, and each version's ratio to its own plain build.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def load_benchmark(root: Path) -> ModuleType:
    """That version's run.py (with its own genereer.py and kennisbank package), imported in isolation."""
    def forget() -> None:  # each version imports its own genereer.py and kennisbank package under the same names
        for name in list(sys.modules):
            if name.split(".")[0] in ("genereer", "kennisbank", "run"):
                del sys.modules[name]

    saved_path = list(sys.path)
    forget()
    sys.path[:0] = [str(root / "benchmarks"), str(root)]
    try:
        spec = importlib.util.spec_from_file_location(f"run_{root.name}", root / "benchmarks" / "run.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path[:] = saved_path
        forget()


def measure(versions: dict[str, ModuleType], n: int, runs: int, work: Path) -> list[str]:
    """`versions`: label -> that version's run.py. Each builds its own synthetic site; this checkout's run.py times
    every build, so both versions are measured the same way."""
    timed = versions["nu"].build
    projects = {}
    for label, benchmark in versions.items():
        projects[label] = benchmark.generate(n, work / f"{label}-{n}")
        projects[f"{label} plain"] = benchmark.plain_project(projects[label])
    results: dict[str, list[dict[str, float]]] = {label: [] for label in projects}
    for _ in range(runs):
        for label, project in projects.items():
            results[label].append(timed(project, "mkdocs.yml", work / f"site-{label.replace(' ', '-')}-{n}"))
    median = {label: {key: statistics.median(r[key] for r in rs) for key in rs[0]} for label, rs in results.items()}
    lines = []
    for label in versions:
        ours, plain = median[label], median[f"{label} plain"]
        lines.append(
            f"| {n} | {label} | {ours['cpu']:.2f} | {plain['cpu']:.2f} | {ours['cpu'] / plain['cpu']:.2f}× "
            f"| {ours['seconds']:.2f} | {plain['seconds']:.2f} | {ours['seconds'] / plain['seconds']:.2f}× "
            f"| {ours['peak_mb']:.0f} | {plain['peak_mb']:.0f} |"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("rev")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 500])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kb-vergelijk-") as tmp:
        work, old_root = Path(tmp), Path(tmp) / "oud"
        subprocess.run(["git", "worktree", "add", "--detach", str(old_root), args.rev], cwd=ROOT, check=True,
                       capture_output=True)
        try:
            print("| entiteiten | versie | CPU (s) | plain CPU (s) | CPU-verhouding | build (s) | plain (s) "
                  "| verhouding | piekgeheugen (MB) | plain piekgeheugen (MB) |")
            print("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|")
            versions = {args.rev: load_benchmark(old_root), "nu": load_benchmark(ROOT)}
            for n in args.sizes:
                print("\n".join(measure(versions, n, args.runs, work)), flush=True)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(old_root)], cwd=ROOT, check=True)


if __name__ == "__main__":
    main()
