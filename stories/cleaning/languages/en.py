"""English."""

STOPWORDS = """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers him his how i if in into is it its itself just me more
    most my no nor not now of off on once only or other our ours out over own same she should so some
    such than that the their theirs them then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would you your yours"""

LINE_CUES = {
    "page tools": """save
        save article
        save for later
        saved
        bookmark
        add to favorites
        add to reading list
        read later
        gift this article
        give this article
        follow topic
        listen""",
    "byline": """staff reporter
        staff writer
        staff writers
        news desk
        web desk
        editorial team
        editorial staff""",
    "photo caption": """file photo
        archive photo
        file image
        file picture
        representative image
        photo courtesy
        courtesy photo
        handout photo""",
    "share buttons": """share
        share this
        spread the love
        share this article
        share this story
        share on facebook
        share on twitter
        share on x
        share on linkedin
        share on facebookshare on twitter
        tweet
        email
        print
        copy link
        link copied""",
    "comment widget": """comments
        comment
        leave a comment
        leave a reply
        add a comment
        post a comment
        show comments
        view comments
        join the conversation""",
    "ticker": """breaking news
        breaking
        live
        live updates
        minute by minute
        just in
        trending
        trending now
        latest news
        top stories
        analyzing latest trends
        loading
        loading...""",
    "navigation": """home
        menu
        search
        search this blog
        contact form
        physical address
        log in
        login
        sign in
        sign up
        register
        subscribe
        subscribe now
        back to top
        scroll to top
        skip to content
        skip to main content
        no result
        no results
        view all result
        view all results
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
        derivatives
        earn
        wallet
        buy crypto
        tags
        tag
        topics
        advertisement
        ad
        sponsored
        sponsored content
        sponsored post
        paid content
        partner content
        promoted content
        updated
        published
        cookie settings
        accept cookies
        accept all cookies
        manage cookies
        privacy policy
        terms of service
        terms of use
        contact us
        about us
        watch
        listen""",
    "assistant widget": """ai content assistant
        ai assistant
        ask ai
        ask me anything about this article
        ask a question about this article""",
    "newsletter box": """newsletter
        newsletters
        sign up for our newsletter
        subscribe to our newsletter
        get the newsletter""",
    "browser notice": """your browser is out of date
        your browser is not supported
        please enable javascript
        javascript is disabled
        update your browser""",
}

SECTION_CUES = {
    "related reading": """related
        related articles
        related stories
        related posts
        related news
        related reading
        related reads
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
        we recommend
        suggested reading
        editor's picks
        editors' picks""",
    "generated Q&A": """faq
        faqs
        frequently asked questions
        questions and answers
        related questions
        people also ask
        key questions""",
    "comment widget": """comments
        leave a comment
        leave a reply
        join the conversation""",
}

SUMMARY_CUES = """summary
    in summary
    in brief
    in short
    at a glance
    key points
    key takeaways
    the gist"""

RELATED_LEADS = """related
    read more
    read also
    read next
    related reads
    see also
    also read
    more
    watch"""

PHOTO_WORDS = """photo photos photograph picture pictures image images credit illustration graphic handout map
    photo credit
    file photo"""

BYLINE_ROLES = "reporter correspondent editor writer staff contributor columnist journalist analyst senior chief desk"

DATE_LABELS = """date
    dated
    published
    posted
    updated
    last updated"""

WEEKDAYS = """monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun"""

AD_LABELS = "advertisement advertising sponsored"

# words telling which of the site's logos a logo's text is ("site logo", "header logo"), not the site's name
LOGO_PLACES = "site website header footer main default mobile white black dark light brand company primary"

OUTLET_LEADS = """appeared in
    appeared on
    published in
    published on
    published by
    broadcast on
    broadcast by
    aired on
    republished from
    reprinted from
    reproduced from"""

OWN_REPORT_LEADS = """as previously reported by
    as reported earlier by
    as earlier reported by
    as we reported earlier in"""

