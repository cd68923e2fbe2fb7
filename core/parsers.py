"""The API's JSON parser: a body nested deeper than JSON_MAX_DEPTH levels, or with a control character in
a key or a string, is a 400 (ParseError) before any view sees it, never a RecursionError and a 500."""

from __future__ import annotations

from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser

from core.middleware import has_control_character

JSON_MAX_DEPTH = 20  # the deepest body the API takes is two levels (a list of ids in an object)


def check_json_value(data) -> None:
    """Raise ParseError for nesting deeper than JSON_MAX_DEPTH or a control character in a string."""
    pending = [(data, 1)]
    while pending:
        value, depth = pending.pop()
        if isinstance(value, str):
            if has_control_character(value):
                raise ParseError("the JSON body holds a control character (such as NUL) in a string; remove it")
            continue
        if not isinstance(value, (list, dict)):
            continue
        if depth > JSON_MAX_DEPTH:
            raise ParseError(f"the JSON body is nested too deeply (more than {JSON_MAX_DEPTH} levels)")
        children = value if isinstance(value, list) else [*value.keys(), *value.values()]
        pending.extend((child, depth + 1) for child in children)


class BoundedJSONParser(JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError:  # the decoder's own limit, far deeper than ours
            raise ParseError(f"the JSON body is nested too deeply (more than {JSON_MAX_DEPTH} levels)") from None
        check_json_value(data)
        return data
