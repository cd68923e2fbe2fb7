"""Sentence splitting: offsets, stops, and linear time on runs of stop marks."""

import time

from verification.engine.segment import split_sentences


def _sentences(text):
    return [text[a:b] for a, b in split_sentences(text)]


def test_runs_of_marks_end_one_sentence():
    assert _sentences("He left... Then she came!! Really?! Yes.") == [
        "He left...",
        "Then she came!!",
        "Really?!",
        "Yes.",
    ]


def test_a_run_of_marks_inside_a_word_is_no_stop():
    assert _sentences("Wait...what happened. Next one.") == ["Wait...what happened.", "Next one."]


def test_a_long_run_of_marks_without_a_space_is_linear():
    short, long_ = "a" + "." * 5_000 + "x", "a" + "." * 50_000 + "x"
    t0 = time.perf_counter()
    assert _sentences(short) == [short]
    t1 = time.perf_counter()
    assert _sentences(long_) == [long_]
    t2 = time.perf_counter()
    # ten times the text costs about ten times the work, not a hundred (quadratic took seconds here)
    assert t2 - t1 < max(50 * (t1 - t0), 0.05)
