"""French."""

STOPWORDS = """au aux avec ce ces cette dans de des du elle elles en est et eux il ils je la le les
    leur leurs lui ma mais me même mes moi mon ne nos notre nous on ou où par pas pour qu que qui sa se
    ses son sont sur ta te tes toi ton tu un une vos votre vous été était étaient être avoir ont a sans
    aussi comme plus chaque très tout tous toutes dont cet ainsi l d qu n c j à"""

LINE_CUES = {
    "page tools": """sauvegarder
        lire plus tard
        ajouter à vos sélections
        ajouter à mes favoris
        offrir cet article
        offrir l'article
        réutiliser ce contenu
        écouter
        lire dans l'app""",
    "byline": """la rédaction
        rédaction""",
    "photo caption": """photo d'archives
        photo d'archive
        image d'archive
        image d'archives
        photo d'illustration
        image d'illustration""",
    "share buttons": """partager
        imprimer
        copier le lien
        envoyer par e-mail
        partager cet article
        partager sur facebook""",
    "comment widget": """commentaires
        commentaire
        laisser un commentaire
        réagir""",
    "ticker": """dernière minute
        en direct
        minute par minute
        à la une""",
    "navigation": """haut de page
        retour en haut
        aller au contenu
        aller au contenu principal
        passer au contenu
        passer au contenu principal
        retour en haut de page
        accueil
        rechercher dans ce blog
        formulaire de contact
        adresse postale
        rechercher
        connexion
        s'abonner
        s'inscrire
        voir plus
        lire plus
        mots-clés
        sujets
        publicité
        contenu sponsorisé
        contenu partenaire
        publi-rédactionnel
        sponsorisé
        paramètres des cookies
        tout accepter
        mentions légales""",
    "assistant widget": """assistant ia
        posez une question à l'ia""",
    "newsletter box": """abonnez-vous
        abonnez-vous à notre newsletter
        inscrivez-vous
        choisis ton rythme
        choisissez votre rythme""",
    "browser notice": """votre navigateur n'est plus à jour
        veuillez activer javascript
        mettez à jour votre navigateur""",
}

SECTION_CUES = {
    "related reading": """à lire aussi
        a lire aussi
        lire aussi
        à lire également
        articles similaires
        articles liés
        sur le même sujet
        les plus lus
        vous aimerez aussi
        à voir aussi
        sur le même thème
        nos recommandations
        à découvrir
        à découvrir aussi
        recommandé pour vous
        vous pourriez aussi aimer""",
    "generated Q&A": """questions fréquentes
        foire aux questions
        questions connexes""",
    "comment widget": """commentaires""",
}

SUMMARY_CUES = """résumé
    en bref
    l'essentiel"""

RELATED_LEADS = """à lire aussi
    a lire aussi
    lire aussi
    à lire également
    à voir aussi
    voir aussi
    lire la suite"""

PHOTO_WORDS = """photo photos image images crédit illustration infographie graphique source carte
    crédit photo"""

BYLINE_ROLES = "journaliste correspondant correspondante rédacteur rédactrice envoyé envoyée spécial spéciale rédaction"

DATE_LABELS = """date
    publié
    publié le
    mis en ligne le
    mis à jour le"""

WEEKDAYS = """lundi mardi mercredi jeudi vendredi samedi dimanche"""

AD_LABELS = "publicité"

# words telling which of the site's logos a logo's text is ("logo site", "logo entête"), not the site's name
LOGO_PLACES = "site entête en-tête pied principal mobile blanc noir sombre clair marque"

OUTLET_LEADS = """paru dans
    republié depuis
    reproduit avec l'autorisation de
    reproduit avec l’autorisation de
    parue dans
    publié dans
    publiée dans
    publié sur
    publiée sur
    publié par
    diffusé sur
    diffusée sur
    diffusé par
    initialement dans
    initialement sur
    initialement par"""

OWN_REPORT_LEADS = """comme l'a précédemment rapporté
    comme l'avait rapporté précédemment
    comme l'a déjà rapporté
    rapporte le correspondant de
    rapporte un correspondant de
    selon le correspondant de"""

OWN_REPORT_TAILS = """fait le point.
    a pu consulter"""

GRAPHIC_WORDS = "infographie graphique"

RIGHTS_RESERVED = """tous droits réservés
    droits réservés
    reproduction interdite"""

LINE_LEADS = {
    "embedded post": """voir cette publication sur instagram
        une publication partagée par
        voir sur youtube""",
    "video player": """regarder la vidéo
        lire la vidéo
        voir la vidéo""",
    "page tools": """signaler une erreur
        signaler un contenu
        agrandir l'image
        envoyer par e-mail
        envoyer par email
        copier le lien""",
    "share buttons": """partager sur
        partager cet article
        partagez cet article
        suivez-nous
        rejoignez-nous sur
        rejoignez notre chaîne""",
    "newsletter box": """abonnez-vous à
        inscrivez-vous à
        recevez notre newsletter
        recevez chaque jour
        ne manquez rien""",
    "subscription prompt": """déjà abonné
        déjà abonnée
        cet article est réservé
        article réservé aux abonnés
        il vous reste
        pour lire la suite
        la suite est réservée
        abonnez-vous pour
        soutenez une information
        soutenez notre journalisme""",
    "advertisement": """la suite après cette publicité
        la suite après la publicité
        l'article continue après la publicité""",
    "comment widget": """réagissez
        réagir à cet article
        laissez un commentaire
        laisser un commentaire
        laisser une réponse
        votre adresse e-mail ne sera pas publiée
        votre adresse de messagerie ne sera pas publiée
        les champs obligatoires sont
        donnez votre avis""",
    "audio player": """écouter cet article
        écouter l'article
        écoutez cet article""",
    "app promotion": """télécharger l'application
        téléchargez l'application
        téléchargez notre application""",
    "tip line": """contactez la rédaction""",
    "author bio": """à propos de l'auteur
        à propos de l'autrice""",
    "navigation": """retour à l'accueil
        voir tous les articles
        toute l'actualité
        thèmes :
        thèmes:
        sujets :
        sujets:
        mots-clés :
        mots-clés:
        plus d'articles""",
    "copyright": """toute reproduction""",
    "source link": """article original :
        article original:""",
    "source credit": """avec agences
        avec la contribution de
        avec la contribution des agences
        avec l'afp
        d'après afp""",
    "byline": """traduit par
        article rédigé par
        rédigé par
        un article de
        traduction :
        traduction de""",
    "ticker": """plus d'informations à venir
        plus d'informations suivront
        article en cours d'actualisation
        cet article sera mis à jour
        cet article sera actualisé
        article mis à jour
        cet article a été mis à jour""",
}

