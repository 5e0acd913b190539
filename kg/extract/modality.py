"""Modality: is a trigger word told as a fact, a plan, a negation or a hypothesis?

The cue words are data (``kg/data/modality.csv``): plans and intentions ("will visit", "plans
to", "invited") make an event ``Planned``; negations ("did not meet") and hypotheticals ("could
sign") give no event. The cues are read in the clause around the trigger, not the whole sentence.
"""

from __future__ import annotations

import functools
import re

from .gazetteer import data_path, read_rows
from .rules import PatternSet

__all__ = ["NO_EVENT", "RELATIVE_ASIDE", "modality_of"]

#: Modalities that give no event: a negation, a hypothesis, or history with no time ("over the years").
NO_EVENT = ("negated", "hypothetical", "vague")


@functools.lru_cache(maxsize=1)
def _modality() -> dict[str, PatternSet]:
    groups: dict[str, list[tuple[str, str]]] = {}
    for _, row in read_rows(data_path("modality.csv"), ("kind", "pattern")):
        groups.setdefault(row["kind"], []).append((row["kind"], row["pattern"]))
    return {kind: PatternSet(patterns, re.I) for kind, patterns in groups.items()}



def _context_window(text: str, start: int, end: int) -> str:
    """The clause around a trigger: back to the last clause break, a little forward."""
    left = max(text.rfind(",", 0, start), text.rfind(";", 0, start), text.rfind(":", 0, start),
               text.rfind(" but ", 0, start), start - 80, 0)
    trigger = text[start:end]
    if _own_cue(trigger):  # the trigger's own words ("suspended ... export permits") are no cue about it
        trigger = " " * (end - start)
    return text[left:start] + trigger + text[end:min(len(text), end + 25)]


@functools.lru_cache(maxsize=1024)
def _own_cue(trigger: str) -> bool:
    """Does the trigger itself hold a cue ("suspended ... export permits")? Then its own words are
    not read as one about it."""
    pats = _modality()
    return any(pats[kind].search(trigger) for kind in ("negated", "planned", "hypothetical", "vague"))


_AGREED_AT = re.compile(r"\b(?:agreed|decided|pledged|vowed|promised|resolved)\s+to\s+(?!(?:meet|hold|visit|sign|host|attend|convene|travel)\b)[a-z]+\b[^,;.]*?(?P<at>\b(?:at|during|in)\s+"
                        r"(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,2})$", re.I)
_COMING_AFTER = re.compile(r"[^,;.]{0,80}?\b(?:next\s+(?:week|month|year)|tomorrow|later\s+this\s+(?:week|month|year)|"
                           r"in\s+the\s+coming\s+(?:days|weeks|months))\b(?!['\u2019]s)", re.I)  # (not "next year's meeting")
_PLANNED_AFTER = re.compile(r"[^.;,]{0,50}?\b(?:is|are)\s+(?:also\s+)?(?:planned|scheduled|envisaged|foreseen)\b")


