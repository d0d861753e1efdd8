#!/usr/bin/env python3
"""Segment the `# text` of a CoNLL-U file with Farasa, mapped to the UD Arabic scheme, and score it.

  farasa_segment.py GOLD.conllu OUT.txt          segment (needs the peers venv), write OUT, score it
  farasa_segment.py --score GOLD.conllu PRED.txt only score an existing segmentation (stdlib only)

Segmentation (one output line per sentence):
  1. the `# text = ` line is split on whitespace; each whitespace token is split into
     letter runs (with their diacritics/tatweel), numbers (digits with inner . , : ),
     runs of dots, and single other characters (punctuation glued to words comes apart);
  2. each letter run goes through farasa.segmentation.segmentLine (pure-Python Farasa port);
  3. Farasa's segments are mapped to the UD Arabic (PADT/PUD) scheme: the proclitics
     و ف ب ك ل س are separate segments, a final pronoun enclitic
     (ه ها هما هم هن ك كما كم كن ي نا ني) is a separate segment, and everything else
     (ال, ة, ات, ون, ين, ا, ت, ...) is merged back into the stem;
  4. the segments are projected back onto the surface string: Farasa drops diacritics and
     tatweel and restores ل+ال for «لل»; UD keeps the surface («للسلطة» -> ل + لسلطة), so every
     output segment is a substring of the input word and the segments rejoin to the word.
     If the projection fails the letter run is left unsegmented (counted in the report).
  Output: tokens separated by single spaces, segments of a token joined by "+", e.g.
  «و+السلطة نشرت+ها ,». No "+" occurs in UD Arabic-PUD text, so "+" is unambiguous there.

Scoring: gold words are the FORM column (they concatenate, with SpaceAfter=No, to `# text`);
predicted words are the "+"/space separated segments. Both are turned into character spans
over the sentence text with all whitespace removed, and a predicted word is correct when its
span equals a gold word's span (the CoNLL 2018 shared task "Words" alignment when the
characters agree). Prints precision/recall/F1 as JSON; with segmentation it also prints the
score of the pre-tokenizer alone (step 1, no clitic splitting) as a baseline, and timings.

Farasa is research-only licensed (QCRI): use it for comparison only, never ship it.
"""
import argparse
import json
import re
import sys
import time
import unicodedata

PROCLITICS = frozenset("وفبكلس")
PRONOUN_ENCLITICS = frozenset(["ه", "ها", "هما", "هم", "هن", "ك", "كما", "كم", "كن", "ي", "نا", "ني"])
FARASA_PREFIXES = frozenset(["و", "ف", "ب", "ك", "ل", "س", "ال", "لل", "لال"])

_MARKS = "\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED"
PRETOKEN_RE = re.compile(
    r"\d+(?:[.,:\u066B\u066C]\d+)*"          # numbers, incl. 1,5  6:30  103,7
    r"|\.{2,}"                               # ellipsis made of dots
    r"|(?:[^\W\d_]|[" + _MARKS + r"])+"      # letter runs with their diacritics/tatweel
    r"|\S"                                   # any other single character
)
LETTER_RUN_RE = re.compile(r"(?:[^\W\d_]|[" + _MARKS + r"])+\Z")


# ---------------------------------------------------------------- CoNLL-U reading

