"""`make eval`'s overall line: parts scored in separate databases merge without their ids colliding."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(
    not (ROOT.parent / "shared" / "eval" / "score.py").exists(), reason="the shared scorer is not beside the checkout"
)


def part(tmp_path: Path, name: str, file: str, value: str, verdict: str, domain: str) -> str:
    """A one-article part whose export finds its one fact, with ids that every part reuses."""
    text = f"The toll rose to {value} on Monday."
    start = text.index(value)
    gold = {
        "format": 1,
        "articles": {file: {"language": "en", "body_includes": ["The toll rose"]}},
        "stories": [[file]],
        "events": [{"title": name, "domain": domain, "decoy": False}],
        "facts": [{"id": "f1", "story": 0, "slot": "deaths", "verdict": verdict, "mentions": {file: [value]}}],
    }
    claim = {"article": 1, "start": start, "end": start + len(value), "text": value, "value": {}}
    export = {
        "format": 1,
        "articles": [{"id": 1, "origin": f"x/{file}", "text": text, "language": "en"}],
        "stories": [{"id": 1, "title": name, "state": "draft", "articles": [1]}],
        "claims": [{"id": 1, "kind": "quantity", **claim}],
        "facts": [{"id": 1, "story": 1, "verdict": "single_source", "slot": "deaths", "claims": [claim]}],
    }
    gold_path = tmp_path / f"{name}-gold.json"
    gold_path.write_text(json.dumps(gold))
    (tmp_path / "exports").mkdir(exist_ok=True)
    (tmp_path / "exports" / f"{name}.json").write_text(json.dumps(export))
    return f"{name}={gold_path}"


def report(tmp_path: Path, *args: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, str(ROOT / "eval" / "report.py"), str(tmp_path / "exports"), *args],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip().splitlines()


def test_parts_merge_into_one_line_and_break_down_by_domain_and_split(tmp_path):
    parts = [
        part(tmp_path, "a-tune", "one.txt", "23 people", "single_source", "disasters"),
        part(tmp_path, "b-heldout", "two.txt", "12 seats", "corroborated", "elections"),
    ]
    [overall] = report(tmp_path, *parts)
    assert "fact_alignment=1.00" in overall and "fact_accuracy=0.50" in overall
    by_domain = report(tmp_path, *parts, "--by", "domain")
    assert [line.split()[0] for line in by_domain] == ["disasters", "elections"]
    assert "fact_accuracy=1.00" in by_domain[0] and "fact_accuracy=0.00" in by_domain[1]
    assert [line.split()[0] for line in report(tmp_path, *parts, "--by", "split")] == ["heldout", "tune"]


def test_a_missing_export_is_a_clear_error(tmp_path):
    done = subprocess.run(
        [sys.executable, str(ROOT / "eval" / "report.py"), str(tmp_path), "x=gold.json"], capture_output=True, text=True
    )
    assert done.returncode == 1 and "run make eval" in done.stderr
