// Draws a map window as a small inline SVG: land, the focus country, borders and marked points.
// Coordinates are rounded to 0.1 px and points closer than THIN_PX to the last drawn one are
// dropped, which keeps a country outline to a few kilobytes (a 1:50m shape has thousands of
// vertices, most of them sub-pixel at locator size).
import { geoMercator, geoPath, type GeoStream } from "d3-geo";
import type { MultiPoint } from "geojson";
import { escapeHtml } from "../text.js";
import { boxesOverlap, loadAtlas, type Box } from "./atlas.js";

export const MAP_WIDTH = 320;
const THIN_PX = 1;
/** Frames wider than this (degrees of longitude) are drawn from the 1:110m shapes. */
const COARSE_SPAN = 10;

export interface MapMarker {
  lon: number;
  lat: number;
  /** Radius in px before scaling; 0 draws a ring (approximate place). */
  radius: number;
  approximate: boolean;
}

export interface MapFrame {
  box: Box;
  /** Country (atlas name) drawn darker than its neighbours; null for none. */
  focusCountry: string | null;
}

/** A stream stage that drops projected points closer than `tolerance` to the last kept one. */
function thinning(tolerance: number) {
  return (output: GeoStream): GeoStream => {
    let lastX = 0;
    let lastY = 0;
    let pendingX = 0;
    let pendingY = 0;
    let pending = false;
    let first = true;
    return {
      point(x, y) {
        if (first || Math.hypot(x - lastX, y - lastY) >= tolerance) {
          output.point(x, y);
          [lastX, lastY, first, pending] = [x, y, false, false];
        } else {
          [pendingX, pendingY, pending] = [x, y, true];
        }
      },
      lineStart() {
        first = true;
        pending = false;
        output.lineStart();
      },
      lineEnd() {
        if (pending) output.point(pendingX, pendingY);
        output.lineEnd();
      },
      polygonStart: () => output.polygonStart?.(),
      polygonEnd: () => output.polygonEnd?.(),
      sphere: () => output.sphere?.(),
    };
  };
}

interface Basemap {
  height: number;
  projection: ReturnType<typeof geoMercator>;
  /** The land, focus country and border paths, without the outer <svg>. */
  body: string;
}

// One basemap per frame: every incident at one place, and places that share a frame, reuse it.
const basemaps = new Map<string, Basemap>();

function basemap(frame: MapFrame, cssClass: string): Basemap {
  const key = `${cssClass}|${frame.focusCountry}|${frame.box.map((v) => v.toFixed(3)).join(",")}`;
  const known = basemaps.get(key);
  if (known) return known;
  const [west, south, east, north] = frame.box;
  const atlas = loadAtlas(east - west > COARSE_SPAN ? "110m" : "50m");
  const corners: MultiPoint = { type: "MultiPoint", coordinates: [[west, south], [east, north], [west, north], [east, south]] };
  // Centred on the frame's own meridian, so a frame across the antimeridian (Fiji) stays whole.
  const rotation: [number, number] = [-(west + east) / 2, 0];
  const probe = geoMercator().rotate(rotation).fitWidth(MAP_WIDTH, corners);
  const [[x0, y0], [x1, y1]] = geoPath(probe).bounds(corners);
  const height = Math.round(Math.min(MAP_WIDTH * 0.9, Math.max(MAP_WIDTH * 0.5, ((y1 - y0) / (x1 - x0)) * MAP_WIDTH)));
  const projection = geoMercator()
    .rotate(rotation)
    .fitExtent([[8, 8], [MAP_WIDTH - 8, height - 8]], corners)
    .clipExtent([[0, 0], [MAP_WIDTH, height]]);
  const thin = thinning(THIN_PX);
  const path = geoPath({ stream: (output: GeoStream) => projection.stream(thin(output)) }).digits(1);

  // Only shapes that can show in the drawn rectangle (wider than the frame's box on one axis).
  const [left, top] = projection.invert!([0, 0])!;
  const [right, bottom] = projection.invert!([MAP_WIDTH, height])!;
  const window: Box = [left - 0.5, bottom - 0.5, (right < left ? right + 360 : right) + 0.5, top + 0.5];
  let land = "";
  let focus = "";
  for (const part of atlas.parts) {
    if (!boxesOverlap(part.box, window)) continue;
    const d = path(part.polygon) ?? "";
    if (part.country === frame.focusCountry) focus += d;
    else land += d;
  }
  let borders = "";
  for (const border of atlas.borders) if (boxesOverlap(border.box, window)) borders += path(border.line) ?? "";
  const body =
    `<rect class="${cssClass}__sea" width="${MAP_WIDTH}" height="${height}"/>` +
    (land ? `<path class="${cssClass}__land" d="${land}"/>` : "") +
    (focus ? `<path class="${cssClass}__focus" d="${focus}"/>` : "") +
    (borders ? `<path class="${cssClass}__borders" d="${borders}"/>` : "");
  const made = { height, projection, body };
  basemaps.set(key, made);
  return made;
}

/** The SVG for a frame and its markers. `label` becomes the map's accessible name. */
export function renderMap(frame: MapFrame, markers: MapMarker[], label: string, cssClass = "map"): string {
  const { height, projection, body } = basemap(frame, cssClass);
  const dots = markers
    .map((m) => {
      const xy = projection([m.lon, m.lat]);
      if (!xy) return "";
      const [cx, cy] = xy.map((v) => v.toFixed(1));
      return m.approximate
        ? `<circle class="${cssClass}__ring" cx="${cx}" cy="${cy}" r="${Math.max(m.radius, 8)}"/>`
        : `<circle class="${cssClass}__dot" cx="${cx}" cy="${cy}" r="${m.radius}"/>`;
    })
    .join("");
  return (
    `<svg class="${cssClass}" viewBox="0 0 ${MAP_WIDTH} ${height}" role="img" aria-label="${escapeHtml(label)}" xmlns="http://www.w3.org/2000/svg">` +
    body +
    dots +
    `</svg>`
  );
}
