"""Benchmark suite: build cost and page weight as the knowledge base grows, and Lighthouse on the real site.

    make bench            (or: .venv/bin/python benchmarks/run.py [--runs 3] [--sizes 100 500 2000])

For each size it generates a synthetic knowledge base (benchmarks/genereer.py) and builds it several times, both as
this project (the kennisbank plugin, macros, Dutch search) and as plain Material pages with exactly the final Markdown
and block HTML the plugin produces, the same theme, extensions and menu, but without our code, so the overhead of our
code is a ratio measured in the same run, in wall time and in CPU time. It also times a `mkdocs serve` rebuild after
one page changes, times `make test-fast` against its 90 s budget (--zonder-test-fast skips it), and runs Lighthouse
(npm lighthouse, Debian's Chromium) on three pages of the real site served by the project's nginx configuration. It
prints Markdown tables; BENCHMARKS.md holds a copy with the machine described.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from genereer import generate  # noqa: E402

PYTHON = sys.executable
ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1")
CHROMIUM_FLAGS = ("--headless=new --no-sandbox --disable-gpu --disable-background-networking "
                  "--disable-component-update --disable-sync --no-first-run")


DUMP_HOOK = """\
# Benchmark helper: after every plugin (hooks run last), save each page's final Markdown and the final menu. The
# kennisbank plugin leaves its generated blocks as placeholder tokens that its Markdown extension turns into
# elements; here each token gets the block's HTML, so plain Material converts the same content.
import json, os, re
from pathlib import Path
from mkdocs.plugins import event_priority
OUT = Path(os.environ["KENNISBANK_DUMP"])

@event_priority(-100)  # after the kennisbank plugin (-50), which adds the blocks
def on_page_markdown(markdown, page, config, files):
    blocks = config.plugins["kennisbank"].blocks
    final = re.sub(re.escape(blocks.prefix) + r"\\d+x*", lambda m: blocks.pending.get(m.group(0), ""), markdown)
    target = OUT / "docs" / page.file.src_uri
    target.parent.mkdir(parents=True, exist_ok=True)
    meta = {"title": page.title, "description": page.meta.get("description", "")}
    target.write_text("---\\n" + json.dumps(meta, ensure_ascii=False) + "\\n---\\n\\n" + final, encoding="utf-8")
    return markdown

def on_post_build(config):
    (OUT / "nav.json").write_text(json.dumps(config.nav), encoding="utf-8")
