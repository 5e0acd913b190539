import base64
import hashlib
import html as html_lib
import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from conftest import ROOT, require_tool
from kg.cli import cli
from kg.errors import AnalysisError
from kg.namespace import DIP, ID
from kg.store import build, open_store
from kg.viz import GraphPage, graph_html, graph_page, write_html

FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"]

# A small graph whose page we can check exactly: Belarus visits China (2023) and meets it (2024),
# the United States sanction Belarus (2022), an undated summit of Belarus, Russia and Kazakhstan at
# the SCO, Japan meets Korea (outside Belarus' ego network), and a planned visit that must not show.
SMALL = f"""
@prefix dip: <{DIP._NS}> .
@prefix c: <{ID}country/> .
@prefix id: <{ID}> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

c:BLR a dip:Country ; rdfs:label "Belarus" ; dip:iso3 "BLR" ; dip:region "Europe" .
c:CHN a dip:Country ; rdfs:label "China" ; dip:iso3 "CHN" ; dip:region "Asia" .
c:RUS a dip:Country ; rdfs:label "Russia" ; dip:iso3 "RUS" ; dip:region "Europe" .
c:KAZ a dip:Country ; rdfs:label "Kazakhstan" ; dip:iso3 "KAZ" ; dip:region "Asia" .
c:USA a dip:Country ; rdfs:label "United States" ; dip:iso3 "USA" ; dip:region "Americas" .
c:JPN a dip:Country ; rdfs:label "Japan" ; dip:iso3 "JPN" ; dip:region "Asia" .
c:KOR a dip:Country ; rdfs:label "South Korea" ; dip:iso3 "KOR" ; dip:region "Asia" .
c:OMN a dip:Country ; rdfs:label "Oman" ; dip:iso3 "OMN" ; dip:region "Asia" .
<{ID}person/alexander-lukashenko> a dip:Person ; rdfs:label "Alexander Lukashenko" ; dip:represents c:BLR .
<{ID}org/SCO> a dip:Organization ; rdfs:label "Shanghai Cooperation Organisation" ; dip:acronym "SCO" .
<{ID}place/beijing> a dip:Place ; rdfs:label "Beijing" ; dip:inCountry c:CHN .
<{ID}doc/d1> a dip:Document ; dip:fileName "a.txt" ; dip:title "Leaders meet" .
<{ID}doc/d2> a dip:Document ; dip:fileName "b.txt" .

<{ID}event/visit> a dip:Event , dip:Visit ; dip:participant c:BLR , c:CHN , <{ID}person/alexander-lukashenko> ;
  dip:guest c:BLR ; dip:host c:CHN ; dip:date "2023-03-01"^^xsd:date ; dip:location <{ID}place/beijing> ;
  dip:evidence <{ID}evidence/x1> .
<{ID}evidence/x1> a dip:Evidence ; dip:quote "Lukashenko visited Beijing on 1 March." ; dip:document <{ID}doc/d1> ;
  dip:charStart 0 ; dip:charEnd 38 .
<{ID}event/meeting> a dip:Event , dip:Meeting ; dip:participant c:BLR , c:CHN ; dip:date "2024-05"^^xsd:gYearMonth ;
  dip:evidence <{ID}evidence/x2> .
<{ID}evidence/x2> a dip:Evidence ; dip:quote "Minsk and Beijing held talks in May." ; dip:document <{ID}doc/d2> ;
  dip:charStart 10 ; dip:charEnd 46 .
<{ID}event/sanction> a dip:Event , dip:Sanction ; dip:participant c:USA , c:BLR ; dip:imposedBy c:USA ;
  dip:imposedOn c:BLR ; dip:date "2022"^^xsd:gYear ; dip:evidence <{ID}evidence/x3> .
<{ID}evidence/x3> a dip:Evidence ; dip:quote "Washington widened sanctions on Minsk." ; dip:document <{ID}doc/d2> ;
  dip:charStart 50 ; dip:charEnd 88 .
<{ID}event/summit> a dip:Event , dip:Summit ; dip:participant c:BLR , c:RUS , c:KAZ , <{ID}org/SCO> ;
  dip:organization <{ID}org/SCO> ; dip:evidence <{ID}evidence/x4> .
<{ID}evidence/x4> a dip:Evidence ; dip:quote "The SCO leaders met." ; dip:document <{ID}doc/d1> ;
  dip:charStart 40 ; dip:charEnd 60 .
<{ID}event/far> a dip:Event , dip:Meeting ; dip:participant c:JPN , c:KOR ; dip:date "2024-01-10"^^xsd:date ;
  dip:evidence <{ID}evidence/x5> .
<{ID}evidence/x5> a dip:Evidence ; dip:quote "Tokyo and Seoul talked." ; dip:document <{ID}doc/d1> ;
  dip:charStart 70 ; dip:charEnd 93 .
<{ID}event/planned> a dip:Event , dip:Visit ; dip:participant c:BLR , c:OMN ; dip:guest c:BLR ; dip:host c:OMN ;
  dip:status dip:Planned ; dip:evidence <{ID}evidence/x6> .
<{ID}evidence/x6> a dip:Evidence ; dip:quote "Lukashenko will visit Oman." ; dip:document <{ID}doc/d1> ;
  dip:charStart 95 ; dip:charEnd 122 .
"""