def modality_of(text: str, start: int, end: int) -> str | None:
    """"planned", "negated", "hypothetical", "vague" or None (a fact) for the trigger at ``start:end``.

    "vague" is history told with no time of its own ("have signed dozens of agreements over the
    years"): no event a reader could date.

    >>> modality_of("Xi will visit Astana.", 7, 12), modality_of("Xi visited Astana.", 3, 10)
    ('planned', None)
    """
    attached = _ATTACHED.search(text, 0, start)
    if attached is not None and attached.start() > 0:
        # "He is expected to travel to Asia in November, with stops in Japan and China": the clause's verb governs
        return modality_of(text, attached.start(), attached.start())
    followed = _FOLLOWED_BY.search(text, max(0, start - 120), start)  # (read near the trigger only: this runs for every trigger)
    if followed is not None and _modality()["planned"].search(re.split(r"[;:]|,\s+(?:but|while|and)\b", text[:followed.start()])[-1]):
        return "planned"  # "are scheduled to hold talks in Bangkok, followed by the exchange of several memoranda": a plan too
    if _INVERTED_IF.match(text):
        return "hypothetical"  # "Had Biden attended the summit, he would have met Xi": neither happened
    if len(text) < 120 and not text.rstrip().endswith((".", "\"", "\u201d")) and (
            _HEADLINE_TO.match(text[:start]) or _HEADLINE_TO_HEAD.match(text[:start])):
        return "planned"  # a headline's "Xi to visit Russia", "Japan, Philippines to sign troop pact"
    note = _NOTE_THAT.match(text)
    if note:  # "It may be mentioned that the Foreign Adviser visited Beijing": a fact told
        text = " " * note.end() + text[note.end():]
    window = _context_window(text, start, end)
    # (and "the bloc's summit in Malabo denied it the rotating chairmanship": what the summit withheld, not a summit denied)
    window = _DENIED_SOMEONE.sub(" ", _NOT_NEGATING.sub(" ", window))
    pats = _modality()
    if pats["negated"].search(window) or (re.match(r"\s*No\b", text) and ";" not in text[:start]):  # "No ...; X travelled"
        return "negated"
    if re.search(r"\b(?:following|after)\s+(?:[\w'-]+\s+){0,3}$", text[max(0, start - 50):start], re.I):
        return None  # "plans to send observers following Lukashenko's meeting with ...": the meeting happened
    at = _AGREED_AT.search(text, max(0, start - 120), start)
    if at is not None and not pats["planned"].search(text[at.end("at"):start]):
        return None  # "agreed to upgrade their ties at a trilateral meeting in Beijing": where they agreed, held
    before = text[max(0, start - 90):start]
    # (a name set off by commas is no clause: "will on Thursday host his Angolan counterpart, President Joao Lourenco, on a
    # state visit")
    clause = re.split(r"[,;:]|\bbut\b|\band\b(?=\s+(?:the|he|she|they|it)\b)", _APPOSITION.sub(" ", before))[-1]
    if _AND_DID.search(before) and _DONE.match(text, start):
        clause = ""  # "agreed to launch a dialogue and signed a joint statement": a second verb, told as done
    if pats["planned"].search(clause) or (pats["planned"].search(window) and re.search(r"\bto\s*$", before)):
        if _fell_through(text, end):
            return "negated"  # "A planned meeting between Putin and Zelensky did not take place": neither held nor to come
        return "planned"
    if _PLANNED_AFTER.match(text, end) or _COMING_AFTER.match(text, end):
        # "where an official visit to the Republic of Serbia is planned", "embarks on a state visit to Kazakhstan next week"
        return "planned"
    if re.search(r"\b(?:before|after)\s+$", before) and pats["planned"].search(text[:start]):
        return "planned"  # "Lee is scheduled to meet residents in Japan ... before flying to Washington"
    if re.search(r"\b(?:for|to\s+(?:attend|participate\s+in|take\s+part\s+in))\s+(?:[\w'-]+\s+){0,4}$", before) and _TRIP_PLANNED.search(text[:start]):
        return "planned"  # "He was due to fly on to Ottawa later on Thursday, local time, for talks with Anand"
    if re.search(r"\bto\s+$", before) and re.search(r"\b(?:invited|plans?|intends?|wants?|agreed|expected|decided|ready|hopes?|aims?|"
                                                r"called\s+on|calls\s+on|calling\s+on|asked|urged|pressed|challenged?)\b", before, re.I):
        return "planned"
    if _ready_to(before):  # "ready to impose \"major sanctions\"", "called on the administration to blacklist"
        return "planned"
    if _REPORTED_WOULD.search(text, max(0, start - 160), start) and not _CONDITION.search(text):
        return "planned"  # "The spokesman said Ruto would also hold bilateral talks with Museveni": what is to come
    if _AS_VENUE.search(text, max(0, start - 60), start):
        return "hypothetical"  # "Russia has rejected the Vatican as a venue for negotiations": talks spoken of, not held
    if _NOUN_BEFORE.search(text, max(0, start - 30), start) and _NOUN_WOULD.match(text, end):
        return "hypothetical"  # "Analysts said a visit by Putin to Kyiv would change nothing": no visit told
    if pats["hypothetical"].search(_LIKELY_LAST.sub(" ", before)) or _MAY_HAPPEN.search(text[end:end + 90]):
        return "hypothetical"
    if (pats["vague"].search(window) or pats["vague"].search(re.split(r"[.;]", text[end:end + 70])[0]) or _SINCE_THEN.search(before)) \
            and not _MOST_RECENTLY.match(text, end):
        return "vague"  # (not "spoke several times by telephone, most recently on May 21": that last one)
    if _fell_through(text, end):
        return "negated"  # "a summit ... that Lourenço was to host collapsed"
    if _WILL_HAPPEN.search(text[end:end + 90]) or _SCHEDULED.match(text, end):
        return "planned"  # "an official visit to Serbia will take place", "The summit is scheduled for Nov. 22-23"
    return None


