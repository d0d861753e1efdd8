#!/usr/bin/env python3
"""Run one Python peer tokenization pipeline over a text file, line by line.

Writes exactly one output line per input line, tokens separated by single spaces.
Pipelines:
  pystemmer  re.compile(r"\\w+|[^\\w\\s]") findall, then
             Stemmer.Stemmer("arabic").stemWords(tokens)  (Snowball Arabic, in C)
  camel      camel_tools.utils.normalize: normalize_unicode, normalize_alef_ar,
             normalize_alef_maksura_ar, normalize_teh_marbuta_ar; then
             camel_tools.utils.dediac.dediac_ar; then
             camel_tools.tokenizers.word.simple_word_tokenize
  farasa     farasa.segmentation.segmentLine(line) (pure-Python Farasa port; its own
             tokenizer + clitic segmenter); tokens printed as Farasa writes them,
             segments joined by "+" (e.g. "و+ال+سلط+ة"). Slow: use --max-bytes.

Timing covers only the processing loop (read line, process, write line), measured
with time.perf_counter; imports and model loading are excluded. One JSON line goes
to stderr: {"pipeline", "bytes", "lines", "seconds", "mb_per_s"} with MB = 1e6 bytes
of input. Run it with the peers venv (scripts/peers/setup.sh):

  .peers/bin/python scripts/peers/python_tokenizers.py --pipeline camel IN OUT
  OUT may be /dev/null or "-" (stdout).
"""
import argparse
import json
import sys
import time


def make_pystemmer():
    import re

    import Stemmer

    word_re = re.compile(r"\w+|[^\w\s]", re.UNICODE)
    findall = word_re.findall
    stem_words = Stemmer.Stemmer("arabic").stemWords

    def process(line):
        return " ".join(stem_words(findall(line)))

    return process


def make_camel():
    from camel_tools.tokenizers.word import simple_word_tokenize
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import (
        normalize_alef_ar,
        normalize_alef_maksura_ar,
        normalize_teh_marbuta_ar,
        normalize_unicode,
    )

    def process(line):
        s = normalize_unicode(line)
        s = normalize_alef_ar(s)
        s = normalize_alef_maksura_ar(s)
        s = normalize_teh_marbuta_ar(s)
        s = dediac_ar(s)
        return " ".join(simple_word_tokenize(s))

    return process


def make_farasa():
    # Importing the module unpickles Farasa's model tables (a few seconds): not timed.
    from farasa import segmentation

    segment_line = segmentation.segmentLine

    def process(line):
        return " ".join(segment_line(line))

    return process


PIPELINES = {"pystemmer": make_pystemmer, "camel": make_camel, "farasa": make_farasa}


def main(argv=None):
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--pipeline", required=True, choices=sorted(PIPELINES))
    ap.add_argument("input", metavar="IN", help="UTF-8 text file ('-' = stdin)")
    ap.add_argument("output", metavar="OUT", help="output file ('-' = stdout, /dev/null to discard)")
    ap.add_argument("--max-bytes", type=int, default=None, metavar="N",
                    help="stop after the last whole input line within the first N bytes")
    args = ap.parse_args(argv)

    process = PIPELINES[args.pipeline]()

    fin = sys.stdin.buffer if args.input == "-" else open(args.input, "rb")
    fout = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8", newline="\n")
    limit = args.max_bytes
    nbytes = nlines = 0
    write = fout.write
    t0 = time.perf_counter()
    for raw in fin:
        if limit is not None and nbytes + len(raw) > limit:
            break
        nbytes += len(raw)
        nlines += 1
        line = raw.decode("utf-8").rstrip("\n")
        write(process(line))
        write("\n")
    fout.flush()
    seconds = time.perf_counter() - t0
    if fout is not sys.stdout:
        fout.close()
    if fin is not sys.stdin.buffer:
        fin.close()
    mb_per_s = (nbytes / 1e6) / seconds if seconds > 0 else None
    print(json.dumps({"pipeline": args.pipeline, "bytes": nbytes, "lines": nlines,
                      "seconds": round(seconds, 4),
                      "mb_per_s": round(mb_per_s, 4) if mb_per_s is not None else None}),
          file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
