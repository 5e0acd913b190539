"""Text normalisation and sentence splitting.

News text arrives with mojibake, typographic quotes, non-breaking spaces, hard line breaks
inside sentences and stray spaces before punctuation. :func:`normalize_text` repairs these so
that the gazetteers match; evidence offsets point into its output.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["normalize_text", "Sentence", "split_sentences"]

_TRANSLATE = str.maketrans({
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u2002": " ",
    "\u2003": " ", "\u200b": "", "\ufeff": "", "\u00ad": "", "\u200e": "", "\u200f": "",
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": " - ", "\u2015": " - ",
    "\u2212": "-", "\u2026": "...", "\t": " ", "\r": "",
})

# Words after which a hard line break cannot end a sentence.
_JOINERS = {
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from",
    "as", "that", "which", "who", "whose", "his", "her", "its", "their", "our", "your", "my", "is",
    "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "see",
    "into", "onto", "than", "this", "these", "those", "not", "also", "very", "such", "both", "all",
}


def _looks_mojibake(text: str) -> bool:
    return bool(re.search("[\u00c2\u00c3\u00e2][\u0080-\u00bf\u20ac\u201a-\u201e\u2018-\u2022\u0152\u0153\u0161\u017e\u0178]", text))


def normalize_text(text: str) -> str:
    """Return NFC text with plain quotes and dashes, repaired mojibake and joined broken lines.

    Paragraphs (blank lines) and lines that end a sentence are kept; a line break inside a
    sentence becomes a space; a space before ``, . ; : ! ? )`` is removed.

    Examples
    --------
    >>> normalize_text("the Belarusian\\nleader visited Oman (Middle East ) .")
    'the Belarusian leader visited Oman (Middle East).'
    >>> normalize_text("Türkiye’s “state visit” – 2024")
    'Türkiye\\'s "state visit" - 2024'
    """
    if _looks_mojibake(text):
        import ftfy

        text = ftfy.fix_text(text, normalization="NFC")
    text = unicodedata.normalize("NFC", text).translate(_TRANSLATE)
    lines = [re.sub(r" {2,}", " ", line).strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if not line:
            if out and out[-1] != "":
                out.append("")
            continue
        if out and out[-1] != "" and _continues(out[-1], line):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    text = "\n".join(out).strip()
    text = re.sub(r" +([,.;:!?)\]])", r"\1", text)
    text = re.sub(r"([(\[]) +", r"\1", text)
    text = re.sub(r"([.!?])([A-Z][a-z])", r"\1 \2", text)  # "progress.The President" -> two sentences
    return re.sub(r"\n{3,}", "\n\n", text)


def _continues(previous: str, line: str) -> bool:
    """Is ``line`` the continuation of the sentence that ``previous`` started?"""
    if line[0].islower() or line[0] in ",.;:)]":
        return True
    last = previous[-1]
    if last in ".!?\"'":
        return False
    if last in ",;([-":
        return True
    return previous.rsplit(" ", 1)[-1].lower() in _JOINERS


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document: its text and offsets into the document text."""

    start: int
    end: int
    text: str
    paragraph: int


_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen",
    "rep", "rev", "st", "mt", "jr", "sr", "no", "vol", "art", "fig", "vs", "etc", "inc", "ltd", "co",
    "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.k", "u.n", "e.u", "u.a.e", "a.m", "p.m", "e.g", "i.e", "approx", "est", "dept", "min",
    "hon", "amb", "pres", "brig", "cdr", "cmdr", "engr", "eng",
    "smt", "sh", "kum", "mme", "mlle", "messrs", "hrh",  # Indian, French and royal honorifics
}


def is_abbreviation(token: str) -> bool:
    """Does a word ending in a full stop abbreviate ("Mr.", "Hon.", "U.S.", initials "J."), so that
    the stop ends no sentence?"""
    token = token.lower()
    return token.rstrip(".") in _ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.)*[a-z]\.?", token) is not None


def sentence_ends(line: str):
    """Offsets in one line (paragraph) where a sentence ends: after ``. ! ?`` (and closing quotes)
    followed by space and a capital, unless the stop closes an abbreviation or an initial."""
    begin = 0
    for match in _BOUNDARY.finditer(line):
        word = re.search(r"([\w.]+)$", line[begin:match.start()])
        if match.group(1) == "." and is_abbreviation((word.group(1) if word else "") + "."):
            continue
        yield match.end(2), match.end()
        begin = match.end()

_BOUNDARY = re.compile(r"""([.!?]+)(["')\]]*)(\s+)(?=["'(\[]?[A-Z0-9\u00c0-\u024f])""")


def split_sentences(text: str) -> list[Sentence]:
    """Split document text into sentences with offsets.

    Paragraph breaks always end a sentence; inside a paragraph a ``. ! ?`` followed by space and
    a capital ends one, except after abbreviations (``Mr.``, ``U.S.``, ``Dec.``) and initials.

    Examples
    --------
    >>> [s.text for s in split_sentences("Mr. Xi met U.S. envoys. They talked.")]
    ['Mr. Xi met U.S. envoys.', 'They talked.']
    """
    sentences: list[Sentence] = []
    paragraph = 0
    for para in re.finditer(r"[^\n]+", text):
        chunk, base = para.group(), para.start()
        begin = 0
        for end, next_begin in sentence_ends(chunk):
            _add(sentences, chunk, base, begin, end, paragraph)
            begin = next_begin
        _add(sentences, chunk, base, begin, len(chunk), paragraph)
        paragraph += 1
    return sentences


def _add(out: list[Sentence], chunk: str, base: int, begin: int, end: int, paragraph: int) -> None:
    piece = chunk[begin:end]
    stripped = piece.strip()
    if not stripped:
        return
    offset = begin + (len(piece) - len(piece.lstrip()))
    out.append(Sentence(base + offset, base + offset + len(stripped), stripped, paragraph))
