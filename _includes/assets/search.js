// The search page, on Pagefind's JavaScript API: native form controls (keyboard and screen
// reader friendly), filters for country, region, type and month, sorting by date, result cards
// with date, place and figures, and the whole search in the address (?q=...&region=...) so it
// can be shared. Pagefind 1.5's ready-made UIs cannot sort (Component UI) or are less accessible
// (Default UI), hence this small script.
const PAGE_SIZE = 10;
const form = document.getElementById("search-form");
const input = document.getElementById("search-q");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const more = document.getElementById("search-more");
const sortSelect = document.getElementById("search-sort");
const filterSelects = [...form.querySelectorAll("select[data-filter]")];

const pagefind = await import("/pagefind/pagefind.js");
await pagefind.options({ excerptLength: 24 });
await pagefind.init();

let searchId = 0;
let results = [];
let shown = 0;

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** "June 2024" -> 202406, so months sort by time, newest first. */
const monthKey = (label) => {
  const [name, year] = label.split(" ");
  return Number(year) * 100 + MONTHS.indexOf(name);
};

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
 * Each filter's counts under the search words and the OTHER filters, so a chosen country narrows
 * the regions offered to its own, and a value with no incident left is greyed out (the chosen one
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
  input.value = params.get("q") ?? "";
  for (const select of [...filterSelects, sortSelect]) {
    const wanted = params.get(select.name) ?? "";
    if ([...select.options].some((o) => o.value === wanted)) select.value = wanted;
  }
}

function writeAddress() {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set("q", input.value.trim());
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

function card(data) {
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
  excerpt.append(...excerptNodes(data.excerpt ?? ""));
  item.append(heading, line, figures, excerpt);
  return item;
}

async function showMore(id) {
  const next = results.slice(shown, shown + PAGE_SIZE);
  const cards = await Promise.all(next.map(async (result) => card(await result.data())));
  if (id !== searchId) return;
  list.append(...cards);
  shown += next.length;
  more.hidden = shown >= results.length;
}

function describe(count, term, filters) {
  const chosen = Object.values(filters).map((values) => values[0]);
  const what = count === 1 ? "1 incident" : `${count} incidents`;
  const words = term ? ` for “${term}”` : "";
  const narrowed = chosen.length ? ` in ${chosen.join(", ")}` : "";
  return `${what}${words}${narrowed}`;
}

async function run() {
  const id = ++searchId;
  writeAddress();
  const term = input.value.trim();
  const filters = {};
  for (const select of filterSelects) if (select.value) filters[select.dataset.filter] = [select.value];
  if (!term && !Object.keys(filters).length) {
    results = [];
    list.replaceChildren();
    more.hidden = true;
    status.textContent = "Type a place or words, or choose a filter.";
    await refreshCounts(id, term, filters);
    return;
  }
  const sort = sortSelect.value === "newest" ? { date: "desc" } : sortSelect.value === "oldest" ? { date: "asc" } : undefined;
  const search = await pagefind.search(term || null, { filters, ...(sort ? { sort } : {}) });
  if (id !== searchId || !search) return;
  results = search.results;
  shown = 0;
  list.replaceChildren();
  await showMore(id);
  if (id !== searchId) return;
  status.textContent = describe(results.length, term, filters);
  await refreshCounts(id, term, filters);
}

let typing = 0;
input.addEventListener("input", () => {
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
