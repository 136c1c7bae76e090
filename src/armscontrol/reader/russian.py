"""The Russian words the gloss reads (:mod:`armscontrol.reader.gloss`): months in the cases dates use, phrases in
their genders, numbers and cases, adjectives of states, and states' names in every case (ISO 3166's Russian list
gives the nominative only). Instruments' Russian names live in the registry (``names_in.ru``: the titles of the UN's
Russian texts and of the Russian Federation's ratifying laws, and the usual acronyms), read with their first word
declined ("Договора", "Договору", "Договоре").

Russian inflects where English uses prepositions: a state's name in any case is read as the name alone ("России",
"Россией" are "Russia"), and a preposition before a noun stays a preposition ("к Договору" is "to the Treaty").
Russian has no articles: "Договор" alone is "the Treaty", which the rules read back to the treaty named before."""

from __future__ import annotations

from armscontrol.data.parties import party_name
from armscontrol.reader.gloss import Language

# Months in the nominative, the genitive of a dated day ("5 марта 1970 года") and the prepositional of a month and
# year ("в марте 2023 года").
MONTHS = {
    form: english
    for forms, english in (
        (("январь", "января", "январе"), "January"),
        (("февраль", "февраля", "феврале"), "February"),
        (("март", "марта", "марте"), "March"),
        (("апрель", "апреля", "апреле"), "April"),
        (("май", "мая", "мае"), "May"),
        (("июнь", "июня", "июне"), "June"),
        (("июль", "июля", "июле"), "July"),
        (("август", "августа", "августе"), "August"),
        (("сентябрь", "сентября", "сентябре"), "September"),
        (("октябрь", "октября", "октябре"), "October"),
        (("ноябрь", "ноября", "ноябре"), "November"),
        (("декабрь", "декабря", "декабре"), "December"),
    )
    for form in forms
}
# ("ВАШИНГТОН, 30 окт - РИА Новости": the abbreviations news agencies write after a day)
MONTHS.update(
    {
        abbreviation: english
        for english, abbreviations in (
            ("January", "янв"),
            ("February", "фев февр"),
            ("March", "мар"),
            ("April", "апр"),
            ("June", "июн"),
            ("July", "июл"),
            ("August", "авг"),
            ("September", "сен сент"),
            ("October", "окт"),
            ("November", "ноя нояб"),
            ("December", "дек"),
        )
        for abbreviation in abbreviations.split()
    }
)

_VELARS_AND_HUSHERS = tuple("гкхжшчщ")


def declined(nominative: str) -> tuple[str, ...]:
    """A one-word name of a state in the cases a statement uses (nominative, genitive, dative, accusative,
    instrumental, prepositional), by the regular endings: "Россия" -> "России", "Россию", "Россией"; "Пакистан" ->
    "Пакистана", "Пакистану", "Пакистаном", "Пакистане"; "Китай" -> "Китая", ...; "Израиль" -> "Израиля", ...;
    "Украина" -> "Украины", ...; a name that ends otherwise ("Перу", "Чили") is not declined."""
    stem, last = nominative[:-1], nominative[-1]
    if nominative.endswith(("ия", "ея")):
        return (nominative, stem + "и", stem + "ю", stem + "ей")
    if last == "а":
        genitive = "и" if stem.endswith(_VELARS_AND_HUSHERS) else "ы"
        return (nominative, stem + genitive, stem + "е", stem + "у", stem + "ой")
    if last in "йь":
        return (nominative, stem + "я", stem + "ю", stem + "ем", stem + "е")
    if last.isalpha() and last not in "аеёиоуыэюя":
        return (nominative, nominative + "а", nominative + "у", nominative + "ом", nominative + "е")
    return (nominative,)


def _adjective(stem: str, english: str) -> dict[str, str]:
    """An adjective on "-ский" in its genders, numbers and cases: "российск" -> "российский", "российская", ..."""
    endings = "ий ая ое ие ого ой ому ую ом им их ими".split()
    return {stem + ending: english for ending in endings}


def _past(phrase: str, english: str, plural: str | None = None) -> dict[str, str]:
    """A phrase with a verb in the past tense in its genders and number ("ратифицировал", "-а", "-о", "-и"; the
    ending goes where the phrase has "{}", else at its end): the English of the singular, and of the plural where it
    differs ("has not signed", "have not signed")."""
    template = phrase if "{}" in phrase else phrase + "{}"
    return {
        template.format(""): english,
        template.format("а"): english,
        template.format("о"): english,
        template.format("и"): plural or english,
    }


def _cases(english: str, *forms: str) -> dict[str, str]:
    return dict.fromkeys(forms, english)


_TREATY = ("договор", "договора", "договору", "договором", "договоре")
_PROTOCOL = ("протокол", "протокола", "протоколу", "протоколом", "протоколе")
_AGREEMENT = ("соглашение", "соглашения", "соглашению", "соглашением", "соглашении")
_NOUNS = ((_TREATY, "Treaty"), (_PROTOCOL, "Protocol"), (_AGREEMENT, "Agreement"))
# "this", "the said", "the present" in every gender and case: "этот Договор", "данного договора", "настоящему Протоколу"
_THIS = tuple(
    stem + ending
    for stem, endings in (
        ("эт", "от ого ому им ом о"),
        ("данн", "ый ого ому ым ом ое"),
        ("настоящ", "ий его ему им ем ее"),
        ("указанн", "ый ого ому ым ом ое"),
    )
    for ending in endings.split()
)
# A verb and its object pronoun after it ("не ратифицировали его": "have not ratified it"; "его" is "its" before a
# noun)
_OBJECT_AFTER: dict[str, str] = {
    key: f"{english} it"
    for verb, singular, plural in (
        ("еще не ратифицировал{}", "has not yet ratified", "have not yet ratified"),
        ("не ратифицировал{}", "has not ratified", "have not ratified"),
        ("ратифицировал{}", "ratified", "ratified"),
        ("еще не подписал{}", "has not yet signed", "have not yet signed"),
        ("не подписал{}", "has not signed", "have not signed"),
        ("подписал{}", "signed", "signed"),
    )
    for pronoun in ("его", "ее", "их")
    for key, english in _past(f"{verb} {pronoun}", singular, plural).items()
}

# Words that govern an infinitive (a modal, a readiness, an intention), to the English the rules read.
_GOVERNING = {
    "должны": "must",
    "должен": "must",
    "должна": "must",
    "должно": "must",
    "следует": "should",
    "следовало бы": "should",
    "готовы": "ready to",
    "готов": "ready to",
    "готова": "ready to",
    "может": "may",
    "могут": "may",
    "не может": "cannot",
    "не могут": "cannot",
    "намерена": "intends to",
    "намерен": "intends to",
    "намерены": "intend to",
    "планирует": "plans to",
    "планируют": "plan to",
    # "вообще отказались подписывать его": a refusal, the act not done
    **_cases("refused to", "отказался", "отказалась", "отказалось", "отказались"),
    "отказывается": "refuses to",
    "отказываются": "refuse to",
    # an intention, not an act: "не собирается отзывать ратификацию", "does not intend to revoke its ratification"
    "собирается": "intends to",
    "не собирается": "does not intend to",
}
# An infinitive is what is to be done, never an act made: alone it reads "to sign" ("отказ США ратифицировать
# договор", "the refusal of the United States to ratify the treaty"), after a word that governs it as that word's
# English has it ("должны ратифицировать", "must ratify"; "готовы подписать", "ready to sign").
_BARE = {"подписать": "sign", "ратифицировать": "ratify", "подписывать": "sign", "ратифицировать его": "ratify it"}
_INFINITIVES = {
    **{verb: f"to {english}" for verb, english in _BARE.items()},
    **{
        f"{word} {verb}": f"{governing} {english}"
        for word, governing in _GOVERNING.items()
        for verb, english in _BARE.items()
    },
    # ("отказались подписывать его": the object pronoun after the infinitive is "it", not "its")
    **{
        f"{word} {verb} {pronoun}": f"{governing} {english} it"
        for word, governing in _GOVERNING.items()
        for verb, english in _BARE.items()
        if " " not in verb
        for pronoun in ("его", "ее", "её")
    },
}

# ---- Words of the domain by paradigm: every case and number of a counted noun, every form of a number word, every
# tense, person, voice and participle of an act. Merged under ``PHRASES``, whose own entries win where both have one.


def _stem_forms(stem: str, endings: str) -> tuple[str, ...]:
    return tuple(stem + ending for ending in endings.split())


# participles and adjectives on "-ый", "-ий" in every gender, number and case
_HARD = "ый ая ое ые ого ой ому ую ым ом ых ыми"
_SOFT = "ий ая ее ие его ей ему ую им ем их ими"

