"""Entity keys across languages and acronyms defined in the text."""

import pytest

from verification.engine.claims import Document
from verification.engine.context import Context
from verification.engine.entities import item_key, norm_key


@pytest.mark.parametrize(
    "name,key",
    [
        ("Singapur", "singapore"),
        ("Singapour", "singapore"),
        ("Singapore", "singapore"),
        ("the US", "us"),
        ("USA", "us"),
        ("U.S.", "us"),
        ("Vereinigte Staaten", "us"),
        ("États-Unis", "us"),
        ("Estados Unidos", "us"),
        ("United States", "us"),
        ("AI Singapur", "ai singapore"),
        ("AI Singapore", "ai singapore"),
        ("Brüssel", "brussels"),
        ("NYC", "new york"),
        ("Tokio", "tokyo"),
        ("OpenAI Inc.", "openai"),
        ("ATx summit", "atxsummit"),
    ],
)
def test_norm_key(name, key):
    assert norm_key(name, "event" if "summit" in name else "") == key


@pytest.mark.parametrize(
    "item,key",
    [
        ("Finanzen", "finance"),
        ("santé", "healthcare"),
        ("Healthcare", "healthcare"),
        ("servicios públicos", "public services"),
        ("éducation", "education"),
    ],
)
def test_item_keys(item, key):
    assert item_key(item) == key


def test_acronym_defined_in_text_maps_to_full_name():
    text = (
        "OpenAI is partnering with the Ministry of Digital Development and Information (MDDI). "
        "MDDI said the lab opens soon."
    )
    ctx = Context(Document(key="1", text=text, language="en"))
    keys = {e.name: e.key for e in ctx.entities}
    assert keys["MDDI"] == keys["Ministry of Digital Development and Information"]
