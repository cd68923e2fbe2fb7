"""Template filters of the admin: dates and states in the newsroom's words (see stories.admin.words)."""
from django import template

from stories.admin import words

register = template.Library()


@register.filter
def when(moment):
    return words.when(moment)


@register.filter
def day(value):
    return words.day(value)


@register.filter
def state_words(state):
    return words.state_words(state)
