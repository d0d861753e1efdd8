#!/usr/bin/env python3
"""Build the knowledge base in crates/akhbar-extract/data/kb/ from scripts/gen/kb/*.tsv.

The sources are hand-curated TSV files whose format is defined in scripts/gen/kb/README.md.
This script validates every row (column count, required fields, id format and uniqueness
across files, ISO 3166-1 alpha-3 codes known to CLDR, references between files, dates,
Arabic spelling rules), prints every problem as `file:line: problem` and exits with status 1
if there is any. Otherwise it enriches the rows and writes them, sorted, to the output folder:

- countries.tsv: the CLDR Arabic country name (via babel) is added as an alias when it differs
  from name_ar; the three nisba columns become one `nisba_ar` column holding every form,
  indefinite then definite (ال + form).
- the other files keep their columns; given_names.tsv (person given names for the tagger's
  gazetteer feature, no ids) is sorted by name.

people.tsv and offices.tsv are optional: when absent they are skipped with a warning.
The output only depends on the sources and on the babel (CLDR) version, so re-running the
script gives byte-identical files.

Usage: pip install babel && python3 scripts/gen/kb.py
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

try:
    import babel
    from babel import Locale
    from babel.core import get_cldr_version, get_global
except ImportError:  # pragma: no cover - depends on the environment
    sys.exit("kb.py needs babel: pip install babel")

# Facts in the sources describe the world as of this date (empty `end` = still in office then).
AS_OF = "2025-06-01"

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "scripts/gen/kb"
OUT = ROOT / "crates/akhbar-extract/data/kb"

# ISO 3166-1 alpha-3 codes that CLDR's alias table does not map to a region: user-assigned
# codes in common use.
EXTRA_ALPHA3 = {"XKX": "XK"}  # Kosovo
# CLDR region codes that are not territories: unknown region, outlying Oceania, EU, eurozone, UN,
# pseudo-locales.
NOT_TERRITORIES = {"ZZ", "QO", "EU", "EZ", "UN", "XA", "XB"}

PLACE_KINDS = {"capital", "city", "region", "landmark", "body_of_water"}
ORG_KINDS = {"intl", "agency", "government", "military", "party", "armed_group", "media",
             "company", "sports_club", "ngo", "union", "research", "university", "religious",
             "other"}
GENDERS = {"m", "f"}
# given_names.tsv: `u` = used for both (نهاد، ميشيل). Origin = the naming tradition of the spelling.
NAME_GENDERS = {"m", "f", "u"}
NAME_ORIGINS = {"arabic", "persian", "turkish", "kurdish", "hebrew", "western", "russian",
                "african", "asian"}

# Column specs: (name, flags). Flags: r = required, l = `|`-separated list, a = Arabic text,
# i = iso3, d = date, and a reference to another file's ids after `>`.
SCHEMAS = {
    "countries": ("country", [("iso3", "ri"), ("id", "r"), ("name_en", "r"), ("name_ar", "ra"),
                              ("aliases_ar", "la"), ("nisba_m", "la"), ("nisba_f", "la"),
                              ("nisba_pl", "la"), ("capital", ">places")]),
    "places": ("place", [("id", "r"), ("name_en", "r"), ("name_ar", "ra"), ("aliases_ar", "la"),
                         ("kind", "r"), ("iso3", "i")]),
    "orgs": ("org", [("id", "r"), ("name_en", "r"), ("name_ar", "ra"), ("aliases_ar", "la"),
                     ("kind", "r"), ("iso3", "i")]),
    "roles": ("role", [("id", "r"), ("name_en", "r"), ("names_ar", "rla"), ("iso3", "i")]),
    "people": ("person", [("id", "r"), ("name_en", "r"), ("name_ar", "ra"), ("aliases_ar", "la"),
                          ("short_ar", "la"), ("iso3", "i"), ("gender", "r")]),
    "offices": (None, [("person", "r>people"), ("role", "r>roles"), ("iso3", "i"),
                       ("org", ">orgs"), ("start", "d"), ("end", "d")]),
    "given_names": (None, [("name_ar", "ra"), ("origin", "r"), ("gender", "r")]),
}
ORDER = ["countries", "places", "orgs", "roles", "people", "offices", "given_names"]
OPTIONAL = {"people", "offices"}

QID = re.compile(r"^Q[1-9][0-9]*$")
SLUG = re.compile(r"^ak:([a-z]+):[a-z0-9]+(?:[-_][a-z0-9]+)*$")
DATE = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")
ARABIC_LETTER = re.compile("[\u0621-\u063A\u0641-\u064A]")
# Allowed in Arabic cells: Arabic letters, ASCII digits, single spaces and `+` (أوبك+).
ARABIC_ALLOWED = re.compile("^[\u0621-\u063A\u0641-\u064A0-9+ ]+$")
# Given names: Arabic letters and single spaces only.
ARABIC_WORDS = re.compile("^[\u0621-\u063A\u0641-\u064A]+(?: [\u0621-\u063A\u0641-\u064A]+)*$")
DIACRITICS = re.compile("[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]")
TATWEEL = "\u0640"
# First words of compound nisbas that take the article alone: جنوب أفريقي → الجنوب أفريقي,
# سان ماريني → السان ماريني.
COMPASS = {"جنوب", "شمال", "شرق", "غرب", "وسط", "سان", "سانت", "ساو"}


class Errors:
    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, where: str, problem: str) -> None:
        self.items.append(f"{where}: {problem}")


def alpha3_table() -> dict[str, str]:
    """alpha-3 → alpha-2 for every region CLDR names in English."""
    names = Locale("en").territories
    table = {}
    for code, targets in get_global("territory_aliases").items():
        if len(code) == 3 and code.isalpha() and len(targets) == 1 and targets[0] in names \
                and targets[0] not in NOT_TERRITORIES:
            table[code] = targets[0]
    for code, alpha2 in EXTRA_ALPHA3.items():
        if alpha2 in names:
            table[code] = alpha2
    return table


def parse_date(s: str) -> tuple[tuple[int, int, int], tuple[int, int, int]] | None:
    """Earliest and latest day a date of the given precision can mean, or None if malformed."""
    m = DATE.match(s)
    if not m:
        return None
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else None
    d = int(m.group(3)) if m.group(3) else None
    if mo is not None and not 1 <= mo <= 12:
        return None
    if d is not None:
        import datetime
        try:
            datetime.date(y, mo, d)
        except ValueError:
            return None
        return (y, mo, d), (y, mo, d)
    if mo is not None:
        return (y, mo, 1), (y, mo, 31)
    return (y, 1, 1), (y, 12, 31)


def check_arabic(value: str) -> str | None:
    if value != value.strip() or "  " in value:
        return "stray spaces"
    if TATWEEL in value:
        return "tatweel"
    if DIACRITICS.search(value):
        return "diacritics"
    if not ARABIC_LETTER.search(value):
        return "no Arabic letter"
    if not ARABIC_ALLOWED.match(value):
        bad = sorted({c for c in value if not ARABIC_ALLOWED.match(c)})
        return "unexpected character " + ", ".join(f"U+{ord(c):04X}" for c in bad)
    return None


def flags_of(spec_flags: str) -> tuple[str, str | None]:
    """Split a column spec into its letter flags and the referenced file, if any."""
    letters, _, target = spec_flags.partition(">")
    return letters, target or None


def split_list(cell: str) -> list[str]:
    return cell.split("|") if cell else []


def read_source(name: str, errors: Errors, alpha3: dict[str, str]) -> list[dict] | None:
    path = SRC / f"{name}.tsv"
    rel = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    if not path.exists():
        if name in OPTIONAL:
            print(f"warning: {rel} not found, skipped", file=sys.stderr)
            return None
        errors.add(str(rel), "file not found")
        return []
    kind, spec = SCHEMAS[name]
    columns = [c for c, _ in spec]
    rows: list[dict] = []
    header_seen = False
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.add(str(rel), f"not UTF-8 ({e})")
        return []
    if text.startswith("\ufeff"):
        errors.add(f"{rel}:1", "byte order mark")
    names_seen: dict[str, str] = {}
    for n, line in enumerate(text.split("\n"), 1):
        where = f"{rel}:{n}"
        if line.endswith("\r"):
            errors.add(where, "CRLF line ending")
            line = line[:-1]
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            header_seen = True
            if cells != columns:
                errors.add(where, f"header is {cells}, expected {columns}")
                return []
            continue
        if len(cells) != len(columns):
            errors.add(where, f"{len(cells)} columns, expected {len(columns)}")
            continue
        row = {"_where": where}
        for (col, spec_flags), cell in zip(spec, cells):
            flags, _ = flags_of(spec_flags)
            if cell != cell.strip():
                errors.add(where, f"{col}: leading or trailing spaces")
            if "r" in flags and not cell:
                errors.add(where, f"{col}: required")
            if cell == "-":
                errors.add(where, f"{col}: write an empty cell, not `-`")
            if "l" in flags:
                values = split_list(cell)
                if any(not v for v in values):
                    errors.add(where, f"{col}: empty item in list")
                if len(set(values)) != len(values):
                    errors.add(where, f"{col}: duplicate item in list")
                row[col] = [v for v in values if v]
            else:
                row[col] = cell
            if "a" in flags:
                for v in (row[col] if "l" in flags else [cell] if cell else []):
                    problem = check_arabic(v)
                    if problem:
                        errors.add(where, f"{col}: {problem} in «{v}»")
            if "i" in flags and cell and cell not in alpha3:
                errors.add(where, f"{col}: {cell} is not an ISO 3166-1 alpha-3 code known to CLDR")
            if "d" in flags and cell:
                parsed = parse_date(cell)
                if parsed is None:
                    errors.add(where, f"{col}: malformed date {cell!r}")
                elif parsed[0] > parse_date(AS_OF)[0]:
                    errors.add(where, f"{col}: {cell} is after AS_OF {AS_OF}")
        if kind is not None and row.get("id"):
            m = SLUG.match(row["id"])
            if not QID.match(row["id"]) and not m:
                errors.add(where, f"id: {row['id']!r} is neither a QID nor ak:<kind>:<slug>")
            elif m and m.group(1) != kind:
                errors.add(where, f"id: {row['id']!r} should start with ak:{kind}:")
        if "name_ar" in row and row["name_ar"] in row.get("aliases_ar", []):
            errors.add(where, "aliases_ar repeats name_ar")
        if name in ("places", "orgs") and row["kind"] and row["kind"] not in (
                PLACE_KINDS if name == "places" else ORG_KINDS):
            errors.add(where, f"kind: unknown kind {row['kind']!r}")
        if name == "people" and row["gender"] and row["gender"] not in GENDERS:
            errors.add(where, f"gender: {row['gender']!r} is not m or f")
        if name == "given_names":
            if row["name_ar"] and check_arabic(row["name_ar"]) is None \
                    and not ARABIC_WORDS.match(row["name_ar"]):
                errors.add(where, f"name_ar: only Arabic letters and spaces in «{row['name_ar']}»")
            if row["origin"] and row["origin"] not in NAME_ORIGINS:
                errors.add(where, f"origin: unknown origin {row['origin']!r}")
            if row["gender"] and row["gender"] not in NAME_GENDERS:
                errors.add(where, f"gender: {row['gender']!r} is not m, f or u")
            if row["name_ar"] in names_seen:
                errors.add(where, f"name_ar: «{row['name_ar']}» already at "
                           f"{names_seen[row['name_ar']]}")
            names_seen.setdefault(row["name_ar"], where)
        if name == "offices" and not row["start"]:
            errors.add(where, "start: an office needs a start date (YYYY, YYYY-MM or YYYY-MM-DD)")
        if name == "offices" and row["start"] and row["end"]:
            s, e = parse_date(row["start"]), parse_date(row["end"])
            if s and e and s[0] > e[1]:
                errors.add(where, f"start {row['start']} is after end {row['end']}")
        rows.append(row)
    if not header_seen:
        errors.add(str(rel), "no header row")
    return rows


def validate_links(data: dict[str, list[dict] | None], errors: Errors) -> None:
    ids: dict[str, dict[str, dict]] = {}
    seen: dict[str, str] = {}
    for name in ORDER:
        if data.get(name) is None or SCHEMAS[name][0] is None:
            continue
        ids[name] = {}
        for row in data[name]:
            rid = row.get("id")
            if not rid:
                continue
            if rid in seen:
                errors.add(row["_where"], f"id {rid} already used at {seen[rid]}")
                continue
            seen[rid] = row["_where"]
            ids[name][rid] = row
    countries = {r["iso3"]: r for r in data["countries"] or []}
    iso_seen: dict[str, str] = {}
    for r in data["countries"] or []:
        if r["iso3"] in iso_seen:
            errors.add(r["_where"], f"iso3 {r['iso3']} already used at {iso_seen[r['iso3']]}")
        iso_seen.setdefault(r["iso3"], r["_where"])
    for name in ORDER:
        rows = data.get(name)
        if rows is None:
            continue
        _, spec = SCHEMAS[name]
        for row in rows:
            for col, spec_flags in spec:
                flags, target = flags_of(spec_flags)
                if target and row.get(col):
                    if data.get(target) is None:
                        errors.add(row["_where"], f"{col}: {row[col]} cannot be checked, "
                                   f"{target}.tsv is missing")
                    elif row[col] not in ids.get(target, {}):
                        errors.add(row["_where"], f"{col}: {row[col]} is not an id in {target}.tsv")
                if "i" in flags and name != "countries" and row.get(col) \
                        and row[col] not in countries:
                    errors.add(row["_where"], f"{col}: {row[col]} has no row in countries.tsv")
    # Capitals: the referenced place is a capital of the same country, and every capital is used.
    places = ids.get("places", {})
    used = set()
    for r in data["countries"] or []:
        cap = places.get(r["capital"])
        if cap is None:
            continue
        used.add(r["capital"])
        if cap["kind"] != "capital":
            errors.add(r["_where"], f"capital: {r['capital']} has kind {cap['kind']}, not capital")
        if cap["iso3"] != r["iso3"]:
            errors.add(r["_where"], f"capital: {r['capital']} lies in {cap['iso3'] or 'no country'}")
    for pid, p in places.items():
        if p["kind"] == "capital" and pid not in used:
            errors.add(p["_where"], f"kind capital, but no country names {pid} as its capital")


def cldr_names(alpha2: str) -> list[str]:
    """The CLDR Arabic name of a region, made usable as an alias: diacritics removed,
    `X (Y)` split into X and Y, `X - Y` joined as `X Y`."""
    name = Locale("ar").territories.get(alpha2)
    if not name:
        return []
    name = DIACRITICS.sub("", unicodedata.normalize("NFC", name))
    parts = [name]
    m = re.match(r"^(.*?)\s*\((.*)\)$", name)
    if m:
        parts = [m.group(1), m.group(2)]
    out = []
    for p in parts:
        p = re.sub(r"\s+-\s+", " ", p).strip()
        if check_arabic(p) is None:
            out.append(p)
    return out


def definite(form: str) -> str:
    words = form.split(" ")
    if len(words) > 1 and words[0] in COMPASS:
        return "ال" + words[0] + " " + " ".join(words[1:])
    return " ".join(w if w.startswith("ال") else "ال" + w for w in words)


def dedupe(values: list[str]) -> list[str]:
    out: list[str] = []
    for v in values:
        if v not in out:
            out.append(v)
    return out


def sort_key_id(rid: str) -> tuple:
    if QID.match(rid):
        return (0, int(rid[1:]), "")
    return (1, 0, rid)


def enrich(data: dict[str, list[dict] | None], alpha3: dict[str, str]) -> dict[str, tuple]:
    """Output tables: name → (columns, rows as lists of cells)."""
    out: dict[str, tuple] = {}
    rows = []
    for r in sorted(data["countries"], key=lambda r: r["iso3"]):
        aliases = list(r["aliases_ar"])
        for n in cldr_names(alpha3[r["iso3"]]):
            if n != r["name_ar"] and n not in aliases:
                aliases.append(n)
        forms = r["nisba_m"] + r["nisba_f"] + r["nisba_pl"]
        nisba = dedupe(forms + [definite(f) for f in forms])
        rows.append([r["iso3"], r["id"], r["name_en"], r["name_ar"], "|".join(aliases),
                     "|".join(nisba), r["capital"]])
    out["countries"] = (["iso3", "id", "name_en", "name_ar", "aliases_ar", "nisba_ar", "capital"],
                        rows)
    for name in ("places", "orgs", "roles", "people"):
        if data.get(name) is None:
            continue
        spec = SCHEMAS[name][1]
        cols = [c for c, _ in spec]
        rows = []
        for r in sorted(data[name], key=lambda r: sort_key_id(r["id"])):
            rows.append(["|".join(r[c]) if "l" in flags_of(f)[0] else r[c] for c, f in spec])
        out[name] = (cols, rows)
    if data.get("offices") is not None:
        cols = [c for c, _ in SCHEMAS["offices"][1]]
        rows = sorted(([r[c] for c in cols] for r in data["offices"]),
                      key=lambda c: (sort_key_id(c[0]), c[4], c[1], c[3], c[2], c[5]))
        out["offices"] = (cols, rows)
    cols = [c for c, _ in SCHEMAS["given_names"][1]]
    out["given_names"] = (cols, sorted([r[c] for c in cols] for r in data["given_names"]))
    return out


def readme(tables: dict[str, tuple]) -> str:
    counts = "\n".join(f"| `{n}.tsv` | {len(tables[n][1])} | `{' '.join(tables[n][0])}` |"
                       for n in ORDER if n in tables)
    return f"""# Knowledge base

