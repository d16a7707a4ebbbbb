import { describe, expect, it } from 'vitest';
import { type Point, ringArea, ringContains, simplifyRing } from '../../src/lib/geo';

const square: Point[] = [
	[0, 0],
	[4, 0],
	[4, 4],
	[0, 4],
	[0, 0],
];

describe('geo', () => {
	it('measures a ring’s area whatever its winding', () => {
		expect(ringArea(square)).toBe(16);
		expect(ringArea([...square].reverse())).toBe(16);
	});

	it('tells the inside of a ring from the outside, a concave one too', () => {
		const notch: Point[] = [[0, 0], [4, 0], [4, 4], [2, 1], [0, 4], [0, 0]];
		expect(ringContains(notch, [1, 0.5])).toBe(true);
		expect(ringContains(notch, [2, 3])).toBe(false);
		expect(ringContains(square, [5, 2])).toBe(false);
	});

	it('drops the points within the tolerance of the line kept, and keeps the corners', () => {
		// A square with a point wobbling 0.05 off each edge's middle.
		const wobbly: Point[] = [[0, 0], [2, 0.05], [4, 0], [3.95, 2], [4, 4], [2, 4.05], [0, 4], [0.05, 2], [0, 0]];
		expect(simplifyRing(wobbly, 0.1)).toEqual(square);
		// Below the wobble, every point stays.
		expect(simplifyRing(wobbly, 0.01)).toEqual(wobbly);
	});

	it('keeps no point farther than the tolerance from the simplified outline', () => {
		const circle: Point[] = Array.from({ length: 200 }, (_, i) => [Math.cos((2 * Math.PI * i) / 200), Math.sin((2 * Math.PI * i) / 200)] as Point);
		circle.push(circle[0]!);
		const simplified = simplifyRing(circle, 0.01)!;
		expect(simplified.length).toBeLessThan(40);
		expect(simplified.at(-1)).toEqual(simplified[0]);
		// Every dropped point is within the tolerance of some kept segment.
		const distanceToOutline = ([x, y]: Point) =>
			Math.min(
				...simplified.slice(1).map((b, i) => {
					const a = simplified[i]!;
					const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
					const t = Math.max(0, Math.min(1, ((x - a[0]) * dx + (y - a[1]) * dy) / (dx * dx + dy * dy)));
					return Math.hypot(x - a[0] - t * dx, y - a[1] - t * dy);
				}),
			);
		expect(Math.max(...circle.map(distanceToOutline))).toBeLessThanOrEqual(0.01);
	});

	it('gives up on a ring the tolerance would reduce to a speck', () => {
		expect(simplifyRing([[0, 0], [1, 0.001], [2, 0], [1, -0.001], [0, 0]], 0.01)).toBeUndefined();
	});
});
