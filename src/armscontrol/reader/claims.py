"""Claims: the factual assertions of a statement that the data can judge, and their verdicts.

A claim is found by a cue in a sentence (ratified, signed, entered into force,
extended, suspended, withdrew, bound, revoked) with the instruments and states
the sentence names; a figure tied to an instrument with limits is a ``limit``
claim. Every verdict comes from the existing engines
(:func:`armscontrol.regime.status.status_on` for events and standing,
:func:`armscontrol.regime.compliance.applicable_value` for limits), as of the
statement's date: ``consistent``, ``contradicted`` or ``not_in_data``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from armscontrol.citations import source_ref
from armscontrol.data import registry
from armscontrol.data.parties import HISTORICAL, party_name
from armscontrol.data.schema import Instrument
from armscontrol.reader.descriptions import children_signed_on, parent_of
from armscontrol.reader.lexicon import LEADER_OFFICES, LEGISLATURES
from armscontrol.reader.models import Claim, SourceRef
from armscontrol.regime.compliance import applicable_value
from armscontrol.regime.status import PartyStatus, parties_complete, party_status_on, status_on

CUES: list[tuple[str, re.Pattern]] = [
    (
        "ratification_revoked",
        re.compile(
            # ("the withdrawal of the instrument of ratification of the CTBT")
            # ("a law revoking Russia's ratification")
            r"\b(?:revok\w*|revocation|withdr[ae]w\w*|rescind\w*)\s+(?:of\s+)?(?:its\s+|the\s+|their\s+|(?-i:[A-Z])[\w.]*['’]s\s+)?"
            r"(?:[A-Z]{2,}\s+)?(?:instruments?\s+of\s+)?"
            r"(?:[A-Z]{2,}\s+)?ratification\b|\bde-?ratif\w*|\bratification\s+(?:was\s+|has\s+been\s+)?(?:revoked|withdrawn)"
            r"|\bwithdrawal\s+by\s+[^.;,]{1,30}?\s+of\s+(?:the\s+)?(?:[A-Z]+\s+)?ratification",
            re.I,
        ),
    ),
    (
        "not_ratified",
        re.compile(
            r"\bpending\s+(?:its\s+|the\s+)?ratification\b|\b(?:avoid|evad)\w*\s+(?:its\s+|the\s+|their\s+)?ratification\b|\b(?:not|never|yet\s+to|failed\s+to|refused\s+to|no\s+yet)\s+(?:\w+\s+)?ratif\w*|\b(?:rejected|rejecting|voted\s+down|voted\s+to\s+reject|refused\s+to\s+approve|failed\s+to\s+approve)\b"
            # "nuclear weapons states, such as China, Russia and the United States, will eventually accede": a step to
            # come, so not yet taken on the statement's day
            r"|\bwill\s+(?:eventually\s+|soon\s+|also\s+|one\s+day\s+)?(?:accede|ratify)\b(?!\s+and\b)"
            # "the United States remains committed to ratifying the CTBT": an act it is committed to, not done
            r"|\b(?:remains?|is|are)\s+(?:still\s+|also\s+|fully\s+|firmly\s+)?committed\s+to\s+ratifying\b"
            # "The U.S. Senate voted 51-48 against ratification of the CTBT": a legislature's refusal
            r"|\bvoted\s+(?:\d+\s*[-–]\s*\d+\s+)?(?:against|to\s+reject)\s+(?:the\s+)?ratification\b"
            # "Pakistan remains outside the NPT": not a party
            r"|\b(?:remains?|remained|stays?|stayed)\s+(?:still\s+)?outside\s+(?:of\s+)?(?:the\s+)?(?=(?-i:[A-Z])|treaty\b)"
            # "Cuba and Dominica, that still need to ratify": not yet done
            r"|\bstill\s+(?:need|needs|has|have|must)\s+(?:to\s+)?ratify\b|\bmust\s+still\s+ratify\b"
            # "The treaty ... must still pass Russia's rubberstamp parliament": a legislature's vote still to come
            r"|\b(?:must|has\s+to|needs\s+to|still\s+(?:has|needs)\s+to)\s+(?:still\s+)?(?:pass|clear|be\s+approved\s+by)"
            r"(?=\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?:['’]s)?\s+(?:[\w-]+\s+)?(?i:parliament|legislature|Duma|Senate|"
            r"Congress|Rada|Assembly)\b)"
            # "Nine remaining States need to ratify the Treaty for entry into force: A and B have to ratify the
            # Treaty": named states a step is still needed of (a group asked to, "all States have to", names none)
            r"|(?:(?<=\bhave\sto\s)|(?<=\bneed\sto\s)|(?<=\bhas\sto\s)|(?<=\bneeds\sto\s))ratify\b"
            # "India and Pakistan that still have to sign and ratify", "have yet to sign and ratify": neither step taken
            r"|(?:(?<=\byet\sto\ssign\sand\s)|(?<=\bhave\sto\ssign\sand\s)|(?<=\bhas\sto\ssign\sand\s)"
            r"|(?<=\bneed\sto\ssign\sand\s)|(?<=\bneeds\sto\ssign\sand\s))ratif\w*"
            # "the Senate itself has not acted on the treaties" (a legislature's, see _REJECTION)
            r"|\b(?:not|never)\s+(?:yet\s+)?(?:acted|voted)\s+on\b"
            # "the Senate has done absolutely nothing on CTBT", "has taken no action on" (a legislature's, _REJECTION)
            r"|\b(?:has|have|had)\s+(?:done|taken)\s+(?:absolutely\s+)?(?:nothing|no\s+action)\s+on\b"
            # "the CTBT, which has been awaiting Senate ratification": the state whose legislature it waits for
            # ("awaits ratification by A, B": the states listed, see _WAITS_FOR)
            r"|\b(?:awaiting|awaits|await)\s+(?:its\s+|the\s+)?(?:(?-i:[A-Z])[\w.]*\s+){1,3}ratification\b(?!\s+by\b)"
            # "Despite being a non-party, India ...", "India, a non-party to the NPT": no party to it
            r"|\ba\s+non-?party\b"
            # "six states not parties to the NPT (Argentina, Brazil, ...)": each state the group lists
            r"|\b(?:States|countries|nations)\s+(?:that\s+are\s+|which\s+are\s+)?not\s+(?:yet\s+)?part(?:y|ies)\s+to\b"
            # "France is not a party to this treaty", "is not a part of"
            # "The nuclear powers, the USA, Russia, ... are not on board" (German "sind nicht an Bord"): no party
            r"|\b(?:is|are|was|were|remains?)\s+(?:still\s+)?not\s+(?:yet\s+)?on\s+board\b"
            # ("India, Pakistan and Israel are not members of the NPT": a member as a party)
            r"|\b(?:is|are|was|were|remains?)\s+not\s+(?:a\s+|yet\s+a\s+)?(?:part(?:y|ies)?|members?)\s+(?:to|of)\b"
            # "Israel has never been a party to the NPT", "is a signatory but not a party to the CTBT"
            r"|\b(?:has|have|had)\s+(?:never|not)\s+(?:yet\s+)?been\s+(?:a\s+)?(?:state\s+)?(?:part(?:y|ies)|members?)\s+(?:to|of)\b"
            # "India, Pakistan and Israel have not become members": of the instrument the passage is about where no
            # other is named after it
            r"|\b(?:has|have|had)\s+(?:never|not)\s+(?:yet\s+)?become\s+(?:a\s+)?(?:state\s+)?(?:part(?:y|ies)|members?)"
            r"(?:\s+(?:to|of)\b|(?=\s*[.;]))"
            r"|\bbut\s+not\s+(?:yet\s+)?(?:a\s+)?(?:state\s+)?part(?:y|ies)\s+(?:to|of)\b"
            # "The CTBT remains unratified by the United States"
            r"|\b(?:remains?|is|was|stays?)\s+(?:still\s+)?unratified\b"
            # "South Sudan has yet to accede to the NPT", "India has refused to join the NPT": no party to it
            r"|\b(?:not|never|yet\s+to|failed\s+to|refused\s+to|refuses\s+to|refusing\s+to|declined\s+to)\s+(?:\w+ly\s+)?"
            r"(?:accede\s+to|join)\b(?=\s+(?:the\s+|this\s+|that\s+)?(?:(?-i:[A-Z])|(?:treaty|agreement|protocol)\b))"
            # "We are not bound by this treaty": no party to it ("no longer bound" is an end, read elsewhere)
            r"|\b(?:is|are|was|were)\s+not\s+bound\s+by\s+(?=the\b|this\b|that\b|it\b|its\b)"
            # "will not become a party to it", "does not intend to sign, ratify or ever become party to it": a refusal,
            # and the standing on the day
            r"|\bwill\s+not\s+(?:become|be)\s+(?:a\s+)?(?:state\s+)?part(?:y|ies)\s+(?:to|of)\b"
            r"|\b(?:does|do|did)\s+not\s+intend\s+to\s+(?:ratify|join|accede|(?:\w+\s+)?become\s+(?:a\s+)?part)"
            r"|(?:(?<=\bnot\sintend\sto\ssign,\s)|(?<=\bnot\sintend\sto\ssign\sor\s)|(?<=\bnot\sintend\sto\ssign\sand\s))ratify\b"
            # "the failure of the United States Senate to ratify", "India's refusal to ratify", "non-ratification of"
            r"|\b(?:failure|refusal)(?=\s+(?:of\s+[^.;,]{1,60}?\s+)?to\s+ratify\b)|\bnon-?ratification\b"
            # "Indonesia and Brazil are in the process of ratifying it", "the procedures for ratifying the treaty would
            # be completed soon": a step under way, not taken ("with a view to future ratification": one ahead)
            r"|\bin\s+the\s+process\s+of\s+(?:\w+ly\s+)?(?:its\s+|the\s+)?ratif(?:ying|ication)\b"
            r"|\b(?:procedures?|process)\s+(?:for|of)\s+ratif\w*(?=[^.;]{0,60}?\b(?:would|will)\s+(?:soon\s+)?be\s+"
            r"(?:completed|concluded|finished|finali[sz]ed)\b)"
            r"|\bwith\s+a\s+view\s+to\s+(?:its\s+|their\s+)?(?:future\s+|eventual\s+|early\s+|later\s+)?ratification\b"
            # "I look forward to the early ratification by China", "Australia's ratification and legislation process is
            # well advanced", "my determination to obtain ratification of the CTBT": a ratification ahead, not done
            r"|\blook(?:s|ed|ing)?\s+forward\s+to\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?:early\s+|speedy\s+|prompt\s+|"
            r"swift\s+|rapid\s+|eventual\s+|timely\s+)?ratifications?\b"
            r"|\bratification\s+(?:and\s+[\w-]+\s+)?process(?=\s+(?:[\w-]+\s+){0,4}?(?:is|are)\s+(?:now\s+)?(?:well\s+)?"
            r"(?:advanced|under\s*way|ongoing|in\s+progress)\b)"
            r"|\b(?:determination|determined|effort|efforts|work|working|seek|seeking|sought|fight|fighting)\s+to\s+"
            r"(?:obtain|secure|win|achieve|get)\s+(?:the\s+)?(?:Senate\s+|Senate['’]s\s+)?(?:approval\s+(?:of|for)\s+)?ratification\b"
            # "The United States can ratify the treaty": a possibility, so not yet done; "not interested in
            # ratification of the CTBT", "have not taken practical steps towards ratification": no ratification
            r"|\b(?:can|could|may|might)\s+(?:now\s+|soon\s+|still\s+|also\s+)?ratify\b"
            r"|\bnot\s+(?:\w+\s+)?interested\s+in\s+(?:its\s+|the\s+)?ratif\w*"
            r"|\bnot\s+(?:yet\s+)?(?:taken|made|undertaken)\s+(?:any\s+)?(?:[\w-]+\s+)?steps\s+(?:towards?|to|for)\s+"
            r"(?:its\s+|the\s+)?ratif\w*"
            # "Japan does not participate in the treaty": no party to it
            r"|\b(?:do|does|did)\s+not\s+(?:yet\s+)?(?:participate|take\s+part)\s+in\b"
            r"(?=\s+(?:the\s+|this\s+|that\s+)?(?:(?-i:[A-Z])|(?:treaty|agreement|protocol|convention)\b))",
            re.I,
        ),
    ),
    (
        "not_in_force",
        re.compile(
            r"\b(?:(?:not|never)\s+(?:yet\s+)?(?:entered|come)\s+into\s+(?:force|effect)|no\s+conditions?\s+in\s+which\s+[\w\s-]{1,40}?\s+can\s+(?:take\s+effect|enter\s+into\s+force)"
            r"|\bnon-?entry\s+into\s+force|yet\s+to\s+(?:enter|come)\s+into\s+force|pending\s+(?:its\s+|the\s+)?entry\s+into\s+force"
            # "the treaty can not yet enter into force" (German "kann ... noch nicht in Kraft treten")
            r"|\b(?:can|cannot|could)\s*not\s+(?:yet\s+)?(?:enter|come)\s+into\s+(?:force|effect)"
            # "it has not been brought into force"
            r"|\b(?:has|have)\s+not\s+(?:yet\s+)?been\s+brought\s+into\s+force\b"
            # "For the treaty to enter into force, ratification is required from eight more", "the entry into force
            # of the CTBT requires its ratification by": what it still needs, so not in force
            # (the cue after the instrument's words, "For the treaty" or "For it", so that they name it)
            r"|\bto\s+(?:enter|come)\s+into\s+force\s*,\s*"
            r"(?=[^.;]{0,60}?\b(?:required|needed|necessary|must|has\s+to|have\s+to)\b)"
            r"|\bentry\s+into\s+force\s+(?:of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?\s+)?(?:still\s+)?(?:requires|depends\s+on)\b"
            # "the long delay in the entry into force of the Treaty"
            r"|\b(?:the|its)\s+(?:[\w-]+\s+)?delay\s+in\s+(?:the\s+|its\s+)?entry\s+into\s+force\b"
            # "As long as the Treaty is not in force", "is still not in force"
            # ("The agreement adopted in 1996 is nevertheless not in force")
            r"|\b(?:is|remains|are)\s+(?:(?:still|nevertheless|nonetheless|however|therefore|thus|currently|also)\s+)*"
            r"not\s+(?:yet\s+)?in\s+force\b"
            # "which will ban all nuclear weapons testing on Earth when in force": not in force yet
            r"|\b(?:when|once)\s+(?:it\s+is\s+)?in\s+force\b"
            r"|once\s+[\w\s-]{1,40}?\s+enters\s+into\s+force|bring\s+[\w\s-]{1,40}?\s+into\s+force|will\s+enter\s+into\s+force\s+once"
            # "is no longer in force", "ceased to be in effect"
            r"|\b(?:is|was|are)\s+no\s+longer\s+in\s+(?:force|effect)\b|\b(?:ceased|ceases)\s+to\s+be\s+in\s+(?:force|effect)\b"
            r"|(?:ceased|ceases)\s+to\s+(?:have\s+effect|exist)\b|(?:has|have)\s+not\s+(?:yet\s+)?been\s+enacted|no\s+longer\s+exists?|(?:was|has\s+been|were)\s+terminated|(?<!\bwill\s)(?<!\bwould\s)\b(?:has|have)\s+(?:expired|lapsed)"
            # "expired on February 5", "having expired": a past expiry ("will have expired" is read as future)
            r"|(?<!\bwill\s)(?<!\bto\s)(?<!\bwould\s)\b(?:officially\s+)?(?:having\s+)?(?:expired|lapsed)\b(?!\s+(?:by|before)\b)"
            # "the expiration of New START", "the termination of": judged only on or after the end the data records
            # (before it, the end to come)
            r"|\b(?:expiration|expiry|termination)\s+of\b"
            # "the now-defunct INF Treaty"
            r"|\b(?:now[- ])?defunct\b(?=\s+(?:(?-i:[A-Z])|treaty\b))"
            # "the term of the Treaty ... ended on Thursday, 5 February" (Russian "срок действия ... завершился")
            r"|\b(?:term|validity|duration)\s+of\b(?=[^.;]{1,160}?\s(?:ended|expired|ran\s+out)\b))",
            re.I,
        ),
    ),
    (
        "ratified",
        re.compile(
            # ("eight States whose ratification is a precondition": what is needed, not what was done)
            # ("the CTBT-Ratification Debate", "ratification hearings": the debate over it, no act)
            r"(?<!\bwhose\s)(?<!\bnon-)(?<!\bnon)\bratif(?:ied|ies|y|ying|ications?)\b"
            r"(?!\s+(?:debates?|hearings?|battles?|fights?|campaigns?|prospects|drive|votes?)\b)|(?<=['’]s\s)adherence\s+to\b|\bacced(?:ed|es|ing)\s+to\b"
            # "Since Argentina's accession in 1995", "Chile adhered to the NPT in 1995"
            r"|(?<=['’]s\s)accession\b(?!\s+to\b)(?=\s+(?:in|on|of)\s+(?:\d|(?-i:[A-Z])))|\badhered\s+to\b(?=\s+(?:the\s+)?(?-i:[A-Z]))"
            # "Azerbaijan acceded on 22 September 1992", after the treaty is named: acceded to it
            r"|\bacceded(?=\s+(?:on|in)\s+(?:\d|[A-Z]))|\baccession\s+to\b|\binstruments?\s+of\s+accession\b"
            # "The accession of Palestine to the NPT in 2015": the state named between
            r"|\baccession(?=\s+of\s+(?:the\s+)?(?-i:[A-Z])[^.;,]{0,40}?\s+to\s+(?:the\s+)?(?-i:[A-Z]))"
            r"|\bbec(?:ame|omes|oming|ome)\s+(?:an?\s+|the\s+)?(?:[\w.º°-]+\s+){0,4}?part(?:y|ies)\s+(?:to|of)\b|\bjoin(?:ed|s|ing)\b(?=\s+(?:the\s+)?[A-Z])"
            # "a treaty that was approved by the U.S. Senate by a vote of 93-5": the consent to ratification, which
            # the state then gave (judged as told of its legislature)
            # "the Senate gave its advice and consent to the Treaty": its consent to ratification, given
            # ("the U.S. Senate gave its consent to the nuclear test ban treaty")
            r"|\b(?:gave|given|gives)\s+(?:its\s+|their\s+)?(?:advice\s+and\s+)?consent\s+to\b(?!\s+(?:its\s+|the\s+)?ratification)"
            # "The Senate yesterday approved the historic Intermediate-Range Nuclear Forces (INF) Treaty": a
            # legislature's consent to ratification, read as its state's ratification
            # (only after a legislature's name: _LEGISLATURE_BEFORE)
            r"|\b(?:(?:yesterday|today|overwhelmingly|unanimously|formally|finally|also)\s+){0,2}"
            # ("The Senate voted 71-26 to approve the treaty": the vote's act, _DECIDED)
            r"(?:approved|(?<=\bto\s)approve)(?=\s+(?:the\s+|a\s+)?(?:[\w().-]+\s+){0,8}?"
            r"(?:(?-i:Treaty|Agreement|Protocol|Convention|CTBT|NPT|TPNW)|(?-i:[A-Z][\w.-]*)\s+(?-i:treaty|pact|agreement))\b)"
            # ("was approved by both chambers of the Russian parliament")
            r"|\b(?:was|were)\s+approved(?=\s+by\s+(?:both\s+(?:chambers|houses)\s+of\s+)?(?:the\s+)?(?:(?-i:[A-Z])[\w.]*\s+){0,3}"
            r"(?:(?-i:Senate|Duma|Parliament|Congress|Federation\s+Council|Supreme\s+Soviet|National\s+Assembly|Rada)"
            r"|(?<=[a-z]\s)parliament)\b)",
            re.I,
        ),
    ),
    # "have yet to sign", "has not signed" in the base form: a signature denied (the past forms are negated below).
    (
        "not_signed",
        re.compile(
            r"\b(?:not|never|failed\s+to|refused\s+to|refuses\s+to|refusing\s+to|declined\s+to|declines\s+to)\s+sign\b(?!\s+and\s+ratif)"
            # "China is ready to take the lead in signing the Protocol", "have agreed to become signatories to", "is
            # currently reviewing the treaty before signing": a signature still to come, so not yet given
            r"|\b(?:is|are)\s+(?:now\s+|also\s+)?(?:ready|prepared|willing)\s+to\s+(?:take\s+the\s+lead\s+in\s+signing|sign)\b"
            # "The United States is committed to signing the revised Protocol": a signature it is committed to
            r"|\b(?:remains?|is|are)\s+(?:still\s+|also\s+|fully\s+|firmly\s+)?committed\s+to\s+signing\b"
            r"|\b(?:has|have)\s+agreed\s+to\s+(?:become\s+(?:a\s+)?signator(?:y|ies)|sign)\b"
            r"|\b(?:is|are)\s+(?:currently\s+|still\s+)?(?:reviewing|studying|considering|examining)\b[^.;,]{0,40}?\b"
            r"(?:before|prior\s+to)\s+signing\b"
            # ("have yet to sign and ratify", "still have to sign and ratify": neither step taken)
            r"|\b(?:yet\s+to|still\s+(?:need|needs|has|have)\s+to)\s+sign\b"
            # "the DPRK, India and Pakistan have to sign and ratify it": neither step taken (as "not_ratified" reads)
            r"|\b(?:have|has|need|needs)\s+to\s+sign(?=\s+and\s+ratif)"
            # "India and Pakistan have stayed out of it": neither signed nor joined
            r"|\b(?:have|has|had)\s+(?:\w+ly\s+)?(?:stayed|remained|kept)\s+out(?:side)?\s+of\b"
            # "despite being a non-signatory to the treaty", "The two non-signatory States were A and B"
            r"|\ba\s+non-?signatory\b|\bnon-?signatory\s+States\s+(?:were|are)\b"
            # "the UK is not a signatory to the TPNW"
            r"|\b(?:is|are|was|were|remains?)\s+not\s+(?:a\s+|yet\s+a\s+)?signator(?:y|ies)\s+(?:to|of)\b"
            # "We will not be a signatory to any part of the treaty", "will not be ready to sign": not signed on the day
            r"|\bwill\s+not\s+be\s+(?:a\s+)?signator(?:y|ies)\s+(?:to|of)\b|\bwill\s+not\s+be\s+(?:ready|prepared|able)\s+to\s+sign\b"
            # "India's refusal to sign", "the failure of A to sign", "non-signature of"
            r"|\b(?:failure|refusal)(?=\s+(?:of\s+[^.;,]{1,60}?\s+)?to\s+sign\b(?!\s+and\s+ratif))|\bnon-?signature\b"
            r"|\b(?:does|do|did)\s+not\s+intend\s+to\s+sign\b"
            # "Switzerland is not among the States that sign the text on Wednesday"
            r"|\b(?:is|are|was|were)\s+not\s+(?:among|one\s+of)\s+the\s+(?:[\w-]+\s+)?(?:States|countries|nations)\s+"
            r"(?:that|which|who)\s+(?:have\s+|had\s+|will\s+)?(?:sign|signs|signed)\b",
            re.I,
        ),
    ),
    # Signing a law or an instrument of ratification ratifies ("signed into law ... the document ratifying",
    # "signed the law
    # ratifying"): the "ratified" cue reads it, not "signed".
    (
        "signed",
        re.compile(
            # "open for signature by the five nuclear-weapon States": who may sign, not who signed
            # ("signed the Russian instrument of ratification": a ratification, see below, not a signature)
            # ("the re-signature of the treaty": a signing again, asked for)
            r"(?<!\bre-)(?<!\bre)\b(?:signed|(?<!\bfor\s)signature|signing)\b(?!\s+(?:into\s+law|(?:the\s+|a\s+|its\s+|their\s+)?(?:federal\s+)?"
            r"(?:(?-i:[A-Z])[\w.]*\s+)?(?:law|act|bill|decree|instruments?)\s+(?:(?:on|of)\s+(?:the\s+)?)?ratif))|\bfirst\s+(?:[\w-]+\s+){0,5}?to\s+sign\b"
            # "Cuba became the 185th State to sign the CTBT" (Spanish "el 185 Estado en firmar": a bare number)
            # ("Malta became the 84th UN member state to sign the treaty")
            r"|\b(?:\d+(?:st|nd|rd|th|º|°)?|second|third|fourth|fifth|latest|last)\s+(?:(?-i:UN|U\.N\.)\s+)?(?:member\s+)?"
            r"(?:States?|countr(?:y|ies)|nations?)\s+(?:in\s+the\s+(?:world|region)\s+)?to\s+sign\b"
            # "I am very pleased to sign the Protocol": signed as it is said
            r"|(?<=\bam\s)(?:\w+\s+)?(?:pleased|proud|honou?red|delighted|glad|happy)\s+to\s+sign\b"
            r"|\b(?:remains?|is|are|became|becomes)\s+(?:a\s+)?signator(?:y|ies)(?:\s+(?:state|country|nation)s?)?\s+(?:to|of)\b|\bfrom\s+(?:a\s+)?signatory(?:\s+State)?\b"
            # "Indonesia, a signatory of the TPNW since 2017, ratified it": an apposition to the state before it
            r"|(?<=,\s)(?:a|an)\s+(?:original\s+)?signatory\s+(?:to|of)\b(?=\s+(?:the\s+)?(?-i:[A-Z]))"
            # "we cannot ignore that one State Signatory, the Russian Federation, ...": the state in apposition after it
            r"|\b(?:a|one|another)\s+(?:State\s+)?[Ss]ignatory(?=\s*,\s*(?:the\s+)?(?-i:[A-Z]))"
            # "we remain a signatory": of the passage's instrument
            r"|\b(?:remains?|is|are)\s+(?:still\s+)?a\s+signatory(?=\s*(?:[.;]|$|,\s+(?:but|and)\b))"
            # "As one of the first signatories of the CTBT, China ...": the standing of the subject after the phrase
            r"|\b(?-i:As)\s+(?:one\s+of\s+the\s+|a\s+|an\s+)?(?:(?:first|original|earliest)\s+)?signator(?:y|ies)"
            r"(?:\s+(?:State|state|country|nation)s?)?\s+(?:to|of)\b"
            # "commits its signatories -- Kazakhstan, Kyrgyzstan, ... --", "all the signatories - A, B -", "(A, B)"
            r"|\b(?:its|their|all\s+(?:of\s+)?(?:the|its)|the)\s+(?:\w+\s+)?signatories(?=\s*(?:--|[-–—:(]|,)\s*(?:the\s+)?[A-Z])",
            re.I,
        ),
    ),
    (
        "in_force",
        re.compile(
            # ("is the only one in force between Russia and the United States")
            r"\b(?:has|have|had)\s+entered\s+into\s+force|\b(?:is|remains|remain)\s+(?:still\s+)?"
            r"(?:the\s+only\s+(?:one\s+|treaty\s+|agreement\s+|instrument\s+)?)?in\s+force|\b(?:has|have)\s+been\s+in\s+force\b|\btakes\s+effect\s+immediately"
            # "exchanged the instruments of ratification bringing into force the treaty"
            r"|(?<=ratification )(?:bringing|brought)\s+into\s+force"
            # ("the START I treaty, which we put into force in December 1994")
            r"|\b(?:which|that)\s+(?:we|they|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?:put|brought)\s+into\s+force\b"
            # ("formally went into effect today")
            r"|\b(?:entered|came|comes|went)\s+into\s+(?:force|effect)|\b(?:which|that|it)\s+took\s+effect\b"
            # "The INF Treaty, signed ... on December 8, 1987, took effect on June 1, 1988" (_NOT_TREATY_TOOK_EFFECT)
            r"|\btook\s+effect\s+(?:on|in)\s+(?=\d|(?-i:[A-Z]))|\btoday'?s\s+entry\s+into\s+force\s+of|\bentry\s+into\s+force\s+on\b|\bin\s+force\s+since\b"
            # "celebrate the entry into force of", "Five decades since its entry into force", "Following the entry into
            # force of ..."
            # ("welcomes the entry into force" may come the day before it; "the period following entry into force" is a
            # term)
            r"|\b(?:celebrat\w*|commemorat\w*|congratulat\w*(?:\s+on)?)\s+(?:the\s+|its\s+)?entry\s+into\s+force\b"
            # ("the fiftieth anniversary of the Treaty's entry-into-force")
            r"|\banniversary\s+of\s+(?:the\s+|its\s+|(?:the\s+)?(?:Treaty|treaty|Agreement|agreement)['’]s\s+)?entry[\s-]+into[\s-]+force\b|\b(?:since|following|after)\s+(?:the\s+day\s+of\s+)?(?:the|its)\s+entry\s+into\s+force\b"
            # "With the entry into force, on 14 February 1967, of the Treaty ..., the region became" (not "will become":
            # _WITH_ENTRY_AHEAD); "the treaty enforced on 28 March 1997", the word misused for its entry into force
            r"|^\s*(?:[\"“‘']\s*)?with\s+(?:the\s+|its\s+)entry\s+into\s+force\b|\benforced\s+(?:on|since)\s+(?=\d|(?-i:[A-Z][a-z]+\s+\d))"
            # "the only US-Russian treaty still in force on the limitation of nuclear arms"
            r"|\bonly\s+(?:[\w-]+\s+){0,3}?(?:treaty|agreement|instrument)\s+(?:[\w-]+\s+){0,2}?(?:still|yet)\s+in\s+force\b"
            # "The NPT continues to function fully", "the treaty continues to operate": in force on the day
            r"|\b(?:continues|continue|continued)\s+to\s+(?:function|operate|be\s+in\s+force)\b"
            # "START of 1991 continues in force unchanged" ("continue in force indefinitely" is an extension)
            r"|\b(?:continues|continued|remained)\s+in\s+force\b(?!\s+indefinitely)",
            re.I,
        ),
    ),
    (
        "extended",
        re.compile(
            # ("a logical extension of our President's initiative": a policy carried further, not an instrument)
            # ("the two sides renewed New START for a period of five years")
            r"\brenewed\b(?=\s+(?:the\s+)?(?-i:[A-Z]))|\b(?:extended|extending|extends|(?<!logical\s)(?<!natural\s)extension\s+of\b(?!\s+(?:[\w'’-]+\s+){0,3}?"
            # ("the extension of the international safeguards regime": a regime spread, not an instrument extended)
            r"(?:initiative|policy|policies|efforts?|approach|logic|idea|vision|programme|program|work|regimes?"
            r"|safeguards|system|moratorium|cooperation|dialogue|talks|negotiations|mandate)\b))"
            r"|\bcontinue\s+in\s+force\s+indefinitely\b|\bextend\s+indefinitely\b"
            # "The United States and Russia agreed to extend New START until February 2026": a decision taken
            r"|(?<=\bagreed\sto\s)extend\b(?=\s+(?:the\s+)?(?-i:[A-Z]))"
            # "Its extension indefinitely in 1995 marked an important step": the passage's instrument's extension
            r"|(?<=\b[Ii]ts\s)extension\b(?!\s+of\b)(?=\s+(?:indefinitely|for\s+(?:an?\s+)?(?:indefinite|unlimited|further)|in\s+\d{4}))"
            # "the 25th anniversary of its indefinite extension": the passage's instrument's
            r"|(?<=\banniversary\sof\sits\s)indefinite\s+extension\b(?!\s+of\b)",
            re.I,
        ),
    ),
    # "suspended consideration of the treaty", "suspension of the talks": a proceeding paused, not the treaty suspended
    (
        "suspended",
        re.compile(
            # ("honored its commitments to the suspension of nuclear tests": a moratorium, not the treaty suspended)
            # ("announced Moscow's decision to suspend its participation": the act the decision made)
            r"(?:\bsuspen(?:ded|ding|ds|sion)\b|(?<=\bdecision\sto\s)suspend\b|(?<=\bdecided\sto\s)suspend\b)"
            r"(?!\s+(?:of\s+)?(?:the\s+|its\s+|their\s+|all\s+)?(?:consideration|debate|work|talks|"
            r"negotiations?|discussions?|vote|hearings?|session|(?:nuclear\s+)?(?:weapons?\s+)?(?:tests?|testing|explosions?))\b)",
            re.I,
        ),
    ),
    # ("the forced withdrawal of inspectors", "withdrew its troops from": people or forces, not a party's withdrawal)
    (
        "withdrew",
        re.compile(
            # ("have withdrawn 2019 from the Treaty", as a German text's order leaves it)
            r"\bwithdr(?:ew|awn|awal|aws|awing|aw)\s+(?:(?:in\s+)?(?:19|20)\d\d\s+)?(?:from|of)\b(?!\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w-]+\s+)?"
            r"(?:inspectors?|troops|forces|personnel|staff|diplomats|ambassadors?|experts|observers|monitors)\b)"
            r"|\bwithdrawal(?=\s+by\b)"
            # "Response to Russian Statement on U.S. ABM Treaty Withdrawal": a state's, the treaty named before it
            r"|(?<=(?-i:Treaty)\s)withdrawal\b(?!\s+(?:from|of|by|clause|provisions?|article)\b)"
            # "formally left the INF Treaty", "pulled out of the ABM Treaty", "quit", "denounced the CFE Treaty": the
            # instrument right after the verb
            r"|\bexit\s+from\b(?=\s+(?:the\s+)?(?-i:[A-Z]))"
            # "formalizes Russia's departure from the 1987 Intermediate-Range Nuclear Forces treaty": a state's
            r"|(?<=['’]s\s)departure\s+from\b(?=\s+(?:the\s+)?(?:\d{4}\s+)?(?-i:[A-Z]))"
            r"|\b(?:left|leaves|quit|quits|exited|exits|pulled\s+out\s+of|pulls\s+out\s+of|walked\s+away\s+from|denounced"
            r"|denounces)(?=\s+(?:the\s+|its\s+)?(?:(?-i:[A-Z])[\w-]*\s+){0,6}?(?-i:Treaty|Agreement|Protocol|Convention|Accord)\b"
            r"|\s+(?:the\s+)?(?-i:New\s+START|[A-Z]{2,6})\b)",
            re.I,
        ),
    ),
    (
        "bound",
        # "As a party to the NPT and one of its depositaries, Russia ...": the standing of the clause's subject
        re.compile(
            r"\b(?:remains?|is|are|stays?)\s+bound\b"
            # "The agreement binds today the USA as well as ... Russia, Ukraine, Belarus and Kazakhstan": its parties
            r"|(?:(?<=(?-i:[Tt]reaty)\s)|(?<=(?-i:[Aa]greement)\s))binds(?=\s+(?:today\s+|now\s+|still\s+)?(?:the\s+)?(?-i:[A-Z]))"
            # "The TPNW, to which Austria is a party, entered into force": the state the relative clause names
            r"|(?<=\bto\swhich\s)(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}\s+(?:is|are)\s+(?:also\s+)?(?:a\s+)?"
            r"(?:state\s+)?part(?:y|ies)\b(?!\s+to\b)"
            # "The fulfillment by these states of their obligations under the Protocol": a party's obligations
            # (told as fulfilled, not as asked for: "comply with its obligations under the NPT" is a call; _FULFILLED)
            r"|(?<=\bof\s)(?:their|its)\s+obligations\s+under\b(?=\s+(?:the\s+)?[A-Z])"
            # "Russia consistently implements all the provisions of the NPT": a party's standing, told as done (not
            # "must implement", a call)
            r"|\b(?:implements|fulfil{1,2}s|complies\s+with|abides\s+by|honou?rs)\s+(?:all\s+|fully\s+)?(?:of\s+)?(?:the\s+|its\s+|their\s+)?"
            r"(?:provisions|obligations|commitments)(?=\s+(?:of|under)\s+(?:the\s+)?(?-i:[A-Z]))"
            # "Iran, a party to the NPT since 1970, denies ...": an apposition to the state before it
            r"|(?<=,\s)(?:a|an|the\s+only)\s+(?:(?:non-nuclear(?:[- ]weapons?)?|nuclear[- ]weapons?|founding|full"
            r"|original)\s+)?(?:state\s+)?part(?:y|ies)\s+to\b(?=\s+(?:the\s+)?(?-i:[A-Z]))"
            # "Cuba takes pride in being a party to this instrument": the subject's standing, its instrument named
            # before
            r"|\b(?:of|in|on)\s+being\s+(?:a\s+|an\s+)?(?:state\s+)?part(?:y|ies)\s+(?:to|of)\b"
            r"(?=\s+(?:the\s+|this\s+|that\s+)?(?:(?-i:[A-Z])|(?:instrument|treaty|agreement)\b))"
            # "France is a party to the Treaty on the Non-Proliferation of Nuclear Weapons"
            # ("States ... who are Party to the CANWFZ Treaty": a group's relative clause, no state's standing)
            # ("Kazakhstan ... is a non-nuclear state party to the NPT and TPNW")
            r"|(?<!\bwho\s)(?<!\bwhich\s)(?<!\bthat\s)\b(?:is|are|remains?|(?:has|have)\s+been)\s+(?:also\s+|both\s+|all\s+)?(?:a\s+|an\s+)?"
            r"(?:(?:non-nuclear(?:[- ]weapons?)?|nuclear[- ]weapons?|founding|full|original)\s+)?(?:state\s+)?"
            r"part(?:y|ies)\s+(?:to|of)\b(?=\s+(?:both\s+(?:of\s+)?)?(?:the\s+|this\s+|that\s+)?[A-Z])|\b(?-i:As)\s+(?:a|an|one)\s+(?:(?:state|founding|original)\s+)?(?:part(?:y|ies)|member\s+State|State\s+member)\s+(?:to|of)\b"
            # "Russia is recognized as a nuclear-weapon state under the NPT": the treaty's own standing for five of
            # its parties
            r"|\b(?:is|are|was|were)\s+(?:officially\s+)?(?:recogni[sz]ed|designated|defined)\s+as\s+(?:a|an|the)\s+"
            r"nuclear[- ]weapons?[- ]states?\s+(?:under|by|in)\s+"
            r"(?=(?:the\s+)?(?:NPT|Treaty\s+on\s+the\s+Non|Non-?[Pp]roliferation))"
            # "As Parties to the NPT, China, France, ... met": each state listed after the phrase
            r"|\b(?-i:As)\s+(?:States\s+)?(?-i:Parties)\s+to\b"
            # "Japan, as a party to this treaty, is determined": the state the phrase is set beside
            r"|(?<=,\s)(?-i:as)\s+(?:a|an)\s+(?:State\s+)?(?-i:party|Party)\s+to\s+(?=this\b|that\b|the\b|[A-Z])"
            # "the six States Parties to the Additional Protocols: ...": bound by them, whatever the way they joined
            r"|(?<!\bas\sa\s)\bStates?\s+Part(?:y|ies)\s+to\b(?=\s+(?:the\s+)?[A-Z])"
            # "Those states which are parties to the Partial Test Ban Treaty but ... are: A, B": the members a group
            # defined by the relative clause lists (with no list after it, no state's standing)
            r"|\b(?-i:States|states|countries|nations)\s+(?:which|that|who)\s+(?:are|were)\s+(?:also\s+)?(?:States\s+)?"
            r"part(?:y|ies)\s+to\b(?=[^.;]{0,200}?\b(?:are|were|include|includes)\s*:)"
            # "Other Parties to the Treaty ... include Fiji, Kiribati, ...": the parties the list names
            r"|\b(?-i:Parties)\s+to\s+(?:the\s+)?(?=[A-Z][^.;:]{0,80}?\b(?:include|includes|are|were)\s+(?:the\s+)?[A-Z])",
            re.I,
        ),
    ),
]
# The adjectives of an act wished for or to come ("the early ratification", "its speedy accession")
_SOON = (
    # ("sending it to Moscow for formal ratification by President Reagan and ... Gorbachev")
    r"(?:early|earliest|earlier|speedy|speediest|speedier|prompt|swift|rapid|quick|immediate|universal|eventual|future"
    r"|possible|full|formal|final)"
)
# What makes a cue something wished, asked, offered or supposed rather than a fact (judged only as facts).
_MODAL = re.compile(
    r"\b(?:should|must|shall|would|could|might|will|ought|urge[sd]?|urging|call(?:s|ed)?\s+(?:on|upon)|hopes?|hoped|hopeful|expects?|expected|"
    r"intends?|intentions?|ready|(?-i:prepared)|willing|propos\w*|suggest\w*|offer(?:s|ed)?|plans?|aims?|seek\w*|look\s+forward|"
    # "India ruled out signing the agreement": a refusal of an act to come, no claim of one done
    r"rul(?:e|es|ed|ing)\s+out|"
    r"invite[sd]?|wish\w*|if|unless|whether|once"
    r"|(?:clear\w*|pav\w*|open\w*)\s+the\s+way\s+(?:for|to)|prospects?\s+(?:of|for))\b"
    r"|\bto\s+$|\bconsider(?:s|ed|ing)?\s+(?:\w+\s+)?$"
    # "refuses to 'sign, ratify or ever become party to'": each verb of a list after "to" is the infinitive's
    r"|\bto\s+[\"'‘“]?(?:(?:sign|ratify|accede\s+to|join)(?:\s*,\s*|\s+(?:or|and|and/or)\s+)){1,3}(?:ever\s+|\w+ly\s+)?$"
    # "in the process of formally ratifying", "has started the process of ratifying", "today begins the signing": under
    # way or opening, not done
    r"|\bprocess\s+of\s+[\"“]?(?:\w+ly\s+)?$|\b(?-i:(?:start|beg[iau]n|initiat|launch|open)\w*)\s+(?:the\s+)?(?:[\"“]?\w+ly\s+)?$"
    # "I call for the earliest possible ratification", "to facilitate Russia's ratification": asked for or aimed at
    # ("I object to President Trump's suspension": a verb is in small letters)
    # "it is a national security imperative that the United States ratify": a subjunctive, asked for
    r"|\b(?:imperative|essential|important|vital|necessary|crucial|urgent|high\s+time)\s+that\s+[^.;,]{0,50}?\s$"
    r"|\bcall(?:s|ed|ing)?\s+for(?:\s+\w+){0,4}\s*$|\bto\s+(?!the\b|its\b|their\b|his\b|her\b|be\b|have\b|it\b|them\b|which\b|whom\b)(?-i:[a-z])\w*\s+(?:(?:the|its|their|[\w.]+['’]s)\s+)?"
    rf"(?:{_SOON}\s+)?$",
    re.I,
)
# "Pakistan will not sign the CTBT until ...", "We will not be a signatory": a refusal of what is to come, and the
# state's standing on the day (it has not signed)
# (only where the instrument is named: "will not sign the treaty" leaves which one to a guess)
_WILL_NOT = re.compile(
    # ("will, as it stands now, not sign": a parenthesis between)
    r"\bwill(?:\s*,\s*[^,.;]{1,40},)?\s+not\s+(?:be\s+(?:a\s+|ready\s+to\s+|prepared\s+to\s+|able\s+to\s+)?)?sign(?:atory|atories)?\b"
    r"(?!\s+(?:on\s+|to\s+)?(?:the\s+|this\s+|that\s+|any\s+)?(?-i:treaty|pact|agreement|protocol|it|accord)\b)",
    re.I,
)
# What else "took effect" may be said of: a law, a decree, a decision, sanctions, a moratorium
_NOT_TREATY_TOOK_EFFECT = re.compile(
    r"\b(?:law|decree|act|bill|amendment|order|resolution|decision|sanctions?|moratorium|ban|withdrawal)\b", re.I
)
# A law ratifying, or a text that passed ratification, as the object before "signed" ("the law On the ratification of
# the Treaty ... signed President Obama", "the document, which had passed ratification ..., signed the President")
_RATIFYING_OBJECT_BEFORE = re.compile(
    r"(?:\blaw\s+on\s+(?:the\s+)?ratification\b|\bwhich\s+had\s+passed\s+ratification\b)[^.;]{0,120}$", re.I
)
# "a similar document, the term of which expired": the end of an instrument the text does not name
_TERM_OF_ANOTHER = re.compile(
    r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:document|treaty|agreement),\s+the\s+(?:term|validity)\s+of\s+which\b"
)
# An act named as a noun ("the ratifications by Myanmar and Swaziland")
_NOMINAL_ACT = re.compile(r"(?:ratifications?|signatures?|accessions?)", re.I)
# "ratification by Egypt, an Annex 2 State, is mandatory for ...": an act needed, not one done
_REQUIRED_AFTER = re.compile(
    r"[^.;]{0,120}?\b(?:is|are|was|were|remains?)\s+(?:still\s+|also\s+|therefore\s+)?(?:mandatory|required|needed"
    r"|necessary|essential|indispensable|a\s+(?:pre)?condition|a\s+prerequisite)\b",
    re.I,
)
# "Its entry into force depends on its ratification by A": the act the entry into force waits for
_DEPENDS_ON = re.compile(
    r"\b(?:(?:depends|depend|depended|hinges|(?:is|was)\s+(?:contingent|conditional))\s+(?:up)?on"
    # (an aside between commas: "requires, in accordance with its article XIV, its ratification by")
    r"|awaits|await|awaiting|(?:still\s+)?requires)\s*(?:,[^,.;]{1,80},\s*)?(?:its\s+|the\s+|their\s+)?$",
    re.I,
)
# "The CTBT must still be ratified by", "has yet to be signed": an act needed, not done
_STILL_TO_BE = (
    r"\b(?:must|has\s+to|have\s+to|needs?\s+to|is\s+yet\s+to|are\s+yet\s+to|remains?\s+to)\s+"
    r"(?:(?:still|yet|also|first)\s+)*be\s+"
)
_MUST_BE = re.compile(rf"{_STILL_TO_BE}$", re.I)
# "Ratification of the CTBT by A and B is still outstanding": the act not done
_OUTSTANDING_AFTER = re.compile(
    # ("the ratification of the TPNW by Brazil is under way in its Congress": begun, not done)
    r"[^.;]{0,120}?\b(?:is|are|remains?)\s+(?:still\s+)?(?:outstanding|pending|awaited|lacking|missing|elusive|stalled"
    r"|under\s*way|ongoing|in\s+progress)\b",
    re.I,
)
# "É ainda necessária a ratificação por outros sete Estados ..., a saber: China, ...": a ratification still needed
# before its noun, as Portuguese and Spanish order it
_NEEDED_BEFORE = re.compile(r"\b(?:is|are)\s+still\s+(?:necessary|required|needed)\s+(?:the\s+)?$", re.I)
_BY_OTHERS = re.compile(r"\s+by\s+(?:the\s+)?(?:other|remaining)\s")
# "China is committed to strictly complying with the obligations of this protocol after signing and ratification",
# "is committed to ratifying": an undertaking for what is to come (not "committed to the NPT, which it ratified")
_COMMITTED_TO_ACT = re.compile(
    r"\b(?:is|are|remains?|was|were)\s+(?:firmly\s+|fully\s+|also\s+)?committed\s+to\s+(?!the\b|its\b|their\b|this\b)"
    r"[^.;]{0,120}$",
    re.I,
)
_NEGATION = re.compile(r"\b(?:not|never|no|neither|nor|yet\s+to|failed\s+to|refused\s+to|declined\s+to)\b|n't\b", re.I)
_SPEAKER = re.compile(
    # ("§ Mr. RentonWe are a signatory": a record that glues the member's name to his first word)
    r"(?:\b(?:I|we|We)\b|(?<=[a-z])We\b|\band\s+I\b|\b[Oo]ur\s+(?:two\s+|three\s+|five\s+)?(?:countries|nations|governments|States)"
    # "In the noughties, our country ratified this treaty": the speaker's state
    r"|\b[Oo]ur\s+(?:country|nation|State|state|government|Government))"
    r"(?:\s+\w+){0,10}\s*$"
)
# "As one of the first countries to sign the treaty, China will ...": the subject after the phrase did it
# A second group joined to the first before its list, with another standing ("... and States Signatories that had not
# yet deposited ..."): the list is of both groups together
UNION_OF_GROUPS = re.compile(
    r"\b(?:and|or)\s+(?:the\s+)?(?:other\s+)?(?:States?\s+)?(?:Signator(?:y|ies)|States|countries|Parties)(?:\s+States)?"
    r"\s+(?:that|which|who)\s+(?:had|have|has|were|are)\s+(?:not|never)\b",
    re.I,
)
# Before a state named as where something happens: "in Geneva, Switzerland", "at Moscow"
_LOCATION_BEFORE = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]+,\s+)?$")
# After an act with no object: the end of the clause, or a second act with none ("both signed and ratified.")
_BARE_ACT_AFTER = re.compile(r"\s*(?:(?:and|but)\s+(?:also\s+)?(?:ratified|signed|acceded)\s*)?(?:[.;]|$)", re.I)
# Between a state and its act: nothing, or words that do not make another clause ("both", "have", "also")
_SUBJECT_BEFORE_ACT = re.compile(
    r"(?:\s+(?:both|also|have|has|had|all|each|now|already|then|subsequently|signed\s+and|ratified\s+and))*\s+", re.I
)
# "Ecuador's ratification", "Ecuador's instrument of ratification": the state whose act it is (``instrument``: named
# by its instrument)
# ("Pyongyang's 2003 withdrawal from the NPT": a year between)
_OWNER_OF_ACT = re.compile(r"['’]s\s+(?:(?:19|20)\d\d\s+)?(?P<instrument>instruments?\s+of\s+)?", re.I)
# "the suspension of the participation of Russia in", "its withdrawal of the participation of": who takes part
# ("the decision to suspend participation of Russian Federation in the Treaty", as the Russian gloss reads)
_PARTICIPATION_OF = re.compile(r"\s+(?:of\s+)?(?:the\s+|its\s+)?participation\s+of\s+(?:the\s+)?", re.I)
# "suspension of U.S. participation in the INF Treaty": the state named before the noun
_OF_STATE_PARTICIPATION = re.compile(r"\s+of\s+(?:the\s+)?", re.I)
_PARTICIPATION_IN = re.compile(r"\s*participation\s+in\b", re.I)
_AS_ONE_OF = re.compile(
    r"(?:^|[.;:]\s*)\s*(?:(?-i:As)\s+(?:one\s+of\s+)?(?:the\s+)?[^,.;:]{0,60}"
    # "Despite being a non-party, India ...": the subject after the phrase
    r"|(?:(?-i:Despite|Though|Although|While)\s+)?(?:being|remaining)\s+)$",
    re.I,
)
_OUR_GROUP = re.compile(
    r"\b[Oo]ur\s+(?:two\s+|three\s+|five\s+)?(?:countries|nations|governments|States)\s+(?:(?:have|has|had|\w+ly)\s+)*$"
)
# "The ambassadors of A, B and C said that their countries have ratified": the states the sentence named before
_THEIR_GROUP = re.compile(
    r"\b(?:that\s+)?[Tt]heir\s+(?:two\s+|three\s+|four\s+|five\s+|respective\s+)?(?:countries|nations|governments|States|states)"
    r"\s+(?:(?:have|has|had|\w+ly)\s+)*$"
)
# "With France, we became the first ... to ratify": a partner named before the speaker's "we"
_WITH_PARTNER = re.compile(r"\b(?:[Ww]ith|[Tt]ogether\s+with|[Aa]long\s+with|[Jj]ointly\s+with)\s+(?:the\s+)?$")
# A negation in the cue's verb group ("has not yet signed", "have neither signed nor ratified", "has never been
# ratified"), not anywhere before it ("There is no doubt that Russia has signed")
_NEGATED_VERB = re.compile(
    # ("India's bid to join the NSG without signing the NPT": the act denied)
    r"(?:\b(?:not|never|neither|nor|yet\s+to|failed\s+to|refused\s+to|declined\s+to|without)|n't)\s+"
    r"(?:(?:yet|ever|been|be|have|has|had|to|even|nor|or|and|of|which|them|whom|signed|ratified|formally|\w+ly)\s+){0,5}$"
    # "the problems that had prevented our signature of their Protocols", "prevented the Nuclear Weapon States from
    # signing": an act kept from being taken
    r"|\b(?:prevented|blocked|precluded|kept|stopped)\s+(?:(?:our|its|their|his|her|the|[\w.]+['’]s)\s+)?$"
    r"|\b(?:prevented|kept|stopped)\s+[^.;,]{1,60}?\s+from\s+$",
    re.I,
)
# A sentence's subject that describes the state last named ("The Caribbean country became ...", "This nation has")
_DESCRIBED_SUBJECT = re.compile(
    r"\s*[\"“]?(?:The|This)\s+(?:(?-i:[A-Z])[\w-]+\s+){0,2}(?:country|nation)\s+(?!(?:that|which|who)\b)[^.;,]{0,80}$"
)
# "The treaty we are signing today": a signature made as the statement is spoken
_SIGNING_TODAY = re.compile(r"\s+(?:here\s+)?(?:today|this\s+(?:day|morning|afternoon|evening))\b", re.I)
# "welcomes the ratification of", "hailed the signature": another's act, greeted
GREETS = r"welcom\w*|hail\w*|applaud\w*|salut\w*|congratulat\w*"
"""The verbs of greeting another's act (a pattern's alternatives): the rules' ``_WELCOMES`` and the trained model's
states that comment (``armscontrol.reader.learned``)."""
_WELCOMES = re.compile(rf"\b(?:{GREETS})\s+(?:the\s+|this\s+|that\s+)?$", re.I)


def _by_before(text: str, start: int, at: int) -> bool:
    """Whether the state at ``at`` is the agent after "by" ("by Brunei", "by the House of Representatives of
    Indonesia"), between ``start`` and it."""
    found = list(re.finditer(r"\bby\s+(?:the\s+)?", text[start:at]))
    return bool(found) and _OFFICES_OF.fullmatch(text, start + found[-1].end(), at) is not None


# "signed by President Jimmy Carter and Soviet leader Leonid I. Brezhnev": two signers, each an office and a name
_LEADER_OFFICE = rf"(?:{LEADER_OFFICES}|leader)"
_LEADER_NAMED = rf"(?:(?-i:[A-Z])[\w-]+\s+)?{_LEADER_OFFICE}\s+(?:(?-i:[A-Z])[\w.]*\s+){{0,3}}(?-i:[A-Z])[\w-]+"
_TWO_LEADERS = re.compile(
    rf"\s+by\s+(?:the\s+)?{_LEADER_NAMED}\s+and\s+(?:the\s+)?{_LEADER_NAMED}\b(?!\s*,\s*(?-i:[A-Z]))"
)
# "President Dmitry Medvedev and President Barack Obama, who commenced this journey ... when they signed the Treaty":
# two leaders, then "they" (or "who") as the subject of the act
_TWO_LEADERS_THEY = re.compile(
    rf"\b{_LEADER_NAMED}\s+and\s+(?:the\s+)?{_LEADER_NAMED}\b[^.;]{{0,120}}?\b(?:they|who)\s+(?:have\s+|had\s+|jointly\s+)?$"
)
# "Richard Nixon and Leonid Brezhnev signed", "he and President Vladimir Putin signed": two people as the subject of a
# signature, each a name of one to four capitalised words (an office before it or not), or a pronoun for the first
_PERSON = (
    rf"(?:(?:{_LEADER_OFFICE}|Secretary\s+of\s+State|Foreign\s+Minister)\s+)?"
    r"(?-i:[A-Z][a-z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){0,3}"
)
_TWO_PEOPLE_SIGNED = re.compile(
    # (a line's start too: "New START Signed\n\nPresident Barack Obama and Russian President Dmitry Medvedev sign")
    rf"(?:^|[.;:,(—–\n-]\s*|\b(?-i:[a-z]+)\s+)(?:(?-i:he|she)|{_PERSON})\s+and\s+{_PERSON}\s+"
    r"(?:(?:have|had|jointly|formally|then|also|first)\s+)*$"
)
_UNDER_ADMINISTRATION = re.compile(r"\s+under\s+the\s+(?-i:[A-Z][\w.]*\s+){1,2}(?-i:Administration)\b")
# "prevented the Nuclear Weapon States from signing": who was kept from the act
_KEPT_FROM = re.compile(r"\b(?:prevented|kept|stopped)\s+(?P<object>[^.;,]{1,60}?)\s+from\s+$", re.I)
# "Neither France nor the United Kingdom has signed": a subject that denies the act of each it names
_NEITHER_SUBJECT = re.compile(
    r"\bneither\s+[^.;:]{1,80}?\s+nor\s+[^.;:]{1,80}?\s+(?:has|have|had)\s+(?:(?:yet|ever|\w+ly)\s+)?"
    r"(?:(?:signed|ratified)\s+(?:n?or|and)\s+)?$",
    re.I,
)
# "not a single Nuclear Weapon State has signed it", "none of the five has ratified": a subject that denies the act
_NONE_SUBJECT = re.compile(
    # ("none of the nine recognised nuclear powers - A, B, ... - signed the agreement": a list between, the past
    # without its auxiliary; not a relative clause's act, "none of the States that signed it")
    r"(?:\b(?:not\s+(?:a\s+single|one|any)|none)\b(?:(?!\b(?:that|which|who|whom|whose)\b)[^.;:]){0,200}?"
    r"|\bno\s+(?:[\w-]+\s+){0,3}?(?:States?|countr(?:y|ies)|nations?|one|members?|part(?:y|ies)|signator(?:y|ies))\s+)"
    r"(?<!\w)(?:(?:has|have|had)\s+(?:yet\s+|ever\s+)?|(?<=[-–—]\s)|(?<=[-–—]))$",
    re.I,
)
# A government's or cabinet's approval of a ratification, before its legislature's: the act not yet taken
_EXECUTIVE_APPROVED = re.compile(
    r"\b(?:Government|Cabinet|Council\s+of\s+Ministers)\s+(?:has\s+|had\s+)?(?:approved|endorsed)\s+(?:\w+\s+){0,2}?"
    r"(?:the\s+|a\s+)?(?:(?:proposal|bill|decision|draft(?:\s+law)?)\s+(?:for|on|of)\s+(?:the\s+)?)?"
    r"(?:ratification\s+of\s+(?:the\s+)?)?$",
    re.I,
)
# A legislature right before its act: "The Senate yesterday approved the ... Treaty"
_LEGISLATURE_BEFORE = re.compile(rf"\b{LEGISLATURES}\s+$")
# A period as the subject of an expiry: "the waiting period to withdraw from the NPT expired"
_PERIOD_SUBJECT = re.compile(r"\b(?:waiting|notice|notification|withdrawal)\s+period\b[^.;]{0,100}$", re.I)
# "ratified the Agreement on the extension of the term of New START": the object an extension
_EXTENSION_OBJECT = re.compile(
    r"\s+(?:the\s+)?(?:Agreement|Treaty|Protocol|law|document)\s+on\s+(?:the\s+)?(?:extension|prolongation)\b", re.I
)
# "None of the five – A, B and C – are signatories": a subject that denies the standing to each of its members
NONE_OF = re.compile(r"\b(?:none|neither)\s+of\b[^.;:!?]*$", re.I)
# "we were able to ratify jointly with France": done, not wished
# "I am very pleased to sign the Protocol": the act performed as it is said
_PERFORMATIVE = re.compile(
    r"\b(?:I|we)\s+(?:am|are)\s+(?:\w+\s+)?(?:pleased|proud|honou?red|delighted|glad|happy)\s+to\s+$", re.I
)
_WAS_ABLE = re.compile(r"\b(?:was|were|(?:has|have)\s+been)\s+able\s+to\s+$", re.I)
# ("The Senate voted 93 to 5 to ratify", "voted 71-26 to approve": the tally between the vote and its act)
_DECIDED = re.compile(r"\b(?:decision|decided|voted|vote)\s+(?:(?:\w+\s+)?\d+\s*(?:[-–]|to)\s*\d+\s+)?to\s+$", re.I)
# "The Conference decided that the Treaty shall continue in force indefinitely": a decision taken, said in its own
# words.
_DECIDED_THAT = re.compile(r"\bdecided\s+that\b[^.;]*$", re.I)


def _wished_lead(lead: str) -> bool:
    """Whether the words before a cue in its clause make its act wished, asked, offered or supposed (``_MODAL``, or
    "may")."""
    return bool(_MODAL.search(lead) or re.search(r"(?-i:\bmay\b)", lead))


def only_wished(text: str, a: int, b: int) -> bool:
    """Whether the sentence ``text[a:b]`` tells acts and every one of them is wished, asked, offered or supposed: each
    cue of :data:`CUES` has a modal word before it in its clause (``_MODAL``, or "may"), as the cue rules judge it.
    The trained model (:mod:`armscontrol.reader.learned`) reads no claim in such a sentence."""
    leads = []
    for _, pattern in CUES:
        for m in pattern.finditer(text, a, b):
            lead = text[max(_clause_start(text, a, m.start()), m.start() - 60) : m.start()]
            leads.append(_wished_lead(lead))
    return bool(leads) and all(leads)


def _decided_that(text: str, start: int, cs: int) -> bool:
    """A decision reported as taken before the cue ('decided that ...'), with no hope, wish or condition before it."""
    m = _DECIDED_THAT.search(text, start, cs)
    return (
        m is not None
        and not _MODAL.search(text[start : m.start()])
        and not re.search(r"\b(?:has|have|had)\s+not\b", text[start : m.start()])
    )


_LIST_AFTER = re.compile(
    r"\b(?:including|among\s+them|such\s+as|notably|in\s+particular|particularly|especially)\s+"
    r"(?:all\s+of\s+our\s+\w+\s+allies,\s+)?"
    # "including the three nuclear weapon States France, Russian Federation, and the United Kingdom": a group named
    # before its members
    r"(?:the\s+(?:two|three|four|five|\d+)\s+(?:[\w-]+\s+){0,3}?(?:States|countries|nations|powers)\s+)?",
    re.I,
)
_RELATIVE_FACT = re.compile(r"\b(?:that|which|who)\s+(?:have|has)\s+(?:not\s+|never\s+)(?:yet\s+)?$", re.I)
# A legislature or its vote named near a claim: the act it tells may be a step the data records later (the deposit)
LEGISLATURE = re.compile(rf"\b(?:{LEGISLATURES}|decision\s+to\s+ratify|approv\w*)\b", re.I)
_REJECTION = re.compile(
    r"(?:rejected|rejecting|voted\s+down|voted\s+to\s+reject|refused\s+to\s+approve|failed\s+to\s+approve"
    r"|(?:not|never)\s+(?:yet\s+)?(?:acted|voted)\s+on|(?:has|have|had)\s+(?:done|taken)\s+(?:absolutely\s+)?"
    r"(?:nothing|no\s+action)\s+on)\b",
    re.I,
)
LEGISLATURE_NAMED = re.compile(rf"\b{LEGISLATURES}\b")
_NOTES_RATIFICATION = re.compile(r"\bratif(?:ied|ication)\b", re.I)
_NEGATED = re.compile(r"\b(?:declined|rejected|refused|not|never|without|failed)\b", re.I)


def _notes_ratification(note: str) -> bool:
    """Whether a declaration's note says the party ratified (not that it declined or failed to)."""
    for m in _NOTES_RATIFICATION.finditer(note):
        if not _NEGATED.search(note[max(0, m.start() - 50) : m.start()]):
            return True
    return False


# The nouns a group of states goes by ("five republics", "the five nuclear powers", "the eight democracies").
GROUP_NOUNS = r"(?:States|countries|nations|signatories|parties|members|Governments|republics|powers|democracies)"
# "entered into force for the UK", "in the UK", "with respect to France": for one party only.
_FOR_STATE = re.compile(r"\s+(?:in|for|with\s+respect\s+to)\s+(?:the\s+)?", re.I)
_PARTY_EVENTS = {"ratified", "signed", "withdrew", "suspended", "ratification_revoked", "not_signed"}


def says_an_act(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a cue of a state's act or standing (signed, not ratified, withdrew, bound,
    ...): the claim cues themselves, so that a sentence "says its own act" by the same words the claims are read by."""
    return any(
        pattern.search(text, start, end) is not None
        for kind, pattern in CUES
        if kind in _PARTY_EVENTS | {"not_ratified", "bound"}
    )


_FUTURE = re.compile(r"\b(?:will|shall|going\s+to|intends?\s+to|plans?\s+to)\b(?![^.;]*\b(?:has|have|had)\b)", re.I)
_EFFECTIVE_LATER = re.compile(r"[^.;]{0,40}?\beffective\s+(?:in|on|from|as\s+of)\b", re.I)
_NOTICE = re.compile(
    r"\b(?:announced|notified|(?:gave|given|giving)\s+(?:formal\s+)?notice)\b(?![^.;]*\bwill\s+(?:provide|give))", re.I
)
# An act in the progressive, under way ("We are revoking", "is only legislatively revoking", "is withdrawing").
_UNDER_WAY = re.compile(r"\b(?:is|are|am)\s+(?:(?:only|merely|now|currently|not|\w+ly)\s+){0,3}$", re.I)
# A bill or law that would do it, passed or drafted ("to pass a law revoking"): a step of the legislature.
_LAW_STEP = re.compile(
    r"\b(?:pass\w*|adopt\w*|approv\w*|draft\w*|introduc\w*|vot\w*\s+(?:on|for))\s+(?:a|the)\s+(?:federal\s+|draft\s+)?"
    r"(?:law|bill)\s+(?:on\s+)?$|\bbill\s+(?:on\s+)?$",
    re.I,
)
# A subordinate clause of purpose, time or condition whose present tense tells no fact ("so that it comes into force
# without delay", "until it comes into force")
_SUBORDINATE_BEFORE = re.compile(
    r"\b(?:so\s+that|in\s+order\s+that|until|till|before|once|when|whenever|if|unless|as\s+soon\s+as)\b[^.;,]{0,60}$",
    re.I,
)
_HYPOTHETICAL = re.compile(r"\b(?:if|unless|would|could|might|should|whether)\b", re.I)


_END_NOUN = re.compile(r"(?:expiration|expiry|termination)\s+of$", re.I)


def _ended_by(instrument_id: str | None, on: dt.date) -> bool:
    """Whether the data records an instrument's end on or before a day."""
    if instrument_id is None or instrument_id not in registry().instruments:
        return False
    return status_on(registry().instruments[instrument_id], on).state == "ended"


@dataclass(frozen=True)
class Mentioned:
    id: str | None  # None: a name the registry lacks
    text: str
    start: int
    end: int


def _record(instrument: Instrument, party: str):
    return next((r for r in instrument.parties if r.party == party), None)


def _party_event(instrument: Instrument, party: str, types: set[str], on: dt.date):
    record = _record(instrument, party)
    if record is None:
        return None
    events = [e for e in record.events if e.type in types and e.date <= on]
    return events[-1] if events else None


def _standing(instrument: Instrument, party: str, on: dt.date) -> PartyStatus | None:
    """The state's status on ``on``; ``None`` where a partial list does not name it (the data cannot say)."""
    open_to = instrument.party_list.open_to if instrument.party_list is not None else None
    if (
        not parties_complete(instrument)
        and all(r.party != party for r in instrument.parties)
        # (a state the instrument is not open to is no party, partial list or not: the status engine says so)
        and (open_to is None or party in open_to)
    ):
        return None
    return party_status_on(instrument, party, on)


def _not_recorded(instrument: Instrument, party: str) -> tuple[str, str, None]:
    partial = "" if parties_complete(instrument) else " (the data's list of parties is partial)"
    return (
        "not_in_data",
        f"{party_name(party)} is not recorded among the parties of {instrument.short_title}{partial}",
        None,
    )


def judge(
    kind: str,
    instrument: Instrument,
    party: str | None,
    on: dt.date,
    stated: dt.date | None = None,
    legislature: bool = False,
    event: bool = False,
) -> tuple[str, str, SourceRef | None]:
    """Verdict, evidence and source for one claim (see the module docstring).

    ``legislature``: the text speaks of a parliament's vote or decision; a ratification the data records
    within a year after ``on`` is then true on its day (consistent with later events), never contradicted.
    ``event``: an ``in_force`` claim told as the event ("entered into force on February 5, 2011"), true where the
    data records the entry into force on or before ``on`` (on ``stated``, where the text gives the day), whether or
    not the instrument is still in force.
    """
    return _judge_cached(kind, instrument.id, party, on, stated, legislature, id(registry()), event)


@functools.lru_cache(maxsize=2048)
def _judge_cached(
    kind: str,
    instrument_id: str,
    party: str | None,
    on: dt.date,
    stated: dt.date | None,
    legislature: bool,
    _registry: int,
    event: bool = False,
) -> tuple[str, str, SourceRef | None]:
    # A statement repeats its claims; the registry's identity keeps a cached verdict to the data it came from.
    instrument = registry().instruments[instrument_id]
    if event and kind == "in_force":
        told = _entered_into_force(instrument, on, stated)
        if told is not None:
            return told
    verdict = _judge(kind, instrument, party, on, stated)
    if verdict[0] == "contradicted" and kind in {"suspended", "withdrew", "ratification_revoked"} and party is not None:
        # a decision announced on its day and recorded in law within a month ("The decision of the Russian Federation
        # to suspend its participation, announced today"): true on its day, never contradicted
        later = _judge(kind, instrument, party, on + dt.timedelta(days=31), stated)
        if later[0] == "consistent":
            said = f"true on its day: announced on {on}; {later[1]} (consistent with later events)"
            return "consistent", said, later[2]
    if verdict[0] == "contradicted" and kind == "ratified" and party is not None:
        later = _next_consent(instrument, party, on)
        if later is not None and (legislature or (later.date - on).days <= 120):
            return (
                "consistent",
                f"true on its day: the vote or decision of {on} preceded {party_name(party)}'s ratification of "
                f"{instrument.short_title} recorded on {later.date} (consistent with later events)",
                source_ref(later.source),
            )
        declared = _next_declaration(instrument, party, on)
        if declared is not None and legislature:
            return (
                "not_in_data",
                f"no ratification event for {party_name(party)} in the data; a declaration of {declared.date}, after "
                f"this "
                f"statement, notes: {declared.note}",
                source_ref(declared.source),
            )
    return verdict


def _entered_into_force(
    instrument: Instrument, on: dt.date, stated: dt.date | None
) -> tuple[str, str, SourceRef | None] | None:
    """An entry into force told as an event: consistent where the data records it on or before ``on`` (on the day
    ``stated``, where the text gives one), whatever became of the instrument after; ``None`` where the data records
    none by then (judged then by the instrument's state)."""
    entries = [e for e in instrument.events if e.type == "entry_into_force" and e.date <= on]
    if not entries:
        return None
    entry = entries[0]
    said = f"{instrument.short_title} entered into force on {entry.date}"
    state = status_on(instrument, on)
    if state.ended_on:
        said += f"; it ended on {state.ended_on} ({state.end_reason}): the entry into force is a past event"
    if stated is not None and stated != entry.date:
        if entry.note and stated.isoformat() in entry.note:
            # the data records the other day too ("Some summaries give 1969-04-25 instead")
            return "consistent", f"{said}; the data notes: {entry.note}", source_ref(entry.source)
        return "contradicted", f"{said}, not on {stated}", source_ref(entry.source)
    return "consistent", said, source_ref(entry.source)


def _next_declaration(instrument: Instrument, party: str, on: dt.date):  # noqa: ANN202
    record = _record(instrument, party)
    if record is None:
        return None
    later = [
        e
        for e in record.events
        if e.type == "declaration"
        and on < e.date <= on + dt.timedelta(days=366)
        and e.note
        and _notes_ratification(e.note)
    ]
    return later[0] if later else None


def _next_consent(instrument: Instrument, party: str, on: dt.date):  # noqa: ANN202
    record = _record(instrument, party)
    if record is None:
        return None
    later = [
        e
        for e in record.events
        if e.type in {"ratified", "acceded", "succeeded"} and on < e.date <= on + dt.timedelta(days=366)
    ]
    return later[0] if later else None


def _judge(
    kind: str, instrument: Instrument, party: str | None, on: dt.date, stated: dt.date | None = None
) -> tuple[str, str, SourceRef | None]:
    state = status_on(instrument, on)
    title = instrument.short_title
    if kind in {"in_force", "not_in_force", "extended"} or (party is None and kind != "limit"):
        if kind == "extended":
            ext = [e for e in instrument.events if e.type == "extension" and e.date <= on]
            if ext:
                until = "indefinitely" if ext[-1].until and ext[-1].until.year == 9999 else f"until {ext[-1].until}"
                if stated is not None and stated not in {ext[-1].date, ext[-1].until}:
                    return (
                        "contradicted",
                        f"{title} was extended on {ext[-1].date} {until}, not on {stated}",
                        source_ref(ext[-1].source),
                    )
                return "consistent", f"{title} extended on {ext[-1].date}, {until}", source_ref(ext[-1].source)
            return (
                "contradicted",
                f"no extension of {title} on or before {on}; state {state.state}",
                source_ref(state.source),
            )
        in_force = state.state == "in_force"
        detail = f"{title} was {state.state.replace('_', ' ')} on {on}"
        if state.entered_into_force:
            detail += f" (entry into force {state.entered_into_force})"
        if state.ended_on:
            detail += f" (ended {state.ended_on}, {state.end_reason})"
        wanted = kind != "not_in_force"
        if kind not in {"in_force", "not_in_force"}:
            return (
                "not_in_data",
                f"the text names no state for this {kind.replace('_', ' ')} claim; {detail}",
                source_ref(state.source),
            )
        return ("consistent" if in_force == wanted else "contradicted"), detail, source_ref(state.source)
    assert party is not None
    standing = _standing(instrument, party, on)
    if standing is None:
        return _not_recorded(instrument, party)
    who = party_name(party)
    said = (
        f"{who}: {standing.status.replace('_', ' ')}"
        + (f" since {standing.since}" if standing.since else "")
        + f" on {on}"
    )
    if standing.note:
        said += f" ({standing.note})"
    src = source_ref(standing.source)
    if kind == "not_signed":
        event = _party_event(instrument, party, {"signed", "ratified", "acceded", "succeeded"}, on)
        if event is None:
            return "consistent", f"no signature by {who} recorded on or before {on}; {said}", src
        return "contradicted", f"{who}: {event.type} {title} on {event.date}", source_ref(event.source)
    if kind == "signed":
        event = _party_event(instrument, party, {"signed"}, on)
        if event is None:
            event = _party_event(instrument, party, {"ratified", "acceded", "succeeded"}, on)
        if event is None:
            return "contradicted", f"no signature by {who} recorded on or before {on}; {said}", src
        if stated is not None and event.type == "signed" and stated != event.date:
            return "contradicted", f"{who} signed {title} on {event.date}, not on {stated}", source_ref(event.source)
        return "consistent", f"{who} signed {title} on {event.date}", source_ref(event.source)
    if kind in {"ratified", "not_ratified"}:
        consent = _party_event(instrument, party, {"ratified", "acceded", "succeeded"}, on)
        has = standing.status in {"ratified", "party", "suspended"}
        if kind == "ratified":
            if has:
                return "consistent", said, source_ref(consent.source) if consent else src
            if consent is not None:
                # A ratification that took place stays a fact of its day, though revoked, withdrawn from or ended since.
                return (
                    "consistent",
                    f"{who} gave consent on {consent.date} (true of that day); later: {said}",
                    source_ref(consent.source),
                )
            declared = _party_event(instrument, party, {"declaration"}, on)
            if declared is not None and declared.note and _notes_ratification(declared.note):
                return (
                    "not_in_data",
                    f"no ratification event for {who} in the data; {said}; a declaration of {declared.date} notes: "
                    f"{declared.note}",
                    source_ref(declared.source),
                )
            return "contradicted", f"no ratification by {who} in force on {on}; {said}", src
        return ("contradicted" if has else "consistent"), said, src
    if kind == "ratification_revoked":
        event = _party_event(instrument, party, {"ratification_revoked"}, on)
        if event is not None:
            return (
                "consistent",
                f"{who} revoked its ratification of {title} on {event.date}; {said}",
                source_ref(event.source),
            )
        return "contradicted", f"no revocation of ratification by {who} recorded on or before {on}; {said}", src
    if kind == "suspended":
        if standing.status == "suspended":
            return "consistent", said, src
        suspension = _party_event(instrument, party, {"suspension"}, on)
        if suspension is not None:
            # A suspension that took place stays a fact of its day, though the instrument has ended since.
            return (
                "consistent",
                f"{who} suspended {title} on {suspension.date} (true of that day); later: {said}",
                source_ref(suspension.source),
            )
        return "contradicted", said, src
    if kind == "withdrew":
        event = _party_event(instrument, party, {"withdrawal", "withdrawal_notice"}, on)
        if event is not None:
            return (
                "consistent",
                f"{who}: {event.type.replace('_', ' ')} on {event.date}; {said}",
                source_ref(event.source),
            )
        return "contradicted", f"no withdrawal by {who} recorded on or before {on}; {said}", src
    if kind == "bound":
        bound = standing.status in {"party", "suspended"} and state.state == "in_force"
        return ("consistent" if bound else "contradicted"), said + f"; {title} {state.state.replace('_', ' ')}", src
    raise ValueError(kind)


LIMIT_UNITS = {
    "warheads": "warheads",
    "launchers": "launchers",
    "delivery vehicles": "launchers",
    "missiles": "launchers",
}


def limit_provisions(instrument: Instrument, unit: str | None) -> list:
    """``instrument``'s limits on what a figure in ``unit`` counts (a count of delivery vehicles or missiles is one of
    launchers: :data:`LIMIT_UNITS`)."""
    reg = registry()
    wanted = LIMIT_UNITS.get(unit or "")
    return [
        p
        for p in instrument.provisions
        if p.kind == "limit" and p.metric and reg.metrics.get(p.metric) and reg.metrics[p.metric].unit == wanted
    ]


def states_value(value, low: float | None, high: float) -> bool:  # noqa: ANN001
    """Whether a stated figure (``high``, with ``low`` for a range) is the limit ``value`` (a ceiling, or an end of a
    range)."""
    if low is not None:
        return value.range == (int(low), int(high))
    return value.upper == int(high) or (value.range is not None and int(high) in value.range)


def judge_limit(
    instrument: Instrument, low: float | None, high: float, unit: str, deadline: dt.date | None, on: dt.date
) -> tuple[str, str, SourceRef | None] | None:
    """A stated limit against the instrument's limits on the same unit; ``None`` if it has none on that unit."""
    limits = limit_provisions(instrument, unit)
    if not limits:
        return None
    stated = f"{int(low):,}-{int(high):,}" if low is not None else f"{int(high):,}"
    described = []
    for provision in limits:
        value, start, _ = applicable_value(provision, instrument, deadline or on)
        bound = f"{value.range[0]:,}-{value.range[1]:,}" if value.range else f"{value.ceiling:,}"
        described.append((provision, value, start, bound))
        if states_value(value, low, high):
            where = f"{instrument.short_title} {value.article or provision.article}: {provision.title} {bound}"
            if start is not None:
                where += f" from {start}"
            src = source_ref(value.source or provision.source)
            if deadline is not None and start is not None and abs((deadline - start).days) > 1:
                return "contradicted", f"{where}; the text's date {deadline} differs", src
            return "consistent", where, src
    provision, value, start, bound = described[0]
    src = source_ref(value.source or provision.source)
    when = f" from {start}" if start else ""
    return (
        "contradicted",
        f"{instrument.short_title} {value.article or provision.article}: {provision.title} {bound}{when}, not {stated}",
        src,
    )


_NOMINAL = re.compile(
    r"^(?:ratification|signature|signing|accession\s+to|extension\s+of|suspension|withdrawal(?:\s+(?:from|of))?)$", re.I
)
_WISHED_AFTER = re.compile(
    r"^[^.;]{0,100}?\b(?:(?:would|should|must|could|may)\s+(?:\w+\s+)?(?:be|have|help|make|bring|mark|send|strengthen|contribute|give|open|pave|add)"
    r"|(?:is|are|remains?|was|were)\s+(?:\w+\s+)?(?:needed|required|essential|urgent|vital|necessary|crucial|indispensable|welcome|a\s+priority|awaited)"
    # "ratification is all but assured": expected, not done
    r"|(?:is|are|seems|looks)\s+(?:all\s+but\s+|almost\s+|virtually\s+|now\s+)?(?:assured|certain|expected|likely|guaranteed|imminent))\b",
    re.I,
)
# The act's agent a count of states ("ratified by 178 States")
_BY_COUNT = re.compile(
    r"\s+by\s+(?:some\s+|about\s+|over\s+|nearly\s+|almost\s+|more\s+than\s+)?"
    r"(?:\d[\d,]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred)(?:-[a-z]+)?)\s+"
    r"(?:other\s+)?(?:States|countries|nations|members)\b",
    re.I,
)
# An act named as one to come ("the forthcoming ratification by Indonesia")
_TO_COME = re.compile(r"\b(?:forthcoming|upcoming|imminent|expected|planned|prospective|future|eventual)\s+$", re.I)
# A refusal whose object is the act ("rejected the ratification of")
_REFUSED_OBJECT = re.compile(
    r"\b(?:rejected|rejects|refused|refuses|declined|blocked|voted\s+down|voted\s+against)\s+(?:the\s+|its\s+)?$", re.I
)
# A signature or ratification named as a noun and governed by "for", "towards", "related to", "ahead of" ("a process
# for P5 (China, France, Russia, the UK and US) signature of the Protocol has been agreed", "issues related to P5
# signature", "preparations towards its ratification"): an act ahead, not one done.
_PROSPECT_BEFORE = re.compile(
    # ("As for the extension of the treaty", "in favour of the extension of this document": a subject spoken of)
    # ("the Japanese Diet's approval for ratification": a legislature's consent given, read as its state's ratification)
    r"\b(?:(?<!approval\s)[Ff]or|[Tt]owards?|related\s+to|regarding|concerning|ahead\s+of|prior\s+to|awaiting|around|[Aa]s\s+(?:for|to)"
    r"|in\s+favou?r\s+of|with\s+regard\s+to"
    # "the Joint Chiefs of Staff support ratification of this treaty": a position on an act to come
    r"|support(?:s|ed|ing)?|endors(?:e|es|ed|ing)"
    # "decided to go forward with U.S. ratification of", "the question of India joining the NPT": an act ahead
    r"|go(?:es|ing)?\s+forward\s+with|proceed(?:s|ing)?\s+with|(?:question|possibility|prospect|option)\s+of"
    # "stresses importance of US ratification of protocol", "the need for its ratification": an act asked for
    r"|(?:importance|significance|need|necessity|urgency)\s+(?:of|for)"
    # "we are not aware that any party is contemplating withdrawal from the treaty": an act thought of
    r"|contemplat(?:e|es|ed|ing)|consider(?:s|ed|ing)?|threat(?:en|ens|ened)?\s+(?:of|with)"
    # "I transmit herewith, for the advice and consent of the Senate to its ratification, the Protocol": asked for
    r"|for\s+(?:the\s+|its\s+)?advice\s+and\s+consent\s+(?:of\s+the\s+(?:United\s+States\s+)?Senate\s+)?to"
    # "take a vote on the ratification of", "hearings on its ratification": a proceeding on the act, not the act
    r"|(?:votes?|debate|hearings?|consideration)\s+(?:on|of))\s+"
    # ("stands for the speedy accession to the NPT of all countries": an act wished for, whatever its adjective)
    rf"(?:(?:the|its|their|his|her)\s+)?(?:{_SOON}\s+)?(?:[A-Z][\w.]*(?:['’]s)?\s+(?:\([^()]*\)\s+)?){{0,3}}$"
)
# A topic word before an owner's suspension or withdrawal ("concerns regarding President Trump's suspension of"): a
# step its owner has taken, spoken of (a suspension or a withdrawal is seldom wished for by name and owner)
_TOPIC_OF_DONE = re.compile(
    r"(?:regarding|concerning|related\s+to|with\s+regard\s+to)\s+(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*['’]s\s+$"
)
# A nominal act's object named with capitals right after "of" ("the signing of the US-Russia Joint Statement")
_OF_NAMED = re.compile(r"\s+of\s+(?:the\s+|a\s+|an\s+)?(?=(?-i:[A-Z]))")
# Runs of spaces and the rules a stored page draws under a heading ("=====") take no room in a reader's eye
_LAYOUT = re.compile(r"\s+|[=_~*-]{3,}")


def _read_length(text: str, a: int, b: int) -> int:
    """The length of ``text[a:b]`` as read: runs of layout (spaces, line breaks, rules of '=' or '-') count as one."""
    return len(_LAYOUT.sub(" ", text[a:b]))


# "stands for the universalization of the NPT and the early accession to it of all countries": a second object of a
# call
_CALLS_FOR_AND = re.compile(
    r"\b(?:stands?|stood|calls?|called|press(?:es|ed)?|advocat\w+|work(?:s|ed)?|push(?:es|ed)?)\s+for\s+[^.;]{0,160}?\s+and\s+"
    rf"(?:the\s+)?{_SOON}\s+$",
    re.I,
)
# A signature or ratification named as a procedure under way ("its domestic ratification proceedings", "the
# ratification process")
_UNDER_WAY_AFTER = re.compile(
    r"\s+(?:proceedings|process(?:es)?|procedures?)\b(?![^.;]{0,40}?\b(?:completed|concluded|finished|finalized|finalised))",
    re.I,
)
# "will enter into force once signed and ratified by ...": the states named have not ratified yet.
_WAITS_FOR = re.compile(
    r"\b(?:enter\w*|come)\s+into\s+force\s+(?:only\s+)?(?:once|when|after|upon)\s+(?:(?:it\s+(?:is|has\s+been)|being|its)\s+)?"
    r"(?:signed\s+and\s+)?ratifi\w*(?=\s+by\b)"
    # "Its entry into force depends on its ratification by A, B and C", "The CTBT awaits ratification by A, B"
    r"|\bentry\s+into\s+force\s+(?:[^.;]{0,60}?\s)?(?:depends|depend|hinges|is\s+contingent|is\s+conditional)\s+(?:up)?on\s+"
    # ("depends on the ratification of nine countries: A, B": a group, then its members)
    r"(?:its\s+|the\s+|their\s+)?ratifi\w*(?=\s+by\b|\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:States|countries|nations)\b)"
    r"|\b(?:awaits|await|awaiting|still\s+requires|requires)\s*(?:,[^,.;]{1,80},\s*)?(?:its\s+|the\s+)?ratifi\w*(?=\s+by\b)"
    # "must still be ratified by eight States (China, ...) to enter into force": the states it waits for
    rf"|{_STILL_TO_BE}ratified(?=\s+by\b)",
    re.I,
)
# "the ten outstanding Annex 2 States whose ratification is needed for entry into force. These States are: ...": the
# listed have not ratified.
_OUTSTANDING = re.compile(
    # ("The other eight States whose ratification is still required ... are: ...")
    r"\b(?:outstanding|remaining|other)\s+(?:[\w-]+\s+){0,3}?(?:States|countries)\s+whose\s+(?:signature\s+and\s+)?ratification\s+"
    r"(?:is|was|are|were)\s+(?:still\s+)?(?:needed|required|necessary|a\s+prerequisite)",
    re.I,
)

_PASSIVE = re.compile(r"\b(?:was|were|been|is|are|be|being)\s+(?:\w+ly\s+)?$", re.I)
_SUBJECT_FIRST = re.compile(r"^(?:has|have|had|is|remains|remain|not|takes)\b", re.I)


_CO_OBJECT = re.compile(
    r"^[^.;,()]{0,6}\(?\s*$|(?:,|\band|\bor|\bas\s+well\s+as)\s*(?:(?:to|of)\s+)?(?:(?:the|its|their|a|an)\s+)?(?:\d{4}\s+)?$",
    re.I,
)
# Before "of their obligations under", the obligations told as fulfilled
_FULFILLED = re.compile(r"\b(?:fulfil{1,2}ment|fulfil{1,2}ed|implementation)\b[^.;]{0,60}$", re.I)
# In a sentence opening "With the entry into force of ...", a main verb of what is to come
_WITH_ENTRY_AHEAD = re.compile(r"\b(?:will|would|shall|could|can|may|should|must)\b|\bonce\b", re.I)
# A relative clause opening right before a cue ("the SALT I interim agreement, which had already expired")
_WHICH_BEFORE = re.compile(r",\s*(?:which|that)\s+(?:has\s+|had\s+|have\s+)?(?:already\s+|now\s+|since\s+|long\s+)?$")
# ("the Treaty between the Russian Federation and the United States of America on ..., more widely known as START-II
# Treaty, and the package agreements": the same instrument by its usual name, then the next)
_KNOWN_AS = re.compile(r"\s*,?\s*(?:(?:more\s+)?(?:widely|also|better|commonly)\s+)?known\s+as\s+(?:the\s+)?", re.I)


_THE_FOLLOWING = re.compile(
    r"\s+(?:to\s+|of\s+)?the\s+following\s+(?:[\w-]+\s+){0,4}?(?:agreements|treaties|instruments|conventions|protocols)"
    r"(?:\s+and\s+(?:agreements|treaties|instruments|conventions|protocols))?\s*:?",
    re.I,
)


# A relative clause set off by commas right before a passive verb: ", which builds upon START, was signed"
_RELATIVE_ASIDE = re.compile(r",\s*(?:which|that)\s[^,;.()]{1,80},\s*(?:has\s+been\s+|had\s+been\s+|was\s+|were\s+)?$")


def _targets(
    text: str, kind: str, cue: str, instruments: list[Mentioned], a: int, cs: int, ce: int, clause_end: int
) -> list[Mentioned]:
    """The instruments a cue speaks of: named inside it, else after it in its clause, else the nearest before."""
    following = _THE_FOLLOWING.match(text, ce)
    if following:
        # "We are a signatory to the following arms control agreements and treaties: the Antarctic Treaty of 1959;
        # the treaty banning nuclear weapon tests ...; ...": each instrument the list names, to its paragraph's end
        end = text.find("\n\n", following.end() + 2)
        end = len(text) if end < 0 else end
        listed = [i for i in instruments if following.end() <= i.start < min(end, following.end() + 5000)]
        if listed:
            return listed
    inside = [i for i in instruments if cs <= i.start < ce]
    if inside:
        return inside
    right_before = [
        i for i in instruments if a <= i.end <= cs and re.fullmatch(r"\s*(?:\([^()]{1,30}\)\s*)?", text[i.end : cs])
    ]
    if right_before and cue.lower() in {"signed", "ratified"} and re.match(r"\s+(?:in|at|on)\b", text[ce:clause_end]):
        # "known as the Threshold Test Ban Treaty (TTBT) signed in Moscow on July 3, 1974": the instrument it follows
        return right_before[-1:]
    covering = [i for i in instruments if a <= i.start < cs and i.end >= ce]
    if covering:
        # a description that runs through the cue ("the Treaty banning nuclear weapon tests ..., signed at Moscow on
        # August 5, 1963, on behalf of ..."): the instrument described
        return covering[-1:]
    if _PASSIVE.search(text[max(a, cs - 40) : cs]):
        before_passive = [i for i in instruments if a <= i.end <= cs]
        if before_passive and re.search(
            r"\b(?:neither|both|none|each|all)\s+of\s+(?:which|them|these|the\s+two)\b[^.;]{0,30}$", text[a:cs], re.I
        ):
            return before_passive  # "the TTBT and the PNET, neither of which has been ratified": each of them
        aside = _RELATIVE_ASIDE.search(text, a, cs)
        if aside is not None and any(i.end <= aside.start() for i in before_passive):
            # "the START II Treaty, which builds upon START, was signed by": the instrument before the aside
            before_passive = [i for i in before_passive if i.end <= aside.start()]
        if before_passive:
            return [max(before_passive, key=lambda i: i.end)]
    # "still need to ratify before all countries ... adhere to the CTBT": a subordinate clause after the cue has
    # objects of its own
    stop = _SUBORDINATE.search(text, ce, clause_end)
    after = [i for i in instruments if ce <= i.start < (stop.start() if stop else clause_end)]
    before = [i for i in instruments if a <= i.end <= cs]
    nearest_before = [max(before, key=lambda i: i.end)] if before else []
    if (
        kind == "bound"
        and len(after) > 1
        and after[0].start - ce < 12
        and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[after[0].end : after[1].start])
    ):
        return after[:2]  # "a non-nuclear state party to the NPT and TPNW": each of the two
    if kind in {"in_force", "not_in_force"} and nearest_before and _WHICH_BEFORE.search(text, a, cs):
        # "the SALT I interim agreement, which had already expired, and the SALT II treaty": the relative clause's
        # antecedent
        return nearest_before
    if kind == "bound" and after and _EXAMPLES.fullmatch(text, ce, after[0].start):
        # "is State Party to the main international instruments to this end, such as the TPNW, the NPT, the Treaty of
        # Tlatelolco ...": each instrument the examples name that the registry holds (an example it lacks, "the
        # Convention on Chemical Weapons", is no claim to judge)
        return [i for i in _co_objects(text, after) if i.id is not None]
    if (
        kind == "bound"
        and after
        and re.search(r"\bto$", cue)
        and re.fullmatch(r"\s+(?:the\s+|both\s+)?", text[ce : after[0].start])
    ):
        # "signed the CTBT in 2003 and is a party to the NPT (NPT) and the Pelindaba Treaty": the objects after "to"
        # (its acronym in brackets after one is the same instrument)
        return _co_objects(text, after)
    if kind in {"in_force", "not_in_force", "bound"} and _SUBJECT_FIRST.match(cue):
        # ("is a Party to both of the Treaty's Protocols": one name for several, each of them)
        return nearest_before or [i for i in after if (i.start, i.end) == (after[0].start, after[0].end)]
    if kind == "bound" and after and re.search(r"\bboth\s+(?:the\s+)?$", text[ce : after[0].start], re.I):
        # "As a State Party to both the NPT and the Treaty of Rarotonga": each of the two
        both = after[:1]
        for other in after[1:]:
            if other.id == both[-1].id and other.start <= both[-1].end + 8:
                both[-1] = other  # its acronym in brackets after it: "... Weapons (NPT)"
            elif _CO_OBJECT.search(text[both[-1].end : other.start]) and len(both) < 2:
                both.append(other)
            else:
                break
        return both
    if kind in {"in_force", "not_in_force", "bound"}:
        # one name that stands for several instruments ("the Additional Protocols") is each of them
        return [i for i in after if (i.start, i.end) == (after[0].start, after[0].end)] or nearest_before
    # co-objects are joined by a comma or "and" ("signed the Protocol ... and the Treaty ..."); an instrument inside the
    # first one's complement ("a Protocol to the Treaty extending the period for implementation of START II") is none
    # (one name that stands for several instruments, "their Protocols", is each of them)
    return _co_objects(text, after) or nearest_before


