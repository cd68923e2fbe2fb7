"""eval/train_joins.py, the pair scorer's trainer: it labels the pairs the engine's rules leave apart from a part's
gold (mentions found and pinned by the evaluation's own scorer), refuses held-out parts, and writes weights the
engine loads."""

import json
from pathlib import Path

import pytest

from eval import train_joins
from eval.report import SCORER, load_scorer
from verification.engine.pairjoin import FEATURES, JoinModel

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not beside the checkout")

# two reports of one rate cut giving the previous level differently: facts the rules leave apart whose values disagree
TOLD_DIFFERENTLY = [
    ("en", "The ECB cut its deposit rate to 3.75 percent from 4.00 percent."),
    ("en", "The ECB lowered the rate by 0.5 points, taking it from 4.25% to 3.75%."),
]
# one previous level told under two concepts: a pair the rules leave apart whose values agree
TOLD_ALIKE = [
    ("de", "Die EZB senkte den Einlagensatz auf 3,75 Prozent von bisher 4,00 Prozent."),
    ("de", "Die EZB senkte den Zins um 0,25 Prozentpunkte von 4 Prozent auf 3,75 Prozent."),
]


def _export(texts: list[tuple[str, str]]) -> dict:
    return {
        "articles": [
            {"id": i, "origin": f"corpus/{i}.txt", "text": text, "language": lang, "published": "2024-06-06"}
            for i, (lang, text) in enumerate(texts, start=1)
        ],
        "stories": [{"id": 1, "articles": list(range(1, len(texts) + 1))}],
    }


def _gold(verdict: str, first: str, second: str) -> dict:
    return {"facts": [{"id": "R1", "verdict": verdict, "mentions": {"1.txt": [first], "2.txt": [second]}}]}


def _labels(verdict: str) -> list[tuple[float, int]]:
    """(disagree, label) of each pair training learns from, the gold calling both previous levels one fact."""
    pairs = train_joins.part_pairs(_gold(verdict, "4.00 percent", "4.25%"), _export(TOLD_DIFFERENTLY), load_scorer())
    return [(x[FEATURES.index("disagree")], label) for _story, x, _f, _g, label in pairs]


def test_a_join_of_disagreeing_values_is_right_only_where_the_gold_finds_a_conflict():
    """Joining two facts whose values disagree makes a conflict: one gold fact told alike ("29 %" and "un tercio")
    would become a false one, so training counts such a pair two facts; where the gold's sources conflict, one."""
    assert _labels("corroborated") == [(1.0, 0)]
    assert _labels("conflicting") == [(1.0, 1)]


def test_a_mention_is_found_as_the_scorer_finds_it():
    """The gold's quote matches the text with its white space loosely, as the scorer reads it: a quote broken over
    two spaces still labels the pair."""
    pairs = train_joins.part_pairs(
        _gold("conflicting", "4.00  percent", "4.25%"), _export(TOLD_DIFFERENTLY), load_scorer()
    )
    assert [label for *_rest, label in pairs] == [1]


