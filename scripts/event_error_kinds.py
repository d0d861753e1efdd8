#!/usr/bin/env python3
"""Count what kind of mistake each missed gold event is, without listing them.

Usage:
    akhbar eval facts --gold DIR --errors 2>&1 >/dev/null | python3 scripts/event_error_kinds.py [--by-type]

With --by-type, each kind is also counted per PLOVER type (still counts only).

For every `event missed` line of `akhbar eval facts --errors`, looks for a system event of the
same type at the same trigger among the `event extra` lines of that paragraph and prints how
many missed events fall in each kind: no such system event; source right or wrong; target
right, wrong, or left empty by the system. Only counts are printed, so a set kept apart from
rule writing (see eval/gold/facts-unseen4/README.md) can tell where the rules fail in general
without showing its items. Names are compared loosely (search-form containment or a shared
word of four letters or more), so the kinds are indicative. Standard library only.
"""
import ast
import re
import sys
from collections import Counter

MISSED = re.compile(r'(\S+): event missed: (\w+) Some\("(.*?)"\) (\[.*?\]) -> (\[.*?\])$')
EXTRA = re.compile(r'(\S+): event extra: (\w+) "(.*?)" (\[.*?\]) -> (\[.*?\])$')
FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي"})


def norm(s):
    return s.translate(FOLD)


def same_name(g, s):
    g, s = norm(g), norm(s)
    return g in s or s in g or any(w in s.split() for w in g.split() if len(w) > 3)


def same_actors(gold, system):
    if not gold or not system:
        return not gold and not system
    return all(any(same_name(g, s) for s in system) for g in gold) and all(
        any(same_name(g, s) for g in gold) for s in system
    )


def actors(debug_list):
    """A Rust debug list of strings («["a", "b"]»), whose escapes are Rust's
    («\\u{64f}»), as a Python list."""
    python = re.sub(r"\\u\{([0-9a-fA-F]+)\}", lambda m: chr(int(m[1], 16)), debug_list)
    return ast.literal_eval(python)


def main():
    missed, extra = [], []
    for line in sys.stdin:
        line = line.strip()
        for pattern, out in ((MISSED, missed), (EXTRA, extra)):
            m = pattern.match(line)
            if m:
                out.append((m[1], m[2], norm(m[3]), actors(m[4]), actors(m[5])))
    kinds = Counter()
    by_type = Counter()
    for doc, kind, trigger, source, target in missed:
        found = [
            e for e in extra
            if e[0] == doc and e[1] == kind and (trigger in e[2] or e[2] in trigger)
        ]
        if not found:
            kinds["no system event of that type at the trigger"] += 1
            by_type[(kind, "no system event of that type at the trigger")] += 1
            continue
        _, _, _, sys_source, sys_target = found[0]
        src = "source right" if same_actors(source, sys_source) else "source wrong"
        if same_actors(target, sys_target):
            tgt = "target right"
        elif not sys_target:
            tgt = "target left empty"
        elif not target:
            tgt = "target where gold has none"
        else:
            tgt = "target wrong"
        kinds[f"{src}, {tgt}"] += 1
        by_type[(kind, f"{src}, {tgt}")] += 1
    for kind, n in kinds.most_common():
        print(f"{n:4}  {kind}")
    if "--by-type" in sys.argv[1:]:
        for (kind, what), n in sorted(by_type.items(), key=lambda x: (-x[1], x[0])):
            print(f"{n:4}  {kind}: {what}")
        extra_types = Counter(e[1] for e in extra)
        print("extra system events by type: " + ", ".join(f"{k} {n}" for k, n in extra_types.most_common()))
    print(f"{len(missed):4}  missed events in all; {len(extra)} extra system events")


if __name__ == "__main__":
    main()
