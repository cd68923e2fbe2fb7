"""Spanish."""

STOPWORDS = """a al algo algunos ante antes como con contra cual cuando de del desde donde durante
    e el ella ellas ellos en entre era es esa esas ese eso esos esta estaba estas este esto estos fue
    fueron ha han hasta hay la las le les lo los más me mi mientras muy nada ni no nos nosotros o os
    otra otros para pero poco por porque que quien se sea ser si sin sobre su sus también tanto te
    tiene tienen todo todos tu un una uno unos y ya"""

LINE_CUES = {
    "page tools": """guardar
        guardar artículo
        leer más tarde
        regalar artículo
        regala esta noticia
        escuchar
        añadir a favoritos""",
    "byline": """redacción
        la redacción""",
    "photo caption": """imagen de archivo
        foto de archivo
        imagen ilustrativa
        foto ilustrativa
        cortesía
        foto cortesía
        foto: cortesía""",
    "share buttons": """compartir
        imprimir
        copiar enlace
        enviar por correo
        comparte
        compartir en facebook""",
    "comment widget": """comentarios
        comentar
        deja un comentario""",
    "ticker": """última hora
        de última hora
        en directo
        minuto a minuto
        en vivo""",
    "navigation": """volver arriba
        ir arriba
        saltar al contenido
        saltar al contenido principal
        ir al contenido
        ir al contenido principal
        omitir para ir al contenido principal
        inicio
        buscar
        buscar este blog
        formulario de contacto
        dirección postal
        iniciar sesión
        registrarse
        suscríbete
        etiquetas
        temas
        publicidad
        contenido patrocinado
        patrocinado
        contenido de marca
        futuros
        derivados
        configuración de cookies
        aceptar todo
        aviso legal""",
    "assistant widget": """asistente de ia
        pregunta a la ia""",
    "newsletter box": """boletín
        suscríbete a nuestro boletín""",
    "browser notice": """tu navegador no está actualizado
        activa javascript
        actualiza tu navegador""",
}

SECTION_CUES = {
    "related reading": """lecturas relacionadas
        artículos relacionados
        noticias relacionadas
        te puede interesar
        te podría interesar
        también te puede interesar
        lo más leído
        más leídas
        más noticias
        leer más
        lee también
        mira también
        mirá también
        le puede interesar
        te recomendamos
        te sugerimos
        contenido recomendado
        también te puede gustar""",
    "generated Q&A": """preguntas relacionadas
        preguntas frecuentes
        preguntas y respuestas""",
    "comment widget": """comentarios""",
}

SUMMARY_CUES = """resumen
    en resumen
    en breve"""

RELATED_LEADS = """te puede interesar
    te podría interesar
    también te puede interesar
    le puede interesar
    lee también
    lea también
    mira también
    mirá también
    leer más
    más información
    ver también"""

PHOTO_WORDS = "foto fotos fotografía imagen imágenes crédito ilustración gráfico fuente mapa"

BYLINE_ROLES = "periodista corresponsal redactor redactora enviado enviada especial redacción"

DATE_LABELS = """fecha
    publicado
    publicado el
    actualizado
    actualizado el"""

WEEKDAYS = """lunes martes miércoles miercoles jueves viernes sábado sabado domingo"""

AD_LABELS = "publicidad anuncio"

# words telling which of the site's logos a logo's text is ("logo sitio", "logo cabecera"), not the site's name
LOGO_PLACES = "sitio web cabecera pie principal móvil movil blanco negro oscuro claro marca"

OUTLET_LEADS = """publicado en
    reproducido de
    republicado de
    publicada en
    publicado por
    apareció en
    aparecido en
    emitido en
    emitida en
    emitido por
    originalmente en
    originalmente por"""

OWN_REPORT_LEADS = """como informó anteriormente
    según informó anteriormente
    informa el corresponsal de
    informó el corresponsal de
    según el corresponsal de
    ha podido saber
    según ha podido saber"""

OWN_REPORT_TAILS = """ha podido saber
    puede revelar"""

GRAPHIC_WORDS = "gráfico infografía"

RIGHTS_RESERVED = """todos los derechos reservados
    derechos reservados"""

LINE_LEADS = {
    "embedded post": """ver esta publicación en instagram
        una publicación compartida por
        ver en youtube""",
    "video player": """ver video
        ver vídeo
        reproducir video
        reproducir vídeo""",
    "page tools": """reportar un error
        reporta un error
        ampliar imagen
        enviar por correo
        enviar por email
        copiar enlace
        copiar link""",
    "share buttons": """compartir en
        síganos en
        siganos en
        comparte esta
        comparte en
        síguenos en
        siguenos en
        únete a nuestro canal
        unete a nuestro canal""",
    "newsletter box": """suscríbete a
        suscribete a
        recibe las noticias
        recibe nuestro boletín
        recibe nuestra newsletter""",
    "subscription prompt": """ya eres suscriptor
        ya soy suscriptor
        ya eres socio
        contenido exclusivo para
        este contenido es exclusivo
        para seguir leyendo
        hazte socio
        hazte suscriptor
        apoya el periodismo""",
    "advertisement": """continúa leyendo después
        sigue leyendo después
        la noticia continúa tras
        el artículo continúa tras""",
    "comment widget": """deja tu comentario
        deja un comentario
        comenta esta noticia
        deja una respuesta
        tu dirección de correo electrónico no será publicada
        tu correo electrónico no será publicado
        los campos obligatorios están marcados
        qué opinas""",
    "audio player": """escuchar noticia
        escucha esta noticia
        escuchar artículo
        escuchar este artículo""",
    "app promotion": """descarga nuestra app
        descarga la app
        descarga nuestra aplicación""",
    "tip line": """envíanos tu denuncia""",
    "source link": """nota original:
        artículo original:""",
    "source credit": """con información de
        con informaciones de""",
    "byline": """traducción editada por
        escrito por
        redactado por
        un artículo de
        traducción de
        traducido por""",
    "ticker": """noticia en desarrollo
        información en desarrollo
        más información en breve
        ampliaremos información
        esta noticia se está actualizando""",
    "author bio": """sobre el autor
        sobre la autora
        acerca del autor""",
    "navigation": """volver a la portada
        ir a la portada
        ver más noticias
        palabras clave:
        más noticias de
        más noticias sobre""",
    "copyright": """prohibida su reproducción
        queda prohibida la reproducción""",
}

