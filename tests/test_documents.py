import datetime as dt
import json
import warnings

import pytest

from kg.documents import iter_documents, read_documents
from kg.errors import DocumentError


def test_front_matter_fields(article):
    path = article("Text body here.", published="2024-07-04")
    path.write_text("---\nsource: https://example.test/a\npublisher: Wire\npublished: 2024-07-04\n"
                    "title: A title\n---\nBody text.\n", encoding="utf-8")
    (doc,) = read_documents(path)
    assert doc.published == dt.date(2024, 7, 4)
    assert (doc.url, doc.publisher, doc.title, doc.text) == ("https://example.test/a", "Wire", "A title", "Body text.")


@pytest.mark.parametrize("written", ["Sunday 6 July 2025", "July 6, 2025", "06.07.2025 09:12", "2025-07-06T09:40:00-03:00",
                                     "6 July 2025 14:20 BST"])
def test_a_published_date_written_out_in_front_matter(tmp_path, written):
    path = tmp_path / "live.md"
    path.write_text(f"---\ntitle: Live\ndate: {written}\n---\nBody text.\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a time zone dateutil does not know ("BST") is no warning to the user
        (doc,) = read_documents(path)
    assert doc.published == dt.date(2025, 7, 6)


def test_front_matter_that_is_no_valid_yaml_is_read_line_by_line(tmp_path):
    path = tmp_path / "loose.md"
    path.write_text("---\ntitle: Kazakhstan: Tokayev meets Xi\npublished: 2025-07-06\n---\nBody.\n", encoding="utf-8")
    (doc,) = read_documents(path)
    assert (doc.title, doc.published) == ("Kazakhstan: Tokayev meets Xi", dt.date(2025, 7, 6))


def test_front_matter_is_yaml_with_lists_and_dates(tmp_path):
    path = tmp_path / "praia.md"
    path.write_text("---\ntitle: \"Marcelo in Praia\"\nauthor: Edson Tavares\npublished: 2025-07-06\ntags:\n  - Cabo Verde\n"
                    "  - Portugal\nseo:\n  keywords: [visit, Praia]\n---\nBody text.\n", encoding="utf-8")
    (doc,) = read_documents(path)
    assert (doc.title, doc.published, doc.text) == ("Marcelo in Praia", dt.date(2025, 7, 6), "Body text.")


def test_plain_text_without_front_matter(article):
    (doc,) = read_documents(article("Just text."))
    assert doc.published is None and doc.text == "Just text."


def test_markdown_links_read_as_their_text_and_link_lines_are_dropped(tmp_path):
    path = tmp_path / "eac.md"
    path.write_text("---\npublished: 2024-03-05\n---\n[Home](/) > [Region](/region)\n\n"
                    "![Somali officials in Arusha](/img/somalia.jpg)\n\n"
                    "Somalia [formally joined](https://eac.test/news) the East African Community on Monday.\n\n"
                    "**Related:** [EAC summit approves Somalia bid, names Kiir as chair](/region/2023/11/25/eac) | "
                    "[Kenya, Somalia agree to reopen border](/region/2023/05/16/border)\n", encoding="utf-8")
    (doc,) = read_documents(path)
    assert doc.text.split("\n\n") == ["Somali officials in Arusha", "Somalia formally joined the East African Community on Monday."]


def test_other_stories_and_sharing_inside_the_article_are_not_its_text(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><body><article><h1>Leaders meet</h1><p>The two leaders met in Rome.</p>"
                    "<div class='share-tools'><a>Share on X</a></div><div class='related'><h3>Related</h3><ul>"
                    "<li><a href='/a'>Putin arrives in Hanoi for state visit</a></li></ul></div>"
                    "<p class='tags'>Italy, France</p></article></body></html>", encoding="utf-8")
    (doc,) = read_documents(page)
    assert doc.text == "Leaders meet\nThe two leaders met in Rome."


def test_html_main_text_only(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>T</title><script>var x = 'Putin';</script></head><body>"
                    "<nav>Home | World</nav><article><h1>Leaders meet</h1><p>The two leaders met in Rome.</p>"
                    "</article><footer>Cookie policy</footer></body></html>", encoding="utf-8")
    (doc,) = read_documents(page)
    assert "The two leaders met in Rome." in doc.text
    assert "Cookie" not in doc.text and "var x" not in doc.text and "Home" not in doc.text


def test_jsonl_one_document_per_line(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps({"text": "First.", "published": "2024-01-02"}) + "\n\n"
                    + json.dumps({"text": "Second.", "title": "B"}) + "\n", encoding="utf-8")
    docs = read_documents(path)
    assert [d.text for d in docs] == ["First.", "Second."]
    assert docs[0].file_name == "corpus.jsonl#L1" and docs[1].file_name == "corpus.jsonl#L3"


@pytest.mark.parametrize("content, message", [
    (b"\x00\x01\x02binary", "is a binary file"),
    (b"caf\xe9 au lait", "is not valid UTF-8"),
    (b"   \n\n", "is empty"),
    (b"---\ntitle: no end\nBody", "front matter opened with '---' is never closed"),
    (b"---\njust a line without colon\n---\nBody", "malformed front matter line"),
    (b"---\ntitle: [unclosed\nno colon here\n---\nBody", "malformed front matter line 'no colon here'"),
    (b"---\npublished: last tuesday\n---\nBody", "bad 'published' in front matter"),
])
def test_bad_text_inputs_name_the_file(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(DocumentError) as info:
        read_documents(path)
    assert str(info.value).startswith(str(path))
    assert message in str(info.value)


def test_bad_json_line_names_file_and_line(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"text": "ok"}\n{"text": broken\n{"title": "no text"}\n', encoding="utf-8")
    items = list(iter_documents([path]))
    assert [type(i).__name__ for i in items] == ["Document", "DocumentError", "DocumentError"]
    assert str(items[1]).startswith(f"{path}:2: malformed JSON")
    assert str(items[2]) == f"{path}:3: JSON line has no string 'text' field"


def test_directory_walk_skips_hidden_and_readme(tmp_path):
    (tmp_path / "a.txt").write_text("A.", encoding="utf-8")
    (tmp_path / "README.md").write_text("About.", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "b.txt").write_text("B.", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    assert [d.text for d in iter_documents([tmp_path])] == ["A."]


def test_missing_path_is_an_error(tmp_path):
    (item,) = list(iter_documents([tmp_path / "nope.txt"]))
    assert isinstance(item, DocumentError) and "does not exist" in str(item)


def test_html_liveblog_entries_are_all_read(tmp_path):
    page = tmp_path / "live.html"
    page.write_text("<html><body><nav>Home</nav><main><h1>LIVE: Erdogan in Bogor</h1><h2>Wednesday, 12 February</h2>"
                    "<article><time>18:05</time><p>That's where we wrap up.</p></article>"
                    "<article><time>11:45</time><p>Prabowo and Erdogan have begun talks.</p></article>"
                    "<h2>Tuesday, 11 February</h2><article><p>Erdogan landed at Halim airport.</p></article>"
                    "</main><footer>Cookies</footer></body></html>", encoding="utf-8")
    (doc,) = read_documents(page)
    lines = doc.text.splitlines()
    assert lines.index("Wednesday, 12 February") < lines.index("Prabowo and Erdogan have begun talks.") < lines.index(
        "Tuesday, 11 February") < lines.index("Erdogan landed at Halim airport.")
    assert "Cookies" not in doc.text and "Home" not in doc.text