SMALL_NODES = {"BLR", "CHN", "RUS", "KAZ", "USA", "JPN", "KOR", "person/alexander-lukashenko", "org/SCO"}


def load(store: ox.Store, turtle: str) -> ox.Store:
    """Load as kg.store lays a document out: its own named graph, and the union in the default graph."""
    store.load(turtle.encode("utf-8"), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(f"{ID}doc/d1"))
    store.load(turtle.encode("utf-8"), format=ox.RdfFormat.TURTLE)
    return store


def small_store() -> ox.Store:
    return load(ox.Store(), SMALL)


@pytest.fixture(scope="module")
def small():
    return small_store()


def page_data(html: str) -> dict:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


def by_id(items: list[dict]) -> dict:
    return {item["id"]: item for item in items}


# ------------------------------------------------------------------------------ the page, offline
def test_page_is_one_self_contained_file(small):
    html = graph_html(small)
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", html, re.I)
    assert not re.search(r"<script[^>]*\bsrc\s*=", html, re.I)
    assert not re.search(r"<link\b|@import|url\(\s*[\"']?(https?:)?//", html, re.I)
    assert "bootstrap" not in html.lower()
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html).group(1)
    assert "default-src 'none'" in csp and "'unsafe-inline'" not in csp.partition("style-src")[0]


def test_csp_admits_exactly_the_page_scripts(small):
    html = graph_html(small)
    csp = re.search(r'content="(default-src[^"]+)"', html).group(1)
    allowed = set(re.findall(r"'sha256-([^']+)'", csp))
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(scripts) == 2
    assert {base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in scripts} == allowed


def test_same_store_gives_the_same_bytes(small):
    first = graph_html(small, focus="BLR")
    assert graph_html(small_store(), focus="BLR") == first
    assert graph_html(small) != first


