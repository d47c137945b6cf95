import { describe, expect, test } from 'vitest';
import { gradCheck, numericGrad } from '$lib/core';
import { bowl, makeSurface, rosenbrock, SURFACE_IDS, twoMinima, type Surface } from './surfaces';

const points: [number, number][] = [
	[-1.5, 2],
	[0.3, -0.7],
	[1.9, 2.8],
	[-2, -1],
	[0.01, 0.02]
];

const surfaces: [string, Surface][] = [
	['round bowl', bowl(1, 0)],
	['ill-conditioned rotated bowl', bowl(50, 35)],
	['Rosenbrock', rosenbrock()],
	['double well', twoMinima()]
];

describe.each(surfaces)('%s', (_name, s) => {
	test.each(points)('analytic gradient matches central differences at (%f, %f)', (x, y) => {
		const theta = Float64Array.of(x, y);
		const f = () => s.value(theta[0], theta[1]);
		const analytic = s.grad(x, y, new Float64Array(2));
		expect(gradCheck(f, theta, analytic)).toBeLessThan(1e-6);
		const numeric = numericGrad(f, theta);
		expect(analytic[0]).toBeCloseTo(numeric[0], 4);
		expect(analytic[1]).toBeCloseTo(numeric[1], 4);
	});

	test('every listed minimum has zero gradient and the global one has loss 0', () => {
		const g = new Float64Array(2);
		for (const [x, y] of s.minima) {
			s.grad(x, y, g);
			expect(Math.hypot(g[0], g[1])).toBeLessThan(1e-9);
		}
		expect(s.value(...s.minima[0])).toBeCloseTo(0, 12);
	});
});

test('the bowl has Hessian eigenvalues 1 and κ along its rotated axes', () => {
	const s = bowl(20, 30);
	const phi = (30 * Math.PI) / 180;
	// Along the shallow axis L = ½ r², along the steep one L = ½ κ r².
	expect(s.value(Math.cos(phi), Math.sin(phi))).toBeCloseTo(0.5, 12);
	expect(s.value(-Math.sin(phi), Math.cos(phi))).toBeCloseTo(10, 12);
	expect(s.curvature).toEqual([1, 20]);
});

test('the double well has a saddle between its minima, and the right minimum is higher', () => {
	const s = twoMinima();
	const [[xl], [xr]] = s.minima;
	const [[xs, ys]] = s.saddles;
	expect(xl).toBeLessThan(xs);
	expect(xs).toBeLessThan(xr);
	const g = s.grad(xs, ys, new Float64Array(2));
	expect(Math.hypot(g[0], g[1])).toBeLessThan(1e-9);
	expect(s.value(xr, 0)).toBeCloseTo(0.6, 2);
	expect(s.value(xs, ys)).toBeGreaterThan(s.value(xr, 0));
});

test('makeSurface gives every surface id with its window containing its minima', () => {
	for (const id of SURFACE_IDS) {
		const s = makeSurface(id, { condition: 10, angle: 30 });
		expect(s.id).toBe(id);
		for (const [x, y] of s.minima) {
			expect(x).toBeGreaterThan(s.domain.x[0]);
			expect(x).toBeLessThan(s.domain.x[1]);
			expect(y).toBeGreaterThan(s.domain.y[0]);
			expect(y).toBeLessThan(s.domain.y[1]);
		}
	}
});