# Between a standing's cue and the first instrument after it, words that make what follows examples of a kind
_EXAMPLES = re.compile(
    r"\s+(?:to\s+|in\s+|of\s+)?(?:the\s+|all\s+)?(?:[\w-]+\s+){0,5}?(?:instruments|treaties|agreements|conventions)"
    # ("the main international instruments on weapons of mass destruction or mass extermination, such as")
    r"(?:\s+(?:[\w-]+\s+){0,8}?[\w-]+)?\s*,?\s*(?:such\s+as|including|namely|like|:)\s*(?:the\s+)?",
    re.I,
)


def _co_objects(text: str, after: list[Mentioned]) -> list[Mentioned]:
    """The first instrument of ``after`` and those joined to it by a comma or "and" (co-objects of one verb)."""
    if not after:
        return []
    joined = [i for i in after if (i.start, i.end) == (after[0].start, after[0].end)]
    for other in after[len(joined) :]:
        gap = text[joined[-1].end : other.start]
        if not (_CO_OBJECT.search(gap) or (other.id == joined[-1].id and _KNOWN_AS.fullmatch(gap))):
            break
        joined.append(other)
    return joined


# ("... and by France", "parliament, as well as by the Senate of the US Congress")
_AND_BY = re.compile(
    r"[^;.]{0,40}?\b(?:and|as\s+well\s+as)\s+by\s+(?:both\s+)?(?:the\s+)?"
    r"(?:(?:Senate|Congress|[Pp]arliament|Duma|legislature)\s+of\s+(?:the\s+)?)?",
    re.I,
)
_JOINED = re.compile(
    # ("the United States and the former Soviet Union": a state that ceased to exist, named so)
    # ("Algeria*, Argentina*": a footnote mark after a name, the Annex 2 States of a list)
    r"^(?:\s*\([^()]{1,30}\)|[*†‡]{1,3})?(?:(?:['’]s)?\s*(?:[,;]\s*|\s+)(?:and\s+|as\s+well\s+as\s+)?(?:the\s+)?(?:former\s+)?$"
    # ("Neither France nor the United Kingdom has signed": the states "neither ... nor" joins)
    r"|(?:['’]s)?\s+(?:and|as\s+well\s+as|nor)\s+(?:the\s+)?(?:former\s+)?$"
    # ("the USA as well as the Soviet successor states Russia, Ukraine": a group's name before its first state)
    r"|\s+(?:and|as\s+well\s+as)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?successor\s+(?:states|republics)\s+$"
    # an item of a bulleted or lettered list: "- A;\n- B", "(a) A,\n(b) B"
    r"|[,;]?\s*\n\s*(?:[-•*–]|\(?[a-z0-9]{1,2}[.)])\s+(?:and\s+)?(?:the\s+)?$"
    # "the President of the United States and the President of the Soviet Union": one office of each state
    r"|\s*,?\s+and\s+(?:the\s+)?(?:President|Prime\s+Minister|Premier|Government|Foreign\s+Minister|leaders?|representatives?|"
    r"delegations?|Ministers?\s+of\s+Foreign\s+Affairs)\s+of\s+(?:the\s+)?"
    # "President Nixon and General Secretary of the Communist Party of the Soviet Union": a capitalised
    # office
    # "U.S. Secretary of State Madeleine K. Albright and Russian Foreign Minister ...": an office and a
    # name
    r"|\s+(?-i:(?:[A-Z][\w.-]*|of)\s+){1,7}and\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    r"|\s*,?\s+and\s+(?:the\s+)?(?-i:[A-Z][\w-]*\s+){1,3}(?:of\s+(?:the\s+)?(?-i:[A-Z][\w-]*\s+){1,3})?of\s+(?:the\s+)?"
    # "by the Presidents of the United States, Barack Obama, and Russia, Dmitry Medvedev": each state's leader named
    # after it
    r"|\s*,\s+(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}),?\s+and\s+(?:the\s+)?)$",
    re.I,
)


