"""Language data for the claim engine: one module per language, every module with the same tables.

Adding a language is one new module here (copy ``en.py``, translate every table) plus its code in
``LANGUAGES``; ``tests/engine/test_language_data.py`` checks that every language fills every table.
Code never names a language's words: it reads these tables (merged over languages where a text's
language is unknown or mixed, see :func:`merged`).

Tables (the same names in every module):

- ``NAME_SPELLINGS``: how the language writes the sounds of a foreign name (Russian, Ukrainian, Arabic, Persian,
  Hebrew, Turkish ...), as (regular expression over a folded lowercase word, the sound's common form) in the order
  they are tried: German "sch" and Spanish "sh" are the sound English writes "sh", German "ch" and Spanish "j" the
  "kh" ("Chamenei", "Jamenei": "Khamenei"), German "j" and "w" are "y" and "v" ("Wolodymyr Selenskyj"), French "ou"
  is "u" ("Poutine"). One name spelled by each language its own way has one key (entities.spelling_key).

- ``CONCEPT_LABELS``: concept key -> the label people read ("Deaths", "Sitze", "Blessés").
- ``EVENT_LABELS`` / ``OBJECT_LABELS`` / ``LABEL_TEMPLATE``: words and the pattern for labels composed
  from an event and its object ("Opening date of the office").
- ``FRAME_NOUNS``: a counted noun (lowercase word form or lemma) -> concept ("seats" -> seats,
  "Tote" -> deaths). The noun after a number says what is counted.
- ``FRAME_PREDICATES``: a verb, participle or adjective (form or lemma) -> concept ("killed" -> deaths,
  "evacuated" -> evacuated). Gives a count of people its concept ("killing 23 people").
- ``FRACTIONS``: a fraction said in words -> the share it is ("two thirds", "un tiers", "la mitad").
- ``RATIO_JOINERS``: words between the two numbers of a share said as a ratio ("one in five", "zwei von drei",
  "un adulte sur cinq", "uno de cada cinco"); ``RATIO_ORDINAL_LEADS``: words before an ordinal that make it one in
  that many ("jeder fünfte", "every fifth").
- ``FRAME_LEADS``: a phrase a few words before a number that says what it is ("absolute majority" ->
  majority, "a crowd of 81,118" -> attendance, a facts box's "Attendance: 74,000"), before any counted noun after
  the number.
- ``FRAME_TOPICS``: a phrase that names what the figures of its clause count where no word nearer the figure
  does ("the death toll in the powerful earthquakes ... stood at 65", "le bilan ... atteint 48").
- ``COUNT_LEADS``: the words before a counted noun that make it the topic of a figure later in the clause ("the
  number of", "die Zahl der", "le nombre d'", "el número de": "le nombre d'accusés, 51, un record").
- ``PERSON_NOUNS``: nouns that count people without saying what happened to them ("people",
  "Menschen", "personnes"); their concept comes from a predicate.
- ``PERSON_NOUNS_ALONE``: person nouns that name people only right after the number (or its scale word's "of"):
  elsewhere they are an adjective after another noun ("tres colegios católicos", "quatre médias catholiques")
  or the end of a compound that names no people ("Staatshaushalte").
- ``FEMININE_ENDINGS``: the ending of a woman's person noun's lemma -> its man's ("Zuschauerin" -> "Zuschauer",
  "Athletin" -> "Athlet"), so "320.000 Zuschauerinnen und Zuschauer" counts what "Zuschauer" does; a language
  whose lemmatiser already reads the feminine as the masculine ("électrices" -> "électeur") names none.
- ``FORMS_NOT_LEMMATISED``: words of the frame tables whose lemma is another word ("lives" -> the verb "live"): they
  are read as written only, so that other word keeps no concept ("2,500 residents live in the village").
- ``SAVING_VERBS``: verbs of saving; right before a count of deaths, or right after its noun, they make it a count of
  people saved ("saved 300 lives", "rettete 300 Menschenleben", "a sauvé 300 vies", "salvó 300 vidas"), read by
  frames.py.
- ``TAKING_WORDS``: words of taking (a verb, or a noun and its "of") right before a number of things -> what befell
  them (stolen, seized, recovered: "stole eight items", "dérober huit bijoux", "sustrajeron nueve joyas");
  ``TAKEN_PARTICIPLES``: participles of taking after the number, before or after the noun ("huit objets volés", "nueve
  piezas robadas", "acht entwendete Stücke", "eight items were stolen"), in the forms that agree with things counted
  (a plural, or with an auxiliary where the participle is also a past tense), read by frames.taken_things.
- ``MEASURE_UNITS``: unit word -> (dimension, factor to the dimension's base unit[, the concept the unit
  names by itself: "l/m²" is rain]).
- ``MEASURE_CUES``: word (form or stem) near a measure -> concept ("sentenced" + years -> sentence).
- ``MAGNITUDE_SCALE_LINKS``: the words between a magnitude and the scale named after it ("6.2 on the Richter
  scale", "6,0 auf der Richterskala", "6,0 grados en la escala de Richter"), read by frames.py.
- ``QUAKE_NOUNS``: a quake's nouns; a figure written with its decimal right before one or after one and its "of" is
  the quake's magnitude ("a 6.0 quake", "6,0-Beben", "un séisme de 6,3", "sismo de 6,2"), read by frames.py.
- ``AGE_THEN_WORDS``: words in an age's clause that date it to the time of the events told ("qui avait 19 ans à
  l'époque", "who was 19 at the time", "damals"): an earlier age of the person, apart from the age told now.
- ``CUMULATIVE_WORDS`` / ``PREVIOUS_WORDS`` / ``ADDITION_WORDS``: qualifiers that keep a total apart from
  one figure, an earlier figure apart from the current one, an addition apart from a total.
- ``ADDITION_AFTER``: words after a figure, next to it or after its noun, that make it an addition ("1,000 more
  troops", "1.000 soldados más"); never a word that there says "other" ("50 weitere Männer", "49 autres").
- ``SERIOUS_CONDITION_WORDS``: words in a count's clause that say those it counts are in a serious state ("22 in
  critical condition", "seis heridos graves", "cinq dans un état critique", "in Lebensgefahr"): the seriously hurt are
  a figure of their own beside all the injured (align.in_serious_condition).
- ``COMBINED_WORDS``: words that make an amount the sum of several actors' ("combined revenue", "chiffre
  d'affaires cumulé", "zusammen"), another figure than each one's own; a total over time (CUMULATIVE_WORDS)
  is another figure only for money that adds up round after round (money.RUNNING_TOTAL_SLOTS).
- ``HALF_AFTER``: words after a unit of time that add half of it ("deux ans et demi", "dos años y medio");
  ``HALF_AFTER_NUMBER``: words right after a number that add a half to it ("two and a half years", "a
  six-and-a-half-year sentence", "dos y medio millones").
- ``CEILING_WORDS``: words before a sentence, a fine or damages that make it the most the law allows ("faces up to
  20 years", "peine maximale"); ``CEILING_LABEL``: the words its facts' labels show ("Sentence (maximum)").
- ``REQUEST_WORDS``: words before a sentence, a fine or damages that make it what was asked for ("prosecutors
  sought 20 years", "le parquet a requis", "la Fiscalía pedía"), kept apart from what the court imposed.
- ``ELECTION_STAGES``: words in a figure's sentence that name the round or stage of an election -> stage
  ("first round", "Stichwahl", "second tour", "encuesta a pie de urna", "Hochrechnung"): figures of two
  stages are two facts; ``ELECTION_STAGE_LABELS``: stage -> the words its facts' labels show;
  ``PART_LABEL``: the words the label of a part of a figure shows ("Sentence (part of it)": "dont deux ferme");
  ``SUB_EVENTS``: words of a part of an event (take-off, landing, crash, deliberations, verdict, release, outage) ->
  its key, which the date or time nearest them belongs to; ``SUB_EVENT_LABELS``: key -> the words its facts' labels show.
- ``EVENT_KINDS``: words of a report's title or first sentence that name the kind of event it tells -> kind (a fire, a
  crash, an earthquake, a storm or flood, a judgment's verdict or sentence, a ruling on appeal, an outbreak: "Brand",
  "descarrilamiento", "séisme", "found guilty", "sentenced", "cour d'appel", "brote", "Ebola", "Masern"); clustering keeps
  reports whose leads name only other kinds apart, and reads the days of an outbreak's reports as one event's over weeks.
  Words with another common sense are left out ("storm of criticism", "choque" of protesters, "verurteilt" as condemns,
  "flambée des prix"). ``SENTENCE_TO_COME``: words of a lead that name a judgment's sentence still to come ("will be
  sentenced", "Das Strafmaß soll", "connaîtra sa peine", "conocerá su condena"): that report tells the verdict, and one
  of the sentence handed down later another event. ``OFFENCE_WORDS``: words of an offence and of the steps before its
  judgment ("assaulting", "Festnahme", "les faits", "ocurrió"): in a report of a judgment, a day its lead names by its
  date alone after one of them is the offence's or the arrest's, not the judgment's. ``FUNDING_SERIES``: how a
  funding round's series is written, "{}" its letter ("series {}", "Serie-{}-Finanzierungsrunde", "série {}", "ronda
  serie {}"; "Serie A" alone is a football league): the same investors' rounds of two series are two events.
- ``FIGURE_SOURCES``: words of who counts a crowd or a toll -> the side its count is of ("police", "Veranstalter",
  "ministère de l'Intérieur", "sindicatos": official, organisers), so that the police's and the organisers' counts are
  two facts; ``FIGURE_SOURCE_LINKS``: words that hand a figure told before them to the source after them ("by",
  "par", "nach Angaben", "de acuerdo con"; besides SPEECH_VERBS); ``FIGURE_SOURCE_LABELS``: side -> label words.
- ``ATTRIBUTION_LINKS``: words right before a name that make it the source a statement is told by, never the actor
  it is about ("according to NASA", "told Reuters", "laut Polizei", "selon la Nasa", "según el ministerio");
  ``ATTRIBUTION_POSTPOSITIONS``: such words right after the name ("der Nasa zufolge").
- ``STATUS_WORDS``: words beside a count or its noun that give its status -> status ("confirmed", "probables",
  "Verdachtsfälle", "présumés", "sospechosos": confirmed, probable, suspected), so that an outbreak's confirmed,
  probable and suspected cases are three figures; ``STATUS_LABELS``: status -> the words its facts' labels show.
- ``PEOPLE_GROUPS``: nouns of a group of people a toll is told by -> the group ("children", "Kinder", "mineurs",
  "mujeres": children, women), so that the children among the dead are a figure of their own;
  ``PEOPLE_GROUP_LABELS``: group -> the words its facts' labels show.
- ``APPOINTMENT_CUES``: words that make someone the holder of a role ("appointed", "ernannt");
  ``APPOINTMENT_LINKS``: the words that may stand between the person appointed and the role, with the cue's own
  ("named Jane Smith as its new chief executive", "Jana Schmidt wurde zur neuen Vorstandschefin ernannt").
- ``RELATIVE_MONTH``: phrase -> month offset ("last month" -1, "le mois prochain" +1).
- ``DIRECTION_WORDS``: a word next to a weekday, a month or a season's name -> which one: -1 the last before the
  publication ("last Monday", "el pasado martes", "letzten Winter", "l'été dernier"), +1 the next ("next
  winter", "el próximo verano"), 0 the nearest, read for seasons only ("this spring", "cet été"); after a
  season's name only behind an article ("el verano pasado").
- ``AGO_WORDS``: word that counts "N units" back -> where it stands ("ago": after, "hace", "il y a", "vor":
  before); ``TIME_UNITS``: unit word -> day|week|month|year. ``AHEAD_PHRASES``: phrases that count "N units"
  forward, ``{n}`` where the count and its unit stand ("{n} from now", "dans {n}", "dentro de {n}"): only those
  that say when, not how long ("in two years" alone is both: "the first rise in two years").
- ``COMPARISON_WORDS``: words before a date that make it the base of a comparison ("compared to 2021"),
  not the time a figure refers to.
- ``VAGUE_QUANTITIES``: a number said without digits -> (low, high) ("dozens" 20..99, "une vingtaine" about
  20); number words themselves are read by text2num.
- ``SCORE_CUES``: words that make "3-1" a match result ("beat", "Sieg", "victoire", "partido");
  ``RESULT_OPPONENT_WORDS``: words a few words after a result that name the side it was against ("3:0 gegen").
- ``VOTE_TALLY_CUES`` / ``VOTE_TALLY_JOINERS``: words in a sentence that make two figures a vote's tally ("ruled",
  "Stimmen", "voix", "votación") and the words between its two sides ("310 to 118", "310 zu 118", "310 voix contre
  118", "de 5 a 4"; a dash joins them too: "ruled 6-3").
- ``CHANGE_PREDICATES``: a word or lemma that reports a change -> growth|decline ("fell", "cayeron",
  "a perdu", "Rückgang"): a percentage it reports is the change, unless the word before the figure makes it a
  level.
- ``FIGURE_PREPOSITIONS``: a word right before a figure -> level|change|link|skip: "cut TO 3.75%" is the level,
  "cut BY 0.25 points" the change; after a link ("of", "de", "von") the figure is what the word before the link
  says ("a rise of 3%" a change, "a rate of 4%" a level); articles are skipped.
- ``AGE_CUES``: words before a number of years that make it someone's age ("aged", "âgé de", "cumplió");
  ``AGE_OPENERS``: such words only where they open a clause ("À 17 ans, ...", "Mit 17 Jahren ...").
  ``AGE_BEFORE_WORDS``: words right before the years that make them an age wherever they stand ("aged", "âgé");
  ``AGE_AFTER_NAME_WORDS``: words that do so only between a name's comma and the years ("Pelicot, de 72 ans").
  ``AGE_FOCUS_WORDS``: words that may stand between those and the years ("El joven francés, de solo 19 años",
  "Doué, only 19 years old"). ``AGE_PHRASE_OPENERS``: articles that open a noun phrase whose "of" and years are
  its age, whatever the noun ("la pépite espagnole de 17 ans"); ``SPAN_NOUNS``: nouns of such a phrase that make
  the years a span's length instead ("un mandat de cinq ans").
- ``ORDINAL_DOT_LEADS``: words after which a number with a dot is an ordinal, not a sentence's end ("in der 73.
  Minute"): read by segment.py.
- ``PARTY_FAMILIES``: political family key -> the names a party of that family has in this language and the
  plural noun of its members ("labour": "Parti travailliste", "travaillistes"): the actor of an election's
  figures in every language.
- ``ORGANISATIONS``: international organisation key -> the names and acronyms this language gives it
  ("who": "Weltgesundheitsorganisation", "WHO"), so reports in different languages meet on them.

Cue words the detectors read through ``verification/engine/lexicon.py`` (which joins them over the
languages and builds its patterns from them; forms are lowercase):

- ``NUMBER_WORDS``: number word -> value ("twelve", "zwölf", "une douzaine"); ``AMBIGUOUS_NUMBER_WORDS``:
  those that are also common non-numbers ("one", "un", "once"), read as numbers only before a unit noun;
  ``SOLE_WORDS``: words right before or after "one" that make it a count of one ("only one", "un seul", "ein
  einziger", "solo un"); ``SIGN_WORDS``: a word right after a bracket that signs the change in it -> +1 or -1
  ("(minus 20)", "(plus 3)", "(moins 2)", "(menos 5)"), as "+" and "-" do ("(+27)").
- ``SCALE_WORDS``: scale word -> multiplier ("million", "Mrd.", "mil millones"); a "billion" word is
  10^12 in a long-scale language (``lexicon.LONG_SCALE_LANGS`` decides, not this table).
- ``QUALIFIERS_BEFORE`` / ``QUALIFIERS_AFTER``: words around a number -> its qualifier ("more than" ->
  over, "knapp" -> under_about, "o más" -> at_least); ``RANGE_OPENERS``: words that open a range
  ("between", "zwischen", "entre").
- ``MONTHS`` / ``WEEKDAYS``: month number (1-12) / weekday (0 = Monday) -> its names and abbreviations.
- ``RELATIVE_YEAR`` / ``RELATIVE_WEEK`` / ``RELATIVE_DAY``: phrase -> offset from the publication
  ("last year" -1, "vorletztes Jahr" -2, "la semaine prochaine" +1, "anteayer" -2).
- ``QUARTER_ORDINALS``: ordinal before "quarter"/"Quartal"/"trimestre" -> quarter number.
- ``YEAR_PART``: part of a year (end, start, since_start) -> words that narrow a year to it ("end of",
  "Anfang", "à la fin de", "en lo que va de"); ``SINCE_START_OF_YEAR`` / ``END_OF_YEAR``: phrases that
  say it alone ("year-to-date", "Jahresende", "fin de año").
- ``SEASONS``: spring|summer|autumn|winter -> its names ("summer", "Herbst", "été", "invierno"): a part of a year, the
  three months it names ("im Sommer 2024", "à l'automne 2024"; the winter of 2024 is the one its January is in);
- ``YEAR_PREPS``: word before a year -> what the year means (before, after, since, by: "bis 2030", "jusqu'en
  2030", "hasta finales de 2030" are deadlines).
- ``HOLIDAYS``: a named day of the year -> (month, day) ("New Year's Day", "jour de l'An", "Nochebuena");
  ``EASTER_HOLIDAYS``: a day named from Easter -> days after Easter Sunday ("Good Friday" -2, "Pfingstmontag"
  50). Only days kept alike wherever the language is spoken.
- ``MONTH_PARTS``: start|middle|end -> words before a month that narrow it to a third ("Anfang März", "mid-March",
  "fin octobre", "a finales de octubre").
- ``BARE_DAY_LEADS``: words before a day number written without its month ("Le 4, ...", "el día 4"): the
  month is the one the text named last, else the publication's.
- ``CURRENCY_NAMES``: colloquial or short currency name after a number -> ISO code, or "$" for a dollar
  of unknown country ("dollars", "Pfund", "dólares de Singapur"); CLDR (Babel) gives the standard
  names. ``SCALED_ONLY_CURRENCY_NAMES``: those that are also common words ("won"), a currency only
  after a scaled amount ("30 trillion won"). ``CURRENCY_NAME_LINKS``: a word between an amount and the currency's
  name ("of", "de", "d'": "millions d'euros"), read by money.py.
- ``UNIT_NOUNS``: count key (jobs, people, offices...) -> nouns counted after a number;
  ``EMPLOYEE_NOUNS``: the people nouns that are a workforce by themselves ("employees", "salariés");
  ``HIRING_CUES``: words (or stems) that make counted people jobs ("hire", "einstellen", "embauch").
- ``MONEY_SLOTS`` / ``PERCENT_SLOTS``: slot -> cue words (or stems, matched at a word start) that give
  an amount or a percentage its slot; the nearest cue wins, and the slots' order (the first language's,
  English) breaks ties. ``RESULT_VERBS``: verbs that report a result ("won", "erzielte", "obtuvo"), a
  vote share's cues and, for any other percentage, the weakest cue. ``COUNTING_LEADS``: phrases right before a
  percentage that make it how much of an election's count was done ("nach Auszählung von 100 Prozent");
  ``COUNTING_PREPOSITIONS`` / ``COUNTING_WORDS``: a preposition right before it and a counting word (or stem)
  in its clause after it that do ("with 99% of the votes counted", "con el 99,8 % escrutado").
- ``EVENT_VERBS``: word form (or stem ending in "*") -> the event it dates (opening, founded, signing,
  election, verdict, landing...); ``EVENT_OBJECTS``: noun -> what the event is about (office, factory,
  agreement...).
- ``RELATION_CUES``: relation key (partner, investor, lead_investor, owner, founded_by, hosted_at, acquired,
  supports) -> phrases that link two names by it ("partnership with", "soutenu par", "filial de"; "led by" is
  lead_investor: an investor only in a sentence that gives an amount, as parties and councils are led too);
  lexicon.py keeps each relation's slot and how the entities are found. ``JOINT_CUES``: "joint
  statement"-like words that make two names partners. ``FOUNDED_BY_BEFORE``: founding words the
  founder comes before ("von X ins Leben gerufen").
- ``ROLE_WORDS``: job title -> role key ("finance chief" -> cfo, "Bürgermeisterin" -> mayor);
  ``FORMER_WORDS``: words that make it a former role; ``HONORIFICS``: courtesy titles before a name
  ("Mme", "Herr", "Sir", "señor"; "Herr Tavares" is the story's "Carlos Tavares": entities.without_title);
  ``SPEECH_VERBS``: words that attribute a quote ("said", "laut", "selon", "señaló"); ``SPEECH_THAT``: the word
  a verb of saying introduces a quote with ("stressed that “…”", "a souligné que « … »").
- ``PLACE_NOUNS``: nouns that make a name a place, before or after it ("Potomac River", "fleuve Potomac",
  "Wembley-Stadion", "estadio Wembley").
- ``ORGANISATION_NOUNS``: nouns that say what a named organisation, product or vehicle is to the story, beside
  its name or inside it -> its concept ("airline", "Hubschrauber", "tribunal", "Airlines" in "PSA Airlines":
  operator, aircraft, court); ``ORGANISATION_LEADS``: words right before a name that say it ("operated by",
  "exploité par", "publicado en"), read by detect/organisations.py.
- ``EVENT_NOUNS``: nouns that end an event's name ("summit", "Messe", "salon", "feria");
  ``OFFICE_NOUNS`` / ``HUB_NOUNS``: a place an organisation opens ("office", "Niederlassung") or makes a
  hub ("plaque tournante"); ``NEW_WORDS`` / ``EXISTING_WORDS``: "new" and "existing" in their forms.
- ``ORDINALS``: ordinal word -> rank ("third", "dritten", "troisième", "tercera");
  ``RANK_CATEGORIES``: noun -> what is ranked (lab, office, market...); ``OUTSIDE_WORDS``,
  ``SUCH_WORDS``, ``ONE_OF``, ``INTERNATIONAL_WORDS``: words that scope a ranking ("first outside
  Europe", "first of its kind", "one of the three", "first international office").
- ``LIST_NOUNS``: noun -> the list it heads (sectors, locations, countries, markets); ``LIST_INTRO`` /
  ``LIST_ENDERS``: words that open and close the items ("such as", "darunter" / "as well as", "ainsi
  que"); ``ATTRIBUTION_VERBS``: a reporting clause that closes a list ("the company said").
- ``CHANGE_WORDS``: word -> (direction, factor) ("doubled", "halbiert", "triplicó");
  ``CHANGE_METRICS``: noun -> what changed (users, revenue, employees, capacity, spending...), named before a change
  ("production capacity by 20%") or as the whole after it ("15% of its workforce", "15 % de ses effectifs").
- ``HEDGES`` / ``OPINION``: words that make a sentence less check-worthy ("reportedly", "könnte",
  "à mon avis").
- ``STOP_CAPS``: function words that start sentences but are no names ("the", "laut", "selon",
  "según"); ``NAME_CONNECTORS``: lowercase words that may sit inside a name ("of", "für", "de la");
  ``NAME_AND``: "and"; ``ORG_WORDS``: words that make a name an organisation ("ministry", "Stiftung",
  "banque"); ``ACTOR_NOUNS``: nouns that describe an actor by its kind ("chipmaker", "Gewerkschaft",
  "constructeur"), which before a name are a description and no part of it; company legal forms
  ("GmbH", "plc") are in ``lexicon.LEGAL_FORMS``, in no language. ``NAME_ADJECTIVE_ENDINGS``: endings of the
  lowercase adjectives a name goes on with ("Banque centrale européenne", "Rassemblement national");
  ``INFINITIVE_ENDINGS``: endings of an infinitive, so a word whose lemma has one is a verb ("insiste");
  ``COMMON_NOUN_ENDINGS``: endings of common nouns no person's name has ("-tion", "-ung", "-ité", "-ción"),
  so a capitalised phrase with one is named as no person.
- ``NOUN_DETERMINERS``: words a capitalised common noun follows, so what follows them is no name:
  German only, the one language that capitalises nouns.
- ``CONVERSION_WORDS``: words that introduce the same amount in another currency ("or", "soit",
  "umgerechnet", "es decir"), so it is a conversion and not a second figure (read by money.py).
- ``ABBREVIATIONS``: words a full stop follows inside a sentence ("Dr", "z.B", "Mme", "núm"), so the
  sentence goes on (read by segment.py; company legal forms are in no language's table).
- ``DEMONSTRATIVES`` ("this", "diese", "cette", "estos"), ``RELATIVE_PRONOUNS`` ("which", "welche",
  "lequel", "la cual") and ``PREPOSITIONS`` ("with", "für", "avec", "para"): the function words
  context.py reads to tie a figure to the noun or name it is about.
- Dates, how they are written (read by dates.py): ``DAY_SUFFIXES`` ("6th", "6.", "1er", "6º"),
  ``WEEKDAY_DAY_ARTICLES`` ("Thursday, the 6th"), ``DAY_MONTH_LINKS`` ("6 de junio"), ``MONTH_YEAR_LINKS``
  ("June of 2024"), ``MONTH_PAST_WORDS`` ("septembre dernier"),
  ``MONTH_NOUNS`` ("el pasado mes de julio": the word month between a direction word and the month), ``YEAR_NOUNS`` and ``YEAR_PART_ARTICLES``
  ("end of the year", "fin de l'année"), ``RANGE_JOINERS`` ("2019 to 2024", "de 2019 à 2024"),
  ``YEAR_END_WORDS`` ("by the end of 2025"), ``QUARTER_NOUNS``, ``YEAR_LEADS`` ("in 2024", "im Jahr 2024"),
  ``WEEKDAY_LEADS`` ("on Monday", "ce lundi"), ``WEEKDAY_PART_ENDINGS`` ("Mittwochabend"), ``MONTH_LEADS`` ("since June", "seit Juni") and
  ``CAPITALISED_DATE_WORDS``: words that are dates only when capitalised ("May", German "Mai" and weekdays).
- Words the detectors' patterns are built from (read by detect/): ``PERCENT_WORDS`` ("per cent",
  "Prozent", "pour cent"), ``ORDINAL_SUFFIXES`` ("15th", "15.", "15e", "15º"), ``ARTICLE_CONTRACTIONS`` (a preposition and the article in one
  word: "du", "del", "zum"; with ``ARTICLES`` and ``POSSESSIVES``, what opens a noun phrase an ordinal heads), ``AGENT_PREPOSITIONS``
  ("founded by", "von", "par", "por"), ``LOCATIVE_PREPOSITIONS`` ("in", "im", "en", "à"), ``DATIVE_PREPOSITIONS``
  (those that also say to whom: "à", "a": a person's name may follow), ``AUXILIARY_VERBS`` ("were",
  "waren", "étaient", "fueron": no noun a number counts), ``AND_WORDS`` /
  ``OR_WORDS`` between listed items, and the minutes of a match: ``MINUTE_NOUNS`` ("74th minute",
  "74. Spielminute"), ``MINUTES_NOUNS`` and ``MINUTES_LEADS`` ("after 74 minutes", "au bout de 74 minutes"), ``MINUTES_FROM_END``
  ("four minutes from time", "a cuatro minutos del final"), ``MINUTES_LATER`` (-> 1 after, -1 before the event told
  before it: "Six minutes later", "ocho minutos después") unless one of ``MINUTES_LATER_FROM`` names what they are counted
  from ("después del reinicio"), ``ORDINAL_MINUTE_LEADS`` before an ordinal
  with no noun after it ("in the 83rd with a strike", "à 88e."), ``BARE_MINUTE_LEADS`` before a minute written
  without its ordinal's mark ("un gol en el 42, consolidando").
- ``DURATION_ADJECTIVES``: adjectives of a unit of time a number word is glued to -> the days of one unit
  ("fünfjährigen Unwählbarkeit", "einstündigen Testflug"), read by detect/compound_durations.py.
- ``DURATION_ARTICLES`` / ``FEW_WORDS``: an article that is "one" before a unit of time where the number words do not
  read it ("for a decade", "während eines Jahres"), and words of a few -> (low, high) ("a few minutes", "quelques
  minutes"); a duration only right after one of ``SPAN_LEADS`` ("for", "während", "pendant", "durante", "lasted"),
  read by detect/wordless_durations.py. ``CLOCK_SPAN_LEADS``: those of them that make hours and minutes written as
  a clock reads ("pendant 5h29") a duration, read by detect/race_times.py.
- ``RECORD_OPENERS`` / ``RECORD_SCOPES``: a superlative or a first, and the words of all history a few words after
  it ("the first American pontiff in history", "le plus grand ... de tous les temps"), read by detect/records.py.
  ``RECORD_KINDS``: words of a kind a first names, besides a people's (a demonym): "the first commercial
  spacewalk", "ersten privat finanzierten Weltraumausstieg", "la primera caminata espacial privada": a record.
- ``ALERT_COLOURS`` / ``ALERT_NOUNS``: the colours of an alert level -> the level (green 1 .. red 4), and the nouns
  of an alert ("red alert", "alerte rouge", "Warnstufe Rot", "aviso rojo"), read by detect/alerts.py;
  ``SCALE_LEVEL_NOUNS``: the nouns of a level before its number ("category 5", "Kategorie 4", "intensité de « 7 »");
  ``LEVEL_SCALE_LEADS`` / ``LEVEL_SCALE_NOUNS``: the words that lead to a scale named after the number, and the
  scale's noun ("7, the highest level on the Japanese intensity scale", "« 7 » sur l'échelle shindo").
- ``OUT_OF_WORDS``: the word between a part and its whole ("410 of the 650 seats", "les 412 des 650 sièges");
  ``PART_LEADS`` / ``PART_TAILS``: a relative pronoun before / after a part of the figure before it, its noun left
  out ("four years in prison, two of which suspended", "dont deux ferme", "davon zwei", "de los cuales dos").
- ``NUMBER_RANGE_JOINERS``: words between the two figures of a range ("five to ten", "5 bis 10", "entre 5 et
  10", "5 o 6"), read by numbers.py; ``DOLLAR_STEMS``: how every word for a dollar starts ("dollar", "dólar"),
  money.py's quick test for a text that names none; ``WHILE_WORDS``: "while" between two clauses ("während",
  "tandis", "mientras"), which frames.py reads like "and" to keep a predicate to its own figure;
  ``VERB_FINAL_AUXILIARIES``: auxiliaries that, right after a count's noun, put its predicate at the clause's end
  ("83 Menschen sind bei einem Brand ums Leben gekommen"), read by frames.py (German only).
- ``DEFINITE_ARTICLES``: the definite article in its nominative forms ("the", "die", "les", "los"), which a
  list's item loses (read by detect/lists.py).
- ``OF_WORDS``: "of" and its contracted or genitive forms ("von", "der", "du", "d'", "del") between a noun and
  what it belongs to: a role's organisation, a place noun's name, an apposition's ("chief of staff", "stade de
  France"), read by detect/.
- ``ARTICLES``: the definite article in every case and elided form ("the", "dem", "des", "l'", "los"), which
  the detectors' patterns skip between a word and the noun or name after it ("at the summit", "bei dem
  Gipfel", "pour l'entreprise").
- ``POSSESSIVES`` ("its", "ihre", "leurs", "sus") and ``POSSESSIVE_ENDINGS`` ("'s"): with ``ARTICLES`` they
  open the noun phrase a relative clause is about ("the carmaker, which ...", read by context.py).
- ``CLOCK_WORDS``: a word after an hour that makes it a time of day -> the hours it adds ("5 p.m." 12, "17 Uhr",
  "17h", "17 horas" 0): a percentage taken at a time of day (detect/percents.py), no match score (scores.py).
  ``TIME_ZONES``: a time zone after a time of day ("UTC", "EDT", "MEZ", "hora local") -> minutes from UTC, an
  IANA zone or "local"; ``CLOCK_HOUR_NOUNS``: the word for an hour after a whole hour ("18 Uhr", "21 heures") ->
  whether only a lead makes it a time of day; ``CLOCK_LEADS``: words before a time -> the minutes before and after
  it they allow ("gegen 18 Uhr", "shortly after 6 p.m."); all read by detect/times.py.
- ``EVENT_PREPOSITIONS``: words before an event's name that place something at it ("at", "on the sidelines of",
  "beim", "lors du", "durante"), so the name after them is an event, no place (detect/places.py);
  ``FOR_WORDS``: "for", "für", "pour", "para": a figure then "for" an actor is the actor's ("38% for the SPD").
- ``EMPLOYER_PREPOSITIONS``: words between a role and the organisation it is held at ("at", "bei", "chez",
  "del", "en"), read by detect/roles.py.
- ``BARE_ROLE_WORDS``: role words too common alone to be a role, one only capitalised or with ``OF_WORDS``
  after them ("head of", "Chef der", "director"), read by detect/roles.py.
- ``ROLE_FRAMES``: open role titles, first word(s) -> closing word with one or two words between ("chief
  financial officer", keyed by its initials: cfo), or -> "" for a title that is its words ("head of state"),
  read by detect/roles.py.
- ``QUANTITY_NOUN_LINKS``: the word between a number word or scale and the noun it counts ("hundreds of",
  "un millier de", "una docena de", "Hunderte von"; elided "d'"), read by detect/bare_figures.py and numbers.py
  ("2.25m of euros", "miles de millones").
- ``SUPERLATIVE_WORDS`` / ``RANK_SCOPE_WORDS`` / ``RANK_NOUNS``: what makes an ordinal a rank by size or worth
  ("second-largest", "le plus important", "mayor"), the whole it ranks in after its noun ("du pays", "in the
  world"), and nouns a rank's number follows ("Platz drei", "puesto 3"), read by detect/rankings.py.
- ``QUALIFYING_PREPOSITIONS``: prepositions before a name that make it qualify the actor before it ("the SPD
  of Olaf Scholz", "led by Merz", "au Bundestag"), read by detect/shared.py.
- ``NEXT_IN_RANKING``: the words that open the next actor of a ranking ("followed by", "gefolgt von", "suivi
  de", "seguido de"): the name after them is the next figure's actor, not a qualifier, read by detect/shared.py.
- ``RANK_NUMBER_WORDS``: the word for "number" before a rank's figure ("number", "Nummer", "numéro", "número");
  ``WORLD_RANK_BEFORE`` / ``WORLD_RANK_AFTER``: the words before or after it that make the rank one in the world
  ("world number one", "numéro 1 mondial", "número uno del mundo"); ``WORLD_RANK_COMPOUNDS``: the word of the world
  ranking an ordinal is glued to ("Weltranglisten-Erste"), read by detect/rankings.py.
- ``STOPWORDS``: words too common to say what a text is about (function words, calendar words), which
  clustering and copy detection skip.

A language that has no word for one of these tables gives it empty and names it, with the reason, in
its ``NO_ENTRIES`` (table -> why), so the every-language test still holds it to the rest.

Settings (a yes or no every module states, ``SETTINGS``):

- ``NOUNS_CAPITALISED``: whether the language writes every noun capitalised (German), read through
  :func:`capitalises_nouns`: there a phrase of lowercase words alone holds no noun.
"""