def _fell_through(text: str, end: int) -> bool:
    """Is the act before ``end`` said to have collapsed, been cancelled or not taken place (past an aside)?"""
    return bool(_FELL_THROUGH.search(RELATIVE_ASIDE.sub("", text[end:end + 240], count=1)[:120]))


# a headline's infinitive of what is to come: names, then "to" and the verb
_HEADLINE_TO = re.compile(r"\s*(?:(?-i:[A-Z])[\w'.\u2019-]*,?\s+(?:and\s+)?){1,5}to\s+(?:[a-z]+\s+)?$")
# ... and what such a headline goes on to name ("Ramaphosa to host Angola's Lourenco for state visit")
_HEADLINE_TO_HEAD = re.compile(r"\s*(?:(?-i:[A-Z])[\w'.\u2019-]*,?\s+(?:and\s+)?){1,5}to\s+(?-i:[a-z]+)\b")
# a condition told by inversion at the head of the sentence ("Had Biden attended ...", "Were Putin to travel ...")
_INVERTED_IF = re.compile(r"\s*(?:Had|Were|Should)\s+(?-i:[A-Z])[^,;.]{2,80}?,\s+(?:[\w.'-]+\s+){1,4}?(?:would|could|might)\b")
# the press-release idiom that only points to a fact ("It may be mentioned that ...", "It may be recalled that ...")
_NOTE_THAT = re.compile(r"\s*It\s+(?:may|might|should|is\s+to)\s+be\s+(?:mentioned|noted|recalled|added)\s+(?:here\s+)?that\b")
_ATTACHED = re.compile(r",\s*(?:with|including)\s+(?:[\w-]+\s+){0,2}(?:[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}(?:,\s+|\s+and\s+|,\s+and\s+))*$")
_AND_DID = re.compile(r"(?<!\bbe\s)(?<!\bto\s)(?<!\bbeen\s)\b(?:\w+\s+)and\s+(?:then\s+|also\s+|later\s+)?$")  # (not "to be concluded and signed")
_DONE = re.compile(r"(?:[a-z]+ed|met|held|made|paid|spoke|took|went|flew|signed)\b")
_FOLLOWED_BY = re.compile(r",?\s+(?:to\s+be\s+)?followed\s+by\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}$")
# "He has since travelled to The Gambia, Guinea-Bissau, ...": trips told as history, with no time of their own
_SINCE_THEN = re.compile(r"\b(?:has|have)\s+since\s+(?:also\s+)?$")
_TRIP_PLANNED = re.compile(r"\b(?:due|expected|scheduled|set|plans?|planning|will|is\s+to|was\s+to)\s+(?:\w+\s+){0,2}?"
                           r"(?:fly|travel|head|go|leave|depart|arrive|continue|proceed|move\s+on|journey)\b")
# "ready to impose \"major sanctions\"": the infinitive the trigger ends, then the cue that governs it
_TO_VERB = re.compile(r"\bto\s+\w+\s+(?:[\w\"'\u201c\u201d%-]+\s+){0,4}[\"'\u201c]?$")
_READY_CUE = re.compile(r"\b(?:(?:ready|prepared|willing|plans?|planning|threaten\w*|wants?|intends?)\s*$|"
                        r"(?:(?:called|calls|calling)\s+on|urg\w+|asked|expect\w*)\s+[^,.;]{1,60}$|challeng\w*(?:\s+[^,.;]{0,60})?$)", re.I)


def _ready_to(before: str) -> bool:
    to = _TO_VERB.search(before)
    return to is not None and _READY_CUE.search(before[:to.start()].rstrip() + " ") is not None


