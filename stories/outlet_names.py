"""The outlet a source is cited under, from its metadata (plain Python: no Django).

In order: the publisher the metadata gives (a bare domain is looked up in the newsroom's known-outlets
table), the outlet a byline names ("By Mei Ling Tan, Straits Wire"), then the site the origin URL
points to (known outlets first, else its host). A file name is never an outlet: a source with none of
these is "outlet missing" (stories.services.outlets refuses to cite it).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

OUTLET_MISSING = "outlet missing"

# "Name, Outlet", "Name | Outlet", "Name (Outlet)", "Name for Outlet" in a byline; what follows must not be a
# role ("Jane Doe, Senior Correspondent"), which the words below recognise in the four languages.
BYLINE_OUTLET = re.compile(
    r"^(?:by\s+)?[^,|()]+?(?:\s*[,|]\s*|\s+\(|\s+(?:for|für|pour|para)\s+)(?P<outlet>[^,|()]+?)\)?$", re.IGNORECASE
)
ROLE_WORDS = frozenset(
    """
correspondent reporter editor writer staff bureau chief columnist contributor journalist analyst producer
senior junior special political economics business science health sports foreign desk
korrespondent korrespondentin redakteur redakteurin redaktion autor autorin reporterin
correspondant correspondante rédacteur rédactrice journaliste envoyé envoyée spécial spéciale
corresponsal redactor redactora periodista enviado enviada especial
""".split()
)
DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)+)/?$", re.IGNORECASE)


def _host(url: str) -> str:
    url = (url or "").strip()
    if not url.lower().startswith(("http://", "https://")):
        return ""
    return (urlsplit(url).hostname or "").lower().removeprefix("www.")


def _known(host: str, known: dict[str, str]) -> str:
    """The known outlet of a host or of a domain above it (news.example.com → example.com)."""
    parts = host.split(".")
    for i in range(len(parts) - 1):
        name = known.get(".".join(parts[i:]))
        if name:
            return name
    return ""


def byline_outlet(author: str) -> str:
    """The outlet a byline names after the person, or "" (a role such as "Senior Correspondent" is none)."""
    match = BYLINE_OUTLET.match(" ".join((author or "").split()))
    if not match:
        return ""
    outlet = match.group("outlet").strip(" .·-")
    if not outlet or any(word.strip(".").lower() in ROLE_WORDS for word in outlet.split()):
        return ""
    return outlet


def resolve_outlet(*, publisher: str, author: str, origin: str, known: dict[str, str]) -> str:
    """The outlet name for these metadata, or "" when none can be found."""
    publisher = (publisher or "").strip()
    if publisher:
        domain = DOMAIN.match(publisher)
        if domain:
            host = domain.group("host").lower()
            return _known(host, known) or host
        return publisher
    outlet = byline_outlet(author)
    if outlet:
        return outlet
    host = _host(origin)
    return (_known(host, known) or host) if host else ""
