import { Matrix, type Rng } from '$lib/core';
import type { PointList } from './points-codec';
import { cos, hypot, sin } from '$lib/core/math';

/**
 * The target distributions, all inside the square [−3, 3]², and the "modes" that the coverage
 * metric counts on each. Every sample is drawn from an injected {@link Rng}.
 */

export type DatasetName = 'ring' | 'grid' | 'moons' | 'spiral' | 'gaussian' | 'custom';

/** A region the coverage metric counts: a centre and the radius a sample must fall within. */
export interface Mode {
	x: number;
	y: number;
	r: number;
}

export interface Dataset {
	name: DatasetName;
	/** Draws n points into an n×2 matrix. */
	sample(rng: Rng, n: number): Matrix;
	modes: Mode[];
}

/**
 * Ring of 8 Gaussians: radius 2, σ = 0.1 each, equal weights, after Metz, Poole, Pfau &
 * Sohl-Dickstein 2017 ("Unrolled GANs", https://arxiv.org/abs/1611.02163), who use radius 2 and
 * σ = 0.02; we widen σ so a small MLP can hit the modes within a few thousand steps.
 */
export const RING_RADIUS = 2;
export const RING_STD = 0.1;
/** 5×5 grid of Gaussians at {−2, −1, 0, 1, 2}², σ = 0.05, as in VEEGAN (Srivastava et al. 2017). */
export const GRID_STD = 0.05;
/** Noise of the curve datasets (two moons, spiral) and of drawn points, in data units. */
export const CURVE_STD = 0.06;
const GAUSS_MEAN = [0.8, 0.5];
const GAUSS_STD = 0.5;
const MOON_SCALE = 1.4;

/**
 * A sample counts towards a mode when it lies within 3σ of its centre (the "high quality"
 * criterion of Srivastava, Valkov, Russell, Gutmann & Sutton 2017, VEEGAN,
 * https://arxiv.org/abs/1705.07761, section 5.1).
 */
export const MODE_SIGMAS = 3;

function mixture(centres: number[][], std: number, r: number, name: DatasetName): Dataset {
	return {
		name,
		modes: centres.map(([x, y]) => ({ x, y, r })),
		sample(rng, n) {
			const out = new Matrix(n, 2);
			for (let i = 0; i < n; i++) {
				const [cx, cy] = centres[rng.int(centres.length)];
				out.data[2 * i] = cx + rng.normal(0, std);
				out.data[2 * i + 1] = cy + rng.normal(0, std);
			}
			return out;
		}
	};
}

/**
 * A curve t ∈ [0, 1] → point, sampled with Gaussian noise. Its modes are anchors at the
 * midpoints t = (k + ½) / anchors; `piece(t)` names the connected piece a t belongs to, so an
 * anchor's disc reaches half-way to its neighbours on the same piece.
 */
function curve(
	name: DatasetName,
	at: (t: number) => [number, number],
	anchors: number,
	draw: (rng: Rng) => number,
	piece: (t: number) => number = () => 0
): Dataset {
	const ts: number[] = [];
	for (let k = 0; k < anchors; k++) ts.push((k + 0.5) / anchors);
	const pts = ts.map(at);
	const modes: Mode[] = pts.map(([x, y], k) => {
		let gap = 0;
		for (const j of [k - 1, k + 1]) {
			if (j < 0 || j >= anchors || piece(ts[j]) !== piece(ts[k])) continue;
			gap = Math.max(gap, hypot(pts[j][0] - x, pts[j][1] - y));
		}
		// Half the gap to the farther neighbour, plus 3σ of noise: every point of the curve is
		// inside some anchor's disc.
		return { x, y, r: gap / 2 + MODE_SIGMAS * CURVE_STD };
	});
	return {
		name,
		modes,
		sample(rng, n) {
			const out = new Matrix(n, 2);
			for (let i = 0; i < n; i++) {
				const [x, y] = at(draw(rng));
				out.data[2 * i] = x + rng.normal(0, CURVE_STD);
				out.data[2 * i + 1] = y + rng.normal(0, CURVE_STD);
			}
			return out;
		}
	};
}