def read_conllu(path):
    """Yield (sent_id, text, [FORM...], [space_after...]) per sentence."""
    sent_id, text, forms, spaces = None, None, [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if text is not None or forms:
                    yield sent_id, text, forms, spaces
                sent_id, text, forms, spaces = None, None, [], []
            elif line.startswith("#"):
                if line.startswith("# sent_id = "):
                    sent_id = line[len("# sent_id = "):]
                elif line.startswith("# text = "):
                    text = line[len("# text = "):]
            else:
                cols = line.split("\t")
                tid = cols[0]
                if "-" in tid or "." in tid:
                    # Multiword-token ranges and empty nodes are skipped (PUD has none, its
                    # clitics are plain tokens joined by SpaceAfter=No).
                    continue
                forms.append(cols[1])
                spaces.append("SpaceAfter=No" not in cols[9].split("|"))
    if text is not None or forms:
        yield sent_id, text, forms, spaces


# ---------------------------------------------------------------- Farasa -> UD mapping

def pretokenize(text):
    """Whitespace tokens, split into letter runs / numbers / dot runs / single other chars."""
    out = []
    for ws_tok in text.split():
        out.extend(PRETOKEN_RE.findall(ws_tok))
    return out


def ud_groups(farasa_token):
    """Map one Farasa token ("و+ال+سلط+ة") to UD groups in Farasa's alphabet (["و", "السلطة"])."""
    segs = [s for s in farasa_token.split("+") if s]
    if len(segs) <= 1:
        return segs
    n = len(segs)
    # Leading prefixes (never the last segment).
    i = 0
    procl = []
    article = ""
    while i < n - 1 and segs[i] in FARASA_PREFIXES:
        s = segs[i]
        if s in PROCLITICS:
            procl.append(s)
        elif s == "ال":
            article += s
        elif s in ("لل", "لال"):      # ل + article (surface «لل»; Farasa may write لال)
            procl.append("ل")
            article += s[1:]
        i += 1
    # Trailing pronoun enclitic, only when a stem segment precedes it (after ل+كم the
    # pronoun is a group of its own anyway).
    j = n
    encl = None
    if j - 1 >= i + 1 and segs[j - 1] in PRONOUN_ENCLITICS:
        encl = segs[j - 1]
        j -= 1
        if encl == "ي" and j - 1 >= i + 1 and segs[j - 1] == "ن":
            encl = "ني"       # Farasa writes ن+ي; UD's pronoun is ني
            j -= 1
    stem = article + "".join(segs[i:j])
    groups = list(procl)
    if stem:
        groups.append(stem)
    if encl:
        groups.append(encl)
    return groups


def _ignorable(ch):
    return ch == "\u0640" or unicodedata.category(ch) in ("Mn", "Cf")


def project(groups, surface):
    """Project groups written in Farasa's alphabet onto the surface string.

    Farasa's text differs from the surface only by dropped diacritics/tatweel/format chars
    and by restored alefs (لل -> لال). Returns surface substrings, or None if they don't fit.
    """
    out = []
    j = 0
    n = len(surface)
    for g in groups:
        start = j
        for ch in g:
            while j < n and surface[j] != ch and _ignorable(surface[j]):
                j += 1
            if j < n and surface[j] == ch:
                j += 1
            elif ch == "\u0627":    # alef restored by Farasa, absent from the surface
                continue
            else:
                return None
        while j < n and _ignorable(surface[j]):
            j += 1
        if j > start:
            out.append(surface[start:j])
    while j < n and _ignorable(surface[j]):
        j += 1
    if j != n:
        return None
    return out


class FarasaUD:
    def __init__(self):
        from farasa import segmentation  # needs the peers venv

        self._segment_line = segmentation.segmentLine
        self._cache = {}
        self.runs = 0
        self.fallbacks = []

    def segment_run(self, run):
        """Segment one letter run; returns its surface segments."""
        hit = self._cache.get(run)
        if hit is not None:
            return hit
        self.runs += 1
        toks = self._segment_line(run)
        groups = []
        for t in toks:
            groups.extend(ud_groups(t))
        segs = project(groups, run)
        if segs is None or "".join(segs) != run:
            self.fallbacks.append((run, "+".join(toks)))
            segs = [run]
        self._cache[run] = segs
        return segs

    def segment_text(self, text):
        out = []
        for tok in pretokenize(text):
            if LETTER_RUN_RE.match(tok):
                out.append("+".join(self.segment_run(tok)))
            else:
                out.append(tok)
        return " ".join(out)


# ---------------------------------------------------------------- scoring

def spans(words):
    res = []
    pos = 0
    for w in words:
        res.append((pos, pos + len(w)))
        pos += len(w)
    return res


def pred_words(line):
    words = []
    for tok in line.split():
        parts = tok.split("+")
        if any(p == "" for p in parts):
            parts = [tok]  # a literal "+" somewhere: keep the token whole
        words.extend(parts)
    return words


def score(gold_sents, pred_lines):
    tp = n_gold = n_pred = 0
    text_mismatch = []
    gold_text_mismatch = 0
    exact_sent = 0
    for k, (sid, text, forms, _sp) in enumerate(gold_sents):
        target = re.sub(r"\s+", "", text if text is not None else "".join(forms))
        if "".join(forms) != target:
            gold_text_mismatch += 1
        pw = pred_words(pred_lines[k]) if k < len(pred_lines) else []
        if "".join(pw) != target:
            text_mismatch.append(sid or str(k))
        g = set(spans(forms))
        p = spans(pw)
        correct = sum(1 for s in p if s in g)
        tp += correct
        n_gold += len(forms)
        n_pred += len(p)
        if correct == len(forms) == len(p):
            exact_sent += 1
    prec = tp / n_pred if n_pred else 0.0
    rec = tp / n_gold if n_gold else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {
        "sentences": len(gold_sents),
        "pred_lines": len(pred_lines),
        "gold_words": n_gold,
        "pred_words": n_pred,
        "correct": tp,
        "precision": round(100 * prec, 2),
        "recall": round(100 * rec, 2),
        "f1": round(100 * f1, 2),
        "sentences_exact": exact_sent,
        "sentences_text_mismatch": len(text_mismatch),
        "text_mismatch_ids": text_mismatch[:10],
        "gold_forms_not_matching_text": gold_text_mismatch,
    }


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f]