OWN_REPORT_TAILS = """can reveal
    can now reveal"""

GRAPHIC_WORDS = "graphic graphics chart infographic"

RIGHTS_RESERVED = """all rights reserved
    some rights reserved"""

LINE_LEADS = {
    "embedded post": """view this post on instagram
        a post shared by
        watch on youtube
        view on threads
        view on instagram""",
    "video player": """now playing
        play video
        watch the video
        watch video
        video duration""",
    "page tools": """click to share
        click to email
        click to print
        opens in new window
        report an error
        report a correction
        enlarge this image
        enlarge image
        send by email""",
    "share buttons": """share this
        share on
        share via
        follow us
        join our whatsapp
        join our telegram
        join us on""",
    "newsletter box": """sign up for
        subscribe to our
        get the latest
        get breaking news
        never miss
        want more stories like this""",
    "subscription prompt": """already a subscriber
        already subscribed
        already have an account
        subscribe to continue
        subscribe to read
        subscribe now to
        to continue reading
        continue reading with
        unlock this article
        become a member
        support independent journalism
        support our journalism""",
    "advertisement": """story continues below
        article continues below
        continue reading below
        scroll to continue
        content continues below
        story continues after
        article continues after
        news continues after""",
    "comment widget": """leave your comment
        your email address will not be published
        required fields are marked
        leave a comment
        join the discussion
        comment on this
        share your thoughts
        have your say
        what do you think""",
    "audio player": """listen to this article
        listen to this story
        listen to the article
        audio version of this article""",
    "app promotion": """download our app
        download the app
        get the app""",
    "tip line": """have a news tip
        got a news tip
        send us a tip
        contact the author""",
    "author bio": """about the author""",
    "related reading": """more from""",
    "disclaimer": """our standards""",
    "source link": """original story:
        original article:
        read the original""",
    "navigation": """tags:
        topics:
        keywords:
        filed under""",
    "copyright": """this material may not be published""",
    "source credit": """with inputs from
        with input from
        with reporting from
        with additional reporting
        with agency inputs""",
    "byline": """translated by
        story by
        article by
        words and pictures by
        translation by
        edited by""",
    "ticker": """more to follow
        more details to follow
        this story is developing
        this is a developing story
        this story will be updated
        this article will be updated
        this story has been updated
        this article has been updated""",
}

PAGE_NOTES = {
    "cookie notice": """we use cookies
        this site uses cookies
        this website uses cookies
        our use of cookies
        by continuing to browse
        by continuing to use this site
        by continuing to use our site""",
    "subscription prompt": """for subscribers only
        exclusive to subscribers
        subscribers only
        this article is for subscribers
        this content is for subscribers""",
    "copyright": """may not be published, broadcast
        may not be reproduced
        without permission is prohibited""",
}

BIO_VERBS = "is"

BYLINE_PLACE_WORDS = "in"

WITH_WORDS = "with and"

AGENCY_WORDS = "agencies agency wires"

ROLE_NEXT_WORDS = "at for with of on in"

ROLE_AT_WORDS = "at for with of"

OUTLET_ARTICLES = "the"

NAME_JOINERS = "of the"

AUTHOR_LABELS = "author authors writer reporter"

BYLINE_LEADS = """by
    written by
    words by
    reported by
    reporting by
    additional reporting by
    text by"""

CREDIT_LABELS = """image source
    photo
    credit"""

CREDIT_BY_WORDS = """provided by
    by"""

SOURCE_WORDS = "source sources"

DESK_PATTERNS = r"""editorial(?:\s+(?:team|board|staff|desk))?
    staff
    team
    desk
    bureau
    newsroom
    news desk
    editors
    staff writers?"""

PUBLISHED_WORDS = """published
    posted
    updated
    last updated"""

QUESTION_LABELS = "Q Question"

ANSWER_LABELS = "A Answer"

