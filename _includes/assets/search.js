// The search page, on Pagefind's JavaScript API. A query that names a place, in any spelling or
// grammatical case, is resolved to that place first (the alias index the build writes; see
// /assets/search/resolve.js), and the place's incidents come from a Pagefind filter on its key,
// newest first: "Kyiv", "Kiev", "Київ" and "Киев" give the same list. Other places of that name
// are offered with their counts; words beside the place ("Kharkiv school") search the text
// within it; other queries search the text as Pagefind does. Native form controls, filters for
// country, region, type and month, and the whole search in the address (?q=...&at=...) so it
// can be shared. Pagefind 1.5's ready-made UIs cannot sort (Component UI) or are less accessible
// (Default UI), hence this script.
import { placeWord } from "/assets/search/keys.js";
import { PlaceResolver } from "/assets/search/resolve.js";
import { attachCombobox } from "/assets/combobox.js";

const PAGE_SIZE = 10;
const form = document.getElementById("search-form");
const input = document.getElementById("search-q");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const more = document.getElementById("search-more");
const sortSelect = document.getElementById("search-sort");
const filterSelects = [...form.querySelectorAll("select[data-filter]")];
const choice = document.getElementById("place-choice");
const placeLink = document.getElementById("place-link");
const didYouMean = document.getElementById("did-you-mean");

const places = new PlaceResolver(JSON.parse(document.getElementById("place-index").textContent), async (path) => {
  const response = await fetch(path);
  return response.ok ? response.json() : null;
});

const pagefind = await import("/pagefind/pagefind.js");
await pagefind.options({ excerptLength: 24 });
await pagefind.init();

let searchId = 0;
let results = [];
let shown = 0;
/** The place chosen among those of the query's name (?at=), when it is not the first. */
let chosenKey = null;

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** "June 2024" -> 202406, so months sort by time, newest first. */
const monthKey = (label) => {
  const [name, year] = label.split(" ");
  return Number(year) * 100 + MONTHS.indexOf(name);
};

const plural = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;
const KIND_LABELS = { settlement: "", area: "area", region: "region", country: "country" };

/** "Ukraine · 51 incidents" under "Kharkiv"; "region · Ukraine · 113 incidents" under "Kharkiv region". */
function targetDetail(target) {
  const where = target.line.startsWith(`${target.name}, `) ? target.line.slice(target.name.length + 2) : target.line === target.name ? "" : target.line;
  return [KIND_LABELS[target.kind], where, plural(target.count, "incident")].filter(Boolean).join(" · ");
}

function fillFilters(available) {
  for (const select of filterSelects) {
    const counts = available[select.dataset.filter] ?? {};
    const values = Object.keys(counts);
    if (select.dataset.filter === "month") values.sort((a, b) => monthKey(b) - monthKey(a));
    else values.sort((a, b) => a.localeCompare(b));
    for (const value of values) {
      const option = document.createElement("option");
      option.value = value;
      option.textContent = `${value} (${counts[value]})`;
      select.append(option);
    }
  }
}

/**
 * Each filter's counts under the search and the OTHER filters, so a chosen country narrows the
 * regions offered to its own, and a value with no incident left is greyed out (the chosen one
 * stays selectable). Pagefind's own counts for a chosen filter would zero its other values.
 */
async function refreshCounts(id, term, filters) {
  for (const select of filterSelects) {
    const key = select.dataset.filter;
    const others = Object.fromEntries(Object.entries(filters).filter(([name]) => name !== key));
    const narrowed = term || Object.keys(others).length ? await pagefind.search(term || null, { filters: others }) : null;
    if (id !== searchId) return;
    const counts = (narrowed ? narrowed.filters : allCounts)[key] ?? {};
    for (const option of select.options) {
      if (!option.value) continue;
      const count = counts[option.value] ?? 0;
      option.textContent = `${option.value} (${count})`;
      option.disabled = count === 0 && option.value !== select.value;
      option.hidden = option.disabled;
    }
  }
}

function readAddress() {
  const params = new URLSearchParams(window.location.search);
  // Words typed while the page was loading stay.
  if (params.has("q") || !input.value) input.value = params.get("q") ?? "";
  chosenKey = params.get("at");
  for (const select of [...filterSelects, sortSelect]) {
    const wanted = params.get(select.name) ?? "";
    if ([...select.options].some((o) => o.value === wanted)) select.value = wanted;
  }
}