def main(argv=None):
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("gold", metavar="GOLD.conllu")
    ap.add_argument("out", metavar="OUT.txt",
                    help="segmentation output (written), or with --score the prediction to score")
    ap.add_argument("--score", action="store_true",
                    help="only score OUT.txt against GOLD.conllu (no Farasa needed)")
    ap.add_argument("--show-fallbacks", type=int, default=0, metavar="N",
                    help="print up to N letter runs whose Farasa output could not be projected")
    args = ap.parse_args(argv)

    gold = list(read_conllu(args.gold))
    if args.score:
        print(json.dumps({"words": score(gold, read_lines(args.out))}, ensure_ascii=False))
        return

    t0 = time.perf_counter()
    seg = FarasaUD()
    t_load = time.perf_counter() - t0
    t1 = time.perf_counter()
    lines = []
    nbytes = 0
    for _sid, text, forms, _sp in gold:
        text = text if text is not None else " ".join(forms)
        nbytes += len(text.encode("utf-8")) + 1
        lines.append(seg.segment_text(text))
    t_seg = time.perf_counter() - t1
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(line + "\n")

    baseline = [" ".join(pretokenize(t if t is not None else " ".join(fs))) for _s, t, fs, _p in gold]
    report = {
        "words": score(gold, lines),
        "pretokenizer_only_words": score(gold, baseline),
        "farasa_load_seconds": round(t_load, 3),
        "segment_seconds": round(t_seg, 3),
        "input_bytes": nbytes,
        "mb_per_s": round(nbytes / 1e6 / t_seg, 4) if t_seg > 0 else None,
        "distinct_letter_runs": seg.runs,
        "projection_fallbacks": len(seg.fallbacks),
        "out": args.out,
    }
    print(json.dumps(report, ensure_ascii=False))
    for run, fz in seg.fallbacks[: args.show_fallbacks]:
        print(f"fallback: {run}\t{fz}", file=sys.stderr)


if __name__ == "__main__":
    main()