# ------------------------------------------------------------------------------ the content
def test_nodes_edges_and_evidence_of_a_small_graph(small):
    data = page_data(graph_html(small))
    nodes, edges = by_id(data["nodes"]), by_id(data["edges"])
    assert set(nodes) == SMALL_NODES  # Oman only has a planned visit
    assert nodes["BLR"]["shape"] == "dot" and nodes["person/alexander-lukashenko"]["shape"] == "diamond"
    assert nodes["org/SCO"]["shape"] == "square"
    assert nodes["BLR"]["size"] > nodes["USA"]["size"]  # sized by PageRank among countries
    assert nodes["BLR"]["color"]["background"] != nodes["CHN"]["color"]["background"]  # Europe, Asia

    kinds = {n["id"]: info["kind"] for n, info in zip(data["nodes"], data["nodeInfo"])}
    assert kinds["org/SCO"] == "organization" and kinds["KAZ"] == "country"
    assert {k["kind"] for k in data["kinds"]} == {"country", "person", "organization"}

    china = edges["BLR--CHN"]
    sanction = edges["BLR--USA"]
    assert china["width"] > edges["BLR--RUS"]["width"]  # two events against one
    colours = {t["type"]: t["color"] for t in data["types"]}
    assert china["color"] == colours["Visit"]  # a visit and a meeting: ties go to the visit
    assert sanction["color"] == colours["Sanction"] and sanction["color"] not in {colours["Visit"], colours["Meeting"]}
    assert (sanction["from"], sanction["to"], sanction["arrows"]) == ("USA", "BLR", "to")
    assert data["years"] == [2022, 2024]

    info = data["edgeInfo"][data["edges"].index(china)]
    events = [data["events"][i] for i in info["events"]]
    assert [(e["type"], e["date"]) for e in events] == [("Meeting", "2024-05"), ("Visit", "2023-03-01")]
    visit = events[1]
    assert visit["who"] == "Belarus visits China; Alexander Lukashenko" and visit["place"] == "Beijing"
    assert visit["evidence"][0]["quote"] == "Lukashenko visited Beijing on 1 March."
    assert data["documents"][visit["evidence"][0]["doc"]] == {"file": "a.txt", "title": "Leaders meet"}
    assert info["facts"] == ["2 events: 1 meeting, 1 visit", "from 2023-03-01 to 2024-05"]
    quotes = {q["quote"] for e in data["events"] for q in e["evidence"]}
    assert "Lukashenko will visit Oman." not in quotes

    person = data["nodeInfo"][list(nodes).index("person/alexander-lukashenko")]
    assert person["facts"][0] == "Person, represents Belarus"
    assert data["note"] == ""


def test_time_window(small):
    data = page_data(graph_html(small, since="2023", until="2023-12"))
    assert {n["id"] for n in data["nodes"]} == {"BLR", "CHN", "person/alexander-lukashenko"}
    assert [e["date"] for e in data["events"]] == ["2023-03-01"]
    assert "between 2023-01-01 and 2023-12-31" in data["summary"]


def test_max_nodes_keeps_the_most_central_and_says_what_it_left_out(small):
    labels = {n["id"]: n["label"] for n in page_data(graph_html(small))["nodes"]}
    data = page_data(graph_html(small, max_nodes=3))
    kept = {n["id"] for n in data["nodes"]}
    assert len(kept) == 3 and "BLR" in kept
    assert data["note"].startswith("Showing the 3 most central of 9 actors")
    assert "Left out: " in data["note"] and "--max-nodes" in data["note"]
    assert all(labels[n] in data["note"] for n in SMALL_NODES - kept)
    # a drawn actor's panel still lists the events it shares with actors left out
    blr = data["nodeInfo"][[n["id"] for n in data["nodes"]].index("BLR")]
    assert len(blr["events"]) == 4


def test_focus_highlights_the_ego_network(small):
    data = page_data(graph_html(small, focus="Belarusian"))
    nodes = by_id(data["nodes"])
    assert data["focus"] == "BLR" and data["title"] == "Belarus and its partners"
    assert nodes["BLR"]["borderWidth"] == 5 and nodes["BLR"]["color"]["border"] == "#1f2328"
    plain = page_data(graph_html(small))
    unfocused, edges, plain_edges = by_id(plain["nodes"]), by_id(data["edges"]), by_id(plain["edges"])
    dim = nodes["JPN"]["color"]["background"]
    assert dim == nodes["KOR"]["color"]["background"] != unfocused["JPN"]["color"]["background"]
    assert nodes["CHN"]["color"] == unfocused["CHN"]["color"]
    assert edges["JPN--KOR"]["color"] != plain_edges["JPN--KOR"]["color"]
    assert edges["BLR--CHN"]["color"] == plain_edges["BLR--CHN"]["color"]
    # with a tight budget the focal country and its partners come first
    kept = {n["id"] for n in page_data(graph_html(small, focus="JPN", max_nodes=2))["nodes"]}
    assert kept == {"JPN", "KOR"}