# Between "by" and the states: nothing, or their offices ("by the Presidents of Russia and the United States").
_OFFICES_OF = re.compile(
    # ("by then-Russian president Dmitry Medvedev": a former office)
    # ("signed by the Minister of Relaciones Exteriores of Cuba": one office, with its own "of")
    r"\s*(?:then-)?(?:(?:Presidents|leaders|Heads\s+of\s+State|Governments|(?:Foreign\s+)?Ministers|representatives|delegations"
    r"|(?:Foreign\s+)?Minister(?:\s+of(?:\s+[A-Z][\w-]*){1,3})?|President|Ambassador|Permanent\s+Representative"
    r"|House\s+of\s+Representatives|[Pp]arliament|Senate|National\s+Assembly|legislature|Congress)"
    r"\s+of\s+(?:the\s+)?)?",
    re.I,
)


# Between "by" and the states: a group that names them after a lead ("by 13 Forum members within the original
# boundaries of the Treaty, namely Australia, ...", "by the following States: ...", "by 150 countries, including ...").
_BY_GROUP_LIST = re.compile(
    rf"(?:[\w-]+\s+){{0,4}}?{GROUP_NOUNS}\b"
    r"(?:(?!\b(?:by|but|if|would|whereas|while)\b)[^.;:()]){0,100}?"
    r"(?:,?\s+namely|:|\s*\(|,?\s+including|,?\s+among\s+them|\s+[-–—]|,\s*(?:those|these)\s+being)\s*(?:the\s+)?",
    re.I,
)