def _part(root: Path, name: str, texts: list[tuple[str, str]], gold: dict) -> str:
    (root / name).mkdir(parents=True)
    (root / name / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (root / "exports").mkdir(exist_ok=True)
    (root / "exports" / f"{name}.json").write_text(json.dumps(_export(texts)), encoding="utf-8")
    return str(root / name)


def test_training_reports_each_part_left_out_and_writes_weights_the_engine_loads(tmp_path, monkeypatch, capsys):
    weights_file = tmp_path / "join_weights.json"
    monkeypatch.setattr(train_joins, "WEIGHTS_FILE", weights_file)
    parts = [
        _part(tmp_path, "x-tune", TOLD_DIFFERENTLY, _gold("conflicting", "4.00 percent", "4.25%")),
        _part(tmp_path, "y-tune", TOLD_ALIKE, _gold("corroborated", "4,00 Prozent", "4 Prozent")),
    ]
    assert train_joins.main(["--exports", str(tmp_path / "exports"), *parts]) == 0
    assert not weights_file.exists()  # without --write it only reports
    out = capsys.readouterr().out
    assert "x-tune: 1 of 1 pairs one fact" in out and "y-tune:" in out and "threshold" in out

    assert train_joins.main(["--exports", str(tmp_path / "exports"), "--threshold", "0.6", "--write", *parts]) == 0
    data = json.loads(weights_file.read_text(encoding="utf-8"))
    assert data["trained_on"] == ["x-tune", "y-tune"] and data["threshold"] == 0.6
    model = JoinModel.from_data(data)
    assert len(model.weights) == len(FEATURES)
    # the file records what it was learned from: the labels' rule, and each part's inputs and pairs
    recorded = data["trained_with"]
    assert recorded["labels"] == train_joins.LABELS and recorded["threshold"] == "given"
    assert recorded["parts"]["x-tune"]["pairs"] == 1 == recorded["parts"]["x-tune"]["one_fact"]
    assert recorded["parts"]["x-tune"]["inputs"] != recorded["parts"]["y-tune"]["inputs"]


def test_training_says_whether_the_weights_in_place_were_learned_from_the_same_inputs(tmp_path, monkeypatch, capsys):
    weights_file = tmp_path / "join_weights.json"
    monkeypatch.setattr(train_joins, "WEIGHTS_FILE", weights_file)
    weights_file.write_text(json.dumps({"trained_with": {"commit": "an older one", "parts": "not kept"}}))
    part = _part(tmp_path, "x-tune", TOLD_DIFFERENTLY, _gold("conflicting", "4.00 percent", "4.25%"))
    args = ["--exports", str(tmp_path / "exports"), part]
    train_joins.main(args)
    assert "records no inputs of its own" in capsys.readouterr().out
    train_joins.main([*args, "--write"])
    written = weights_file.read_text(encoding="utf-8")
    train_joins.main(args)
    assert "was learned from these inputs and labels" in capsys.readouterr().out
    train_joins.main([*args, "--write"])
    assert weights_file.read_text(encoding="utf-8") == written  # the same inputs write the same file
    export = tmp_path / "exports" / "x-tune.json"
    export.write_text(export.read_text(encoding="utf-8").replace("4.25%", "4.50%"), encoding="utf-8")
    train_joins.main(args)
    assert "was learned from other inputs or labels" in capsys.readouterr().out


def test_training_reports_the_weights_in_place_on_the_same_pairs(tmp_path, monkeypatch, capsys):
    """What a new feature or more parts must beat: the weights in place, on the pairs the parts give now, each weight
    read by its feature's name (a feature they lack weighs 0; weights of a feature the engine no longer computes
    cannot be replayed)."""
    weights_file = tmp_path / "join_weights.json"
    monkeypatch.setattr(train_joins, "WEIGHTS_FILE", weights_file)
    part = _part(tmp_path, "x-tune", TOLD_DIFFERENTLY, _gold("conflicting", "4.00 percent", "4.25%"))
    args = ["--exports", str(tmp_path / "exports"), part]
    train_joins.main(args)
    assert "join_weights.json: none in place" in capsys.readouterr().out

    def place(weights: dict[str, float], threshold: float) -> str:
        data = {"features": list(weights), "weights": list(weights.values()), "bias": 0.0, "threshold": threshold}
        weights_file.write_text(json.dumps(data), encoding="utf-8")
        train_joins.main(args)
        return next(line for line in capsys.readouterr().out.splitlines() if line.startswith("join_weights.json"))

    # the one pair disagrees and is one conflicting fact: a model sure of every pair joins it right
    sure = dict.fromkeys(FEATURES[:-1], 0.0) | {"disagree": 10.0}
    line = place(sure, 0.6)
    assert "at its threshold 0.60: x-tune:1/0/0; summed gain +1" in line
    assert f"no weight for {FEATURES[-1]} (read as 0)" in line
    assert "x-tune:0/0/0; summed gain +0" in place(sure | {"disagree": -10.0}, 0.6)
    assert "none in place" in place(sure | {"a feature gone": 1.0}, 0.6)


def test_training_refuses_a_held_out_part(capsys):
    with pytest.raises(SystemExit):
        train_joins.main(["eval/corpus/a-tune", "eval/corpus/a-heldout"])
    assert "held out for evaluation" in capsys.readouterr().err


def test_training_refuses_missing_exports(tmp_path, capsys):
    (tmp_path / "z-tune").mkdir()
    (tmp_path / "z-tune" / "gold.json").write_text('{"facts": []}', encoding="utf-8")
    with pytest.raises(SystemExit):
        train_joins.main(["--exports", str(tmp_path / "nowhere"), str(tmp_path / "z-tune")])
    assert "missing:" in capsys.readouterr().err


def test_training_refuses_to_label_without_the_scorer(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(train_joins, "SCORER", tmp_path / "nowhere" / "score.py")
    part = _part(tmp_path, "x-tune", TOLD_DIFFERENTLY, _gold("conflicting", "4.00 percent", "4.25%"))
    with pytest.raises(SystemExit):
        train_joins.main(["--exports", str(tmp_path / "exports"), part])
    assert "no scorer at" in capsys.readouterr().err
