"""Per-language word lists: stop words (for density and language switches) and cue phrases
(for the boilerplate every news site has: related reading, newsletter boxes, share buttons...).

These are rules about the languages and about how web pages are built, not about any article.
"""
from __future__ import annotations

import re

STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("""a about above after again against all also am an and any are as at be because been
        before being below between both but by can could did do does doing down during each few for from
        further had has have having he her here hers him his how i if in into is it its itself just me more
        most my no nor not now of off on once only or other our ours out over own same she should so some
        such than that the their theirs them then there these they this those through to too under until up
        very was we were what when where which while who whom why will with would you your yours""".split()),
    "de": frozenset("""aber alle allem allen aller alles als also am an andere anderen auch auf aus bei bin
        bis bist da damit dann das dass dem den denn der des dich die dies diese dieser dieses dir doch dort
        du durch ein eine einem einen einer eines er es etwas für gegen gegenüber hat hatte hatten habe haben
        hier hin hinter ich ihm ihn ihnen ihr ihre im in ist jede jedem jeden jeder jetzt kann kein keine
        können man mehr mich mit muss nach nicht nichts noch nun nur ob oder ohne seit sein seine sich sie
        sind so soll sollte sondern über um und uns unser unter vom von vor war waren warum was weil welche
        wenn werden wie wir wird wurde wurden zu zum zur zwischen sagte""".split()),
    "fr": frozenset("""au aux avec ce ces cette dans de des du elle elles en est et eux il ils je la le les
        leur leurs lui ma mais me même mes moi mon ne nos notre nous on ou où par pas pour qu que qui sa se
        ses son sont sur ta te tes toi ton tu un une vos votre vous été était étaient être avoir ont a sans
        aussi comme plus chaque très tout tous toutes dont cet ainsi l d qu n c j""".split()),
    "es": frozenset("""a al algo algunos ante antes como con contra cual cuando de del desde donde durante
        e el ella ellas ellos en entre era es esa esas ese eso esos esta estaba estas este esto estos fue
        fueron ha han hasta hay la las le les lo los más me mi mientras muy nada ni no nos nosotros o os
        otra otros para pero poco por porque que quien se sea ser si sin sobre su sus también tanto te
        tiene tienen todo todos tu un una uno unos y ya""".split()),
    "it": frozenset("""a ad al alla alle anche che chi ci con come da dal dalla degli dei del della delle
        di e è gli ha hanno il in io la le lei lo loro lui ma mi ne nei nel nella non o per più quale
        quando questa questo se si sono su sua suo sul sulla tra un una uno""".split()),
    "pt": frozenset("""a ao aos as com como da das de do dos e é ela ele eles em entre era essa esse esta
        este eu foi foram há isso já lhe mais mas me mesmo na nas no nos não o os ou para pela pelo por
        qual quando que se sem seu seus sua suas também tem um uma você""".split()),
    "nl": frozenset("""aan al als bij dat de den der deze die dit door een en er had heb hebben heeft het
        hij hoe hun ik in is je kan maar me met mij na naar niet nog nu of om ons onze ook op over te tegen
        toe tot uit van veel voor was wat we wel werd wie wij worden wordt zal ze zei zich zij zijn zo""".split()),
}

# words that occur in several languages and say nothing about which one it is
AMBIGUOUS = frozenset("a e o en de la le les des un in is am die me no se si so te du da al an es".split())

LANGS = tuple(STOPWORDS)

WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)

# Navigation, widgets, promotion. Matched against a whole (short) line, lower-cased,
# punctuation/emoji trimmed. Values: removal reason.
LINE_CUES: dict[str, str] = {}


def _add(reason: str, phrases: str) -> None:
    for p in phrases.strip().split("\n"):
        p = p.strip()
        if p:
            LINE_CUES[p] = reason


