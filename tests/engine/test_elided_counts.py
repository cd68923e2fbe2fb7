"""Counts whose noun a figure next to them names: a breakdown by place, a part of a whole, a change from one
figure to the next, an item of a result told party by party; and places named as facts."""

from datetime import date

import pytest

from verification.engine.concepts import concept_label

from .conftest import extracted

PUB = date(2026, 5, 21)


def figures(text, lang, kinds=("count", "measure")):
    """The claims of a text of the given kinds, by their evidence text."""
    return {c.text: c for c in extracted(text, lang, PUB) if c.kind in kinds}


def counts(text, lang):
    return figures(text, lang, kinds=("count",))


@pytest.mark.parametrize(
    "text, lang, item, slot, place",
    [
        ("Of the 72 deaths, 39 were in Wajima, 22 in Suzu and five in Nanao.", "en", "22", "deaths", "suzu"),
        ("Von den 72 Toten gab es 39 in Wajima, 22 in Suzu und fünf in Nanao.", "de", "22", "deaths", "suzu"),
        ("Sur les 72 morts, 39 à Wajima, 22 à Suzu et cinq à Nanao.", "fr", "22", "deaths", "suzu"),
        ("De los 72 muertos, 39 en Wajima, 22 en Suzu y cinco en Nanao.", "es", "22", "deaths", "suzu"),
        ("Of the 72 deaths, 39 were in Wajima, 22 in Suzu and five in Nanao.", "en", "five", "deaths", "nanao"),
    ],
)
def test_an_item_of_a_breakdown_by_place_counts_what_the_figure_before_it_counts(text, lang, item, slot, place):
    c = counts(text, lang)[item]
    assert c.slot == slot and c.extra["scope_of"] == place


@pytest.mark.parametrize(
    "text, lang, part",
    [
        ("Labour won 410 of the 650 seats in the Commons.", "en", "410"),
        ("Labour kann 410 der insgesamt 650 Sitze einnehmen.", "de", "410"),
        ("Le Labour remporte 412 des 650 sièges de la Chambre.", "fr", "412"),
        ("El Labour logra 411 de los 650 escaños.", "es", "411"),
    ],
)
def test_a_part_of_a_whole_counts_the_whole_s_noun(text, lang, part):
    assert counts(text, lang)[part].slot == "seats"


def test_a_whole_after_its_part_counts_the_part_s_noun():
    assert counts("Le parti obtient 411 sièges sur les 650 de la Chambre.", "fr")["650"].slot == "seats"


@pytest.mark.parametrize(
    "text, lang, before",
    [
        ("The SNP fell from 47 to 9 seats.", "en", "47"),
        ("Le SNP passe de 47 à 9 sièges.", "fr", "47"),
        ("El SNP pasa de 47 a 9 escaños.", "es", "47"),
        ("Die SNP fiel von 47 auf 9 Sitze.", "de", "47"),
        ("Die Allianz verbesserte sich im Vergleich zur Wahl von März 2024 von 80 auf 91 Sitze.", "de", "80"),
    ],
)
def test_the_first_figure_of_a_change_is_the_earlier_one(text, lang, before):
    c = counts(text, lang)[before]
    assert c.slot == "seats" and c.extra["stage"] == "previous"


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "The Liberal Democrats rise to 71 seats, the Scottish nationalists of the SNP are left with 9 and the"
            " populists of Reform UK will have 5.",
            "en",
        ),
        (
            "Die Liberaldemokraten steigen auf 71 Sitze, die schottischen Nationalisten der SNP kommen nur noch auf 9"
            " und die Populisten von Reform UK erhalten 5.",
            "de",
        ),
        (
            "Les libéraux-démocrates montent à 71 sièges, les nationalistes écossais du SNP se contentent de 9 et les"
            " populistes de Reform UK en obtiennent 5.",
            "fr",
        ),
        (
            "Los liberales demócratas ascienden hasta los 71 escaños, los nacionalistas escoceses del SNP se quedan"
            " con 9 y los populistas de Reform UK tendrán 5.",
            "es",
        ),
    ],
)
def test_an_item_of_a_result_told_party_by_party_counts_the_seats_of_the_party_it_names(text, lang):
    c = counts(text, lang)
    assert (c["9"].slot, c["9"].subject) == ("seats", "snp")
    assert (c["5"].slot, c["5"].subject) == ("seats", "reform uk")


