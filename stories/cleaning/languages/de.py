"""German."""

STOPWORDS = """aber alle allem allen aller alles als also am an andere anderen auch auf aus bei bin
    bis bist da damit dann das dass dem den denn der des dich die dies diese dieser dieses dir doch dort
    du durch ein eine einem einen einer eines er es etwas für gegen gegenüber hat hatte hatten habe haben
    hier hin hinter ich ihm ihn ihnen ihr ihre im in ist jede jedem jeden jeder jetzt kann kein keine
    können man mehr mich mit muss nach nicht nichts noch nun nur ob oder ohne seit sein seine sich sie
    sind so soll sollte sondern über um und uns unser unter vom von vor war waren warum was weil welche
    wenn werden wie wir wird wurde wurden zu zum zur zwischen sagte"""

LINE_CUES = {
    "page tools": """merken
        artikel merken
        gemerkt
        zur merkliste
        zur merkliste hinzufügen
        später lesen
        artikel verschenken
        anhören""",
    "byline": """redaktion
        online-redaktion""",
    "photo caption": """archivbild
        archivfoto
        symbolbild
        symbolfoto
        archivaufnahme""",
    "share buttons": """teilen
        drucken
        link kopieren
        per e-mail
        artikel teilen
        diesen artikel teilen
        per e-mail teilen""",
    "comment widget": """kommentare
        kommentar
        kommentieren
        kommentar schreiben""",
    "ticker": """eilmeldung
        aktuell
        liveticker
        minute für minute
        live-ticker
        live-kommentar""",
    "navigation": """nach oben
        zurück nach oben
        zum inhalt springen
        zum hauptinhalt springen
        direkt zum inhalt
        startseite
        suche
        diesen blog durchsuchen
        kontaktformular
        postanschrift
        anmelden
        abonnieren
        mehr
        themen
        schlagwörter
        anzeige
        werbung
        gesponsert
        bezahlter inhalt
        sponsored
        impressum
        datenschutz
        cookie-einstellungen
        alle akzeptieren
        zurück
        weiter""",
    "assistant widget": """ki-assistent
        frag die ki""",
    "newsletter box": """newsletter abonnieren
        zum newsletter anmelden""",
    "browser notice": """ihr browser ist veraltet
        bitte aktivieren sie javascript
        javascript ist deaktiviert""",
}

SECTION_CUES = {
    "related reading": """ähnliche artikel
        ähnliche beiträge
        verwandte artikel
        das könnte sie auch interessieren
        auch interessant
        lesen sie auch
        lesen sie mehr
        meistgelesen
        meistgelesene artikel
        mehr zum thema
        weitere artikel
        weitere nachrichten
        empfehlungen
        unsere empfehlung
        unsere empfehlungen
        empfohlene artikel""",
    "generated Q&A": """häufig gestellte fragen
        fragen und antworten
        verwandte fragen""",
    "comment widget": """kommentare""",
}

SUMMARY_CUES = """zusammenfassung
    das wichtigste in kürze
    in kürze
    kurz gesagt"""

RELATED_LEADS = """lesen sie auch
    lesen sie mehr
    mehr zum thema
    auch interessant
    mehr dazu"""

PHOTO_WORDS = "foto fotos bild bilder bildquelle grafik illustration quelle karte"

BYLINE_ROLES = "redakteur redakteurin korrespondent korrespondentin autor autorin journalist journalistin redaktion"

DATE_LABELS = """datum
    veröffentlicht
    veröffentlicht am
    aktualisiert
    aktualisiert am
    stand"""

WEEKDAYS = """montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag mo di mi do fr sa so"""

AD_LABELS = "anzeige werbung"

# words telling which of the site's logos a logo's text is ("Seite Logo", "Kopfzeile Logo"), not the site's name
LOGO_PLACES = "seite webseite website kopfzeile fußzeile haupt mobil weiß schwarz dunkel hell marke"