Generated by `python3 scripts/gen/kb.py` from the curated sources in `scripts/gen/kb/`
(format: `scripts/gen/kb/README.md`). Do not edit these files by hand: edit the sources and
re-run the script, which validates every row and writes the same bytes for the same input.

Facts are as of **{AS_OF}** (`AS_OF` in kb.py): an office with an empty `end` was held on that date.

## Files

| file | rows | columns |
| --- | --- | --- |
{counts}

Format: UTF-8, tab-separated, lines starting with `#` are comments, the first other line is the
header. List cells separate values with `|`, first value = preferred form. Empty cell = no value.
Rows are sorted: countries by `iso3`, offices by person then start date, given names by
`name_ar` (code point order), the others by `id` (QIDs in numeric order, then `ak:` ids).

Differences from the sources:

- `countries.tsv`: `aliases_ar` also holds the CLDR Arabic name of the country when it differs
  from `name_ar` (diacritics removed, `X (Y)` split into two aliases, `X - Y` written `X Y`).
  The source columns `nisba_m`, `nisba_f`, `nisba_pl` are replaced by one column `nisba_ar`
  holding every nisba form: the indefinite forms (masculine, feminine, plural, with spelling
  variants) and then their definite forms with `ال` (`روسي|روسية|روس|الروسي|الروسية|الروس`).
  A compound form takes `ال` on each word (`كوري جنوبي` → `الكوري الجنوبي`), except after a
  compass word or a saint's title, which alone takes it (`جنوب أفريقي` → `الجنوب أفريقي`,
  `سان ماريني` → `السان ماريني`).
