#!/usr/bin/env bash
# HTML page → analyzed article throughput of `akhbar analyze`, on one worker
# thread (--jobs 1), over COPIES copies of the evaluation pages
# (eval/html/pages: 21 outlet-like pages) and, when ../shared is present,
# the three real pages of ../shared/data/html-arabic. Prints pages/s by wall
# time and by CPU time (user+sys; steadier on a shared machine), for the
# whole process (model loading included) with all layers, and the text layer only.
#
#   cargo build --release -p akhbar-cli
#   bash scripts/bench/html_throughput.sh [COPIES]     # default 20
set -euo pipefail
cd "$(dirname "$0")/../.."
copies="${1:-20}"
akhbar="${AKHBAR:-${CARGO_TARGET_DIR:-target}/release/akhbar}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for set in built real; do
  mkdir -p "$tmp/$set"
  if [ "$set" = built ]; then
    srcs=(eval/html/pages/*/source.html)
  else
    [ -d ../shared/data/html-arabic ] || { echo "skipping real pages: ../shared missing" >&2; continue; }
    srcs=(../shared/data/html-arabic/*/source.html)
  fi
  n=0
  for c in $(seq 1 "$copies"); do
    for s in "${srcs[@]}"; do
      n=$((n + 1))
      cp "$s" "$tmp/$set/p$n.html"
    done
  done
  bytes=$(cat "$tmp/$set"/*.html | wc -c)
  for mode in all text-only; do
    flags=(--jobs 1 --format jsonl --no-progress)
    [ "$mode" = text-only ] && flags+=(--no-entities)
    /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" "$akhbar" analyze "${flags[@]}" "$tmp/$set" > "$tmp/out.jsonl"
    read -r wall user sys rss < "$tmp/time"
    docs=$(wc -l < "$tmp/out.jsonl")
    python3 - "$set" "$mode" "$n" "$docs" "$bytes" "$wall" "$user" "$sys" "$rss" <<'PY'
import sys
s, mode, n, docs, b, wall, user, sys_, rss = sys.argv[1:]
n, docs, b = int(n), int(docs), int(b)
wall, cpu = float(wall), float(user) + float(sys_)
print(f"{s:5} {mode:9}: {docs}/{n} pages ({b/n/1024:.0f} KiB avg): {n/wall:6.0f} pages/s wall, {n/cpu:6.0f} pages/s CPU "
      f"(wall {wall:.2f}s, CPU {cpu:.2f}s, peak RSS {int(rss)/1024:.0f} MiB)")
PY
  done
done
