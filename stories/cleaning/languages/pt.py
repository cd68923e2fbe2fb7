"""Portuguese."""

STOPWORDS = """a ao aos as com como da das de do dos e é ela ele eles em entre era essa esse esta
    este eu foi foram há isso já lhe mais mas me mesmo na nas no nos não o os ou para pela pelo por
    qual quando que se sem seu seus sua suas também tem um uma você"""
LINE_CUES = {"share buttons": "partilhar\ncompartilhe", "comment widget": "comentários"}
SECTION_CUES = {"related reading": "artigos relacionados\nleia também", "generated Q&A": "perguntas frequentes"}
SUMMARY_CUES = "resumo"
RELATED_LEADS = "leia também\nleia mais"
PHOTO_WORDS = "foto imagem"
BYLINE_ROLES = "jornalista correspondente redação"
DATE_LABELS = "data\npublicado\natualizado"
WEEKDAYS = "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo"
AD_LABELS = "publicidade"
OUTLET_LEADS = "publicado em\npublicado no\npublicado na"
NAME_JOINERS = "de do da dos das"
GRAPHIC_WORDS = "gráfico infografia"
RIGHTS_RESERVED = """todos os direitos reservados"""
ANSWER_LABELS = "Resposta"
RELATIVE_TIME_CUES = "há"
RELATIVE_TIME_PATTERNS = r"\bhá\s+\d+\s*(?:min|hora|dia)"
READ_FULL_PATTERNS = "leia mais"