- The other files have the columns of their sources.

Ids are Wikidata QIDs where known, otherwise `ak:<kind>:<slug>`; they are unique across files.

`kind` in `orgs.tsv`: {", ".join(f"`{k}`" for k in sorted(ORG_KINDS))}.
`sports_club` = football and other clubs, with their country in `iso3`. `ngo` = rights groups,
relief and aid organizations, Red Crescent societies; `union` = labour unions; `research` = think
tanks and research centres; `university` = universities and institutes of technology;
`religious` = religious institutions (Al-Azhar); `other` = the rest (sports federations and
leagues, Olympic committees).

`given_names.tsv` has no ids: it lists person given names as Arabic news prints them (`name_ar`,
one spelling variant a row, e.g. `عبد الله` and `عبدالله`, `سيرغي` and `سيرجي`), their `origin`
(`arabic`, `persian`, `turkish`, `kurdish`, `hebrew`, `western`, `russian`, `african`, `asian`) and
`gender` (`m`, `f`, `u` = both), for the entity tagger's gazetteer feature. Names that are mostly
ordinary words in news (أمل، نور، كريم، عادل، باسم…) are left out; kept names can still be
words, in particular under the search form (علي = على, سلمى = سلمي "peaceful"), so a feature
built from the list is a hint, not a decision.

