// Coded notes are written from an event's coded fields only, the same way every time.
import { describe, expect, it } from "vitest";
import { notableEvents, notesByEvent, noteEvent, oblastName, placeName, writeNote } from "../../src/eval/notes.js";

const event = { event_id: "ucdp-x-1", date: "2022-06-07", date_prec: 1, where_prec: 1, place: "Shyrokyne village", admin1: "Donetsk oblast", lat: 47.1, lon: 37.7, killed: 2, articles: [] };

describe("coded notes", () => {
  it("names the settlement and the oblast as coders do, without UCDP's suffixes", () => {
    expect(placeName(event)).toBe("Shyrokyne");
    expect(oblastName(event)).toBe("Donetsk");
    expect(placeName({ ...event, place: "Kupiansk raion" })).toBeNull();
    expect(oblastName({ ...event, admin1: "Kiev Special Republican city" })).toBeNull();
  });

  it("writes the day, the place with its oblast and the toll, the same each time", () => {
    const note = writeNote(event);
    expect(note.text).toMatch(/^On 7 June 2022, .*Shyrokyne, Donetsk\. .*\b2\b/);
    expect(writeNote(event)).toEqual(note);
    expect(["2022-06-07", "2022-06-08"]).toContain(note.published);
  });

  it("writes notes only for events known to the day and within 25 km", () => {
    const events = [event, { ...event, event_id: "b", date_prec: 2 }, { ...event, event_id: "c", where_prec: 4 }, { ...event, event_id: "d", place: "Donets Basin Area" }];
    expect(notableEvents(events).map((e) => e.event_id)).toEqual(["ucdp-x-1"]);
  });

  it("counts VIINA's two codings of one place-day as one event, and UCDP's events of one place-day as several", () => {
    const viina = { event_id: "viina-1", date: "2022-02-24", place: "Lutsk", geonameid: 702569, admin1: "Volyn", lat: 50.7, lon: 25.3, articles: [] };
    expect(noteEvent({ ...viina, event_id: "viina-2" })).toBe(noteEvent(viina));
    expect(noteEvent({ ...viina, date: "2022-02-25" })).not.toBe(noteEvent(viina));
    expect(noteEvent({ ...viina, geonameid: 686967 })).not.toBe(noteEvent(viina));
    expect(noteEvent({ ...event, event_id: "ucdp-x-2" })).not.toBe(noteEvent(event));
  });

  it("gives the pair-model fit one gold incident per event: VIINA's codings of one place-day together, UCDP's events apart", () => {
    const viina = { event_id: "viina-1", date: "2022-02-24", place: "Lutsk", geonameid: 702569, admin1: "Volyn", lat: 50.7, lon: 25.3, articles: ["note-viina-1"] };
    const incidents = notesByEvent([viina, { ...viina, event_id: "viina-2", articles: ["note-viina-2"] }, { ...event, articles: ["note-ucdp-x-1"] }, { ...event, event_id: "ucdp-x-2", articles: ["note-ucdp-x-2"] }]);
    expect(incidents.map((i) => i.articles)).toEqual([["note-viina-1", "note-viina-2"], ["note-ucdp-x-1"], ["note-ucdp-x-2"]]);
    expect(new Set(incidents.map((i) => i.event_id)).size).toBe(3);
  });
});
