"""Claim detectors, one per kind. Each reads a Context and adds Claims to it.

Rules are about the languages (cue words in lang/<code>.py, joined by lexicon.py), never about particular articles. A value
with no cue that says what it measures (a bare number, a bare percentage) is not a claim: it would
only create false facts and false conflicts downstream.

One module per kind of claim; shared.py holds the cue lookup and subjects they share. DETECTORS
is the order extract.py runs them in.
"""

from __future__ import annotations

from .alerts import detect_alerts, detect_scale_levels
from .bracket_changes import detect_bracketed_changes
from .changes import detect_changes
from .compound_durations import detect_compound_durations
from .elided import detect_elided_counts
from .event_dates import detect_dates
from .fractions import detect_fractions
from .life_sentences import detect_life_sentences
from .lists import detect_lists
from .match_minutes import detect_match_minutes
from .ordinals import detect_ordinals
from .organisations import detect_organisations
from .people import detect_people
from .people_groups import detect_people_groups
from .places import detect_named_places, detect_places
from .quantities import detect_numbers
from .quotes import detect_quotes
from .race_times import detect_clock_durations, detect_race_times
from .rankings import detect_rankings, detect_ranks_by_size, detect_world_ranks
from .records import detect_records
from .relations import detect_relations
from .roles import detect_roles
from .scores import detect_scores, detect_vote_tallies
from .times import detect_times
from .wordless_durations import detect_wordless_durations
from .year_lists import detect_year_lists, detect_years

DETECTORS = (
    detect_ordinals,
    detect_clock_durations,
    detect_times,
    detect_race_times,
    detect_match_minutes,
    detect_fractions,
    detect_numbers,
    detect_compound_durations,
    detect_wordless_durations,
    detect_life_sentences,
    detect_elided_counts,
    detect_bracketed_changes,
    detect_scores,
    detect_vote_tallies,
    detect_dates,
    detect_relations,
    detect_roles,
    detect_people,
    detect_places,
    detect_lists,
    detect_year_lists,
    detect_years,
    detect_rankings,
    detect_world_ranks,
    detect_ranks_by_size,
    detect_records,
    detect_alerts,
    detect_scale_levels,
    detect_quotes,
    detect_changes,
    detect_organisations,
    detect_named_places,
    detect_people_groups,  # last: it reads the tolls every detector found
)
