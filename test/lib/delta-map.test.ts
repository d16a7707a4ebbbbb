import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type DeltaMap, deltaMapPicture, fitProjection, loadDeltaMap, ringPath, validateDeltaMap } from '../../src/lib/delta-map';
import { buildTaxonomy, loadTaxonomy } from '../../src/lib/taxonomy';

const place = (id: string, name: string) => ({ id, slug: id, name, kind: 'place' as const, aliases: [], excludes: [] });
const taxonomy = buildTaxonomy([place('east', '东省'), place('west', '西省'), place('a', '甲城'), place('b', '乙城'), place('c', '丙城'), { ...place('topic', '话题'), kind: 'topic' }]);
// Two unit squares side by side, a degree apart at the equator: west [0,1]×[0,1], east [1,2]×[0,1].
const box = (x: number) => [[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]] as [number, number][];
const map: DeltaMap = {
	provinces: [
		{ id: 'west', rings: [box(0)] },
		{ id: 'east', rings: [box(1)] },
	],
	places: [
		{ tag: 'a', province: 'west', at: [0.5, 0.5], label: 'right' },
		{ tag: 'b', province: 'east', at: [1.5, 0.25] },
		{ tag: 'c', province: 'east', at: [1.25, 0.75], label: 'below' },
	],
	g60: ['c'],
	provinceNames: { west: [0.5, 0.5] },
};

describe('the map data', () => {
	it('the committed outline and places are valid: every place a place tag, inside the province it names', () => {
		const real = loadDeltaMap(join('content', 'map'), loadTaxonomy(join('content', 'taxonomy.yaml')));
		expect(real.provinces.map((p) => p.id).sort()).toEqual(['anhui', 'jiangsu', 'shanghai', 'zhejiang']);
		expect(real.g60).toHaveLength(9);
	});

	it('reports a place outside its province, an unknown or non-place tag, a repeat, a G60 city off the map', () => {
		const broken: DeltaMap = {
			...map,
			places: [{ tag: 'a', province: 'east', at: [0.5, 0.5] }, { tag: 'a', province: 'west', at: [0.5, 0.5] }, { tag: 'topic', province: 'nowhere', at: [0, 0] }],
			g60: ['b'],
			provinceNames: { east: [0.5, 0.5], north: [0, 0] },
		};
		expect(validateDeltaMap(broken, taxonomy)).toEqual([
			'place a at 0.5, 0.5 is not inside east',
			'place a is listed twice',
			'place topic is not a place tag in the taxonomy',
			'place topic: no province nowhere in the outline',
			'G60 city b is not a place on the map',
			"provinceNames: east's name at 0.5, 0.5 is outside it",
			'provinceNames: no province north in the outline',
		]);
		expect(validateDeltaMap(map, taxonomy)).toEqual([]);
	});
});

describe('the projection', () => {
	it('fits the outline into the width, north up, longitude shrunk by the middle latitude’s cosine', () => {
		const equator = [{ id: 'x', rings: [[[0, -0.5], [2, -0.5], [2, 0.5], [0, 0.5], [0, -0.5]]] as [number, number][][] }];
		const { width, height, project } = fitProjection(equator, 100, 0);
		// Around the equator nothing shrinks: two degrees wide, one high.
		expect(width).toBe(100);
		expect(height).toBe(50);
		expect(project([0, 0.5])).toEqual([0, 0]);
		expect(project([2, -0.5])).toEqual([100, 50]);
		const far = fitProjection([{ id: 'x', rings: [[[0, 59], [2, 59], [2, 61], [0, 61], [0, 59]]] }], 100, 0);
		// At 60° a degree of longitude is half a degree of latitude: two by two degrees draws twice as high as wide.
		expect(far.height).toBe(200);
	});

	it('writes a ring as whole-unit relative steps, repeated points dropped', () => {
		expect(ringPath([[10.2, 20.4], [15.6, 20.4], [15.8, 20.1], [15.5, 10], [10.2, 20.4]])).toBe('M10 20l6 0 0-10z');
	});
});

describe('deltaMapPicture', () => {
	it('sizes markers by area, shows the G60 cities even without articles, and leaves out other empty places', () => {
		const picture = deltaMapPicture(map, taxonomy, new Map([['a', 4], ['b', 1]]));
		const r = Object.fromEntries(picture.markers.map((m) => [m.tag.id, m.r]));
		expect(r).toEqual({ a: 14, b: 8.5, c: 3 });
		// Drawn largest first, so the smaller lie on top.
		expect(picture.markers.map((m) => m.tag.id)).toEqual(['a', 'b', 'c']);
		expect(picture.g60.map((m) => [m.tag.id, m.count])).toEqual([['c', 0]]);
		expect(picture.others.map((m) => [m.tag.id, m.count])).toEqual([['a', 4], ['b', 1]]);
		const none = deltaMapPicture(map, taxonomy, new Map([['a', 2]]));
		expect(none.markers.map((m) => m.tag.id).sort()).toEqual(['a', 'c']);
	});

	it('places labels beside their markers, on the side the data asks, and none where it asks none', () => {
		const picture = deltaMapPicture(map, taxonomy, new Map([['a', 1], ['b', 1], ['c', 1]]));
		const byId = new Map(picture.markers.map((m) => [m.tag.id, m]));
		const a = byId.get('a')!;
		expect(a.label!.anchor).toBe('start');
		expect(a.label!.x).toBeGreaterThan(a.x + a.r);
		const c = byId.get('c')!;
		expect(c.label!.anchor).toBe('middle');
		expect(c.label!.y).toBeGreaterThan(c.y + c.r);
		expect(byId.get('b')!.label).toBeUndefined();
	});

	it('marks the page’s own place or province as current', () => {
		const onPlace = deltaMapPicture(map, taxonomy, new Map([['a', 1]]), 'a');
		expect(onPlace.markers.filter((m) => m.current).map((m) => m.tag.id)).toEqual(['a']);
		expect(onPlace.provinces.some((p) => p.current)).toBe(false);
		const onProvince = deltaMapPicture(map, taxonomy, new Map([['a', 1]]), 'east');
		expect(onProvince.provinces.map((p) => [p.tag.id, p.current])).toEqual([['west', false], ['east', true]]);
		expect(onProvince.provinces[0]!.label).toBeDefined();
		expect(onProvince.provinces[1]!.label).toBeUndefined();

	});
});
