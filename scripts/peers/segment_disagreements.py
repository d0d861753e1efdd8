#!/usr/bin/env python3
"""List the frequent ANT words on which akhbar's clitic segmenter and Farasa disagree.

  segment_disagreements.py [--shared ../shared] [--akhbar target/release/akhbar]
                           [--min-count 3] [--top 600] > disagreements.tsv

Output: one `count<TAB>word<TAB>akhbar<TAB>farasa` line per word, most frequent first
(segments joined by "+", Farasa's mapped to the UD scheme as scripts/peers/farasa_segment.py
maps them). This is how the words of crates/akhbar-text/data/segmenter/readings.tsv were
chosen: each listed word was then read by hand and written there with its UD reading,
whichever side (or neither) had it right. Farasa only points at words; none of its output
is copied (it is research-only licensed). Needs the peers venv (scripts/peers/setup.sh) for
Farasa, and an akhbar binary built *without* the readings file's effect if you want the
raw disagreements (with it, the checked words agree or are corrected).

Words are the Arabic-letter tokens of `akhbar tokenize` over the ANT corpus's text lines
(lines not starting with "<": titles, abstracts and bodies), counted by surface form.
"""
import argparse
import os
import re
import subprocess
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import farasa_segment as fs  # noqa: E402

ARABIC_WORD = re.compile(r"^[\u0621-\u064a]+$")


def ant_text(shared):
    root = os.path.join(shared, "data", "ant-corpus")
    lines = []
    for dirpath, _, files in sorted(os.walk(root)):
        for name in sorted(files):
            if name.endswith(".txt"):
                with open(os.path.join(dirpath, name), encoding="utf-8") as f:
                    lines.extend(l for l in f if not l.startswith("<"))
    return "".join(lines)


def run(akhbar, args, text):
    return subprocess.run([akhbar, "tokenize", *args], input=text, capture_output=True,
                          text=True, check=True).stdout.splitlines()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--akhbar", default="target/release/akhbar")
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--top", type=int, default=600)
    a = ap.parse_args()
    from farasa import segmentation

    text = ant_text(a.shared)
    counts, ours = Counter(), {}
    for tokens, segmented in zip(run(a.akhbar, [], text), run(a.akhbar, ["--segment"], text)):
        t, s = tokens.split(), segmented.split()
        if len(t) != len(s):
            continue
        for word, seg in zip(t, s):
            if ARABIC_WORD.match(word):
                counts[word] += 1
                ours[word] = seg
    rows = []
    for word, n in counts.most_common():
        if n < a.min_count:
            break
        tok = "+".join(segmentation.segmentLine(word))
        projected = fs.project(fs.ud_groups(tok), word)
        theirs = "+".join(projected) if projected else word
        if theirs != ours[word]:
            rows.append((n, word, ours[word], theirs))
    for row in rows[: a.top]:
        print(*row, sep="\t")


if __name__ == "__main__":
    main()
