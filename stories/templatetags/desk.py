"""Template filters of the admin: dates and states in the newsroom's words (see core.words, stories.admin.words)."""

from django import template

from core import words as dates
from stories.admin import words

register = template.Library()


@register.filter
def when(moment):
    return dates.when(moment)


@register.filter
def day(value):
    return dates.day(value)


@register.filter
def state_words(state):
    return words.state_words(state)