@pytest.mark.parametrize(
    "text, lang, bare",
    [
        ("Labour won 412 seats while Keir Starmer turned 61.", "en", "61"),  # a person after a party's seats
        ("La Labour obtiene 412 escaños mientras Keir Starmer cumple 61.", "es", "61"),
    ],
)
def test_a_number_that_is_no_item_of_the_result_counts_no_seats(text, lang, bare):
    c = counts(text, lang).get(bare)
    assert c is None or c.slot != "seats"


def test_bare_numbers_with_no_figure_to_name_them_stay_no_claim():
    assert counts("He came 22 in Suzu and left.", "en") == {}


def test_an_item_of_a_breakdown_never_conflicts_with_the_total_of_another_report(checked):
    facts = checked(
        ("en", "The toll rose to 22 deaths in the region on Tuesday."),
        ("en", "Of the 70 deaths, 39 were in Wajima and 22 in Suzu."),
        published=PUB,
    )
    assert not [f for f in facts if f.verdict == "conflicting" and any(c.text == "22" for _, c in f.members)]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("MADRID (Reuters) - Floods destroyed homes in Paiporta on Tuesday.", "en"),
        ("MADRID (dpa) - Die Fluten zerstörten Häuser in Paiporta am Dienstag.", "de"),
        ("MADRID (AFP) - Les inondations ont détruit des maisons à Paiporta mardi.", "fr"),
        ("MADRID (EFE) - Las inundaciones destruyeron casas en Paiporta el martes.", "es"),
    ],
)
def test_a_place_named_is_a_fact_but_not_the_place_a_story_was_filed_from(text, lang):
    cs = extracted(text, lang, PUB)
    named = {c.value["entity"] for c in cs if c.kind == "place" and c.slot == "place"}
    assert named == {"paiporta"}
    assert not [c for c in cs if c.kind == "role"]  # a name after "in" is a place, not a person


def test_a_name_that_owns_what_follows_is_no_place():
    cs = extracted("He served in Donald Trump's cabinet.", "en", PUB)
    assert not [c for c in cs if c.kind == "place"]
    cs = extracted("Carlos Alcaraz gewann. Ein Fremdkörper setzte sich in Alcaraz‘ Auge fest.", "de", PUB)
    assert not [c for c in cs if c.kind == "place"]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Carlos Alcaraz won the final. In Alcaraz, the crowd cheered him on.", "en"),
        ("Carlos Alcaraz gewann das Finale. In Alcaraz feierten die Fans ihn.", "de"),
        ("Carlos Alcaraz a gagné. Le match, où à Alcaraz on a tout pardonné, fut long.", "fr"),
        ("Carlos Alcaraz ganó la final. En Alcaraz celebraron su victoria.", "es"),
    ],
)
def test_the_surname_of_a_person_named_in_full_is_no_place_a_preposition_makes(text, lang):
    cs = extracted(text, lang, PUB)
    assert not [c for c in cs if c.kind == "place"]
    alone = text.split(". ", 1)[1]  # no full name: the preposition makes it a place
    assert [c.value["entity"] for c in extracted(alone, lang, PUB) if c.kind == "place"] == ["alcaraz"]


def test_one_place_in_several_reports_is_one_corroborated_fact(checked):
    facts = checked(
        ("en", "The storm hit homes in Paiporta on Tuesday."),
        ("fr", "La tempête a frappé à Paiporta mardi."),
        published=PUB,
        kind="place",
    )
    (place,) = [f for f in facts if f.slot == "place"]
    assert place.verdict == "corroborated" and len(place.sources) == 2


