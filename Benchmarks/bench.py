#!/usr/bin/env python3
"""Pantau's speed, measured against the tools an analyst would otherwise use.

One command, from the repository root:

    python3 Benchmarks/bench.py                       # 1,000,000 survey responses + the large region
    python3 Benchmarks/bench.py --runs 5 --no-peers   # Pantau only, more runs
    python3 Benchmarks/bench.py --region-scale 0.1    # a tenth of the large region, for a quick try

It builds Pantau in release, generates a large region deterministically
(samples/generate.py --large-region: 1,000,000 survey responses of ~130 MB, 10,000 services with
their standards, 200,000 complaints, 5,000 meeting minutes, 50,000 participation events, 20,000
follow-up items, 4,000 innovations) under .build/bench (never committed; kept between runs while
the generator is unchanged), installs the peers (DuckDB, pandas) with pip when missing, and prints:

  - Pantau: import + SKM evaluation of the survey file (`pantau run` on a pipeline of import.survey,
    evaluate.skm and report.json), best wall time of --runs and peak memory (max RSS);
  - the peer ../shared/bench/peer_skm.py (or --peer) on the same file with DuckDB and pandas;
  - the ratios, and whether every unit's SKM score equals DuckDB's to 1e-9;
  - the full large-region pipeline (every importer, the evaluations and both reports; see
    REGION_STAGES), its best wall time and peak memory.

Figures are printed, never asserted: machines are shared and noisy; compare within one run.
"""
import argparse, hashlib, json, os, re, shutil, subprocess, sys, tempfile, time
from dataclasses import dataclass, field
from fractions import Fraction

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ELEMENT_COLUMNS = [f"u{k}" for k in range(1, 10)]
SURVEY_COLUMNS = {"unit": "opd", "service": "layanan", "date": "tgl_survei", **{f"U{k}": f"u{k}" for k in range(1, 8)},
                  "U8": "u9", "U9": "u8"}
COMPLAINT_COLUMNS = {"id": "no_tiket", "channel": "kanal", "classification": "klasifikasi", "category": "kategori",
                     "unit": "instansi_tujuan", "service": "layanan", "received": "tanggal_laporan",
                     "verified": "tanggal_verifikasi", "followed_up": "tanggal_tindak_lanjut", "finished": "tanggal_selesai",
                     "status": "status", "compensation": "ganti_rugi"}


@dataclass
class Stage:
    id: str
    uses: str
    options: dict = field(default_factory=dict)
    # Stages still being built run only once `pantau stages` lists them, with their defaults.
    when_available: bool = False


# The large-region pipeline, in the shape of pipelines/monev-semester.yaml. To benchmark another
# stage, add it here; `{region}` is the generated region's directory.
REGION_STAGES = [
    Stage("standar", "import.standards", {"path": "{region}/standards.csv", "register": "{region}/register.csv"}),
    Stage("pengaduan", "import.complaints", {"path": "{region}/pengaduan.csv", "columns": COMPLAINT_COLUMNS}),
    Stage("skm", "import.survey", {"path": "{region}/skm.csv", "columns": SURVEY_COLUMNS}),
    Stage("rapat", "import.meetings", {"path": "{region}/rapat/*.md"}),
    Stage("partisipasi", "import.participation", {"path": "{region}/partisipasi.csv"}),
    Stage("rtl", "import.followups", {"path": "{region}/rtl.csv"}),
    Stage("inovasi", "import.innovations", {"path": "{region}/inovasi.csv"}),
    Stage("evaluasi", "evaluate.skm"),
    Stage("aturan", "evaluate.rules", when_available=True),
    Stage("indeks", "evaluate.index", when_available=True),
    Stage("rekomendasi", "recommend", when_available=True),
    Stage("laporan", "report.markdown", {"file": "laporan-monev.md"}),
    Stage("json", "report.json", {"file": "laporan-monev.json"}),
]


