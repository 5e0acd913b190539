// The graph page's behaviour: filters, search, and the details panel.
// Every text from the data is put in the page with textContent: nothing is parsed as HTML.
(function () {
  "use strict";

  performance.mark("kg-start");
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  performance.mark("kg-data");
  const MAX_EVENTS_SHOWN = 150;
  const MAX_QUOTES_PER_EVENT = 5;

  // ---- small DOM helpers (text only) ----
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function byId(id) { return document.getElementById(id); }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  // ---- the data, indexed ----
  const nodeInfo = new Map();
  data.nodes.forEach(function (n, i) { nodeInfo.set(n.id, data.nodeInfo[i]); });
  const edgeInfo = new Map();
  data.edges.forEach(function (e, i) { edgeInfo.set(e.id, data.edgeInfo[i]); });
  const typeInfo = new Map(data.types.map(function (t) { return [t.type, t]; }));
  const eventYear = data.events.map(function (ev) { return ev.date ? parseInt(ev.date.slice(0, 4), 10) : null; });
  const baseDegree = new Map();
  data.edges.forEach(function (e) {
    baseDegree.set(e.from, (baseDegree.get(e.from) || 0) + 1);
    baseDegree.set(e.to, (baseDegree.get(e.to) || 0) + 1);
  });

  // ---- header ----
  byId("kg-title").textContent = data.title;
  byId("kg-summary").textContent = data.summary;
  byId("kg-note").textContent = data.note;

  // ---- filters ----
  const kindOn = new Set(data.kinds.map(function (k) { return k.kind; }));
  const typeOn = new Set(data.types.map(function (t) { return t.type; }));
  const years = { from: data.years ? data.years[0] : null, to: data.years ? data.years[1] : null, undated: true };
  let visibleNodes = new Set();
  let visibleEdges = new Set();

  function eventOn(i) {
    const ev = data.events[i];
    if (!typeOn.has(ev.type)) return false;
    const year = eventYear[i];
    if (year === null) return years.undated;
    return (years.from === null || year >= years.from) && (years.to === null || year <= years.to);
  }

  function computeVisible() {
    const degree = new Map();
    visibleEdges = new Set();
    data.edges.forEach(function (e) {
      if (!kindOn.has(nodeInfo.get(e.from).kind) || !kindOn.has(nodeInfo.get(e.to).kind)) return;
      if (!edgeInfo.get(e.id).events.some(eventOn)) return;
      visibleEdges.add(e.id);
      degree.set(e.from, (degree.get(e.from) || 0) + 1);
      degree.set(e.to, (degree.get(e.to) || 0) + 1);
    });
    visibleNodes = new Set();
    data.nodes.forEach(function (n) {
      const info = nodeInfo.get(n.id);
      if (!kindOn.has(info.kind)) return;
      const linked = degree.has(n.id) || (!baseDegree.has(n.id) && info.events.some(eventOn));
      if (linked || n.id === data.focus) visibleNodes.add(n.id);
    });
  }
  computeVisible();

  // Tooltips are plain text (vis-network shows a string title with innerText, never as HTML).
  const TOOLTIP_EVENTS = 3;
  const QUOTE_CHARS = 180;
  function eventLine(i) {
    const ev = data.events[i];
    const type = typeInfo.get(ev.type);
    let line = "• " + (ev.date || "undated") + " " + (type ? type.single : ev.type);
    if (ev.who) line += ": " + ev.who;
    if (ev.evidence.length) {
      let quote = ev.evidence[0].quote.replace(/\s+/g, " ").trim();
      if (quote.length > QUOTE_CHARS) quote = quote.slice(0, QUOTE_CHARS - 1).trim() + "…";
      line += "\n   “" + quote + "” (" + data.documents[ev.evidence[0].doc].file + ")";
    }
    return line;
  }
  function tooltip(heading, info) {
    const lines = [heading].concat(info.facts, info.events.slice(0, TOOLTIP_EVENTS).map(eventLine));
    if (info.events.length > TOOLTIP_EVENTS) lines.push("… " + (info.events.length - TOOLTIP_EVENTS) + " more");
    lines.push("Click for all events and their evidence.");
    return lines.join("\n");
  }
  const labelOf = new Map(data.nodes.map(function (n) { return [n.id, n.label]; }));
  data.nodes.forEach(function (n, i) { n.title = tooltip(n.label, data.nodeInfo[i]); });
  data.edges.forEach(function (e, i) { e.title = tooltip(labelOf.get(e.from) + " — " + labelOf.get(e.to), data.edgeInfo[i]); });

  const nodes = new vis.DataSet(data.nodes);
  const edges = new vis.DataSet(data.edges);
  const nodeView = new vis.DataView(nodes, { filter: function (n) { return visibleNodes.has(n.id); } });
  const edgeView = new vis.DataView(edges, { filter: function (e) { return visibleEdges.has(e.id); } });
  const network = new vis.Network(byId("kg-graph"), { nodes: nodeView, edges: edgeView }, data.options);
  performance.mark("kg-network");
  window.kgNetwork = network;
  window.kgNodes = nodes;
  window.kgEdges = edges;
  // the first drawing comes after this script has run: from then on the page answers the user
  network.once("afterDrawing", function () { window.kgReady = performance.now(); });

  function refresh() {
    computeVisible();
    nodeView.refresh();
    edgeView.refresh();
    byId("kg-status").textContent = "";
  }

  function checkbox(container, labelText, checked, onChange, decorate) {
    const label = el("label");
    const box = el("input");
    box.type = "checkbox";
    box.checked = checked;
    box.addEventListener("change", function () { onChange(box.checked); refresh(); });
    label.appendChild(box);
    if (decorate) label.appendChild(decorate);
    label.appendChild(document.createTextNode(labelText));
    container.appendChild(label);
    return box;
  }

  data.kinds.forEach(function (k) {
    checkbox(byId("kg-kinds"), k.label, true, function (on) {
      if (on) kindOn.add(k.kind); else kindOn.delete(k.kind);
    }, el("span", "kg-shape kg-shape-" + k.shape));
  });
  data.types.forEach(function (t) {
    const line = el("span", "kg-line");
    line.style.background = t.color;
    checkbox(byId("kg-relations"), t.label, true, function (on) {
      if (on) typeOn.add(t.type); else typeOn.delete(t.type);
    }, line);
  });
  const yearFrom = byId("kg-year-from");
  const yearTo = byId("kg-year-to");
  if (data.years) {
    [yearFrom, yearTo].forEach(function (input) { input.min = data.years[0]; input.max = data.years[1]; });
    yearFrom.value = data.years[0];
    yearTo.value = data.years[1];
  } else {
    yearFrom.disabled = true;
    yearTo.disabled = true;
  }
  function readYear(input) {
    const value = parseInt(input.value, 10);
    return Number.isNaN(value) ? null : value;
  }
  [yearFrom, yearTo].forEach(function (input) {
    input.addEventListener("change", function () {
      years.from = readYear(yearFrom);
      years.to = readYear(yearTo);
      refresh();
    });
  });
  byId("kg-undated").addEventListener("change", function (event) {
    years.undated = event.target.checked;
    refresh();
  });
  byId("kg-fit").addEventListener("click", function () { network.fit({ animation: false }); });

  // ---- details panel ----
  const details = byId("kg-details");

  function showHelp() {
    clear(details);
    details.appendChild(el("h2", null, "Details"));
    details.appendChild(el("p", "kg-facts",
      "Click a node or a link to list its events, with the sentences that report them and their source documents."));
  }

  function eventBlock(i) {
    const ev = data.events[i];
    const type = typeInfo.get(ev.type);
    const block = el("div", "kg-event");
    const head = el("div", "kg-event-head");
    const swatch = el("span", "kg-swatch");
    swatch.style.background = type ? type.color : "#8c959f";
    head.appendChild(swatch);
    const when = ev.date ? ev.date : "undated";
    head.appendChild(document.createTextNode((type ? type.single : ev.type) + " · " + when));
    block.appendChild(head);
    let who = ev.who;
    if (ev.place) who += (who ? " · " : "") + "in " + ev.place;
    if (who) block.appendChild(el("div", "kg-event-who", who));
    ev.evidence.slice(0, MAX_QUOTES_PER_EVENT).forEach(function (item) {
      block.appendChild(el("blockquote", "kg-quote", item.quote));
      const doc = data.documents[item.doc];
      block.appendChild(el("div", "kg-source", "— " + doc.file + (doc.title ? " · " + doc.title : "")));
    });
    if (ev.evidence.length > MAX_QUOTES_PER_EVENT) {
      block.appendChild(el("div", "kg-more", "and " + (ev.evidence.length - MAX_QUOTES_PER_EVENT) + " more reports"));
    }
    return block;
  }

  function showEvents(heading, facts, eventIds) {
    clear(details);
    details.appendChild(el("h2", null, heading));
    facts.forEach(function (fact) { details.appendChild(el("p", "kg-facts", fact)); });
    const shown = eventIds.filter(eventOn);
    const hidden = eventIds.length - shown.length;
    details.appendChild(el("h3", null, shown.length + (shown.length === 1 ? " event" : " events") +
      (hidden ? " (" + hidden + " hidden by the filters)" : "")));
    shown.slice(0, MAX_EVENTS_SHOWN).forEach(function (i) { details.appendChild(eventBlock(i)); });
    if (shown.length > MAX_EVENTS_SHOWN) {
      details.appendChild(el("p", "kg-more", "and " + (shown.length - MAX_EVENTS_SHOWN) + " more events"));
    }
    details.parentNode.scrollTop = 0;
  }

  function showNode(id) {
    const info = nodeInfo.get(id);
    showEvents(nodes.get(id).label, info.facts, info.events);
  }

  function showEdge(id) {
    const edge = edges.get(id);
    const info = edgeInfo.get(id);
    showEvents(nodes.get(edge.from).label + " — " + nodes.get(edge.to).label, info.facts, info.events);
  }

  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
    else showHelp();
  });

  // ---- search ----
  const byLabel = new Map();
  const names = byId("kg-names");
  data.nodes.slice().sort(function (a, b) { return a.label.localeCompare(b.label); }).forEach(function (n) {
    byLabel.set(n.label.toLowerCase(), n.id);
    const option = el("option");
    option.value = n.label;
    names.appendChild(option);
  });

  function find(text) {
    const wanted = text.trim().toLowerCase();
    if (!wanted) return null;
    if (byLabel.has(wanted)) return byLabel.get(wanted);
    for (const [label, id] of byLabel) if (label.startsWith(wanted)) return id;
    for (const [label, id] of byLabel) if (label.includes(wanted)) return id;
    return null;
  }

  function search() {
    const input = byId("kg-search");
    const status = byId("kg-status");
    const id = find(input.value);
    if (id === null) {
      status.textContent = input.value.trim() ? "no actor on this page matches “" + input.value.trim() + "”" : "";
      return;
    }
    if (!visibleNodes.has(id)) {
      status.textContent = nodes.get(id).label + " is hidden by the filters";
      showNode(id);
      return;
    }
    status.textContent = "";
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: false });
    showNode(id);
  }
  byId("kg-search").addEventListener("change", search);
  byId("kg-search").addEventListener("keydown", function (event) { if (event.key === "Enter") search(); });

  // ---- legend ----
  (function legend() {
    const box = byId("kg-legend");
    function section(title, items) {
      box.appendChild(el("h3", null, title));
      const list = el("ul");
      items.forEach(function (item) {
        const li = el("li");
        li.appendChild(item[0]);
        li.appendChild(document.createTextNode(item[1]));
        list.appendChild(li);
      });
      box.appendChild(list);
    }
    section(data.groups.title, data.groups.items.map(function (g) {
      const dot = el("span", "kg-swatch");
      dot.style.background = g.color;
      return [dot, g.label];
    }));
    const shapes = data.kinds.map(function (k) { return [el("span", "kg-shape kg-shape-" + k.shape), k.legend]; });
    if (data.focus) shapes.push([el("span", "kg-shape kg-shape-focus"), "the focal country; its ego network stays in colour"]);
    section("Shapes", shapes);
    const links = data.types.map(function (t) {
      const line = el("span", "kg-line");
      line.style.background = t.color;
      return [line, t.label + (t.note ? " (" + t.note + ")" : "")];
    });
    links.push([el("span", "kg-line kg-line-actor"), "a person or organisation took part"]);
    section("Links between countries", links);
    box.appendChild(el("p", "kg-facts", "Colour: the most frequent relation (blues and violet: cooperation, red: sanctions). " +
      "Width: the number of events. Hover for a summary, click for every event and its evidence."));
  })();

  // ---- start ----
  if (data.focus && nodes.get(data.focus)) {
    network.selectNodes([data.focus]);
    showNode(data.focus);
    network.fit({ nodes: network.getConnectedNodes(data.focus).concat([data.focus]), animation: false });
  } else {
    showHelp();
  }
})();
