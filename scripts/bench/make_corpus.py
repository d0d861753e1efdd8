#!/usr/bin/env python3
"""Write a plain UTF-8 text benchmark corpus from the shared Arabic news data.

Sources (read-only, under /work/shared/data):
  saudinewsnet  every dataset/*.zip (one JSON array of articles each); each article's
                `content` is written followed by "\\n" (content keeps its own newlines).
                Licence: CC BY-NC-SA 4.0, research only -- never ship the output.
  ant           the <TEXT> body of every ANT Corpus article file (*/*.txt), followed by "\\n".

Order is deterministic: files sorted by name (ant: by category/file path), articles in
file order. With --max-bytes N the output stops at the last whole line that fits in N
bytes. Prints the number of bytes and lines written. Standard library only.

Example:
  python3 scripts/bench/make_corpus.py /tmp/akhbar-bench/saudinewsnet.txt
  python3 scripts/bench/make_corpus.py --source ant --max-bytes 200000 /tmp/ant-200k.txt
"""
import argparse
import glob
import json
import os
import re
import sys
import zipfile

DATA = "/work/shared/data"
TEXT_RE = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)


def saudinewsnet_docs(root):
    files = sorted(glob.glob(os.path.join(root, "saudinewsnet", "dataset", "*.zip")))
    if not files:
        sys.exit(f"no zip files under {root}/saudinewsnet/dataset")
    for path in files:
        with zipfile.ZipFile(path) as zf:
            for member in sorted(zf.namelist()):
                if not member.endswith(".json"):
                    continue
                for article in json.loads(zf.read(member).decode("utf-8")):
                    yield article.get("content") or ""


def ant_docs(root):
    base = os.path.join(root, "ant-corpus")
    files = sorted(
        p for p in glob.glob(os.path.join(base, "*", "*")) if os.path.isfile(p)
    )
    if not files:
        sys.exit(f"no article files under {base}/*/")
    for path in files:
        with open(path, encoding="utf-8", newline="") as f:
            m = TEXT_RE.search(f.read())
        if m is None:
            continue
        body = m.group(1)
        # The body sits on its own lines between the tags: drop only those two newlines.
        if body.startswith("\n"):
            body = body[1:]
        if body.endswith("\n"):
            body = body[:-1]
        yield body


def main(argv=None):
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("out", metavar="OUT", help="output text file (parent dirs are created)")
    ap.add_argument("--source", choices=["saudinewsnet", "ant"], default="saudinewsnet")
    ap.add_argument("--max-bytes", type=int, default=None, metavar="N",
                    help="stop at the last whole line that fits in N bytes")
    ap.add_argument("--data-dir", default=DATA, help=f"shared data root (default {DATA})")
    args = ap.parse_args(argv)

    docs = saudinewsnet_docs(args.data_dir) if args.source == "saudinewsnet" else ant_docs(args.data_dir)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    limit = args.max_bytes
    nbytes = nlines = ndocs = 0
    full = False
    with open(args.out, "wb") as out:
        for doc in docs:
            data = (doc + "\n").encode("utf-8")
            if limit is not None and nbytes + len(data) > limit:
                # Fill up with whole lines of this document, then stop.
                for line in data.splitlines(keepends=True):
                    if nbytes + len(line) > limit:
                        break
                    out.write(line)
                    nbytes += len(line)
                    nlines += 1
                full = True
                break
            out.write(data)
            nbytes += len(data)
            nlines += data.count(b"\n")
            ndocs += 1
    print(json.dumps({"out": args.out, "source": args.source, "documents": ndocs,
                      "bytes": nbytes, "lines": nlines, "truncated": full}, ensure_ascii=False))
    print(f"wrote {nbytes} bytes, {nlines} lines ({ndocs} whole documents) to {args.out}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