"""


def plain_project(project: Path) -> Path:
    """The same final Markdown (what the macros produce), theme, extensions and menu as plain Material pages:
    no macros, no hooks, no Dutch search layer. Building it is what the site would cost without our code."""
    from mkdocs.utils.yaml import yaml_load

    plain = project / "plain"
    (project / "dump_hook.py").write_text(DUMP_HOOK, encoding="utf-8")
    (project / "mkdocs-dump.yml").write_text(
        "INHERIT: mkdocs.yml\nhooks:\n  - dump_hook.py\n", encoding="utf-8")
    subprocess.run([PYTHON, "-m", "mkdocs", "build", "-f", "mkdocs-dump.yml", "-d", str(project / "dump-site")],
                   cwd=project, env=dict(ENV, KENNISBANK_DUMP=str(plain)), check=True, capture_output=True)
    config = yaml_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    for key in ("hooks", "repo_url", "edit_uri", "strict", "validation"):
        config.pop(key, None)
    config["theme"]["custom_dir"] = "../overrides"
    config["plugins"] = {"search": config["plugins"]["search"]}
    config["nav"] = json.loads((plain / "nav.json").read_text(encoding="utf-8"))
    (plain / "mkdocs.yml").write_text(json.dumps(config, default=str), encoding="utf-8")  # JSON is valid YAML
    return plain


def build(project: Path, config: str, site: Path) -> dict[str, float]:
    """One build in a fresh process: wall time, CPU time (user + system) and peak memory (from /usr/bin/time -v).
    CPU time barely changes when other processes share the machine, so its ratio is the steadier one."""
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-v", PYTHON, "-m", "mkdocs", "build", "-f", config, "-d", str(site)],
                            cwd=project, env=ENV, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"build van {project} faalde:\n{result.stderr[-3000:]}")
    peak_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1))
    cpu = sum(float(re.search(rf"{kind} time \(seconds\): ([\d.]+)", result.stderr).group(1))
              for kind in ("User", "System"))
    return {"seconds": seconds, "cpu": cpu, "peak_mb": peak_kb / 1024}


def sizes(site: Path) -> dict[str, float]:
    pages = [p.stat().st_size for p in site.rglob("*.html")]
    index = (site / "search/search_index.json").read_bytes()
    total = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    return {"pages": len(pages), "output_mb": total / 2**20, "median_page_kb": statistics.median(pages) / 1024,
            "index_kb": len(index) / 1024, "index_gz_kb": len(gzip.compress(index)) / 1024}


def measure_size(n: int, runs: int, work: Path) -> dict:
    project = generate(n, work / f"kb-{n}")
    plain = plain_project(project)
    ours, base = [], []
    for _ in range(runs):  # interleaved, so drift on a noisy machine hits both variants alike
        ours.append(build(project, "mkdocs.yml", work / f"site-{n}"))
        base.append(build(plain, "mkdocs.yml", work / f"plain-{n}"))
    ours_s = statistics.median(r["seconds"] for r in ours)
    base_s = statistics.median(r["seconds"] for r in base)
    ours_cpu = statistics.median(r["cpu"] for r in ours)
    base_cpu = statistics.median(r["cpu"] for r in base)
    return {"n": n, "ours_s": ours_s, "plain_s": base_s, "ratio": ours_s / base_s,
            "ours_cpu": ours_cpu, "plain_cpu": base_cpu, "cpu_ratio": ours_cpu / base_cpu,
            "ours_mb": max(r["peak_mb"] for r in ours), "plain_mb": max(r["peak_mb"] for r in base),
            **sizes(work / f"site-{n}"), "plain_median_page_kb": sizes(work / f"plain-{n}")["median_page_kb"]}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve_rebuild(project: Path, timeout: float = 300) -> float:
    """Seconds `mkdocs serve` needs to rebuild after one page is edited (as MkDocs itself reports it)."""
    import queue
    import threading

    port = free_port()
    process = subprocess.Popen([PYTHON, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
                               cwd=project, env=ENV, stderr=subprocess.PIPE, text=True)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in process.stderr], daemon=True).start()
    built = re.compile(r"Documentation built in ([\d.]+) seconds")
    deadline = time.monotonic() + timeout

    def wait_for(pattern: re.Pattern[str]) -> re.Match[str]:
        while time.monotonic() < deadline:
            try:
                line = lines.get(timeout=1)
            except queue.Empty:
                continue
            if match := pattern.search(line):
                return match
        raise SystemExit(f"mkdocs serve: geen '{pattern.pattern}' binnen {timeout:g} s")

    try:
        wait_for(re.compile("Serving on"))
        page = next((project / "docs/oplossingen").glob("oplossing-*.md"))
        page.write_text(page.read_text(encoding="utf-8") + "\nEen nieuwe zin.\n", encoding="utf-8")
        return float(wait_for(built).group(1))
    finally:
        process.terminate()
        process.wait(timeout=30)


def lighthouse(work: Path) -> list[dict]:
    """Lighthouse performance and accessibility on the real site, served by the project's nginx configuration."""
    from kennisbank.nginx import generate as nginx_config

    binary = ROOT / "node_modules/.bin/lighthouse"
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not binary.exists() or not Path(nginx).exists():
        return [{"page": "(overgeslagen: npm ci en Debian-pakket nginx nodig)"}]
    site = work / "echte-site"
    build(ROOT, "mkdocs.yml", site)
    port = free_port()
    config = nginx_config(site, work / "nginx", f"127.0.0.1:{port}")
    server = subprocess.Popen([nginx, "-e", "stderr", "-p", str(config.parent), "-c", config.name],
                              stderr=subprocess.DEVNULL)
    time.sleep(1)
    results = []
    try:
        for label, path in [("home", ""), ("oplossing", "oplossingen/omgaan-met-weerstand/"),
                            ("complete checklist", "checklist/")]:
            out = work / f"lighthouse-{label.replace(' ', '-')}.json"
            subprocess.run([str(binary), f"http://127.0.0.1:{port}/{path}", "--quiet", "--output=json",
                            f"--output-path={out}", "--only-categories=performance,accessibility",
                            "--chrome-path=/usr/bin/chromium", f"--chrome-flags={CHROMIUM_FLAGS}"],
                           check=True, env=dict(ENV, CHROME_PATH="/usr/bin/chromium"), timeout=300)
            report = json.loads(out.read_text(encoding="utf-8"))
            transfer = sum(item.get("transferSize", 0) for item in
                           report["audits"]["network-requests"]["details"]["items"]
                           if "search_index" not in item.get("url", ""))
            results.append({"page": label,
                            "performance": round(report["categories"]["performance"]["score"] * 100),
                            "accessibility": round(report["categories"]["accessibility"]["score"] * 100),
                            "transfer_kb": transfer / 1024})
    finally:
        server.terminate()
        server.wait(timeout=10)
    return results