def _parties(
    text: str, states: list[tuple[str, int, int]], a: int, cs: int, ce: int, clause_end: int
) -> list[tuple[str, int, int]]:
    """Who a cue speaks of: the states after 'by' (a list joined by commas and 'and'), else the subject before it."""
    # ("approved by both chambers of the Russian parliament")
    by = re.search(
        r"\b(?:by|on\s+behalf\s+of)\s+(?:both\s+(?:(?:chambers|houses)\s+of\s+)?)?(?:the\s+)?", text[ce:clause_end]
    )
    if (
        by
        and re.search(r"\b\w+(?:ed|en|wn)\s+$", text[ce : ce + by.start()])
        # ("was signed and ratified by the UK": the 'by' of both verbs)
        and not re.fullmatch(
            r"\s*,?\s*(?:and|or)\s+(?:\w+ly\s+)?(?:ratified|signed|approved)\s+", text[ce : ce + by.start()]
        )
    ):
        # "withdrew ... under the Agreed Framework reached by the United States": the 'by' of another verb (not "the
        # instrument of ratification ... was deposited by Sri Lanka": the deposit is the act)
        if not re.search(r"\b(?:deposited|lodged|submitted|handed\s+over)\s+$", text[ce : ce + by.start()]):
            by = None
    if by and re.search(
        r",\s+(?:and\s+)?(?:the\s+)?[\w\s]{0,40}?\b(?:[Ss]igned|ratified|concluded)\s", text[ce : ce + by.start()]
    ):
        by = None  # "Signed in Moscow on July 31, 1991, and the Protocol to it Signed in Lisbon on behalf of Ukraine"
    if by and re.search(r",\s+(?:were|was|have\s+been|has\s+been)\s+\w+(?:ed|en|wn)\b", text[ce : ce + by.start()]):
        # "... (PNET) signed in Washington and Moscow on May 28, 1976, were transmitted to the Senate by President
        # Ford": the 'by' of the clause's own verb after the participle's phrase
        by = None
    if by and re.search(
        r"\b(?:signing|signature|ratification|accession|deposit|withdrawal)\s+$", text[ce : ce + by.start()]
    ):
        by = None  # "their ratification of the Treaty and welcome the signing by Somalia": another act's 'by'
    if by and re.search(
        r",\s*(?:(?:which\s+|that\s+)?(?:was|were)\s+)?(?:signed|concluded|adopted|negotiated|initialled|brokered)\b",
        text[ce : ce + by.start()],
    ):
        # "Ratification of the Treaty (SOR Treaty), signed in Moscow on May 24, 2002, by the Presidents of A and B":
        # the 'by' of the participle after the comma
        by = None
    if by and any(a <= s[1] and s[2] <= cs and not text[s[2] : cs].strip() for s in states):
        # "the Russian Federation suspended the Treaty ... due to the steps by the United States": a state right
        # before the verb is its subject, and the 'by' is another noun's
        by = None
    if by:
        after = [s for s in states if ce + by.start() <= s[1] < clause_end]
        if after and (
            _OFFICES_OF.fullmatch(text[ce + by.end() : after[0][1]])
            or _BY_GROUP_LIST.fullmatch(text[ce + by.end() : after[0][1]])
        ):
            chain = [after[0]]
            for state in after[1:]:
                if state[1] < chain[-1][2]:
                    if state[0] == chain[-1][0]:
                        chain[-1] = (state[0], chain[-1][1], max(state[2], chain[-1][2]))  # "US" in "US President"
                    continue
                if _JOINED.match(text[chain[-1][2] : state[1]]) or leaders_joined(text, chain[-1], state):
                    chain.append(state)
                elif _AND_BY.fullmatch(text[chain[-1][2] : state[1]]):
                    chain.append(
                        state
                    )  # "by the Russian Federation on 30 June 2000 and by France and the United Kingdom in 1998"
                else:
                    break
            return chain
    # ("talks in Geneva, Switzerland, and have signed": a place named where something happens is no subject)
    before = [s for s in states if a <= s[1] < cs and not _LOCATION_BEFORE.search(text, max(a, s[1] - 40), s[1])]
    if not before:
        return []
    if re.search(r"\bboth\b", text[a:cs]):
        return before
    return _chain_back(text, before, len(before) - 1)


def _chain_back(text: str, states: list[tuple[str, int, int]], last: int) -> list[tuple[str, int, int]]:
    """States joined by commas and 'and' that end at ``states[last]``: the whole subject list ("China, Egypt and
    Iran have ...")."""
    chain = [states[last]]
    for k in range(last - 1, -1, -1):
        state = states[k]
        if _abbreviated(text, state, chain[0]):
            chain[0] = (state[0], state[1], chain[0][2] + 1)
        elif _JOINED.match(text[state[2] : chain[0][1]]):
            if (
                len(chain) == 1
                and k > 0
                and re.fullmatch(r"\s*,\s*and\s+(?:the\s+)?", text[state[2] : chain[0][1]])
                and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[states[k - 1][2] : state[1]])
            ):
                break  # "with the Governments of A, B and C, and Japan becomes a party": a list closed before
            chain.insert(0, state)
        else:
            break
    return chain


@dataclass(frozen=True)
class Context:
    """What a sentence's claims may lean on beyond the sentence: the speaker's state, the last state and instrument
    named before it."""

    speaker: str | None = None
    speakers: tuple[str, ...] = ()
    """Every state the statement speaks for (a joint statement's authors); ``speaker`` is the first."""
    previous_state: str | None = None
    previous_instrument: Mentioned | None = None
    anachronisms: frozenset[str] = frozenset()
    described_at: int | None = None
    """Where a participle describing an instrument ("the Protocol, signed on ...") stands in the sentence at hand
    (set per cue)."""
    previous_instruments: tuple[Mentioned, ...] = ()
    """The distinct instruments of the last sentence before this one that named any: what "the treaties" and "these
    agreements" speak of."""
    next_listed: tuple[tuple[str, int, int], ...] = ()
    """States the next sentence lists after a colon ("... has five States parties: Kazakhstan, ..."): who a group
    noun names."""
    previous_lists: tuple[tuple[str, ...], ...] = ()
    """The lists of two or more states the sentences before this one named, nearest last: what "all five countries"
    and "these three States" speak of."""
    groups: tuple[tuple[str, int, tuple[str, ...]], ...] = ()
    """Groups the statement defines by their members (its name, where the list starts, the members): "the five
    Nuclear-Weapon States (China, France, Russia, United Kingdom, and United States)"; what "The NWS have not acceded"
    speaks of."""


_IT_OBJECT = re.compile(
    # ("signent ce texte": "sign this text", the passage's instrument)
    r"^\s+(?:it|them|this\s+text)\b|^\s+(?:this|that|the)\s+(?:\w+\s+){0,2}(?:treaty|agreement|protocol)\b"
    # "signed the agreement on the Prohibition of Attack against Nuclear Installations": a title the data does not
    # hold, not the passage's instrument
    r"(?!\s+(?:on|of|between|for|banning)\s+(?:the\s+)?(?-i:[A-Z]))",
    re.I,
)
_IT_PASSIVE = re.compile(
    r"\b(?:it|(?:this|the)\s+(?:\w+\s+){0,2}(?:treaty|instrument|agreement|accord|document))\s+(?:has\s+|had\s+)?(?:now\s+)?(?:was\s+|were\s+|been\s+|is\s+)?(?:\w+ly\s+)?$",
    re.I,
)
# "It was adopted by the General Assembly in September 1996 but has not yet entered into force": the second verb of a
# sentence whose subject is "it"
_IT_SECOND_VERB = re.compile(
    r"\s*[\"“]?(?:It|it)\s+(?:has|had|is|was|were|\w+ed)\b[^.;:]{0,100}?\b(?:but|and)\s+(?:has\s+|had\s+|is\s+|was\s+)?"
    r"(?:been\s+)?(?:still\s+|since\s+|then\s+)?$"
)
_IT_SUBJECT = re.compile(r"(?:^|[.;:]\s*|\b)(?:It|it)\s+(?:has\s+|had\s+)?(?:\w+ly\s+)?$")
# A cue with no object after it ("have yet to ratify are China, ...", "have ratified.") speaks of the passage's
# instrument.
_SUBORDINATE = re.compile(r"\b(?:before|until|when|while|once|so\s+that|because|unless|if)\b", re.I)
_BUT_NOT_RATIFIED = re.compile(r"\s*,?\s*but\s+(?:have\s+|has\s+|had\s+)?(?:not|never)\s+(?:yet\s+)?ratified\b", re.I)
_NO_OBJECT = re.compile(
    r"^\s*(?:before|until|when|while|once|so\s+that|because|unless|if)\b|"
    r"^\s*(?:(?:in|of|from|among)\s+(?:this|that|the|their|its)\s+(?:[\w-]+\s+){0,2}?(?:region|group|zone|area|list|continent)\s+"
    r"|(?:so\s+far|to\s+date|as\s+yet|yet|now|already)\s+)?(?:(?:are|is|were|include)\b|[(,.;:]|$)"
    r"|^\s*(?:(?:so\s+far|to\s+date|now|already)\s+)?,?\s*(?:except|with\s+the\s+exception\s+of|other\s+than|apart\s+from|save\s+for)\b",
    re.I,
)
_PARTICIPLE = re.compile(r"\b(?:In|By|After|Upon|On|Having|Despite|Since|While|Following)\s+$")


