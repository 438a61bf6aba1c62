// Which window of the world a map shows. A locator shows the country around the place, like a
// newspaper's locator map: the whole of Ukraine (with Crimea) for Luhansk or Sevastopol, the
// contiguous United States for Chicago, Alaska for Anchorage. Very large countries are cut to a
// window around the place; tiny ones get a minimum span so the place has context.
import { loadAtlas, partAt, type Atlas, type Box, type CountryPart } from "./atlas.js";
import type { MapFrame } from "./render.js";

const MAX_SPAN = 60; // degrees of longitude: Russia, Canada, China
const MIN_SPAN = 4;
/** Windows cut from very large countries snap to this grid so nearby places share one frame. */
const SNAP = 5;
/** Pieces of one country closer than this (degrees) belong to one frame (Crimea and the mainland). */
const NEAR = 1;

function around(lon: number, lat: number, lonSpan: number, latSpan: number): Box {
  return [lon - lonSpan / 2, Math.max(-80, lat - latSpan / 2), lon + lonSpan / 2, Math.min(84, lat + latSpan / 2)];
}

/** Boxes that cross the antimeridian are written with east > 180, so spans and unions are plain sums. */
function unwrap(box: Box): Box {
  return box[0] <= box[2] ? box : [box[0], box[1], box[2] + 360, box[3]];
}

function gap(a: Box, b: Box): number {
  const dLon = Math.max(0, a[0] - b[2], b[0] - a[2]);
  const dLat = Math.max(0, a[1] - b[3], b[1] - a[3]);
  return Math.max(dLon, dLat);
}

/** The part holding the point, grown by the same country's sizeable pieces that touch it. */
function countryBlock(atlas: Atlas, part: CountryPart): Box {
  let block = unwrap(part.box);
  const siblings = atlas.parts.filter((p) => p.country === part.country && p !== part && p.area > part.area * 0.01);
  for (let grew = true; grew; ) {
    grew = false;
    for (const sibling of siblings) {
      const box = unwrap(sibling.box);
      if (gap(block, box) > NEAR) continue;
      const union: Box = [Math.min(block[0], box[0]), Math.min(block[1], box[1]), Math.max(block[2], box[2]), Math.max(block[3], box[3])];
      if (union.some((v, i) => v !== block[i])) [block, grew] = [union, true];
    }
  }
  return block;
}

const frames = new Map<string, MapFrame>();

/** The frame of a locator map for one point; nearby points share equal frames (and basemaps). */
export function locatorFrame(lon: number, lat: number): MapFrame {
  const key = `${lon.toFixed(3)},${lat.toFixed(3)}`;
  let frame = frames.get(key);
  if (!frame) frames.set(key, (frame = findLocatorFrame(lon, lat)));
  return { ...frame, box: [...frame.box] };
}

function findLocatorFrame(lon: number, lat: number): MapFrame {
  const atlas = loadAtlas("50m");
  const part = partAt(atlas, lon, lat);
  if (!part) return { box: around(lon, lat, 12, 8), focusCountry: null };
  const [west, south, east, north] = countryBlock(atlas, part);
  const lonSpan = east - west;
  if (lonSpan > MAX_SPAN) {
    const snapped = (v: number) => Math.round(v / SNAP) * SNAP;
    return { box: around(snapped(lon), snapped(lat), 24, 14), focusCountry: part.country };
  }
  if (lonSpan < MIN_SPAN && north - south < MIN_SPAN) {
    return { box: around(west + lonSpan / 2, (south + north) / 2, MIN_SPAN, MIN_SPAN * 0.7), focusCountry: part.country };
  }
  return { box: [west, south, east, north], focusCountry: part.country };
}

/** A frame that holds several points (a region's places): the locator of their middle, grown to fit. */
export function frameForPoints(points: { lon: number; lat: number }[]): MapFrame | null {
  if (!points.length) return null;
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  const [minLon, maxLon, minLat, maxLat] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const frame = locatorFrame((minLon + maxLon) / 2, (minLat + maxLat) / 2);
  const [west, south, east, north] = frame.box;
  const pad = 1;
  frame.box = [Math.min(west, minLon - pad), Math.min(south, minLat - pad), Math.max(east, maxLon + pad), Math.max(north, maxLat + pad)];
  return frame;
}
