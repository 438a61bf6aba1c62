// Text hygiene at intake: control and direction characters, invisible characters inside words,
// and Latin/Cyrillic look-alikes inside mixed-script words.
import { describe, expect, it } from "vitest";
import { cleanText, unmixScripts } from "../../src/text/hygiene.js";
import { httpUrl } from "../../src/ingest/index.js";

describe("control and direction characters are removed", () => {
  it.each([
    ["a right-to-left override that would reverse a title", "Strike on \u202Eenoz\u202C port", "Strike on enoz port"],
    ["isolates and marks", "Shelling \u2067in\u2069 \u200Fthe\u200E city\u061C", "Shelling in the city"],
    ["NUL, escape and bell", "Two\u0000 killed\u001b[31m\u0007", "Two killed[31m"],
    ["C1 controls and DEL", "Mayor\u0085 said\u009b\u007f", "Mayor said"],
  ])("%s", (_, input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  it("keeps tabs, line breaks and paragraph breaks", () => {
    expect(cleanText("First paragraph.\r\n\r\nSecond\tparagraph.\n")).toBe("First paragraph.\r\n\r\nSecond\tparagraph.\n");
  });
});

describe("invisible characters inside words are removed", () => {
  it.each([
    ["a zero-width space", "Explosions in Kyi\u200Bv overnight", "Explosions in Kyiv overnight"],
    ["a word joiner", "Sirens in Odes\u2060a", "Sirens in Odesa"],
    ["a soft hyphen", "Shelling of Zapo\u00ADrizhzhia", "Shelling of Zaporizhzhia"],
    ["a zero-width joiner between Latin letters", "Drone hit Khar\u200Dkiv", "Drone hit Kharkiv"],
  ])("%s", (_, input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  it("leaves joiners that build emoji sequences", () => {
    expect(cleanText("Rescue team \u{1F468}\u200D\u{1F692} arrived")).toBe("Rescue team \u{1F468}\u200D\u{1F692} arrived");
  });
});

describe("a replacement character where a possessive's apostrophe stood is the apostrophe", () => {
  it.each([
    ["before a possessive's s", "Troops storm Freedonia\uFFFDs Harbourtown", "Troops storm Freedonia’s Harbourtown"],
    ["after a plural's s", "Rebel forces\uFFFD shelling kills two", "Rebel forces’ shelling kills two"],
    // anywhere else it stays what it is: an unknown character (a lost quote mark or dash)
    ["a lost quote mark", "Mayor \uFFFDshocked\uFFFD by the blast", "Mayor \uFFFDshocked\uFFFD by the blast"],
  ])("%s", (_, input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });
});

describe("look-alike letters are unmixed only inside mixed-script words", () => {
  it.each([
    ["a Cyrillic і in a Latin word", "Shelling in Khark\u0456v injured five", "Shelling in Kharkiv injured five"],
    ["a Cyrillic о and а in a Latin word", "Strike near P\u043Ekr\u043Evsk \u0430nd Kramatorsk", "Strike near Pokrovsk and Kramatorsk"],
    ["a Latin i in a Ukrainian word", "Обстріл Харкiва вночі", "Обстріл Харківа вночі"],
    ["a Latin X and o in a Russian word", "Удар по Xерсoну", "Удар по Херсону"],
  ])("%s", (_, input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  it("never touches a word wholly in one script", () => {
    for (const word of ["Київ", "Харків", "Херсон", "Kyiv", "Kharkiv", "Москва"]) expect(unmixScripts(word)).toBe(word);
  });

  it("leaves a word whose both scripts have letters without look-alikes (really mixed)", () => {
    expect(unmixScripts("Zпорожжя")).toBe("Zпорожжя");
  });
});

describe("source URLs", () => {
  it("lose their user name and password", () => {
    expect(httpUrl("https://editor:hunter2@news.test/report?id=1")).toBe("https://news.test/report?id=1");
    expect(httpUrl("http://token@news.test/")).toBe("http://news.test/");
  });

  it("stay links only when http(s)", () => {
    expect(httpUrl("javascript:alert(1)")).toBeNull();
    expect(httpUrl("data:text/html,<b>x</b>")).toBeNull();
  });
});