def test_colour_by_community(small):
    data = page_data(graph_html(small, color_by="community"))
    assert data["groups"]["title"] == "Countries by community"
    nodes = by_id(data["nodes"])
    assert nodes["JPN"]["color"]["background"] == nodes["KOR"]["color"]["background"]
    assert nodes["JPN"]["color"]["background"] != nodes["BLR"]["color"]["background"]


@pytest.mark.parametrize("options, message", [
    ({"focus": "Narnia"}, "unknown country 'Narnia'"),
    ({"focus": "Oman"}, "Oman (OMN) took part in no event that happened in the store"),
    ({"max_nodes": 0}, "max_nodes must be a whole number >= 1, not 0"),
    ({"color_by": "mood"}, "unknown colouring 'mood'; use one of region, community"),
    ({"since": "2030"}, "no event that happened since 2030-01-01 is in the store"),
    ({"until": "soon"}, "until 'soon' is not a date"),
])
def test_bad_requests_raise_one_clear_error(small, options, message):
    with pytest.raises(AnalysisError, match=re.escape(message)):
        graph_html(small, **options)


def test_empty_store_raises():
    with pytest.raises(AnalysisError, match="no event that happened is in the store; run 'kg build' first"):
        graph_html(ox.Store())


def test_document_text_cannot_close_the_data_element():
    evil = SMALL.replace("Lukashenko visited Beijing on 1 March.",
                         "x</script><script>window.__pwned=1</script><!-- & \u2028 done")
    html = graph_html(load(ox.Store(), evil))
    assert "window.__pwned" in html and "</script><script>window.__pwned" not in html and "<!--" not in html
    assert len(re.findall(r"</script>", html)) == 3
    quotes = {q["quote"] for e in page_data(html)["events"] for q in e["evidence"]}
    assert "x</script><script>window.__pwned=1</script><!-- & \u2028 done" in quotes


# ------------------------------------------------------------------------------ files, Jupyter, CLI
def test_write_html_is_atomic_and_replaces(tmp_path, small):
    target = tmp_path / "deep" / "graph.html"
    assert write_html("old", target) == target
    write_html(graph_html(small), target)
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in target.parent.iterdir()] == ["graph.html"]


def test_jupyter_shows_the_page_in_a_sandboxed_iframe(small):
    page = graph_page(small, focus="BLR")
    assert isinstance(page, GraphPage) and page.html == graph_html(small, focus="BLR")
    shown = page._repr_html_()
    assert shown.startswith('<iframe srcdoc="&lt;!DOCTYPE html&gt;') and 'sandbox="allow-scripts"' in shown
    assert "<script" not in shown and shown.count('"') == 8
    srcdoc = re.match(r'<iframe srcdoc="([^"]*)"', shown).group(1)
    assert html_lib.unescape(srcdoc) == page.html
    assert repr(page) == f"GraphPage({len(page.html):,} characters)"