OUTLET_LEADS = """erschien in
    übernommen von
    übernommen aus
    erschien im
    erschien bei
    erschienen in
    erschienen im
    erschienen bei
    veröffentlicht in
    veröffentlicht im
    veröffentlicht bei
    im programm
    gesendet im
    gesendet in
    zuerst bei
    zuerst in
    zuerst im"""

OWN_REPORT_LEADS = """wie zuvor berichtet von
    berichtet der korrespondent von
    berichtet ein korrespondent von"""

OWN_REPORT_TAILS = """-informationen
    -recherchen"""

GRAPHIC_WORDS = "grafik grafiken infografik"

RIGHTS_RESERVED = """alle rechte vorbehalten"""

LINE_LEADS = {
    "embedded post": """diesen beitrag auf instagram ansehen
        ein beitrag geteilt von
        auf youtube ansehen
        externer inhalt""",
    "video player": """video abspielen
        zum video
        video starten
        jetzt ansehen""",
    "page tools": """fehler melden
        fehler gefunden
        bild vergrößern
        per e-mail senden
        per mail versenden
        link kopieren""",
    "share buttons": """artikel teilen
        teilen sie
        folgen sie uns
        folge uns""",
    "newsletter box": """jetzt newsletter
        jetzt den newsletter
        newsletter abonnieren
        abonnieren sie unseren
        verpassen sie keine""",
    "subscription prompt": """bereits abonnent
        schon abonnent
        sie sind bereits abonnent
        jetzt weiterlesen
        weiterlesen mit
        zum weiterlesen
        jetzt abonnieren
        jetzt abo
        exklusiv für abonnenten
        unterstützen sie unseren journalismus
        unterstützen sie unabhängigen journalismus""",
    "advertisement": """weiter nach der anzeige
        lesen sie nach der anzeige weiter
        der artikel wird unter der anzeige fortgesetzt
        artikel wird unter der anzeige fortgesetzt""",
    "comment widget": """jetzt kommentieren
        kommentar verfassen
        kommentar schreiben
        diskutieren sie mit
        schreiben sie einen kommentar
        schreibe einen kommentar
        hinterlasse einen kommentar
        deine e-mail-adresse wird nicht veröffentlicht
        ihre e-mail-adresse wird nicht veröffentlicht
        erforderliche felder sind""",
    "audio player": """artikel vorlesen
        artikel anhören
        artikel hören
        hören sie sich den artikel an
        vorlesen lassen""",
    "app promotion": """laden sie unsere app
        jetzt die app
        app herunterladen
        hol dir die app""",
    "tip line": """hinweis an die redaktion
        haben sie einen hinweis""",
    "author bio": """über den autor
        über die autorin
        zur autorin
        zum autor""",
    "navigation": """zur startseite
        zurück zur startseite
        alle artikel
        schlagworte:
        stichworte:
        stichwörter:
        mehr aus dem ressort
        mehr nachrichten""",
    "copyright": """nachdruck nur mit""",
    "source link": """originalartikel:
        zum originalartikel""",
    "source credit": """mit material von
        mit material der
        mit informationen von""",
    "byline": """übersetzt von
        ein artikel von
        ein beitrag von
        ein kommentar von
        text von
        übersetzung:
        aus dem englischen von""",
    "ticker": """mehr informationen in kürze
        mehr informationen folgen
        weitere informationen folgen
        dieser artikel wird aktualisiert
        dieser artikel wird laufend aktualisiert
        der artikel wird laufend aktualisiert""",
}

PAGE_NOTES = {
    "cookie notice": """wir verwenden cookies
        wir nutzen cookies
        wir setzen cookies
        diese website verwendet cookies
        diese webseite verwendet cookies
        diese seite verwendet cookies
        diese website nutzt cookies""",
    "subscription prompt": """nur für abonnenten
        exklusiv für abonnenten
        exklusiv für abonnentinnen""",
    "copyright": """vervielfältigung nur mit
        nachdruck nur mit""",
}

BIO_VERBS = "ist"

BYLINE_PLACE_WORDS = "in aus"