_ALONG_WITH_GAP = re.compile(
    # ("France, the first State, with the United Kingdom, to ratify", "France was the first nuclear-weapon state, along
    # with the United Kingdom, to deposit": an ordinal apposition or predicate between)
    r"\s*,?\s*(?:(?:(?:was|is|became|becomes)\s+)?the\s+(?:first|only|second|last)\s+[^,;.]{0,40},\s*)?(?:(?:along|together)\s+with|alongside|(?<=,\s)with)"
    r"\s+(?:the\s+)?",
    re.I,
)
_ALONG_WITH_BEFORE = re.compile(r"(?:\b(?:(?:along|together)\s+with|alongside)|,\s*with)\s+(?:the\s+)?$", re.I)
_ALONG_WITH = re.compile(
    r"\b(?:along\s+with|together\s+with|alongside|as\s+well\s+as|joining)\s+(?:the\s+)?"
    # "France ratified the CTBT in 1998, as did the United Kingdom", "the same day as France"; "India and Pakistan have
    # not signed the CTBT, nor has North Korea" (the partner of a denial)
    r"|,\s+(?:(?:as|and\s+so)\s+(?:has|have|had|did|does)|(?:on\s+)?the\s+same\s+day\s+as"
    r"|(?P<nor>(?:and\s+)?(?:nor|neither)\s+(?:has|have|had|did|does|is|are)))\s+(?:the\s+)?",
    re.I,
)
_GROUP = re.compile(rf"\b(?:{GROUP_NOUNS}|others)\b", re.I)
_COLON_LEAD = re.compile(r"^\s*(?:namely\s+|the\s+)?$", re.I)


# "The four countries are France, Russia, the United Kingdom and the United States": a sentence that only names the
# members of the group the sentence before spoke of
_MEMBERS_ARE = re.compile(
    r"\s*(?:The|These|Those)\s+(?:\w+\s+)?(?:countries|States|states|nations)\s+(?:are|were|include)\s*:?\s+(?:the\s+)?$"
)


def listed_in_next_sentence(
    text: str, states: list[tuple[str, int, int]], start: int, end: int
) -> list[tuple[str, int, int]]:
    """The states the sentence ``text[start:end]`` lists for the group of the sentence before it: after a colon, or
    as "The four countries are A, B and C"."""
    listed = listed_after_colon(text, states, start, end)
    if listed:
        return listed
    after = [i for i, s in enumerate(states) if start <= s[1] < end]
    if after and _MEMBERS_ARE.fullmatch(text, start, states[after[0]][1]):
        return state_chain(text, states, after[0])
    return []


# Before a colon, a group of its own with its own standing: "three countries have not signed the CTBT - A, B and C -,
# and eight countries have yet to ratify it: D, E": the list after the colon is the second group's
_OWN_GROUP_BEFORE_COLON = re.compile(
    r"\band\s+(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w-]+\s+)?"
    r"(?:States|countries|nations)\s+(?:have|has|had|are|were|still|remain)\b",
    re.I,
)


def listed_after_colon(
    text: str, states: list[tuple[str, int, int]], start: int, end: int
) -> list[tuple[str, int, int]]:
    """The states listed right after the first colon in ``text[start:end]`` (joined by commas and 'and'); empty if
    none."""
    colon = text.find(":", start, end)
    if colon < 0 or _OWN_GROUP_BEFORE_COLON.search(text, start, colon):
        return []
    after = [i for i, s in enumerate(states) if colon < s[1] < end]
    if not after or not _COLON_LEAD.match(text[colon + 1 : states[after[0]][1]]):
        return []
    return state_chain(text, states, after[0])


# A state's rank among those who did it: "the 50th country to ratify", "the 165th ratifying state", "the first
# nation to sign" (a fact, not an aim; "the next country to ratify" is not one).
# ("The United Kingdom was among the first to ratify": a rank with no noun, see _ORDINAL_LEAD)
_FIRST_TO = re.compile(r"\b(?:among|one\s+of)\s+the\s+(?:very\s+)?(?:first|earliest)\s+(?:ones?\s+)?to\s+$", re.I)
_ORDINAL_LEAD = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|[a-z]+-?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tieth|teenth|dredth)|latest|last)"
    r"\s+(?:(?:[\w-]+\s+){0,4}?(?:States?|countr(?:y|ies)|nations?|signator(?:y|ies)|part(?:y|ies))"
    # ("one of the first States in the world to sign it")
    r"(?:\s+in\s+the\s+(?:world|region))?"
    # ("France, the first State, with the United Kingdom, to ratify": a partner set off by commas)
    r"(?:\s*,\s*(?:(?:along|together)\s+with|alongside|with)\s+[^,;.]{1,40},)?\s+to\s+"
    # "the first ... to deposit its instruments of ratification"
    r"(?:deposit\s+(?:its|their)\s+instruments?\s+of\s+)?)?"
    # ("one of the first three countries to sign and ratify the Treaty": both steps)
    r"(?:(?<=\sto\s)sign\s+and\s+)?$"
    # "the State number 50 to ratify" (Spanish "el estado número 50 en ratificar")
    r"|\b(?:States?|countr(?:y|ies)|nations?)\s+(?:number|No\.)\s+\d{1,3}\s+to\s+$"
    # "the 185th State to sign the CTBT and the 169th to ratify it": the noun said once for both ranks
    r"|\b(?:States?|countr(?:y|ies)|nations?)\s+to\s+(?:sign|ratify|accede)\b[^.;]{0,100}?\band\s+the\s+"
    r"(?:\d+(?:st|nd|rd|th|º|°)?|second|third|fourth|fifth)\s+to\s+$",
    re.I,
)


def _both_sides(targets: list[Mentioned], lead: str, on: dt.date) -> list[str | None]:
    """The two parties of the bilateral instruments a passive denial with no state speaks of ("the Threshold Test Ban
    Treaty of 1974 and the Peaceful Nuclear Explosions Treaty of 1976, neither of which has been ratified"): each
    side that had signed by ``on``; empty unless every instrument is bilateral between the same two."""
    if not re.search(r"\b(?:has|have|had)\s+(?:not\s+|never\s+)?(?:yet\s+)?been\s+(?:\w+ly\s+)?$", lead):
        return []
    return bilateral_sides(targets, on)


# "signed by the parties on April 8, 2010", "both sides have ratified": the two sides of a bilateral instrument
_BY_THE_PARTIES = re.compile(r"\s+by\s+(?:both\s+|the\s+two\s+|the\s+)(?:parties|sides)\b", re.I)
_THE_PARTIES_BEFORE = re.compile(
    # ("In 2019, the two countries withdrew from the INF treaty": the two sides of a bilateral treaty)
    r"\b(?:both|the\s+two)\s+(?:parties|sides|countries|nations|powers)\s+(?:have\s+|had\s+)?(?:\w+ly\s+)?$"
    r"|\bthe\s+parties\s+(?:have|had)\s+(?:\w+ly\s+)?$",
    re.I,
)


def bilateral_sides(targets: list[Mentioned], on: dt.date, *, acting: bool = False) -> list[str | None]:
    """The two states that had signed, by ``on``, the bilateral instruments ``targets`` name; empty unless every
    instrument is bilateral between the same two. ``acting``: the sides as they act on ``on`` (a withdrawal of 2019),
    a state that had ceased to exist by then standing as the state that continues it (the Soviet Union as Russia)."""
    reg = registry()
    sides: set[tuple[str, ...]] = set()
    for target in targets:
        instrument = reg.instruments.get(target.id) if target.id else None
        if instrument is None or instrument.scope != "bilateral":
            return []
        signers = tuple(
            sorted(p.party for p in instrument.parties if _party_event(instrument, p.party, {"signed"}, on))
        )
        if len(signers) != 2:
            return []
        sides.add(signers)
    if len(sides) != 1:
        return []
    found: list[str | None] = list(sides.pop())
    if acting:
        found = [HISTORICAL[c].continued_by if c in HISTORICAL and HISTORICAL[c].ended <= on else c for c in found]
    return found


# A whole group as the subject ("All the 44 Annex II countries have ratified except China, ...") and what leads from
# the cue to the states excepted from it.
_WHOLE_GROUP = re.compile(r"\b(?:all|every|each)\b[^.;:]{0,60}$", re.I)
_EXCEPT = re.compile(
    r"\b(?:except(?:\s+for)?|with\s+the\s+exception\s+of|other\s+than|apart\s+from|save\s+for)\s+(?:the\s+)?", re.I
)
_BRACKET_EXCEPT = re.compile(
    r"\(\s*(?:except(?:\s+for)?|excepting|with\s+the\s+exception\s+of|apart\s+from|save\s+for|but\s+not)\s+(?:the\s+)?",
    re.I,
)
_ALL_BUT = re.compile(r"\ball\s+(?:[\w-]+\s+){0,4}?(?:but|except(?:\s+for)?|save)\s+(?:the\s+)?", re.I)


_BY_COUNT_THEN_EXCEPT = re.compile(
    r"\s+by\s+(?:all\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b(?:\s+(?:[\w-]+\s+){0,2}?(?:States|"
    r"countries|nations|powers))?\s+(?:with\s+the\s+exception\s+of|except(?:\s+for)?|but)\b",
    re.I,
)


def excepted(
    text: str, states: list[tuple[str, int, int]], a: int, cs: int, ce: int, clause_end: int
) -> list[tuple[str, int, int]]:
    """The states a whole group's act excepts: "all the 44 Annex II countries have ratified except China, DPRK and
    Egypt", "all States but India and Pakistan have signed"; empty if the cue speaks of no such exception.

    The group itself is no claim (its members are not named); each excepted state is the opposite claim.
    """
    clause_start = _clause_start(text, a, cs)
    before = _ALL_BUT.search(text, clause_start, cs)
    if before is not None:
        after = [i for i, s in enumerate(states) if before.end() <= s[1] < cs]
        if after and not text[before.end() : states[after[0]][1]].strip():
            return [s for s in state_chain(text, states, after[0]) if s[2] <= cs]
    # "Almost 180 nations have signed it, 41 of the 44 named (except North Korea, India and Pakistan)": a bracket that
    # excepts states from the clause's act
    bracket = _BRACKET_EXCEPT.search(text, ce, clause_end)
    if bracket is not None and not _ACT_WORD.search(text, ce, bracket.start()):
        after = [i for i, s in enumerate(states) if s[1] == bracket.end()]
        if after:
            return state_chain(text, states, after[0])
    # ("ratified by four with the exception of the United States": a counted agent, the rest of its group excepted)
    if not _WHOLE_GROUP.search(text[clause_start:cs]) and not _BY_COUNT_THEN_EXCEPT.match(text, ce, clause_end):
        return []
    m = _EXCEPT.search(text, ce, clause_end)
    if m is None or re.search(r"[,;:()]", text[ce : m.start()].rstrip(", ")):
        return []
    after = [i for i, s in enumerate(states) if m.end() <= s[1] < clause_end]
    if not after or text[m.end() : states[after[0]][1]].strip():
        return []
    return state_chain(text, states, after[0])


def _clause_end(text: str, states: list[tuple[str, int, int]], ce: int, b: int) -> int:
    """Where the clause of the cue ending at ``ce`` ends: at the first semicolon after it in its sentence that does
    not separate the items of a list of states ("by the following nations: Viet Nam; Thailand; and Myanmar")."""
    starts = {s[1] for s in states}
    for i in range(ce, b):
        if text[i] == ";":
            item = re.match(r";\s*(?:and\s+)?(?:the\s+)?", text[i:b])
            if not (item and i + item.end() in starts and any(ce < s[2] <= i for s in states)):
                return i
    return b


def _clause_start(text: str, a: int, cs: int) -> int:
    """Where the clause of the cue at ``cs`` starts: after the last semicolon, colon or dash before it in its
    sentence."""
    cut = max(text.rfind(ch, a, cs) for ch in ";:")
    return cut + 1 if cut >= a else a


# One item of a list that is no state the data names, between two that are ("A, B, Unknown Land, C")
_UNKNOWN_ITEM = re.compile(
    r"\s*,\s*(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?:(?-i:[A-Z])[\w'’.-]*|of|the|and)){0,5}\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
)


_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_COUNTED = (
    r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w-]+\s+){0,2}?"
    r"(?:countries|States|states|nations|republics|signatories|parties|Parties)\b"
)
# "ratified by all five countries", "signed by the three States": a counted group after "by"
# (only a group said whole, "all five", "each of the five", "these five": "the five Central Asian countries" after a
# list may name a group other than the list's states, their foreign ministers, say)
_COUNTED_BY = re.compile(rf"\s+by\s+(?:all\s+(?:the\s+)?|these\s+|those\s+|each\s+of\s+the\s+){_COUNTED}", re.I)
# "All five countries have ratified", "These three States signed": a counted group as the subject
_COUNTED_SUBJECT = re.compile(
    rf"\b(?:all\s+(?:the\s+)?|these\s+|those\s+){_COUNTED}\s+(?:have\s+|had\s+|has\s+)?(?:\w+ly\s+)?$", re.I
)


def numbered_group(
    text: str,
    states: list[tuple[str, int, int]],
    a: int,
    cs: int,
    ce: int,
    clause_end: int,
    previous_lists: tuple[tuple[str, ...], ...],
) -> list[str | None]:
    """The states a counted group names back ("after ratification by all five countries", "All five countries have
    ratified"): the nearest list before it of exactly that many states, in its sentence or the ones before; none
    where no list of that size was named (the group is then not told)."""
    counted = _COUNTED_BY.match(text, ce, clause_end) or _COUNTED_SUBJECT.search(text, max(a, cs - 60), cs)
    if counted is None:
        return _counted_then_listed(text, states, a, cs, ce)
    word = counted.group("n").lower()
    n = _COUNT_WORDS.get(word) or int(word)
    lists = [*previous_lists, *state_lists(text, [x for x in states if x[2] <= counted.start()])]
    sized = [lst for lst in lists if len(dict.fromkeys(lst)) == n]
    return list(dict.fromkeys(sized[-1])) if sized else []


# "three States also deposited their instruments of ratification of the agreement, Guyana, Thailand and the Holy See": a
# counted subject, its members listed after the act
_COUNTED_THEN_LISTED = re.compile(
    rf"\b{_COUNTED}\s+(?:(?:also|have|has|had|then|\w+ly)\s+){{0,2}}(?:deposited\s+(?:their|its)\s+(?:respective\s+)?"
    r"instruments?\s+of\s+)?$",
    re.I,
)


def _counted_then_listed(text: str, states: list[tuple[str, int, int]], a: int, cs: int, ce: int) -> list[str | None]:
    """The states a counted subject lists after its act, set off by a comma, a colon or a dash ("three States ...
    deposited their instruments of ratification of the agreement, A, B and C"): exactly that many, else none."""
    counted = _COUNTED_THEN_LISTED.search(text, max(a, cs - 60), cs)
    if counted is None:
        return []
    word = counted.group("n").lower()
    n = _COUNT_WORDS.get(word) or int(word)
    end = next((i for i in range(ce, min(len(text), ce + 300)) if text[i] in ".;\n"), min(len(text), ce + 300))
    for listed in state_lists(text, [x for x in states if ce <= x[1] < end]):
        first = next(x for x in states if x[0] == listed[0] and ce <= x[1] < end)
        if len(dict.fromkeys(listed)) == n and re.search(r"[,:–—-]\s*(?:namely\s+)?(?:the\s+)?$", text[ce : first[1]]):
            return list(dict.fromkeys(listed))
    return []


# A group's name right before the list of its members, set off by a bracket, a colon, a dash or "namely"
_GROUP_NAMED_BEFORE = re.compile(
    r"(?P<name>(?:[\w-]+\s+){0,3}?(?:States|countries|powers|nations|members|Republics))\s*"
    r"(?:\(|:|,\s*namely\s*,?|[—–]|\s-)\s*(?:the\s+)?$"
)
# A group named as a clause's subject, right before its verb: "The NWS has not yet acceded", "the nuclear powers have"
_GROUP_SUBJECT_NAME = re.compile(
    r"(?:^|[.;:]\s*|\b)(?:[Tt]he|[Tt]hese|[Tt]hose|[Aa]ll)\s+(?:(?:[\w-]+)\s+){0,3}?(?P<name>[A-Z]{2,6}s?|[\w-]+\s+"
    r"(?:States|countries|powers|nations|members|Republics))\s+(?:have|has|had|are|is|were|was)?\s*"
    r"(?:(?:not|never|yet|already|still|also|all|both|[\w-]+ly)\s+)*$"
)


def defined_groups(text: str, states: list[tuple[str, int, int]]) -> tuple[tuple[str, int, tuple[str, ...]], ...]:
    """The groups a text defines by their members: each list of two or more states (``states`` in text order) that
    a group's name right before it introduces ("the five Nuclear-Weapon States (China, France, ...)", "the ASEAN
    member States: Brunei, ..."), as (its name, where the list starts, its members)."""
    out = []
    for chain in state_chains(text, states):
        if len(chain) >= 2:
            named = _GROUP_NAMED_BEFORE.search(text, max(0, chain[0][1] - 80), chain[0][1])
            if named is not None:
                out.append((named.group("name"), chain[0][1], tuple(dict.fromkeys(x[0] for x in chain))))
    return tuple(out)


def _initials(name: str) -> str:
    """The capitals an acronym of ``name`` is made of ("Nuclear-Weapon States": "NWS")."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())


def named_group(text: str, a: int, cs: int, groups: tuple[tuple[str, int, tuple[str, ...]], ...]) -> list[str | None]:
    """The members of a group the statement defined before ``cs``, named again as the clause's subject by its name
    or its acronym ("the five Nuclear-Weapon States (China, ...)" ... "The NWS has not yet acceded"); none where no
    such group was defined."""
    subject = _GROUP_SUBJECT_NAME.search(text, max(a, cs - 60), cs)
    if subject is None:
        return []
    said = subject.group("name")
    acronym = said.rstrip("s") if said.rstrip("s").isupper() else None
    for name, start, members in reversed(groups):
        if start >= cs:
            continue
        last = " ".join(name.lower().split()[-2:])
        if (acronym and _initials(name) == acronym) or (not acronym and said.lower().endswith(last)):
            return list(members)
    return []


def state_lists(text: str, states: list[tuple[str, int, int]]) -> list[tuple[str, ...]]:
    """The lists of two or more states joined by commas and 'and' among ``states`` (in text order), in order."""
    return [tuple(x[0] for x in chain) for chain in state_chains(text, states) if len(chain) >= 2]


def state_chains(text: str, states: list[tuple[str, int, int]]) -> Iterator[list[tuple[str, int, int]]]:
    """``states`` (in text order) cut into their chains (:func:`state_chain`), in order; a state alone is a chain of
    one."""
    i = 0
    while i < len(states):
        chain = state_chain(text, states, i)
        yield chain
        i += len(chain)


# A state's leader's or envoy's office (the leaders' offices of the lexicon, and a state's envoys)
_OFFICE = (
    rf"(?:{LEADER_OFFICES}|leader|Foreign\s+Minister|Secretary\s+of\s+State|Ambassador"
    r"|Minister\s+of\s+Foreign\s+Affairs)"
)
# Between two states, the first's office and its holder's name: "US President Barack Obama and Russian ..."
_OFFICE_HOLDER_JOIN = re.compile(
    rf"\s+{_OFFICE}\s+(?:[A-Z][\w.'’-]*\.?\s+){{1,4}}(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?"
)
_OFFICE_AFTER = re.compile(rf"\s+{_OFFICE}\s+[A-Z]")
_OFFICE_AT_END = re.compile(rf"\b{_OFFICE}$")
# Between a leader's office (its state's span) and the next state's, the holder's name
_HOLDER_JOIN = re.compile(r"\s+(?:[A-Z][\w.'’-]*\.?\s+){1,4}(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")


def leaders_joined(text: str, first: tuple[str, int, int], then: tuple[str, int, int]) -> bool:
    """Whether two states are joined through their leaders: "US President Barack Obama and Russian President Dmitry
    Medvedev", the office inside the state's span (a leader read as the state) or after it."""
    if _OFFICE_AT_END.search(text, first[1], first[2]):
        gap_ok = _HOLDER_JOIN.fullmatch(text, first[2], then[1])
    else:
        gap_ok = _OFFICE_HOLDER_JOIN.fullmatch(text, first[2], then[1])
    return bool(gap_ok) and bool(_OFFICE_AT_END.search(text, then[1], then[2]) or _OFFICE_AFTER.match(text, then[2]))


def state_chain(text: str, states: list[tuple[str, int, int]], first: int) -> list[tuple[str, int, int]]:
    """States joined by commas and 'and' from ``states[first]`` on."""
    chain = [states[first]]
    for state in states[first + 1 :]:
        if _abbreviated(text, chain[-1], state):
            # "the Democratic People's Republic of Korea (DPRK), Papua New Guinea": one item, its abbreviation after it
            chain[-1] = (chain[-1][0], chain[-1][1], state[2] + 1)
        elif _JOINED.match(text[chain[-1][2] : state[1]]):
            chain.append(state)
        elif leaders_joined(text, chain[-1], state):
            # "signed by US President Barack Obama and Russian President Dmitry Medvedev": each state by its leader
            chain.append(state)
        elif len(chain) >= 2 and _UNKNOWN_ITEM.fullmatch(text[chain[-1][2] : state[1]]):
            # "..., Central African Republic, Federal Republic of Yugoslavia, Gambia, ...": a list goes on past an
            # item the data does not name as a state
            chain.append(state)
        else:
            break
    return chain


def _abbreviated(text: str, item: tuple[str, int, int], state: tuple[str, int, int]) -> bool:
    """Whether ``state`` is ``item``'s own name again in parentheses right after it ("Korea (DPRK)")."""
    return (
        state[0] == item[0]
        and bool(re.fullmatch(r"\s*\(", text[item[2] : state[1]]))
        and text[state[2] : state[2] + 1] == ")"
    )


