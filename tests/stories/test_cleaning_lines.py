"""The line model's second opinion on the lines the rules keep (stories/cleaning/lines.py): a short line shaped
like another page's headline inside the article goes, the article's headings, figures, sentences and lists stay;
the weights are a data file the training command writes from annotated pages. The lines and bodies are made up."""

import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from stories.cleaning import lines
from stories.cleaning.document import rules_page
from stories.cleaning.lines import FEATURES, LINE_MODEL_REASON, ORPHAN_LABEL_REASON
from stories.management.commands.train_lines import fit

from .cleaning_samples import BODIES, TITLES, clean

OTHER_HEADLINE = "Tourists Flock To Mountain Villages As Snow Arrives"
SECOND_HEADLINE = "Ski Resorts Open Early After Heavy Snowfall"

HEADINGS = {
    "en": "Flood defences for the harbour district",
    "de": "Hochwasserschutz für das Hafenviertel",
    "fr": "La protection contre les crues du quartier du port",
    "es": "La defensa contra inundaciones del barrio del puerto",
}


def _role(doc, text: str) -> tuple[str, str]:
    return next((b.role, b.reason) for b in doc.blocks if b.text == text)


def test_other_pages_headlines_inside_the_article_are_removed():
    # a block of other pages' headlines between two paragraphs; a lone line in title case there reads as the
    # article's section heading (see test_the_headings_of_an_article_divided_into_sections_stay): on the page dumps
    # of eval/pages-tune a model learned without them took more such headings than headlines for furniture
    body = BODIES["en"]
    doc = clean(TITLES["en"], body[0], OTHER_HEADLINE, SECOND_HEADLINE, *body[1:])
    assert _role(doc, OTHER_HEADLINE) == ("removed", LINE_MODEL_REASON)
    assert _role(doc, SECOND_HEADLINE) == ("removed", LINE_MODEL_REASON)
    assert OTHER_HEADLINE not in doc.body and SECOND_HEADLINE not in doc.body
    assert all(paragraph in doc.body for paragraph in body)


@pytest.mark.parametrize("lang", sorted(HEADINGS))
def test_a_heading_in_the_articles_words_stays(lang):
    body = BODIES[lang]
    doc = clean(TITLES[lang], body[0], body[1], HEADINGS[lang], *body[2:])
    assert _role(doc, HEADINGS[lang]) == ("body", "")


@pytest.mark.parametrize(
    "headings",
    [
        ("Inside The Council Debate", "The Road Ahead For Riverton"),
        ("Three Pillars Of The Harbour Plan", "Voices From The Opposition"),
        ("A Long Debate", "What Happens Next?"),
    ],
)
def test_the_headings_of_an_article_divided_into_sections_stay(headings):
    # headings in title case between the article's paragraphs, whose words the next paragraph need not use: the
    # article's sections, not other pages' headlines
    body = BODIES["en"]
    doc = clean(TITLES["en"], body[0], body[1], headings[0], body[2], headings[1], body[3])
    assert [_role(doc, h) for h in headings] == [("body", ""), ("body", "")]


@pytest.mark.parametrize(
    "line",
    [
        "Tourists Flock To 12 Mountain Villages",  # a figure: the rules' tables and stamps decide
        "Key Provisions Of The Harbour Deal:",  # a list's introduction
        "Tourists Flock To Mountain Villages.",  # a sentence
    ],
)
def test_lines_that_carry_the_articles_facts_are_not_judged(line):
    body = BODIES["en"]
    doc = clean(TITLES["en"], body[0], line, *body[1:])
    assert _role(doc, line)[0] == "body"


def test_the_dumps_last_line_cut_inside_a_word_stays():
    body = BODIES["en"]
    doc = clean(TITLES["en"], *body, "Harbour district's flood defen")
    assert doc.body.endswith("Harbour district's flood defen")