# Counted nouns: the forms after a number (the genitive plural after five and more, the genitive singular after two to
# four) and in every other case, to the English plural the figures' units read.
_COUNTED: dict[str, str] = {
    **_cases("nations", "нации", "наций", "нациям", "нациями", "нациях"),
    **_cases("nation", "нация", "нацию", "нацией"),
    **_cases("members", "члены", "членов", "членам", "членами", "членах"),
    **_cases("member", "член", "члена", "члену", "членом"),
    **_cases("member States", "страны-члены", "стран-членов", "странам-членам", "странами-членами", "странах-членах"),
    **_cases("Member States", "государствах-членах", "государствами-членами"),
    **_cases("States Parties", "государствах-участниках", "страны-участницы", "стран-участниц", "странам-участницам"),
    **_cases("State Party", "государством-участником", "государстве-участнике"),
    **_cases("signatory States", "государствам-подписантам", "государствами-подписантами", "подписавших государств"),
    **_cases("signatures", "подписи", "подписей", "подписям", "подписями", "подписях"),
    **_cases("signature", "подпись", "подписью"),
    **_cases("ratifications", "ратификаций", "ратификациям", "ратификациями", "ратификациях"),
    **_cases("accessions", "присоединений"),
    **_cases("warheads", "боезарядам", "боезарядами", "боезарядах", "боеголовкам", "боеголовками", "боеголовках"),
    **_cases("warhead", "боезаряд", "боезаряда", "боезаряду", "боезарядом", "боеголовка", "боеголовку", "боеголовкой"),
    **_cases(
        "nuclear warheads",
        "ядерных боезарядов",
        "ядерные боезаряды",
        "ядерными боезарядами",
        "ядерные боеголовки",
        "ядерными боеголовками",
    ),
    **_cases("nuclear charges", "ядерных зарядов", "ядерные заряды", "ядерными зарядами", "ядерным зарядам"),
    **_cases("charges", "зарядов", "заряды", "зарядами"),
    **_cases("units", "единиц", "единицы", "единицами"),
    **_cases(
        "launchers",
        "пусковых установок",
        "пусковые установки",
        "пусковым установкам",
        "пусковыми установками",
        "пусковых установках",
        "ПУ",
    ),
    **_cases("launcher", "пусковая установка", "пусковую установку", "пусковой установки"),
    **_cases("deployed", *_stem_forms("развернут", _HARD)),
    **_cases("non-deployed", *_stem_forms("неразвернут", _HARD)),
    **_cases("delivery vehicles", "носителям", "носителями", "носителях", "средств доставки", "средства доставки"),
    **_cases("delivery vehicle", "носитель", "носителя", "носителем"),
    **_cases("strategic delivery vehicles", "стратегические носители", "стратегическими носителями"),
    **_cases("missiles", "ракеты", "ракет", "ракетам", "ракетами", "ракетах"),
    **_cases("missile", "ракета", "ракету", "ракетой"),
    **_cases(
        "intercontinental ballistic missiles",
        "межконтинентальных баллистических ракет",
        "межконтинентальные баллистические ракеты",
        "межконтинентальными баллистическими ракетами",
    ),
    **_cases(
        "submarine-launched ballistic missiles",
        "баллистических ракет подводных лодок",
        "баллистические ракеты подводных лодок",
        "баллистическими ракетами подводных лодок",
    ),
    **_cases("ballistic missiles", "баллистических ракет", "баллистические ракеты", "баллистическими ракетами"),
    **_cases("cruise missiles", "крылатых ракет", "крылатые ракеты", "крылатыми ракетами"),
    "МБР": "ICBMs",
    "БРПЛ": "SLBMs",
    **_cases(
        "heavy bombers",
        "тяжелых бомбардировщиков",
        "тяжелые бомбардировщики",
        "тяжелым бомбардировщикам",
        "тяжелыми бомбардировщиками",
        "тяжелых бомбардировщиках",
        "ТБ",
    ),
    **_cases("bombers", "бомбардировщиков", "бомбардировщики", "бомбардировщикам", "бомбардировщиками"),
    **_cases("bomber", "бомбардировщик", "бомбардировщика"),
    **_cases("submarines", "подводных лодок", "подводные лодки", "подводными лодками", "подлодок", "подлодки"),
    **_cases("submarine", "подводная лодка", "подводную лодку", "подводной лодки"),
    **_cases("nuclear submarines", "атомных подводных лодок", "атомные подводные лодки", "атомных подлодок"),
    **_cases("interceptors", "перехватчиков", "перехватчики", "ракет-перехватчиков", "ракеты-перехватчики"),
    **_cases("tests", "испытания", "испытаний", "испытаниям", "испытаниями", "испытаниях"),
    **_cases("test", "испытание", "испытании", "испытанием", "испытанию"),
    **_cases("nuclear tests", "ядерными испытаниями", "ядерных испытаниях", "ядерные испытания"),
    **_cases("nuclear explosions", "ядерным взрывам", "ядерными взрывами"),
    **_cases("explosions", "взрывы", "взрывов", "взрывам", "взрывами"),
    **_cases("explosion", "взрыв", "взрыва", "взрывом"),
    **_cases(
        "monitoring stations",
        "станций мониторинга",
        "станции мониторинга",
        "станциям мониторинга",
        "станциями мониторинга",
    ),
    **_cases("stations", "станций", "станциям", "станциями"),
    # time
    **_cases("days", "дня", "дней", "дням", "днями", "днях"),
    **_cases("day", "день", "днем"),
    **_cases("weeks", "недели", "недель", "неделям", "неделями", "неделях"),
    **_cases("week", "неделя", "неделю", "неделей"),
    **_cases("months", "месяца", "месяцев", "месяцам", "месяцами", "месяцах", "месяцы"),
    **_cases("month", "месяц", "месяцем"),
    **_cases("years", "годы", "годам", "годами", "годах"),
    **_cases("year", "год", "годом"),
    "одного года": "one year",
    "полтора года": "one and a half years",
    "полутора лет": "one and a half years",
    # "2 года", "23 года": a count of two to four years (after any other number "года" is a date's year, dropped)
    **{f"{n} года": f"{n} years" for n in range(2, 100) if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14)},
    # "191 государство", "21 страна": after a number ending in one (not eleven) the noun is singular, the count plural
    **{
        f"{n} {noun}": f"{n} {english}"
        for n in range(21, 1000)
        if n % 10 == 1 and n % 100 != 11
        for noun, english in (
            ("государство", "States"),
            ("государство-участник", "States Parties"),
            ("государство-член", "Member States"),
            ("страна", "countries"),
            ("страну", "countries"),
            ("страной", "countries"),
            ("участник", "parties"),
            ("нация", "nations"),
            ("подводная лодка", "submarines"),
        )
    },
    **_cases(
        "submarine-launched ballistic missiles",
        "баллистических ракет на подводных лодках",
        "баллистические ракеты на подводных лодках",
        "баллистических ракет на подлодках",
        "баллистические ракеты на подлодках",
    ),
    **_cases("submarines", "подлодках", "подводных лодках", "подводным лодкам"),
    **_cases("percent", "процент", "процента", "процентов", "процентам", "процентами"),
    **_cases("kilometres", "километров", "километра", "километрам", "километрами", "километр", "км"),
}

# Number words in every case and gender, to English number words the figures read ("двадцать пять" is "twenty five")
_NUMBER_WORDS: dict[str, str] = {
    **_cases("zero", "ноль", "нуль", "ноля", "нуля"),
    **_cases("one", "один", "одна", "одно", "одного", "одной", "одному", "одним", "одном", "одну"),
    **_cases("two", "два", "две", "двух", "двум", "двумя"),
    **_cases("three", "три", "трех", "трем", "тремя"),
    **_cases("four", "четыре", "четырех", "четырем", "четырьмя"),
    # "арсеналов двух стран", "парламентами обеих стран": the pair of parties, not a count
    **_cases("of the two countries", "двух стран", "обеих стран"),
    **_cases("of the two States", "двух государств", "обоих государств"),
    **_cases("by the two countries", "двумя странами", "обеими странами"),
    # ("двадцати двух стран": a count that ends in two is a count)
    **{
        f"{tens} {two} {noun}": f"{english} two {noun_english}"
        for tens, english in (
            ("двадцати", "twenty"),
            ("тридцати", "thirty"),
            ("сорока", "forty"),
            ("пятидесяти", "fifty"),
            ("шестидесяти", "sixty"),
            ("семидесяти", "seventy"),
            ("восьмидесяти", "eighty"),
            ("девяноста", "ninety"),
            ("ста", "one hundred"),
            ("двухсот", "two hundred"),
        )
        for two, noun, noun_english in (
            ("двух", "стран", "countries"),
            ("двух", "государств", "States"),
            ("двумя", "странами", "countries"),
        )
    },
    **_cases("both", "оба", "обе", "обоих", "обеих", "обеим", "обоим"),
    **{
        form: english
        for stem, english in (
            ("пят", "five"),
            ("шест", "six"),
            ("сем", "seven"),
            ("девят", "nine"),
            ("десят", "ten"),
            ("одиннадцат", "eleven"),
            ("двенадцат", "twelve"),
            ("тринадцат", "thirteen"),
            ("четырнадцат", "fourteen"),
            ("пятнадцат", "fifteen"),
            ("шестнадцат", "sixteen"),
            ("семнадцат", "seventeen"),
            ("восемнадцат", "eighteen"),
            ("девятнадцат", "nineteen"),
            ("двадцат", "twenty"),
            ("тридцат", "thirty"),
        )
        for form in _stem_forms(stem, "ь и ью")
    },
    **_cases("eight", "восемь", "восьми", "восемью", "восьмью"),
    **_cases("forty", "сорок", "сорока"),
    **_cases("fifty", "пятьдесят", "пятидесяти", "пятьюдесятью"),
    **_cases("sixty", "шестьдесят", "шестидесяти"),
    **_cases("seventy", "семьдесят", "семидесяти"),
    **_cases("eighty", "восемьдесят", "восьмидесяти"),
    **_cases("ninety", "девяносто", "девяноста"),
    **_cases("one hundred", "сто", "ста"),
    **_cases("two hundred", "двести", "двухсот", "двумстам"),
    **_cases("three hundred", "триста", "трехсот"),
    **_cases("four hundred", "четыреста", "четырехсот"),
    **_cases("five hundred", "пятьсот", "пятисот"),
    **_cases("six hundred", "шестьсот", "шестисот"),
    **_cases("seven hundred", "семьсот", "семисот"),
    **_cases("eight hundred", "восемьсот", "восьмисот"),
    **_cases("nine hundred", "девятьсот", "девятисот"),
    **_cases("thousand", "тысячу", "тысячей", "тысячам", "тысячами", "тыс.", "тыс"),
    **_cases("one thousand", "одна тысяча", "одной тысячи"),
    **_cases("million", "миллион", "миллиона", "миллионов", "миллионам", "млн", "млн."),
    **_cases("dozens of", "десятки", "десятков"),
    **_cases("hundreds of", "сотни", "сотен"),
}