def cue_claims(
    text: str,
    sentence: tuple[int, int],
    instruments: list[Mentioned],
    states: list[tuple[str, int, int]],
    dates: list,  # FoundDate
    on: dt.date,
    context: Context | None = None,
) -> list[Claim]:
    """The cue-based claims of one sentence: facts only, judged on ``on`` (see the module docstring)."""
    context = context or Context()
    a, b = sentence
    body = text[a:b]
    if body.rstrip().endswith("?"):
        return []  # "When did the NPT enter into force?": a question asks, it claims nothing
    claims: list[Claim] = []
    used: set[tuple[str | None, str | None, str]] = set()
    # ("whose ratification (A, B) or signature (C) is still outstanding": the steps not taken, _whose_step_outstanding)
    taken_spans: list[tuple[int, int]] = [m.span() for m in _WHOSE_STEPS_OUTSTANDING.finditer(text, a, b)]
    for kind, pattern in CUES:
        for m in pattern.finditer(body):
            cs, ce = a + m.start(), a + m.end()
            if any(not (ce <= x or cs >= y) for x, y in taken_spans):
                continue
            if kind == "not_ratified" and _REJECTION.match(m.group(0)) and not LEGISLATURE_NAMED.search(body):
                # a rejection is a refusal to ratify only where a legislature rejects ("the Senate voted to reject")
                continue
            taken_spans.append((cs, ce))
            clause_start = _clause_start(text, a, cs)
            lead = text[max(clause_start, cs - 60) : cs]
            cue = m.group(0)
            ordinal = _ORDINAL_LEAD.search(text[max(clause_start, cs - 120) : cs]) or _FIRST_TO.search(
                text, max(clause_start, cs - 40), cs
            )
            # "Pakistan will not sign the CTBT until ...": a refusal of what is to come, and its standing on the day
            refused_standing = kind == "not_signed" and _WILL_NOT.search(text, max(a, cs - 30), min(b, ce + 40))
            if (
                kind in (_PARTY_EVENTS - {"ratification_revoked"}) | {"extended", "bound"}
                and (_wished_lead(lead) or _COMMITTED_TO_ACT.search(text, clause_start, cs))
                # ("France was the first nuclear-weapon state, along with the United Kingdom, to deposit": the
                # ordinal may sit further back than the lead when a partner is set off by commas)
                and not ordinal
                and not _DECIDED.search(lead)
                # ("agreed to extend New START until February 2026": the extension agreed is the extension made)
                and not (kind == "extended" and re.search(r"\bagreed\s+to\s+$", lead))
                and not _WAS_ABLE.search(lead)
                and not _PERFORMATIVE.search(lead)
                and not _decided_that(text, clause_start, cs)
                and not refused_standing
                # "calls on the States that have not yet ratified the Treaty, notably A and B": the relative clause
                # states a fact of the states it lists
                and not (_RELATIVE_FACT.search(lead) and _LIST_AFTER.search(text, ce, min(len(text), ce + 200)))
            ):
                if not (kind == "withdrew" and _NOTICE.search(text[max(a, cs - 120) : cs])):
                    continue  # a wish, a demand, an offer or a condition: not a claim of fact
            if (
                kind == "signed"
                and _RATIFYING_OBJECT_BEFORE.search(text, a, cs)
                and not re.match(r"[^.;]{0,80}?\bby\b", text[ce:b])
            ):
                # "On 2 February the law On the ratification of the Treaty ... signed President Obama" (a Russian
                # text's object first): the law ratifying, read as the ratification, not a signature of the treaty
                continue
            if kind == "not_in_force" and _TERM_OF_ANOTHER.search(text, max(a, cs - 60), ce + 6):
                continue  # "a similar document, the term of which expired": another instrument, not named
            if (
                kind == "in_force"
                and cue.lower().startswith("took")
                and _NOT_TREATY_TOOK_EFFECT.search(text, clause_start, cs)
            ):
                continue  # "The law amending the law ratifying the CTBT took effect on November 2": the law's
            if kind == "in_force" and re.match(r"comes\b", cue, re.I) and _SUBORDINATE_BEFORE.search(lead):
                continue  # "ratify the treaty so that it comes into force": the present of a clause of purpose or time
            if kind in {"ratified", "signed"} and _NOMINAL_ACT.fullmatch(cue) and _REQUIRED_AFTER.match(text, ce, b):
                continue  # "ratification by Egypt, an Annex 2 State, is mandatory for the Treaty to enter into force"
            outstanding = (
                kind == "ratified"
                and _NOMINAL_ACT.fullmatch(cue)
                and (_OUTSTANDING_AFTER.match(text, ce, b) or _NEEDED_BEFORE.search(text, max(a, cs - 30), cs))
            )
            if kind in {"ratified", "signed"} and (
                _DEPENDS_ON.search(text, max(a, cs - 140), cs) or _MUST_BE.search(text, max(a, cs - 40), cs)
            ):
                # "its entry into force depends on its ratification by A, B", "must still be ratified by A": an act
                # needed, not done
                continue
            future = _FUTURE.search(text[max(a, cs - 80) : cs]) or _EFFECTIVE_LATER.match(text[ce : ce + 60])
            notice = _NOTICE.search(text[max(a, cs - 120) : cs])
            if kind == "withdrew" and future and notice:
                future = None  # "announced that it will withdraw": the notice itself is the fact
            if kind == "withdrew" and cue.lower().startswith("withdraw ") and not notice:
                continue  # "to withdraw from": an intention or a right, not an act
            if (
                future
                and ordinal
                and re.search(r"\b(?:became|has\s+become|was|is)\b", text[max(a, cs - 80) + future.end() : cs])
            ):
                future = None  # "will enter into force, as Honduras became the fiftieth State to ratify it": done
            if kind in _PARTY_EVENTS and future and not refused_standing:
                continue  # an announcement of what will happen is not a claim of what has
            if _NOMINAL.match(cue) and _TO_COME.search(text, max(a, cs - 20), cs):
                continue  # "In welcoming the forthcoming ratification by Indonesia": an act to come, not done
            if kind == "ratified" and _REFUSED_OBJECT.search(text, max(a, cs - 30), cs):
                continue  # "the American Congress rejected the ratification of the CTBT": refused, read as such
            if cue.lower() == "ratifications" and not re.match(r"\s+(?:of\s+[^.;]{0,80}?\s+)?by\s", text[ce:b]):
                continue  # "these two additional ratifications": counted, not said of a state ("ratifications by A")
            if (
                kind in _PARTY_EVENTS
                and not notice
                and re.match(r"\w+ing\b", cue)
                and _UNDER_WAY.search(text[max(a, cs - 60) : cs])
                # ("The treaty we are signing today": the ceremony the speaker performs as he speaks)
                and not (kind == "signed" and _SIGNING_TODAY.match(text, ce, b))
            ):
                # "We are revoking the ratification", "it is withdrawing": an act under way, not done ("I have given
                # notice that the United States is withdrawing": the notice is the act)
                continue
            if kind in {"ratification_revoked", "withdrew", "suspended"} and _LAW_STEP.search(
                text[max(a, cs - 60) : cs]
            ):
                continue  # "the Duma's decision to pass a law revoking": a legislature's step, not the act
            if _NOMINAL.match(cue) and _WISHED_AFTER.match(
                text[ce : next((a + i for i in range(m.end(), len(body)) if body[i] in ";"), b)]
            ):
                continue  # "the ratification of X by Y would be welcome": a hope, not a fact
            prospect = _PROSPECT_BEFORE.search(text[max(a, cs - 120) : cs])
            if prospect and kind in {"suspended", "withdrew"} and _TOPIC_OF_DONE.match(prospect.group(0)):
                prospect = None  # "concerns regarding President Trump's suspension of": an owner's act, done
            if (_NOMINAL.match(cue) or re.fullmatch(r"[a-z]+ing", cue)) and (
                prospect or _CALLS_FOR_AND.search(text[max(a, cs - 200) : cs])
            ):
                continue  # "a process for P5 signature of the Protocol": an act ahead, not a fact
            if _NOMINAL.match(cue) and _UNDER_WAY_AFTER.match(text, ce):
                continue  # "accelerating its own domestic ratification proceedings": under way, not done
            of_named = _OF_NAMED.match(text, ce) if _NOMINAL.match(cue) else None
            if of_named and not any(
                i.id is not None and ce <= i.start <= b and _read_length(text, of_named.end(), i.start) <= 80
                for i in instruments
            ):
                continue  # "the signing of the US-Russia Joint Statement": of a text the registry does not hold
            # a subject that denies the act ("none of the five has signed", "None of the five – A, B – are
            # signatories", "neither A nor B has ratified"): where it starts, so that the quote shows the denial
            denials = [
                m.start() + o
                for m, o in (
                    (_NONE_SUBJECT.search(text[max(clause_start, cs - 240) : cs]), max(clause_start, cs - 240)),
                    (_NEITHER_SUBJECT.search(text[max(clause_start, cs - 160) : cs]), max(clause_start, cs - 160)),
                    (
                        NONE_OF.search(text, max(clause_start, cs - 160), cs)
                        if re.match(r"(?:are|is|were|was)\b", cue, re.I)
                        else None,
                        0,
                    ),
                )
                if m is not None
            ]
            denial_at = min(denials) if denials else None
            negated = (
                bool(outstanding)
                or bool(_NEGATED_VERB.search(text[max(clause_start, cs - 60) : cs]))
                or denial_at is not None
                # "The Government approved today the ratification of the accession of Timor-Leste to the TPNW": a
                # cabinet's approval sends the act to the legislature; not yet done
                or (kind == "ratified" and bool(_EXECUTIVE_APPROVED.search(text, max(clause_start, cs - 120), cs)))
            )
            if negated and kind == "signed":
                kind_here = "not_signed"
            elif negated and kind == "ratified":
                kind_here = "not_ratified"
            elif negated and kind in {"in_force", "extended", "suspended", "withdrew", "bound", "ratification_revoked"}:
                continue  # "has not withdrawn": no event to judge, and its opposite is no claim of the text
            else:
                kind_here = kind
            if (
                kind == "ratified"
                and re.search(r"\bapproved$", cue)
                and not re.match(r"(?:was|were)\b", cue, re.I)
                and not _LEGISLATURE_BEFORE.search(text, max(a, cs - 40), cs)
            ):
                continue  # "approved the Treaty" ratifies only where a legislature approved it
            if kind == "not_in_force" and _PERIOD_SUBJECT.search(text, clause_start, cs):
                # "North Korea's three month waiting period to withdraw from the NPT expired": the period's end
                continue
            if kind_here == "ratified" and _EXTENSION_OBJECT.match(text, ce, b):
                # "The Federation Council ratified the Agreement on the extension of New START": the extension, not a
                # ratification of the treaty it extends
                kind_here = "extended"
            if kind_here == "not_signed" and _OR_NOT_RATIFIED.match(text, ce):
                continue  # "did not sign it or did not ratify it": each state one or the other; only the ratification
            if (
                kind_here == "not_signed"
                and re.search(r"\b(?:nor|or|and)\s+(?:yet\s+)?ratif", cue + text[ce : ce + 20], re.I)
                and _CALL.search(text[max(a, cs - 120) : cs])
            ):
                # "I call on all States that have not signed nor ratified the Treaty, especially the eight needed for
                # its entry into force: A, B, ...": a call's loose wording; of the listed, only the ratification
                continue
            clause_end = _clause_end(text, states, ce, b)
            exceptions = excepted(text, states, a, cs, ce, clause_end) if kind_here in {"ratified", "signed"} else []
            if exceptions:
                kind_here = "not_ratified" if kind_here == "ratified" else "not_signed"
            described = cue.lower() in {"signed", "ratified"} and any(
                # ("... on the Reduction and Limitation of Strategic offensive Arms Signed in Moscow": a title's own
                # participle, capitalised, needs no comma)
                a <= i.end <= cs
                and re.fullmatch(
                    r"\s*(?:\([^()]{0,80}\)\s*)?,\s*" if cue != "Signed" else r"\s*,?\s*", text[i.end : cs]
                )
                for i in instruments
            )
            context = replace(context, described_at=cs if described else None)
            if (
                kind == "in_force"
                and re.match(r"(?:following|after)\b", cue, re.I)
                and re.search(r"\b(?:months?|years?|days?|weeks?|period|time)\s+$", text[max(a, cs - 20) : cs], re.I)
            ):
                # "within 18 months after the entry into force": a term counted from it, not the fact ("fifty years
                # since its entry into force" tells the fact)
                continue
            if kind == "bound" and cue.endswith("under") and not _FULFILLED.search(text, max(a, cs - 80), cs):
                continue  # "calls on the DPRK to comply with its obligations under the NPT": asked, not told
            with_entry = kind == "in_force" and cue.lstrip(" \"“‘'").lower().startswith("with")
            if with_entry and _WITH_ENTRY_AHEAD.search(body):
                continue  # "With the entry into force of the CTBT, the world will be safer": a prospect
            for_state = _FOR_STATE.match(text, ce) if kind == "in_force" else None
            if for_state and any(s[1] == for_state.end() for s in states):
                continue  # "entered into force in the UK": in force for one party, not the entry into force
            if kind == "extended" and cue.lower() == "extending" and any(0 <= cs - i.end <= 2 for i in instruments):
                # "a Protocol to the Treaty extending the period": what an instrument does, not an extension made
                continue
            targets = _targets(text, kind, cue, instruments, a, cs, ce, clause_end)
            if kind == "not_in_force" and _END_NOUN.match(cue) and not any(_ended_by(t.id, on) for t in targets):
                continue  # "ahead of the expiration of the Treaty": the end to come, no claim of fact
            if (
                kind == "extended"
                and targets
                and all(t.start >= ce for t in targets)
                and not re.fullmatch(
                    # ("extension of and near universal adherence to the NPT": a shared object)
                    r"\s*(?:\w+ly\s+)?(?:of\s+)?(?:and\s+[^.;,]{0,40}?\s+(?:to|of)\s+)?(?:(?:the|its|their)\s+)?(?:\d{4}\s+)?",
                    text[ce : targets[0].start],
                )
            ):
                # "It extends significantly the earlier steps ... that began with the 1963 treaty": not its object
                continue
            if (
                cue.lower().startswith("join")
                and targets
                and targets[0].start >= ce
                and not re.fullmatch(r"\s+(?:the\s+)?(?:\d{4}\s+)?", text[ce : targets[0].start])
            ):
                continue  # "which joined the Pacific Islands Forum after the establishment of the Treaty": not joined
            if kind == "signed" and _APPOSITIVE.search(text[max(a, cs - 60) : cs]):
                # "The second set of agreements, signed by ..., preserve the viability of the ABM Treaty": the
                # agreements
                # signed are those of the statement's day that belong to an instrument the sentence names, else none
                named = {i.id for i in instruments if a <= i.start < b and i.id is not None}
                targets = [Mentioned(c, text[cs:ce], cs, ce) for c in children_signed_on(named, on)]
            if (
                not targets
                and context.previous_instrument is not None
                and kind in {"in_force", "not_in_force", "extended"}
                and re.search(
                    r"\b(?:[Ii]ts|the\s+(?:Treaty|treaty|Agreement|agreement)['’]s)\s+$", text[max(a, cs - 20) : cs]
                )
            ):
                targets = [
                    context.previous_instrument
                ]  # "despite the Treaty's non-entry into force": the passage's instrument
            if (
                not targets
                and context.previous_instrument is not None
                and kind in {"in_force", "extended"}
                and not any(a <= i.start < b for i in instruments)
                and (
                    not text[a:cs].strip(" \t\n\"'“‘-–—")
                    or re.search(r"\band\s+(?:was|has\s+been|had\s+been)\s+$", text[a:cs])
                    # "It is the only US-Russian treaty still in force": the sentence's subject is the passage's
                    or re.search(
                        r"(?:^|[.;:\n]\s*)(?:It|it|This)\s+(?:is|was|remains)\s+(?:the\s+|an?\s+)?$", text[a:cs]
                    )
                )
            ):
                # "Entered into force in 1970 and was extended indefinitely in 1995." (a sentence with no subject, as
                # Spanish writes it): the passage's instrument
                targets = [context.previous_instrument]
            if (
                not targets
                and context.previous_instrument is not None
                and kind in {"in_force", "not_in_force", "extended"}
                and re.search(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+document\s+(?:has\s+|had\s+|was\s+|is\s+)?$", text[a:cs])
            ):
                targets = [context.previous_instrument]  # "the document never entered into force": the treaty
            if (
                not targets
                and context.previous_instrument is not None
                and (re.search(r"non-?signatory", cue, re.I) or cue.lower() == "acceded")
            ):
                # "The two non-signatory States were ...", "Azerbaijan acceded on ...": of the passage's instrument
                targets = [context.previous_instrument]
            if (
                not targets
                and len(context.previous_instruments) > 1
                and re.match(
                    r"\s+(?:on\s+|to\s+|of\s+)?(?:these|those|the|both)\s+(?:two\s+|three\s+)?(?:treaties|agreements)\b",
                    text[ce:clause_end],
                )
            ):
                targets = list(context.previous_instruments)  # "has not acted on the treaties": those named before
            if not targets and context.previous_instrument is not None:
                if (
                    _IT_OBJECT.match(text[ce:clause_end])
                    or _IT_PASSIVE.search(text[max(a, cs - 40) : cs])
                    or (kind_here == "signed" and re.search(r"signatory$", cue, re.I) is not None)
                    # "Was signed by Paraguay on 20 September 2017" (Spanish "Fue suscrito por"): a passive with no
                    # subject, the passage's instrument
                    or re.fullmatch(r"\s*(?:Was|Has\s+been|Had\s+been)\s+(?:\w+ly\s+)?", text[a:cs])
                    # "The State Duma adopted the law on the ratification on 25 January": of the passage's instrument
                    or (
                        kind_here == "ratified"
                        and re.search(
                            r"\b(?:adopted|passed|approved)\s+(?:the\s+|a\s+)?(?:federal\s+)?law\s+on\s+(?:the\s+)?$",
                            text[a:cs],
                            re.I,
                        )
                    )
                    or _IT_SECOND_VERB.match(text, a, cs)
                    or (ordinal and _NO_OBJECT.match(text[ce:clause_end]))
                    or (ordinal and re.match(r"\s+(?:State|country|nation)\b", text[ce:clause_end], re.I))
                    or (
                        kind_here in _PARTY_EVENTS | {"not_ratified"}
                        and _NO_OBJECT.match(text[ce:clause_end])
                        and _group_subject(text, a, cs)
                    )
                    # "Cuba and Dominica, that still need to ratify before ...": a step not taken, with no object of
                    # its own, is about the passage's instrument
                    or (kind_here in {"not_ratified", "not_signed"} and _NO_OBJECT.match(text[ce:clause_end]))
                    # "I look forward to the early ratifications of the other nuclear weapon states A, B and C": the
                    # passage's instrument, its states named after
                    or (
                        kind_here == "not_ratified"
                        and re.search(r"\blook\w*\s+forward\b", cue, re.I) is not None
                        and (listed_of := _OF_GROUP_LISTED.match(text, ce, clause_end)) is not None
                        and any(s[1] == listed_of.end() for s in states)
                    )
                    # "A, B and C have signed but not ratified": the signature of the step the clause then denies
                    # (not inside a bracket after part of a list, which reads.lists gives to that part)
                    or (
                        kind_here == "signed"
                        and _BUT_NOT_RATIFIED.match(text, ce, clause_end)
                        and text.count("(", a, cs) <= text.count(")", a, cs)
                    )
                    # "With the ratifications by Myanmar and Swaziland, the number of ratifying States will be 166":
                    # a nominal act by named states, of the passage's instrument
                    or (
                        (kind_here in {"ratified", "signed"} or bool(outstanding))
                        and _NOMINAL_ACT.fullmatch(cue)
                        and (
                            re.match(r"\s+by\s+(?:the\s+)?(?-i:[A-Z])", text[ce:clause_end])
                            # ("the ratification by other seven States ..., namely: A, B": those named after)
                            or (outstanding and _BY_OTHERS.match(text, ce, clause_end))
                            # ("after ratification by all five countries")
                            or _COUNTED_BY.match(text, ce, clause_end)
                        )
                    )
                    # "Maldives and Trinidad and Tobago both signed and ratified.": states' acts with no object, at the
                    # clause's end, of the passage's instrument
                    or (
                        kind_here in {"signed", "ratified"}
                        and _BARE_ACT_AFTER.match(text, ce, clause_end)
                        and any(s[2] <= cs and _SUBJECT_BEFORE_ACT.fullmatch(text, s[2], cs) for s in states)
                    )
                    # "the deposit of Ecuador's instrument of ratification on 25 September": a state's own act, named
                    # as a noun, of the passage's instrument
                    or (
                        kind_here in {"ratified", "signed"}
                        and _NOMINAL_ACT.fullmatch(cue)
                        and any(s[2] <= cs and _OWNER_OF_ACT.fullmatch(text, s[2], cs) for s in states)
                    )
                ):
                    # "signed it", "it has now been ratified", "the States that have yet to ratify are ...": the
                    # instrument the passage is about
                    targets = [
                        context.previous_instrument
                    ]  # "signed it", "it has now been ratified": the instrument last named
            targets = without_treaty_of_protocol(text, targets, a)
            party_codes: list[str | None]
            between = _signed_between(text, instruments, states, cs, ce, clause_end) if kind_here == "signed" else None
            if kind in {"in_force", "not_in_force", "extended"} or kind_here == "extended":
                party_codes = [None]
            elif between is not None:
                targets, party_codes = between
            elif exceptions:
                party_codes = list(dict.fromkeys(e[0] for e in exceptions))
            else:
                party_codes = _claim_parties(text, kind_here, cue, states, targets, a, cs, ce, clause_end, on, context)
                if not party_codes:
                    continue  # a standing with no state named is no claim the data can judge
            # "signed the Treaty when it opened for signature on 26 September 1996": a subordinate clause's day is
            # its own
            subordinate = _SUBORDINATE.search(text, ce, clause_end)
            # the first date after the cue is the act's: "signed ... in 2010, is set to expire on Feb. 5, 2026" states
            # a year, and the day after it is another verb's
            stated_date = next(
                (d for d in dates if cs <= d.start < (subordinate.start() if subordinate else clause_end)), None
            )
            if stated_date is not None and not (
                stated_date.precision == "day"
                and re.search(
                    r"\b(?:on|of|dated)\s+(?:the\s+)?$", text[max(cs, stated_date.start - 12) : stated_date.start]
                )
            ):
                stated_date = None
            pairs = _respectively(targets, party_codes, denied=kind_here in {"not_signed", "not_ratified"})
            for target in targets:
                if target.id is not None and target.id in context.anachronisms:
                    continue  # an instrument that did not exist on the statement's date judges nothing
                for said_party in party_codes:
                    if (target.id, said_party) not in pairs:
                        continue
                    party = _soviet_act(text, said_party, target.id, kind_here, clause_start, clause_end)
                    key = (target.id, party, kind_here)
                    if key in used:
                        continue
                    used.add(key)
                    start, end = min(cs, target.start), max(ce, target.end)
                    quote = text[start:end]
                    if target.start - ce > 40 or target.start < a:
                        quote = f"{text[cs:ce]} … {target.text}"
                    elif cs - target.end > 40:
                        quote = f"{target.text} … {text[cs:ce]}"
                    start, end = (cs, ce) if target.start < a else (start, end)
                    if denial_at is not None and start == cs and kind_here != kind:
                        # ("None of the five – A, B and C – are signatories to the TPNW": the denial is the claim's)
                        quote, start = text[denial_at:cs] + quote, denial_at
                    if target.id is None:
                        claims.append(
                            Claim(
                                text=quote,
                                start=start,
                                end=end,
                                party=party,
                                instrument=None,
                                kind=kind_here,  # type: ignore[arg-type]
                                verdict="not_in_data",
                                evidence=f"the data holds no instrument named '{target.text}'",
                            )
                        )
                        continue
                    instrument = registry().instruments[target.id]
                    legislature = bool(LEGISLATURE.search(text[max(a, cs - 120) : clause_end]))
                    verdict, evidence, src = judge(
                        kind_here,
                        instrument,
                        party,
                        on,
                        stated_date.date if stated_date else None,
                        legislature,
                        event=bool(_EIF_EVENT.search(cue)) and not re.match(r"(?:has|have)\s", cue, re.I),
                    )
                    claims.append(
                        Claim(
                            text=quote,
                            start=start,
                            end=end,
                            party=party,
                            instrument=target.id,
                            kind=kind_here,  # type: ignore[arg-type]
                            verdict=verdict,  # type: ignore[arg-type]  # checked against the Literal's values where it is built
                            evidence=evidence,
                            source=src,
                        )
                    )
    for rule in _SENTENCE_RULES:
        claims += rule(text, a, b, instruments, states, on, context, used)
    return claims


# "by Presidents Obama and Medvedev", "by leaders X and Y": two leaders named by a plural office, no state with either
_BY_TWO_PRESIDENTS = re.compile(
    # (names as a Russian text writes them: "by Presidents Дмитрий Медведев and Барак Обама")
    r"[^.;]{0,60}?\bby\s+(?:the\s+)?(?:Presidents|leaders)\s+(?:[A-ZА-ЯЁ][\w.-]+\s+){1,3}and\s+(?:[A-ZА-ЯЁ][\w.-]+)"
)
# Another leader and the speaker as one subject: "President Putin and I"
_LEADER_AND_I = re.compile(
    r"\b(?:President|Prime\s+Minister|Chancellor|General\s+Secretary)\s+(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w-]+\s+and\s+I\s+"
    r"(?:have\s+|had\s+|both\s+|jointly\s+)?$"
)
# A state said to belong to a group whose relative clause is the cue: "is one of the few states that have not"
_ONE_OF_GROUP = re.compile(
    r"\s+(?:is|was|are|were|remain|remains|remained|became)\s+(?:one\s+of|among)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:States|states|countries|nations)\s+(?:that|which|who)\s+(?:have|has|had)?\s*(?:not|never|yet\s+to|still)?"
    r"\s*(?:yet\s+)?$"
)
# A group named back by a demonstrative before a cue, with no count: "by these states", "those countries have"
_THESE_STATES = re.compile(r"\b(?:[Tt]hese|[Tt]hose)\s+(?:[\w-]+\s+)?(?:states|States|countries|nations)\b")


def _soviet_act(text: str, party: str | None, instrument_id: str | None, kind: str, a: int, b: int) -> str | None:
    """The Soviet Union for "Moscow" in an act the clause dates before 1992 ("Washington and Moscow signed
    the INF Treaty in December 1987"), where the data records that act of the Soviet Union; else ``party``."""
    if party != "RUS" or instrument_id is None or kind not in {"signed", "ratified"}:
        return party
    if re.search(r"\bRussia", text[a:b]):
        return party  # ("Having signed START in 1991, Russia ratified it": the state the text names, as it names it)
    years = [int(y) for y in re.findall(r"\b(19[4-8]\d|199[01])\b", text[a:b])]
    if not years or any(int(y) >= 1992 for y in re.findall(r"\b((?:19|20)\d\d)\b", text[a:b])):
        return party
    record = next((r for r in registry().instruments[instrument_id].parties if r.party == "SUN"), None)
    types = {"signed"} if kind == "signed" else {"ratified", "acceded"}
    if record is not None and any(e.type in types for e in record.events):
        return "SUN"
    return party


# "the (total) number of countries that ratified it to 52, including A and B": the count's named members
_NUMBER_OF_GROUP = re.compile(
    rf"\bnumber\s+of\s+(?:[\w-]+\s+){{0,3}}?{GROUP_NOUNS}(?:\s+and\s+\w+)?\s+(?:(?:that|which|who)\s+)?(?:(?:have|has|had)\s+)?"
    r"(?:\w+ly\s+)?$"
)
_TO_COUNT_INCLUDING = re.compile(
    r"(?:\s+(?:it|them|the\s+\w+))?\s+to\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\s*,\s*(?:including|among\s+them)\s+(?:the\s+)?"
)
# A group of states no name tells, as a relative clause's head right before its cue ("those which had signed")
_GROUP_RELATIVE = re.compile(
    rf"\b(?:those|(?:the|all|other)\s+(?:[\w-]+\s+)?{GROUP_NOUNS})\s+(?:which|that|who)\s+(?:had|have|has)\s+"
    r"(?:already\s+|also\s+)?$"
)


def _claim_parties(
    text: str,
    kind: str,
    cue: str,
    states: list[tuple[str, int, int]],
    targets: list[Mentioned],
    a: int,
    cs: int,
    ce: int,
    clause_end: int,
    on: dt.date,
    context: Context,
) -> list[str | None]:
    """The states a party claim of kind ``kind`` (as negated) is about: who the cue's clause says acted
    (:func:`_who`), else the two sides of a bilateral treaty, a counted group's list, a leader's other side, less
    whoever only welcomes the act, and those kept from it; with the partners the clause joins to them. Empty where no
    state is told."""
    signers = states
    if kind in {"signed", "not_signed"}:
        # a legislature consents and ratifies, it signs nothing ("for the advice and consent of the Senate
        # to ratification, the Treaty ..., both signed in Vienna")
        signers = [x for x in states if not LEGISLATURE_NAMED.search(text[x[1] : x[2]])]
    party_codes = _who(text, kind, cue, signers, a, cs, ce, clause_end, context)
    if not party_codes and kind in {"signed", "ratified", "not_signed", "not_ratified"}:
        party_codes = _agents_after_instrument(text, signers, targets, a, cs, ce, clause_end)
    group = _GROUP_RELATIVE.search(text, max(a, cs - 60), cs)
    if group and not any(group.start() <= x[1] < clause_end for x in states):
        # "a vote which included the countries which had ratified the Treaty and those which had signed it": a group
        # the relative clause defines, none of it named (not the main clause's subject)
        return []
    if (
        not party_codes
        and kind in {"signed", "ratified", "withdrew"}
        and (_LEADING_PHRASE_OWNER.search(text, a, cs) or _JOINED_OTHERS_IN.search(text, a, cs))
    ):
        # "20 years after announcing its withdrawal from the NPT, the DPRK continues": the subject after the phrase;
        # "the United States joined 61 other nations in signing the Treaty": the subject of "joined"
        joined = _JOINED_OTHERS_IN.search(text, a, cs)
        if joined:
            party_codes = [x[0] for x in states if a <= x[1] and x[2] <= joined.start()]
            party_codes = party_codes[-1:]
        else:
            party_codes = [*_main_subject(text, states, ce)]
    if kind in {"signed", "ratified"} and re.fullmatch(r"\s*(?:By|Through|After)\s+", text[a:cs]):
        # "By signing in 1992 together with Kazakhstan and Ukraine Lisbon Protocol ..., Belarus undertook": the
        # subject of the main clause the participle leads into signed too
        party_codes = list(dict.fromkeys([*party_codes, *_main_subject(text, states, ce)]))
    partner = next((x for x in states if x[1] >= ce and _WITH_STATE.fullmatch(text, ce, x[1])), None)
    if (
        partner is not None
        and kind in {"signed", "ratified"}
        and set(party_codes) <= {partner[0]}
        and re.search(r"(?-i:\bI|\b[Ww]e)\s+$", text[max(a, cs - 6) : cs])
    ):
        # "the Moscow Treaty I signed with Russia", the speaker unnamed: the other side of the bilateral treaty
        sides = bilateral_sides(targets, on)
        if partner[0] in sides:
            party_codes = [side for side in sides if side != partner[0]]
    pair = _pair_before(text, states, ce, targets)
    if pair and kind in {"signed", "ratified"}:
        # "welcomes the signing of the Russia-US new Strategic Arms Reduction Treaty": the two states the
        # treaty's name is prefixed with signed it, not the one who welcomes
        party_codes = list[str | None](pair)
    if not party_codes and kind == "not_ratified":
        party_codes = _both_sides(targets, text[max(a, cs - 40) : cs], on)
    if (
        not party_codes
        and kind in {"signed", "ratified", "withdrew", "suspended"}
        and (_BY_THE_PARTIES.match(text, ce) or _THE_PARTIES_BEFORE.search(text[max(a, cs - 40) : cs]))
    ):
        party_codes = bilateral_sides(targets, on, acting=kind in {"withdrew", "suspended"})
    welcomes = _WELCOMES.search(text, max(a, cs - 40), cs) if _NOMINAL_ACT.fullmatch(cue) else None
    if welcomes:
        # "The Russian Federation welcomes the ratification of the CTBT": the one who welcomes is not the
        # one who ratified, who is named between ("Brunei's ratification"), after "by", or not at all
        # ("the ratification by France and the United Kingdom of the CTBT": each state the 'by' joins)
        agents: list[tuple[str, int, int]] = []
        for x in sorted(states, key=lambda s: s[1]):
            if x[1] >= ce and (
                _by_before(text, ce, x[1]) or (agents and _JOINED.match(text[agents[-1][2] : x[1]]) is not None)
            ):
                agents.append(x)
        party_codes = [
            p for p in party_codes if any(x[0] == p and (welcomes.start() <= x[1] < cs or x in agents) for x in states)
        ]
    counted_to = _NUMBER_OF_GROUP.search(text, max(a, cs - 80), cs) and _TO_COUNT_INCLUDING.match(text, ce)
    if kind in {"signed", "ratified"} and counted_to:
        # "bringing the total number of countries that ratified it to 52, including Benin last month": the states the
        # count includes
        included = [x for x in states if x[1] >= counted_to.end()]
        lists = [lst for lst in state_lists(text, included) if included and lst[0] == included[0][0]]
        if included and included[0][1] == counted_to.end():
            party_codes = list(dict.fromkeys(lists[0])) if lists else [included[0][0]]
    if not party_codes:
        # "It entered into force ... after ratification by all five countries": the five listed before
        party_codes = numbered_group(text, states, a, cs, ce, clause_end, context.previous_lists)
    if not party_codes and context.previous_lists and _THESE_STATES.search(text, max(a, cs - 60), cs):
        # "The fulfillment by these states of their obligations": the list named last before
        party_codes = list(dict.fromkeys(context.previous_lists[-1]))
    if not party_codes and context.groups and not any(a <= x[1] < cs for x in states):
        # "The NWS has not yet acceded to the Treaty": the group the statement defined by its members
        party_codes = named_group(text, a, cs, context.groups)
    two = _TWO_LEADERS.match(text, ce, clause_end) if kind in {"signed", "ratified"} else None
    named = {x[0] for x in states if two and two.start() <= x[1] < two.end()}
    if two and len(named) == 1 and set(party_codes) <= named:
        # "signed by President Jimmy Carter and Soviet leader Leonid I. Brezhnev": of a bilateral treaty's
        # two signers, one named with its state, the other with an office alone is its other side
        sides = bilateral_sides(targets, on)
        if named <= set(sides):
            party_codes = list(sides)
    if (
        kind in {"signed", "ratified"}
        and context.speaker is not None
        and set(party_codes) <= {context.speaker}
        and _LEADER_AND_I.search(text, max(a, cs - 80), cs)
    ):
        # "the Moscow Treaty ... that President Putin and I signed": the speaker and another leader, a bilateral
        # treaty's two sides
        sides = bilateral_sides(targets, on)
        if context.speaker in sides:
            party_codes = list(sides)
    if not party_codes and kind in {"signed", "ratified"} and _UNDER_ADMINISTRATION.match(text, ce, clause_end):
        # "Both START II and the CWC were negotiated and signed under the Bush Administration": a presidency named
        # by its President, as the United States' own usage names it
        party_codes = ["USA"]
    if not party_codes and kind == "signed" and _BY_TWO_PRESIDENTS.match(text, ce, clause_end):
        # "signed in Prague in 2010 by Presidents Obama and Medvedev": a bilateral treaty's two sides
        party_codes = list(bilateral_sides(targets, on))
    if not party_codes and kind in {"signed", "ratified"} and _TWO_LEADERS_THEY.search(text, max(a, cs - 260), cs):
        # two leaders, no state named with either, and a bilateral treaty: its two sides
        party_codes = list(bilateral_sides(targets, on))
    if (
        kind == "signed"
        and len(set(party_codes)) <= 1
        and _TWO_PEOPLE_SIGNED.search(text, max(a - 1, cs - 120, 0), cs)
        and set(party_codes) <= set(sides := bilateral_sides(targets, on))
    ):
        # "Richard Nixon and Leonid Brezhnev signed the Anti-Ballistic Missile Treaty", "he and President Vladimir
        # Putin signed": two people, at most one of them tied to a state, and a bilateral treaty: its two sides
        party_codes = list(sides)
    if (
        not party_codes
        and kind in {"ratified", "not_ratified"}
        # (a statement of another state, or about one, has its own senate: "El Senado" of Mexico or Chile)
        and context.speaker in {None, "USA"}
        and context.previous_state in {None, "USA", "RUS", "SUN"}
        and _bare_senate(text, states, a, cs, ce, clause_end)
        # (not an act wished for: "deserves ... prompt ratification by the full Senate")
        and not _WISHED_BEFORE.search(text, max(a, cs - 80), cs)
    ):
        # "the Senate gave its consent to the nuclear test ban treaty", "Senate Ratifies INF": the United States
        # Senate, where no other state is named with it and the instrument is one the United States signed
        if any(
            t.id is not None
            and t.id in registry().instruments
            and any(p.party == "USA" for p in registry().instruments[t.id].parties)
            for t in targets
        ):
            party_codes = ["USA"]
    if kind in {"signed", "ratified"}:
        party_codes = _most_recent(text, states, party_codes, ce, clause_end)
    kept_from = _KEPT_FROM.search(text[max(a, cs - 80) : cs])
    if kept_from:
        # "prevented the Nuclear Weapon States from signing": those kept from it, not the clause's subject
        o = max(a, cs - 80)
        party_codes = [x[0] for x in states if o + kept_from.start("object") <= x[1] < o + kept_from.end("object")]
    if not party_codes:
        return []  # a standing with no state named is no claim the data can judge
    if kind in {"ratified", "signed"}:
        # "France was the first nuclear-weapon state, along with the United Kingdom, to deposit its
        # instruments of ratification": the partner named before the cue acted too
        partners = [s for s in states if a <= s[1] < cs and _ALONG_WITH_BEFORE.search(text[max(a, s[1] - 25) : s[1]])]
        # ("France, along with the United Kingdom, ratified": the subject before the partner too)
        party_codes += [
            s[0] for s in states for p in partners if s[2] <= p[1] and _ALONG_WITH_GAP.fullmatch(text[s[2] : p[1]])
        ] + [p[0] for p in partners]
        party_codes = list(dict.fromkeys(party_codes))
    return party_codes


_WISHED_BEFORE = re.compile(
    r"\b(?:prompt|early|speedy|swift|timely|quick|deserves?|urge[sd]?|should|must|will|would|needs?|hope[sd]?|seeks?)\b",
    re.I,
)
# "the Senate" with no state's name or adjective before it, as the subject or agent of the act
_BARE_SENATE = re.compile(r"\b(?-i:Senate)\b(?!\s+of\b)")


def _bare_senate(text: str, states: list[tuple[str, int, int]], a: int, cs: int, ce: int, clause_end: int) -> bool:
    """Whether the cue's clause names "the Senate" alone (not "the Kazakh Senate", "the Senate of Kazakhstan", "the
    U.S. Senate", which name their state) and its sentence no state but the United States and Russia."""
    if any(s[0] not in {"USA", "RUS", "SUN"} for s in states) or any(a <= s[1] < cs for s in states):
        return False
    found = [m for m in _BARE_SENATE.finditer(text, a, clause_end) if not _demonym_before(text, m.start())]
    return bool(found)


def _demonym_before(text: str, at: int) -> bool:
    """Whether a capitalised word that names a state's own ("U.S.", "Kazakh", "Philippine") comes right before ``at``
    (not "The", nor a sentence's last word before its full stop)."""
    word = re.search(r"(?-i:[A-Z])[\w.]*\s+$", text[max(0, at - 20) : at])
    if word is None or re.match(r"(?-i:The|THE)\b", word.group()):
        return False
    return not re.search(r"[a-z]{2,}\.\s+$", word.group())


# "135 have ratified it, the most recent being Ethiopia": the state that took the clause's last act most recently
_MOST_RECENT = re.compile(
    r",?\s*(?:the\s+)?(?:most\s+recent(?:ly)?|latest|last|newest)(?:\s+(?:one|State|country|of\s+(?:which|them|these|whom)))?"
    r"\s*(?:being|was|is|having\s+been|:)?\s+(?:the\s+)?$",
    re.I,
)
_ACT_WORD = re.compile(r"\b(?:ratif|sign|acced|accession|join)\w*", re.I)
_STEP_NAMED = re.compile(r"\b(?P<verb>ratif|sign|acced)\w*", re.I)


def step_named_before(text: str, start: int, end: int, *, accession: bool = True) -> str | None:
    """The step that "done so" takes up: the last ratification or signature word in ``text[start:end]`` ("ratified",
    "signed"; an accession, where ``accession``, is a ratification); ``None`` where none is named."""
    step = None
    for m in _STEP_NAMED.finditer(text, start, end):
        if accession or m.group("verb").lower() != "acced":
            step = m
    if step is None:
        return None
    return "signed" if step.group("verb").lower() == "sign" else "ratified"


def _most_recent(
    text: str, states: list[tuple[str, int, int]], party_codes: list[str | None], ce: int, clause_end: int
) -> list[str | None]:
    """The states named after "the most recent being" in the cue's clause: the parties of the clause's last act (the
    cue, where no other act is named between it and them), not of an earlier one ("176 have signed and 135 have
    ratified it, the most recent being Ethiopia": Ethiopia ratified)."""
    end = text.find(";", ce, clause_end)
    end = clause_end if end < 0 else end
    at = next(
        (i for i, x in enumerate(states) if ce <= x[1] < end and _MOST_RECENT.search(text, max(ce, x[1] - 40), x[1])),
        None,
    )
    if at is None:
        return party_codes
    recent = [x[0] for x in state_chain(text, states, at)]
    marker = _MOST_RECENT.search(text, max(ce, states[at][1] - 40), states[at][1])
    assert marker is not None
    if _ACT_WORD.search(text, ce, marker.start()):
        return [p for p in party_codes if p not in recent]  # another act's most recent party
    return list(dict.fromkeys([*party_codes, *recent]))


def without_treaty_of_protocol(text: str, targets: list[Mentioned], a: int) -> list[Mentioned]:
    """The instruments an act is of, less a treaty named only as what a protocol among them is to ("the U.S. signature
    on the protocol to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia (CANWFZ)": the protocol's, not the
    treaty's, whether named after "protocol to the" or as its acronym in brackets after the protocol's title)."""
    if len(targets) < 2:
        return targets
    of_protocol = {
        parent
        for t in targets
        if t.id is not None
        and (parent := parent_of(t.id)) is not None
        and any(
            u.id == parent
            and (
                re.search(r"\bprotocols?\s+to\s+(?:the\s+)?$", text[max(a, u.start - 20) : u.start], re.I) is not None
                or re.fullmatch(r"\s*\(\s*", text[t.end : u.start]) is not None
            )
            for u in targets
        )
    }
    return [t for t in targets if t.id not in of_protocol]


_BETWEEN = re.compile(r"\s+(?:(?:in|on)\s+[^,;.]{1,30}?\s+)?between\s+(?:the\s+)?", re.I)


def _signed_between(
    text: str, instruments: list[Mentioned], states: list[tuple[str, int, int]], cs: int, ce: int, clause_end: int
) -> tuple[list[Mentioned], list[str | None]] | None:
    """ "the Strategic Arms Reduction Treaty signed between USA and USSR in 1991": the instrument named right before
    the participle and the states listed after "between" (its signers); ``None`` where the clause is not so."""
    between = _BETWEEN.match(text, ce, clause_end)
    if between is None:
        return None
    before = [
        i for i in instruments if i.id is not None and i.end <= cs and re.fullmatch(r"\s*,?\s*", text[i.end : cs])
    ]
    first = next((k for k, x in enumerate(states) if x[1] == between.end()), None)
    if not before or first is None:
        return None
    chain = state_chain(text, states, first)
    if len(chain) < 2:
        return None
    return [before[-1]], list(dict.fromkeys(x[0] for x in chain))


# "signed with Russia": the partner of the act
_WITH_STATE = re.compile(r"\s+with\s+(?:the\s+)?")
# A leading adverbial phrase whose act is the main clause's subject's ("20 years after announcing its withdrawal")
_LEADING_PHRASE_OWNER = re.compile(
    r"(?:^|[\"“]|\bthat\b,?)\s*(?:(?:\S+\s+){1,2}(?:years?|months?|days?|decades?)\s+)?(?:after|since|following)\s+"
    r"[^,.;]{0,60}?\b(?:its|their)\s+$",
    re.I,
)
# "joined 61 other nations in signing": the subject of "joined" took the step with the others
_JOINED_OTHERS_IN = re.compile(r"\s+joined\s+(?:[\w-]+\s+){0,4}?in\s+$")


def _main_subject(text: str, states: list[tuple[str, int, int]], ce: int) -> list[str]:
    """The state that is the subject of the main clause after a leading participle's phrase ("By signing ... in
    1991, Belarus undertook"): the first state after a comma with a finite verb after it, in the same sentence."""
    for x in states:
        if x[1] < ce or x[1] - ce > 300 or re.search(r"[.;!?]\s", text[ce : x[1]]):
            continue
        if re.search(r",\s+(?:the\s+)?$", text[ce : x[1]]) and re.match(
            r"\s*(?:\([^()]{1,12}\)\s*)?\s(?:has\s+|have\s+|had\s+|also\s+)?(?!(?:and|or|of|in|to|the|with|for|from|as)\b)"
            r"[a-z]{3,}\b",
            text[x[2] : x[2] + 30],
        ):
            return [x[0]]
    return []


# Two states joined by a hyphen or a slash ("Russia-US", "U.S.-Soviet", "Russian-American")
_PAIR_JOIN = re.compile(r"\s*[-‐‑–/]\s*")


def _pair_before(text: str, states: list[tuple[str, int, int]], ce: int, targets: list[Mentioned]) -> list[str]:
    """The two states joined before the instrument named right after a nominal cue ("the signing of the Russia-US new
    Strategic Arms Reduction Treaty"): their codes, else none."""
    after = sorted((t for t in targets if t.start >= ce), key=lambda t: t.start)
    if not after or after[0].start - ce > 60 or len({t.id for t in targets}) != 1:
        return []
    target = after[0]
    between = [x for x in states if ce <= x[1] and x[2] <= target.start]
    if len(between) != 2 or not _PAIR_JOIN.fullmatch(text, between[0][2], between[1][1]):
        return []
    if not re.fullmatch(r"\s+of\s+(?:the\s+)?", text[ce : between[0][1]]):
        return []
    if not re.fullmatch(r"\s+(?:(?:new|bilateral)\s+)?", text[between[1][2] : target.start], re.I):
        return []
    return list(dict.fromkeys(x[0] for x in between))


# A standing in brackets after a part of a list of states: "China, Egypt and Israel (all signatories), and India
# and Pakistan (non-signatories)".
_STANDING_IN_BRACKETS = re.compile(
    r"\(\s*(?:(?P<signed>(?:all|both|each)\s+(?:of\s+them\s+)?signator(?:y|ies)(?:\s+States)?)"
    r"|(?P<not_signed>(?:all\s+|both\s+)?(?:non-?\s?signator(?:y|ies)|not\s+signator(?:y|ies))(?:\s+States)?))\s*\)",
    re.I,
)


def _standing_in_brackets(
    text: str,
    a: int,
    b: int,
    instruments: list[Mentioned],
    states: list[tuple[str, int, int]],
    on: dt.date,
    context: Context,
    used: set,
) -> list[Claim]:
    """'A, B and C (all signatories)', 'D and E (non-signatories)': each state of that part of the list signed, or
    did not sign, the instrument the sentence names (else the one the passage is about)."""
    out: list[Claim] = []
    for m in _STANDING_IN_BRACKETS.finditer(text, a, b):
        before = [i for i, s in enumerate(states) if a <= s[1] and s[2] <= m.start()]
        if not before or text[states[before[-1]][2] : m.start()].strip():
            continue  # the bracket must follow a state's name
        part = _chain_back(text, states, before[-1])
        # the part ends where an earlier part's own bracket stands: "A and B (all signatories), as well as C (...)"
        cut = [j for j in range(len(part) - 1) if _STANDING_IN_BRACKETS.search(text, part[j][2], part[j + 1][1])]
        part = part[cut[-1] + 1 :] if cut else part
        named = [i for i in instruments if a <= i.start < b and i.id is not None]
        target = named[0] if len(named) == 1 else context.previous_instrument if not named else None
        instrument = _judgeable(target, context)
        if instrument is None:
            continue
        kind = "signed" if m.group("signed") else "not_signed"
        start, end = part[0][1], m.end()
        out += listed_claims(kind, instrument, [p for p, _, _ in part], text, start, end, on, used)
    return out


def _judgeable(target: Mentioned | None, context: Context) -> str | None:
    """The instrument a sentence rule judges its listed states against: ``None`` where none is named or it did not exist
    on the statement's date (an anachronism judges nothing)."""
    if target is None or target.id is None or target.id in context.anachronisms:
        return None
    return target.id


def listed_claims(
    kind: str,
    instrument_id: str,
    parties: list[str | None],
    text: str,
    start: int,
    end: int,
    on: dt.date,
    used: set,
    *,
    name_party: bool = False,
) -> list[Claim]:
    """One claim of ``kind`` for each state a rule lists, each judged once per statement (``used``); its text is the
    passage ``text[start:end]``, with the state's name after it where the passage does not name it."""
    instrument = registry().instruments[instrument_id]
    out: list[Claim] = []
    for party in parties:
        if party is None or (instrument_id, party, kind) in used:
            continue
        used.add((instrument_id, party, kind))
        verdict, evidence, src = judge(kind, instrument, party, on)
        out.append(
            Claim(
                text=text[start:end] + (f" … {party_name(party)}" if name_party else ""),
                start=start,
                end=end,
                party=party,
                instrument=instrument_id,
                kind=kind,  # type: ignore[arg-type]  # one of the kinds the rules name
                verdict=verdict,  # type: ignore[arg-type]  # checked against the Literal's values where it is built
                evidence=evidence,
                source=src,
            )
        )
    return out


# A participle describing a generic noun before it: "the first set of agreements, signed by ...".
_APPOSITIVE = re.compile(
    r"\b(?:agreements|documents|accords|instruments|texts|set\s+of\s+\w+|package(?:\s+of\s+\w+)?)\s*,\s*$", re.I
)


def _respectively(
    targets: list[Mentioned], parties: list[str | None], *, denied: bool = False
) -> set[tuple[str | None, str | None]]:
    """Which state goes with which instrument: every pair, except that a list of states over several instruments
    ("the six States Party to the Additional Protocols, those being China, France, ...") is read respectively, each
    state with the instruments the data records it in (a state recorded in none keeps them all); so is one name
    that stands for several instruments ("the Protocols to the African Nuclear Weapon Free Zone Treaty": the United
    States with the protocols it is recorded in, not Protocol III, which is for states with territories in the zone).
    A step ``denied`` of one name ("prevented our signature of their Protocols") is denied of each instrument: the
    record that pairs a state with some of them is what the denial says is missing.
    """
    pairs = {(t.id, p) for t in targets for p in parties}
    ids = [t.id for t in targets if t.id is not None]
    one_name = not denied and len({(t.start, t.end) for t in targets if t.id is not None}) < len(set(ids))
    if len(set(ids)) < 2 or (len(parties) < 2 and not one_name):
        return pairs
    reg = registry()
    recorded = {p: {i for i in ids if _record(reg.instruments[i], p) is not None} for p in parties if p is not None}
    return {(t, p) for t, p in pairs if p is None or t is None or not recorded.get(p) or t in recorded[p]}


# "have not yet ratified it, unlike Russia, which did so in 2000": the state set against the negation did the act
_UNLIKE_DID_SO = re.compile(
    r"\b(?:not|never|yet\s+to)\s+(?:yet\s+)?(?P<verb>ratif|sign)\w*\b[^.;]{0,80}?,?\s*\bunlike\s+(?:the\s+)?$"
)
_DID_SO_AFTER = re.compile(r"\s*,?\s*(?:which|who|that)\s+(?:has\s+|had\s+)?(?:already\s+)?(?:did|done|does)\s+so\b")


def _unlike_did_so(
    text: str,
    a: int,
    b: int,
    instruments: list[Mentioned],
    states: list[tuple[str, int, int]],
    on: dt.date,
    context: Context,
    used: set,
) -> list[Claim]:
    """'A number of countries have not yet ratified it, unlike Russia, which did so in 2000': Russia ratified it."""
    out: list[Claim] = []
    for code, start, end in states:
        did_so = _DID_SO_AFTER.match(text, end)
        if not a <= start < b or did_so is None:
            continue
        m = _UNLIKE_DID_SO.search(text[max(a, start - 160) : start])
        if m is None:
            continue
        cs = max(a, start - 160) + m.start()
        before = [i for i in instruments if a <= i.end <= start and i.id is not None]
        target = max(before, key=lambda i: i.end) if before else context.previous_instrument
        instrument = _judgeable(target, context)
        if instrument is None:
            continue
        kind = "ratified" if m.group("verb") == "ratif" else "signed"
        out += listed_claims(kind, instrument, [code], text, cs, did_so.end(), on, used)
    return out


# "Of those countries, 34, including Australia, have now done so": the states a counted group includes took the step
# the passage last named
_INCLUDING_DONE_SO = re.compile(
    r",?\s*(?:have|has|had)\s+(?:now\s+|already\s+|also\s+|all\s+)*(?P<not>not\s+(?:yet\s+)?)?done\s+so\b", re.I
)
_INCLUDING = re.compile(r"\bincluding\s+(?:the\s+)?$", re.I)


def _including_done_so(
    text: str,
    a: int,
    b: int,
    instruments: list[Mentioned],
    states: list[tuple[str, int, int]],
    on: dt.date,
    context: Context,
    used: set,
) -> list[Claim]:
    """'The Treaty lists 44 countries who must ratify it. Of those, 34, including Australia, have now done so':
    Australia ratified (the step last named before, in this sentence or the one before)."""
    out: list[Claim] = []
    inside = [s for s in states if a <= s[1] < b]
    for i, (_, start, _) in enumerate(inside):
        if not _INCLUDING.search(text, max(a, start - 12), start):
            continue
        chain = state_chain(text, inside, i)
        done = _INCLUDING_DONE_SO.match(text, chain[-1][2], b)
        if done is None:
            continue
        kind = step_named_before(text, max(0, a - 300), start)
        if kind is None:
            continue
        if done.group("not"):
            kind = "not_" + kind
        before = [m for m in instruments if m.end <= start and m.id is not None]
        target = max(before, key=lambda m: m.end) if before else context.previous_instrument
        instrument = _judgeable(target, context)
        if instrument is not None:
            out += listed_claims(kind, instrument, [x[0] for x in chain], text, start, done.end(), on, used)
    return out


# A heading line over a list of states, one a line ("Parties to the NPT", then "1. United Kingdom", "2. United States
# of America", ...): the standing the heading names, for each state listed
_HEADING = re.compile(
    r"^[ \t]*(?:(?P<bound>(?:States?\s+)?Part(?:y|ies))|(?P<signed>Signatories|Signatory\s+States)"
    r"|(?P<not_ratified>(?:States\s+)?(?:not|non-?)\s*part(?:y|ies)))\s+(?:to|of)\s+"
    r"(?P<rest>[^\n:.]{2,120}?)[ \t]*:?[ \t]*$",
    re.I | re.M,
)
# One item of such a list: a number or a bullet (repeated, as pages copied from print repeat them), then the name alone
_ITEM_LINE = re.compile(r"^[ \t]*(?:(?:\d{1,3}[.)]|[-•*–])[ \t]*)*(?P<name>[^\n]*?)[ \t]*[,;.]?[ \t]*$", re.M)


def heading_list_claims(
    text: str, instruments: list[Mentioned], states: list[tuple[str, int, int]], on: dt.date, anachronisms: frozenset
) -> list[Claim]:
    """'Parties to the NPT' on a line of its own, then the states one a line (numbered or bulleted): each listed state
    has the heading's standing (bound; signed; not a party). The list ends at the first line that is neither a state
    nor a bare number (a page number run into the list) nor blank."""
    out: list[Claim] = []
    used: set = set()
    starts = {s[1]: s for s in states}
    for m in _HEADING.finditer(text):
        named = [i.id for i in instruments if m.start("rest") <= i.start < m.end("rest") and i.id is not None]
        if not named or named[0] in anachronisms:
            continue
        kind = next(k for k in ("bound", "signed", "not_ratified") if m.group(k))
        listed: list[str | None] = []
        for line in _ITEM_LINE.finditer(text, m.end() + 1):
            name = line.group("name")
            if not name or re.fullmatch(r"\d{1,5}", name):
                continue
            state = starts.get(line.start("name"))
            if state is None or state[2] < line.end("name") - 1:
                break
            listed.append(state[0])
        if len(listed) >= 2:
            out += listed_claims(kind, named[0], listed, text, m.start(), m.end(), on, used, name_party=True)
    return out


# "the eight States whose ratification (China, Egypt, ...) or signature (India, ...) is still outstanding": the states
# in each bracket have not taken the step it follows
_WHOSE_STEP = re.compile(r"\b(?P<step>ratification|signature)\s*\((?P<listed>[^()]{2,200})\)", re.I)
_WHOSE_STEPS_OUTSTANDING = re.compile(
    rf"\bwhose\s+{_WHOSE_STEP.pattern}(?:\s*(?:,|or|and|and/or|resp(?:ectively)?\.?)?\s*(?:their\s+|its\s+)?"
    r"(?:ratification|signature)\s*\([^()]{2,200}\))?"
    r"[^.;()]{0,40}?\b(?:is|are|remains?)\s+(?:still\s+)?(?:outstanding|pending|awaited|lacking|missing)\b",
    re.I,
)


def _whose_step_outstanding(
    text: str,
    a: int,
    b: int,
    instruments: list[Mentioned],
    states: list[tuple[str, int, int]],
    on: dt.date,
    context: Context,
    used: set,
) -> list[Claim]:
    """'the States whose ratification (A, B) or signature (C) is still outstanding': A and B have not ratified the
    passage's instrument, C has not signed it."""
    out: list[Claim] = []
    for m in _WHOSE_STEPS_OUTSTANDING.finditer(text, a, b):
        before = [i for i in instruments if a <= i.end <= m.start() and i.id is not None]
        target = max(before, key=lambda i: i.end) if before else context.previous_instrument
        instrument = _judgeable(target, context)
        if instrument is None:
            continue
        for step in _WHOSE_STEP.finditer(text, m.start(), m.end()):
            bracket = step.start("listed"), step.end("listed")
            codes: list[str | None] = list(
                dict.fromkeys(s[0] for s in states if bracket[0] <= s[1] and s[2] <= bracket[1])
            )
            kind = "not_ratified" if step.group("step").lower() == "ratification" else "not_signed"
            out += listed_claims(kind, instrument, codes, text, m.start(), m.end(), on, used, name_party=True)
    return out


def _waiting_for(
    text: str,
    a: int,
    b: int,
    instruments: list[Mentioned],
    states: list[tuple[str, int, int]],
    on: dt.date,
    context: Context,
    used: set,
) -> list[Claim]:
    """'X will enter into force once (signed and) ratified by A, B and C': A, B and C have not ratified X."""
    out: list[Claim] = []
    found = [(m, True) for m in _WAITS_FOR.finditer(text, a, b)] + [
        (m, False) for m in _OUTSTANDING.finditer(text, a, b)
    ]
    for m, waits in found:
        cs, ce = m.start(), m.end()
        clause_end = _clause_end(text, states, ce, b)
        if waits:
            parties = [s for s in _parties(text, states, cs, ce, ce, clause_end) if s[1] >= ce]
            if parties and re.search(r"\b(?:including|such\s+as|among\s+them)\b", text[ce : parties[0][1]], re.I):
                # "only when it has been ratified by forty-four named States, including ... (France, ...)": the
                # condition's group and some of its members, not states said to be pending
                continue
            codes: list[str | None] = list(dict.fromkeys(s[0] for s in parties))
            if not codes and re.match(r"\s+of\s", text[ce:clause_end]):
                # "depends on the ratification of nine countries: A, B": the group's members after the colon
                codes = list(dict.fromkeys(s[0] for s in listed_after_colon(text, states, ce, clause_end)))
            if not codes:
                codes = _group_members(
                    text, states, a, cs, ce, clause_end, context
                )  # "by the remaining eight countries: ..."
        else:
            listed = listed_after_colon(text, states, ce, clause_end) or list(context.next_listed)
            codes = list(dict.fromkeys(s[0] for s in listed))
        # ("the entry into force of the CTBT depends on its ratification by A": the instrument named inside the cue)
        before = [i for i in instruments if a <= i.end <= (ce if waits else cs) and i.id is not None]
        inside = [i for i in instruments if ce <= i.start < clause_end and i.id is not None]
        target = (
            max(before, key=lambda i: i.end)
            if before
            else inside[0]
            if inside and not waits
            else context.previous_instrument
        )
        instrument = _judgeable(target, context)
        if instrument is None:
            continue
        out += listed_claims("not_ratified", instrument, codes, text, cs, ce, on, used, name_party=True)
    return out


# A group of states as the subject right before the cue: "12 countries have yet to", "The remaining eight Annex 2 States
# that have yet to", "only two countries have".
# "deposited their instruments of" before "ratification" or "accession": the deposit names the act
# ("have deposited in the archives of the Governments of A, B or C their instruments of ratification or accession")
_DEPOSITED = (
    r"(?:deposited\s+(?:(?:in|with)\s+[^.;]{0,160}?\s)?(?:their|its|the)\s+(?:respective\s+)?instruments?\s+of\s+"
    r"(?:ratification\s+or\s+)?)"
)
_GROUP_SUBJECT = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|all|(?:the\s+)?(?:remaining|other|following|outstanding))\s+"
    # ("In 2019 the United States withdrew": a year, and a state's name, no counted group)
    r"(?:[\w-]+\s+){0,3}?(?<!\bUnited\s)(?:States|countries|nations)\s+(?:(?:that|which|who)\s+)?(?:(?:have|has|had|are|were)\s+)?(?:\w+\s+)?"
    # "The 129 States that have deposited their instruments of ratification ... are A, B": the deposit is the act
    rf"{_DEPOSITED}?"
    # ("which have signed and ratified", "have signed the Treaty but not ratified it": a second verb of the group's)
    r"(?:(?:and|or|nor)\s+|(?:the\s+\w+|it)\s+(?:but|and)\s+(?:have\s+)?(?:not\s+|never\s+)?(?:yet\s+)?)?$"
    # "The States in that group that have yet to ratify are China, ...": a group a relative clause defines
    # ("the named States that have yet to ratify": a group with an adjective or two)
    r"|\b(?:the|those|these)\s+(?:[\w-]+\s+){0,2}?(?<!\bUnited\s)(?:States|countries|nations)\s+(?:(?:in|of|among)\s+[^,.;]{1,30}?\s+)?"
    r"(?:that|which|who)\s+"
    rf"(?:(?:have|has|had|are|were)\s+)?(?:\w+\s+)?{_DEPOSITED}?$",
    re.I,
)
# "did not sign it or did not ratify it": a choice between two steps not taken, which says only that none ratified
_OR_NOT_RATIFIED = re.compile(
    r"\s*(?:it\s+|them\s+)?,?\s*or\s+(?:\w+\s+)?(?:not|never)\s+(?:yet\s+)?(?:\w+\s+)?ratif", re.I
)
# An entry into force told as an event ("entered into force on February 5, 2011", "since its entry into force"), not
# as a state ("is in force", "has entered into force")
_EIF_EVENT = re.compile(
    r"\b(?:entered|came)\s+into\s+(?:force|effect)|\btook\s+effect\b|\bentry\s+into\s+force\b|\bin\s+force\s+since\b",
    re.I,
)
# A call, an appeal, an urging ("reiterate my call to all States that have not signed nor ratified")
_CALL = re.compile(
    r"\b(?:call(?:s|ed|ing)?|appeal(?:s|ed|ing)?|urg(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|invit(?:e|es|ed))\b", re.I
)
# A number alone as the subject ("; ... and four have ratified", "only 12 had signed"): a count of states, none named
_COUNT_SUBJECT = re.compile(
    r"(?:^|[;:,]\s*|\b(?:and|but|while|whereas)\s+)(?:only\s+|just\s+|some\s+)?"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a\s+hundred)"
    r"(?:\s+(?:more|others?|additional|of\s+them))?\s+(?:have|has|had)\s+(?:(?:now|already|so\s+far|since|also)\s+)?$",
    re.I,
)
# What leads from a group to the states it names after the cue: a parenthesis, a colon, "are", "those being", "namely".
_LIST_LEAD = re.compile(
    r"^[^.;()]{0,60}?(?:\(|:|\s(?:are|were|is|namely|being|include|includes)\b[\s,:]*|,\s*(?:those|these|that)\s+(?:being|is|are)\s+|\s[-–—]\s)\s*(?:the\s+)?$"
    # "... to the Treaty on the Principles Governing ... Celestial Bodies;\nArgentine, Australia, ...": a list on the
    # line after the one the group's sentence ends with a colon or semicolon
    r"|^[^.()]{0,240}?[:;][ \t]*\n\s*$",
    re.I,
)


