#!/usr/bin/env python3
"""Validate the gold set of facts (quotes, time expressions, PLOVER events).

Usage: python3 scripts/check_gold.py [DIR] [--stats]   (default DIR: eval/gold/facts)

Checks every NN-style.json file: JSON shape, id = file name, style = file suffix, every span
(quote text, cue, speaker, via, time text, trigger, actors, location) is a substring of `text`
(with the given occurrence for quote/time text and triggers), ISO values, weekday values
recomputed against `published`, explicit Gregorian/numeric dates re-parsed, Hijri dates
re-converted with the Umm al-Qura calendar when the `hijridate` package is installed, PLOVER
types/modes/CAMEO roots/modalities from the allowed sets. Prints `file: problem` for each problem
and exits 1 if there is any. Standard library only (+ optional hijridate).
"""
import datetime as dt
import json
import os
import re
import sys

STYLES = {"levantine", "egyptian", "gulf", "maghrebi", "wire"}
QUOTE_KINDS = {"direct", "reported", "mixed"}
TIME_KINDS = {"date", "month", "year", "week", "duration"}
MODALITIES = {"asserted", "planned", "hypothetical", "denied"}
# PLOVER type -> allowed modes (None always allowed) and allowed CAMEO roots.
TYPES = {
    "AGREE": ({None}, {"03", "05", "08"}),
    "CONSULT": ({"visit", "host", "meet", "phone", "multilateral", "mediate"}, {"04"}),
    "SUPPORT": ({None}, {"05"}),
    "CONCEDE": ({None, "ceasefire"}, {"08"}),
    "COOPERATE": ({None}, {"05", "06"}),
    "AID": ({None, "economic", "military", "humanitarian"}, {"07"}),
    "RETREAT": ({None}, {"08"}),
    "REQUEST": ({None}, {"02", "10"}),
    "ACCUSE": ({None}, {"11"}),
    "REJECT": ({None}, {"12"}),
    "THREATEN": ({None}, {"13"}),
    "PROTEST": ({None, "demonstrate"}, {"14"}),
    "SANCTION": ({None}, {"16"}),
    "MOBILIZE": ({None}, {"15"}),
    "COERCE": ({None, "arrest"}, {"17"}),
    "ASSAULT": ({None, "aerial", "firearms", "explosive", "abduct"}, {"18", "19"}),
}
QUOTE_MARKS = set('"“”«»‹›„\'')
DOC_KEYS = ["id", "style", "published", "text", "quotes", "times", "events"]
QUOTE_KEYS = {"kind", "text", "occurrence", "speaker", "cue", "via"}
TIME_KEYS = {"text", "occurrence", "value", "kind", "approximate"}
EVENT_KEYS = {"type", "mode", "cameo", "source", "target", "trigger", "occurrence",
              "location", "date", "negated", "modality"}

WEEKDAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3,
            "الجمعة": 4, "السبت": 5, "الأحد": 6}
GREG_MONTHS = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5,
    "يونيو": 6, "يوليو": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10,
    "نوفمبر": 11, "ديسمبر": 12,
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7,
    "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "أوت": 8,
    "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
}
HIJRI_MONTHS = {"محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الثاني": 4, "ربيع الآخر": 4,
                "جمادى الأولى": 5, "جمادى الآخرة": 6, "جمادى الثانية": 6, "رجب": 7,
                "شعبان": 8, "رمضان": 9, "شوال": 10, "ذو القعدة": 11, "ذي القعدة": 11,
                "ذو الحجة": 12, "ذي الحجة": 12}
INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def count(hay, needle):
    n, i = 0, hay.find(needle)
    while i != -1:
        n += 1
        i = hay.find(needle, i + 1)
    return n


def find_nth(hay, needle, occ):
    i = -1
    for _ in range(occ):
        i = hay.find(needle, i + 1)
        if i == -1:
            return -1
    return i


def parse_day(s):
    try:
        return dt.date.fromisoformat(s) if re.fullmatch(r"\d{4}-\d\d-\d\d", s) else None
    except ValueError:
        return None