def pipeline_yaml(name, period, output, stages, calendars=()):
    """A pipeline file; options are written as JSON, which YAML reads as flow mappings."""
    lines = ["version: 1", f"name: {name}", f"period: {period}", f"output: {json.dumps(output)}"]
    if calendars:
        lines.append(f"calendar: {json.dumps(list(calendars))}")
    lines.append("stages:")
    for stage in stages:
        lines.append(f"  - id: {stage.id}")
        lines.append(f"    uses: {stage.uses}")
        if stage.options:
            lines.append(f"    with: {json.dumps(stage.options, ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


def with_region(options, region):
    """The options with `{region}` replaced in every string."""
    if isinstance(options, dict):
        return {key: with_region(value, region) for key, value in options.items()}
    return options.replace("{region}", region) if isinstance(options, str) else options


def available_stages(pantau):
    """The stage ids `pantau stages` lists."""
    listing = subprocess.run([pantau, "stages", "--lang", "en"], capture_output=True, text=True, check=True).stdout
    return {match.group(1) for match in re.finditer(r"^\s+([a-z][a-z0-9_-]*(?:\.[a-z0-9_-]+)*)\s{2,}", listing, re.MULTILINE)}


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


def best_of(runs, command):
    results = [run_with_rusage(command) for _ in range(runs)]
    return min(seconds for seconds, _ in results), max(rss for _, rss in results)


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


def generated_region(work, scale):
    """The large region's directory, generated unless it is already there from the same generator."""
    region = os.path.join(work, "region" if scale == 1 else f"region-{scale:g}")
    sources = [os.path.join(ROOT, "samples", "generate.py")] + sorted(
        os.path.join(ROOT, "samples", "generators", name) for name in os.listdir(os.path.join(ROOT, "samples", "generators"))
        if name.endswith(".py"))
    stamp = hashlib.sha256(b"".join(open(path, "rb").read() for path in sources) + str(scale).encode()).hexdigest()
    stamp_file = os.path.join(region, ".generated")
    if os.path.exists(stamp_file) and open(stamp_file).read() == stamp:
        return region
    print(f"bench: generating the large region (scale {scale:g}) into {region}", flush=True)
    shutil.rmtree(region, ignore_errors=True)
    subprocess.run([sys.executable, os.path.join(ROOT, "samples", "generate.py"), "--large-region", region, "--scale", str(scale)],
                   check=True)
    with open(stamp_file, "w") as f:
        f.write(stamp)
    return region


def count_records(region):
    """Records of each kind in the region (data lines of each CSV, minutes files), for the printout."""
    def lines(name):
        with open(os.path.join(region, name), "rb") as f:
            return sum(1 for _ in f) - 1
    return {"survey responses": lines("skm.csv"), "services": lines("register.csv"), "complaints": lines("pengaduan.csv"),
            "meetings": len([n for n in os.listdir(os.path.join(region, "rapat")) if n.endswith(".md")]),
            "participation events": lines("partisipasi.csv"), "follow-up items": lines("rtl.csv"),
            "innovations": lines("inovasi.csv")}


def survey_comparison(args, pantau, work, csv):
    size_mb = os.path.getsize(csv) / 1e6
    rows = sum(1 for _ in open(csv, "rb")) - 1
    output = tempfile.mkdtemp(prefix="pantau-bench-")
    pipeline = os.path.join(work, "bench-skm.yaml")
    stages = [Stage("skm", "import.survey", {"path": csv, "columns": SURVEY_COLUMNS}), Stage("evaluasi", "evaluate.skm"),
              Stage("json", "report.json")]
    with open(pipeline, "w") as f:
        f.write(pipeline_yaml("Benchmark SKM", 2026, output, stages))
    pantau_seconds, pantau_rss = best_of(args.runs, [pantau, "run", pipeline, "--quiet"])
    report = json.load(open(os.path.join(output, "laporan-skm.json")))
    shutil.rmtree(output, ignore_errors=True)
    unit_scores = {u["name"]: float(Fraction(u["figures"]["score_exact"])) for u in report["units"] if u.get("figures")}
    pantau_mean = sum(unit_scores.values()) / len(unit_scores)

    print()
    print(f"file: {csv} ({rows:,} responses, {size_mb:.0f} MB); best of {args.runs} runs; machine: {os.cpu_count()} cores")
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


def region_pipeline(args, pantau, work, region):
    available = available_stages(pantau)
    stages = [Stage(s.id, s.uses, with_region(s.options, region)) for s in REGION_STAGES if not s.when_available or s.uses in available]
    waiting = [s.uses for s in REGION_STAGES if s.when_available and s.uses not in available]
    output = tempfile.mkdtemp(prefix="pantau-bench-region-")
    pipeline = os.path.join(work, "bench-region.yaml")
    calendars = [os.path.join(ROOT, "calendars", name) for name in ("indonesia-2025.yaml", "indonesia-2026.yaml")]
    with open(pipeline, "w") as f:
        f.write(pipeline_yaml("Benchmark region", "2026-S1", output, stages, calendars))
    seconds, rss = best_of(args.runs, [pantau, "run", pipeline, "--quiet"])
    shutil.rmtree(output, ignore_errors=True)
    records = count_records(region)
    print()
    print(f"full large-region pipeline: {pipeline}")
    print("  " + ", ".join(f"{n:,} {kind}" for kind, n in records.items()))
    print(f"  {len(stages)} stages: {', '.join(s.uses for s in stages)}")
    if waiting:
        print(f"  not yet available, left out: {', '.join(waiting)}")
    print(f"{'pantau':<10} {seconds:8.3f} s {rss:8.1f} MB peak   (best of {args.runs} runs; goal: under 3 s)")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1_000_000, help="survey responses of the comparison with the peers")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--region-scale", type=float, default=1.0,
                        help="share of the large region's full sizes (0 leaves the region pipeline out)")
    parser.add_argument("--peer", default=os.path.join(ROOT, "..", "shared", "bench", "peer_skm.py"))
    parser.add_argument("--no-peers", action="store_true", help="measure Pantau only (no pip, no DuckDB or pandas)")
    args = parser.parse_args()

    work = os.path.join(ROOT, ".build", "bench")
    os.makedirs(work, exist_ok=True)
    print("bench: building Pantau in release", flush=True)
    subprocess.run(["swift", "build", "-c", "release", "--product", "pantau"], cwd=ROOT, check=True, capture_output=True)
    pantau = os.path.join(ROOT, ".build", "release", "pantau")

    region = generated_region(work, args.region_scale) if args.region_scale > 0 else None
    # The region's survey file is the comparison's when the sizes agree: one file of 130 MB, not two.
    if region and args.rows == round(1_000_000 * args.region_scale):
        csv = os.path.join(region, "skm.csv")
    else:
        csv = os.path.join(work, f"skm-{args.rows}.csv")
        if not os.path.exists(csv):
            print(f"bench: generating {args.rows:,} survey responses", flush=True)
            subprocess.run([sys.executable, os.path.join(ROOT, "samples", "generate.py"), "--large", str(args.rows), "--out", csv],
                           check=True)
    survey_comparison(args, pantau, work, csv)
    if region:
        region_pipeline(args, pantau, work, region)


if __name__ == "__main__":
    main()
