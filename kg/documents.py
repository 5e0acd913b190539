"""Input documents: plain text with optional front matter, HTML pages, and JSON Lines corpora."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml
from dateutil import parser as date_parser

from .errors import DocumentError
from .extract.normalize import normalize_text

__all__ = ["Document", "read_documents", "iter_documents", "iter_files", "SUFFIXES", "parse_date"]

#: File suffixes that ``read_documents`` accepts; directories are walked for these.
SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_KNOWN_FIELDS = {"source", "url", "publisher", "published", "date", "title"}


@dataclass(frozen=True)
class Document:
    """One article: its normalised text and what is known about it.

    ``text`` is what evidence offsets point into; ``sha256`` is the digest of that text.
    ``source_path`` identifies where it came from (a path, or ``path#L<n>`` for a JSON line) so a
    changed file replaces its own facts.
    """

    text: str
    file_name: str
    source_path: str
    title: str | None = None
    published: dt.date | None = None
    publisher: str | None = None
    url: str | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def parse_date(value: str) -> dt.date:
    """Parse a published date: ISO (``2024-07-04``, or a timestamp starting with one) or a full
    written date (``Sunday 6 July 2025``, ``July 6, 2025``, ``06.07.2025``, day first); raise
    ``ValueError`` when the value is no date or lacks its day, month or year.

    >>> parse_date("2025-07-06T09:40:00-03:00"), parse_date("Sunday 6 July 2025"), parse_date("14.05.2025 09:12")
    (datetime.date(2025, 7, 6), datetime.date(2025, 7, 6), datetime.date(2025, 5, 14))
    """
    value = value.strip().strip("'\"")
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if match:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    try:  # dateutil fills a missing part from its default: read twice with two, and they must agree
        first = date_parser.parse(value, dayfirst=True, ignoretz=True, default=dt.datetime(2000, 1, 1))
        second = date_parser.parse(value, dayfirst=True, ignoretz=True, default=dt.datetime(2001, 2, 2))
    except (ValueError, OverflowError):
        first = second = None
    if first is None or first.date() != second.date():
        raise ValueError(f"{value!r} is not a full date (write YYYY-MM-DD)")
    return first.date()


def _front_matter(raw: str, path: str) -> tuple[dict[str, str], str, int]:
    """Split a YAML front-matter block off; return (fields, body, line count of the block).

    The block is read with a YAML parser, so lists and nested keys (``tags:`` with ``- item`` lines)
    are fine; only the fields the tool uses are kept, as text.
    """
    stripped = raw.lstrip("\ufeff")
    if not stripped.startswith("---"):
        return {}, raw, 0
    match = _FRONT_MATTER.match(stripped)
    if not match:
        raise DocumentError(path, "front matter opened with '---' is never closed; add a closing '---' line", 1)
    try:
        data = yaml.safe_load(match[1])
    except yaml.YAMLError as exc:  # loose 'key: value' lines, as many sites write them ("title: Kazakhstan: Tokayev meets Xi")
        data = _loose_fields(match[1], path, exc)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        first = next((line.strip() for line in match[1].splitlines() if line.strip()), "")
        raise DocumentError(path, f"malformed front matter line {first!r}; write 'key: value'", 2)
    fields: dict[str, str] = {}
    lines = match[1].splitlines()
    for key, value in data.items():
        key = str(key).lower()
        if key not in _KNOWN_FIELDS or value is None or isinstance(value, (list, dict)):
            continue
        fields[key] = value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else str(value).strip()
        if key in ("published", "date") and fields[key]:
            try:
                parse_date(fields[key])
            except ValueError as exc:
                number = next((i for i, text in enumerate(lines, start=2) if re.match(rf"\s*{re.escape(key)}\s*:", text, re.I)), 1)
                raise DocumentError(path, f"bad '{key}' in front matter: {exc}", number) from None
    return fields, stripped[match.end():], match[0].count("\n")


_LOOSE_FIELD = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")


def _loose_fields(block: str, path: str, exc: Exception) -> dict[str, str]:
    """Front matter that is no valid YAML, read line by line: each top-level line is 'key: value' (the
    value is the rest of the line); list items and indented lines belong to the key before them."""
    fields: dict[str, str] = {}
    for number, line in enumerate(block.splitlines(), start=2):
        if not line.strip() or line.lstrip().startswith("#") or line[:1] in " \t-":
            continue
        field = _LOOSE_FIELD.match(line)
        if not field:
            problem = getattr(exc, "problem", None) or "not valid YAML"
            raise DocumentError(path, f"malformed front matter line {line.strip()!r} ({problem}); write 'key: value'",
                                number) from None
        fields[field[1]] = field[2].strip().strip("'\"")
    return fields


def _html_published(tree) -> str | None:
    """The publication date a page declares: article meta tags, JSON-LD, or a <time> element."""
    for selector, attr in (('meta[property="article:published_time"]', "content"),
                           ('meta[name="date"]', "content"), ('meta[name="pubdate"]', "content"),
                           ('meta[itemprop="datePublished"]', "content"), ("time[datetime]", "datetime")):
        node = tree.css_first(selector)
        if node is not None and node.attributes.get(attr):
            value = node.attributes[attr]
            if re.match(r"\d{4}-\d{2}-\d{2}", value):
                return value[:10]
    for node in tree.css('script[type="application/ld+json"]'):
        match = re.search(r'"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})', node.text() or "")
        if match:
            return match.group(1)
    return None


def _article_root(tree):
    """The <article>, or, where the page's articles are the entries of one story told side by side (a
    liveblog's timestamped posts under day headings), the element that holds them all."""
    articles = tree.css("article")
    if not articles:
        return None
    first = articles[0]
    parent = first.parent
    if parent is not None and sum(1 for a in articles if a.parent is not None and a.parent.mem_id == parent.mem_id) >= 2:
        return parent
    return first


def _html_main_text(html: str) -> tuple[str, dict[str, str]]:
    """Main text of an HTML page: the <article> (or <main>, or <body>) without scripts and chrome,
    and what the page says about itself (title, published date)."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    title_node = tree.css_first("h1") or tree.css_first("title")
    meta = {}
    if title_node is not None and title_node.text(strip=True):
        meta["title"] = " ".join(title_node.text().split())
    published = _html_published(tree)
    if published:
        meta["published"] = published
    for selector in ("script", "style", "noscript", "nav", "header", "footer", "aside", "form",
                     "iframe", "template", "button", "[aria-hidden=true]", ".cookie", "#cookie",
                     # page furniture inside the article: other stories' headlines, sharing, ads, tags
                     "[class*=related]", "[class*=share]", "[class*=newsletter]", "[class*=breadcrumb]",
                     "[class*=most-read]", "[class*=ad-slot]", "[class*=ticker]", "[class*=tags]"):
        for node in tree.css(selector):
            node.decompose()
    root = _article_root(tree) or tree.css_first("main") or tree.body or tree.root
    if root is None:
        return "", meta
    blocks = []
    for node in root.css("h1, h2, h3, h4, p, li, figcaption, blockquote, pre, td"):
        text = " ".join(node.text(separator=" ").split())
        nested = any(inner.mem_id != node.mem_id for inner in node.css("p, li"))
        if text and not nested:
            blocks.append(text)
    if not blocks:
        blocks = [" ".join(root.text(separator=" ").split())]
    return "\n".join(blocks), meta


_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)\s]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)\s]*\)")


def _markdown_text(body: str) -> str:
    """The prose of a Markdown article: a link or image reads as its text, and lines made of links
    alone (navigation, "Related: [...] | [...]", footers) are page furniture, not the story."""
    lines = []
    for line in body.split("\n"):
        line = _MD_IMAGE.sub(lambda m: m.group(1), line)
        links = list(_MD_LINK.finditer(line))
        if links and len(re.sub(r"[\W_\d]+", "", _MD_LINK.sub("", line))) <= 20:
            continue  # ("**Related:** [EAC summit approves Somalia bid](/region/...)": another story's headline)
        lines.append(_MD_LINK.sub(lambda m: m.group(1), line))
    return "\n".join(lines)


def _check_text(raw: bytes, path: str) -> str:
    if b"\x00" in raw[:8192]:
        raise DocumentError(path, "is a binary file, not text; pass .txt, .md, .html or .jsonl files")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DocumentError(path, "is not valid UTF-8; convert it (for example with iconv -t UTF-8)", line) from None


def _document(path: str, file_name: str, source: str, body: str, meta: dict[str, str],
              line: int | None = None) -> Document:
    text = normalize_text(body)
    if not text.strip():
        raise DocumentError(path, "has no text to extract from; remove it or add the article text", line)
    published = meta.get("published") or meta.get("date")
    return Document(
        text=text,
        file_name=file_name,
        source_path=source,
        title=meta.get("title") or None,
        published=parse_date(published) if published else None,
        publisher=meta.get("publisher") or None,
        url=meta.get("source") or meta.get("url") or None,
    )


def _read_jsonl(path: Path, raw: str) -> Iterator[Document | DocumentError]:
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield DocumentError(str(path), f"malformed JSON ({exc.msg}); each line must be one JSON object", number)
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield DocumentError(str(path), "JSON line has no string 'text' field", number)
            continue
        meta = {k: str(record[k]) for k in ("title", "published", "publisher", "url") if record.get(k)}
        try:
            if meta.get("published"):
                parse_date(meta["published"])
            yield _document(str(path), f"{path.name}#L{number}", f"{path}#L{number}",
                            record["text"], meta, number)
        except ValueError as exc:
            yield DocumentError(str(path), f"bad 'published': {exc}", number)
        except DocumentError as exc:
            yield exc


def read_documents(path: str | os.PathLike[str]) -> list[Document]:
    """Read one file into documents (a JSON Lines file gives one per line).

    Raises
    ------
    DocumentError
        For a missing, binary, undecodable, empty or malformed file; for a JSON Lines file, the
        first bad line (use :func:`iter_documents` to skip bad lines and keep the rest).
    """
    results = list(_read_file(Path(path)))
    for item in results:
        if isinstance(item, DocumentError):
            raise item
    return results  # type: ignore[return-value]


def _read_file(path: Path) -> Iterator[Document | DocumentError]:
    name = str(path)
    if path.suffix.lower() not in SUFFIXES:
        yield DocumentError(name, f"unsupported file type {path.suffix or '(none)'!r}; use one of {', '.join(SUFFIXES)}")
        return
    try:
        raw_bytes = path.read_bytes()
    except OSError as exc:
        yield DocumentError(name, f"cannot be read ({exc.strerror}); check the path")
        return
    try:
        raw = _check_text(raw_bytes, name)
        if not raw.strip():
            raise DocumentError(name, "is empty; remove it or add the article text")
        suffix = path.suffix.lower()
        if suffix == ".jsonl":
            yield from _read_jsonl(path, raw)
            return
        if suffix in (".html", ".htm"):
            body, meta = _html_main_text(raw)
            yield _document(name, path.name, name, body, meta)
            return
        meta, body, _ = _front_matter(raw, name)
        yield _document(name, path.name, name, _markdown_text(body) if suffix == ".md" else body, meta)
    except DocumentError as exc:
        yield exc


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The files that :func:`iter_documents` reads for ``paths``, in order (missing paths kept)."""
    files: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            files.extend(sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
                and p.name.lower() != "readme.md"
            ))
        else:
            files.append(path)
    return files


def iter_documents(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Document | DocumentError]:
    """Walk files and directories in sorted order, yielding documents, or errors for bad inputs.

    A path given explicitly that does not exist is an error; inside directories only files with a
    suffix in :data:`SUFFIXES` are read (hidden files and folders, and README.md, are skipped).
    """
    for path in iter_files(paths):
        if path.exists():
            yield from _read_file(path)
        else:
            yield DocumentError(str(path), "does not exist; check the path")
