// Hand-made digests for the site tests: every field the pages render, including hostile text,
// superseded claims, revisions, near misses, editor notes, redirects and withdrawn incidents.
// Built here rather than by the pipeline so the page tests do not move when extraction improves.
import type { Digest, Figure, Incident, Place, SourcedClaim } from "../../../src/model.js";

export function place(overrides: Partial<Place> = {}): Place {
  return {
    slug: "luhansk-ua",
    name: "Luhansk",
    admin1: "Luhansk",
    admin2: null,
    country: "UA",
    countryName: "Ukraine",
    lat: 48.56952,
    lon: 39.32857,
    geonameId: 702658,
    precision: "city",
    aliases: ["Lugansk", "Lugan'sk", "Lugans'k", "Lugánsk", "Луганськ", "Луганск", "Voroshilovgrad"],
    admin1Aliases: ["Lugansk region", "Luhansk oblast"],
    origin: "gazetteer",
    ...overrides,
  };
}

export function claim(overrides: Partial<SourcedClaim> = {}): SourcedClaim {
  return {
    value: 4,
    qualifier: null,
    article: "a1",
    source: "Agency One",
    lang: "en",
    quote: "The strike killed four people, officials said.",
    attribution: "officials",
    published: "2024-06-07T10:00:00+03:00",
    superseded: false,
    revisedFrom: null,
    ...overrides,
  };
}

export function figure(low: number, best: number, high: number, claims: SourcedClaim[], overrides: Partial<Figure> = {}): Figure {
  return {
    low,
    best,
    high,
    claims,
    timeline: claims.map((c) => ({ published: c.published, article: c.article, source: c.source, value: c.value, qualifier: c.qualifier })),
    conflict: low !== high,
    rule: "best is the lowest current figure",
    ...overrides,
  };
}

export function incident(id: string, overrides: Partial<Incident> = {}): Incident {
  return {
    id,
    url: `/incidents/${id}/`,
    title: "Missile strike in Luhansk",
    date: "2024-06-07",
    dateEnd: "2024-06-07",
    datePrecision: "day",
    type: "missile strike",
    place: place(),
    killed: null,
    injured: null,
    missing: null,
    grave: null,
    means: [],
    damage: [],
    articles: ["a1"],
    sources: [{ article: "a1", title: "Strike on Luhansk", source: "Agency One", published: "2024-06-07T10:00:00+03:00", url: "https://one.example/luhansk", copies: [], lang: "en" }],
    reasons: [],
    related: [],
    editorNotes: [],
    summary: "",
    summaryLang: "en",
    ...overrides,
  };
}