function writeAddress(atKey) {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set("q", input.value.trim());
  if (atKey) params.set("at", atKey);
  for (const select of [...filterSelects, sortSelect]) if (select.value) params.set(select.name, select.value);
  const query = params.toString();
  window.history.replaceState(null, "", `${window.location.pathname}${query ? `?${query}` : ""}`);
}

/** Pagefind's excerpt is HTML with <mark>; only text and <mark> are kept, as DOM nodes. */
function excerptNodes(html) {
  const template = document.createElement("template");
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? "");
  });
}

/** A result card; `matched` words are shown in Pagefind's excerpt, a place's incident by its summary. */
function card(data, matched) {
  const meta = data.meta ?? {};
  const item = document.createElement("li");
  item.className = "result";
  const heading = document.createElement("h2");
  heading.className = "result__title";
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = meta.title ?? data.url;
  heading.append(link);
  const line = document.createElement("p");
  line.className = "result__meta";
  line.textContent = [meta.date, meta.place].filter(Boolean).join(" · ");
  const figures = document.createElement("p");
  figures.className = "result__figures";
  figures.textContent = meta.figures ?? "";
  const excerpt = document.createElement("p");
  excerpt.className = "result__excerpt";
  if (matched || !meta.summary) excerpt.append(...excerptNodes(data.excerpt ?? ""));
  else excerpt.textContent = meta.summary;
  item.append(heading, line, figures, excerpt);
  return item;
}

let showExcerpts = true;

async function showMore(id) {
  const next = results.slice(shown, shown + PAGE_SIZE);
  const cards = await Promise.all(next.map(async (result) => card(await result.data(), showExcerpts)));
  if (id !== searchId) return;
  list.append(...cards);
  shown += next.length;
  more.hidden = shown >= results.length;
}

/** The status line; its first number is always the number of incidents listed. */
function describe(count, { term, target, typed, via, filters, newestFirst }) {
  const chosen = Object.entries(filters)
    .filter(([name]) => name !== "at")
    .map(([, values]) => values[0]);
  const words = term ? ` for “${term}”` : "";
  const where = target ? ` in ${target.line}` : "";
  const spelled = target && via === "variant" ? ` (you typed “${typed}”)` : "";
  const narrowed = chosen.length ? `${target ? "," : " in"} ${chosen.join(", ")}` : "";
  const order = newestFirst ? ", newest first" : "";
  return `${plural(count, "incident")}${words}${where}${spelled}${narrowed}${order}`;
}

/** The places of the query's name, as radio buttons, the shown one checked. */
function showChoice(resolution, target) {
  const group = resolution?.group ?? [];
  const signature = group.map((t) => t.key).join(" ");
  if (group.length < 2) {
    choice.hidden = true;
    choice.replaceChildren();
    delete choice.dataset.group;
  } else if (choice.dataset.group === signature) {
    // The same places: only the choice changed; the radio buttons (and focus) stay.
    for (const radio of choice.querySelectorAll("input[type=radio]")) radio.checked = radio.value === target.key;
  } else {
    const fieldset = document.createElement("fieldset");
    const legend = document.createElement("legend");
    legend.textContent = `Places for “${resolution.matched}”`;
    fieldset.append(legend);
    for (const option of group) {
      const label = document.createElement("label");
      const radio = document.createElement("input");
      radio.type = "radio";
      radio.name = "at";
      radio.value = option.key;
      radio.checked = option.key === target.key;
      radio.addEventListener("change", () => {
        chosenKey = option.key;
        run();
      });
      const detail = document.createElement("span");
      detail.className = "place-choice__detail";
      detail.textContent = targetDetail(option);
      label.append(radio, ` ${option.name} `, detail);
      fieldset.append(label);
    }
    choice.replaceChildren(fieldset);
    choice.dataset.group = signature;
    choice.hidden = false;
  }
  if (target) {
    const link = document.createElement("a");
    link.href = target.url;
    link.textContent = target.kind === "country" ? `${target.name} in the places index` : `${target.name}: the place's page`;
    placeLink.replaceChildren(link);
    placeLink.hidden = false;
  } else {
    placeLink.hidden = true;
    placeLink.replaceChildren();
  }
}