@pytest.fixture
def weights_file(tmp_path, monkeypatch):
    path = tmp_path / "line_weights.json"
    monkeypatch.setattr(lines, "WEIGHTS_FILE", path)
    lines.line_model.cache_clear()
    yield path
    lines.line_model.cache_clear()


def test_without_weights_the_rules_decide_alone(weights_file):
    body = BODIES["en"]
    doc = clean(TITLES["en"], body[0], OTHER_HEADLINE, *body[1:])
    assert _role(doc, OTHER_HEADLINE) == ("body", "")


def test_weights_of_other_features_are_refused(weights_file):
    weights_file.write_text(json.dumps({"features": ["length"], "weights": [1.0], "bias": 0.0, "threshold": 0.5}))
    with pytest.raises(ValueError, match="trained on other features"):
        clean(TITLES["en"], *BODIES["en"])


# a picture's caption as long as a paragraph, without a sentence's end
LONG_CAPTIONS = {
    "en": "The mayor greets supporters at the closing rally of her campaign on the main square of Riverton on Tuesday",
    "de": "Die Bürgermeisterin begrüßt Anhänger bei der Abschlusskundgebung ihres Wahlkampfs auf dem Marktplatz von "
    "Flussheim am Dienstag",
    "fr": "La maire salue ses partisans lors du dernier meeting de sa campagne sur la grand-place de Rivebourg mardi",
    "es": "La alcaldesa saluda a sus simpatizantes en el mitin de cierre de su campaña en la plaza mayor de Riberalta "
    "el martes",
}


def _weights(long_bias: float | None) -> str:
    """Weights under which no short line is furniture and, with long_bias, every long line the model judges is."""
    data = {"features": list(FEATURES), "weights": [0.0] * len(FEATURES), "bias": -30.0, "threshold": 0.4}
    if long_bias is not None:
        data["long"] = {"weights": [0.0] * len(FEATURES), "bias": long_bias, "threshold": 0.9}
    return json.dumps(data)


@pytest.mark.parametrize("lang", sorted(LONG_CAPTIONS))
def test_a_long_line_without_a_sentences_end_is_judged_by_the_long_lines_weights(lang, weights_file):
    weights_file.write_text(_weights(long_bias=30.0))
    body, caption = BODIES[lang], LONG_CAPTIONS[lang]
    doc = clean(TITLES[lang], body[0], caption, *body[1:])
    assert _role(doc, caption) == ("removed", LINE_MODEL_REASON)
    # the article's paragraphs end their sentences: never judged, however sure the long lines' weights are
    assert all(paragraph in doc.body for paragraph in body)


@pytest.mark.parametrize("lang", sorted(LONG_CAPTIONS))
def test_a_long_line_goes_only_where_the_long_lines_weights_are_all_but_sure(lang, weights_file):
    # probability 0.5: furniture for a short line's threshold (0.4), not for a long line's (0.9)
    weights_file.write_text(_weights(long_bias=0.0))
    body, caption = BODIES[lang], LONG_CAPTIONS[lang]
    doc = clean(TITLES[lang], body[0], caption, *body[1:])
    assert _role(doc, caption) == ("body", "")


def test_without_long_lines_weights_the_rules_decide_long_lines(weights_file):
    weights_file.write_text(_weights(long_bias=None))
    body, caption = BODIES["en"], LONG_CAPTIONS["en"]
    doc = clean(TITLES["en"], body[0], caption, *body[1:])
    assert _role(doc, caption) == ("body", "")


def test_a_long_line_ending_the_dump_is_the_articles_last_paragraph_cut(weights_file):
    weights_file.write_text(_weights(long_bias=30.0))
    body, caption = BODIES["en"], LONG_CAPTIONS["en"]
    doc = clean(TITLES["en"], *body, caption)
    assert _role(doc, caption) == ("body", "")


