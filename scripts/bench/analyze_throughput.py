#!/usr/bin/env python3
"""Throughput of the whole `akhbar analyze` (every layer) per CPU core, on SaudiNewsNet.

Writes the first N SaudiNewsNet articles as a JSONL file (`id`, `text`, `published`,
`title`, `url`; files sorted by name, articles in file order, empty contents skipped), then
runs `akhbar analyze --format jsonl` on it RUNS times on one worker thread
(`RAYON_NUM_THREADS=1`), output to /dev/null, and prints for each run the wall time and the
CPU time (user + system, from the kernel's accounting of the child), and the median of
MB of article text (10^6 bytes of the `text` fields, UTF-8) per CPU second. CPU time, not
wall time, is the figure per core: on a shared machine the wall clock also counts the time
other processes held the core. Standard library only.

The corpus is CC BY-NC-SA 4.0: the JSONL stays under /tmp and is never committed.

Example:
  cargo build --release -p akhbar-cli
  python3 scripts/bench/analyze_throughput.py --articles 2000 --runs 5
  python3 scripts/bench/analyze_throughput.py --akhbar /tmp/other-akhbar --jsonl /tmp/snn-2000.jsonl
"""
import argparse
import glob
import json
import os
import resource
import statistics
import subprocess
import sys
import time
import zipfile

DATA = os.environ.get("AKHBAR_SHARED", "/work/shared") + "/data"


def saudinewsnet_records(root, limit):
    files = sorted(glob.glob(os.path.join(root, "saudinewsnet", "dataset", "*.zip")))
    if not files:
        sys.exit(f"no zip files under {root}/saudinewsnet/dataset")
    n = 0
    for path in files:
        published = os.path.basename(path)[: -len(".zip")]
        with zipfile.ZipFile(path) as zf:
            for member in sorted(zf.namelist()):
                if not member.endswith(".json"):
                    continue
                for article in json.loads(zf.read(member).decode("utf-8")):
                    text = article.get("content") or ""
                    if not text.strip():
                        continue
                    yield {
                        "id": f"snn-{n}",
                        "text": text,
                        "published": published,
                        "title": article.get("title") or "",
                        "url": article.get("url") or "",
                    }
                    n += 1
                    if n == limit:
                        return


def write_corpus(path, limit):
    with open(path, "w", encoding="utf-8") as out:
        for record in saudinewsnet_records(DATA, limit):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def text_bytes(path):
    total = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            total += len(json.loads(line)["text"].encode("utf-8"))
    return total


def timed_run(akhbar, jsonl):
    env = dict(os.environ, RAYON_NUM_THREADS="1")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    with open(jsonl, "rb") as stdin, open(os.devnull, "wb") as stdout:
        subprocess.run(
            [akhbar, "analyze", "--format", "jsonl"],
            stdin=stdin, stdout=stdout, stderr=subprocess.DEVNULL, env=env, check=True,
        )
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    user = after.ru_utime - before.ru_utime
    system = after.ru_stime - before.ru_stime
    return wall, user, system


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--akhbar", default="target/release/akhbar")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--jsonl", help="an existing JSONL corpus (default: written to /tmp)")
    args = parser.parse_args()

    jsonl = args.jsonl or f"/tmp/akhbar-bench/snn-analyze-{args.articles}.jsonl"
    if not os.path.exists(jsonl):
        os.makedirs(os.path.dirname(jsonl), exist_ok=True)
        write_corpus(jsonl, args.articles)
    megabytes = text_bytes(jsonl) / 1e6
    print(f"corpus {jsonl}: {megabytes:.2f} MB of article text")

    rates = []
    for run in range(1, args.runs + 1):
        wall, user, system = timed_run(args.akhbar, jsonl)
        cpu = user + system
        rates.append(megabytes / cpu)
        print(
            f"run {run}: wall {wall:.2f} s, cpu {cpu:.2f} s (user {user:.2f}, sys {system:.2f}),"
            f" {megabytes / cpu:.2f} MB per cpu second"
        )
    print(f"median {statistics.median(rates):.2f} MB per cpu second over {args.runs} runs")


if __name__ == "__main__":
    main()