/** "Did you mean" buttons for a query that names no place but comes close to some. */
function showSuggestions(suggestions) {
  if (!suggestions.length) {
    didYouMean.hidden = true;
    didYouMean.replaceChildren();
    return;
  }
  const buttons = suggestions.slice(0, 4).map((target) => {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "secondary";
    button.textContent = `${target.name} (${plural(target.count, "incident")})`;
    button.addEventListener("click", () => choose(target));
    return button;
  });
  didYouMean.replaceChildren("Did you mean: ", ...buttons.flatMap((b, i) => (i ? [" ", b] : [b])));
  didYouMean.hidden = false;
}

/** Searches for a place picked from the suggestions or the "did you mean" buttons. */
function choose(target) {
  input.value = target.name;
  chosenKey = target.key;
  run();
}

// While a search runs, the status line (a live region) says it is busy: assistive technology
// waits for the new results, and so can a script driving the page.
async function run() {
  const id = ++searchId;
  status.setAttribute("aria-busy", "true");
  try {
    await runSearch(id);
  } finally {
    if (id === searchId) status.removeAttribute("aria-busy");
  }
}

async function runSearch(id) {
  const text = input.value.trim();
  const filters = {};
  for (const select of filterSelects) if (select.value) filters[select.dataset.filter] = [select.value];
  if (!text && !Object.keys(filters).length) {
    writeAddress(null);
    results = [];
    list.replaceChildren();
    more.hidden = true;
    showChoice(null, null);
    showSuggestions([]);
    status.textContent = "Type a place or words, or choose a filter.";
    delete status.dataset.query;
    await refreshCounts(id, "", filters);
    return;
  }
  const resolution = text ? await places.resolve(text) : null;
  if (id !== searchId) return;
  const group = resolution?.group ?? null;
  const target = group ? (group.find((t) => t.key === chosenKey) ?? group[0]) : null;
  const term = group ? resolution.words : text;
  if (target) filters.at = [target.key];
  // A place's incidents are listed newest first unless another order is chosen.
  const newestFirst = sortSelect.value === "newest" || (!sortSelect.value && target !== null && !term);
  const sort = newestFirst ? { date: "desc" } : sortSelect.value === "oldest" ? { date: "asc" } : undefined;
  writeAddress(target && target !== group[0] ? target.key : null);
  // A place alone is asked for by its word, so Pagefind loads one chunk of its index, not all.
  const query = term || (target ? placeWord(target.key) : null);
  const search = await pagefind.search(query, { filters, ...(sort ? { sort } : {}) });
  if (id !== searchId || !search) return;
  results = search.results;
  showExcerpts = Boolean(term);
  shown = 0;
  list.replaceChildren();
  await showMore(id);
  if (id !== searchId) return;
  showChoice(resolution, target);
  showSuggestions(group ? [] : (resolution?.suggestions ?? []));
  // The order is told when it is the place's default, not one the reader chose.
  status.textContent = describe(results.length, { term, target, typed: resolution?.matched, via: resolution?.via, filters, newestFirst: newestFirst && !sortSelect.value });
  status.dataset.query = text;
  await refreshCounts(id, query, filters);
}

attachCombobox({
  input,
  listbox: document.getElementById("search-suggestions"),
  suggest: (text) => places.suggest(text),
  render: (target) => {
    const name = document.createElement("span");
    name.className = "suggestion__name";
    name.textContent = target.name;
    const detail = document.createElement("span");
    detail.className = "suggestion__detail";
    detail.textContent = targetDetail(target);
    return [name, " ", detail];
  },
  pick: choose,
});

let typing = 0;
input.addEventListener("input", () => {
  // A new query names its own place: an earlier choice does not carry over.
  chosenKey = null;
  clearTimeout(typing);
  typing = setTimeout(run, 250);
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(typing);
  run();
});
for (const select of [...filterSelects, sortSelect]) select.addEventListener("change", run);
more.addEventListener("click", () => showMore(searchId));

const allCounts = await pagefind.filters();
fillFilters(allCounts);
readAddress();
run();
