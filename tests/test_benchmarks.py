"""The benchmarks' own tools still work: `make bench` builds synthetic sites made by benchmarks/genereer.py, and a
tool that no longer builds would only show when someone measures."""

from __future__ import annotations

import sys

from helpers import ROOT, run_mkdocs

sys.path.insert(0, str(ROOT / "benchmarks"))
from genereer import generate


def test_a_generated_knowledge_base_builds_strict(tmp_path):
    """A small synthetic site, with every kind of page, builds without a warning, as the real site does."""
    project = generate(30, tmp_path / "kb")
    result = run_mkdocs(project, tmp_path / "site", "--strict")
    assert result.returncode == 0, result.stderr[-2000:]
    assert len(list((tmp_path / "site").glob("*/*/index.html"))) >= 30
