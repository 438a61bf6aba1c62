// One figure (killed, injured, ...) merged from every source's claims.
// FIRST VERSION; issue 4 states and implements the full rule.
import type { Article, CasualtyClaim, Figure, SourcedClaim } from "../model.js";

export function mergeFigure(claims: { claim: CasualtyClaim; article: Article }[]): Figure | null {
  if (claims.length === 0) return null;
  const sourced: SourcedClaim[] = claims.map(({ claim, article }) => ({
    value: claim.value,
    qualifier: claim.qualifier === "exact" ? null : claim.qualifier,
    article: article.id,
    source: article.source ?? "Unattributed wire report",
    quote: claim.quote,
    attribution: claim.attribution,
    published: article.published,
    superseded: false,
    revisedFrom: claim.revisedFrom,
  }));
  const values = sourced.map((c) => c.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  return {
    low,
    best: low,
    high,
    claims: sourced,
    timeline: [],
    conflict: low !== high,
    rule: "best is the lowest figure reported",
  };
}
