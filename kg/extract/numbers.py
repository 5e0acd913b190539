"""Counts written as words or digits ("thirteen agreements", "two dozen", "a two-day visit")."""

from __future__ import annotations

import re

__all__ = ["NUMBER_WORDS", "number_of"]


#: Counts written as words ("signed thirteen agreements", "a two-day visit").
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "a dozen": 12, "dozen": 12, "a couple of": 2, "several": None,
}


def number_of(word: str) -> int | None:
    """The number a count is written as: "3", "three", "two dozen"; None for "several".

    >>> number_of("12"), number_of("Three"), number_of("two dozen"), number_of("several")
    (12, 3, 24, None)
    """
    word = word.lower()
    if word.isdigit():
        return int(word)
    dozen = re.match(r"(?:(\w+)\s+)?dozen", word)
    if dozen:
        factor = NUMBER_WORDS.get(dozen.group(1) or "one", 1) if dozen.group(1) != "a" else 1
        return 12 * (factor or 1)
    return NUMBER_WORDS.get(word)