@pytest.mark.parametrize(
    "text, lang, span",
    [
        ("Both aircraft fell into the Potomac River on Wednesday.", "en", "Potomac River"),
        ("Die Maschinen stürzten in den Fluss Potomac.", "de", "Fluss Potomac"),
        ("Les deux appareils sont tombés dans le fleuve Potomac.", "fr", "fleuve Potomac"),
        ("Ambas aeronaves cayeron a las aguas del río Potomac.", "es", "río Potomac"),
    ],
)
def test_a_place_noun_makes_a_name_a_place_of_one_key_in_every_language(text, lang, span):
    cs = extracted(text, lang, PUB)
    places = [(c.text, c.value["entity"]) for c in cs if c.kind == "place"]
    assert places == [(span, "potomac")]
    assert not [c for c in cs if c.kind == "role"]  # a river is no person


@pytest.mark.parametrize(
    "text, lang, item",
    [
        ("Of the 72 deaths, 39 were in Wajima and 22 in Suzu.", "en", "39"),
        ("Von den 72 Toten waren 39 in Wajima und 22 in Suzu.", "de", "39"),
    ],
)
def test_a_number_before_an_auxiliary_verb_counts_no_thing_but_the_breakdown_s_noun(text, lang, item):
    cs = counts(text, lang)
    assert cs[item].slot == "deaths" and not [c for c in cs.values() if c.slot == "things"]


@pytest.mark.parametrize(
    "text, lang, part, whole",
    [
        ("She was sentenced to four years in prison, two of which are suspended.", "en", "two", "four years"),
        ("Elle a été condamnée à quatre ans de prison, dont deux ferme.", "fr", "deux", "quatre ans"),
        ("Elle a été condamnée à quatre ans de prison dont deux ferme.", "fr", "deux", "quatre ans"),
        ("She was sentenced to four years in prison of which two are suspended.", "en", "two", "four years"),
        ("Sie erhielt vier Jahre Haft, von denen zwei zur Bewährung ausgesetzt sind.", "de", "zwei", "vier Jahre"),
        ("Fue condenada a cuatro años de prisión, dos de ellos en firme.", "es", "dos", "cuatro años"),
        ("Fue condenada a cuatro años de cárcel, de los cuales dos en firme.", "es", "dos", "cuatro años"),
    ],
)
def test_a_part_told_by_a_relative_pronoun_is_of_the_figure_before_it_in_its_unit(text, lang, part, whole):
    found = figures(text, lang)
    p, w = found[part], found[whole]
    assert (p.kind, p.slot, p.extra["part"]) == (w.kind, w.slot, "of_whole")
    assert p.value["low"] * 2 == w.value["low"]  # two of four years: half the term, in days
    assert "part" not in w.extra


@pytest.mark.parametrize(
    "text, lang, part",
    [
        ("The jury was made up of 18 Manhattan residents, six of whom were alternates.", "en", "six"),
        ("Le jury compte 18 habitants de Manhattan, dont six suppléants.", "fr", "six"),
        ("Die Jury bestand aus 18 Geschworenen, von denen sechs Ersatzleute waren.", "de", "sechs"),
        ("El jurado lo forman 18 vecinos de Manhattan, seis de ellos suplentes.", "es", "seis"),
    ],
)
def test_a_part_of_a_count_told_by_a_relative_pronoun_counts_the_count_s_noun(text, lang, part):
    found = figures(text, lang)
    whole = next(c for c in found.values() if c.value["low"] == 18)
    assert found[part].slot == whole.slot and found[part].value["low"] == 6 and found[part].extra["part"]


