#!/usr/bin/env python3
"""Compare tokenize+stem throughput of akhbar with its peers on one corpus file.

Rows (each skipped with a message when its program is missing):
  akhbar     AKHBAR tokenize --stem < CORPUS > /dev/null     whole process, best of --runs
  tantivy    PEER CORPUS  (stdout discarded)                  whole process, best of --runs
  pystemmer  scripts/peers/python_tokenizers.py in the peers venv; its self-reported
  camel      processing-loop time (imports excluded), best of --python-runs
  farasa     only with --with-farasa (slow), on the first --farasa-max-bytes bytes

MB = 1e6 bytes of corpus input. "ratio" = akhbar MB/s / peer MB/s. Peak RSS of every child
is taken from GNU time (/usr/bin/time -f %M) when present, else os.wait4
(whose ru_maxrss then includes this Python process's own RSS as a floor). Note the timing bases differ: akhbar and
tantivy are timed as whole processes (startup + I/O included), the Python pipelines only
over their loop, which favours the Python peers slightly (their whole-process MB/s is in the
JSON as process_mb_per_s, with akhbar_ratio_process).

Every program runs pinned to one core (`taskset -c 0`, change with --cpu, "none" to turn off;
skipped with a message when taskset is missing), one after the other, so all rows share one
run, one corpus and one core.

Example:
  python3 scripts/bench/compare_tokenize.py /tmp/akhbar-bench/saudinewsnet.txt \\
      --akhbar target/release/akhbar --tantivy-peer target/release/tantivy_peer \\
      --json /tmp/akhbar-bench/compare.json
Make the corpus with scripts/bench/make_corpus.py and the venv with scripts/peers/setup.sh.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

REPO = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
PY_TOKENIZERS = os.path.join(REPO, "scripts", "peers", "python_tokenizers.py")


GNU_TIME = "/usr/bin/time"
PIN = []  # e.g. ["taskset", "-c", "0"]: set by main() from --cpu, prefixed to every command


def run_measured(cmd, stdin_path=None, stdout=subprocess.DEVNULL, stderr=None):
    """Run cmd; return (seconds, returncode, peak_rss_bytes, rss_source).

    Peak RSS comes from GNU time (/usr/bin/time -f %M) when present: a child forked straight
    from this Python process inherits Python's own high-water RSS in ru_maxrss (the kernel keeps
    the pre-exec maximum), so os.wait4 is only the fallback and then reads at least this
    process's RSS. Wall time is measured here around the whole child (GNU time adds ~1 ms).
    """
    rss_file = None
    full = PIN + list(cmd)
    if os.access(GNU_TIME, os.X_OK):
        fd, rss_file = tempfile.mkstemp(prefix="akhbar-rss-")
        os.close(fd)
        full = [GNU_TIME, "-f", "%M", "-o", rss_file, "--"] + full
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    try:
        t0 = time.perf_counter()
        proc = subprocess.Popen(full, stdin=stdin, stdout=stdout, stderr=stderr)
        _pid, status, rusage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t0
    finally:
        if stdin_path:
            stdin.close()
    proc.returncode = os.waitstatus_to_exitcode(status)  # already reaped by wait4
    peak, source = rusage.ru_maxrss * 1024, "wait4 (floor = parent RSS)"  # Linux: KiB
    if rss_file:
        try:
            with open(rss_file) as f:
                lines = [l for l in f.read().split() if l.strip().isdigit()]
            if lines:
                peak, source = int(lines[-1]) * 1024, "GNU time %M"
        finally:
            os.unlink(rss_file)
    return seconds, proc.returncode, peak, source


def bench_process(name, cmd, corpus_bytes, runs, stdin_path=None):
    times, rss = [], 0
    for k in range(runs):
        with tempfile.TemporaryFile() as err:
            secs, rc, peak, rss_src = run_measured(cmd, stdin_path=stdin_path, stderr=err)
            if rc != 0:
                err.seek(0)
                msg = err.read().decode("utf-8", "replace")[-2000:]
                print(f"[{name}] run {k + 1} failed with exit code {rc}: {' '.join(cmd)}\n{msg}",
                      file=sys.stderr)
                return {"name": name, "status": "failed", "exit_code": rc, "cmd": cmd, "stderr": msg}
        times.append(secs)
        rss = max(rss, peak)
        print(f"[{name}] run {k + 1}/{runs}: {secs:.3f} s, peak RSS {peak / 2**20:.1f} MiB", file=sys.stderr)
    best = min(times)
    return {
        "name": name, "status": "ok", "cmd": cmd, "timing": "process", "bytes": corpus_bytes,
        "seconds": round(best, 4), "all_seconds": [round(t, 4) for t in times],
        "mb_per_s": round(corpus_bytes / 1e6 / best, 3), "peak_rss_mib": round(rss / 2**20, 1),
        "rss_source": rss_src,
    }


def bench_python(name, python, corpus, runs, max_bytes=None):
    cmd = [python, PY_TOKENIZERS, "--pipeline", name, corpus, os.devnull]
    if max_bytes is not None:
        cmd[2:2] = ["--max-bytes", str(max_bytes)]
    best = None
    walls, rss = [], 0
    for k in range(runs):
        with tempfile.TemporaryFile() as err:
            secs, rc, peak, rss_src = run_measured(cmd, stderr=err)
            err.seek(0)
            text = err.read().decode("utf-8", "replace")
        if rc != 0:
            print(f"[{name}] failed with exit code {rc}:\n{text[-2000:]}", file=sys.stderr)
            return {"name": name, "status": "failed", "exit_code": rc, "cmd": cmd, "stderr": text[-2000:]}
        report = None
        for line in reversed(text.splitlines()):
            if line.startswith("{"):
                try:
                    report = json.loads(line)
                    break
                except ValueError:
                    pass
        if report is None or not report.get("seconds"):
            print(f"[{name}] no timing line on stderr:\n{text[-2000:]}", file=sys.stderr)
            return {"name": name, "status": "failed", "cmd": cmd, "stderr": text[-2000:]}
        walls.append(secs)
        rss = max(rss, peak)
        print(f"[{name}] run {k + 1}/{runs}: loop {report['seconds']:.3f} s "
              f"({report['mb_per_s']} MB/s), process {secs:.3f} s, peak RSS {peak / 2**20:.1f} MiB",
              file=sys.stderr)
        if best is None or report["seconds"] < best["seconds"]:
            best = report
    return {
        "name": name, "status": "ok", "cmd": cmd, "timing": "loop (self-reported)",
        "bytes": best["bytes"], "seconds": best["seconds"], "mb_per_s": best["mb_per_s"],
        "process_seconds": round(min(walls), 4),
        "process_mb_per_s": round(best["bytes"] / 1e6 / min(walls), 3),
        "peak_rss_mib": round(rss / 2**20, 1),
        "rss_source": rss_src,
    }


def main(argv=None):
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("corpus", help="UTF-8 text corpus (scripts/bench/make_corpus.py)")
    ap.add_argument("--akhbar", default=os.path.join(REPO, "target", "release", "akhbar"),
                    help="akhbar binary (default: <repo>/target/release/akhbar; skipped if missing)")
    ap.add_argument("--tantivy-peer", default=None, metavar="PATH",
                    help="tantivy peer binary, run as PATH CORPUS (skipped if not given/missing)")
    ap.add_argument("--venv", default=os.path.join(REPO, ".peers"),
                    help="peers venv from scripts/peers/setup.sh (default <repo>/.peers)")
    ap.add_argument("--pipelines", default="pystemmer,camel",
                    help="comma-separated Python pipelines (default pystemmer,camel; '' for none)")
    ap.add_argument("--with-farasa", action="store_true",
                    help="also run the farasa pipeline on the first --farasa-max-bytes bytes")
    ap.add_argument("--farasa-max-bytes", type=int, default=200_000)
    ap.add_argument("--runs", type=int, default=3, help="runs of the native programs (best kept)")
    ap.add_argument("--python-runs", type=int, default=1, help="runs of each Python pipeline (best kept)")
    ap.add_argument("--json", metavar="OUT", help="also write the results as JSON to OUT")
    ap.add_argument("--cpu", default="0",
                    help="pin every program to this CPU list with taskset -c (default 0; 'none' = no pinning)")
    args = ap.parse_args(argv)

    PIN.clear()
    if args.cpu and args.cpu.lower() != "none":
        taskset = shutil.which("taskset")
        if taskset:
            PIN.extend([taskset, "-c", args.cpu])
            print(f"pinning every program to CPU {args.cpu} ({taskset} -c {args.cpu})", file=sys.stderr)
        else:
            print("taskset not found: programs are not pinned to one core", file=sys.stderr)

    corpus = os.path.abspath(args.corpus)
    if not os.path.isfile(corpus):
        sys.exit(f"corpus not found: {corpus}")
    corpus_bytes = os.path.getsize(corpus)
    rows, skipped = [], []

    def skip(name, why):
        print(f"[{name}] skipped: {why}", file=sys.stderr)
        skipped.append({"name": name, "reason": why})

    if args.akhbar and os.path.isfile(args.akhbar) and os.access(args.akhbar, os.X_OK):
        rows.append(bench_process("akhbar", [os.path.abspath(args.akhbar), "tokenize", "--stem"],
                                  corpus_bytes, args.runs, stdin_path=corpus))
    else:
        skip("akhbar", f"binary not found or not executable: {args.akhbar} (build it first)")

    if args.tantivy_peer is None:
        skip("tantivy", "no --tantivy-peer given")
    elif os.path.isfile(args.tantivy_peer) and os.access(args.tantivy_peer, os.X_OK):
        rows.append(bench_process("tantivy", [os.path.abspath(args.tantivy_peer), corpus],
                                  corpus_bytes, args.runs))
    else:
        skip("tantivy", f"binary not found or not executable: {args.tantivy_peer}")

    python = os.path.join(args.venv, "bin", "python")
    pipelines = [p for p in args.pipelines.split(",") if p.strip()]
    if args.with_farasa and "farasa" not in pipelines:
        pipelines.append("farasa")
    for name in pipelines:
        if not os.path.exists(python):
            skip(name, f"peers venv missing: {python} (run scripts/peers/setup.sh)")
            continue
        mb = args.farasa_max_bytes if name == "farasa" else None
        rows.append(bench_python(name, python, corpus, args.python_runs, max_bytes=mb))

    ok = {r["name"]: r for r in rows if r.get("status") == "ok"}
    ak = ok.get("akhbar")
    for r in rows:
        if r.get("status") == "ok" and ak and r["name"] != "akhbar":
            r["akhbar_ratio"] = round(ak["mb_per_s"] / r["mb_per_s"], 2)
            if "process_mb_per_s" in r:
                r["akhbar_ratio_process"] = round(ak["mb_per_s"] / r["process_mb_per_s"], 2)

    # Table
    print(f"\ncorpus: {corpus} ({corpus_bytes / 1e6:.1f} MB); "
          f"{'pinned: ' + ' '.join(PIN) if PIN else 'not pinned'}")
    hdr = f"{'tool':<10} {'MB/s':>9} {'seconds':>9} {'MB':>8} {'peak RSS':>10} {'akhbar x':>9}  timing"
    print(hdr)
    print("-" * len(hdr))
    for r in rows:
        if r.get("status") != "ok":
            print(f"{r['name']:<10} {'FAILED':>9}  (exit {r.get('exit_code')})")
            continue
        ratio = f"{r['akhbar_ratio']:.2f}" if "akhbar_ratio" in r else ("1.00" if r["name"] == "akhbar" else "-")
        print(f"{r['name']:<10} {r['mb_per_s']:>9.3f} {r['seconds']:>9.3f} {r['bytes'] / 1e6:>8.2f} "
              f"{r['peak_rss_mib']:>7.1f}MiB {ratio:>9}  {r['timing']}"
              + (f"; whole process {r['process_mb_per_s']:.3f} MB/s (akhbar x {r['akhbar_ratio_process']:.2f})"
                 if "akhbar_ratio_process" in r else ""))
    for s in skipped:
        print(f"{s['name']:<10} skipped: {s['reason']}")

    if args.json:
        result = {"corpus": corpus, "corpus_bytes": corpus_bytes, "mb": "1e6 bytes",
                  "rows": rows, "skipped": skipped, "pinned": " ".join(PIN) or None,
                  "python": sys.version.split()[0], "nproc": os.cpu_count()}
        os.makedirs(os.path.dirname(os.path.abspath(args.json)), exist_ok=True)
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(result, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print(f"\nwrote {args.json}")
    return 1 if any(r.get("status") != "ok" for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
