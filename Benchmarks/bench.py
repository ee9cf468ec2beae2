#!/usr/bin/env python3
"""Pantau's speed, measured against the tools an analyst would otherwise use.

One command, from the repository root:

    python3 Benchmarks/bench.py            # 1,000,000 survey responses (~130 MB)
    python3 Benchmarks/bench.py --rows 200000 --runs 5

It builds Pantau in release, generates the large survey file deterministically
(samples/generate.py --large), installs the peers (DuckDB, pandas) with pip when they are
missing, then prints, in one run:

  - Pantau: import + SKM evaluation of the file (`pantau run` on a pipeline with import.survey,
    evaluate.skm and report.json), best wall time of --runs and peak memory (max RSS);
  - the peer ../shared/bench/peer_skm.py (or --peer) on the same file with DuckDB and pandas;
  - the ratios, and whether every unit's SKM score equals the peer's to 1e-9.

Figures are printed, never asserted: machines are shared and noisy; compare within one run.
"""
import argparse, json, os, shutil, subprocess, sys, tempfile, time
from fractions import Fraction

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ELEMENT_COLUMNS = [f"u{k}" for k in range(1, 10)]

PIPELINE = """version: 1
name: Benchmark SKM
period: 2026
output: {output}
stages:
  - id: skm
    uses: import.survey
    with:
      path: {csv}
      columns: {{unit: opd, service: layanan, date: tgl_survei, U1: u1, U2: u2, U3: u3, U4: u4, U5: u5, U6: u6, U7: u7, U8: u9, U9: u8}}
  - id: evaluasi
    uses: evaluate.skm
  - id: json
    uses: report.json
"""


def run_with_rusage(command):
    """Runs a command and returns (seconds, peak RSS in MB) of that child alone (wait4)."""
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.execvp(command[0], command)
    _, status, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"bench: {' '.join(command)} exited with {os.waitstatus_to_exitcode(status)}")
    return seconds, usage.ru_maxrss / 1024.0


def ensure_peers():
    missing = []
    for module in ("duckdb", "pandas"):
        try:
            __import__(module)
        except ImportError:
            missing.append(module)
    if missing:
        print(f"bench: installing {', '.join(missing)} with pip", flush=True)
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", *missing], check=True)


def peer(peer_script, csv, engine):
    command = [sys.executable, peer_script, csv, "--engine", engine, "--unit", "opd", "--elements", ",".join(ELEMENT_COLUMNS)]
    best = None
    for _ in range(2):
        result = subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip()
        fields = dict(part.split("=", 1) for part in result.split())
        seconds = float(fields["seconds"])
        best = seconds if best is None else min(best, seconds)
        mean = float(fields["mean_score"])
        units = int(fields["units"])
    return best, mean, units


def duckdb_unit_scores(csv):
    """Per-unit SKM scores with DuckDB at full precision, for the equality check."""
    import duckdb
    means = " + ".join(f'avg("{c}")' for c in ELEMENT_COLUMNS)
    rows = duckdb.sql(f"select opd, ({means}) / 9 * 25 from read_csv_auto('{csv}') group by opd").fetchall()
    return {name: float(score) for name, score in rows}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--peer", default=os.path.join(ROOT, "..", "shared", "bench", "peer_skm.py"))
    parser.add_argument("--no-peers", action="store_true", help="measure Pantau only (no pip, no DuckDB or pandas)")
    args = parser.parse_args()

    work = os.path.join(ROOT, ".build", "bench")
    os.makedirs(work, exist_ok=True)
    print("bench: building Pantau in release", flush=True)
    subprocess.run(["swift", "build", "-c", "release", "--product", "pantau"], cwd=ROOT, check=True, capture_output=True)
    pantau = os.path.join(ROOT, ".build", "release", "pantau")

    csv = os.path.join(work, f"skm-{args.rows}.csv")
    if not os.path.exists(csv):
        print(f"bench: generating {args.rows:,} survey responses", flush=True)
        subprocess.run([sys.executable, os.path.join(ROOT, "samples", "generate.py"), "--large", str(args.rows), "--out", csv], check=True)
    size_mb = os.path.getsize(csv) / 1e6

    output = tempfile.mkdtemp(prefix="pantau-bench-")
    pipeline = os.path.join(work, "bench-skm.yaml")
    with open(pipeline, "w") as f:
        f.write(PIPELINE.format(csv=csv, output=output))
    command = [pantau, "run", pipeline, "--quiet"]
    runs = [run_with_rusage(command) for _ in range(args.runs)]
    pantau_seconds = min(seconds for seconds, _ in runs)
    pantau_rss = max(rss for _, rss in runs)
    report = json.load(open(os.path.join(output, "laporan-skm.json")))
    shutil.rmtree(output, ignore_errors=True)
    unit_scores = {u["name"]: float(Fraction(u["figures"]["score_exact"])) for u in report["units"] if u.get("figures")}
    pantau_mean = sum(unit_scores.values()) / len(unit_scores)

    print()
    print(f"file: {csv} ({args.rows:,} responses, {size_mb:.0f} MB); best of {args.runs} runs; machine: {os.cpu_count()} cores")
    print(f"{'engine':<10} {'seconds':>8} {'peak MB':>8} {'units':>6} {'mean score':>14} {'Pantau faster by':>17}")
    print(f"{'pantau':<10} {pantau_seconds:8.3f} {pantau_rss:8.1f} {len(unit_scores):6d} {pantau_mean:14.9f} {'':>17}")
    if args.no_peers:
        return
    ensure_peers()
    for engine in ("duckdb", "pandas"):
        seconds, mean, units = peer(args.peer, csv, engine)
        print(f"{engine:<10} {seconds:8.3f} {'':>8} {units:6d} {mean:14.4f} {seconds / pantau_seconds:16.2f}×")
    reference = duckdb_unit_scores(csv)
    worst = max(abs(unit_scores[name] - score) for name, score in reference.items())
    same_units = set(reference) == set(unit_scores)
    verdict = "equal" if same_units and worst <= 1e-9 else "DIFFERENT"
    print(f"\nper-unit SKM scores vs DuckDB: {verdict} (largest difference {worst:.2e}, {len(reference)} units)")
    print("Pantau's time is the whole command (start, YAML, import, evaluation, JSON report);")
    print("the peers' is their query alone, after Python and the library have loaded.")


if __name__ == "__main__":
    main()