@pytest.mark.parametrize(
    "text, lang, part, whole",
    [
        ("415 personnes ont été placées en garde à vue, dont 110 dans la capitale.", "fr", "110", 415),
        ("«Le bilan confirmé est désormais de 19 morts», dont neuf à l'extrémité ouest de l'île.", "fr", "neuf", 19),
        ('"The toll now stands at 19 deaths," nine of them in the west of the island.', "en", "nine", 19),
        ("Die Polizei nahm 415 Menschen am Rande der Proteste fest, davon 110 in der Hauptstadt.", "de", "110", 415),
    ],
)
def test_a_part_after_a_clause_or_a_quotation_is_a_part_of_the_figure_before_it(text, lang, part, whole):
    found = figures(text, lang)
    total = next(c for c in found.values() if c.value["low"] == whole)
    assert (found[part].slot, found[part].extra["part"]) == (total.slot, "of_whole")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("She got four years in prison, and two more were added.", "en"),  # no relative pronoun
        ("Le jury compte 18 membres, dont 30 suppléants.", "fr"),  # no smaller than its whole
    ],
)
def test_no_part_without_a_relative_pronoun_or_a_smaller_figure(text, lang):
    assert not [c for c in figures(text, lang).values() if c.extra.get("part")]


def test_a_part_never_conflicts_with_its_whole_in_another_report(checked):
    facts = checked(
        ("fr", "Marine Le Pen a été condamnée à quatre ans de prison, dont deux ferme."),
        ("es", "Marine Le Pen fue condenada a cuatro años de prisión, dos de ellos en firme."),
        ("en", "Marine Le Pen was sentenced to four years in prison."),
        published=PUB,
    )
    assert not [f for f in facts if f.verdict == "conflicting"]
    parts = [f for f in facts if any(c.text in ("deux", "dos") for _, c in f.members)]
    assert len(parts) == 1 and parts[0].verdict == "corroborated" and len(parts[0].members) == 2


@pytest.mark.parametrize(
    "language, label",
    [
        ("en", "Sentence (part of it)"),
        ("de", "Strafmaß (Teil davon)"),
        ("fr", "Peine (partie)"),
        ("es", "Condena (parte)"),
    ],
)
def test_a_part_s_fact_is_labelled_a_part_of_its_whole_s_concept(checked, language, label):
    facts = checked(
        ("fr", "Marine Le Pen a été condamnée à quatre ans de prison, dont deux ferme."),
        ("es", "Marine Le Pen fue condenada a cuatro años de prisión, dos de ellos en firme."),
        published=PUB,
    )
    labels = {concept_label(f.slot, language): sorted(c.text for _, c in f.members) for f in facts}
    assert labels[label] == ["deux", "dos"]
    assert concept_label("sentence", language) in labels  # the whole keeps its plain label


@pytest.mark.parametrize(
    "text, lang, first, item",
    [
        ("The quake had a magnitude of 7.5 according to the USGS and 7.6 according to the JMA.", "en", "7.5", "7.6"),
        ("Das Beben hatte eine Stärke von 7,5 laut USGS und 7,6 laut JMA.", "de", "7,5", "7,6"),
        (
            "Le séisme a atteint une magnitude de 7,5 selon l'USGS (Etats-Unis) et de 7,6 selon la JMA.",
            "fr",
            "7,5",
            "7,6",
        ),
        ("El sismo tuvo una magnitud de 7,5 según el USGS y de 7,6 según la JMA.", "es", "7,5", "7,6"),
        ("We have recovered 27 people from this plane and one from the helicopter.", "en", "27 people", "one"),
        ("Rescataron 27 cuerpos del avión y uno del helicóptero.", "es", "27 cuerpos", "uno"),
    ],
)
def test_an_item_coordinated_with_a_figure_and_told_alike_is_a_figure_of_its_kind(text, lang, first, item):
    found = figures(text, lang)
    assert (found[item].kind, found[item].slot, found[item].value["unit"]) == (
        found[first].kind,
        found[first].slot,
        found[first].value["unit"],
    )
    assert found[item].value["low"] != found[first].value["low"]


