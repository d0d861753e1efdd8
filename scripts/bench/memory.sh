#!/usr/bin/env bash
# Peak RSS and wall time of akhbar's streaming filters against input size.
#
# `akhbar tokenize --stem`, `akhbar normalize` and `akhbar tokenize --segment` stream
# line by line and cut lines longer than 1 MiB into pieces, so their peak RSS should be
# flat in the input size. This script checks that on:
#   lines-10MB / lines-50MB / lines-200MB   the news corpus repeated, cut at a line end
#   oneline-200MB   the corpus with every newline replaced by a space: one 200 MB line
#   word-200MB      one Arabic word (مدرسة) repeated with no space and no newline
#   marks-200MB     a letter carrying 500 fatha marks (ب + 500 × U+064E), repeated,
#                   no space and no newline (the cleaner drops marks beyond 3)
# and prints a table of command, input, size, max RSS (GNU time %M), wall time and MB/s.
#
# Usage:
#   scripts/bench/memory.sh                       # all commands, all inputs
#   SIZES="10 50" SHAPES="lines" scripts/bench/memory.sh      # a quick check
#   COMMANDS="stem" scripts/bench/memory.sh
# Environment:
#   AKHBAR    akhbar binary (default <repo>/target/release/akhbar; build it with
#             cargo build --release -p akhbar-cli)
#   CORPUS    corpus text (default /tmp/akhbar-bench/saudinewsnet.txt, made with
#             scripts/bench/make_corpus.py when missing)
#   WORK      folder for the generated inputs (default /tmp/akhbar-mem; must be under /tmp;
#             the inputs are kept for reruns, delete the folder when done)
#   SIZES     sizes in MB (1e6 bytes) of the repeated-corpus inputs (default "10 50 200")
#   BIG       size in MB of the oneline/word/marks inputs (default 200)
#   SHAPES    which inputs: any of lines oneline word marks (default all four)
#   COMMANDS  which commands: any of stem normalize segment (default all three)
#   TIMEOUT   seconds before one run is stopped and reported as "timeout" (default 600)
#   CPU       pin every run to this CPU with taskset -c (default 0; "none" = no pinning)
#   TSV       also append the rows to this file (tab-separated)
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
AKHBAR="${AKHBAR:-$REPO/target/release/akhbar}"
CORPUS="${CORPUS:-/tmp/akhbar-bench/saudinewsnet.txt}"
WORK="${WORK:-/tmp/akhbar-mem}"
SIZES="${SIZES:-10 50 200}"
BIG="${BIG:-200}"
SHAPES="${SHAPES:-lines oneline word marks}"
COMMANDS="${COMMANDS:-stem normalize segment}"
TIMEOUT="${TIMEOUT:-600}"
CPU="${CPU:-0}"
TSV="${TSV:-}"

