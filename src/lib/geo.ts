/**
 * Plane geometry for the small static map (`delta-map.ts`): simplifying an
 * outline, and the areas and containment its data file's checks need.
 * Points are `[x, y]`; for the outline, `[longitude, latitude]` in degrees.
 */

export type Point = readonly [number, number];
/** A closed ring: its last point equals its first. */
export type Ring = readonly Point[];

/** The distance from `p` to the segment `a`–`b`. */
function segmentDistance(p: Point, a: Point, b: Point): number {
	const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
	const length2 = dx * dx + dy * dy;
	const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
	return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Douglas–Peucker on an open line: its ends stay, and no dropped point was farther than `tolerance` from the line kept. */
function simplifyLine(points: readonly Point[], tolerance: number): Point[] {
	if (points.length <= 2) return [...points];
	const keep = new Uint8Array(points.length);
	keep[0] = keep[points.length - 1] = 1;
	const stack: [number, number][] = [[0, points.length - 1]];
	while (stack.length > 0) {
		const [first, last] = stack.pop()!;
		let farthest = -1;
		let distance = tolerance;
		for (let i = first + 1; i < last; i++) {
			const d = segmentDistance(points[i]!, points[first]!, points[last]!);
			if (d > distance) [farthest, distance] = [i, d];
		}
		if (farthest < 0) continue;
		keep[farthest] = 1;
		stack.push([first, farthest], [farthest, last]);
	}
	return points.filter((_, i) => keep[i]);
}

/**
 * A closed ring simplified with Douglas–Peucker: split at its first point and
 * the point farthest from it (so a ring is never reduced to a line through
 * one end), each half simplified. A ring that would keep fewer than four
 * points (a triangle, closed) is returned as `undefined`: at this tolerance
 * it is a speck.
 */
export function simplifyRing(ring: Ring, tolerance: number): Point[] | undefined {
	const open = ring.slice(0, -1);
	if (open.length < 3) return undefined;
	let far = 1;
	for (let i = 1; i < open.length; i++) if (Math.hypot(open[i]![0] - open[0]![0], open[i]![1] - open[0]![1]) > Math.hypot(open[far]![0] - open[0]![0], open[far]![1] - open[0]![1])) far = i;
	const simplified = [...simplifyLine(ring.slice(0, far + 1), tolerance), ...simplifyLine(ring.slice(far), tolerance).slice(1)];
	return simplified.length >= 4 ? simplified : undefined;
}

/** The area a closed ring encloses, whatever its winding. */
export function ringArea(ring: Ring): number {
	let twice = 0;
	for (let i = 0; i < ring.length - 1; i++) twice += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
	return Math.abs(twice) / 2;
}

/** Whether `p` lies inside a closed ring (even–odd rule; a point on the edge may fall either way). */
export function ringContains(ring: Ring, p: Point): boolean {
	let inside = false;
	for (let i = 0, j = ring.length - 2; i < ring.length - 1; j = i++) {
		const [a, b] = [ring[i]!, ring[j]!];
		if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
	}
	return inside;
}
