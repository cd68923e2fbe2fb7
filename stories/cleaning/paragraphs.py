"""Paragraph classifier: decides for every paragraph of an article dump whether it is the title,
the dek (standfirst), body, or boilerplate (and which kind), and collects metadata on the way.

It works from features, not from known sentences:

* cue phrases per language for the parts every site has (share buttons, comment widgets,
  "Related" / "Lecturas relacionadas" headings, newsletter boxes, bylines, datelines, disclaimers);
* stop-word density per language (prose has many stop words, menus and headline lists few) and
  language switches (a French box inside an English article);
* title-like lines (short, capitalised, no sentence inside);
* position: the article body is the span between the first and the last "strong" paragraph
  (long prose in the main language that shares vocabulary with the rest); short lines before and
  after it are header and footer;
* repetition (a headline printed twice) and similarity to the article's topic (vocabulary overlap
  with the other body paragraphs): a list of other headlines shares little with it;
* question/answer patterns after the article ("QWhat ...?" / "AThe ...");
* shape and neighbours: lines between the headline and the article that share no word with it (a
  writer's name, a time stamp, a widget's label), the short lines above a picture's credit (its
  caption), a paragraph closed by a picture's credit or label, a time of day standing alone (a live
  page's stamp), a person's name under the lead that the prose never uses (the byline); a sentence
  inside the article's span keeps its place even when it names a date or someone's job.

This module only runs the stages in order and gathers the result. The stages live in flat modules by
role, importing downwards only (a layers contract in pyproject.toml): furniture (cues, Q&A, language
switches, repetition, sections, newsletter boxes) > cues, title, body (dek and roles), span, tails >
publisher, captions > bylines, timestamps, tables > page (Page, Classified) > features (Para) > text.
"""

from __future__ import annotations

from . import budget
from .body import assign_roles, find_dek, resolve_pending
from .bylines import read_author
from .features import Para, features_of
from .furniture import (
    find_main_language,
    mark_cues,
    mark_cut_teasers,
    mark_generated_qa,
    mark_headline_lists,
    mark_language_switches,
    mark_promotion_boxes,
    mark_repetition,
    mark_sections,
    measure_topic,
    name_newsletter_boxes,
)
from .lines import drop_captions_printed_twice, drop_labels_of_removed_lines, drop_unlikely_lines
from .model import Block
from .page import Classified, Page
from .publisher import read_publisher
from .span import find_article_span, keep_sentences_inside_the_article
from .tables import mark_data_lines
from .timestamps import read_published
from .title import find_title, read_title


def classify(paragraphs: list[str], *, title_hint: str = "") -> Classified:
    """Role (title, dek, body, removed and why) of every paragraph, and the page's metadata."""
    page = read_page(paragraphs, title_hint=title_hint)
    if not page.n:
        return Classified(blocks=[])
    return _result(page)


def read_page(paragraphs: list[str], *, title_hint: str = "", stages: tuple = ()) -> Page:
    """The page after the stages (all of them by default): each paragraph's features and role."""
    page = Page(paras=_paragraph_features(paragraphs), title_hint=title_hint)
    if not page.n:
        return page
    for stage in stages or STAGES:
        stage(page)
        budget.check()
    return page


def _paragraph_features(paragraphs: list[str]) -> list[Para]:
    paras = []
    for i, t in enumerate(paragraphs):
        if i % 1024 == 0:
            budget.check()
        paras.append(features_of(i, t))
    return paras


# the rules' stages, then the line model's second opinion on the lines they keep, and the labels of what is gone
RULE_STAGES = (
    find_main_language,
    mark_cues,
    mark_generated_qa,
    mark_language_switches,
    mark_headline_lists,
    mark_cut_teasers,
    find_title,
    mark_repetition,
    measure_topic,
    mark_data_lines,
    mark_sections,
    mark_promotion_boxes,
    find_article_span,
    keep_sentences_inside_the_article,
    find_dek,
    assign_roles,
    resolve_pending,
    name_newsletter_boxes,
)
STAGES = RULE_STAGES + (drop_unlikely_lines, drop_labels_of_removed_lines, drop_captions_printed_twice)


def _result(page: Page) -> Classified:
    """The blocks, title and dek, and the metadata read from the removed header and footer."""
    paras = page.paras
    result = Classified(
        blocks=[Block(text=p.text, role=p.role, reason=p.reason if p.role == "removed" else "") for p in paras]
    )
    result.main_language = page.main
    result.title, title_site = read_title(page)
    result.dek = paras[page.dek_idx].text if page.dek_idx >= 0 else ""
    result.published = read_published(page)
    result.author = read_author(page)
    result.publisher = read_publisher(page, title_site)
    return result