# "50-й", "50-я", "50-го": an ordinal written in figures, the English "50th"
_ORDINALS: dict[str, str] = {
    f"{n}-{suffix}": f"{n}{'th' if n % 100 in (11, 12, 13) else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
    for n in range(1, 201)
    for suffix in ("й", "я", "го", "ой", "ю", "му")
}
_ORDINAL_WORDS: dict[str, str] = {
    form: english
    for stem, english, endings in (
        ("перв", "first", _HARD),
        ("втор", "second", "ой ая ое ые ого ому ую ым ом ых"),
        ("трет", "third", "ий ья ье ьи ьего ьей ьему ью ьим ьем"),
        ("четверт", "fourth", _HARD),
        ("пят", "fifth", _HARD),
        ("десят", "tenth", _HARD),
        ("пятидесят", "50th", _HARD),
        ("сот", "100th", _HARD),
    )
    for form in _stem_forms(stem, endings)
}

# Quantifiers and the words around a count
_QUANTIFIERS: dict[str, str] = {
    "более": "more than",
    "более чем": "more than",
    "больше": "more than",
    "свыше": "over",
    "около": "about",
    "примерно": "about",
    "приблизительно": "approximately",
    "порядка": "some",
    "почти": "nearly",
    "практически": "virtually",
    "по меньшей мере": "at least",
    "по крайней мере": "at least",
    "как минимум": "at least",
    "тем не менее": "nevertheless",
    **_cases("representatives", "представители", "представителей", "представителями"),
    "в настоящее время": "currently",
    "вообще": "at all",
    "не менее": "at least",
    "не менее чем": "at least",
    "не более": "no more than",
    "не более чем": "no more than",
    "не больше": "no more than",
    "менее": "fewer than",
    "менее чем": "fewer than",
    "меньше": "fewer than",
    "вплоть до": "up to",
    "до уровня": "to a level of",
    "лишь": "only",
    "всего": "in total",
    "прежде всего": "above all",
    "в общей сложности": "in total",
    "из которых": "of which",
    "из них": "of them",
    "из": "from",
    "ряд": "a number of",
    "доведя": "bringing",
    **_cases("reached", "достигло", "достиг", "достигла", "достигли"),
    **_cases("will reach", "достигнет", "достигнут"),
    **_cases("stands at", "составляет"),
    **_cases("stand at", "составляют"),
    **_cases("totalled", "составило", "составил", "составила", "составили"),
    **_cases("will total", "составит", "составят"),
    **_cases("number", "число", "числа", "числу", "количество", "количества", "количеству"),
    **_cases("total number", "общее число", "общего числа", "общее количество", "общего количества"),
    **{
        f"{head} {unit}{tail}": f"{the}number of {english}{' to' if tail else ''}"
        for head, the in (
            ("число", "the "),
            ("количество", "the "),
            ("общее число", "the total "),
            ("общее количество", "the total "),
        )
        for unit, english in (
            ("государств", "States"),
            ("стран", "countries"),
            ("государств-участников", "States Parties"),
            ("участников", "parties"),
            ("ратификаций", "ratifications"),
            ("подписей", "signatures"),
            ("присоединений", "accessions"),
            ("подписантов", "signatories"),
            ("ратифицировавших государств", "ratifying States"),
            ("ратифицировавших стран", "ratifying countries"),
        )
        for tail in ("", " до")
    },
}

# Time and deadlines
_TIME: dict[str, str] = {
    "через": "in",
    "в течение": "within",
    "на протяжении": "for",
    "в течение года": "within a year",
    "к концу": "by the end of",
    "до конца": "by the end of",
    "не позднее": "no later than",
    "на срок": "for a term of",
    "сроком на": "for a term of",
    "на период": "for a period of",
    "начиная с": "starting from",
    "с момента": "since",
    "до сих пор": "so far",
    "тому назад": "ago",
    "год назад": "a year ago",
    "месяц назад": "a month ago",
    "неделю назад": "a week ago",
    "ранее": "earlier",
    "вчера": "yesterday",
    "завтра": "tomorrow",
    "ныне": "now",
    "сейчас": "now",
    "теперь": "now",
    "на сегодня": "to date",
    "на сегодняшний день": "to date",
    "в этом году": "this year",
    "в текущем году": "this year",
    "в прошлом году": "last year",
    "в следующем году": "next year",
    "в понедельник": "on Monday",
    "во вторник": "on Tuesday",
    "в среду": "on Wednesday",
    "в четверг": "on Thursday",
    "в пятницу": "on Friday",
    "в субботу": "on Saturday",
    "в воскресенье": "on Sunday",
    **_cases("Monday", "понедельник", "понедельника"),
    **_cases("Tuesday", "вторник", "вторника"),
    **_cases("Thursday", "четверг", "четверга"),
    **_cases("Friday", "пятница", "пятницы"),
    **_cases("Saturday", "суббота", "субботы"),
    **_cases("Sunday", "воскресенья"),
    **_cases("the end of", "конец", "конца", "концу"),
    **_cases("expiry of", "истечение", "истечения", "истечении"),
    "после истечения": "after the expiry of",
    **_cases("anniversary", "годовщину", "годовщиной", "годовщине"),
    **_cases("the end of", "конце"),
    "в конце": "at the end of",
    "в сторону": "towards",
    "с другой стороны": "on the other hand",
    "с одной стороны": "on the one hand",
}