def _part(folder, furniture: list[str]):
    """A made-up annotated part: articles whose related headlines (after the article) and long caption (inside
    it) are annotated furniture."""
    (folder / "articles").mkdir(parents=True)
    gold = {}
    for k, lang in enumerate(sorted(BODIES)):
        name = f"{k}.txt"
        body, caption = BODIES[lang], LONG_CAPTIONS[lang]
        page = [TITLES[lang], body[0], caption, *body[1:], *furniture]
        (folder / "articles" / name).write_text("\n\n".join(page), encoding="utf-8")
        gold[name] = {"body_includes": body[:2], "body_excludes": [*furniture, caption], "language": lang}
    (folder / "gold.json").write_text(json.dumps({"articles": gold}), encoding="utf-8")
    return folder


def test_training_writes_weights_the_cleaner_reads(tmp_path, weights_file, capsys):
    related = ["Tourists Flock To Mountain Villages", "Snow Arrives Early In The North", "Ferry Strike Ends"]
    one, two = (_part(tmp_path / name, related) for name in ("one", "two"))
    # a part is a folder of articles/ and gold.json, or ARTICLES_DIR:GOLD_FILE
    parts = [str(one), f"{two / 'articles'}:{two / 'gold.json'}"]
    call_command("train_lines", *parts, "--threshold", "0.5", "--write")
    data = json.loads(weights_file.read_text(encoding="utf-8"))
    assert data["features"] == list(FEATURES) and len(data["weights"]) == len(FEATURES)
    assert data["trained_on"] == ["one", "two"] and data["threshold"] == 0.5
    # the long lines' weights apart, with a threshold of their own
    assert len(data["long"]["weights"]) == len(FEATURES) and data["long"]["threshold"] == 0.9
    assert lines.line_model() is not None and lines.line_model().long is not None
    out = capsys.readouterr().out
    assert "one: of the lines the rules keep" in out and "wrote line_weights.json" in out
    assert "short lines:" in out and "long lines:" in out
    # the totals over every part left out, and at the other thresholds: what the thresholds are chosen by
    assert "all parts: of the lines the rules keep" in out and "  at 0.9: of the lines the rules keep" in out


