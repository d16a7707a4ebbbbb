import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { type Point, ringContains } from './geo.ts';
import type { Tag, Taxonomy } from './taxonomy.ts';

/**
 * The small static map of the Delta on the places' tag pages
 * (`PlaceMap.astro` only renders it): the outlines of Shanghai, Jiangsu,
 * Zhejiang and Anhui (`content/map/provinces.yaml`, simplified from Natural
 * Earth by `scripts/delta-outline.ts`), a marker per place tag at its
 * coordinates (`content/map/places.yaml`), sized by its articles, the G60
 * corridor's nine cities set apart. Projection and scaling happen here, once
 * per page, at build time.
 */

const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

const provinceSchema = z
	.object({
		/** The province's tag id in `content/taxonomy.yaml` (`zhejiang`). */
		id: z.string(),
		/** Closed rings of `[longitude, latitude]`, outer boundaries of its land (islands are rings of their own). */
		rings: z.array(z.array(lonLat).min(4)).min(1),
	})
	.strict();

const placeSchema = z
	.object({
		/** The place's tag id. */
		tag: z.string(),
		/** The id of the province it lies in (checked against the outline by the tests). */
		province: z.string(),
		/** `[longitude, latitude]` of its seat of government. */
		at: lonLat,
		/** Where its name goes beside its marker; without one, the map shows only the marker (the list names it). */
		label: z.enum(['left', 'right', 'above', 'below']).optional(),
	})
	.strict();

export type Province = z.infer<typeof provinceSchema>;
export type Place = z.infer<typeof placeSchema>;

export interface DeltaMap {
	provinces: Province[];
	places: Place[];
	/** The G60 Science and Technology Innovation Corridor's nine cities, as tag ids, in the corridor's order. */
	g60: string[];
	/** Where a province's name is written, by its id, clear of the markers; a province left out is not named. */
	provinceNames: Record<string, [number, number]>;
}

const mapSchema = z.object({
	provinces: z.array(provinceSchema).min(1),
	places: z.array(placeSchema),
	g60: z.array(z.string()),
	provinceNames: z.record(z.string(), lonLat).default({}),
});

/**
 * Validates the map data against itself and the taxonomy: every place and
 * province is a place tag, places are unique, each lies in the province it
 * names, and the G60 cities are places on the map. Returns every problem.
 */
export function validateDeltaMap(map: DeltaMap, taxonomy: Taxonomy): string[] {
	const issues: string[] = [];
	const isPlaceTag = (id: string) => taxonomy.byId.get(id)?.kind === 'place';
	const provinces = new Map(map.provinces.map((p) => [p.id, p]));
	for (const province of map.provinces) if (!isPlaceTag(province.id)) issues.push(`province ${province.id} is not a place tag in the taxonomy`);
	const seen = new Set<string>();
	for (const place of map.places) {
		if (seen.has(place.tag)) issues.push(`place ${place.tag} is listed twice`);
		seen.add(place.tag);
		if (!isPlaceTag(place.tag)) issues.push(`place ${place.tag} is not a place tag in the taxonomy`);
		const province = provinces.get(place.province);
		if (!province) issues.push(`place ${place.tag}: no province ${place.province} in the outline`);
		else if (!province.rings.some((ring) => ringContains(ring, place.at))) issues.push(`place ${place.tag} at ${place.at.join(', ')} is not inside ${place.province}`);
	}
	for (const id of map.g60) if (!seen.has(id)) issues.push(`G60 city ${id} is not a place on the map`);
	for (const [id, at] of Object.entries(map.provinceNames)) {
		const province = provinces.get(id);
		if (!province) issues.push(`provinceNames: no province ${id} in the outline`);
		else if (!province.rings.some((ring) => ringContains(ring, at))) issues.push(`provinceNames: ${id}'s name at ${at.join(', ')} is outside it`);
	}
	return issues;
}

/** Reads `provinces.yaml` and `places.yaml` from `dir` and validates them; throws listing every problem. */
export function loadDeltaMap(dir: string, taxonomy: Taxonomy): DeltaMap {
	const read = (file: string) => parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
	const map = mapSchema.parse({ ...read('provinces.yaml'), ...read('places.yaml') });
	const issues = validateDeltaMap(map, taxonomy);
	if (issues.length > 0) throw new Error(`invalid map data in ${dir}:\n${issues.map((issue) => `  - ${issue}`).join('\n')}`);
	return map;
}

/** The map's width in SVG units; its height follows the outline's shape. */
export const MAP_WIDTH = 400;
const PADDING = 8;
/** Marker radii: a place with no article (a G60 city) gets the smallest, hollow; the most-written-about place the largest. */
const R_MIN = 3;
const R_MAX = 14;

/**
 * Equirectangular, with longitude shrunk by the cosine of the middle
 * latitude: over the Delta's eight degrees it keeps shapes true to a few
 * percent, and it is a line of arithmetic. Fits the outline into `width`.
 */