# Acts in every tense, voice and person, and their nouns
_ACTS: dict[str, str] = {
    # sign
    "подписывает": "signs",
    "подписывают": "sign",
    "подписывать": "sign",
    "подписав": "having signed",
    "подписывая": "signing",
    **_cases("signed", *_stem_forms("подписанн", "ым ом ых ыми")),
    **_cases("which signed", *_stem_forms("подписавш", "ий ая ее его ей ему им ем")),
    "не подписывает": "does not sign",
    "не подписывают": "do not sign",
    # ratify
    "ратифицировать": "ratify",
    "ратифицировав": "having ratified",
    **_cases("ratified", *_stem_forms("ратифицированн", _HARD)),
    **_cases("which ratified", *_stem_forms("ратифицировавш", "ий ая ее его ей ему им ем")),
    "ратифицирует": "will ratify",
    **_cases("not yet ratified", "еще не ратифицировавшие", "еще не ратифицировавших", "еще не ратифицировавшим"),
    **_cases("not yet signed", "еще не подписавшие", "еще не подписавших"),
    **_cases("ratifying", "ратифицирующих", "ратифицирующие"),
    # accede, join, adhere, become a party
    "присоединилась": "acceded",
    "присоединилось": "acceded",
    "присоединились": "acceded",
    "присоединился": "acceded",
    "присоединяется к": "accedes to",
    "присоединяются к": "accede to",
    "присоединяемся к": "accede to",
    "присоединимся к": "will accede to",
    "присоединяться": "to join",
    "присоединиться": "to accede",
    "присоединившись к": "having acceded to",
    **_cases("which acceded", *_stem_forms("присоединивш", "иеся ихся имся ийся аяся")),
    **_cases("accession to", "присоединением к"),
    **_cases("accession", "присоединением", "присоединению"),
    **_past("вступил{} в", "joined"),
    "вступить в": "join",
    "вступает в": "joins",
    **_past("стал{} стороной", "became a party to", "became parties to"),
    **_cases("will become a party to", "станет участником", "станет участницей", "станет стороной"),
    **_cases("will become parties to", "станут участниками", "станут сторонами"),
    **_cases("become a party to", "стать участником", "стать участницей", "стать стороной"),
    **_cases("becomes a party to", "становится участником", "становится участницей", "становится стороной"),
    **_cases("is a party to", "является стороной", "является государством-участником"),
    **_cases("are parties to", "являются сторонами", "являются государствами-участниками"),
    **_cases("parties", "стороны", "сторон", "сторонам", "сторонами"),
    **_cases("party", "сторона", "стороной", "стороне", "сторону"),
    # deposit
    "сдать на хранение": "deposit",
    "сдает на хранение": "deposits",
    **_past("депонировал", "deposited"),
    **_cases("deposited", "депонирован", "депонирована", "депонированы", "сдана на хранение", "сданы на хранение"),
    **_cases("depositary", "депозитарий", "депозитария", "депозитарию", "депозитарием"),
    # entry into force, being in force, expiry
    **_cases(
        "which entered into force",
        *(f"{form} в силу" for form in _stem_forms("вступивш", "ий ая ее ие его ей ему им ем их")),
    ),
    **_cases("entered into force", "вступило в силу", "вступила в силу", "вступили в силу"),
    "вступят в силу": "will enter into force",
    "вступают в силу": "enter into force",
    "не вступили в силу": "have not entered into force",
    "вступит в действие": "will take effect",
    **_past("вступил{} в действие", "took effect"),
    **_past("действовал", "was in force", "were in force"),
    "действовать": "be in force",
    "действуют": "are in force",
    "не действуют": "are not in force",
    **_cases("in force", "действующий", "действующая", "действующего", "действующей", "действующему", "действующим"),
    **_cases("no longer in force", "больше не действует", "уже не действует"),
    **_past("утратил{} силу", "ceased to have effect"),
    "утратит силу": "will cease to have effect",
    **_past("прекратил{} действие", "ceased to have effect"),
    **_past("прекратил{} свое действие", "ceased to have effect"),
    "прекратит действие": "will cease to have effect",
    "прекратит свое действие": "will cease to have effect",
    **_cases("ended", "прекратился", "прекратилась", "прекратилось", "прекратились"),
    **_cases("termination", "прекращение", "прекращения", "прекращении", "прекращению"),
    "истекает": "expires",
    "истекают": "expire",
    "истечет": "will expire",
    # extend
    "продлевает": "extends",
    "продлевают": "extend",
    "продлит": "will extend",
    "продлят": "will extend",
    "продлевать": "extend",
    "продлив": "having extended",
    "продлевая": "extending",
    **_cases("extended", *_stem_forms("продленн", _HARD)),
    **_cases("extension", "продлением", "пролонгация", "пролонгации", "пролонгацию"),
    **_past("пролонгировал", "extended"),
    "пролонгировать": "extend",
    **_cases("extended", "пролонгирован", "пролонгирована"),
    # withdraw
    "выходит из": "withdraws from",
    "выходят из": "withdraw from",
    "выйдут из": "will withdraw from",
    "выходить из": "withdraw from",
    "выйдя из": "having withdrawn from",
    **_cases("withdrawal from", "выходом из"),
    **_cases("withdrawal", "выход", "выхода", "выходе", "выходу", "выходом"),
    # suspend
    "приостанавливает": "suspends",
    "приостанавливают": "suspend",
    "приостановит": "will suspend",
    "приостановят": "will suspend",
    "приостанавливает действие": "suspends",
    "приостановить действие": "suspend",
    "приостановить участие в": "suspend its participation in",
    **_cases("suspension", "приостановлением", "приостановке", "приостановку", "приостановкой"),
    # revoke the ratification, denounce
    "отзывает ратификацию": "revokes its ratification",
    "отзовет ратификацию": "will revoke its ratification",
    "отзыве ратификации": "the revocation of the ratification",
    "об отзыве ратификации": "on the revocation of the ratification of",
    **_past("отозвал", "revoked"),
    "отозвать": "revoke",
    **_past("денонсировал", "denounced"),
    "денонсирует": "denounces",
    "денонсировать": "denounce",
    **_cases("denunciation", "денонсация", "денонсации", "денонсацию", "денонсацией"),
    # approve, adopt, vote, promulgate, conclude
    **_past("одобрил", "approved"),
    "одобряет": "approves",
    "одобрить": "approve",
    **_cases("approval", "одобрение", "одобрения", "одобрении"),
    **_past("утвердил", "approved"),
    "утвердить": "approve",
    **_cases("approved", "утвержден", "утверждена", "утверждено", "утверждены"),
    "принимает": "adopts",
    "принять": "adopt",
    **_cases("adoption", "принятие", "принятия", "принятии"),
    **_cases("adopted", *_stem_forms("принят", _HARD)),
    **_past("проголосовал{} за", "voted for"),
    **_past("проголосовал{} против", "voted against"),
    **_past("проголосовал", "voted"),
    **_cases("vote", "голосование", "голосования", "голосовании"),
    **_past("обнародовал", "promulgated"),
    **_past("промульгировал", "promulgated"),
    **_past("заключил", "concluded"),
    "заключить": "conclude",
    **_cases("concluded", "заключен", "заключена", "заключено", "заключены", *_stem_forms("заключенн", _HARD)),
    **_cases("conclusion", "заключение", "заключения", "заключении"),
    # negation, future and wishes
    "никогда не": "never",
    "больше не": "no longer",
    "уже не": "no longer",
    "так и не": "never",
    "ни один": "no",
    "ни одна": "no",
    "ни одно": "no",
    "ни одного": "no",
    "станет": "will become",
    "станут": "will become",
    "будем": "will",
    "буду": "will",
    "намерено": "intends to",
    "намерение": "intention",
    "намерения": "intention",
    "собираются": "intend to",
    "не собираются": "do not intend to",
    "хотели бы": "would like to",
    "хотел бы": "would like to",
    "хочет": "wants to",
    "хотят": "want to",
    "необходимо": "must",
    "надо": "must",
    "нужно": "must",
    "обязаны": "are obliged to",
    "обязана": "is obliged to",
    "обязан": "is obliged to",
    "призываем к": "call for",
    "призывает к": "calls for",
    "призывают к": "call for",
    **_past("призвал{} к", "called for"),
    "призвать": "call on",
    "надеются": "hope",
    "надеялись": "hoped",
    "рассчитывает": "hopes",
    "рассчитывают": "hope",
    "ожидается": "is expected",
    "ожидаем": "expect",
    "ожидает": "expects",
}

# The content words of instruments' titles, for the English description matcher
_TITLE_WORDS: dict[str, str] = {
    **_cases("convention", "конвенцией", "конвенции"),
    **_cases("conventions", "конвенций", "конвенциям"),
    **_cases("agreements", "соглашений", "соглашениям", "соглашениями"),
    **_cases("ban", "запрет", "запрета", "запрете", "запрету", "запретом"),
    **_cases("prohibition", "запрещение", "запрещения", "запрещении", "запрещению"),
    **_cases(
        "comprehensive",
        *_stem_forms("всеобъемлющ", "ий ая ее ие его ей ему ую им ем их"),
        *_stem_forms("всеобщ", "ий ая ее ие его ей ему ую им ем их"),
    ),
    **_cases("non-proliferation", "нераспространение", "нераспространения", "нераспространении", "нераспространению"),
    **_cases("proliferation", "распространение", "распространения", "распространении"),
    **_cases("disarmament", "разоружение", "разоружения", "разоружении", "разоружению"),
    **_cases("strategic", *_stem_forms("стратегическ", "ий ая ое ие ого ой ому ую им ом их ими")),
    **_cases("offensive", *_stem_forms("наступательн", _HARD)),
    **_cases("arms", "вооружения", "вооружений", "вооружениям", "вооружениями", "вооружениях"),
    **_cases(
        "strategic offensive arms",
        "стратегических наступательных вооружений",
        "стратегические наступательные вооружения",
        "стратегическими наступательными вооружениями",
        "стратегических наступательных вооружениях",
    ),
    **_cases("reduction", "сокращение", "сокращения", "сокращении", "сокращению"),
    **_cases("limitation", "ограничение", "ограничения", "ограничении", "ограничению"),
    **_cases("limitations", "ограничений"),
    **_cases("further", *_stem_forms("дальнейш", "ий ая ее ие его ей ему ую им ем их")),
    **_cases("measures", "мерах", "меры", "мер", "мерам"),
    **_cases("elimination", "ликвидация", "ликвидации", "ликвидацию"),
    **_cases(
        "intermediate-range and shorter-range missiles",
        "ракет средней и меньшей дальности",
        "ракеты средней и меньшей дальности",
        "ракетах средней и меньшей дальности",
        "ракетами средней и меньшей дальности",
    ),
    **_cases("intermediate-range", "средней дальности"),
    **_cases("range", "дальности"),
    **_cases(
        "anti-ballistic missile systems",
        "систем противоракетной обороны",
        "системы противоракетной обороны",
        "системам противоракетной обороны",
    ),
    **_cases("missile defence", "противоракетной обороны", "противоракетная оборона", "ПРО"),
    **_cases("nuclear", *_stem_forms("ядерн", _HARD)),
    **_cases("weapons", "оружие", "оружия", "оружию", "оружием"),
    **_cases("weapons of mass destruction", "оружия массового уничтожения", "оружие массового уничтожения"),
    **_cases("tests of nuclear weapons", "испытаний ядерного оружия", "испытания ядерного оружия"),
    **_cases("atmosphere", "атмосфере", "атмосфера"),
    **_cases("outer space", "космическом пространстве", "космическое пространство"),
    "под водой": "under water",
    **_cases(
        "free of nuclear weapons",
        "свободной от ядерного оружия",
        "свободная от ядерного оружия",
        "свободную от ядерного оружия",
        "свободных от ядерного оружия",
    ),
    **_cases("zone", "зона", "зоны", "зоне", "зону", "зоной"),
    **_cases("Central Asia", "Средняя Азия", "Средней Азии", "Центральной Азией"),
    **_cases("Asia", "Азия", "Азии"),
    **_cases("Pacific", "Тихого океана", "Тихом океане"),
    **_cases("Caribbean", "Карибского бассейна", "Карибском бассейне"),
    **_cases("Latin America", "Латинской Америкой", "Латинскую Америку"),
    **_cases("regime", "режим", "режима", "режиму", "режиме"),
    **_cases("verification", "проверки", "проверка", "проверку"),
    **_cases("arms control", "контроль над вооружениями", "контроля над вооружениями", "контролю над вооружениями"),
    **_cases("control", "контроль", "контроля"),
    **_cases("security", "безопасность", "безопасности"),
    **_cases("stability", "стабильность", "стабильности"),
    **_cases("international", *_stem_forms("международн", _HARD)),
    **_cases("conference", "конференция", "конференции", "конференцию"),
    **_cases("General Assembly", "Генеральной Ассамблее", "Генеральную Ассамблею"),
    **_cases("the last country", "последней страной", "последняя страна"),
    **_cases("the last State", "последним государством", "последнее государство"),
    **_cases("Review Conference", "обзорная конференция", "обзорной конференции", "Обзорная конференция"),
}

