"""eval/misses.py: each missed gold fact is counted under the one cause it was missed for."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(
    not (ROOT.parent / "shared" / "eval" / "score.py").exists(), reason="the shared scorer is not beside the checkout"
)

TEXTS = {
    "a.txt": "The fire killed 12 people and injured 23. Officials said 40 homes burned.",
    "b.txt": "The fire killed 12 people and injured 31. Firefighters saved 7 homes.",
}


def claim(article: int, name: str, quote: str) -> dict:
    start = TEXTS[name].index(quote)
    return {"article": article, "start": start, "end": start + len(quote), "text": quote, "value": {}}


def fact(i: int, verdict: str, *claims: dict) -> dict:
    return {"id": i, "story": 1, "key": f"k{i}", "verdict": verdict, "slot": "x", "claims": list(claims)}


def run(tmp_path: Path, facts: list[dict], *args: str) -> str:
    gold = {
        "format": 1,
        "articles": {n: {"language": "en"} for n in TEXTS},
        "stories": [list(TEXTS)],
        "facts": [
            {
                "id": "deaths",
                "story": 0,
                "slot": "deaths",
                "verdict": "corroborated",
                "mentions": {"a.txt": ["12 people"], "b.txt": ["12 people"]},
            },
            {
                "id": "injured",
                "story": 0,
                "slot": "injured",
                "verdict": "conflicting",
                "mentions": {"a.txt": ["23"], "b.txt": ["31"]},
            },
            {
                "id": "homes",
                "story": 0,
                "slot": "homes",
                "verdict": "single_source",
                "mentions": {"a.txt": ["40 homes"]},
            },
            {
                "id": "saved",
                "story": 0,
                "slot": "saved",
                "verdict": "single_source",
                "mentions": {"b.txt": ["7 homes"]},
            },
        ],
    }
    export = {
        "format": 1,
        "articles": [
            {"id": i, "origin": f"x/{n}", "text": t, "language": "en"} for i, (n, t) in enumerate(TEXTS.items(), 1)
        ],
        "stories": [{"id": 1, "articles": [1, 2]}],
        "claims": [],
        "facts": facts,
    }
    (tmp_path / "gold.json").write_text(json.dumps(gold))
    (tmp_path / "export.json").write_text(json.dumps(export))
    out = subprocess.run(
        [
            sys.executable,
            str(ROOT / "eval" / "misses.py"),
            str(tmp_path / "gold.json"),
            str(tmp_path / "export.json"),
            *args,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout


def test_each_missed_fact_has_one_cause(tmp_path):
    out = run(
        tmp_path,
        [
            fact(1, "corroborated", claim(1, "a.txt", "12 people"), claim(2, "b.txt", "12 people")),  # right
            fact(2, "single_source", claim(1, "a.txt", "23")),  # the injured split in two
            fact(3, "single_source", claim(2, "b.txt", "31")),
            fact(4, "corroborated", claim(1, "a.txt", "40 homes"), claim(2, "b.txt", "7 homes")),  # two facts as one
        ],
    )
    lines = out.splitlines()
    assert lines[0] == "4 facts, 3 missed"
    counts = {line.split(maxsplit=1)[1]: int(line.split()[0]) for line in lines[1:]}
    assert counts == {"merged": 2, "split": 1}


def test_an_aligned_fact_with_another_verdict_and_one_never_found(tmp_path):
    out = run(
        tmp_path,
        [
            fact(1, "conflicting", claim(1, "a.txt", "12 people"), claim(2, "b.txt", "12 people")),
            fact(2, "single_source", claim(1, "a.txt", "40 homes")),
        ],
        "--show",
        "wrong verdict",
    )
    assert "1  wrong verdict: corroborated -> conflicting" in out
    assert "2  not found" in out  # the injured and the saved homes: no exported fact holds them
    assert "[deaths] expected corroborated" in out and "sys #1 conflicting k1" in out