THIS_WORDS = "this these"

TEXT_NOUNS = "article story post piece"

READING_TIME_WORDS = "min mins minute minutes reading"

READING_TIME_LABELS = "reading time"

READING_TIME_PATTERNS = r"min(?:ute)?s?\.?\s*(?:read|read time)"

MINUTE_PATTERNS = r"min(?:ute)?s?"

RELATIVE_TIME_CUES = "ago"

RELATIVE_TIME_PATTERNS = r"\b\d+\s*(?:sec(?:ond)?s?|min(?:ute)?s?|h|hrs?|hours?|days?|weeks?|months?|years?)\.?\s+ago\b"


# the words closing an explainer's headline
EXPLAINER_TAILS = """here's what to know
    here’s what to know
    here's what we know
    here’s what we know
    what we know so far
    what we know
    what to know
    explained"""

# the words by which a live page's headline names it live
LIVE_PAGE_WORDS = """live
    live updates
    live blog
    liveblog
    as it happened"""

AI_WORDS = "ai artificial machine"

MAKE_WORDS = "written generated produced created drafted translated assisted assistance"

ADVICE_WORDS = "advice informational dyor expressed"

AI_NOTE_PATTERNS = r"""(written|generated|produced|created|drafted|translated)\s+(with|by|using)\s+(the\s+)?(help\s+of\s+)?(an?\s+)?(ai|artificial intelligence|machine translation)
    \bai[- ]assisted\b
    \bai[- ]generated\b"""

ADVICE_PATTERNS = r"""not (intended as |to be construed as )?(financial|investment|legal) advice
    for informational purposes only
    does not constitute (financial|investment) advice
    views expressed .{0,40}(are|do not)
    do your own research
    \bdyor\b"""

SELF_REFERENCE_PATTERNS = r"""\b(this|the|our) (article|story|post|piece|content|text|summary|report|editorial|page|newsletter)\b
    \bwe\b"""

WIDGET_PATTERNS = r"""ask (me|us|ai|the ai|our assistant) (anything|a question)
    ask a question about
    chat with (our|the) (ai|assistant)"""

NEWSLETTER_PROMO_PATTERNS = r"""(sign up|subscribe|register|join)\b.{0,80}\b(newsletter|inbox|briefing|digest|email alerts?)
    get (our|the) .{0,40}newsletter"""

FOLLOW_PATTERNS = r"(follow us|find us|like us) on\b"

NAV_PATTERNS = r"""(tags|topics|filed under|categories|category|tag)\s*:
    click here\b"""

NEWSLETTER_PATTERNS = r"""newsletter
    subscribe
    unsubscribe
    sign up
    inbox
    no spam
    spam
    free"""

READ_FULL_PATTERNS = r"""read (the )?(full|original|complete) (story|article|report|post)( at| on| here)?
    continue reading
    originally (published|appeared) (at|on|in)
    this (article|story|post) (first |originally )?appeared (on|in|at)
    this (article|story|post) (was )?(first |originally )?(published|posted) (on|in|at|by)"""

VIDEO_POINTER_PATTERNS = r"""(watch|see) (it |them |more )?in the video (above|below|at the top)
    in the video (above|below|at the top of (this|the) (article|page|story))"""

AFFILIATE_PATTERNS = r"""readers help support
    reader-supported
    we may (?:get|earn|receive) (?:a )?(?:small )?(?:commission|compensation)
    affiliate links?"""

SITE_LEADS = """follow
    download the
    get the
    sign up for
    subscribe to
    join the"""

SITE_SOURCE_LEADS = """more from
    see more from
    see more on
    also on
    more stories from
    more news from
    the latest from
    courtesy of
    republished from
    originally published by
    originally published on
    originally published in"""

PROVIDER_LEADS = """provided by
    content provided by
    information provided by
    with"""

CHANNEL_WORDS = "app apps newsletter newsletters podcast channel alerts news"