from __future__ import annotations

from functools import cache
from importlib import import_module

LANGUAGES = ("en", "de", "fr", "es")
SETTINGS = ("NOUNS_CAPITALISED",)
TABLES = (
    "NAME_SPELLINGS",
    "CONCEPT_LABELS",
    "EVENT_LABELS",
    "OBJECT_LABELS",
    "LABEL_TEMPLATE",
    "FRAME_NOUNS",
    "FRAME_PREDICATES",
    "PERSON_NOUNS",
    "PERSON_NOUNS_ALONE",
    "FEMININE_ENDINGS",
    "FORMS_NOT_LEMMATISED",
    "SAVING_VERBS",
    "TAKING_WORDS",
    "TAKEN_PARTICIPLES",
    "MEASURE_UNITS",
    "MEASURE_CUES",
    "MAGNITUDE_SCALE_LINKS",
    "QUAKE_NOUNS",
    "CUMULATIVE_WORDS",
    "COMBINED_WORDS",
    "PREVIOUS_WORDS",
    "AGE_THEN_WORDS",
    "ADDITION_WORDS",
    "ADDITION_AFTER",
    "SERIOUS_CONDITION_WORDS",
    "REQUEST_WORDS",
    "CEILING_WORDS",
    "CEILING_LABEL",
    "ELECTION_STAGES",
    "ELECTION_STAGE_LABELS",
    "PART_LABEL",
    "SUB_EVENTS",
    "SUB_EVENT_LABELS",
    "EVENT_KINDS",
    "SENTENCE_TO_COME",
    "OFFENCE_WORDS",
    "FUNDING_SERIES",
    "FIGURE_SOURCES",
    "FIGURE_SOURCE_LINKS",
    "FIGURE_SOURCE_LABELS",
    "ATTRIBUTION_LINKS",
    "ATTRIBUTION_POSTPOSITIONS",
    "STATUS_WORDS",
    "STATUS_LABELS",
    "PEOPLE_GROUPS",
    "PEOPLE_GROUP_LABELS",
    "HALF_AFTER",
    "HALF_AFTER_NUMBER",
    "APPOINTMENT_CUES",
    "APPOINTMENT_LINKS",
    "SCORE_CUES",
    "RESULT_OPPONENT_WORDS",
    "VOTE_TALLY_CUES",
    "VOTE_TALLY_JOINERS",
    "RELATIVE_MONTH",
    "DIRECTION_WORDS",
    "AGO_WORDS",
    "AHEAD_PHRASES",
    "TIME_UNITS",
    "CHANGE_PREDICATES",
    "FIGURE_PREPOSITIONS",
    "AGE_CUES",
    "AGE_OPENERS",
    "AGE_BEFORE_WORDS",
    "ORDINAL_DOT_LEADS",
    "AGE_AFTER_NAME_WORDS",
    "AGE_FOCUS_WORDS",
    "AGE_PHRASE_OPENERS",
    "SPAN_NOUNS",
    "VAGUE_QUANTITIES",
    "FRAME_LEADS",
    "FRAME_TOPICS",
    "COUNT_LEADS",
    "FRACTIONS",
    "RATIO_JOINERS",
    "RATIO_ORDINAL_LEADS",
    "ORGANISATIONS",
    "PARTY_FAMILIES",
    "NUMBER_WORDS",
    "AMBIGUOUS_NUMBER_WORDS",
    "SOLE_WORDS",
    "SIGN_WORDS",
    "NUMBER_WORD_SPELLINGS",
    "SCALE_WORDS",
    "QUALIFIERS_BEFORE",
    "QUALIFIERS_AFTER",
    "RANGE_OPENERS",
    "MONTHS",
    "WEEKDAYS",
    "RELATIVE_YEAR",
    "QUARTER_ORDINALS",
    "YEAR_PART",
    "SINCE_START_OF_YEAR",
    "END_OF_YEAR",
    "SEASONS",
    "RELATIVE_DAY",
    "RELATIVE_WEEK",
    "YEAR_PREPS",
    "HOLIDAYS",
    "EASTER_HOLIDAYS",
    "BARE_DAY_LEADS",
    "MONTH_PARTS",
    "CURRENCY_NAMES",
    "SCALED_ONLY_CURRENCY_NAMES",
    "CURRENCY_NAME_LINKS",
    "UNIT_NOUNS",
    "EMPLOYEE_NOUNS",
    "HIRING_CUES",
    "MONEY_SLOTS",
    "RESULT_VERBS",
    "PERCENT_SLOTS",
    "COUNTING_LEADS",
    "COUNTING_PREPOSITIONS",
    "COUNTING_WORDS",
    "EVENT_VERBS",
    "EVENT_OBJECTS",
    "RELATION_CUES",
    "JOINT_CUES",
    "FOUNDED_BY_BEFORE",
    "ROLE_WORDS",
    "FORMER_WORDS",
    "HONORIFICS",
    "SPEECH_VERBS",
    "SPEECH_THAT",
    "EVENT_NOUNS",
    "PLACE_NOUNS",
    "ORGANISATION_NOUNS",
    "ORGANISATION_LEADS",
    "OFFICE_NOUNS",
    "HUB_NOUNS",
    "NEW_WORDS",
    "EXISTING_WORDS",
    "ORDINALS",
    "RANK_CATEGORIES",
    "OUTSIDE_WORDS",
    "SUCH_WORDS",
    "ONE_OF",
    "INTERNATIONAL_WORDS",
    "LIST_NOUNS",
    "LIST_INTRO",
    "LIST_ENDERS",
    "ATTRIBUTION_VERBS",
    "CHANGE_WORDS",
    "CHANGE_METRICS",
    "HEDGES",
    "OPINION",
    "STOP_CAPS",
    "NAME_CONNECTORS",
    "NAME_AND",
    "ORG_WORDS",
    "ACTOR_NOUNS",
    "NAME_ADJECTIVE_ENDINGS",
    "COMMON_NOUN_ENDINGS",
    "INFINITIVE_ENDINGS",
    "NOUN_DETERMINERS",
    "CONVERSION_WORDS",
    "ABBREVIATIONS",
    "DEMONSTRATIVES",
    "RELATIVE_PRONOUNS",
    "PREPOSITIONS",
    "STOPWORDS",
    "DAY_SUFFIXES",
    "WEEKDAY_DAY_ARTICLES",
    "DAY_MONTH_LINKS",
    "MONTH_YEAR_LINKS",
    "MONTH_PAST_WORDS",
    "MONTH_NOUNS",
    "YEAR_NOUNS",
    "YEAR_PART_ARTICLES",
    "RANGE_JOINERS",
    "YEAR_END_WORDS",
    "QUARTER_NOUNS",
    "YEAR_LEADS",
    "WEEKDAY_LEADS",
    "WEEKDAY_PART_ENDINGS",
    "MONTH_LEADS",
    "CAPITALISED_DATE_WORDS",
    "PERCENT_WORDS",
    "ORDINAL_SUFFIXES",
    "ARTICLE_CONTRACTIONS",
    "AGENT_PREPOSITIONS",
    "LOCATIVE_PREPOSITIONS",
    "DATIVE_PREPOSITIONS",
    "AUXILIARY_VERBS",
    "AND_WORDS",
    "OR_WORDS",
    "MINUTE_NOUNS",
    "MINUTES_NOUNS",
    "MINUTES_LEADS",
    "MINUTES_FROM_END",
    "MINUTES_LATER",
    "MINUTES_LATER_FROM",
    "ORDINAL_MINUTE_LEADS",
    "BARE_MINUTE_LEADS",
    "DURATION_ADJECTIVES",
    "DURATION_ARTICLES",
    "FEW_WORDS",
    "SPAN_LEADS",
    "RANK_NUMBER_WORDS",
    "WORLD_RANK_BEFORE",
    "WORLD_RANK_AFTER",
    "WORLD_RANK_COMPOUNDS",
    "CLOCK_SPAN_LEADS",
    "RECORD_OPENERS",
    "RECORD_SCOPES",
    "RECORD_KINDS",
    "ALERT_COLOURS",
    "ALERT_NOUNS",
    "SCALE_LEVEL_NOUNS",
    "LEVEL_SCALE_NOUNS",
    "LEVEL_SCALE_LEADS",
    "NUMBER_RANGE_JOINERS",
    "OUT_OF_WORDS",
    "PART_LEADS",
    "PART_TAILS",
    "DOLLAR_STEMS",
    "WHILE_WORDS",
    "VERB_FINAL_AUXILIARIES",
    "DEFINITE_ARTICLES",
    "OF_WORDS",
    "ARTICLES",
    "POSSESSIVES",
    "POSSESSIVE_ENDINGS",
    "CLOCK_WORDS",
    "TIME_ZONES",
    "CLOCK_HOUR_NOUNS",
    "CLOCK_LEADS",
    "EVENT_PREPOSITIONS",
    "FOR_WORDS",
    "EMPLOYER_PREPOSITIONS",
    "BARE_ROLE_WORDS",
    "ROLE_FRAMES",
    "QUANTITY_NOUN_LINKS",
    "QUALIFYING_PREPOSITIONS",
    "NEXT_IN_RANKING",
    "SUPERLATIVE_WORDS",
    "RANK_SCOPE_WORDS",
    "RANK_NOUNS",
    "REPORT_TIME_WORDS",
)