_add("share buttons", """
share
share this
share this article
share this story
share on facebook
share on twitter
share on x
share on linkedin
tweet
email
print
copy link
link copied
compartir
comparte
compartir en facebook
teilen
artikel teilen
diesen artikel teilen
partager
partager cet article
condividi
partilhar
delen
facebook
twitter
linkedin
whatsapp
telegram
reddit
pinterest
""")
_add("share buttons", """
поделиться
udostępnij
udostępnij artykuł
condividi su facebook
compartilhe
deel dit artikel
""")
_add("comment widget", """
комментарии
komentarze
""")
_add("navigation", """
реклама
reklama
главная
strona główna
""")
_add("comment widget", """
comments
comment
leave a comment
leave a reply
add a comment
post a comment
show comments
view comments
join the conversation
comentarios
comentar
deja un comentario
kommentare
kommentar
kommentieren
kommentar schreiben
commentaires
commentaire
laisser un commentaire
réagir
commenti
comentários
reacties
""")
_add("ticker", """
breaking news
breaking
live
live updates
just in
trending
trending now
latest news
top stories
analyzing latest trends
loading
loading...
última hora
de última hora
eilmeldung
aktuell
liveticker
dernière minute
en direct
à la une
ultim'ora
""")
_add("navigation", """
home
menu
search
log in
login
sign in
sign up
register
subscribe
subscribe now
back to top
skip to content
skip to main content
next article
previous article
next
previous
more
see more
show more
read more
load more
all news
news
markets
trading
spot
futures
futuros
derivatives
derivados
earn
wallet
buy crypto
inicio
buscar
iniciar sesión
registrarse
suscríbete
startseite
suche
anmelden
abonnieren
mehr
accueil
rechercher
connexion
s'abonner
s'inscrire
voir plus
lire plus
tags
tag
topics
etiquetas
themen
schlagwörter
mots-clés
sujets
advertisement
ad
sponsored
anzeige
werbung
publicité
publicidad
cookie settings
accept cookies
privacy policy
terms of service
terms of use
contact us
about us
impressum
datenschutz
""")
_add("assistant widget", """
ai content assistant
ai assistant
ask ai
ask me anything about this article
ask a question about this article
""")
_add("newsletter box", """
newsletter
newsletters
sign up for our newsletter
subscribe to our newsletter
get the newsletter
boletín
suscríbete a nuestro boletín
newsletter abonnieren
abonnez-vous
abonnez-vous à notre newsletter
inscrivez-vous
choisis ton rythme
choisissez votre rythme
""")

# Widgets that start with these words
WIDGET_RE = re.compile(
    r"^(ask (me|us|ai|the ai|our assistant) (anything|a question)|ask a question about|chat with (our|the) (ai|assistant)|"
    r"pregunta a (la|nuestra) ia|frag(en sie)? (die|unsere) ki|posez (votre question|une question) à (l'|notre )ia)",
    re.IGNORECASE,
)

# Promotion lines with some words around the cue
PROMO_RE = re.compile(
    r"^(?:(?P<newsletter>(sign up|subscribe|register|join)\b.{0,80}\b(newsletter|inbox|briefing|digest|email alerts?)|"
    r"get (our|the) .{0,40}newsletter|"
    r"(abonnieren sie|melden sie sich).{0,60}newsletter|newsletter.{0,40}(abonnieren|anmelden)|"
    r"(inscrivez-vous|abonnez-vous|inscris-toi|abonne-toi).{0,60}(newsletter|lettre)|"
    r"(suscr[ií]bete|reg[ií]strate|suscr[ií]base).{0,60}(bolet[ií]n|newsletter))|"
    r"(?P<share>(follow us|find us|like us) on\b|s[ií]guenos en\b|folgen sie uns\b|suivez-nous\b|seguici su\b)|"
    r"(?P<nav>(tags|topics|filed under|categories|category|etiquetas|temas|schlagw[öo]rter|themen|mots-cl[ée]s|tag)\s*:|"
    r"click here\b|haga clic aquí|klicken sie hier|cliquez ici))",
    re.IGNORECASE,
)

# Headings that open a section of other content that runs to the next article-like paragraph
# (usually to the end of the page). Values: removal reason for the heading and the section.
SECTION_CUES: dict[str, str] = {}


def _section(reason: str, phrases: str) -> None:
    for p in phrases.strip().split("\n"):
        p = p.strip()
        if p:
            SECTION_CUES[p] = reason