def _sources(folder, events: list[str]) -> None:
    """A sources.tsv naming each of the part's pages' event, as eval/pages-tune and the corpus parts have."""
    rows = ["file\turl\tevent\tdomain\tlanguage\tdecoy"]
    rows += [f"{k}.txt\thttps://example.org/{k}\t{event}\tdisasters\ten\tno" for k, event in enumerate(events)]
    (folder / "sources.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def test_a_part_listing_its_events_is_left_out_event_by_event(tmp_path, weights_file, capsys):
    # pages of one event share an outlet's furniture: a model is judged on an event whose pages it never learned
    related = ["Tourists Flock To Mountain Villages", "Snow Arrives Early In The North", "Ferry Strike Ends"]
    pages, other = _part(tmp_path / "pages-tune", related), _part(tmp_path / "x-tune", related)
    _sources(pages, ["Flood A", "Flood A", "Fire B", "Quake C"])
    call_command("train_lines", str(pages), str(other))
    out = capsys.readouterr().out
    assert "pages-tune (left out event by event, 3 events): of the lines the rules keep" in out
    # a part without sources.tsv is left out whole
    assert "x-tune: of the lines the rules keep" in out
    assert not weights_file.exists()


def test_the_default_thresholds_are_the_ones_chosen_by_the_left_out_report(tmp_path, weights_file):
    related = ["Tourists Flock To Mountain Villages", "Snow Arrives Early In The North", "Ferry Strike Ends"]
    one, two = (_part(tmp_path / name, related) for name in ("one", "two"))
    call_command("train_lines", str(one), str(two), "--write")
    data = json.loads(weights_file.read_text(encoding="utf-8"))
    assert (data["threshold"], data["long"]["threshold"]) == (0.5, 0.9)


@pytest.mark.parametrize("lang", sorted(LONG_CAPTIONS))
def test_a_page_without_a_paragraph_of_prose_is_not_judged(lang, weights_file):
    # the one long line the rules keep, running on without a sentence's end, is the article: the model judges no
    # line of such a page, however sure its weights are, and its features are not read (nothing to learn from)
    weights_file.write_text(_weights(long_bias=30.0))
    caption, page_lines = LONG_CAPTIONS[lang], [TITLES[lang], LONG_CAPTIONS[lang]]
    doc = clean(*page_lines)
    assert _role(doc, caption) == ("body", "")
    page = rules_page("\n\n".join(page_lines))
    assert lines.line_rows(page) == [None] * page.n


def test_training_without_long_lines_leaves_them_to_the_rules(tmp_path, weights_file, capsys):
    # pages whose lines are all short or end their sentences: no long weights are written, and the cleaner
    # reading the file judges no long line
    body, related = BODIES["en"], ["Tourists Flock To Mountain Villages", "Ferry Strike Ends"]
    for name in ("one", "two"):
        (tmp_path / name / "articles").mkdir(parents=True)
        page = "\n\n".join([TITLES["en"], *body, *related])
        (tmp_path / name / "articles" / "0.txt").write_text(page, encoding="utf-8")
        gold = {"0.txt": {"body_includes": body[:2], "body_excludes": related, "language": "en"}}
        (tmp_path / name / "gold.json").write_text(json.dumps({"articles": gold}), encoding="utf-8")
    call_command("train_lines", str(tmp_path / "one"), str(tmp_path / "two"), "--write")
    assert "long" not in json.loads(weights_file.read_text(encoding="utf-8"))
    assert "no line of this length to learn from" in capsys.readouterr().out
    assert lines.line_model().long is None


def test_fit_learns_which_side_a_feature_points_to():
    width = len(FEATURES)
    furniture = [([1.0] + [0.0] * (width - 1), 1, False, True)] * 20
    article = [([0.0] * width, 0, True, True)] * 20
    weights, bias = fit(furniture + article)
    assert weights[0] > 0 > bias


def test_training_refuses_a_held_out_part_and_a_threshold_that_is_no_probability(tmp_path, weights_file):
    related = ["Tourists Flock To Mountain Villages", "Snow Arrives Early In The North", "Ferry Strike Ends"]
    tuning, held_out = (_part(tmp_path / name, related) for name in ("x-tune", "x-heldout"))
    with pytest.raises(CommandError, match="x-heldout is held out for evaluation"):
        call_command("train_lines", str(tuning), str(held_out), "--write")
    with pytest.raises(CommandError, match="between 0 and 1, not 1.5"):
        call_command("train_lines", str(tuning), "--threshold", "1.5", "--write")
    with pytest.raises(CommandError, match="between 0 and 1, not 0"):
        call_command("train_lines", str(tuning), "--long-threshold", "0", "--write")
    assert not weights_file.exists()


def test_training_refuses_a_part_without_articles_or_gold(tmp_path, weights_file):
    with pytest.raises(CommandError, match="no articles and gold file at"):
        call_command("train_lines", str(tmp_path / "nowhere"))
    assert not weights_file.exists()


def test_a_label_whose_lines_are_gone_goes_with_them():
    # inside the article, above other pages' headlines the line model removes: the label goes too, the article stays
    body = BODIES["en"]
    doc = clean(
        TITLES["en"], body[0], body[1], "Where tourists go in winter:", OTHER_HEADLINE, SECOND_HEADLINE, *body[2:]
    )
    assert _role(doc, "Where tourists go in winter:") == ("removed", ORPHAN_LABEL_REASON)
    assert all(paragraph in doc.body for paragraph in body)


def test_a_label_above_the_articles_list_stays():
    body = BODIES["en"]
    doc = clean(TITLES["en"], body[0], "The plan in short:", "• New flood defences", "• A renovated library", *body[1:])
    assert _role(doc, "The plan in short:") == ("body", "")