case "$WORK" in
  /tmp/*) ;;
  *) echo "memory.sh: WORK must be under /tmp (got $WORK)" >&2; exit 2 ;;
esac
if [[ ! -x "$AKHBAR" ]]; then
  echo "memory.sh: akhbar binary not found: $AKHBAR (cargo build --release -p akhbar-cli)" >&2
  exit 2
fi
if [[ ! -x /usr/bin/time ]]; then
  echo "memory.sh: GNU time (/usr/bin/time) is missing: apt-get install -y time" >&2
  exit 2
fi
PIN=()
if [[ "$CPU" != "none" ]]; then
  if command -v taskset >/dev/null; then
    PIN=(taskset -c "$CPU")
  else
    echo "memory.sh: taskset not found; runs are not pinned" >&2
  fi
fi
if [[ ! -s "$CORPUS" ]]; then
  echo "memory.sh: making the corpus $CORPUS" >&2
  python3 "$REPO/scripts/bench/make_corpus.py" "$CORPUS" >&2
fi
mkdir -p "$WORK"

# make_input SHAPE MB -> prints the path of the input file (made once, then reused).
make_input() {
  local shape="$1" mb="$2"
  local path="$WORK/$shape-${mb}MB.txt"
  if [[ ! -s "$path" ]]; then
    python3 - "$shape" "$mb" "$CORPUS" "$path.tmp" <<'PY'
import sys

shape, mb, corpus, out = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
n = mb * 1_000_000
with open(corpus, "rb") as f:
    base = f.read()
if shape in ("lines", "oneline"):
    unit = base if shape == "lines" else base.replace(b"\r", b" ").replace(b"\n", b" ")
    sep = b"\n" if shape == "lines" else b" "
    with open(out, "wb") as w:
        left = n
        while left > 0:
            chunk = unit[:left]
            if len(chunk) < len(unit):
                # Cut after the last separator, so no UTF-8 character is split.
                chunk = chunk[: chunk.rfind(sep) + 1]
                if not chunk:
                    break
            w.write(chunk)
            left -= len(chunk)
            if len(chunk) < len(unit):
                break
elif shape == "word":
    unit = "مدرسة".encode()  # 10 bytes
    with open(out, "wb") as w:
        block = unit * (1_000_000 // len(unit))
        for _ in range(n // len(block)):
            w.write(block)
        w.write(unit * ((n % len(block)) // len(unit)))
elif shape == "marks":
    unit = ("ب" + "\u064e" * 500).encode()  # 1002 bytes
    with open(out, "wb") as w:
        for _ in range(n // len(unit)):
            w.write(unit)
else:
    sys.exit(f"unknown shape {shape}")
PY
    mv "$path.tmp" "$path"
  fi
  echo "$path"
}

cmd_args() {
  case "$1" in
    stem) echo "tokenize --stem" ;;
    normalize) echo "normalize" ;;
    segment) echo "tokenize --segment" ;;
    *) echo "memory.sh: unknown command $1" >&2; exit 2 ;;
  esac
}

inputs=()
for shape in $SHAPES; do
  if [[ "$shape" == lines ]]; then
    for mb in $SIZES; do inputs+=("$(make_input lines "$mb")"); done
  else
    inputs+=("$(make_input "$shape" "$BIG")")
  fi
done

echo "akhbar: $AKHBAR"
echo "pinned: ${PIN[*]:-no}   timeout: ${TIMEOUT}s   MB = 1e6 bytes, RSS in MiB (GNU time %M)"
printf '%-20s %-16s %9s %11s %9s %8s %10s %s\n' command input MB "maxRSS MiB" "wall s" "MB/s" "out MB" status
printf '%s\n' "--------------------------------------------------------------------------------------------------"
stats="$(mktemp /tmp/akhbar-mem-time.XXXXXX)"
outcount="$(mktemp /tmp/akhbar-mem-out.XXXXXX)"
trap 'rm -f "$stats" "$outcount"' EXIT
for cmd in $COMMANDS; do
  read -r -a args <<<"$(cmd_args "$cmd")"
  for input in "${inputs[@]}"; do
    bytes=$(stat -c %s "$input")
    set +e
    # wc -c counts the output without keeping it; GNU time measures akhbar alone.
    /usr/bin/time -f '%M %e' -o "$stats" \
      timeout "$TIMEOUT" "${PIN[@]}" "$AKHBAR" "${args[@]}" "$input" | wc -c >"$outcount"
    rc=${PIPESTATUS[0]}
    set -e
    # GNU time puts "Command exited with non-zero status N" first when the run failed.
    read -r rss_kib wall < <(tail -n 1 "$stats") || true
    case "$rc" in
      0) status=ok ;;
      124) status=timeout ;;
      *) status="exit $rc" ;;
    esac
    rss_kib=${rss_kib//[^0-9]/}
    out_bytes=$(cat "$outcount")
    row=$(awk -v c="${args[*]}" -v i="$(basename "$input" .txt)" -v b="$bytes" -v r="${rss_kib:-0}" \
      -v w="${wall:-0}" -v o="$out_bytes" -v s="$status" 'BEGIN {
        mbs = (w > 0) ? sprintf("%.1f", b / 1e6 / w) : "-";
        printf "%-20s %-16s %9.1f %11.1f %9.2f %8s %10.1f %s\n", c, i, b / 1e6, r / 1024, w, mbs, o / 1e6, s }')
    echo "$row"
    if [[ -n "$TSV" ]]; then
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "${args[*]}" "$(basename "$input" .txt)" "$bytes" \
        "${rss_kib:-}" "${wall:-}" "$out_bytes" "$status" >>"$TSV"
    fi
  done
done
