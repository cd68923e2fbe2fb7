"""What belongs to no language: the names of social networks, news agencies and shorthand every site uses, and
the words several languages share."""

LINE_CUES = {
    "share buttons": """facebook
    twitter
    linkedin
    whatsapp
    telegram
    reddit
    pinterest
    youtube
    instagram
    tiktok
    threads
    bluesky
    mastodon
    flipboard
    x"""
}
SECTION_CUES = {"generated Q&A": "q&a"}
SUMMARY_CUES = "tl;dr\ntldr"

# words that occur in several languages and say nothing about which one it is
AMBIGUOUS = "a e o en de la le les des un in is am die me no se si so te du da al an es"

# news and photo agencies whose name makes a credit ("REUTERS/Jane Doe", "| EFE", "( AFP / X )"), as written
AGENCIES = """Reuters
    AFP
    AP
    EPA
    EFE
    EPA-EFE
    dpa
    ANP
    ANSA
    Getty Images
    Getty
    Shutterstock
    Keystone
    Keystone-SDA
    SDA
    ATS
    Xinhua
    Bloomberg
    imago
    picture alliance
    picture-alliance
    Alamy
    Sipa
    Abaca
    Europa Press
    Agencia EFE
    AAP
    PA
    Kyodo
    Yonhap
    Anadolu
    TASS
    Belga
    APA
    Hans Lucas
    Zuma
    NurPhoto
    Hayoo
    Sputnik
    RIA Novosti
    Anadolu Agency
    imago images
    SOPA Images
    ZUMA Press"""

# the domains of mail services anyone may use: a writer's address there names no outlet
WEBMAIL = """gmail.com googlemail.com yahoo.com yahoo.fr yahoo.es yahoo.de hotmail.com hotmail.fr hotmail.es outlook.com
    outlook.fr outlook.es live.com msn.com icloud.com me.com aol.com gmx.de gmx.net gmx.at web.de t-online.de
    orange.fr wanadoo.fr free.fr laposte.net proton.me protonmail.com mail.com yandex.ru mail.ru qq.com 163.com"""