_section("related reading", """
related
related articles
related stories
related posts
related news
related reading
related content
related coverage
related topics
read more
read next
read also
read this next
more stories
more news
more from
more from this author
more in
more on this
more on this story
more on this topic
you may also like
you might also like
you may be interested in
recommended
recommended for you
recommended articles
recommended stories
popular
popular posts
popular posts from this blog
most popular
most read
most viewed
trending articles
top articles
latest articles
latest posts
latest stories
also read
see also
further reading
other stories
don't miss
lecturas relacionadas
artículos relacionados
noticias relacionadas
te puede interesar
también te puede interesar
lo más leído
más leídas
más noticias
leer más
ähnliche artikel
ähnliche beiträge
verwandte artikel
das könnte sie auch interessieren
auch interessant
lesen sie auch
meistgelesen
mehr zum thema
weitere artikel
à lire aussi
a lire aussi
lire aussi
articles similaires
articles liés
sur le même sujet
les plus lus
vous aimerez aussi
à voir aussi
articoli correlati
leggi anche
potrebbe interessarti
artigos relacionados
leia também
gerelateerde artikelen
lees ook
""")
_section("related reading", """
читайте также
смотрите также
похожие статьи
по теме
czytaj także
czytaj też
zobacz także
zobacz też
powiązane artykuły
polecane
""")
_section("generated Q&A", """
faq
faqs
frequently asked questions
questions and answers
q&a
related questions
people also ask
key questions
preguntas relacionadas
preguntas frecuentes
preguntas y respuestas
häufig gestellte fragen
fragen und antworten
verwandte fragen
questions fréquentes
foire aux questions
questions connexes
domande frequenti
perguntas frequentes
""")
_section("comment widget", """
comments
leave a comment
leave a reply
join the conversation
comentarios
kommentare
commentaires
""")

# Headings of a summary box whose next paragraph is the dek.
SUMMARY_CUES = frozenset("""summary
in summary
in brief
in short
at a glance
tl;dr
tldr
key points
key takeaways
the gist
resumen
en resumen
en breve
zusammenfassung
das wichtigste in kürze
in kürze
kurz gesagt
résumé
en bref
l'essentiel
riassunto
in breve
resumo
samenvatting""".split("\n"))

# Phrases inside a line that mark it as a disclaimer / AI-assistance note.
DISCLAIMER_RE = re.compile(
    r"(written|generated|produced|created|drafted|translated)\s+(with|by|using)\s+(the\s+)?(help\s+of\s+)?"
    r"(an?\s+)?(ai|artificial intelligence|machine translation)|\bai[- ]assisted\b|\bai[- ]generated\b|"
    r"not (intended as |to be construed as )?(financial|investment|legal) advice|for informational purposes only|"
    r"does not constitute (financial|investment) advice|views expressed .{0,40}(are|do not)|"
    r"do your own research|\bdyor\b|"
    r"(erstellt|generiert|verfasst) mit (hilfe )?(von )?(ki|künstlicher intelligenz)|keine anlageberatung|"
    r"mit (hilfe )?(von )?(ki|künstlicher intelligenz) (erstellt|generiert|verfasst|geschrieben)|"
    r"(rédigé|généré|écrit) (avec l'aide de|par|avec) (l'|une )?(ia|intelligence artificielle)|"
    r"ne constitue pas un conseil|"
    r"(generado|redactado|escrito) (con (la )?ayuda de|por|con) (la |una )?(ia|inteligencia artificial)|"
    r"no constituye (un )?(asesoramiento|consejo)",
    re.IGNORECASE,
)

