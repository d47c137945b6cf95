import { describe, expect, it } from 'vitest';
import { contourBands, gradientArrow, pathData } from './contour-geometry';
import type { PathObs } from './sim/descent';
import { rosenbrock } from './sim/surfaces';

const identity = (v: number) => v;
const flipY = (v: number) => -v;

function obs(theta: [number, number], grad: [number, number], path: number[]): PathObs {
	return { theta, grad, path: Float64Array.from(path) } as unknown as PathObs;
}

describe('contour geometry', () => {
	it('the arrow points down the gradient, in screen space where y grows downwards', () => {
		const a = gradientArrow(obs([0, 0], [3, 4], []), identity, flipY, 10)!;
		expect(a.x1).toBe(0);
		expect(a.x2).toBeCloseTo(-6, 12);
		// −∇L has y-component −4 in data space, which is +4 (down) on screen.
		expect(a.y2).toBeCloseTo(8, 12);
	});

	it('a vanishing or non-finite gradient draws no arrow', () => {
		expect(gradientArrow(obs([0, 0], [0, 0], []), identity, identity, 10)).toBeNull();
		expect(gradientArrow(obs([0, 0], [NaN, 1], []), identity, identity, 10)).toBeNull();
	});

	it('a path is one move then lines, through every point', () => {
		expect(pathData(obs([0, 0], [0, 0], [1, 2, 3, 4]), identity, identity)).toBe(
			'M1.0,2.0L3.0,4.0'
		);
	});

	it('bands cover the range of log L between its lowest and highest value', () => {
		const surface = rosenbrock();
		const { bands, lo, hi } = contourBands(surface, 40, 10);
		expect(bands.length).toBe(10);
		expect(bands[0].value).toBe(lo);
		expect(lo).toBeLessThan(hi);
	});
});
