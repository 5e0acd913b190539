import pytest
from kg.extract.normalize import normalize_text, split_sentences


def test_quotes_dashes_spaces():
    assert normalize_text("“Hello” – it’s\u00a0here") == "\"Hello\" - it's here"


def test_line_breaks_inside_sentences_are_joined():
    text = "Therefore,\nit is certainly good.\nThe next sentence.\n\nNew paragraph"
    assert normalize_text(text) == "Therefore, it is certainly good.\nThe next sentence.\n\nNew paragraph"


def test_headline_lines_stay_separate():
    assert normalize_text("Talks with President Xi\nBelarus has...") == "Talks with President Xi\nBelarus has..."


def test_stray_space_before_punctuation():
    assert normalize_text("Oman (Middle East ) and schedules , then .") == "Oman (Middle East) and schedules, then."


def test_mojibake_is_repaired():
    assert normalize_text("TÃ¼rkiyeâ€™s president") == "Türkiye's president"


def test_missing_space_after_full_stop():
    assert normalize_text("progress.The President") == "progress. The President"


def test_sentences_keep_offsets():
    text = "Mr. Xi met U.S. envoys on Dec. 4. They talked. \"We agree.\" Then J. Smith left."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["Mr. Xi met U.S. envoys on Dec. 4.", "They talked.", "\"We agree.\"", "Then J. Smith left."]
    for s in sentences:
        assert text[s.start:s.end] == s.text


def test_paragraphs_end_sentences():
    sentences = split_sentences("Headline without stop\nBody sentence one. Two.")
    assert [s.paragraph for s in sentences] == [0, 1, 1]


def test_an_honorific_ends_no_sentence():
    from kg.extract.normalize import split_sentences

    text = "The memorandum was signed by Hon. Samuel Okudzeto Ablakwa and Amb. Yusuf Tuggar on Monday. They met."
    assert [s.text for s in split_sentences(text)] == [
        "The memorandum was signed by Hon. Samuel Okudzeto Ablakwa and Amb. Yusuf Tuggar on Monday.", "They met."]


@pytest.mark.parametrize("text, first", [
    ("Prachanda called on the President of India, Smt. Droupadi Murmu on 31 May 2023. He left.",
     "Prachanda called on the President of India, Smt. Droupadi Murmu on 31 May 2023."),
    ("Sh. Piyush Goyal met Mme. Catherine Colonna in Paris. They spoke.", "Sh. Piyush Goyal met Mme. Catherine Colonna in Paris."),
])
def test_regional_honorifics_end_no_sentence(text, first):
    from kg.extract.normalize import split_sentences

    assert split_sentences(text)[0].text == first