# An AI-assistance note is about the page itself; a sentence about AI-generated images in an
# article about AI is not a disclaimer. Longer paragraphs must refer to the page.
SELF_REFERENCE_RE = re.compile(
    r"\b(this|the|our) (article|story|post|piece|content|text|summary|report|editorial|page|newsletter)\b|"
    r"\b(est[ea]|nuestr[oa]) (artículo|nota|texto|contenido|noticia)\b|\bdiese[rsn]? (artikel|beitrag|text|inhalt)\b|"
    r"\b(cet|cette|notre) (article|contenu|texte)\b|\bquesto (articolo|testo|contenuto)\b|\b(we|nous|wir|nosotros)\b",
    re.IGNORECASE,
)
AI_NOTE_RE = re.compile(
    r"(written|generated|produced|created|drafted|translated)\s+(with|by|using)\s+(the\s+)?(help\s+of\s+)?"
    r"(an?\s+)?(ai|artificial intelligence|machine translation)|\bai[- ]assisted\b|\bai[- ]generated\b|"
    r"(erstellt|generiert|verfasst) mit (hilfe )?(von )?(ki|künstlicher intelligenz)|"
    r"mit (hilfe )?(von )?(ki|künstlicher intelligenz) (erstellt|generiert|verfasst|geschrieben)|"
    r"(rédigé|généré|écrit) (avec l'aide de|par|avec) (l'|une )?(ia|intelligence artificielle)|"
    r"(generado|redactado|escrito) (con (la )?ayuda de|por|con) (la |una )?(ia|inteligencia artificial)",
    re.IGNORECASE,
)

# "Read the full story at X", "Originally published at X", "Source: X"
READ_FULL_RE = re.compile(
    r"^(read (the )?(full|original|complete) (story|article|report|post)( at| on| here)?|"
    r"continue reading|originally (published|appeared) (at|on|in)|this (article|story|post) (first |originally )?appeared (on|in|at)|"
    r"this (article|story|post) (was )?(first |originally )?(published|posted) (on|in|at|by)|"
    r"lea (la noticia|el artículo) completa?|leer (el artículo|la noticia) completa?|seguir leyendo|"
    r"weiterlesen|vollständigen artikel lesen|ganzen artikel lesen|lire la suite|lire l'article (complet|original)|"
    r"continua a leggere|leia mais|lees verder)\b",
    re.IGNORECASE,
)
SOURCE_RE = re.compile(
    r"^(source|sources|fuente|fuentes|quelle|quellen|fonte|fonti|bron|image source|photo|foto|credit|crédito|bildquelle|crédit photo)\s*[:：]\s*\S",
    re.IGNORECASE,
)

# Byline: "By Jane Doe", "Por Ana", "Von Max Muster", "Par Jean", "author: X"
BYLINE_RE = re.compile(
    r"^(?:by|written by|words by|reported by|reporting by|additional reporting by|text by|por|von|par|di|door|de)\s+"
    r"(?P<name>[^\W\d_][\w.'’\- ]{1,60}?)\s*(?:[·•|,;–—-]|$|\d+\s*(?:min|minute))",
    re.IGNORECASE,
)
AUTHOR_FIELD_RE = re.compile(
    r"(?:^|[\s,;])(?:author|authors|autor|autora|auteur|autore|writer|reporter|redacción|redaktion)\s*[:：]\s*"
    r"(?P<name>[^\W\d_][\w.'’\- ]{1,60}?)\s*(?:[.,;|·]|$)",
    re.IGNORECASE,
)
READING_TIME_RE = re.compile(
    r"\b\d+\s*(?:-?\s*)(?:min(?:ute)?s?\.?\s*(?:read|de lectura|lesezeit|lecture|di lettura|leestijd|read time)|"
    r"minutos? de lectura|minuten? lesezeit|min(?:utes?)? de lecture)\b|\b(?:reading time|lesezeit|tiempo de lectura|temps de lecture)\s*:?\s*\d+",
    re.IGNORECASE,
)
# "3 hours ago", "Hace 33 min(s)", "vor 5 Minuten", "il y a 2 heures"
RELATIVE_TIME_RE = re.compile(
    r"(?:\b\d+\s*(?:min(?:ute)?s?|h|hrs?|hours?|days?|weeks?)\.?\s+ago\b|"
    r"hace\s+\d+\s*(?:min|minuto|hora|día|dia|semana|mes)|"
    r"\bvor\s+\d+\s*(?:min|minute|minuten|stunde|stunden|tag|tagen)\b|"
    r"\bil y a\s+\d+\s*(?:min|minute|h|heure|jour|semaine)|"
    r"\b\d+\s*(?:min|ore|ora|giorni)\s+fa\b|\bhá\s+\d+\s*(?:min|hora|dia))",
    re.IGNORECASE,
)
# "Published on", "Publicado a", "Updated", "Veröffentlicht am", "Publié le"
PUBLISHED_WORDS = (
    r"published|posted|updated|last updated|publicado|actualizado|publicada|actualizada|"
    r"veröffentlicht|aktualisiert|publié|mis à jour|modifié|pubblicato|aggiornato|gepubliceerd|bijgewerkt"
)
COPYRIGHT_RE = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?P<name>[^.|·,]{2,60})", re.IGNORECASE)
# Q&A lines: "Q: ...?", "QWhat ...?", "Question: ...", "P: ..." (pregunta), "F: ..." (Frage)
QUESTION_RE = re.compile(r"^(?:Q|Question|Pregunta|P|Frage|F|D|Domanda)(?:\s*[:.)\-–]\s*|(?=[A-Z¿ÁÉÍÓÚÀ-ÖØ-Þ]))(?P<rest>\S.*)$")
ANSWER_RE = re.compile(r"^(?:A|Answer|Respuesta|R|Antwort|Réponse|Risposta|Resposta)(?:\s*[:.)\-–]\s*|(?=[A-ZÁÉÍÓÚÀ-ÖØ-Þ]))(?P<rest>\S.*)$")
GLUED_QA_RE = re.compile(r"^[QA][A-Z¿][a-z]")