export function fitProjection(provinces: readonly Province[], width = MAP_WIDTH, padding = PADDING) {
	const points = provinces.flatMap((p) => p.rings.flat());
	const [west, east] = [Math.min(...points.map((p) => p[0])), Math.max(...points.map((p) => p[0]))];
	const [south, north] = [Math.min(...points.map((p) => p[1])), Math.max(...points.map((p) => p[1]))];
	const shrink = Math.cos((((south + north) / 2) * Math.PI) / 180);
	const scale = (width - 2 * padding) / ((east - west) * shrink);
	return {
		width,
		height: Math.ceil((north - south) * scale + 2 * padding),
		project: ([lon, lat]: Point): [number, number] => [padding + (lon - west) * shrink * scale, padding + (north - lat) * scale],
	};
}

/** A ring as an SVG path: whole units (a unit is about 2 km), relative steps, repeated points dropped, no space before a minus. */
export function ringPath(ring: readonly Point[]): string {
	const points = ring.slice(0, -1).map(([x, y]) => [Math.round(x), Math.round(y)] as const);
	const steps: string[] = [];
	for (let i = 1; i < points.length; i++) {
		const [dx, dy] = [points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1]];
		if (dx !== 0 || dy !== 0) steps.push(`${dx} ${dy}`);
	}
	return `M${points[0]![0]} ${points[0]![1]}l${steps.join(' ').replaceAll(' -', '-')}z`;
}

export interface MapLabel {
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
}

export interface MapProvince {
	tag: Tag;
	/** Its outline, every ring in one path. */
	d: string;
	/** The page is this province's own. */
	current: boolean;
	label?: MapLabel;
}

export interface MapMarker {
	tag: Tag;
	count: number;
	g60: boolean;
	/** The page is this place's own. */
	current: boolean;
	x: number;
	y: number;
	r: number;
	label?: MapLabel;
}

export interface DeltaMapPicture {
	width: number;
	height: number;
	provinces: MapProvince[];
	/** In drawing order: the largest first, so a small marker is never hidden under a large one. */
	markers: MapMarker[];
	/** The G60 cities' markers, in the corridor's order (the text alternative's first list). */
	g60: MapMarker[];
	/** Every other place with an article, most articles first, then in the data's order. */
	others: MapMarker[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Where a label goes beside a marker; the baseline sits so the text is centred on the side it is on (a 13-unit font). */
function labelBeside(x: number, y: number, r: number, side: NonNullable<Place['label']>): MapLabel {
	const gap = r + 3;
	switch (side) {
		case 'right':
			return { x: round1(x + gap), y: round1(y + 4.5), anchor: 'start' };
		case 'left':
			return { x: round1(x - gap), y: round1(y + 4.5), anchor: 'end' };
		case 'above':
			return { x: round1(x), y: round1(y - gap - 2), anchor: 'middle' };
		case 'below':
			return { x: round1(x), y: round1(y + gap + 11), anchor: 'middle' };
	}
}

/**
 * The map for one tag page: markers for every G60 city and every other place
 * some article carries, area proportional to its articles (`counts`, by tag
 * id); the page's own place or province marked current.
 */
export function deltaMapPicture(map: DeltaMap, taxonomy: Taxonomy, counts: ReadonlyMap<string, number>, currentTagId?: string): DeltaMapPicture {
	const { width, height, project } = fitProjection(map.provinces);
	const tagOf = (id: string) => taxonomy.byId.get(id)!;
	const provinces = map.provinces.map((province): MapProvince => {
		const at = map.provinceNames[province.id];
		const label = at && project(at);
		return {
			tag: tagOf(province.id),
			d: province.rings.map((ring) => ringPath(ring.map(project))).join(''),
			current: province.id === currentTagId,
			...(label && { label: { x: round1(label[0]), y: round1(label[1]), anchor: 'middle' as const } }),
		};
	});
	const g60 = new Set(map.g60);
	const shown = map.places.filter((place) => g60.has(place.tag) || (counts.get(place.tag) ?? 0) > 0);
	const most = Math.max(1, ...shown.map((place) => counts.get(place.tag) ?? 0));
	const markers = shown.map((place): MapMarker => {
		const count = counts.get(place.tag) ?? 0;
		const [x, y] = project(place.at).map(round1) as [number, number];
		const r = round1(R_MIN + (R_MAX - R_MIN) * Math.sqrt(count / most));
		return { tag: tagOf(place.tag), count, g60: g60.has(place.tag), current: place.tag === currentTagId, x, y, r, ...(place.label && { label: labelBeside(x, y, r, place.label) }) };
	});
	const byTag = new Map(markers.map((m) => [m.tag.id, m]));
	return {
		width,
		height,
		provinces,
		markers: markers.toSorted((a, b) => b.r - a.r),
		g60: map.g60.map((id) => byTag.get(id)!),
		others: markers.filter((m) => !m.g60).sort((a, b) => b.count - a.count),
	};
}
