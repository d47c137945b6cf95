import { describe, expect, test } from 'vitest';
import { Matrix } from './matrix-base';
import { Rng } from './random';
import {
	histogram,
	kde,
	kde2d,
	mean,
	median,
	medianPairwiseDistance,
	mmd2,
	quantile,
	silvermanBandwidth,
	variance
} from './stats';

describe('summary statistics', () => {
	test.each([
		[[2, 4, 4, 4, 5, 5, 7, 9], 5, 4, 32 / 7],
		[[1e9 + 1, 1e9 + 2, 1e9 + 3], 1e9 + 2, 2 / 3, 1],
		[[-1, 1], 0, 1, 2]
	])('%j has mean %d, variance %d and sample variance %d', (x, m, v, v1) => {
		expect(mean(x)).toBeCloseTo(m, 12);
		expect(variance(x)).toBeCloseTo(v, 9);
		expect(variance(x, 1)).toBeCloseTo(v1, 9);
	});

	test('empty samples give NaN', () => {
		expect(mean([])).toBeNaN();
		expect(variance([1], 1)).toBeNaN();
		expect(median([])).toBeNaN();
	});

	test('quantiles interpolate linearly between order statistics', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(quantile([10, 20, 30, 40, 50], 0.1)).toBe(14);
	});
});

describe('histogram', () => {
	test('counts values in half-open bins with the top edge in the last bin', () => {
		const { edges, counts } = histogram([0, 0.5, 1, 1.5, 2, 2, 3, 4], 4, [0, 4]);
		expect(Array.from(edges)).toEqual([0, 1, 2, 3, 4]);
		expect(Array.from(counts)).toEqual([2, 2, 2, 2]);
	});

	test('ignores values outside the range and NaN', () => {
		const { counts } = histogram([-1, 0.2, 0.7, 5, NaN], 2, [0, 1]);
		expect(Array.from(counts)).toEqual([1, 1]);
	});

	test('defaults to the data range, widened when all values are equal', () => {
		expect(Array.from(histogram([1, 2, 3], 2).edges)).toEqual([1, 2, 3]);
		const flat = histogram([5, 5], 1);
		expect(Array.from(flat.edges)).toEqual([4.5, 5.5]);
		expect(Array.from(flat.counts)).toEqual([2]);
	});

	test('values on inner edges land in the upper bin despite rounding', () => {
		const { counts } = histogram([0.1, 0.2, 0.3, 0.7], 10, [0, 1]);
		expect(Array.from(counts)).toEqual([0, 1, 1, 1, 0, 0, 0, 1, 0, 0]);
	});
});

describe('kernel density estimates', () => {
	const rng = Rng.fromSeed('kde');
	const samples = Array.from({ length: 500 }, () => rng.normal(1, 2));

	test('Silverman bandwidth follows 0.9 min(σ, IQR/1.34) n^-1/5', () => {
		const h = silvermanBandwidth(samples);
		expect(h).toBeGreaterThan(0.9 * 1.7 * Math.pow(500, -0.2));
		expect(h).toBeLessThan(0.9 * 2.3 * Math.pow(500, -0.2));
		expect(silvermanBandwidth([3, 3, 3])).toBe(1);
	});

	test('the 1-D estimate integrates to about 1 and peaks near the mean', () => {
		const grid = Array.from({ length: 2001 }, (_, i) => -15 + i * 0.015);
		const f = kde(samples, grid);
		const integral = f.reduce((s, v) => s + v, 0) * 0.015;
		expect(integral).toBeCloseTo(1, 3);
		const peak = grid[f.indexOf(Math.max(...f))];
		expect(Math.abs(peak - 1)).toBeLessThan(0.6);
	});

	test('one sample with bandwidth 1 gives the standard normal density', () => {
		expect(kde([0], [0, 1])[0]).toBeCloseTo(1 / Math.sqrt(2 * Math.PI), 15);
		expect(kde([0], [1], 1)[0]).toBeCloseTo(Math.exp(-0.5) / Math.sqrt(2 * Math.PI), 15);
	});

	test('the 2-D estimate integrates to about 1 over a grid', () => {
		const pts = Matrix.randn(rng, 200, 2);
		const step = 0.1;
		const cells: number[][] = [];
		for (let i = 0; i < 120; i++)
			for (let j = 0; j < 120; j++) cells.push([-6 + i * step, -6 + j * step]);
		const f = kde2d(pts, Matrix.from(cells), 0.4);
		expect(f.reduce((s, v) => s + v, 0) * step * step).toBeCloseTo(1, 2);
		expect(() => kde2d(Matrix.zeros(2, 3), Matrix.zeros(1, 2), 1)).toThrow(RangeError);
	});
});

describe('mmd2', () => {
	const rng = Rng.fromSeed('mmd');
	const X = Matrix.randn(rng, 150, 2);
	const Y = Matrix.randn(rng, 150, 2);
	const shifted = Matrix.from(
		Matrix.randn(rng, 150, 2)
			.toArray()
			.map(([a, b]) => [a + 1.5, b])
	);

	test('is about 0 for two samples of one distribution', () => {
		expect(Math.abs(mmd2(X, Y))).toBeLessThan(0.02);
	});

	test('is clearly positive for a shifted distribution', () => {
		expect(mmd2(X, shifted)).toBeGreaterThan(0.2);
		expect(mmd2(X, shifted)).toBeGreaterThan(10 * Math.abs(mmd2(X, Y)));
	});

	test('matches a hand computation for two points each with bandwidth 1', () => {
		const A = Matrix.from([[0], [1]]);
		const B = Matrix.from([[0], [3]]);
		const k = (d: number) => Math.exp(-(d * d) / 2);
		const cross = (k(0) + k(3) + k(1) + k(2)) / 4;
		expect(mmd2(A, B, 1)).toBeCloseTo(k(1) + k(3) - 2 * cross, 15);
	});

	test('the median heuristic gives the median pairwise distance', () => {
		expect(medianPairwiseDistance(Matrix.from([[0], [1]]), Matrix.from([[3]]))).toBe(2);
		expect(() => mmd2(Matrix.zeros(1, 2), Y)).toThrow(RangeError);
	});
});