PAGE_NOTES = {
    "cookie notice": """nous utilisons des cookies
        ce site utilise des cookies
        notre site utilise des cookies
        en poursuivant votre navigation""",
    "subscription prompt": """réservé aux abonnés
        réservée aux abonnés
        de cet article à lire""",
    "copyright": """toute reproduction interdite
        reproduction interdite""",
}

BIO_VERBS = "est"

BYLINE_PLACE_WORDS = "à depuis"

WITH_WORDS = "avec et"

AGENCY_WORDS = "agences agence"

ROLE_NEXT_WORDS = "au à de du des pour chez en"

ROLE_AT_WORDS = "au à de du des pour chez d' d’"

OUTLET_ARTICLES = "le la les l' l’"

NAME_JOINERS = "de du des la le"

AUTHOR_LABELS = "auteur"

BYLINE_LEADS = """par
    de"""

CREDIT_LABELS = """photo
    crédit photo"""

CREDIT_BY_WORDS = """de
    par"""

SOURCE_WORDS = "source sources"

DESK_PATTERNS = "rédaction"

PUBLISHED_WORDS = """publié
    mis à jour
    modifié"""

QUESTION_LABELS = "Question"

ANSWER_LABELS = "Réponse"

THIS_WORDS = "cet cette"

TEXT_NOUNS = "article"

READING_TIME_WORDS = "lecture"

READING_TIME_LABELS = """temps de lecture
    lecture"""

READING_TIME_PATTERNS = r"""min(?:ute)?s?\.?\s*lecture
    min(?:utes?)? de lecture"""

MINUTE_PATTERNS = r"min(?:ute)?s?"

RELATIVE_TIME_CUES = "il y a"

RELATIVE_TIME_PATTERNS = r"\bil y a\s+\d+\s*(?:s|seconde|min|minute|h|heure|jour|semaine|mois|an)"


# the words closing an explainer's headline
EXPLAINER_TAILS = """ce que l'on sait
    ce que l’on sait
    ce qu'on sait
    ce qu’on sait
    ce qu'il faut savoir
    ce qu’il faut savoir"""

# the words by which a live page's headline names it live
LIVE_PAGE_WORDS = """en direct
    direct
    notre direct
    live"""

AI_WORDS = "ia artificielle"

MAKE_WORDS = "rédigé généré écrit"

ADVICE_WORDS = "conseil"

AI_NOTE_PATTERNS = "(rédigé|généré|écrit) (avec l'aide de|par|avec) (l'|une )?(ia|intelligence artificielle)"

ADVICE_PATTERNS = "ne constitue pas un conseil"

SELF_REFERENCE_PATTERNS = r"""\b(cet|cette|notre) (article|contenu|texte)\b
    \bnous\b"""

WIDGET_PATTERNS = "posez (votre question|une question) à (l'|notre )ia"

NEWSLETTER_PROMO_PATTERNS = "(inscrivez-vous|abonnez-vous|inscris-toi|abonne-toi).{0,60}(newsletter|lettre)"

FOLLOW_PATTERNS = r"suivez-nous\b"

NAV_PATTERNS = r"""mots-cl[ée]s\s*:
    cliquez ici"""

NEWSLETTER_PATTERNS = """abonnez
    inscri
    gratuit
    désabonnement
    désinscri
    rythme"""

READ_FULL_PATTERNS = """lire la suite
    lire l'article (complet|original)"""

VIDEO_POINTER_PATTERNS = (
    r"""dans (la|notre) vidéo (ci-dessus|ci-dessous|en tête de (cet |l['’])article|en haut de (cet |l['’])article)"""
)

AFFILIATE_PATTERNS = "nous (?:pouvons )?percevoir une commission"

SITE_LEADS = """suivez
    téléchargez l'application
    téléchargez l’application
    abonnez-vous à
    inscrivez-vous à"""

SITE_SOURCE_LEADS = """plus d'articles de
    lire aussi sur
    à lire aussi sur
    plus d'infos sur
    plus d’infos sur
    plus d’articles de
    toute l'actualité de
    toute l’actualité de
    avec l'aimable autorisation de
    avec l’aimable autorisation de"""

PROVIDER_LEADS = """information fournie par
    informations fournies par
    contenu fourni par
    fourni par
    avec"""

CHANNEL_WORDS = "application appli app newsletter lettre podcast chaîne alertes news"
