"""Tests of the knowledge-base build (scripts/gen/kb.py), run by scripts/test.

1. The knowledge base shipped in crates/akhbar-extract/data/kb is exactly what
   kb.py makes from the sources in scripts/gen/kb (byte for byte).
2. A malformed source row fails the build, naming the file and line, and
   nothing is written.

Needs babel 2.19.0 (the CLDR version the shipped data was made with).
"""
from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KB_PY = ROOT / "scripts/gen/kb.py"
SRC = ROOT / "scripts/gen/kb"
SHIPPED = ROOT / "crates/akhbar-extract/data/kb"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(KB_PY), *args], capture_output=True, text=True)


class KnowledgeBaseBuild(unittest.TestCase):
    def test_shipped_data_is_what_the_script_makes(self) -> None:
        with tempfile.TemporaryDirectory() as out:
            r = run("--out", out)
            self.assertEqual(r.returncode, 0, r.stderr)
            names = sorted(p.name for p in SHIPPED.iterdir())
            self.assertEqual(names, sorted(p.name for p in Path(out).iterdir()))
            _, mismatch, errors = filecmp.cmpfiles(SHIPPED, out, names, shallow=False)
            self.assertEqual((mismatch, errors), ([], []), "rerun: python3 scripts/gen/kb.py")

    def test_malformed_rows_fail_naming_file_and_line(self) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "src"
            out = Path(tmp) / "out"
            shutil.copytree(SRC, src)
            offices = src / "offices.tsv"
            n = len(offices.read_text(encoding="utf-8").splitlines())
            with offices.open("a", encoding="utf-8") as f:
                f.write("Q7747\tak:role:president\tRUS\t\t2012-13-40\t\n")
            people = src / "people.tsv"
            m = len(people.read_text(encoding="utf-8").splitlines())
            with people.open("a", encoding="utf-8") as f:
                f.write("ak:person:broken\tBroken Row\n")
            r = run("--src", str(src), "--out", str(out))
            self.assertEqual(r.returncode, 1)
            self.assertIn(f"offices.tsv:{n + 1}", r.stderr)
            self.assertIn(f"people.tsv:{m + 1}", r.stderr)
            self.assertFalse(out.exists(), "nothing is written when a row is bad")


if __name__ == "__main__":
    unittest.main(verbosity=2)