# Frequent words of the domain's statements
_DOMAIN: dict[str, str] = {
    "как": "as",
    "за": "for",
    "при": "at",
    "под": "under",
    "над": "over",
    "против": "against",
    "однако": "however",
    "поскольку": "since",
    "согласно": "according to",
    "в соответствии с": "in accordance with",
    "в рамках": "within the framework of",
    "в связи с": "in connection with",
    "в ходе": "during",
    "в том числе и": "including",
    **_cases("said", "говорится"),
    **_cases("reports", "сообщает", "передает"),
    **_cases("reported", "сообщил", "сообщила", "сообщили"),
    **_cases("stressed", "подчеркнул", "подчеркнула", "подчеркнули"),
    **_cases("noted", "отметил", "отметила", "отметили", "отмечается", "напомнил", "напомнила"),
    **_cases("said", "сказал", "сказала", "сказали"),
    **_cases("statement", "заявление", "заявления", "заявлении", "сообщении"),
    **_cases("decision", "решение", "решения", "решении", "решением"),
    **_cases("the initiative", "инициатива", "инициативы", "инициативе", "инициативу"),
    **_cases("world", "мир", "мира", "мире", "миру"),
    **_cases("head", "глава", "главы"),
    **_cases("the spokesman", "пресс-секретарь", "пресс-секретаря", "официальный представитель"),
    **_cases("Secretary of State", "госсекретарь", "госсекретаря"),
    **_cases("deputies", "депутаты", "депутатов"),
    **_cases("senators", "сенаторы", "сенаторов"),
    **_cases("Russian-American", *_stem_forms("российско-американск", "ий ая ое ие ого ой ому ую им ом их")),
    "НАТО": "NATO",
}