def test_cli_writes_the_page(runner, tmp_path, seed_store_dir):
    out = tmp_path / "page.html"
    result = runner.invoke(cli, ["viz", "--store", str(seed_store_dir), "--out", str(out), "--focus", "BLR"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"wrote {out} (") and out.read_text(encoding="utf-8").startswith("<!DOCTYPE")
    result = runner.invoke(cli, ["viz", "--store", str(seed_store_dir), "--out", str(out), "--focus", "Narnia"])
    assert result.exit_code == 1 and result.output.startswith("Error: unknown country 'Narnia'")
    assert result.output.count("\n") == 1
    result = runner.invoke(cli, ["viz", "--store", str(tmp_path / "none"), "--out", str(out)])
    assert result.exit_code == 1 and "no store here yet" in result.output


def test_seed_page_shows_belarus_and_its_partners(seed_store):
    data = page_data(graph_html(seed_store, focus="Belarus"))
    nodes = by_id(data["nodes"])
    assert {"BLR", "CHN", "RUS"} <= set(nodes)
    assert {"BLR--CHN", "BLR--RUS"} <= set(by_id(data["edges"]))
    assert any(info["kind"] == "person" for info in data["nodeInfo"])
    assert all(e["evidence"] for e in data["events"])


# ------------------------------------------------------------------------------ in Chromium
@pytest.fixture(scope="module")
def browser():
    chromium = require_tool("chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=FLAGS)
        yield browser
        browser.close()


class Loaded:
    """A page opened from file:// with every request and console error recorded."""

    def __init__(self, browser, path: Path):
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("window.kgReady !== undefined", timeout=30_000)

    def outside(self) -> list[str]:
        return [url for url in self.requests if not url.startswith(("file:", "data:"))]

    def dom_point(self, expression: str) -> tuple[float, float]:
        box = self.page.locator("#kg-graph").bounding_box()
        x, y = self.page.evaluate(f"(() => {{ const p = kgNetwork.canvasToDOM({expression}); return [p.x, p.y]; }})()")
        return box["x"] + x, box["y"] + y

    def click_node(self, node: str) -> None:
        self.page.mouse.click(*self.dom_point(f"kgNetwork.getPositions([{json.dumps(node)}])[{json.dumps(node)}]"))

    def click_edge(self, edge: str) -> None:
        """Click the point of the edge farthest from every node where vis-network finds only that edge."""
        point = self.page.evaluate("""(edge) => {
            const e = kgEdges.get(edge), pos = kgNetwork.getPositions();
            let best = null;
            for (let f = 0.1; f <= 0.9; f += 0.02) {
                const p = {x: pos[e.from].x + f * (pos[e.to].x - pos[e.from].x),
                           y: pos[e.from].y + f * (pos[e.to].y - pos[e.from].y)};
                const dom = kgNetwork.canvasToDOM(p);
                if (kgNetwork.getNodeAt(dom) !== undefined || kgNetwork.getEdgeAt(dom) !== edge) continue;
                const gap = Math.min(...Object.values(pos).map(q => Math.hypot(q.x - p.x, q.y - p.y)));
                if (!best || gap > best.gap) best = {gap: gap, dom: dom};
            }
            return best.dom;
        }""", edge)
        box = self.page.locator("#kg-graph").bounding_box()
        self.page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])

    def panel(self) -> str:
        return self.page.text_content("#kg-details")


@pytest.mark.browser
def test_seed_page_in_chromium_offline_with_a_screenshot(browser, seed_store, tmp_path):
    path = write_html(graph_html(seed_store, focus="Belarus"), tmp_path / "graph.html")
    loaded = Loaded(browser, path)
    page = loaded.page
    ids = page.evaluate("kgNodes.getIds()")
    assert {"BLR", "CHN"} <= set(ids)
    assert "BLR--CHN" in page.evaluate("kgEdges.getIds()")
    assert page.evaluate("kgNetwork.body.data.nodes.length") == len(ids)  # everything drawn at first
    loaded.click_edge("BLR--CHN")
    panel = loaded.panel()
    assert panel.startswith("Belarus — China") or panel.startswith("China — Belarus")
    assert "—" in panel and ".txt" in panel  # an evidence sentence with its source document
    page.mouse.move(5, 5)
    page.wait_for_selector("div.vis-tooltip", state="hidden")
    (ROOT / "build").mkdir(exist_ok=True)
    page.screenshot(path=str(ROOT / "build" / "graph-screenshot.png"))
    assert loaded.outside() == [] and loaded.requests == [path.resolve().as_uri()]
    assert loaded.errors == []
    page.close()


