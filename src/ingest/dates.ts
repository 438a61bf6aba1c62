import { DateTime } from "luxon";

export type PublishedCheck = { ok: true; published: string; day: string } | { ok: false; reason: string };

/**
 * Validates a publication date strictly: a real calendar day ("2024-02-30" is rejected, never
 * rolled over to March) or an ISO date-time, not after the build's clock.
 */
export function checkPublished(value: unknown, now: DateTime): PublishedCheck {
  if (value === undefined || value === null || value === "") return { ok: false, reason: "published date is missing" };
  if (typeof value !== "string") return { ok: false, reason: `published date must be a string such as 2024-06-07, got ${typeof value}` };
  const text = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}(:?\d{2})?)?)?$/.test(text)) {
    // Not quoted: a reason never repeats free text from the input (it is published in the export).
    return { ok: false, reason: "published date is not an ISO date (YYYY-MM-DD or YYYY-MM-DDTHH:MM)" };
  }
  const parsed = DateTime.fromISO(text.replace(" ", "T"), { setZone: true, zone: "utc" });
  // Quoted only now that it is known to be digits and date punctuation.
  if (!parsed.isValid) return { ok: false, reason: `published date "${text}" is not a real date (${parsed.invalidExplanation ?? parsed.invalidReason})` };
  const dateOnly = text.length === 10;
  const day = parsed.toISODate()!;
  const future = dateOnly ? day > now.toUTC().toISODate()! : parsed > now;
  if (future) return { ok: false, reason: `published date ${text} is in the future of the build (${now.toUTC().toISO({ suppressMilliseconds: true })})` };
  return { ok: true, published: text.replace(" ", "T"), day };
}