# Phrases before words: the longest match wins, so "еще не вступил в силу" is read as one phrase before "в силу" or
# "не". Keys are written as a Russian text writes them; "ё" and "е" match each other, case and spacing are matched
# loosely, and a hyphen is optional ("государства-участники"). A value is the English the rules read.
PHRASES: dict[str, str] = {
    **_COUNTED,
    **_NUMBER_WORDS,
    **_ORDINALS,
    **_ORDINAL_WORDS,
    **_QUANTIFIERS,
    **_TIME,
    **_ACTS,
    **_TITLE_WORDS,
    **_DOMAIN,
    **_OBJECT_AFTER,
    # "Договор о СНВ", the treaty on strategic offensive arms, as Russian texts call START I and New START alike: read
    # as "the START Treaty", which the English rules put in its time (New START after 8 April 2010)
    **_cases("the START Treaty", *(f"{form} о СНВ" for form in _TREATY)),
    # "внес на ратификацию в Госдуму": submitted to the legislature, a step before ratification
    **_cases("submitted for ratification", "внес на ратификацию", "внесла на ратификацию", "внести на ратификацию"),
    **_cases("submitted for ratification", "внесен на ратификацию", "внесена на ратификацию", "внесено на ратификацию"),
    "сделать это": "do so",
    # entry into force
    **_past("еще не вступил{} в силу", "has not yet entered into force", "have not yet entered into force"),
    **_past("так и не вступил{} в силу", "never entered into force"),
    **_past("не вступил{} в силу", "has not entered into force", "have not entered into force"),
    **_past("вступил{} в силу", "entered into force"),
    # "чтобы соглашение вступило в силу": a purpose, the past form after "чтобы" is no act done
    **{
        key: english
        for subject, english_subject in (
            ("договор", "the Treaty"),
            ("соглашение", "the Agreement"),
            ("документ", "the document"),
            ("он", "it"),
            ("она", "it"),
            ("оно", "it"),
        )
        for key, english in _past(
            f"чтобы {subject} вступил{{}} в силу", f"for {english_subject} to enter into force"
        ).items()
    },
    **_past("чтобы вступил{} в силу", "to enter into force"),
    "не вступает в силу": "does not enter into force",
    "вступает в силу": "enters into force",
    "вступают в силу": "enter into force",
    "не вступит в силу": "will not enter into force",
    "вступит в силу": "will enter into force",
    "вступят в силу": "will enter into force",
    "вступить в силу": "enter into force",
    "не может вступить в силу": "cannot enter into force",
    **_cases(
        "entry into force",
        "вступление в силу",
        "вступления в силу",
        "вступлению в силу",
        "вступлением в силу",
        "вступлении в силу",
    ),
    # "невступление ДВЗЯИ в силу": the treaty named between the noun and "в силу", which is left as it stands
    **_cases(
        "non-entry into force of",
        "невступление",
        "невступления",
        "невступлению",
        "невступлением",
        "невступлении",
    ),
    "в силе": "in force",
    "остается в силе": "remains in force",
    "не действует": "is not in force",
    "действует": "is in force",
    # "ДНЯО продолжает полноформатно функционировать": the treaty continues to function
    "продолжает функционировать": "continues to function",
    "продолжает полноформатно функционировать": "continues to function fully",
    "продолжает действовать": "continues to be in force",
    **_cases("expired", "истек", "истекла", "истекло", "истекли"),
    # "Срок действия Договора ... завершился": the term of the treaty ended
    **_cases("the term of", "срок действия", "срока действия", "сроке действия", "сроку действия"),
    **_cases("ended", "завершился", "завершилась", "завершилось", "завершились"),
    "истекает": "expires",
    "утратил силу": "expired",
    "прекратил действие": "expired",
    "прекратил свое действие": "expired",
    **_past("продлил", "extended"),
    **_cases("extended", "продлен", "продлена", "продлено", "продлены"),
    # the noun and the genitive after it: "о продлении срока действия Договора", "on the extension of the Treaty"
    **_cases("extension", "продление", "продления", "продлению", "продлении"),
    **_cases("on the extension of", "о продлении", "по продлению", "о продлении срока действия"),
    **_cases(
        "the extension of",
        "продление срока действия",
        "продления срока действия",
        "продлению срока действия",
        "продлении срока действия",
    ),
    "продлить": "extend",
    "бессрочно": "indefinitely",
    # signature
    **_past("еще не подписал", "has not yet signed", "have not yet signed"),
    **_past("не подписал", "has not signed", "have not signed"),
    **_past("уже подписал", "has already signed", "have already signed"),
    **_past("подписал", "signed"),
    "подпишет": "will sign",
    # "Россия не подпишет Договор": will not sign (a refusal, the standing on the day)
    "не подпишет": "will not sign",
    "не подпишут": "will not sign",
    # "Казахстан является участником Договора": is a party to
    "является участником": "is a party to",
    "является участницей": "is a party to",
    "являются участниками": "are parties to",
    "подпишут": "will sign",
    **_cases("signed", "подписан", "подписана", "подписано", "подписаны"),
    **_cases(
        "signed",
        "подписанный",
        "подписанная",
        "подписанное",
        "подписанные",
        "подписанного",
        "подписанной",
        "подписанных",
        "подписанную",
    ),
    **_cases("signature", "подписание", "подписания", "подписанию", "подписанием", "подписании"),
    "открыт для подписания": "opened for signature",
    "открыт к подписанию": "opened for signature",
    **_cases("which signed", "подписавшие", "подписавших", "подписавшим", "подписавшими"),
    # ("Из 187 подписавших его государств": the States that signed it, the pronoun its object)
    **_cases("signatory States", "подписавших его государств", "подписавших его стран"),
    **_cases("ratifying States", "ратифицировавших его государств", "ратифицировавших его стран"),
    **_cases("which have not signed", "не подписавшие", "не подписавших", "не подписавшим"),
    **_cases("signatories", "подписанты", "подписантов", "подписантам", "подписантами"),
    # ratification
    **_past("еще не ратифицировал", "has not yet ratified", "have not yet ratified"),
    **_past("так и не ратифицировал", "never ratified"),
    **_past("не ратифицировал", "has not ratified", "have not ratified"),
    **_past("уже ратифицировал", "has already ratified", "have already ratified"),
    **_past("ратифицировал", "ratified"),
    # "отказ США ратифицировать договор": the refusal of the state named after the noun
    **_cases("refusal of", "отказ", "отказа", "отказе", "отказом"),
    # the adverbial participle: "не ратифицируя сам договор", "not ratifying the treaty itself"
    "ратифицируя": "ratifying",
    "не ратифицируя": "not ratifying",
    # a wish: "выступает за скорейшее присоединение Израиля к ДНЯО", "stands for the early accession of Israel"
    "выступает за": "stands for",
    "выступают за": "stand for",
    "выступала и выступает за": "has stood and stands for",
    "выступали и выступаем за": "have stood and stand for",
    "выступаем за": "stand for",
    **_cases("early", "скорейшее", "скорейшего", "скорейшему", "скорейшим", "скорейшая", "скорейшую", "скорейшей"),
    # an intention, not an act: "не собирается отзывать ратификацию", "does not intend to revoke its ratification"
    "отзывать ратификацию": "revoke its ratification",
    # "по вопросу ратификации": on the question of ratification (an act spoken of, not one done)
    **_cases("question of", "вопрос", "вопроса", "вопросу", "вопросе", "вопросом"),
    "ратифицирует": "will ratify",
    "ратифицируют": "will ratify",
    **_cases("ratified", "ратифицирован", "ратифицирована", "ратифицировано", "ратифицированы"),
    **_cases("not ratified", "не ратифицирован", "не ратифицирована", "не ратифицировано", "не ратифицированы"),
    # "Документ не подписан Индией ... и не ратифицирован в США": the passive's agent in the instrumental, or the
    # state "in" which the step is taken, is who did not take it
    **_cases(
        "has not been ratified by",
        "не ратифицирован в",
        "не ратифицирована в",
        "не ратифицировано в",
        "не ратифицированы в",
    ),
    **_cases("has not been signed by", "не подписан", "не подписана", "не подписано", "не подписаны"),
    **_cases("ratification", "ратификация", "ратификации", "ратификацию", "ратификацией"),
    **_cases("which ratified", "ратифицировавшие", "ратифицировавших", "ратифицировавшим", "ратифицировавшими"),
    **_cases("which have not ratified", "не ратифицировавшие", "не ратифицировавших", "не ратифицировавшим"),
    **_cases(
        "instrument of ratification",
        "ратификационная грамота",
        "ратификационную грамоту",
        "ратификационной грамоты",
        "ратификационной грамотой",
    ),
    **_cases(
        "instruments of ratification",
        "ратификационные грамоты",
        "ратификационных грамот",
        "ратификационными грамотами",
    ),
    **_past("сдал{} на хранение", "deposited"),
    **_cases("deposit of", "сдача на хранение", "сдачи на хранение", "сдаче на хранение"),
    # accession
    "присоединился к": "acceded to",
    "не присоединился к": "has not acceded to",
    "присоединилась к": "acceded to",
    "присоединилось к": "acceded to",
    "присоединились к": "acceded to",
    "не присоединились к": "have not acceded to",
    "не присоединилась к": "has not acceded to",
    "присоединиться к": "accede to",
    # "США не заинтересованы в ратификации ДВЗЯИ", "не предприняли практических шагов в сторону ратификации"
    "не заинтересованы в": "are not interested in",
    "не заинтересована в": "is not interested in",
    "не предприняли практических шагов в сторону": "have not taken practical steps towards",
    "не предприняли шагов в сторону": "have not taken steps towards",
    # "Россия не намерена присоединяться к подписанию договора": does not intend to sign it
    "присоединяться к подписанию": "to sign",
    "присоединиться к подписанию": "to sign",
    "присоединится к": "will accede to",
    "присоединятся к": "will accede to",
    **_cases("accession to", "присоединение к", "присоединения к", "присоединению к", "присоединении к"),
    **_cases("accession", "присоединение", "присоединения", "присоединении"),
    **_past("стал{} участником", "became a party to", "became parties to"),
    "стала участницей": "became a party to",
    "стали участниками": "became parties to",
    # withdrawal, suspension, revocation
    "вышел из": "withdrew from",
    "вышла из": "withdrew from",
    "вышли из": "withdrew from",
    "выйти из": "withdraw from",
    "выйдет из": "will withdraw from",
    **_cases("withdrawal from", "выход из", "выхода из", "выходе из", "выходу из"),
    **_past("объявил{} о выходе из", "announced its withdrawal from"),
    **_past("приостановил{} участие в", "suspended its participation in"),
    # ("Россия приостанавливает участие в ДСНВ": the present of the act announced)
    "приостанавливает участие в": "suspends its participation in",
    # ("Россия не намерена присоединяться к Договору": does not intend to join)
    **_cases("does not intend", "не намерена", "не намерен", "не намерено"),
    "не намерены": "do not intend",
    "присоединяться к": "to join",
    # "Путин объявил о решении приостановить участие РФ в договоре": the decision announced (the act, as told of its
    # day); "приостановке участия ... в": the suspension of participation in
    **_cases("the decision to suspend", "о решении приостановить", "решение приостановить", "решении приостановить"),
    # ("участие РФ", "участия РФ": the state after it, in the genitive, is whose participation; "участие в": in)
    **_cases("participation of", "участие", "участия"),
    **_cases("participation in", "участие в", "участия в", "участии в", "участию в"),
    # "Его подписали президенты Дмитрий Медведев и Барак Обама": the subject after the verb, as Russian orders it
    **_cases("It was signed by", "Его подписали", "его подписали"),
    # "официально прекращено действие Договора": the treaty's operation ended
    "прекращено действие": "the termination of",
    # ("ответственность за прекращение действия договора", "Действие ДРСМД официально было прекращено 2 августа": the
    # treaty's force ended)
    **_cases("the termination of", "прекращение действия", "прекращения действия", "прекращению действия"),
    # ("Американская сторона объяснила свой выход из Соглашения нарушениями со стороны России": whose withdrawal is
    # the subject's, the violations another's)
    **_past("объяснил", "explained"),
    "нарушениями": "by violations",
    # "Американская сторона объяснила свой выход из Соглашения": the American side, the United States
    **_cases("the United States", "американская сторона", "американской стороны", "американской стороне"),
    **_cases("violations", "нарушения", "нарушений"),
    # ("Соглашение позволяет каждой из стран иметь только ограниченное количество ...": a limit)
    **_cases("a limited number of", "ограниченное количество", "ограниченного количества", "ограниченным количеством"),
    "позволяет": "allows",
    "было прекращено": "was terminated",
    "было прекращена": "was terminated",
    "прекращено": "terminated",
    "официально": "officially",
    **_past("приостановил{} действие", "suspended"),
    **_past("приостановил", "suspended"),
    "приостановить": "suspend",
    **_cases("suspended", "приостановлен", "приостановлена", "приостановлено", "приостановлены"),
    **_cases(
        "suspension",
        "приостановление",
        "приостановления",
        "приостановлению",
        "приостановлении",
        "приостановка",
        "приостановки",
    ),
    **_past("отозвал{} ратификацию", "revoked its ratification"),
    **_past("отозвал{} свою ратификацию", "revoked its ratification"),
    **_past("отозвал{} ратификационную грамоту", "revoked its instrument of ratification"),
    "отозвать ратификацию": "revoke its ratification",
    **_cases("revocation of the ratification", "отзыв ратификации", "отзыва ратификации", "отзыве ратификации"),
    **_cases("revocation", "отзыв", "отзыва", "отзыве"),
    # asks, hopes, offers: what the rules read as not yet done
    **_GOVERNING,
    **_INFINITIVES,
    "настоятельно призываем": "urge",
    "настоятельно призывает": "urges",
    "призываем": "call on",
    "призывает": "calls on",
    "призывают": "call on",
    **_past("призвал", "called on"),
    "предлагаем": "propose",
    "предлагает": "proposes",
    **_past("предложил", "proposed"),
    "если": "if",
    "надеемся": "hope",
    "надеется": "hopes",
    "рассчитываем": "hope",
    "приветствуем": "welcome",
    "приветствует": "welcomes",
    "будет": "will",
    "будут": "will",
    **_past("объявил", "announced"),
    **_past("заявил", "said"),
    **_past("решил", "decided to"),
    "чтобы": "so that",
    "до тех пор, пока": "until",
    # groups
    **_cases("States", "государства", "государств", "государствам", "государствами", "государствах"),
    **_cases("State", "государство", "государству", "государством", "государстве"),
    **_cases(
        "States Parties",
        "государства-участники",
        "государств-участников",
        "государствам-участникам",
        "государствами-участниками",
    ),
    **_cases("State Party", "государство-участник", "государства-участника", "государству-участнику"),
    # "Как государство-участник ДНЯО ... Российская Федерация": the standing of the sentence's subject
    "как государство-участник": "As a State Party to the",
    # "45 лет со дня вступления в силу ДНЯО": since the day of its entry into force
    "со дня": "since the day of the",
    **_cases("Member States", "государства-члены", "государств-членов", "государствам-членам"),
    **_cases("signatory States", "государства-подписанты", "государств-подписантов"),
    **_cases(
        "nuclear-weapon States",
        "государства, обладающие ядерным оружием",
        "государств, обладающих ядерным оружием",
        "государствам, обладающим ядерным оружием",
    ),
    **_cases("countries", "страны", "стран", "странам", "странами", "странах"),
    **_cases("country", "страна", "стране", "страну", "страной"),
    **_cases("parties", "участники", "участников", "участникам", "участниками"),
    **_cases("party", "участник", "участника", "участнику", "участником"),
    **_cases("nuclear powers", "ядерные державы", "ядерных держав", "ядерным державам", "ядерными державами"),
    **_cases("Annex 2", "Приложение 2", "Приложения 2", "Приложении 2", "Приложению 2"),
    **_cases("Annex 2 States", "государства Приложения 2", "государств Приложения 2", "государств из Приложения 2"),
    # the domain's nouns
    # (Russian has no articles: a treaty named before is "the Treaty" the rules read back to)
    **_cases("the Treaty", *_TREATY),
    **_cases("treaties", "договоры", "договоров", "договорам", "договорами", "договорах"),
    **_cases("the Protocol", *_PROTOCOL),
    **_cases("protocols", "протоколы", "протоколов", "протоколам", "протоколами", "протоколах"),
    **_cases("the Agreement", *_AGREEMENT),
    **{f"{this} {noun}": f"this {english}" for nouns, english in _NOUNS for noun in nouns for this in _THIS},
    **_cases("convention", "конвенция", "конвенции", "конвенцию"),
    **_cases("moratorium", "мораторий", "моратория", "мораторию", "мораторием", "моратории"),
    **_cases("resolution", "резолюция", "резолюции", "резолюцию"),
    **_cases("nuclear weapons", "ядерное оружие", "ядерного оружия", "ядерному оружию", "ядерным оружием"),
    **_cases("nuclear tests", "ядерные испытания", "ядерных испытаний", "ядерным испытаниям"),
    **_cases("nuclear test", "ядерное испытание", "ядерного испытания", "ядерном испытании"),
    **_cases("nuclear explosions", "ядерные взрывы", "ядерных взрывов"),
    **_cases("nuclear explosion", "ядерный взрыв", "ядерного взрыва"),
    **_cases(
        "nuclear-weapon-free zone",
        "зона, свободная от ядерного оружия",
        "зоны, свободной от ядерного оружия",
        "зоне, свободной от ядерного оружия",
        "зону, свободную от ядерного оружия",
        "безъядерная зона",
        "безъядерной зоны",
        "безъядерной зоне",
        "безъядерную зону",
    ),
    **_cases(
        "nuclear-weapon-free zones",
        "зоны, свободные от ядерного оружия",
        "зон, свободных от ядерного оружия",
        "безъядерные зоны",
        "безъядерных зон",
    ),
    **_cases("Federal Law", "Федеральный закон", "Федерального закона", "Федеральным законом"),
    **_cases("State Duma", "Государственная Дума", "Государственной Думы", "Государственной Думой", "Госдума"),
    **_cases("Federation Council", "Совет Федерации", "Советом Федерации", "Совета Федерации"),
    **_cases("General Assembly", "Генеральная Ассамблея", "Генеральной Ассамблеи", "Генеральной Ассамблеей"),
    **_cases("Security Council", "Совет Безопасности", "Совета Безопасности", "Советом Безопасности"),
    **_cases(
        "United Nations", "Организация Объединенных Наций", "Организации Объединенных Наций", "Объединенных Наций"
    ),
    "ООН": "UN",
    "МАГАТЭ": "IAEA",
    "ОДВЗЯИ": "CTBTO",
    **_cases("Secretary-General", "Генеральный секретарь", "Генерального секретаря", "Генсек"),
    **_cases(
        "Ministry of Foreign Affairs",
        "Министерство иностранных дел",
        "Министерства иностранных дел",
        "МИД",
    ),
    **_cases("Minister of Foreign Affairs", "министр иностранных дел", "министра иностранных дел"),
    **_cases("President", "Президент", "Президента"),
    **_cases("Presidents", "Президенты", "Президентов"),
    # the instrumental is the agent of a passive: "подписан президентами России и США", "signed by the Presidents of"
    "Президентами": "by the Presidents of",
    "Президентом": "by the President of",
    # ("Однако документ так и не вступил в силу": the treaty the passage is about, by the word Russian texts use)
    **_cases("the document", "документ"),
    # ("Соглашение должно заменить собой аналогичный документ, срок действия которого истек": another, like it)
    **_cases("which had passed ratification", "прошедший ратификацию", "прошедшего ратификацию"),
    **_cases("a similar document", "аналогичный документ", "аналогичного документа", "аналогичным документом"),
    **_cases("Government", "Правительство", "Правительства", "Правительством"),
    **_cases("adopted", "принят", "принята", "принято", "приняты"),
    **_cases("approved", "одобрен", "одобрена", "одобрено", "одобрены"),
    # "Договор одобрен обеими палатами российского парламента, а также сенатом конгресса США": approved by (the
    # instrumental of the agent, which English says with "by")
    **_cases("was approved by both chambers of the", "одобрен обеими палатами", "одобрена обеими палатами"),
    "обеими палатами": "by both chambers of the",
    **_cases("parliament", "парламент", "парламента", "парламенте"),
    "парламентом": "by the parliament",
    **_cases("Senate", "сенат", "сената", "сенате"),
    "сенатом": "by the Senate",
    **_cases("Congress", "конгресс", "конгрессе"),
    "конгресса": "of the Congress of",
    # "подписал закон о ратификации", "приняла закон о ратификации": the law ratifying (a law signed or adopted)
    **_cases("the law", "закон", "закона", "законом"),
    **_past("принял", "adopted"),
    **_cases("exchanged", "обменялись"),
    **_cases("will exchange", "обменяются"),
    # "РФ последовательно выполняет все положения Договора": implements all the provisions of
    **_cases("implements", "выполняет"),
    "все положения": "all the provisions of",
    # ("Действие ДРСМД прекратилось 2 августа 2019 года": the treaty's force ended)
    "прекратилось": "ceased to have effect",
    "по сравнению с": "compared with",
    "по сравнению со": "compared with",
    **_cases("warheads", "боезарядов", "боезаряды", "боеголовок", "боеголовки", "ядерных боеголовок"),
    **_cases("delivery vehicles", "носителей", "носители", "стратегических носителей"),
    **_cases("thousand", "тысячи", "тысяч", "тысяча"),
    "О ратификации": "On the ratification of",
    "от имени": "on behalf of",
    "со стороны": "by",
    # regions named for zones, and cities that are not states
    **_cases("Africa", "Африка", "Африки", "Африке", "Африку"),
    **_cases("Central Asia", "Центральная Азия", "Центральной Азии", "Центральную Азию"),
    **_cases("Southeast Asia", "Юго-Восточная Азия", "Юго-Восточной Азии"),
    **_cases("Latin America", "Латинская Америка", "Латинской Америки", "Латинской Америке"),
    **_cases("Middle East", "Ближний Восток", "Ближнего Востока", "Ближнем Востоке", "Ближнему Востоку"),
    **_cases("South Pacific", "южная часть Тихого океана", "южной части Тихого океана"),
    **_cases("Korean Peninsula", "Корейский полуостров", "Корейского полуострова", "Корейском полуострове"),
    **_cases("Moscow", "Москва", "Москвы", "Москве", "Москву"),
    **_cases("New York", "Нью-Йорк", "Нью-Йорке", "Нью-Йорка"),
    **_cases("Vienna", "Вена", "Вены", "Вене"),
    **_cases("Geneva", "Женева", "Женевы", "Женеве"),
    **_cases("Washington", "Вашингтон", "Вашингтона", "Вашингтоне"),
    **_cases("Beijing", "Пекин", "Пекина", "Пекине"),
    **_cases("London", "Лондон", "Лондона", "Лондоне"),
    **_cases("Paris", "Париж", "Парижа", "Париже"),
    **_cases("Prague", "Прага", "Праги", "Праге"),
    **_cases("Cairo", "Каир", "Каира", "Каире"),
    # time: "года", "году", "г." after a year are dropped ("5 марта 1970 года" is "5 March 1970")
    "года": "",
    "году": "",
    "г.": "",
    "гг.": "",
    "два года": "two years",
    "три года": "three years",
    "четыре года": "four years",
    "лет": "years",
    "сегодня": "today",
    "назад": "ago",
    "годовщина": "anniversary",
    "годовщины": "anniversary",
    # function words
    "и": "and",
    "или": "or",
    "ни": "nor",
    "но": "but",
    "а также": "as well as",
    "в том числе": "including",
    "включая": "including",
    "в частности": "in particular",
    "среди них": "among them",
    **_cases(
        "which", "который", "которая", "которое", "которые", "которого", "которой", "которых", "которым", "которую"
    ),
    "что": "that",
    "не": "not",
    "уже": "already",
    "еще": "still",
    "еще не": "not yet",
    "пока не": "not yet",
    "также": "also",
    "только": "only",
    "все": "all",
    "всех": "all",
    "всем": "all",
    "в": "in",
    "во": "in",
    "на": "on",
    "с": "with",
    "со": "with",
    "о": "on",
    "об": "on",
    "от": "of",
    "из": "from",
    "к": "to",
    "ко": "to",
    "по": "on",
    "для": "for",
    "до": "until",
    "после": "after",
    "с тех пор": "since",
    "между": "between",
    "без": "without",
    "это": "this",
    **_cases("this", "этот", "эта", "этого", "этой", "этому", "этим", "этом", "эту"),
    **_cases("these", "эти", "этих"),
    "его": "its",
    "ее": "its",
    "их": "their",
    "свой": "its",
    "свою": "its",
    "своей": "its",
    "своего": "its",
    "свои": "its",
    **_cases("our", "наш", "наша", "наше", "наши", "нашей", "нашего", "наших", "нашу"),
    "мы": "we",
    "он": "it",
    "она": "it",
    "оно": "it",
    "они": "they",
    "является": "is",
    "являются": "are",
    "был": "was",
    "была": "was",
    "было": "was",
    "были": "were",
}

