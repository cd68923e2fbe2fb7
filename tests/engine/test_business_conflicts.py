"""Conflicts in business stories: one company's figure that reports give differently is one fact in conflict;
figures that may both be true (two rates of one bank, a move far from another) stay apart."""

import pytest

FALL_17 = [
    ("en", "Shares of Norvex fell 17% on the stock exchange."),
    ("de", "Die Aktie von Norvex fiel um 17 Prozent."),
    ("fr", "L'action de Norvex a chuté de 17%."),
    ("en", "The stock of Norvex plunged 17 percent."),
]
FALL_15 = [
    ("es", "Las acciones de Norvex cayeron un 15%."),
    ("en", "Shares of Norvex fell 15% on the stock exchange."),
    ("fr", "L'action de Norvex a chuté de 15%."),
    ("de", "Die Aktie von Norvex fiel um 15 Prozent."),
]


@pytest.mark.parametrize("other", FALL_15)
def test_a_share_fall_told_as_17_and_15_percent_is_one_conflict(checked, other):
    facts = checked(*FALL_17, other, kind="percent")
    assert len(facts) == 1, [(f.key, [c.text for _, c in f.members]) for f in facts]
    assert facts[0].verdict == "conflicting"


def test_a_report_that_takes_the_fall_s_subject_from_another_name_does_not_keep_the_conflict_apart(checked):
    # the German report's sentence names a person before the share: its subject is his, its figure the share's
    wrong = ("de", "Nach der Warnung von Halvard Brenn fiel die Aktie um 17 Prozent.")
    facts = checked(*FALL_17[:3], wrong, FALL_17[3], FALL_15[0], kind="percent")
    assert len(facts) == 1, [(f.key, [c.text for _, c in f.members]) for f in facts]
    assert facts[0].verdict == "conflicting"


def test_a_fact_whose_other_name_is_as_common_as_the_actor_keeps_a_differing_figure_apart(checked):
    # one report names the actor, one another name: nothing says which is the fall's, so 15% is no conflict
    wrong = ("de", "Nach der Warnung von Halvard Brenn fiel die Aktie um 17 Prozent.")
    facts = checked(FALL_17[0], wrong, FALL_15[0], kind="percent")
    assert not any(f.verdict == "conflicting" for f in facts), [(f.key, f.verdict) for f in facts]


def test_a_fall_far_from_another_stays_apart(checked):
    facts = checked(FALL_17[0], ("en", "Shares of Norvex fell 3% on Tuesday."), kind="percent")
    assert len(facts) == 2 and all(f.verdict == "single_source" for f in facts)


def test_two_rates_of_one_bank_stay_apart(checked):
    facts = checked(
        ("en", "The Norvex Bank set its deposit rate at 3.75%."),
        ("en", "The Norvex Bank set its lending rate at 4.25%."),
        kind="percent",
    )
    assert not any(f.verdict == "conflicting" for f in facts), [(f.key, f.verdict) for f in facts]


REVENUE_FALL_15 = [
    ("en", "Norvex's revenue fell 15% last quarter."),
    ("de", "Der Umsatz von Norvex fiel um 15 Prozent."),
    ("fr", "Le chiffre d'affaires de Norvex a chuté de 15%."),
    ("es", "Las ventas de Norvex cayeron un 15%."),
]


CAPACITY_CUT_20 = [
    ("en", "The carmaker Norvex Motors will cut its production capacity by 20%."),
    ("de", "Der Autobauer Norvex Motors will seine Produktionskapazität um 20 Prozent senken."),
    ("fr", "Le constructeur Norvex Motors va réduire sa capacité de production de 20 %."),
    ("es", "El fabricante Norvex Motors reducirá su capacidad de producción en un 20%."),
]
WORKFORCE_CUT_15 = [
    ("en", "Norvex Motors said it will cut 15% of its workforce."),
    ("de", "Norvex Motors kürzt 15 Prozent der Arbeitsplätze."),
    ("fr", "Norvex Motors va réduire 15 % de ses effectifs."),
    ("es", "Norvex Motors recortará un 15% de su plantilla."),
]


@pytest.mark.parametrize(
    "reports, other",
    # a share fall and a revenue fall; a cut of capacity and one of the workforce named after its figure
    [(FALL_17, other) for other in REVENUE_FALL_15] + [(CAPACITY_CUT_20, other) for other in WORKFORCE_CUT_15],
)
def test_changes_of_two_metrics_of_one_company_stay_apart(checked, reports, other):
    facts = checked(*reports, other, kind="percent")
    assert not any(f.verdict == "conflicting" for f in facts), [(f.key, f.verdict) for f in facts]
    changed_15 = [f for f in facts if any("15" in c.text for _, c in f.members)]
    assert len(changed_15) == 1 and len(changed_15[0].members) == 1


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_cuts_of_the_workforce_named_before_or_after_the_figure_are_one_fact(checked, lang):
    after = dict(WORKFORCE_CUT_15)[lang]
    before = {
        "en": "Norvex Motors will reduce its workforce by 15%.",
        "de": "Norvex Motors will die Belegschaft um 15 Prozent verkleinern.",
        "fr": "Norvex Motors va réduire ses effectifs de 15 %.",
        "es": "Norvex Motors reducirá su plantilla en un 15%.",
    }[lang]
    facts = checked((lang, after), (lang, before), kind="percent")
    assert len(facts) == 1 and facts[0].verdict == "corroborated", [(f.key, f.verdict) for f in facts]


def test_one_article_s_falls_of_two_metrics_are_two_figures(checked):
    # "Son action perdait plus de 19%" is the share's fall, "de plus de 20%" the cut in capital spending
    facts = checked(
        (
            "fr",
            "Norvex compte réduire ses dépenses en capital de plus de 20% cette année. "
            "Son action perdait plus de 19% lors des échanges électroniques.",
        ),
        kind="percent",
    )
    assert len(facts) == 2, [(f.key, [c.text for _, c in f.members]) for f in facts]