# Byline suffixes that mean the "author" is an organisation's desk: "Pulse AI Editorial" -> "Pulse AI"
DESK_SUFFIX_RE = re.compile(
    r"\s+(?:editorial(?:\s+(?:team|board|staff|desk))?|staff|team|desk|newsroom|news desk|editors|"
    r"redaktion|rédaction|redacción|redazione|redactie|staff writers?)\s*$",
    re.IGNORECASE,
)

NEWSLETTER_WORDS = re.compile(
    r"\b(newsletter|subscribe|unsubscribe|sign up|inbox|no spam|spam|free|suscr[ií]b|bolet[ií]n|gratis|"
    r"abonn|anmelden|kostenlos|abonnez|inscri|gratuit|désabonnement|désinscri|rythme|iscriviti)",
    re.IGNORECASE,
)

# Cheap gates: a pattern is only tried when the paragraph holds one of these words.
READING_TIME_TRIGGERS = frozenset("min mins minute minutes minuto minutos minuten lesezeit reading lectura lecture lettura leestijd".split())
AUTHOR_TRIGGERS = frozenset("author authors autor autora auteur autore writer reporter redacción redaktion".split())
_AI_WORDS = frozenset("ai ia ki artificial artificielle artificiale inteligencia künstlicher künstliche machine".split())
_MAKE_WORDS = frozenset("""written generated produced created drafted translated assisted assistance rédigé généré écrit
    generado redactado escrito erstellt generiert verfasst""".split())
_ADVICE_WORDS = frozenset("advice informational dyor expressed anlageberatung conseil asesoramiento consejo".split())


def disclaimer_gate(words: frozenset) -> bool:
    """Cheap pre-check before DISCLAIMER_RE (which is slow to run on every paragraph)."""
    return not words.isdisjoint(_ADVICE_WORDS) or (
        not words.isdisjoint(_AI_WORDS) and not words.isdisjoint(_MAKE_WORDS))
RELATIVE_TRIGGERS = ("ago", "hace", "vor ", "il y a", " fa", "há ")


# ---------------------------------------------------------------- page metadata lines and credits

# Labels of a page-date field at the top of a dump ("date 2024-10-09", "Fecha: 09/10/2024")
DATE_LABELS = ("date", "dated", "datum", "fecha", "data", "published", "posted", "publié le", "publié", "publicado",
               "veröffentlicht", "veröffentlicht am", "publicado el", "mis en ligne le", "stand")