# Adjectives of states, before the noun ("российская сторона"): glossed as the English adjective.
ADJECTIVES: dict[str, str] = {
    **_adjective("российск", "Russian"),
    **_adjective("американск", "American"),
    **_adjective("китайск", "Chinese"),
    **_adjective("французск", "French"),
    **_adjective("британск", "British"),
    **_adjective("советск", "Soviet"),
    **_adjective("индийск", "Indian"),
    **_adjective("пакистанск", "Pakistani"),
    **_adjective("израильск", "Israeli"),
    **_adjective("иранск", "Iranian"),
    **_adjective("северокорейск", "North Korean"),
    **_adjective("казахстанск", "Kazakh"),
    **_adjective("египетск", "Egyptian"),
    **_adjective("германск", "German"),
    **_adjective("японск", "Japanese"),
}

# States whose names decline regularly (see ``declined``), in the nominative, to their codes.
_REGULAR = {
    "Россия": "RUS",
    "Франция": "FRA",
    "Великобритания": "GBR",
    "Британия": "GBR",
    "Индия": "IND",
    "Пакистан": "PAK",
    "Израиль": "ISR",
    "Иран": "IRN",
    "Китай": "CHN",
    "Казахстан": "KAZ",
    "Узбекистан": "UZB",
    "Киргизия": "KGZ",
    "Кыргызстан": "KGZ",
    "Таджикистан": "TJK",
    "Туркменистан": "TKM",
    "Туркмения": "TKM",
    "Монголия": "MNG",
    "Украина": "UKR",
    "Белоруссия": "BLR",
    "Германия": "DEU",
    "Италия": "ITA",
    "Испания": "ESP",
    "Япония": "JPN",
    "Бразилия": "BRA",
    "Аргентина": "ARG",
    "Мексика": "MEX",
    "Канада": "CAN",
    "Австралия": "AUS",
    "Австрия": "AUT",
    "Бельгия": "BEL",
    "Болгария": "BGR",
    "Венгрия": "HUN",
    "Колумбия": "COL",
    "Индонезия": "IDN",
    "Вьетнам": "VNM",
    "Алжир": "DZA",
    "Нигерия": "NGA",
    "Турция": "TUR",
    "Сирия": "SYR",
    "Ирак": "IRQ",
    "Куба": "CUB",
    "Швеция": "SWE",
    "Норвегия": "NOR",
    "Финляндия": "FIN",
    "Польша": "POL",
    "Румыния": "ROU",
    "Словакия": "SVK",
    "Швейцария": "CHE",
    "Ирландия": "IRL",
    "Малайзия": "MYS",
    "Таиланд": "THA",
    "Ливия": "LBY",
    "Судан": "SDN",
    "Эфиопия": "ETH",
    "Саудовская Аравия": "SAU",  # (only its nominative: the adjective declines too, listed below)
}