PAGE_NOTES = {
    "cookie notice": """utilizamos cookies
        usamos cookies
        este sitio web utiliza cookies
        este sitio utiliza cookies
        esta web utiliza cookies
        si continúa navegando
        si continúas navegando""",
    "subscription prompt": """exclusivo para suscriptores
        solo para suscriptores
        sólo para suscriptores""",
    "copyright": """prohibida su reproducción
        queda prohibida la reproducción""",
}

BIO_VERBS = "es"

BYLINE_PLACE_WORDS = "en desde"

WITH_WORDS = "con y"

AGENCY_WORDS = "agencias agencia"

ROLE_NEXT_WORDS = "de del para en"

ROLE_AT_WORDS = "del para de"

OUTLET_ARTICLES = "el la los las"

NAME_JOINERS = "de del la el"

AUTHOR_LABELS = "autor autora redacción"

BYLINE_LEADS = """por
    de"""

CREDIT_LABELS = """foto
    crédito"""

CREDIT_BY_WORDS = "de"

SOURCE_WORDS = "fuente fuentes"

DESK_PATTERNS = "redacción"

PUBLISHED_WORDS = """publicado
    actualizado
    publicada
    actualizada"""

QUESTION_LABELS = "Pregunta P"

ANSWER_LABELS = "Respuesta R"

THIS_WORDS = "este esta"

TEXT_NOUNS = "artículo nota noticia texto reportaje"

READING_TIME_WORDS = "minuto minutos lectura"

READING_TIME_LABELS = """tiempo de lectura
    lectura"""

READING_TIME_PATTERNS = r"""min(?:ute)?s?\.?\s*de lectura
    minutos? de lectura"""

MINUTE_PATTERNS = "minutos?"

RELATIVE_TIME_CUES = "hace"

RELATIVE_TIME_PATTERNS = r"hace\s+\d+\s*(?:seg|min|minuto|hora|día|dia|semana|mes|año)"


# the words closing an explainer's headline
EXPLAINER_TAILS = """lo que sabemos
    lo que se sabe
    lo que hay que saber"""

# the words by which a live page's headline names it live
LIVE_PAGE_WORDS = """en vivo
    en directo
    directo
    minuto a minuto
    última hora"""

AI_WORDS = "ia inteligencia"

MAKE_WORDS = "generado redactado escrito"

ADVICE_WORDS = "asesoramiento consejo"

AI_NOTE_PATTERNS = "(generado|redactado|escrito) (con (la )?ayuda de|por|con) (la |una )?(ia|inteligencia artificial)"

ADVICE_PATTERNS = "no constituye (un )?(asesoramiento|consejo)"

SELF_REFERENCE_PATTERNS = r"""\b(est[ea]|nuestr[oa]) (artículo|nota|texto|contenido|noticia)\b
    \bnosotros\b"""

WIDGET_PATTERNS = "pregunta a (la|nuestra) ia"

NEWSLETTER_PROMO_PATTERNS = "(suscr[ií]bete|reg[ií]strate|suscr[ií]base).{0,60}(bolet[ií]n|newsletter)"

FOLLOW_PATTERNS = r"s[ií]guenos en\b"

NAV_PATTERNS = r"""(etiquetas|temas)\s*:
    haga clic aquí"""

NEWSLETTER_PATTERNS = """suscr[ií]b
    bolet[ií]n
    gratis"""

READ_FULL_PATTERNS = """lea (la )?noticia completa
    lea (el )?artículo completo
    leer (la )?noticia completa
    leer (el )?artículo completo
    leer más sobre esta (historia|noticia)
    seguir leyendo"""

VIDEO_POINTER_PATTERNS = (
    r"""en el (vídeo|video) (de arriba|de abajo|sobre estas líneas|que encabeza (esta|la) (noticia|información))"""
)

AFFILIATE_PATTERNS = "(?:podemos|puede) recibir una comisión"

SITE_LEADS = """sigue a
    siga a
    descarga la app de
    descargue la app de
    suscríbete a
    suscríbase a"""

SITE_SOURCE_LEADS = """más noticias de
    más noticias en
    lee también en
    lea también en
    cortesía de"""

PROVIDER_LEADS = """proporcionado por
    información proporcionada por
    contenido proporcionado por
    con"""

CHANNEL_WORDS = "app aplicación newsletter boletín pódcast podcast canal alertas news"