@pytest.mark.parametrize(
    "text, lang, bare",
    [
        # told otherwise: no same word after each, or another word before the item
        ("The quake had a magnitude of 7.5 according to the USGS and 12 aftershocks followed.", "en", "12"),
        ("Das Beben hatte eine Stärke von 7,5 laut USGS und bis 12 laut Anwohnern.", "de", "12"),
        # an item of a breakdown by place is the place rule's, with its place
        ("Il avait remporté deux circonscriptions à Berlin et dans une à Leipzig.", "fr", "une"),
    ],
)
def test_a_number_after_and_told_otherwise_is_no_item_of_the_figure(text, lang, bare):
    found = figures(text, lang)
    assert bare not in found or found[bare].extra.get("scope_of")


def test_the_coordinated_item_joins_the_same_figure_of_another_report_and_the_first_stays_apart(checked):
    facts = checked(
        ("fr", "Le séisme a atteint une magnitude de 7,5 selon l'USGS et de 7,6 selon la JMA."),
        ("en", "The Japan Meteorological Agency said the quake had a magnitude of 7.6."),
        published=PUB,
    )
    magnitudes = {tuple(sorted(c.text for _, c in f.members)): f.verdict for f in facts if f.slot == "magnitude"}
    assert magnitudes == {("7,6", "7.6"): "corroborated", ("7,5",): "single_source"}


# a bare number told as another side's count, after a side's count of a crowd in its sentence
@pytest.mark.parametrize(
    "text, lang, rival, low",
    [
        ("Police estimated at least 80,000 people, while organisers said 200,000.", "en", "200,000", 200000),
        (
            "At least 80,000 people took part according to the police, and 200,000 according to the organisers.",
            "en",
            "200,000",
            200000,
        ),
        (
            "Nach Polizeiangaben hatten sich etwa 100.000 Menschen versammelt, die Veranstalter sprechen von 250.000.",
            "de",
            "250.000",
            250000,
        ),
        ("La police a compté 80 000 manifestants, les organisateurs 250 000.", "fr", "250 000", 250000),
        (
            "Más de 200.000 personas según estimaciones policiales –320.000 según los organizadores– se manifestaron.",
            "es",
            "320.000",
            320000,
        ),
    ],
)
def test_a_bare_number_told_as_another_side_s_count_counts_what_that_count_counts(text, lang, rival, low):
    found = counts(text, lang)
    first = next(c for c in found.values() if c is not found[rival])
    assert found[rival].slot == first.slot and found[rival].value["low"] == low
    assert found[rival].extra["by_whom"] == "organisers" != first.extra["by_whom"]


@pytest.mark.parametrize(
    "text, lang",
    [
        # the same side's second figure, or a number no side tells
        ("Police counted 80,000 people at noon; police said 95,000 by night.", "en"),
        ("Die Polizei zählte 80.000 Menschen, um 15 Uhr waren es 90.000.", "de"),
        ("La police a compté 80 000 manifestants dans 200 villes.", "fr"),
        ("80.000 personas marcharon en la ciudad, 200 según los organizadores.", "es"),
    ],
)
def test_a_number_no_other_side_tells_is_no_rival_count(text, lang):
    assert not [c for c in counts(text, lang).values() if c.extra.get("elided")]


def test_the_two_sides_counts_of_a_crowd_are_two_facts_each_joining_its_side(checked):
    facts = checked(
        ("de", "Die Polizei ging von mindestens 80.000 Menschen aus, der Veranstalter sprach von 250.000."),
        ("en", "Organisers said 250,000 people joined the rally in Munich."),
        ("fr", "Selon la police, 80 000 personnes ont manifesté à Munich."),
        published=PUB,
    )
    by_value = {tuple(sorted(c.text for _, c in f.members)): f.verdict for f in facts if f.kind == "count"}
    assert by_value.get(("250,000 people", "250.000")) == "corroborated"


