#!/usr/bin/env python3
"""Main-text extraction, akhbar vs trafilatura, side by side: token F1 and speed.

Page sets:
  built  eval/html/pages/*/{source.html,expected.txt}  (21 pages in outlet-like layouts, made by
         eval/html/make_pages.py)
  real   ../shared/data/html-arabic: CNN Arabic (expected.txt), LBCI (expected.json body paragraphs),
         Assabah (expected.json `with`/`without` snippets only: reported as snippets passed)

Token F1: bag-of-words overlap of Unicode word tokens (\\w+) between extracted and expected text.
Speed: akhbar per page = decoding + extraction in Rust (examples/html_extract, mean of --repeat runs);
trafilatura per page = trafilatura.extract() on the decoded string, mean of the same number of runs.

    cargo build --release -p akhbar-ingest --example html_extract
    /work/main/.peers/bin/python scripts/eval_html.py [--akhbar target/release/examples/html_extract] [--repeat 20] [--json]

With --peer target/release/html_peer (cargo build --release -p akhbar-bench --bin html_peer), the
dom_smoothie crate (a Mozilla Readability port in Rust) is scored in the same run.
"""
import argparse
import collections
import glob
import json
import os
import re
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(s):
    return collections.Counter(TOKEN.findall(s or ""))


def f1(got, want):
    g, w = tokens(got), tokens(want)
    common = sum((g & w).values())
    if not common:
        return 0.0, 0.0, 0.0
    p, r = common / sum(g.values()), common / sum(w.values())
    return p, r, 2 * p * r / (p + r)


def pages(shared):
    out = []
    for d in sorted(glob.glob(os.path.join(REPO, "eval/html/pages/*/"))):
        with open(os.path.join(d, "expected.txt"), encoding="utf-8") as f:
            meta = json.load(open(os.path.join(d, "expected.json"), encoding="utf-8"))
            out.append(dict(set="built", name=os.path.basename(d.rstrip("/")), path=os.path.join(d, "source.html"), expected=f.read(), meta=meta))
    real = os.path.join(shared, "data/html-arabic")
    if os.path.isdir(real):
        cnn = os.path.join(real, "cnn-arabic-2013-syria-clashes")
        out.append(dict(set="real", name="cnn-arabic", path=os.path.join(cnn, "source.html"), expected=open(os.path.join(cnn, "expected.txt"), encoding="utf-8").read()))
        lbc = os.path.join(real, "lbcgroup-2026-trump-hair")
        body = json.load(open(os.path.join(lbc, "expected.json"), encoding="utf-8"))["V1"]["body"]
        paras = [p for s in body["sections"] for p in s["paragraphs"]]
        out.append(dict(set="real", name="lbci", path=os.path.join(lbc, "source.html"), expected="\n\n".join(paras)))
        sab = os.path.join(real, "assabah-tn-2019-sudan-interview")
        e = json.load(open(os.path.join(sab, "expected.json"), encoding="utf-8"))
        out.append(dict(set="real-snippets", name="assabah", path=os.path.join(sab, "source.html"), expected=None, with_=e["with"], without=e["without"]))
    else:
        print(f"skipping the real pages: {real} not found", file=sys.stderr)
    return out


def run_akhbar(binary, paths, repeat):
    out = subprocess.run([binary, *paths, "--repeat", str(repeat)], check=True, capture_output=True, text=True).stdout
    return {d["file"]: d for d in map(json.loads, out.splitlines())}


def run_trafilatura(paths, repeat):
    try:
        import trafilatura
    except ImportError:
        print("trafilatura not importable: run with /work/main/.peers/bin/python", file=sys.stderr)
        return None
    res = {}
    for p in paths:
        raw = open(p, "rb").read()
        # trafilatura decodes bytes itself; give it the bytes like akhbar gets them.
        t0 = time.perf_counter()
        for _ in range(repeat):
            text = trafilatura.extract(raw, include_comments=False, include_tables=True, favor_precision=False)
        res[p] = dict(text=text or "", seconds=(time.perf_counter() - t0) / repeat)
    return res


