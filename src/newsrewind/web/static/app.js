/* rewind — the web time machine. Plain JS, no build step.
 * Every piece of blog text goes into the page through textContent: never innerHTML. */
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const SVG = "http://www.w3.org/2000/svg";

  /** Build an element: el("li", {class: "x", title: "t"}, child, "text", ...). Text is always text. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "dataset") Object.assign(node.dataset, v);
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? "" : String(v));
    }
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  function svg(tag, attrs) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    return node;
  }

  async function getJSON(url) {
    const r = await fetch(url, { headers: { Accept: "application/json" } });
    const data = await r.json().catch(() => ({}));
    if (!r.ok) throw new Error(data.error || r.statusText);
    return data;
  }

  function qs(params) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") p.set(k, v);
    return p.toString();
  }

  // ---- values -------------------------------------------------------------

  function num(x) {
    return Number.isInteger(x) ? x.toLocaleString("en-US") : String(x);
  }

  /** Bounds as the words allowed them: "12", "~200", "20–99", "> 1000", "≥ 5", "≤ 40". */
  function bounds(low, high, approx) {
    if (low == null && high == null) return "?";
    if (low != null && high != null) {
      const t = low === high ? num(low) : `${num(low)}–${num(high)}`;
      return approx ? "~" + t : t;
    }
    if (low != null) return (low - 1) % 10 === 0 && low > 10 ? `> ${num(low - 1)}` : `≥ ${num(low)}`;
    return `≤ ${num(high)}`;
  }

  const hhmm = (iso) => (iso && iso.length >= 16 ? iso.slice(11, 16) : "—");
  const urlTime = (iso) => (iso ? iso.slice(0, 16) : "");
  const entryId = (doc, seq) => `e-${doc}-${seq}`.replace(/[^\w-]/g, "_");
  const seriesName = (s) => `${s.measure} · ${s.group}${s.place ? " · " + s.place : ""}`;
  const seriesKey = (s) => `${s.measure}|${s.group}|${s.place || ""}`;

  // ---- state ----------------------------------------------------------------

  const state = {
    stories: [],
    story: null,
    ticks: [], // [{at, utc, entries}]
    index: 0,
    history: [], // series with all reports
    snapshots: new Map(), // tick index -> /api/at answer
    all: null, // every entry of the story (for filter choices)
    filters: { source: "", lang: "", event: "", place: "" },
    playing: null,
    map: null,
    markers: null,
    stream: null,
  };

  // ---- URL ------------------------------------------------------------------

  function readURL() {
    const p = new URLSearchParams(location.search);
    return {
      story: p.get("story"),
      at: p.get("at"),
      filters: { source: p.get("source") || "", lang: p.get("lang") || "", event: p.get("event") || "", place: p.get("place") || "" },
    };
  }

  function writeURL() {
    const tick = state.ticks[state.index];
    const q = qs({ story: state.story, at: tick ? urlTime(tick.at) : "", ...state.filters });
    const url = `${location.pathname}?${q}`;
    if (url !== location.pathname + location.search) history.replaceState(null, "", url);
  }

  // ---- loading ----------------------------------------------------------------

  async function init() {
    const want = readURL();
    state.filters = want.filters;
    try {
      state.stories = await getJSON("/api/stories");
    } catch (e) {
      showError(e.message);
      return;
    }
    const select = $("story");
    for (const s of state.stories) select.append(el("option", { value: s.name }, `${s.name} (${s.entries})`));
    if (!state.stories.length) {
      showError("The store holds no story yet: rewind ingest FILE first.");
      return;
    }
    const latest = state.stories.reduce((a, b) => ((b.last_ingest || "") > (a.last_ingest || "") ? b : a));
    const story = state.stories.find((s) => s.name === want.story) || latest;
    select.value = story.name;
    select.addEventListener("change", () => {
      state.filters = { source: "", lang: "", event: "", place: "" };
      loadStory(select.value, null);
    });
    bindControls();
    await initMap();
    await loadStory(story.name, want.at);
  }

  function showError(message) {
    const list = $("entries");
    list.replaceChildren(el("li", { class: "error" }, message));
  }

  async function loadStory(name, at) {
    state.story = name;
    state.snapshots.clear();
    const [timeline, hist, all] = await Promise.all([
      getJSON(`/api/timeline?${qs({ story: name })}`),
      getJSON(`/api/history?${qs({ story: name })}`),
      getJSON(`/api/entries?${qs({ story: name })}`),
    ]);
    state.ticks = timeline.ticks;
    state.history = hist;
    state.all = all;
    fillFilters();
    fillDiffPickers();
    const slider = $("slider");
    slider.max = String(Math.max(0, state.ticks.length - 1));
    drawTicks();
    let index = state.ticks.length - 1;
    if (at) {
      const found = state.ticks.findIndex((t) => urlTime(t.at) === at);
      if (found >= 0) index = found;
      else {
        // the latest update at or before the asked moment
        const before = state.ticks.filter((t) => urlTime(t.at) <= at);
        index = before.length ? state.ticks.indexOf(before[before.length - 1]) : 0;
      }
    }
    await goTo(Math.max(0, index));
    follow();
  }

  async function snapshotAt(index) {
    if (state.snapshots.has(index)) return state.snapshots.get(index);
    const tick = state.ticks[index];
    const data = await getJSON(`/api/at?${qs({ story: state.story, at: tick ? tick.at : "now", limit: 0, earlier: 10, summary: "true" })}`);
    state.snapshots.set(index, data);
    return data;
  }

  async function goTo(index) {
    if (!state.ticks.length) {
      const snap = await getJSON(`/api/at?${qs({ story: state.story, limit: 0, earlier: 10, summary: "true" })}`);
      render(snap, null);
      return;
    }
    index = Math.max(0, Math.min(state.ticks.length - 1, index));
    state.index = index;
    $("slider").value = String(index);
    const tick = state.ticks[index];
    $("clock").textContent = `${tick.at.slice(0, 10)}  ${hhmm(tick.at)}  (${index + 1}/${state.ticks.length})`;
    writeURL();
    const snap = await snapshotAt(index);
    if (state.index !== index) return; // the reader moved on meanwhile
    const prev = index > 0 ? state.ticks[index - 1] : null;
    render(snap, prev);
    document.body.dataset.at = urlTime(tick.at);
    document.body.dataset.ready = "1";
  }

  // ---- controls -------------------------------------------------------------

  function bindControls() {
    const slider = $("slider");
    slider.addEventListener("input", () => goTo(Number(slider.value)));
    $("first").addEventListener("click", () => goTo(0));
    $("prev").addEventListener("click", () => goTo(state.index - 1));
    $("next").addEventListener("click", () => goTo(state.index + 1));
    $("last").addEventListener("click", () => goTo(state.ticks.length - 1));
    $("play").addEventListener("click", togglePlay);
    document.addEventListener("keydown", (ev) => {
      const tag = (ev.target && ev.target.tagName) || "";
      if (tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA") return; // the slider handles its own arrows
      if (ev.key === "ArrowLeft") goTo(state.index - 1);
      else if (ev.key === "ArrowRight") goTo(state.index + 1);
      else if (ev.key === "Home") goTo(0);
      else if (ev.key === "End") goTo(state.ticks.length - 1);
      else if (ev.key === " ") togglePlay();
      else return;
      ev.preventDefault();
    });
    for (const sel of document.querySelectorAll("#filters select")) {
      sel.addEventListener("change", () => {
        state.filters[sel.dataset.key] = sel.value;
        writeURL();
        rerender();
      });
    }
    $("f-clear").addEventListener("click", () => {
      state.filters = { source: "", lang: "", event: "", place: "" };
      fillFilters();
      writeURL();
      rerender();
    });
    $("d-go").addEventListener("click", showDiff);
  }

  function togglePlay() {
    const button = $("play");
    if (state.playing) {
      clearInterval(state.playing);
      state.playing = null;
      button.textContent = "▶ Play";
      return;
    }
    if (state.index >= state.ticks.length - 1) goTo(0);
    button.textContent = "❚❚ Pause";
    state.playing = setInterval(() => {
      if (state.index >= state.ticks.length - 1) togglePlay();
      else goTo(state.index + 1);
    }, 1200);
  }

  function rerender() {
    const snap = state.snapshots.get(state.index);
    if (snap) render(snap, state.index > 0 ? state.ticks[state.index - 1] : null);
  }

  function drawTicks() {
    const box = $("ticks");
    box.replaceChildren();
    const n = state.ticks.length;
    if (!n) return;
    const every = Math.max(1, Math.ceil(n / 12));
    state.ticks.forEach((t, i) => {
      const left = n > 1 ? (i / (n - 1)) * 100 : 50;
      const mark = el("span", { class: "tick", title: `${hhmm(t.at)} · ${t.entries} update(s)` });
      mark.style.left = `${left}%`;
      box.append(mark);
      if (i % every === 0 || i === n - 1) {
        const label = el("span", { class: "tick-label" }, hhmm(t.at));
        label.style.left = `${left}%`;
        box.append(label);
      }
    });
  }

  // ---- filters --------------------------------------------------------------

  function entryFacets(e) {
    const r = e.record || {};
    return {
      source: (r.sources || []).map((s) => s.name),
      lang: e.lang ? [e.lang] : [],
      event: (r.events || []).map((x) => x.type),
      place: (r.places || []).flatMap((p) => (p.within && p.within !== p.name ? [p.name, p.within] : [p.name])),
    };
  }

  function fillFilters() {
    const values = { source: new Set(), lang: new Set(), event: new Set(), place: new Set() };
    for (const e of state.all || []) {
      const f = entryFacets(e);
      for (const k of Object.keys(values)) for (const v of f[k]) values[k].add(v);
    }
    for (const sel of document.querySelectorAll("#filters select")) {
      const key = sel.dataset.key;
      sel.replaceChildren(el("option", { value: "" }, "all"));
      for (const v of [...values[key]].sort()) sel.append(el("option", { value: v }, v.replace(/_/g, " ")));
      if (state.filters[key] && !values[key].has(state.filters[key])) sel.append(el("option", { value: state.filters[key] }, state.filters[key]));
      sel.value = state.filters[key];
    }
  }

  function passes(e) {
    const f = entryFacets(e);
    for (const [k, v] of Object.entries(state.filters)) if (v && !f[k].includes(v)) return false;
    return true;
  }

  // ---- rendering ------------------------------------------------------------

  function render(snap, prevTick) {
    const visible = snap.entries.filter(passes);
    renderSummary(snap);
    renderEntries(visible, snap, prevTick);
    renderFigures(snap);
    renderMap(visible);
  }

  function renderSummary(snap) {
    const list = $("summary");
    list.replaceChildren(...(snap.summary || []).map((s) => el("li", {}, s)));
  }

  /** The entry text with its extracted items highlighted; overlapping spans keep the first, longest. */
  function highlighted(text, record) {
    const marks = [];
    const add = (items, kind, label) => {
      for (const it of items || []) if (it.span) marks.push({ start: it.span[0], end: it.span[1], kind, label: label(it) });
    };
    add(record.figures, "figure", (f) => `${f.measure} · ${f.group}: ${bounds(f.low, f.high, f.approx)}`);
    add(record.sources, "source", (s) => `source: ${s.name} (${s.kind})`);
    add(record.places, "place", (p) => `place: ${p.name}${p.country ? ", " + p.country : ""}`);
    add(record.actors, "actor", (a) => `actor: ${a.name} (${a.kind})`);
    marks.sort((a, b) => a.start - b.start || b.end - a.end);
    const out = [];
    let pos = 0;
    for (const m of marks) {
      if (m.start < pos || m.end <= m.start || m.end > text.length) continue;
      if (m.start > pos) out.push(document.createTextNode(text.slice(pos, m.start)));
      out.push(el("mark", { class: `hl hl-${m.kind}`, title: m.label }, text.slice(m.start, m.end)));
      pos = m.end;
    }
    if (pos < text.length) out.push(document.createTextNode(text.slice(pos)));
    return out;
  }

  function renderEntries(entries, snap, prevTick) {
    const list = $("entries");
    const prevUtc = prevTick ? prevTick.utc : null;
    $("entrycount").textContent = entries.length === snap.entries.length ? `(${snap.entries_total})` : `(${entries.length} of ${snap.entries_total}, filtered)`;
    const items = entries.map((e) => {
      const r = e.record || {};
      const utc = e.reported_at ? new Date(e.reported_at).toISOString().slice(0, 19) : null;
      const isNew = prevUtc === null ? false : utc !== null && utc > prevUtc;
      const events = (r.events || []).map((x) => el("span", { class: "badge event" }, x.type.replace(/_/g, " ")));
      return el(
        "li",
        { class: "entry" + (isNew ? " is-new" : ""), id: entryId(e.document, e.seq), dataset: { seq: String(e.seq) } },
        el(
          "div",
          { class: "meta" },
          el("time", { datetime: e.reported_at || "" }, e.time_label || hhmm(e.reported_at)),
          el("span", { class: "badge lang" }, e.lang || "?"),
          isNew ? el("span", { class: "badge new" }, "new") : null,
          e.change === "edit" ? el("span", { class: "badge edit" }, "edited") : null,
          ...events,
        ),
        el("p", { class: "text" }, ...highlighted(e.text || "", r)),
      );
    });
    if (!items.length) items.push(el("li", { class: "empty" }, "No update matches these filters yet."));
    list.replaceChildren(...items);
  }

  function reportLine(r) {
    return el(
      "a",
      { href: `#${entryId(r.document, r.seq)}`, class: "report", onclick: (ev) => jumpTo(ev, r) },
      el("b", {}, bounds(r.low, r.high, r.approx)),
      ` ${r.source || "unattributed"}, ${hhmm(r.reported_at)}`,
    );
  }

  function renderFigures(snap) {
    const box = $("figures");
    $("figcount").textContent = snap.figures.length ? `(${snap.figures.length} series)` : "";
    if (!snap.figures.length) {
      box.replaceChildren(el("p", { class: "empty" }, "No figure reported yet at this moment."));
      return;
    }
    box.replaceChildren(
      ...snap.figures.map((s) => {
        const cur = s.current;
        const disagree = s.disagreement && s.disagreement.length;
        return el(
          "div",
          { class: "figure" + (disagree ? " disputed" : ""), dataset: { series: seriesKey(s), measure: s.measure, group: s.group } },
          el("div", { class: "fig-name" }, seriesName(s)),
          el("div", { class: "fig-value", title: cur.quote || "" }, bounds(cur.low, cur.high, cur.approx)),
          el("div", { class: "fig-who" }, "reported by ", reportLine(cur)),
          s.precise ? el("div", { class: "fig-precise" }, "earlier precise figure: ", reportLine(s.precise)) : null,
          disagree
            ? el("div", { class: "fig-disagree", role: "note" }, el("span", { class: "badge warn" }, "⚠ sources disagree"), ...s.disagreement.map((r) => el("div", {}, reportLine(r))))
            : null,
          s.earlier.length
            ? el("details", { class: "fig-earlier" }, el("summary", {}, `${s.earlier.length}${s.earlier_more ? "+" : ""} earlier value(s)`), ...s.earlier.slice(0, 10).map((r) => el("div", {}, reportLine(r))))
            : null,
          chartFor(s),
        );
      }),
    );
  }

  function jumpTo(ev, report) {
    ev.preventDefault();
    const i = state.ticks.findIndex((t) => t.at === report.reported_at);
    const scroll = () => {
      const node = document.getElementById(entryId(report.document, report.seq));
      if (node) {
        node.scrollIntoView({ behavior: "smooth", block: "center" });
        node.classList.add("flash");
        setTimeout(() => node.classList.remove("flash"), 1500);
      }
    };
    if (i >= 0 && i !== state.index) goTo(i).then(scroll);
    else scroll();
  }

  // ---- charts ---------------------------------------------------------------

  /** A step chart of one series over the whole day, the slider's moment drawn, each point linked to its entry. */
  function chartFor(s) {
    const h = state.history.find((x) => seriesKey(x) === seriesKey(s));
    if (!h || !state.ticks.length) return null;
    const first = state.ticks[0].at, last = state.ticks[state.ticks.length - 1].at;
    const t0 = Date.parse(first);
    const t1 = Date.parse(last);
    const span = Math.max(60000, t1 - t0);
    const now = Date.parse(state.ticks[state.index].at);
    const W = 320, H = 84, L = 34, R = 10, T = 8, B = 16;
    const x = (t) => L + ((t - t0) / span) * (W - L - R);
    const pts = h.reports.filter((r) => r.reported_at).map((r) => ({ r, t: Date.parse(r.reported_at), lo: r.low ?? 0, hi: r.high ?? (r.low ?? 0) * 1.25 }));
    const top = Math.max(1, ...pts.map((p) => p.hi));
    const y = (v) => H - B - (v / top) * (H - T - B);
    const g = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart", role: "img", "aria-label": `${seriesName(h)} over the day` });
    g.append(svg("line", { x1: L, y1: H - B, x2: W - R, y2: H - B, class: "axis" }));
    for (const v of [0, top]) {
      g.append(svg("line", { x1: L, y1: y(v), x2: W - R, y2: y(v), class: "grid" }));
      const label = svg("text", { x: L - 4, y: y(v) + 3, class: "ylabel" });
      label.textContent = num(Math.round(v));
      g.append(label);
    }
    for (const [t, iso, anchor] of [[t0, first, "start"], [t1, last, "end"]]) {
      const label = svg("text", { x: x(t), y: H - 3, class: "xlabel", "text-anchor": anchor });
      label.textContent = hhmm(iso);
      g.append(label);
    }
    let d = "";
    pts.forEach((p, i) => {
      d += i === 0 ? `M${x(p.t)},${y(p.lo)}` : `H${x(p.t)}V${y(p.lo)}`;
      if (p.hi !== p.lo) g.append(svg("rect", { x: x(p.t) - 3, y: y(p.hi), width: 6, height: Math.max(1, y(p.lo) - y(p.hi)), class: "band" }));
    });
    if (pts.length) d += `H${x(t1)}`;
    g.append(svg("path", { d, class: "step" }));
    g.append(svg("line", { x1: x(now), y1: T - 4, x2: x(now), y2: H - B, class: "now" }));
    for (const p of pts) {
      const a = svg("a", { href: `#${entryId(p.r.document, p.r.seq)}`, class: "point-link" });
      const c = svg("circle", { cx: x(p.t), cy: y(p.lo), r: 4.5, class: "point" + (p.t > now ? " future" : "") });
      const tip = svg("title", {});
      tip.textContent = `${bounds(p.r.low, p.r.high, p.r.approx)} — ${p.r.source || "unattributed"}, ${hhmm(p.r.reported_at)}`;
      c.append(tip);
      a.append(c);
      a.addEventListener("click", (ev) => jumpTo(ev, p.r));
      g.append(a);
    }
    return el("div", { class: "chart-box", dataset: { series: seriesKey(h), points: String(pts.length) } }, g);
  }

  // ---- map ------------------------------------------------------------------

  async function initMap() {
    if (!window.L) return;
    const config = await getJSON("/api/config").catch(() => ({}));
    const map = L.map("map", { worldCopyJump: true, attributionControl: true, zoomSnap: 0.5 }).setView([30, 20], 2);
    map.createPane("outlines");
    map.getPane("outlines").style.zIndex = "150"; // under the tiles: shows wherever tiles do not load
    try {
      const topo = await getJSON("/static/vendor/countries-110m.json");
      const land = topojson.feature(topo, topo.objects.countries);
      L.geoJSON(land, { pane: "outlines", interactive: false, style: { color: "#7a8799", weight: 0.7, fillColor: "#e9edf2", fillOpacity: 1 } }).addTo(map);
    } catch (e) {
      /* outlines are a nicety; points still show */
    }
    if (config.tiles) {
      L.tileLayer(config.tiles, { maxZoom: 18, attribution: "© OpenStreetMap contributors" }).addTo(map);
    }
    state.map = map;
    state.markers = L.layerGroup().addTo(map);
    window.addEventListener("resize", () => map.invalidateSize());
  }

  function renderMap(entries) {
    // one point per resolved place: a square or a building counts under its city
    const seen = new Map();
    for (const e of entries) {
      for (const p of (e.record || {}).places || []) {
        const name = p.within || p.name;
        const key = p.geonameid || name;
        const item = seen.get(key) || { p: { ...p, name }, count: 0, parts: new Set() };
        item.count += 1;
        if (p.name !== name) item.parts.add(p.name);
        seen.set(key, item);
      }
    }
    const places = [...seen.values()].sort((a, b) => b.count - a.count);
    $("places").replaceChildren(
      ...places.map(({ p, count, parts }) =>
        el(
          "li",
          { class: "place", dataset: { name: p.name } },
          el("button", { type: "button", class: "link", onclick: () => setFilter("place", p.name) }, p.name),
          ` ${p.country || ""} · ${count} mention${count > 1 ? "s" : ""}`,
          parts.size ? el("span", { class: "parts" }, ` (${[...parts].join(", ")})`) : null,
        ),
      ),
    );
    if (!places.length) $("places").append(el("li", { class: "empty" }, "No place mentioned yet."));
    if (!state.map) return;
    state.markers.clearLayers();
    const pts = [];
    for (const { p, count } of places) {
      if (p.lat == null || p.lon == null) continue;
      const label = el("span", { class: "map-label" }, p.name);
      const m = L.circleMarker([p.lat, p.lon], { radius: 5 + Math.min(10, count * 1.5), color: "#b3261e", weight: 2, fillColor: "#e4572e", fillOpacity: 0.7 });
      m.bindTooltip(label, { permanent: true, direction: "right", className: "map-tip" });
      m.on("click", () => setFilter("place", p.name));
      state.markers.addLayer(m);
      pts.push([p.lat, p.lon]);
    }
    const key = pts.map((x) => x.join(",")).join(";");
    if (pts.length && key !== state.mapKey) {
      state.mapKey = key;
      state.map.fitBounds(L.latLngBounds(pts).pad(0.4), { maxZoom: 6 });
    }
  }

  function setFilter(key, value) {
    state.filters[key] = state.filters[key] === value ? "" : value;
    fillFilters();
    writeURL();
    rerender();
  }

  // ---- diff -----------------------------------------------------------------

  function fillDiffPickers() {
    for (const id of ["d-from", "d-to"]) {
      const sel = $(id);
      sel.replaceChildren(...state.ticks.map((t, i) => el("option", { value: String(i) }, `${hhmm(t.at)}`)));
    }
    $("d-from").value = "0";
    $("d-to").value = String(Math.max(0, state.ticks.length - 1));
    $("diff").replaceChildren();
  }

  async function showDiff() {
    const a = state.ticks[Number($("d-from").value)];
    const b = state.ticks[Number($("d-to").value)];
    if (!a || !b) return;
    const box = $("diff");
    let d;
    try {
      d = await getJSON(`/api/diff?${qs({ story: state.story, since: a.at, until: b.at })}`);
    } catch (e) {
      box.replaceChildren(el("p", { class: "error" }, e.message));
      return;
    }
    const changed = d.changed.map((c) =>
      el(
        "li",
        {},
        el("b", {}, seriesName(c)),
        ": ",
        c.before ? bounds(c.before.low, c.before.high, c.before.approx) : "—",
        " → ",
        el("b", {}, bounds(c.after.low, c.after.high, c.after.approx)),
        ` (${c.after.source || "unattributed"}, ${hhmm(c.after.reported_at)})`,
      ),
    );
    const news = d.entries.slice(0, 30).map((e) => el("li", {}, el("time", {}, hhmm(e.reported_at)), " ", (e.text || "").slice(0, 160) + ((e.text || "").length > 160 ? "…" : "")));
    box.replaceChildren(
      el("p", {}, `Between ${hhmm(d.since)} and ${hhmm(d.until)}: ${d.entries.length} new update(s), ${d.changed.length} figure(s) changed.`),
      changed.length ? el("ul", { class: "changed" }, ...changed) : el("p", { class: "empty" }, "No figure changed."),
      news.length ? el("details", {}, el("summary", {}, "New updates"), el("ul", { class: "new-entries" }, ...news)) : null,
    );
  }

  // ---- live -----------------------------------------------------------------

  function follow() {
    if (state.stream) state.stream.close();
    if (!window.EventSource) return;
    const es = new EventSource(`/api/stream?${qs({ story: state.story })}`);
    state.stream = es;
    let pending = null;
    es.addEventListener("open", () => ($("live").hidden = false));
    es.addEventListener("error", () => ($("live").hidden = true));
    es.addEventListener("entry", () => {
      clearTimeout(pending);
      pending = setTimeout(refresh, 500);
    });
  }

  async function refresh() {
    const atEnd = state.index >= state.ticks.length - 1;
    const [timeline, hist, all] = await Promise.all([
      getJSON(`/api/timeline?${qs({ story: state.story })}`),
      getJSON(`/api/history?${qs({ story: state.story })}`),
      getJSON(`/api/entries?${qs({ story: state.story })}`),
    ]);
    const at = state.ticks[state.index] ? state.ticks[state.index].at : null;
    state.ticks = timeline.ticks;
    state.history = hist;
    state.all = all;
    state.snapshots.clear();
    $("slider").max = String(Math.max(0, state.ticks.length - 1));
    drawTicks();
    fillFilters();
    fillDiffPickers();
    const same = state.ticks.findIndex((t) => t.at === at);
    await goTo(atEnd || same < 0 ? state.ticks.length - 1 : same);
  }

  document.addEventListener("DOMContentLoaded", init);
})();