/** One moon for t ∈ [0, ½), the other for t ∈ [½, 1]: scikit-learn's make_moons, centred. */
function moonAt(t: number): [number, number] {
	const upper = t < 0.5;
	const a = Math.PI * (upper ? 2 * t : 2 * t - 1);
	const x = upper ? cos(a) : 1 - cos(a);
	const y = upper ? sin(a) : 0.5 - sin(a);
	return [(x - 0.5) * MOON_SCALE, (y - 0.25) * MOON_SCALE];
}

/** An Archimedean spiral r = 0.3 + 2.1 t, θ = 3π t. */
function spiralAt(t: number): [number, number] {
	const r = 0.3 + 2.1 * t;
	const th = 3 * Math.PI * t;
	return [r * cos(th), r * sin(th)];
}

/**
 * Groups drawn points greedily: each point joins the first group whose first point is within
 * 0.5, else starts a group. A group's mode is its mean, with radius its farthest member plus 3σ.
 */
export function groupPoints(points: PointList, join = 0.5): Mode[] {
	const groups: number[][] = [];
	for (let i = 0; i < points.length / 2; i++) {
		const g = groups.find(
			(m) =>
				hypot(points[2 * m[0]] - points[2 * i], points[2 * m[0] + 1] - points[2 * i + 1]) < join
		);
		if (g) g.push(i);
		else groups.push([i]);
	}
	return groups.map((g) => {
		let x = 0;
		let y = 0;
		for (const i of g) {
			x += points[2 * i] / g.length;
			y += points[2 * i + 1] / g.length;
		}
		let far = 0;
		for (const i of g) far = Math.max(far, hypot(points[2 * i] - x, points[2 * i + 1] - y));
		return { x, y, r: far + MODE_SIGMAS * CURVE_STD };
	});
}

/** The drawing a custom run starts from: two eyes and a smile (17 points). */
export function defaultDrawing(): PointList {
	const pts: number[] = [-0.9, 1, -0.9, 0.8, 0.9, 1, 0.9, 0.8];
	for (let k = 0; k <= 12; k++) {
		const a = Math.PI * (1.15 + (0.7 * k) / 12);
		pts.push(1.6 * cos(a), 0.2 + 1.6 * sin(a));
	}
	return pts;
}

/** The dataset of a name; `drawn` is used for `custom` (the default drawing when empty). */
export function makeDataset(name: DatasetName, drawn: PointList = []): Dataset {
	switch (name) {
		case 'ring': {
			const c: number[][] = [];
			for (let k = 0; k < 8; k++) {
				const a = (2 * Math.PI * k) / 8;
				c.push([RING_RADIUS * cos(a), RING_RADIUS * sin(a)]);
			}
			return mixture(c, RING_STD, MODE_SIGMAS * RING_STD, name);
		}
		case 'grid': {
			const c: number[][] = [];
			for (let i = -2; i <= 2; i++) for (let j = -2; j <= 2; j++) c.push([i, j]);
			return mixture(c, GRID_STD, MODE_SIGMAS * GRID_STD, name);
		}
		case 'moons':
			return curve(
				name,
				moonAt,
				12,
				(rng) => rng.uniform(),
				(t) => (t < 0.5 ? 0 : 1)
			);
		case 'spiral':
			return curve(name, spiralAt, 12, (rng) => rng.uniform());
		case 'gaussian':
			return mixture([GAUSS_MEAN], GAUSS_STD, MODE_SIGMAS * GAUSS_STD, name);
		case 'custom': {
			const pts = drawn.length >= 2 ? drawn : defaultDrawing();
			const centres: number[][] = [];
			for (let i = 0; i + 1 < pts.length; i += 2) centres.push([pts[i], pts[i + 1]]);
			return { ...mixture(centres, CURVE_STD, 0, name), modes: groupPoints(pts) };
		}
	}
}