def snippets(text, page):
    ok = sum(s in text for s in page["with_"]) + sum(s not in text for s in page["without"])
    return ok, len(page["with_"]) + len(page["without"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--akhbar", default=os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(REPO, "target")), "release/examples/html_extract"))
    ap.add_argument("--shared", default=os.path.join(REPO, "..", "shared"))
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--peer", help="html_peer binary (dom_smoothie)")
    args = ap.parse_args()
    ps = pages(args.shared)
    paths = [p["path"] for p in ps]
    ak = run_akhbar(args.akhbar, paths, args.repeat)
    tr = run_trafilatura(paths, max(1, args.repeat // 5))
    ds = run_akhbar(args.peer, paths, args.repeat) if args.peer else None
    rows = []
    for p in ps:
        a = ak.get(p["path"], {})
        atext = a.get("text", "") if a.get("ok") else ""
        row = dict(set=p["set"], name=p["name"], akhbar_ms=a.get("seconds", 0) * 1000)
        if tr is not None:
            row["trafilatura_ms"] = tr[p["path"]]["seconds"] * 1000
        dtext = ""
        if ds is not None:
            d = ds.get(p["path"], {})
            dtext = d.get("text", "") if d.get("ok") else ""
            row["smoothie_ms"] = d.get("seconds", 0) * 1000
        if p["expected"] is not None:
            if ds is not None:
                row["smoothie_f1"] = f1(dtext, p["expected"])[2]
            row["akhbar_p"], row["akhbar_r"], row["akhbar_f1"] = f1(atext, p["expected"])
            if tr is not None:
                row["traf_p"], row["traf_r"], row["traf_f1"] = f1(tr[p["path"]]["text"], p["expected"])
        else:
            row["akhbar_snippets"] = "%d/%d" % snippets(atext, p)
            if tr is not None:
                row["traf_snippets"] = "%d/%d" % snippets(tr[p["path"]]["text"], p)
            if ds is not None:
                row["smoothie_snippets"] = "%d/%d" % snippets(dtext, p)
        rows.append(row)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    print(f"{'set':14} {'page':26} {'akhbar F1':>9} {'traf F1':>8} {'smoothie':>8} {'akhbar ms':>10} {'traf ms':>8} {'smooth ms':>9}")
    for r in rows:
        def cell(key, snip):
            v = r.get(key)
            return f"{v:.3f}" if v is not None else r.get(snip, "-")
        print(f"{r['set']:14} {r['name']:26} {cell('akhbar_f1', 'akhbar_snippets'):>9} {cell('traf_f1', 'traf_snippets'):>8} "
              f"{cell('smoothie_f1', 'smoothie_snippets'):>8} {r['akhbar_ms']:10.3f} {r.get('trafilatura_ms', 0):8.2f} {r.get('smoothie_ms', 0):9.3f}")
    for s in ("built", "real"):
        sel = [r for r in rows if r["set"] == s]
        if not sel:
            continue
        mean = lambda k: sum(r.get(k, 0) for r in sel) / len(sel)
        mn = lambda k: min(r.get(k, 0) for r in sel)
        line = f"{s}: {len(sel)} pages; akhbar F1 mean {mean('akhbar_f1'):.3f} (min {mn('akhbar_f1'):.3f})"
        if tr is not None:
            line += f"; trafilatura F1 mean {mean('traf_f1'):.3f} (min {mn('traf_f1'):.3f})"
        if ds is not None:
            line += f"; dom_smoothie F1 mean {mean('smoothie_f1'):.3f} (min {mn('smoothie_f1'):.3f})"
        print(line)
    # Metadata: title and publication day, where the page set states them.
    checked = [(p, ak.get(p["path"], {})) for p in ps if p.get("meta")]
    if checked:
        titles = sum(a.get("title") == p["meta"]["title"] for p, a in checked)
        days = sum((a.get("published") or "")[:10] == p["meta"]["published"] for p, a in checked)
        print(f"metadata (akhbar): title exact {titles}/{len(checked)}, publication day {days}/{len(checked)}")
    ams = sum(r["akhbar_ms"] for r in rows)
    line = f"speed over all {len(rows)} pages: akhbar {len(rows) / ams * 1000:.0f} pages/s (one core)"
    if tr is not None:
        tms = sum(r["trafilatura_ms"] for r in rows)
        line += f", trafilatura {len(rows) / tms * 1000:.1f} pages/s; ratio {tms / ams:.0f}x"
    if ds is not None:
        dms = sum(r["smoothie_ms"] for r in rows)
        line += f", dom_smoothie {len(rows) / dms * 1000:.0f} pages/s"
    print(line)


if __name__ == "__main__":
    main()