def _group_subject(text: str, a: int, cs: int) -> bool:
    """Whether a group of states ("12 countries", "the remaining eight Annex 2 States that") is the cue's subject."""
    # (as far back as a deposit's "in the archives of the Governments of A, B or C" reaches)
    lead = text[max(_clause_start(text, a, cs), cs - 260) : cs]
    return bool(_GROUP_SUBJECT.search(lead) or _RELATIVE_OF_GROUP.search(lead))


# "the countries whose ratifications are required for the entry-into-force of the Treaty, but which have not yet
# ratified": a relative clause whose antecedent is a group, with no state named between
_RELATIVE_OF_GROUP = re.compile(
    r"\b(?-i:the|those|other)\s+(?:[\w-]+\s+){0,2}?(?:countries|States|nations)\s+(?:whose|which|that|who)\b[^.;:]{0,160}?,?\s*"
    r"(?:but|and)\s+(?:which|that|who)\s+(?:have|has|had)\s+(?:\w+\s+){0,2}$"
    # "The countries that have signed but not ratified the CTBT include A, B": the second verb of the group's clause
    r"|\b(?-i:the|those|other|The|Those)\s+(?:[\w-]+\s+){0,2}?(?:countries|States|nations)\s+(?:which|that|who)\s+"
    r"(?:have|has|had)\s+(?:\w+ly\s+)?(?:signed|ratified)\s+(?:but|and)\s+$",
    re.I,
)