def valid_value(kind, v):
    if not isinstance(v, str):
        return False
    if kind == "date":
        return parse_day(v) is not None
    if kind == "month":
        m = re.fullmatch(r"(\d{4})-(\d\d)", v)
        return bool(m) and 1 <= int(m.group(2)) <= 12
    if kind == "year":
        return bool(re.fullmatch(r"\d{4}", v))
    if kind == "week":
        m = re.fullmatch(r"(\d{4})-W(\d\d)", v)
        if not m:
            return False
        try:
            dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
            return True
        except ValueError:
            return False
    if kind == "duration":
        return bool(re.fullmatch(r"P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?", v)) and v != "P"
    return False


def weekday_candidates(span, pub):
    """Allowed values for a span holding a weekday name and no explicit date."""
    wd = next(WEEKDAYS[w] for w in WEEKDAYS if w in span)
    if "أول أمس" in span:
        return {pub - dt.timedelta(days=2)}
    if "أمس" in span:
        return {pub - dt.timedelta(days=1)}
    if "غدا" in span or "غداً" in span:
        return {pub + dt.timedelta(days=1)}
    if "اليوم" in span:
        return {pub}
    back = pub - dt.timedelta(days=(pub.weekday() - wd) % 7)          # on or before
    fwd = pub + dt.timedelta(days=(wd - pub.weekday()) % 7)           # on or after
    if "المقبل" in span or "القادم" in span:
        return {fwd if fwd != pub else pub + dt.timedelta(days=7)}    # strictly after
    if "الماضي" in span:
        return {back if back != pub else pub - dt.timedelta(days=7)}  # strictly before
    return {back, fwd}


def explicit_date(span):
    """(date or None, is_hijri, problem) for an explicit day-month-year span."""
    s = span.translate(INDIC)
    m = re.search(r"\b(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4})\b", s)
    if m:
        try:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))), False, None
        except ValueError:
            return None, False, "invalid numeric date"
    for name in sorted(HIJRI_MONTHS, key=len, reverse=True):
        m = re.search(r"(\d{1,2})\s+" + name + r"\s+(\d{4})\s*هـ", s)
        if m:
            try:
                from hijridate import Hijri
            except ImportError:
                return None, True, None
            try:
                g = Hijri(int(m.group(2)), HIJRI_MONTHS[name], int(m.group(1))).to_gregorian()
                return dt.date(g.year, g.month, g.day), True, None
            except Exception as e:  # out of range
                return None, True, "bad Hijri date: %s" % e
    for name in sorted(GREG_MONTHS, key=len, reverse=True):
        m = re.search(r"(\d{1,2})\s+(?:من\s+)?" + name + r"(?:\s*/\s*\S+)?\s+(?:(?:من\s+)?(?:عام|سنة)\s+)?(\d{4})", s)
        if m:
            try:
                return dt.date(int(m.group(2)), GREG_MONTHS[name], int(m.group(1))), False, None
            except ValueError:
                return None, False, "invalid date"
    return None, False, None


