import datetime as dt

import pytest

from kg.extract.dates import find_dates

PUB = dt.date(2023, 12, 5)  # a Tuesday


@pytest.mark.parametrize("text, anchor, expected", [
    ("talks on 4 December", PUB, "2023-12-04"),
    ("on December 4, 2023,", None, "2023-12-04"),
    ("on April 23", dt.date(2024, 5, 1), "2024-04-23"),
    ("in late November", dt.date(2024, 1, 10), "2023-11"),
    ("in March 2020", None, "2020-03"),
    ("on 2024-07-04", None, "2024-07-04"),
    ("on Friday", dt.date(2025, 11, 30), "2025-11-28"),
    ("Thursday night", dt.date(2025, 11, 30), "2025-11-27"),
    ("yesterday", PUB, "2023-12-04"),
    ("earlier this month", PUB, "2023-12"),
    ("last month", PUB, "2023-11"),
    ("this year", PUB, "2023"),
    ("in 2013", None, "2013"),
    ("on 1st February 2021", None, "2021-02-01"),
    ("In February last year, he flew to Paris", dt.date(2025, 1, 7), "2024-02"),
    ("in June last year, a month after", dt.date(2025, 1, 7), "2024-06"),
    ("on the sidelines of last year's Forum", dt.date(2025, 8, 14), "2024"),
    ("In 2023, the two met", None, "2023"),
    ("Xi visited Astana last September", dt.date(2025, 1, 7), "2024-09"),
])
def test_single_dates(text, anchor, expected):
    (mention,) = find_dates(text, anchor)
    assert mention.date.value == expected


def test_spans_keep_both_ends():
    (m,) = find_dates("From February 28 to March 2 of this year", PUB)
    assert (m.date.value, m.end_date.value) == ("2023-02-28", "2023-03-02")
    (m,) = find_dates("28 February - 2 March", PUB)
    assert (m.date.value, m.end_date.value) == ("2023-02-28", "2023-03-02")
    (m,) = find_dates("June 28-30, 2024", None)
    assert (m.date.value, m.end_date.value) == ("2024-06-28", "2024-06-30")


def test_year_inferred_backwards_across_new_year():
    (m,) = find_dates("on 28 December", dt.date(2024, 1, 3))
    assert m.date.value == "2023-12-28"


def test_future_reading_for_plans():
    (m,) = find_dates("on Friday", dt.date(2025, 11, 30), future=True)
    assert m.date.value == "2025-12-05"


@pytest.mark.parametrize("text, day", [("on Friday", "2025-03-14"), ("next Friday", "2025-03-21"), ("on Saturday", "2025-03-15")])
def test_a_plan_for_the_weekday_of_the_story_is_that_day_and_next_is_a_week_on(text, day):
    (m,) = find_dates(text, dt.date(2025, 3, 14), future=True)  # a Friday
    assert m.date.value == day


def test_no_year_no_anchor_gives_nothing():
    assert find_dates("on 4 December") == ()
    assert find_dates("on Friday") == ()


def test_document_year_used_without_anchor():
    (m,) = find_dates("on 4 December", None, year=2023)
    assert m.date.value == "2023-12-04"


def test_may_alone_is_not_a_date():
    assert find_dates("The leaders may meet again.", PUB) == ()


@pytest.mark.parametrize("line", ["Published 9 May 2025", "**Posted on:** 9 May 2025", "Last updated: 09.05.2025 14:20"])
def test_a_marked_publication_line_below_the_page_head_dates_the_story(line):
    from kg.extract.dates import dateline

    text = "GOV.UK\nHome > Government > Foreign affairs > Sanctions\n\n" + "Navigation link\n" * 30 + line + "\n\nThe UK today ..."
    assert dateline(text)[0] == dt.date(2025, 5, 9)


def test_a_publication_line_closing_the_story_dates_it():
    from kg.extract.dates import dateline

    text = ("PRETORIA (ACP) - The two presidents signed agreements on Thursday.\n\n" + "More text follows here. " * 80
            + "\n\nMutsaka reported from Harare.\n\nPublished 5:47 PM GMT+2, November 7, 2025")
    assert dateline(text)[0] == dt.date(2025, 11, 7)