## Sources and licences

- Curated facts (countries, places, organizations, roles, people, offices, given names):
  written in this repository from public knowledge, with Wikipedia and Wikidata as reference;
  Apache-2.0 like the rest of akhbar.
- Arabic country names added as aliases: Unicode CLDR {get_cldr_version()} through babel
  {babel.__version__}; Unicode License v3 (data files).
"""


def main() -> int:
    global SRC, OUT
    import argparse
    parser = argparse.ArgumentParser(description="Validate the knowledge-base sources and write the knowledge base.")
    parser.add_argument("--src", type=Path, default=SRC, help="source folder (default: scripts/gen/kb)")
    parser.add_argument("--out", type=Path, default=OUT, help="output folder (default: crates/akhbar-extract/data/kb)")
    args = parser.parse_args()
    SRC, OUT = args.src, args.out
    errors = Errors()
    alpha3 = alpha3_table()
    data: dict[str, list[dict] | None] = {}
    for name in ORDER:
        data[name] = read_source(name, errors, alpha3)
    validate_links(data, errors)
    if errors.items:
        for e in errors.items:
            print(e, file=sys.stderr)
        print(f"kb.py: {len(errors.items)} problem(s), nothing written", file=sys.stderr)
        return 1
    tables = enrich(data, alpha3)
    OUT.mkdir(parents=True, exist_ok=True)
    for name, (cols, rows) in tables.items():
        lines = [f"# Generated by scripts/gen/kb.py from scripts/gen/kb/{name}.tsv "
                 f"(facts as of {AS_OF}). Do not edit.", "\t".join(cols)]
        lines += ["\t".join(r) for r in rows]
        (OUT / f"{name}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (OUT / "README.md").write_text(readme(tables), encoding="utf-8")
    for name, (_, rows) in tables.items():
        print(f"{name}.tsv: {len(rows)} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
