#!/usr/bin/env bash
# Create a Python venv holding the comparison peers described in /work/shared/peers/README.md.
#
#   scripts/peers/setup.sh [VENV_DIR]        (default: <repo>/.peers, which is gitignored)
#
# Idempotent: packages that already import in the venv are not reinstalled.
# The peers are for benchmark/comparison scripts only, never product dependencies
# (Farasa and others are research-only licensed; see scripts/peers/README.md).
set -euo pipefail

if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
    sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
fi

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VENV_DIR="${1:-$REPO_ROOT/.peers}"
PYTHON="${PYTHON:-python3}"

if [[ ! -x "$VENV_DIR/bin/python" ]]; then
    echo "[setup] creating venv $VENV_DIR"
    "$PYTHON" -m venv "$VENV_DIR"
else
    echo "[setup] venv exists: $VENV_DIR"
fi
PY="$VENV_DIR/bin/python"
PIP=("$PY" -m pip --disable-pip-version-check)

# pip-name:import-name pairs for the normal (with-deps) installs.
MAIN_PEERS=(
    "pystemmer:Stemmer"
    "pyarabic:pyarabic"
    "tashaphyne:tashaphyne"
    "nltk:nltk"
    "trafilatura:trafilatura"
    "lxml_html_clean:lxml_html_clean"
    "farasa:farasa"
)

has_module() { "$PY" -c "import importlib.util,sys; sys.exit(0 if importlib.util.find_spec('$1') else 1)" 2>/dev/null; }

failed=()
missing=()
for pair in "${MAIN_PEERS[@]}"; do
    pkg="${pair%%:*}"; mod="${pair##*:}"
    if has_module "$mod"; then
        echo "[setup] $pkg already installed"
    else
        missing+=("$pkg")
    fi
done
if ((${#missing[@]})); then
    echo "[setup] installing: ${missing[*]}"
    if ! "${PIP[@]}" install "${missing[@]}"; then
        echo "[setup] batch install failed; retrying one by one" >&2
        for pkg in "${missing[@]}"; do
            "${PIP[@]}" install "$pkg" || failed+=("$pkg")
        done
    fi
fi

# camel-tools: the full dependency set pulls torch/transformers; the utils we use need only
# emoji + six (and `regex`, already pulled in by nltk). Installing these first keeps pip's
# resolver quiet; pip still warns about camel-tools' other (unneeded) requirements: expected.
for pair in "emoji:emoji" "six:six" "regex:regex"; do
    pkg="${pair%%:*}"; mod="${pair##*:}"
    if has_module "$mod"; then
        echo "[setup] $pkg already installed"
    else
        "${PIP[@]}" install "$pkg" || failed+=("$pkg")
    fi
done
if has_module camel_tools; then
    echo "[setup] camel-tools already installed"
else
    echo "[setup] installing camel-tools --no-deps"
    "${PIP[@]}" install --no-deps camel-tools || failed+=("camel-tools")
fi

# Smoke test of what the benchmark scripts import.
echo "[setup] checking imports"
"$PY" - <<'PY' || failed+=("import-check")
import importlib, sys
mods = ["Stemmer", "farasa", "farasa.segmentation", "camel_tools.utils.normalize",
        "camel_tools.utils.dediac", "camel_tools.tokenizers.word", "pyarabic.araby",
        "tashaphyne.stemming", "nltk.stem.isri", "trafilatura"]
bad = []
for m in mods:
    try:
        importlib.import_module(m)
        print(f"  ok   {m}")
    except Exception as e:  # report every failure, not only the first
        print(f"  FAIL {m}: {type(e).__name__}: {e}")
        bad.append(m)
sys.exit(1 if bad else 0)
PY

if ((${#failed[@]})); then
    echo "[setup] FAILED: ${failed[*]}" >&2
    exit 1
fi
echo "[setup] done: $VENV_DIR"