# Names a declension rule does not give: irregular stems, phrases whose adjective declines with the noun, names that
# do not decline, acronyms.
_IRREGULAR: dict[str, str] = {
    **dict.fromkeys(("Египет", "Египта", "Египту", "Египтом", "Египте"), "EGY"),
    **dict.fromkeys(("Беларусь", "Беларуси", "Беларусью"), "BLR"),
    **dict.fromkeys(
        (
            "Российская Федерация",
            "Российской Федерации",
            "Российскую Федерацию",
            "Российской Федерацией",
            "РФ",
        ),
        "RUS",
    ),
    **dict.fromkeys(
        (
            "Соединенные Штаты",
            "Соединенных Штатов",
            "Соединенным Штатам",
            "Соединенными Штатами",
            "Соединенных Штатах",
            "Соединенные Штаты Америки",
            "Соединенных Штатов Америки",
            "Соединенным Штатам Америки",
            "Соединенными Штатами Америки",
            "Соединенных Штатах Америки",
            "США",
        ),
        "USA",
    ),
    **dict.fromkeys(
        (
            "Соединенное Королевство",
            "Соединенного Королевства",
            "Соединенному Королевству",
            "Соединенным Королевством",
            "Соединенном Королевстве",
        ),
        "GBR",
    ),
    **dict.fromkeys(
        (
            "Китайская Народная Республика",
            "Китайской Народной Республики",
            "Китайской Народной Республикой",
            "Китайскую Народную Республику",
            "КНР",
        ),
        "CHN",
    ),
    **dict.fromkeys(
        (
            "Северная Корея",
            "Северной Кореи",
            "Северной Корее",
            "Северную Корею",
            "Северной Кореей",
            "Корейская Народно-Демократическая Республика",
            "Корейской Народно-Демократической Республики",
            "Корейской Народно-Демократической Республикой",
            "Корейскую Народно-Демократическую Республику",
            "КНДР",
        ),
        "PRK",
    ),
    **dict.fromkeys(
        (
            "Южная Корея",
            "Южной Кореи",
            "Южной Корее",
            "Южную Корею",
            "Южной Кореей",
            "Республика Корея",
            "Республики Корея",
            "Республике Корея",
            "Республикой Корея",
        ),
        "KOR",
    ),
    **dict.fromkeys(
        (
            "Исламская Республика Иран",
            "Исламской Республики Иран",
            "Исламской Республике Иран",
            "Исламской Республикой Иран",
        ),
        "IRN",
    ),
    **dict.fromkeys(
        (
            "Южно-Африканская Республика",
            "Южно-Африканской Республики",
            "Южно-Африканской Республикой",
            "ЮАР",
        ),
        "ZAF",
    ),
    **dict.fromkeys(
        (
            "Демократическая Республика Конго",
            "Демократической Республики Конго",
            "Демократической Республике Конго",
            "ДРК",
        ),
        "COD",
    ),
    **dict.fromkeys(("Нидерланды", "Нидерландов", "Нидерландам", "Нидерландами", "Нидерландах"), "NLD"),
    **dict.fromkeys(("Новая Зеландия", "Новой Зеландии", "Новую Зеландию", "Новой Зеландией"), "NZL"),
    **dict.fromkeys(("Саудовской Аравии", "Саудовскую Аравию", "Саудовской Аравией"), "SAU"),
    **dict.fromkeys(("Советский Союз", "Советского Союза", "Советскому Союзу", "Советским Союзом"), "SUN"),
    **dict.fromkeys(("Советском Союзе", "СССР"), "SUN"),
    "Чили": "CHL",
    "Перу": "PER",
    "Бангладеш": "BGD",
    "Молдова": "MDA",
}

STATE_NAMES: dict[str, str] = {
    **{form: code for name, code in _REGULAR.items() if " " not in name for form in declined(name)},
    **{name: code for name, code in _REGULAR.items() if " " in name},
    **_IRREGULAR,
}

# The agent of a passive in the instrumental: "подписан Казахстаном", "ратифицирована Россией" is "signed by
# Kazakhstan", "ratified by Russia"
_INSTRUMENTAL = ("ом", "ем", "ей", "ой", "ью", "ами", "ями")
_BY_STATE: dict[str, str] = {
    f"{participle} {form}": f"{english} by {party_name(code)}"
    for form, code in STATE_NAMES.items()
    if form.endswith(_INSTRUMENTAL) and not form.isupper()
    for participle, english in (
        *((f"подписан{ending}", "signed") for ending in ("", "а", "о", "ы")),
        *((f"ратифицирован{ending}", "ratified") for ending in ("", "а", "о", "ы")),
    )
}
PHRASES.update({key: value for key, value in _BY_STATE.items() if key not in PHRASES})

RUSSIAN = Language(
    code="ru",
    name="Russian",
    # Frequent in Russian, never in a text in another language the reader reads (Cyrillic).
    function_words=frozenset(
        "и в не на что с по о к для от из до это как также его их который которые которая года году был была было "
        "были является являются уже еще ещё или все при".split()
    ),
    months=MONTHS,
    phrases=PHRASES,
    number_of=frozenset({"из"}),
    number_range=(frozenset({"от"}), frozenset({"до"})),
    adjectives=ADJECTIVES,
    state_names=STATE_NAMES,
    # "Корея" is either Korea; "Того" (Togo) is a pronoun ("того же"), and Congo is either state.
    ambiguous_states=frozenset({"корея", "того", "конго"}),
    name_heads={
        "Договор": ("Договора", "Договору", "Договором", "Договоре"),
        "Протокол": ("Протокола", "Протоколу", "Протоколом", "Протоколе"),
        "Протоколы": ("Протоколов", "Протоколам", "Протоколами"),
    },
)
