"""The Russian words the gloss reads (:mod:`armscontrol.reader.gloss`): months in the cases dates use, phrases in
their genders, numbers and cases, adjectives of states, and states' names in every case (ISO 3166's Russian list
gives the nominative only). Instruments' Russian names live in the registry (``names_in.ru``: the titles of the UN's
Russian texts and of the Russian Federation's ratifying laws, and the usual acronyms), read with their first word
declined ("Договора", "Договору", "Договоре").

Russian inflects where English uses prepositions: a state's name in any case is read as the name alone ("России",
"Россией" are "Russia"), and a preposition before a noun stays a preposition ("к Договору" is "to the Treaty").
Russian has no articles: "Договор" alone is "the Treaty", which the rules read back to the treaty named before."""

from __future__ import annotations

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
    # an intention, not an act: "не собирается отзывать ратификацию", "does not intend to revoke its ratification"
    "собирается": "intends to",
    "не собирается": "does not intend to",
}
# An infinitive is what is to be done, never an act made: alone it reads "to sign" ("отказ США ратифицировать
# договор", "the refusal of the United States to ratify the treaty"), after a word that governs it as that word's
# English has it ("должны ратифицировать", "must ratify"; "готовы подписать", "ready to sign").
_BARE = {"подписать": "sign", "ратифицировать": "ratify"}
_INFINITIVES = {
    **{verb: f"to {english}" for verb, english in _BARE.items()},
    **{
        f"{word} {verb}": f"{governing} {english}"
        for word, governing in _GOVERNING.items()
        for verb, english in _BARE.items()
    },
}

# Phrases before words: the longest match wins, so "еще не вступил в силу" is read as one phrase before "в силу" or
# "не". Keys are written as a Russian text writes them; "ё" and "е" match each other, case and spacing are matched
# loosely, and a hyphen is optional ("государства-участники"). A value is the English the rules read.
PHRASES: dict[str, str] = {
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
    **_cases("extension", "продление", "продления", "продлению", "продлении"),
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
    **_cases("President", "Президент", "Президента", "Президентом"),
    **_cases("Presidents", "Президенты", "Президентов", "Президентами"),
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