# a bare number a change is told from, before the figure it is told to: the level left, in that figure's unit and scale
@pytest.mark.parametrize(
    "text, lang, left, kind, low",
    [
        (
            "The plan scales back capacity from 11.5 to approximately 9 million tons a year.",
            "en",
            "11.5",
            "measure",
            11.5e9,
        ),
        ("It cut its forecast from 12.5 to 9.8 percent.", "en", "12.5", "percent", 12.5),
        ("Das Risiko wurde von etwa 1,2 auf nun 3,1 Prozent hochgestuft.", "de", "etwa 1,2", "percent", 1.2),
        ("La capacité passera de 11,5 à 9 millions de tonnes.", "fr", "11,5", "measure", 11.5e9),
        ("La capacidad pasará de 11,5 a 9 millones de toneladas.", "es", "11,5", "measure", 11.5e9),
    ],
)
def test_a_bare_number_a_change_is_told_from_is_the_level_it_left(text, lang, left, kind, low):
    found = figures(text, lang, kinds=("measure", "percent"))
    reached = next(c for c in found.values() if c is not found[left])
    assert (found[left].kind, found[left].slot, found[left].extra["stage"]) == (kind, reached.slot, "previous")
    assert found[left].value["low"] == pytest.approx(low) and "stage" not in reached.extra


@pytest.mark.parametrize(
    "text, lang",
    [
        # a range is one figure; a number before another preposition is no level left
        ("Sentences range from 3 to 20 years.", "en"),
        ("Die Quote liegt zwischen 3 und 4 Prozent.", "de"),
        ("Le taux varie de 3 à 4 %.", "fr"),
    ],
)
def test_a_range_is_no_level_left(text, lang):
    assert not [c for c in figures(text, lang, kinds=("measure", "percent")).values() if c.extra.get("stage")]


# a signed number in brackets right after a count: how far that count changed, a figure of its own (an addition)
@pytest.mark.parametrize(
    "text, lang, change, low",
    [
        ("Labour won 412 seats (+211), the Conservatives 121 (-251).", "en", "(-251", -251),
        ("Reform UK took 5 seats (up 5).", "en", "(up 5", 5),
        (
            "Die FPÖ kommt auf 57 Abgeordnete (plus 26), die ÖVP mit 51 (minus 20), die SPÖ mit 41 (plus 1).",
            "de",
            "(minus 20",
            -20,
        ),
        ("Die FPÖ wird mit 58 Mandaten (+27) vertreten sein.", "de", "(+27", 27),
        ("Le RN obtient 125 sièges (+36), LFI 71 sièges (moins 4).", "fr", "(moins 4", -4),
        ("El PP logra 137 escaños (+48) y el PSOE 121 escaños (menos 2).", "es", "(menos 2", -2),
    ],
)
def test_a_signed_number_in_brackets_after_a_count_is_its_change(text, lang, change, low):
    found = counts(text, lang)
    changed = next(c for c in found.values() if c.end == found[change].start - 1 or c.end + 1 == found[change].start)
    assert (found[change].slot, found[change].subject, found[change].value["low"]) == (
        changed.slot,
        changed.subject,
        low,
    )
    assert found[change].extra["addition"] and not changed.extra.get("addition")