/** Three incidents over two months, two places, one hostile; one redirect and one withdrawn id. */
export function sampleDigest(): Digest {
  const luhansk = incident("2024-06-07-luhansk-missile-strike", {
    killed: figure(4, 4, 4, [
      claim({ value: 3, superseded: true, quote: "\"Three people were killed,\" the governor said.", attribution: "the governor", published: "2024-06-07T08:00:00+03:00" }),
      claim({ value: 4, revisedFrom: 3, quote: "The toll rose to four, raising the toll from three.", article: "a2", source: "Agency Two", published: "2024-06-07T15:00:00+03:00" }),
    ]),
    injured: figure(43, 43, 46, [
      claim({ value: 46, quote: "\"Forty-six people have received medical treatment,\" said the health minister.", attribution: "regional health minister", article: "a1" }),
      claim({ value: 43, quote: "43 людини отримали поранення.", lang: "uk", attribution: null, article: "a2", source: "Agency Two" }),
      claim({ value: 40, qualifier: "over", quote: "Over 40 were wounded.", attribution: null }),
    ]),
    grave: figure(10, 10, 10, [claim({ value: 10, quote: "Ten are in grave condition." })], { conflict: false }),
    means: [
      { means: "missile", count: null, attribution: null, quote: "A missile struck.", passage: 1 },
      { means: "missiles", count: null, attribution: null, quote: "Missiles struck.", passage: 2 },
      { means: "ATACMS missiles", count: 5, attribution: "the Russian defence ministry", quote: "\"Five ATACMS missiles were fired.", passage: 3 },
      { means: "ATACMS missile", count: 5, attribution: "the Russian defence ministry", quote: "Five ATACMS missiles were fired, the ministry said.", passage: 4, lang: "en" },
    ],
    damage: [
      { what: "blocks of flats", count: 33, quote: "33 blocks of flats were damaged.", passage: 5 },
      { what: "block of flats", count: 2, quote: "Two blocks of flats collapsed.", passage: 6 },
    ],
    articles: ["a1", "a2"],
    sources: [
      { article: "a1", title: "Strike on Luhansk", source: "Agency One", published: "2024-06-07T10:00:00+03:00", url: "https://one.example/luhansk", copies: ["a3"], lang: "en" },
      { article: "a2", title: "Кількість загиблих у Луганську зросла", source: "Agency Two", published: "2024-06-08", url: "javascript:alert(1)", copies: [], lang: "uk" },
    ],
    reasons: [
      { report: "a1/0", linkedTo: null, score: 1, daysApart: null, distanceKm: null, sharedTerms: [], editor: false, note: "first report", decidedBy: [] },
      { report: "a2/0", linkedTo: "a1/0", score: 0.82, daysApart: 0, distanceKm: 0, sharedTerms: ["missile", "luhansk"], editor: false, note: "same event date and place", decidedBy: [{ feature: "title × same day", part: 2.1 }] },
    ],
    related: [{ id: "2024-06-05-luhansk-shelling", score: 0.4, daysApart: 2, distanceKm: 0, note: "2 days apart; same place (Luhansk)" }],
    editorNotes: ["Figures checked against the regional administration's statement."],
    summary: "A missile strike on Luhansk killed four people and wounded dozens",
  });
  const earlier = incident("2024-06-05-luhansk-shelling", {
    title: "Shelling in Luhansk",
    date: "2024-06-05",
    dateEnd: "2024-06-05",
    type: "shelling",
    killed: figure(1, 1, 1, [claim({ value: 1, quote: "One man was killed." })]),
  });
  const hostile = incident("2024-05-30-hostile", {
    title: "<script>alert('title')</script> =HYPERLINK(\"x\") {{ 1111*3 }}",
    date: "2024-05-27",
    dateEnd: "2024-06-02",
    datePrecision: "week",
    type: "other",
    place: place({ slug: "testville-us", name: "-Testville", admin1: "@Region", country: "US", countryName: "United States", lat: 40.5, lon: -74.25, aliases: [], admin1Aliases: [], precision: "approximate" }),
    sources: [{ article: "h1", title: "<img src=x onerror=alert(1)>", source: "+Outlet", published: "2024-05-30", url: "data:text/html,<script>alert(1)</script>", copies: [], lang: "en" }],
    articles: ["h1"],
  });
  const incidents = [luhansk, earlier, hostile];
  return {
    incidents,
    articles: [
      { id: "a1", incidents: [luhansk.id] },
      { id: "a2", incidents: [luhansk.id] },
      { id: "a3", incidents: [luhansk.id] },
      { id: "h1", incidents: [hostile.id] },
      { id: "i1", incidents: [] },
    ],
    rejected: [{ file: "articles/bad.md", line: null, reason: "front matter does not parse" }],
    redirects: [{ from: "/incidents/2024-06-07-lugansk-strike/", to: luhansk.url }],
    withdrawn: [{ id: "2024-05-01-gone", url: "/incidents/2024-05-01-gone/", articles: ["old1"] }],
    sourceArticles: [],
    ignoredFiles: [],
    updated: "2024-06-08",
    lock: { version: 1, incidents: {}, redirects: {}, withdrawn: {} },
  };
}