_SCHEDULED = re.compile(r"[^.;]{0,60}?\b(?:(?:(?:is|are)\s+)?(?:scheduled|planned|due|set|slated)\s+(?:for|on|in)\b|(?<!first\s)(?<!last\s)(?<!only\s)to\s+be\s+(?:held|hosted|convened)\b)")
_WILL_HAPPEN = re.compile(r"^[^.;]*?\b(?:will|is\s+to|was\s+to|were\s+to|(?:is|are)\s+(?:expected|scheduled|set|due)\s+to)\s+(?:also\s+)?(?:take\s+place|be\s+held|begin|start|follow|be\s+paid|be\s+signed|conclude|end|close|open|wrap\s+up|resume)\b")
# a relative clause set off by commas ("Kallas, who arrived on Thursday, said ..."; "A meeting between the two
# delegations, which diplomats said had been pencilled in, did not take place": read past)
RELATIVE_ASIDE = re.compile(r",\s*(?:(?:an?|the)\s+(?:[\w-]+\s+){0,3})?(?:who|which)\b[^,;]{3,120},")
_NOT_NEGATING = re.compile(r"\bnot only\b|\bno doubt\b|\bno longer\b|\bnot just\b", re.I)  # words of negation that negate nothing
_CONDITION = re.compile(r"\b(?:if|unless|whether)\b", re.I)
_DENIED_SOMEONE = re.compile(r"\bdenied\s+(?:it|him|her|them|us|(?-i:[A-Z])[\w'-]+)\s+(?:the|a|an|its|his|her|their|any)\s")
_APPOSITION = re.compile(r",\s+(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?-i:[A-Z])[\w.'\u2019-]*){1,6},(?=\s+(?:on|for|in|at|to)\b)")
# "for what was likely his last Quad summit": a guess about which one, not whether it happened
_LIKELY_LAST = re.compile(r"\b(?:likely|probably|possibly|perhaps)\s+(?=(?:his|her|their|its|the)\s+(?:last|final|first)\b)", re.I)
# "would" after a report ("said Ruto would also hold talks"): the future seen from the report, not a hypothesis
_REPORTED_WOULD = re.compile(r"\b(?:said|says|told\s+(?:\w+\s+){1,3}?|announced|confirmed|added|stated)\s+(?:that\s+|on\s+\w+\s+(?:that\s+)?)?"
                             r"[^.;,]{0,80}?\bwould\s+(?:also\s+|then\s+|later\s+|first\s+|soon\s+)?(?:\w+\s+)?$")
_AS_VENUE = re.compile(r"\bas\s+(?:a|the|an)\s+(?:possible\s+|potential\s+|neutral\s+)?(?:venue|host|location|site|place)\s+(?:for|of)\s+"
                       r"(?:(?:the|any|future|peace|such|direct|new)\s+)*$", re.I)
# a trip or meeting named as a noun and then said to "would" do something: a hypothesis about it
_NOUN_BEFORE = re.compile(r"\b(?:[Aa]n?|[Aa]ny|[Ss]uch\s+an?)\s+(?:[\w-]+\s+){0,2}$")
_NOUN_WOULD = re.compile(r"(?:(?!\b(?:was|were|had|has|have|is|are|who|which|that)\b)[^.;,]){0,60}?\b(?:would|could|might)\b")
_MOST_RECENTLY = re.compile(r"[^.;]{0,60}?\b(?:most\s+recently|the\s+(?:latest|last)\s+(?:on|in|at|during))\b")
_FELL_THROUGH = re.compile(r"^(?:(?!,\s+but\b)[^.;])*?\b(?:collapsed|fell\s+through|(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:cancell?ed|called\s+off|postponed|scrapped|aborted|shelved|dropped|abandoned|"
                          r"not\s+(?:taken\s+up|pursued|approved))|"
                          r"never\s+(?:took\s+place|happened|materiali[sz]ed)|did\s+not\s+(?:take\s+place|happen|go\s+ahead)|"
                          r"(?:have|has|had)\s+not\s+(?:yet\s+)?(?:taken\s+place|been\s+held|happened)|(?:was|were)\s+not\s+held|"
                          r"(?:is|are|was|were)\s+not\s+(?:on\s+the\s+agenda|planned|scheduled|foreseen|envisaged))\b")
_MAY_HAPPEN = re.compile(r"^[^.;]*?\b(?:could|would|might|may)\s+(?:well\s+)?(?:happen|take\s+place|be\s+held|come|go\s+ahead|materiali[sz]e|follow)\b")