@cache
def language(code: str):
    """The data module of a language (English when the language has none)."""
    code = (code or "").split("-")[0].lower()
    return import_module(f"{__name__}.{code if code in LANGUAGES else 'en'}")


def capitalises_nouns(code: str) -> bool:
    """Whether the text's language writes every noun capitalised (German): there a phrase of lowercase words alone
    holds no noun, and a capitalised word the text also writes lowercase is neither a noun nor a name."""
    return code in LANGUAGES and language(code).NOUNS_CAPITALISED


def known_code(code: str) -> str:
    """A text's language code as its tables are read (:func:`table_of`): the code where we have the language, else ""
    (every language merged), so tables and patterns built per language are built once for all unknown ones."""
    return code if code in LANGUAGES else ""


def table_of(code: str, table: str):
    """A table of a text's language, or of every language merged where its language is not one we have
    ("": a name's own words, which may be of any language)."""
    return getattr(language(code), table) if code in LANGUAGES else merged(table)


@cache
def joined(table: str):
    """One table over every language, in order, where order matters (a list read first to last, slots by
    priority): lists concatenated language after language; a dict of lists joined key by key, its keys in
    the order the languages first give them (so the first language, English, sets the priority)."""
    out = None
    for code in LANGUAGES:
        part = getattr(language(code), table)
        if isinstance(part, dict):
            out = out or {}
            for key, words in part.items():
                out[key] = [*out.get(key, []), *words]
        else:
            out = [*(out or []), *part]
    return out


@cache
def merged(table: str):
    """One table over every language: dicts merged (earlier languages win a clash), sets and lists joined."""
    out = None
    for code in LANGUAGES:
        part = getattr(language(code), table)
        if isinstance(part, dict):
            out = {**part, **(out or {})}
        elif isinstance(part, str):
            out = out or part
        else:
            out = (out or set()) | set(part)
    return out