def test_fast_seconds() -> float:
    """`make test-fast` as a developer runs it (lint included); its budget is 90 s on 2 cores."""
    start = time.perf_counter()
    result = subprocess.run(["make", "-s", "test-fast"], cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"make test-fast faalde:\n{result.stdout[-3000:]}")
    return time.perf_counter() - start


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1)) / 2**20
    return (f"{os.cpu_count()} cores ({cpu}), {memory:.0f} GiB RAM, {platform.platform()}, "
            f"Python {platform.python_version()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 500, 2000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--zonder-lighthouse", action="store_true")
    parser.add_argument("--zonder-test-fast", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        rows = [measure_size(n, args.runs, work) for n in args.sizes]
        rebuild = serve_rebuild(work / f"kb-{args.sizes[min(1, len(args.sizes) - 1)]}")
        lighthouse_rows = [] if args.zonder_lighthouse else lighthouse(work)
    fast = None if args.zonder_test_fast else test_fast_seconds()
    print(f"Machine: {machine()}\nMediaan van {args.runs} builds per variant, afwisselend gebouwd.\n")
    print("| entiteiten | pagina's | build (s) | plain Material (s) | verhouding | CPU (s) | plain CPU (s) "
          "| CPU-verhouding | piekgeheugen (MB) | output (MB) "
          "| mediaan pagina (KB) | plain mediaan pagina (KB) | zoekindex (KB) | zoekindex gz (KB) |")
    print("|---:" * 14 + "|")
    for r in rows:
        print(f"| {r['n']} | {r['pages']} | {r['ours_s']:.1f} | {r['plain_s']:.1f} | {r['ratio']:.2f}× "
              f"| {r['ours_cpu']:.1f} | {r['plain_cpu']:.1f} | {r['cpu_ratio']:.2f}× "
              f"| {r['ours_mb']:.0f} (plain {r['plain_mb']:.0f}) | {r['output_mb']:.1f} | {r['median_page_kb']:.0f} "
              f"| {r['plain_median_page_kb']:.0f} | {r['index_kb']:.0f} | {r['index_gz_kb']:.0f} |")
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        growth = (last["ours_s"] / first["ours_s"]) / (last["n"] / first["n"])
        output = (last["output_mb"] / first["output_mb"]) / (last["n"] / first["n"])
        print(f"\nGroei {first['n']} → {last['n']} entiteiten, gedeeld door de groei van het aantal entiteiten "
              f"(1,0 = lineair): buildtijd {growth:.2f}, output {output:.2f}.")
    print(f"\n`mkdocs serve`: opnieuw bouwen na het wijzigen van één pagina ({args.sizes[min(1, len(args.sizes) - 1)]} "
          f"entiteiten): {rebuild:.1f} s.")
    if fast is not None:
        print(f"\n`make test-fast`: {fast:.0f} s (budget 90 s op 2 cores).")
    if lighthouse_rows:
        print("\n| Lighthouse (echte site, nginx) | performance | accessibility | eerste keer geladen, gz, zonder zoekindex |")
        print("|---|---:|---:|---:|")
        for r in lighthouse_rows:
            if "performance" in r:
                print(f"| {r['page']} | {r['performance']} | {r['accessibility']} | {r['transfer_kb']:.0f} KB |")
            else:
                print(f"| {r['page']} | | | |")


if __name__ == "__main__":
    main()