# Words that label a picture or its credit ("Photo: AFP", "Foto: dpa", "Crédit photo", "Fuente:")
PHOTO_WORDS = {
    "en": "photo photos photograph picture pictures image images credit photo credit illustration graphic handout file photo",
    "de": "foto fotos bild bilder bildquelle grafik illustration quelle",
    "fr": "photo photos image images crédit crédit photo illustration infographie source",
    "es": "foto fotos fotografía imagen imágenes crédito ilustración gráfico fuente",
}
# News and photo agencies whose name makes a credit ("REUTERS/Jane Doe", "| EFE", "( AFP / X )")
AGENCIES = ("Reuters", "AFP", "AP", "EPA", "EFE", "EPA-EFE", "dpa", "ANP", "ANSA", "Getty Images", "Getty",
            "Shutterstock", "Keystone", "Keystone-SDA", "SDA", "ATS", "Xinhua", "Bloomberg", "imago",
            "picture alliance", "picture-alliance", "Alamy", "Sipa", "Abaca", "Europa Press", "Agencia EFE", "AAP",
            "PA", "Kyodo", "Yonhap", "Anadolu", "TASS", "Belga", "APA", "Hans Lucas", "Zuma", "NurPhoto", "Hayoo")


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_PHOTO_ALT = _alternation([w for words in PHOTO_WORDS.values() for w in words.split()]
                          + ["photo credit", "crédit photo", "file photo"])
_AGENCY_ALT = _alternation(AGENCIES)
_CAPS = r"[A-Z]{2,}(?:-[A-Z]{2,})?"
# A picture caption's credit at the end of a short paragraph (each branch looks at most ~80
# characters ahead, so searching a paragraph is linear in its length)
CAPTION_CREDIT_RE = re.compile(
    r"(?:^|[\s|(–—-])(?i:" + _PHOTO_ALT + r")s?\s*(?:(?i:provided by|by|de|von|par)\s+|:\s*)(?P<who>[^\s|:][^|:!?]{0,70})\)?\s*$"
    r"|\|\s*(?:(?i:" + _AGENCY_ALT + r")|(?i:" + _PHOTO_ALT + r")\s*:[^|]{1,80})\s*$"
    r"|\(\s*(?:(?i:" + _PHOTO_ALT + r")\s*:[^()]{1,80}|[^()]{0,40}\b(?i:handout)|(?i:" + _AGENCY_ALT + r")\s*/[^()]{1,60})\s*\)\s*$"
    r"|(?:\b(?i:" + _AGENCY_ALT + r")|\b" + _CAPS + r")\s*/\s*[A-Z][\w.'’ -]{1,40}(?:/[\w ]{1,30}){0,3}\s*$"
    r"|\b[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}\s*/\s*(?:(?i:" + _AGENCY_ALT + r")|" + _CAPS + r")\s*$"
)
# A caption that opens with the agency's name in capitals ("SHUTTERSTOCK Mars, fabricante de ...")
CAPTION_AGENCY_FIRST_RE = re.compile(r"^(?:" + _alternation(a.upper() for a in AGENCIES) + r")\s+[A-ZÀ-Þ]")
# A post embedded from a social network ("pic.twitter.com/...", "— Name (@handle) October 13, 2024")
EMBEDDED_POST_RE = re.compile(r"pic\.twitter\.com/|https?://t\.co/|\(@\w{1,30}\)\s+\w+\.?\s+\d{1,2},\s+\d{4}")
# A wire dateline naming the agency or outlet: "(Reuters) - ", "Aug. 14 (UPI) -- ", "(BFM Bourse) - "
WIRE_DATELINE_RE = re.compile(r"^[^()\n]{0,60}?\((?P<org>[A-Z][\w&.'’ -]{1,30}?)\)\s*(?:--?|–|—)\s+\S")

# Words of a byline that name the writer's role, not the outlet ("By Jane Doe, Staff Writer")
BYLINE_ROLES = {
    "en": "reporter correspondent editor writer staff contributor columnist journalist analyst senior chief news desk",
    "de": "redakteur redakteurin korrespondent korrespondentin autor autorin journalist journalistin redaktion",
    "fr": "journaliste correspondant correspondante rédacteur rédactrice envoyé envoyée spécial spéciale rédaction",
    "es": "periodista corresponsal redactor redactora enviado enviada especial redacción",
}
BYLINE_ROLE_WORDS = frozenset(w for words in BYLINE_ROLES.values() for w in words.split())