@pytest.mark.browser
def test_clicks_filters_and_search(browser, small, tmp_path):
    loaded = Loaded(browser, write_html(graph_html(small), tmp_path / "small.html"))
    page = loaded.page
    assert set(page.evaluate("kgNodes.getIds()")) == SMALL_NODES
    assert page.evaluate("kgEdges.get('BLR--USA').arrows") == "to"

    loaded.click_edge("BLR--CHN")
    panel = loaded.panel()
    assert "Lukashenko visited Beijing on 1 March." in panel and "a.txt · Leaders meet" in panel
    assert "Visit · 2023-03-01" in panel and "Meeting · 2024-05" in panel
    loaded.click_node("USA")
    assert loaded.panel().startswith("United States") and "Washington widened sanctions on Minsk." in loaded.panel()

    def drawn(kind: str) -> set:
        return set(page.evaluate(f"kgNetwork.body.data.{kind}.getIds()"))

    page.get_by_label("Sanctions").uncheck()
    assert "BLR--USA" not in drawn("edges") and "USA" not in drawn("nodes") and "BLR--CHN" in drawn("edges")
    page.get_by_label("Sanctions").check()
    page.get_by_label("Persons").uncheck()
    assert "person/alexander-lukashenko" not in drawn("nodes")
    page.get_by_label("Persons").check()
    page.fill("#kg-year-from", "2024")
    page.dispatch_event("#kg-year-from", "change")
    page.get_by_label("undated").uncheck()
    assert drawn("nodes") == {"BLR", "CHN", "JPN", "KOR"}
    page.fill("#kg-search", "chin")
    page.press("#kg-search", "Enter")
    assert loaded.panel().startswith("China") and "1 hidden by the filters" in loaded.panel()
    page.fill("#kg-search", "Atlantis")
    page.press("#kg-search", "Enter")
    assert page.inner_text("#kg-status") == "no actor on this page matches “Atlantis”"
    assert loaded.outside() == [] and loaded.errors == []
    page.close()


INJECTION = """---
title: <img src=x onerror="window.__pwned='title'"> Talks <script>window.__pwned='title-script'</script>
published: 2024-03-08
---
Kenyan President William Ruto arrived in Addis Ababa on Thursday for a state visit to Ethiopia \
<script>window.__pwned='script'</script> <img src=x onerror="window.__pwned='img'"> \
<a href="javascript:window.__pwned='link'">read more</a>.
"""


@pytest.mark.browser
@pytest.mark.parametrize("csp", [True, False], ids=["as-written", "without-csp"])
def test_injected_markup_in_an_article_never_runs(browser, article, tmp_path, csp):
    store = open_store(tmp_path / "store")
    report = build(store, [article(INJECTION, "evil.txt")])
    assert report.events["Visit"] == 1
    html = graph_html(store)
    quote = page_data(html)["events"][0]["evidence"][0]["quote"]
    assert "<script>window.__pwned='script'</script>" in quote and "onerror=" in quote and "javascript:" in quote
    if not csp:  # prove the escaping alone is safe, not only the Content-Security-Policy
        html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
        assert "Content-Security-Policy" not in html
    loaded = Loaded(browser, write_html(html, tmp_path / "evil.html"))
    page = loaded.page
    loaded.click_edge("ETH--KEN")
    panel = loaded.panel()
    assert "<script>window.__pwned='script'</script>" in panel
    assert """<img src=x onerror="window.__pwned='title'">""" in panel  # the document's title, as text
    page.mouse.move(0, 0)
    loaded.click_node("KEN")
    hover = loaded.dom_point("kgNetwork.getPositions(['ETH']).ETH")
    page.mouse.move(*hover)
    page.wait_for_selector("div.vis-tooltip", state="visible")
    assert "onerror=" in page.inner_text("div.vis-tooltip")
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("document.querySelectorAll('#kg-details *:is(img, script, a), div.vis-tooltip *:not(br)').length") == 0
    assert loaded.outside() == [] and loaded.errors == []
    page.close()