WITH_WORDS = "mit und"

AGENCY_WORDS = "agenturen agentur"

ROLE_NEXT_WORDS = "bei für der des im am in"

ROLE_AT_WORDS = "bei für der des beim von"

OUTLET_ARTICLES = "der die das den dem"

NAME_JOINERS = "der"

AUTHOR_LABELS = "autor redaktion"

BYLINE_LEADS = "von"

CREDIT_LABELS = """foto
    bildquelle"""

CREDIT_BY_WORDS = "von"

SOURCE_WORDS = "quelle quellen"

DESK_PATTERNS = "redaktion"

PUBLISHED_WORDS = """veröffentlicht
    aktualisiert"""

QUESTION_LABELS = "Frage F"

ANSWER_LABELS = "Antwort"

THIS_WORDS = "dieser diese dieses"

TEXT_NOUNS = "artikel beitrag text nachricht meldung sendung"

READING_TIME_WORDS = "minuten lesezeit"

READING_TIME_LABELS = """lesezeit
    lesedauer"""

READING_TIME_PATTERNS = r"""min(?:ute)?s?\.?\s*lesezeit
    minuten? lesezeit"""

MINUTE_PATTERNS = "minuten"

RELATIVE_TIME_CUES = "vor"

RELATIVE_TIME_PATTERNS = r"\bvor\s+\d+\s*(?:sek|sekunden|min|minute|minuten|stunde|stunden|tag|tagen|woche|wochen|monat|monaten|jahr|jahren)\b"


# the words closing an explainer's headline
EXPLAINER_TAILS = """was wir wissen
    was bisher bekannt ist
    was bekannt ist
    das wissen wir
    das ist bekannt"""

# the words by which a live page's headline names it live
LIVE_PAGE_WORDS = """live
    liveticker
    live-ticker
    liveblog
    live-blog
    im liveblog
    im ticker"""

AI_WORDS = "ki künstlicher künstliche"

MAKE_WORDS = "erstellt generiert verfasst"

ADVICE_WORDS = "anlageberatung"

AI_NOTE_PATTERNS = r"""(erstellt|generiert|verfasst) mit (hilfe )?(von )?(ki|künstlicher intelligenz)
    mit (hilfe )?(von )?(ki|künstlicher intelligenz) (erstellt|generiert|verfasst|geschrieben)"""

ADVICE_PATTERNS = "keine anlageberatung"

SELF_REFERENCE_PATTERNS = r"""\bdiese[rsn]? (artikel|beitrag|text|inhalt)\b
    \bwir\b"""

WIDGET_PATTERNS = "frag(en sie)? (die|unsere) ki"

NEWSLETTER_PROMO_PATTERNS = r"""(abonnieren sie|melden sie sich).{0,60}newsletter
    newsletter.{0,40}(abonnieren|anmelden)"""

FOLLOW_PATTERNS = r"folgen sie uns\b"

NAV_PATTERNS = r"""(schlagw[öo]rter|themen)\s*:
    klicken sie hier"""

NEWSLETTER_PATTERNS = """abonn
    anmelden
    kostenlos"""

READ_FULL_PATTERNS = """weiterlesen
    vollständigen artikel lesen
    ganzen artikel lesen"""

VIDEO_POINTER_PATTERNS = r"""im video (oben|unten|über diesem text|am anfang des artikels|zu beginn des artikels)
    im video am anfang des textes"""

AFFILIATE_PATTERNS = "wir erhalten (?:eine )?provision"

SITE_LEADS = """folgen sie
    folge
    laden sie die
    hol dir die
    abonnieren sie den
    abonnieren sie"""

SITE_SOURCE_LEADS = """mehr von
    mehr bei
    mehr beim
    mehr nachrichten von
    mit freundlicher genehmigung von"""

PROVIDER_LEADS = """bereitgestellt von
    zur verfügung gestellt von
    inhalt bereitgestellt von
    mit"""

CHANNEL_WORDS = "app newsletter podcast kanal eilmeldungen news"