def listed_after_group(
    text: str, states: list[tuple[str, int, int]], start: int, end: int
) -> list[tuple[str, int, int]]:
    """The states a group names after ``start`` in ``text[:end]``.

    For example "have yet to sign the Treaty (Mauritius and Somalia)", "that have yet to ratify are China, ... and
    the United States", "States Party ..., those being China, France ...".
    """
    after = [i for i, s in enumerate(states) if start <= s[1] < end]
    if not after or not _LIST_LEAD.match(text[start : states[after[0]][1]]):
        return []
    return state_chain(text, states, after[0])


# Between an instrument named as the subject and the act: an aside between commas, auxiliaries and adverbs ("Этот
# Договор ратифицировали уже 23 государства" glossed "This Treaty ratified already 23 States")
_INSTRUMENT_THEN_ACT = re.compile(
    r"(?:\s*,[^,.;]{1,60},)?\s*(?:(?:has|have|had|not|yet|already|also|never|still|so\s+far)\s+)*",
    re.I,
)
# Between the act and its agents: a place or a day, adverbs
_ACT_THEN_AGENTS = re.compile(
    r"\s+(?:(?:already|also|so\s+far|only|jointly|today|now|still|in\s+(?-i:[A-ZА-ЯЁ])[\w-]+|on\s+\d{1,2}\s+\w+(?:\s+\d{4})?|in\s+\d{4})\s+)*"
    r"(?:(?:the\s+)?(?:representatives|delegations|leaders|heads)\s+(?:of\s+)?)?(?:the\s+)?",
    re.I,
)


def _agents_after_instrument(
    text: str,
    states: list[tuple[str, int, int]],
    targets: list[Mentioned],
    a: int,
    cs: int,
    ce: int,
    clause_end: int,
) -> list[str | None]:
    """The states after the act where the instrument stands before it as its subject, which no English sentence
    writes and a gloss of a language that puts the object first does ("Договор ... подписали в Семипалатинске
    представители Казахстана, Киргизии ...", "документ не ратифицировали США": "the document have not ratified United
    States"): the list of states right after the act, in its clause."""
    if not any(t.end <= cs and _INSTRUMENT_THEN_ACT.fullmatch(text, t.end, cs) for t in targets):
        return []
    return _states_right_after(text, states, ce, clause_end)


def _states_right_after(text: str, states: list[tuple[str, int, int]], ce: int, clause_end: int) -> list[str | None]:
    """The states listed right after the act at ``ce`` (a place, a day or adverbs between), in its clause: the act's
    agents where the instrument stands before it ("подписали ... представители Казахстана, ..."), the parties an
    instrument binds ("The agreement binds today the USA as well as ... Russia, Ukraine, ...")."""
    after = [x for x in states if ce <= x[1] < clause_end]
    if not after or not _ACT_THEN_AGENTS.fullmatch(text, ce, after[0][1]):
        return []
    return list(dict.fromkeys(x[0] for x in state_chain(text, after, 0)))


def _who(
    text: str,
    kind: str,
    cue: str,
    states: list[tuple[str, int, int]],
    a: int,
    cs: int,
    ce: int,
    clause_end: int,
    context: Context,
) -> list[str | None]:
    """The states a party claim speaks of (:func:`_who_reads`); none where they are a list after the cue that two
    groups of different standing share ("The States that had deposited their instruments of ratification ... and
    States Signatories that had not yet deposited theirs ... participated: A, B, C")."""
    codes = _who_reads(text, kind, cue, states, a, cs, ce, clause_end, context)
    after = [s for s in states if s[1] >= ce and s[0] in codes]
    if after and len(codes) >= 2 and UNION_OF_GROUPS.search(text, a, after[0][1]):
        return []
    return codes


# "the ratifications of the other nuclear weapon states China, Russia and ...": the group, then its members
_OF_GROUP_LISTED = re.compile(
    r"\s+(?:by|of)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,4}?(?:States|countries|nations|powers)\s*[,:–—-]?\s*(?:the\s+)?)?",
    re.I,
)


# A noun other than the act that "by" names the agent of ("objections by A")
_BY_OF_ANOTHER = re.compile(
    r"\b(?:objections?|opposition|protests?|criticism|concerns?|appeals?|pressure|resistance|condemnation)\s+"
    r"(?:\w+\s+)?by\b",
    re.I,
)


def _who_reads(
    text: str,
    kind: str,
    cue: str,
    states: list[tuple[str, int, int]],
    a: int,
    cs: int,
    ce: int,
    clause_end: int,
    context: Context,
) -> list[str | None]:
    """The states a party claim speaks of: a group's list, 'by' a list, the speaker ('I', 'we'), the subject, a list
    after 'including', 'it'."""
    lead = text[max(a, cs - 60) : cs]
    if cue.lower() == "binds":
        # "The agreement binds today the USA as well as ... Russia, Ukraine, Belarus and Kazakhstan, but no ... such as
        # China": the states right after the verb, not those a later clause sets apart
        return _states_right_after(text, states, ce, clause_end)
    owner = [s for s in states if cs <= s[1] and s[2] <= ce and re.match(r"['’]s\b", text[s[2] : s[2] + 3])]
    if owner:
        return [owner[0][0]]  # "a law revoking Russia's ratification": the state whose act the cue names
    deposit = [
        s for s in states if a <= s[1] < cs and (m := _OWNER_OF_ACT.fullmatch(text, s[2], cs)) and m.group("instrument")
    ]
    if deposit:
        return [deposit[-1][0]]  # "the deposit of Ecuador's instrument of ratification": the state whose instrument
    inside = [s for s in states if cs <= s[1] and s[2] <= ce]
    if (
        inside
        and kind == "bound"
        and re.match(r"(?-i:[A-Z])", cue)
        and re.search(r"\bto\s+which\s+$", text[max(a, cs - 10) : cs])
    ):
        return [inside[0][0]]  # "The TPNW, to which Austria is a party": the state the relative clause names
    ahead = re.search(r"\blook(?:s|ed|ing)?\s+forward\s+to\b", cue, re.I)
    group_of = _OF_GROUP_LISTED.match(text, ce, clause_end) if ahead else None
    listed_of = [i for i, s in enumerate(states) if group_of and s[1] == group_of.end()]
    if listed_of:
        # "I look forward to the early ratifications of the other nuclear weapon states China, Russia and the United
        # States": the states the act is of
        return list(dict.fromkeys(s[0] for s in state_chain(text, states, listed_of[0])))
    of_state = re.match(r"\s+of\s+(?:the\s+)?", text[ce:clause_end]) if cue.lower() == "accession" else None
    named_after = [s for s in states if of_state and s[1] == ce + of_state.end()]
    if named_after:
        return [named_after[0][0]]  # "The accession of Palestine to the NPT": the state named between
    participation = _PARTICIPATION_OF.match(text, ce, clause_end)
    after_participation = [s for s in states if participation and s[1] == participation.end()]
    if after_participation:
        return [after_participation[0][0]]  # "la suspension de la participation de la Russie": the state named
    of_state = _OF_STATE_PARTICIPATION.match(text, ce, clause_end)
    state_before = [s for s in states if of_state and s[1] == of_state.end() and _PARTICIPATION_IN.match(text, s[2])]
    if state_before:
        return [state_before[0][0]]  # "the suspension of U.S. participation in the INF Treaty": the state named
    if re.fullmatch(r"(?:a|one|another)\s+(?:State\s+)?signatory", cue, re.I):
        # "one State Signatory, the Russian Federation, continues to ...": the state in apposition
        gap = re.match(r"\s*,\s*", text[ce:clause_end])
        apposed: list[str | None] = [
            s[0] for s in states if gap and re.fullmatch(r"(?:the\s+)?", text[ce + gap.end() : s[1]])
        ]
        return apposed[:1]
    if cue.endswith("signatories") and not re.match(r"ha(?:s|ve)\s+agreed", cue, re.I):
        # "its signatories -- Kazakhstan, Kyrgyzstan, ...": the states listed right after the noun
        gap = re.match(r"\s*(?:--|[-–—:(]|,)\s*(?:the\s+)?", text[ce:clause_end])
        first = [i for i, s in enumerate(states) if gap and s[1] == ce + gap.end()]
        return list(dict.fromkeys(s[0] for s in state_chain(text, states, first[0]))) if first else []
    if re.search(r"States\s+(?:were|are)$", cue):
        # "The two non-signatory States were Saudi Arabia and Trinidad and Tobago": the states the verb names
        gap = re.match(r"\s*(?::\s*)?(?:the\s+)?", text[ce:clause_end])
        first = [i for i, s in enumerate(states) if gap and s[1] == ce + gap.end()]
        return list(dict.fromkeys(s[0] for s in state_chain(text, states, first[0]))) if first else []
    if cue.startswith("As ") or _AS_ONE_OF.search(text[a:cs]):
        # "As a party to the NPT and one of its depositaries, Russia consistently ...": the subject after the phrase
        # ("As Parties to the ... (NPT), the People's Republic of China, France, ...": a plural takes the list)
        comma = text.find(",", ce, clause_end)
        after_comma = [i for i, s in enumerate(states) if comma >= 0 and comma < s[1] < clause_end]
        if after_comma and re.fullmatch(r",\s*(?:the\s+)?", text[comma : states[after_comma[0]][1]]):
            if re.match(r"As\s+(?:States\s+)?Parties\b", cue):
                # a plural: the list
                return list(dict.fromkeys(s[0] for s in state_chain(text, states, after_comma[0])))
            return [states[after_comma[0]][0]]
        # ("As a State Party to the NPT and one of its depositaries Russia ...", as a Russian text puts it with no
        # comma: the first state after the phrase that no preposition governs)
        first_after = next((s for s in states if ce <= s[1] < min(clause_end, ce + 120)), None)
        if (
            first_after is not None
            and (comma < 0 or comma > first_after[1])
            and re.match(r"[A-Z]", cue)
            and not re.search(
                r"\b(?:of|to|by|with|for|from|in|on|at|and|than|as)\s+(?:the\s+)?$", text[ce : first_after[1]]
            )
        ):
            return [first_after[0]]
        return []
    if re.match(r"await", cue, re.I):
        # "awaiting Senate ratification": the state whose legislature the cue names
        inside = [s for s in states if cs <= s[1] and s[2] <= ce]
        return [inside[0][0]] if inside else []
    if cue.lower().startswith("pending"):
        # "the START II Treaty pending ratification in the Russian Duma": the state whose legislature has it before it
        where = re.match(r"\s+(?:in|by)\s+(?:the\s+)?", text[ce:clause_end])
        after = [i for i, s in enumerate(states) if where and s[1] == ce + where.end()]
        return list(dict.fromkeys(s[0] for s in state_chain(text, states, after[0]))) if after else []
    if re.search(r"\b(?:pass|clear|approved\s+by)$", cue):
        # "must still pass Russia's rubberstamp parliament": the state whose legislature is named after
        right = [s for s in states if ce <= s[1] <= ce + 6 and re.fullmatch(r"\s+(?:the\s+)?", text[ce : s[1]])]
        return [right[0][0]] if right else []
    if cue.lower() in ("failure", "refusal"):
        # "the failure of the United States Senate to ratify": the state after "of" (else the subject)
        of = re.match(r"\s+of\s+(?:the\s+)?", text[ce:clause_end])
        after = [i for i, s in enumerate(states) if of and s[1] == ce + of.end()]
        if after:
            return list(dict.fromkeys(s[0] for s in state_chain(text, states, after[0])))
    if kind == "ratified" and re.search(r"\bapproved$", cue):
        # "the Russian State Duma today approved the START II Treaty": the state of the legislature that approved it
        # (not the speaker who is pleased with it)
        own = [
            s
            for s in states
            if a <= s[1] < cs and re.fullmatch(rf"(?:\s+(?:the\s+)?(?:State\s+)?{LEGISLATURES})?\s*", text[s[2] : cs])
        ]
        if own:
            return [own[-1][0]]
    if kind == "withdrew" and cue.lower() == "withdrawal":
        # "U.S. ABM Treaty Withdrawal": the state named right before the treaty's name
        compound = [
            s for s in states if a <= s[1] and re.fullmatch(r"\s+(?:(?-i:[A-Z])[\w-]*\s+){1,6}", text[s[2] : cs])
        ]
        if compound:
            return [compound[-1][0]]
    if (
        context.speaker
        and kind in {"withdrew", "suspended", "ratified", "signed"}
        and re.search(
            r"(?:^|\n)[ \t]*(?:Announcement|Notice|Notification)\s+of\s+(?:the\s+|our\s+|its\s+)?$", lead, re.I
        )
        and not any(cs <= s[1] < clause_end for s in states)
    ):
        # "Announcement of Withdrawal from the ABM Treaty", the heading of a statement by the White House: the
        # speaker's own act
        return list(context.speakers or (context.speaker,))
    if context.speaker and _OUR_GROUP.search(lead):
        return list(context.speakers or (context.speaker,))  # "Our two countries signed": the statement's authors
    their = _THEIR_GROUP.search(text, a, cs)
    if their and their.end() == cs:
        # "The UN ambassadors of A, B and C said on March 31 that their countries have ratified": the list before
        before = [s for s in states if a <= s[1] < their.start()]
        chain = _chain_back(text, before, len(before) - 1) if before else []
        if len(chain) >= 2:
            return list(dict.fromkeys(s[0] for s in chain))
    if _group_subject(text, a, cs) or re.match(
        r"States?\s+Part|Parties\s+to|(?:States|countries|nations)\s+(?:that\s+are\s+|which\s+are\s+)?not\s"
        r"|(?:States|countries|nations)\s+(?:which|that|who)\s+(?:are|were)\s",
        cue,
        re.I,
    ):
        listed = listed_after_group(text, states, ce, clause_end) or listed_after_colon(text, states, ce, clause_end)
        if not listed and states and re.match(r"[:;][ \t]*\n", text[clause_end : clause_end + 4]):
            # "... Celestial Bodies;\nArgentine, Australia, ...": the list on the line after the clause's end
            listed = listed_after_group(text, states, ce, max(s[2] for s in states) + 1)
        including = _LIST_AFTER.search(text, ce, clause_end)
        if not listed and including is not None:
            after = [i for i, s in enumerate(states) if including.end() <= s[1] < clause_end]
            if after and not text[including.end() : states[after[0]][1]].strip():
                listed = state_chain(
                    text, states, after[0]
                )  # "150 states have signed this treaty, including ... Russia, China"
        if not listed and not context.next_listed:
            member = _ONE_OF_GROUP.search(text, a, cs)
            before = [s for s in states if member and a <= s[1] and s[2] <= member.start()]
            if member and before and not text[before[-1][2] : member.start()].strip(" ,"):
                # "Saudi Arabia is one of the few states that have not signed", "Egypt, Iran and Israel are among the
                # Annex 2 states that have not ratified": the states said to be of the group
                return list(dict.fromkeys(x[0] for x in _chain_back(text, before, len(before) - 1)))
        return list(
            dict.fromkeys(s[0] for s in listed or context.next_listed)
        )  # a group names only the states it lists
    if _COUNT_SUBJECT.search(text[max(a, cs - 40) : cs]):
        return []  # "144 states have now signed the treaty and four have ratified": a count, no state named
    # (an acronym in brackets, "the Comprehensive Nuclear-Test-Ban Treaty (CTBT) by A and B", is no list's bracket)
    # (nor is a bracket that names no state: "in the city of Semei (formerly Semipalatinsk) by A, B and C")
    bracket = next(
        (
            m.start()
            for m in re.finditer(r"\((?![A-Z][A-Za-z0-9.-]{1,11}\))([^()]*)\)?", text[ce:clause_end])
            if any(ce + m.start() < s[1] < ce + m.end() for s in states)
        ),
        -1,
    )
    bracket = ce + bracket if bracket >= 0 else -1
    parties = _parties(text, states, a, cs, ce, bracket if bracket >= 0 else clause_end)
    along = _ALONG_WITH.search(text, ce, clause_end)
    if along and re.search(r"\b(?:ratif|sign|acced)\w*", text[ce : along.start()], re.I):
        along = None  # "upon the ratification of START II, brings ... ratifying the CTBT to three along with France"
    acts = {"not_ratified", "not_signed"} if along and along.group("nor") else {"ratified", "signed"}
    if along and kind in acts and context.described_at != cs:
        after = [i for i, s in enumerate(states) if along.end() <= s[1] < clause_end]
        if after and not text[along.end() : states[after[0]][1]].strip():
            joined = [p[0] for p in parties if p[1] < cs] if parties else []
            return list(dict.fromkeys(joined + [s[0] for s in state_chain(text, states, after[0])]))
    if _BY_COUNT.match(text, ce, clause_end) and not _LIST_AFTER.search(text, ce, clause_end):
        return []  # "the CTBT ..., today ratified by 178 States and signed by 186": a count, no state named
    if parties and _BY_OF_ANOTHER.search(text, ce, parties[0][1]):
        # "The signing of the treaty went forward despite objections by A, B and C": another noun's "by"
        parties = [p for p in parties if p[1] < ce]
    if parties and re.search(r"\b(?:by|on\s+behalf\s+of)\b", text[ce : parties[0][1]]):
        return list(dict.fromkeys(p[0] for p in parties))
    if context.speaker and _SPEAKER.search(lead):
        partners = [p[0] for p in parties if p[1] < cs] if re.search(r"\band\s+I\b", lead) else []
        # "With France, we became the first ...", "we were able to ratify jointly with France": the partner too
        partners += [s[0] for s in states if a <= s[1] < cs and _WITH_PARTNER.search(text[max(a, s[1] - 20) : s[1]])]
        jointly = re.compile(r"\b(?:jointly|together)\s+with\s+(?:the\s+)?").search(text, ce, clause_end)
        partners += [s[0] for s in states if jointly and s[1] == jointly.end()]
        # "President Medvedev of Russia and I signed": both; a joint statement's "we" and "our two countries": its
        # authors
        return list(dict.fromkeys([*partners, *(context.speakers or (context.speaker,))]))
    if context.described_at == cs:
        # "the Protocol, signed on 23 May 1992": a participle describing the instrument, with no state as its subject
        return []
    if parties:
        return list(dict.fromkeys(p[0] for p in parties))
    listed_at = _LIST_AFTER.search(text, ce, clause_end)
    if listed_at:
        after = [i for i, s in enumerate(states) if listed_at.end() <= s[1] < clause_end]
        if after and not text[listed_at.end() : states[after[0]][1]].strip():
            return list(dict.fromkeys(s[0] for s in state_chain(text, states, after[0])))
    passive = _PASSIVE.search(lead) or re.search(r"\b(?:been|be|being)\s+\w+$", cue)
    if context.previous_state and _IT_SUBJECT.search(lead) and not passive:
        # ("it has not been ratified by 8 of the 44 states": "it" is what was ratified, not who ratified)
        return [context.previous_state]
    if (
        context.previous_state
        and not passive
        and not any(a <= s[1] < cs for s in states)
        and _DESCRIBED_SUBJECT.match(text, a, cs)
    ):
        # "Cuba appointed an ambassador. The Caribbean country became the 185th State to sign": the state last named
        return [context.previous_state]
    if _PARTICIPLE.search(text[max(a, cs - 8) : cs]):
        # "Having signed ..., the United States": the subject after the phrase's comma; "By signing the additional
        # protocol the five nuclear powers expressed their support to the efforts of Kazakhstan": a subject that is no
        # state names none (the states later in the clause are not it)
        comma = text.find(",", ce, clause_end)
        after = [i for i, s in enumerate(states) if ce <= s[1] < clause_end]
        if after and comma >= 0 and re.fullmatch(r",\s*(?:the\s+)?", text[comma : states[after[0]][1]]):
            return list(dict.fromkeys(s[0] for s in state_chain(text, states, after[0])))
        if after:
            return []
    if cue.lower().endswith("ing") and re.search(
        r"\b(?:by|in|through|after|upon|when)\s+$", text[max(a, cs - 10) : cs]
    ):
        # "It also reaffirmed its commitment ... by ratifying in 1996 the Treaty": the clause's subject did it
        subject = [s for s in states if _clause_start(text, a, cs) <= s[1] < cs]
        if subject:
            return [subject[0][0]]
        if context.previous_state and re.match(r"\s*(?:It|it|The\s+country|This\s+country)\b", text[a:cs]):
            return [context.previous_state]
    return _group_members(text, states, a, cs, ce, clause_end, context)


def _group_members(
    text: str, states: list[tuple[str, int, int]], a: int, cs: int, ce: int, clause_end: int, context: Context
) -> list[str | None]:
    """Who a group noun names ("five Annex 2 States have signed ...", "ratified by all five Central Asian States"):
    the states listed after a colon in the clause, else after a colon in the next sentence."""
    by_group = re.match(
        rf"\s*by\s+(?:all\s+)?(?:the\s+)?(?:\w+\s+){{0,5}}?{GROUP_NOUNS}\b",
        text[ce:clause_end],
        re.I,
    )
    if not (_GROUP.search(text[_clause_start(text, a, cs) : cs]) or by_group):
        return []
    listed = listed_after_colon(text, states, ce, clause_end)
    if listed:
        return list(dict.fromkeys(s[0] for s in listed))
    return list(dict.fromkeys(s[0] for s in context.next_listed))


_SENTENCE_RULES = (_waiting_for, _whose_step_outstanding, _unlike_did_so, _standing_in_brackets, _including_done_so)
"""Rules that read a whole sentence rather than one cue, each called with the sentence's bounds, its mentions and
states, the day, the passage's context and the claims already made (in this order)."""
