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


def test_a_german_ordinal_dot_ends_no_sentence():
    assert _sentences("Füllkrug traf in der 73. Minute nur den Pfosten. Danach fiel das Tor.") == [
        "Füllkrug traf in der 73. Minute nur den Pfosten.",
        "Danach fiel das Tor.",
    ]
    assert _sentences("Das Urteil fiel am 3. Januar 2024. Danach ging er.") == [
        "Das Urteil fiel am 3. Januar 2024.",
        "Danach ging er.",
    ]
    assert _sentences("Er spielt seit Jahren in der 2. Bundesliga. Das reicht ihm.") == [
        "Er spielt seit Jahren in der 2. Bundesliga.",
        "Das reicht ihm.",
    ]
    assert _sentences("Neuwahlen gibt es am 30. Juni und am 7. Juli.") == [
        "Neuwahlen gibt es am 30. Juni und am 7. Juli."
    ]


def test_a_number_at_a_real_sentence_end_still_ends_it():
    assert _sentences("Das war im Jahr 2024. Danach kam die Krise.") == [
        "Das war im Jahr 2024.",
        "Danach kam die Krise.",
    ]
    assert _sentences("Er landete auf Platz 3. Danach weinte er.") == ["Er landete auf Platz 3.", "Danach weinte er."]
    assert _sentences("The toll rose to 72. Rescuers kept digging.") == [
        "The toll rose to 72.",
        "Rescuers kept digging.",
    ]
    assert _sentences("Le bilan atteint 48. Les secours continuent.") == [
        "Le bilan atteint 48.",
        "Les secours continuent.",
    ]
    assert _sentences("El balance llega a 57. Siguen buscando.") == ["El balance llega a 57.", "Siguen buscando."]