@pytest.mark.parametrize("text, expected", [
    ("spoke by phone on the 12th to settle the text", ["2025-09-12"]),
    ("they met on the 25th", ["2025-08-25"]),
    ("on the 50th anniversary of relations", []),
    ("the 12th round of talks", []),
])
def test_a_day_of_the_storys_month(text, expected):
    assert [m.date.value for m in find_dates(text, dt.date(2025, 9, 19))] == expected


@pytest.mark.parametrize("head, expected", [
    ("Juche 114 (2025).7.22.", dt.date(2025, 7, 22)),  # a state agency's numeric stamp heading the story
    ("Juche 113.6.20.", dt.date(2024, 6, 20)),  # the Juche calendar's year alone: 113 + 1911
    ("2025.07.22 10:00", dt.date(2025, 7, 22)),
    ("2025-07-22T10:00:00Z", dt.date(2025, 7, 22)),  # an ISO 8601 stamp
    ("2025-07-22T10:00:00+09:00", dt.date(2025, 7, 22)),
    ("Version 2.1.3", None),
])
def test_a_numeric_stamp_heading_the_story_dates_it(head, expected):
    from kg.extract.dates import dateline

    found = dateline(head + "\n\nTalks Held between Foreign Ministers\n\nPyongyang, July 22 (KCNA) -- Talks took place.")
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize("anchor, expected", [
    (dt.date(2024, 6, 26), "2024-06-22"),  # a Wednesday: the Saturday before
    (dt.date(2024, 6, 23), "2024-06-22"),  # a Sunday: that weekend's Saturday
])
def test_over_the_weekend_is_the_saturday_just_past(anchor, expected):
    assert [m.date.value for m in find_dates("Over the weekend, the premier toured New Zealand.", anchor)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("In mid-June, Ruto travelled to Washington.", ["2024-06"]),
    ("On the 24th, Li Qiang met Luxon.", ["2024-06-24"]),
])
def test_mid_month_and_a_fronted_day_of_the_month(text, expected):
    assert [m.date.value for m in find_dates(text, dt.date(2024, 6, 26))] == expected


@pytest.mark.parametrize("text, expected", [
    ("in early 2023", "2023"),
    ("mid-2023", "2023"),
    ("two days ago", "2024-06-12"),
    ("a week ago", "2024-06-07"),
    ("a month ago", "2024-05"),
    ("on Tuesday last week", "2024-06-04"),
    ("in the first week of March", "2024-03"),
    ("in the last days of May", "2024-05"),
    ("in the middle of May", "2024-05"),
    ("at the start of the month", "2024-06"),
    ("at the end of the month", "2024-06"),
])
def test_seasons_days_ago_weekdays_of_last_week_and_parts_of_a_month(text, expected):
    assert [d.date.value for d in find_dates(text, dt.date(2024, 6, 14))] == [expected]


def test_a_capitalised_last_before_a_weekday_opening_a_sentence_is_the_week_before():
    found = find_dates("Last Thursday's meeting between the two leaders lasted three hours.", dt.date(2025, 6, 12), 2025)
    assert [d.date.value for d in found] == ["2025-06-05"]


def test_a_week_later_is_seven_days_after_the_story_s_last_day():
    from kg.documents import Document
    from kg.extract import extract_document
    text = ("Qatar's emir flew to Washington on November 12 for talks with President Donald Trump. A week later, Saudi Crown "
            "Prince Mohammed bin Salman was in Paris, where President Emmanuel Macron hosted him for dinner. Two weeks earlier, "
            "Macron had hosted Indian Prime Minister Narendra Modi in Paris.")
    doc = Document(text, "t.txt", "t.txt", published=dt.date(2025, 12, 1))
    got = {(e.type, e.countries): e.date.value for e in extract_document(doc).events}
    assert got[("Meeting", ("FRA", "SAU"))] == "2025-11-19"
    assert got[("Meeting", ("FRA", "IND"))] == "2025-11-05"