def test_a_change_in_brackets_never_conflicts_with_the_count_it_changes(checked):
    facts = checked(
        ("de", "Die FPÖ wird mit 58 Mandaten (+27) im Nationalrat vertreten sein."),
        ("en", "The Freedom Party won 57 seats (+26) in the National Council."),
        published=PUB,
        slot="seats",
    )
    values = {tuple(sorted(c.text for _, c in f.members)): f.verdict for f in facts}
    assert values == {("57 seats", "58 Mandaten"): "conflicting", ("(+26", "(+27"): "conflicting"}


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The group will have 18,000 employees in France, including 8,000 in industry.", "en"),
        ("Der Konzern wird 18.000 Beschäftigte in Frankreich haben, einschließlich 8.000 in der Industrie.", "de"),
        ("Le groupe comptera 18 000 salariés en France, y compris 8 000 dans l'industrie.", "fr"),
        ("El grupo tendrá 18.000 empleados en Francia, incluidos 8.000 en la industria.", "es"),
    ],
)
def test_a_number_the_word_including_leads_is_a_part_of_the_count_before_it(text, lang):
    found = counts(text, lang)
    part = next(c for c in found.values() if c.value["low"] == 8000)
    whole = next(c for c in found.values() if c.value["low"] == 18000)
    assert (part.slot, part.extra["part"]) == (whole.slot, "of_whole")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The quarter-finals drew over 112,000 fans, including 34,128 for France against Germany.", "en"),
        ("Les quarts de finale ont attiré plus de 112 000 spectateurs, dont 34 128 pour France-Allemagne.", "fr"),
    ],
)
def test_a_part_of_a_count_told_as_at_least_so_many_is_a_part_of_it(text, lang):
    found = counts(text, lang)
    part = next(c for c in found.values() if c.value["low"] == 34128)
    assert part.slot == "attendance" and part.extra["part"] == "of_whole"


def test_a_part_of_a_range_is_no_part_told():
    found = counts("Between 100 and 120 people were arrested, including 30 in the capital.", "en")
    assert not any(c.extra.get("part") for c in found.values())


@pytest.mark.parametrize(
    "text, lang, added, whole",
    [
        ("Intel cuts 15,000 jobs this year and plans another 3,000 next year.", "en", "3,000", 15000),
        ("Intel streicht 15.000 Stellen und plant weitere 3.000 im nächsten Jahr.", "de", "3.000", 15000),
        ("Intel supprime 15 000 postes, et 3 000 de plus l'an prochain.", "fr", "3 000", 15000),
        ("Helsing fabrica cada mes más de mil drones para enviar otros 6.000 a Ucrania.", "es", "6.000", 1000),
        (
            "About 1.64 million Romanians abroad took part, 660,000 more than in the first round.",
            "en",
            "660,000",
            1640000,
        ),
    ],
)
def test_a_number_an_addition_word_leads_or_follows_counts_the_noun_of_the_count_before_it(text, lang, added, whole):
    found = counts(text, lang)
    before = next(c for c in found.values() if c.value["low"] == pytest.approx(whole))
    assert (found[added].slot, found[added].extra["addition"]) == (before.slot, True)


def test_a_further_number_after_an_age_range_counts_the_people_before_it():
    found = counts("Se registraron 171 enfermos de entre 0 y 4 años, y otros 203, de 5 a 17 años.", "es")
    assert found["203"].slot == found["171 enfermos"].slot


@pytest.mark.parametrize(
    "text, lang, listed, slot",
    [
        (
            "The counties of Gaines, Terry and Dawson reported 315, 43 and 20 cases respectively.",
            "en",
            ["315", "43"],
            "cases",
        ),
        ("Die Kreise Gaines, Terry und Dawson meldeten 315, 43 und 20 Fälle.", "de", ["315", "43"], "cases"),
        ("Les comtés de Gaines, Terry et Dawson comptent 315, 43 et 20 cas.", "fr", ["315", "43"], "cases"),
        (
            "Los condados Gaines, Terry y Dawson con 315, 43, 33 y 20 casos respectivamente.",
            "es",
            ["315", "43", "33"],
            "cases",
        ),
        ("Die Parteien kamen auf 57, 51 und 41 Sitze.", "de", ["57", "51"], "seats"),
    ],
)
def test_the_numbers_of_a_list_its_last_noun_closes_count_that_noun(text, lang, listed, slot):
    found = counts(text, lang)
    assert all(found[n].slot == slot for n in listed), found


@pytest.mark.parametrize(
    "text, lang",
    [
        ("In 2023, 15 people died in the floods.", "en"),
        ("Le 3 mai, 15 personnes sont mortes.", "fr"),
    ],
)
def test_a_year_or_a_day_before_a_count_lists_nothing(text, lang):
    assert len(counts(text, lang)) == 1