def check_doc(path, problems):
    name = os.path.basename(path)
    def bad(msg):
        problems.append("%s: %s" % (name, msg))
    try:
        with open(path, encoding="utf-8") as f:
            raw = f.read()
        doc = json.loads(raw)
    except (OSError, ValueError) as e:
        bad("not valid JSON: %s" % e)
        return None
    m = re.fullmatch(r"(\d\d)-([a-z]+)\.json", name)
    if not m:
        bad("file name is not NN-style.json")
        return None
    if not isinstance(doc, dict) or list(doc.keys()) != DOC_KEYS:
        bad("top-level keys must be exactly %s in that order" % DOC_KEYS)
        return None
    if raw != json.dumps(doc, ensure_ascii=False, indent=2) + "\n":
        bad("not in canonical form (UTF-8, 2-space indent, ensure_ascii=False, final newline)")
    if doc["id"] != name[:-5]:
        bad("id %r differs from file name" % doc["id"])
    if doc["style"] != m.group(2) or doc["style"] not in STYLES:
        bad("style %r must be the file suffix and one of %s" % (doc["style"], sorted(STYLES)))
    pub = parse_day(doc["published"]) if isinstance(doc["published"], str) else None
    if pub is None:
        bad("published is not an ISO day")
        return None
    text = doc["text"]
    if not isinstance(text, str) or not text.strip():
        bad("empty text")
        return None

    def span_ok(what, s, occ=1, strip_check=True):
        if not isinstance(s, str) or not s:
            bad("%s: empty or not a string" % what)
            return -1
        if strip_check and s != s.strip():
            bad("%s %r has surrounding spaces" % (what, s))
        if not isinstance(occ, int) or occ < 1:
            bad("%s %r: occurrence must be an integer >= 1" % (what, s))
            return -1
        i = find_nth(text, s, occ)
        if i == -1:
            bad("%s %r not found %d time(s) in text" % (what, s, occ))
        return i

    for qi, q in enumerate(doc["quotes"]):
        tag = "quote %d" % (qi + 1)
        if not isinstance(q, dict) or set(q) != QUOTE_KEYS:
            bad("%s: keys must be %s" % (tag, sorted(QUOTE_KEYS)))
            continue
        if q["kind"] not in QUOTE_KINDS:
            bad("%s: kind %r" % (tag, q["kind"]))
        i = span_ok(tag + " text", q["text"], q["occurrence"])
        if i >= 0 and q["kind"] == "direct":
            before = text[i - 1] if i > 0 else ""
            after = text[i + len(q["text"])] if i + len(q["text"]) < len(text) else ""
            if before not in QUOTE_MARKS or after not in QUOTE_MARKS:
                bad("%s: direct quote span must sit right between quote marks" % tag)
        if i >= 0 and q["kind"] == "mixed" and not any(c in QUOTE_MARKS for c in q["text"]):
            bad("%s: mixed quote without inner quote marks" % tag)
        if i >= 0 and q["kind"] == "reported":
            if re.match(r"(إن|أن|بأن)\s", q["text"]):
                bad("%s: reported span must start after إن/أن" % tag)
            if q["text"].endswith("."):
                bad("%s: reported span ends with a period" % tag)
        span_ok(tag + " speaker", q["speaker"])
        span_ok(tag + " cue", q["cue"])
        if q["via"] is not None:
            span_ok(tag + " via", q["via"])
    seen = set()
    for ti, t in enumerate(doc["times"]):
        tag = "time %d" % (ti + 1)
        if not isinstance(t, dict) or set(t) != TIME_KEYS:
            bad("%s: keys must be %s" % (tag, sorted(TIME_KEYS)))
            continue
        key = (t["text"], t["occurrence"])
        if key in seen:
            bad("%s: %r occurrence %s annotated twice" % (tag, t["text"], t["occurrence"]))
        seen.add(key)
        span_ok(tag + " text", t["text"], t["occurrence"])
        if t["kind"] not in TIME_KINDS:
            bad("%s: kind %r" % (tag, t["kind"]))
            continue
        if not valid_value(t["kind"], t["value"]):
            bad("%s %r: value %r is not a valid %s" % (tag, t["text"], t["value"], t["kind"]))
            continue
        if not isinstance(t["approximate"], bool):
            bad("%s: approximate must be a boolean" % tag)
        span = t["text"] if isinstance(t["text"], str) else ""
        has_wd = any(w in span for w in WEEKDAYS)
        d, is_hijri, problem = explicit_date(span)
        if problem:
            bad("%s %r: %s" % (tag, span, problem))
        if d is not None:
            if t["kind"] != "date" or t["value"] != d.isoformat():
                bad("%s %r: value %r, expected %s%s" % (tag, span, t["value"], d.isoformat(),
                                                        " (Umm al-Qura)" if is_hijri else ""))
            if has_wd:
                wd = next(WEEKDAYS[w] for w in WEEKDAYS if w in span)
                if d.weekday() != wd:
                    bad("%s %r: %s is not that weekday" % (tag, span, d))
        elif has_wd and t["kind"] == "date" and not re.search(r"\d|[٠-٩]", span):
            day = parse_day(t["value"])
            cands = weekday_candidates(span, pub)
            if day not in cands:
                bad("%s %r: value %s, expected %s (published %s)" % (
                    tag, span, t["value"], " or ".join(sorted(c.isoformat() for c in cands)), pub))
        if t["kind"] == "duration" and re.search(r"قرابة|نحو|حوالي|حوالى|ما يقارب|أكثر من", span) \
                and t["approximate"] is not True:
            bad("%s %r: approximate duration must have approximate true" % (tag, span))
        if re.search(r"مطلع|أواخر|منتصف|أوائل|نهاية|بداية|موفى", span) and t["approximate"] is not True:
            bad("%s %r: part-of-period expression must have approximate true" % (tag, span))
    for ei, e in enumerate(doc["events"]):
        tag = "event %d" % (ei + 1)
        if not isinstance(e, dict) or set(e) != EVENT_KEYS:
            bad("%s: keys must be %s" % (tag, sorted(EVENT_KEYS)))
            continue
        if e["type"] not in TYPES:
            bad("%s: type %r is not PLOVER" % (tag, e["type"]))
        else:
            modes, roots = TYPES[e["type"]]
            if e["mode"] not in modes:
                bad("%s: mode %r not allowed for %s" % (tag, e["mode"], e["type"]))
            if e["cameo"] not in roots:
                bad("%s: CAMEO root %r not allowed for %s (%s)" % (tag, e["cameo"], e["type"], sorted(roots)))
        span_ok(tag + " trigger", e["trigger"], e["occurrence"])
        if not isinstance(e["source"], list) or not e["source"]:
            bad("%s: source must be a non-empty list" % tag)
        if not isinstance(e["target"], list):
            bad("%s: target must be a list" % tag)
        for a in (e["source"] if isinstance(e["source"], list) else []) + \
                 (e["target"] if isinstance(e["target"], list) else []):
            span_ok(tag + " actor", a)
        if e["location"] is not None:
            span_ok(tag + " location", e["location"])
        if e["date"] is not None and parse_day(e["date"]) is None:
            bad("%s: date %r is not an ISO day" % (tag, e["date"]))
        if not isinstance(e["negated"], bool):
            bad("%s: negated must be a boolean" % tag)
        if e["modality"] not in MODALITIES:
            bad("%s: modality %r" % (tag, e["modality"]))
        elif (e["modality"] == "denied") != (e["negated"] is True):
            bad("%s: negated must be true exactly when modality is denied" % tag)
    return doc


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    root = args[0] if args else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "eval", "gold", "facts")
    files = sorted(f for f in os.listdir(root) if f.endswith(".json"))
    problems, docs = [], []
    for f in files:
        d = check_doc(os.path.join(root, f), problems)
        if d:
            docs.append(d)
    styles = {}
    for d in docs:
        styles[d["style"]] = styles.get(d["style"], 0) + 1
    nq = sum(len(d["quotes"]) for d in docs)
    nt = sum(len(d["times"]) for d in docs)
    ne = sum(len(d["events"]) for d in docs)
    print("%d files (%s); %d quotes, %d times, %d events" % (
        len(files), ", ".join("%s %d" % kv for kv in sorted(styles.items())), nq, nt, ne))
    if "--stats" in sys.argv:
        from collections import Counter
        def show(title, counter):
            print("  %s: %s" % (title, ", ".join("%s %d" % kv for kv in sorted(counter.items()))))
        for style in sorted(styles):
            ds = [d for d in docs if d["style"] == style]
            print("  %-9s %2d files, %3d quotes, %3d times, %3d events" % (
                style, len(ds), sum(len(d["quotes"]) for d in ds),
                sum(len(d["times"]) for d in ds), sum(len(d["events"]) for d in ds)))
        show("quote kinds", Counter(q["kind"] for d in docs for q in d["quotes"]))
        show("quotes with via", Counter("via" if q["via"] else "no via" for d in docs for q in d["quotes"]))
        show("time kinds", Counter(t["kind"] for d in docs for t in d["times"]))
        show("approximate times", Counter(str(t["approximate"]).lower() for d in docs for t in d["times"]))
        show("event types", Counter(e["type"] for d in docs for e in d["events"]))
        show("CONSULT modes", Counter(str(e["mode"]) for d in docs for e in d["events"] if e["type"] == "CONSULT"))
        show("modalities", Counter(e["modality"] for d in docs for e in d["events"]))
    for p in problems:
        print(p)
    if problems:
        print("%d problem(s)" % len(problems), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
