import { describe, expect, it } from 'vitest';
import { downsampleMinMax, lastFinite } from './downsample';

describe('downsampleMinMax', () => {
	it('keeps a short series whole, NaN included', () => {
		expect([...downsampleMinMax([1, NaN, 3], 100)]).toEqual([0, 1, 1, NaN, 2, 3]);
	});

	it('keeps each bucket minimum and maximum in index order', () => {
		const v = [0, 5, -1, 2, 9, 9, 3, 4];
		expect([...downsampleMinMax(v, 2, 4)]).toEqual([1, 5, 2, -1, 4, 9, 6, 3]);
	});

	it('breaks the line at an all-NaN bucket', () => {
		const v = [1, 2, 1, 2, NaN, NaN, NaN, NaN, 3, 3, 3, 3];
		expect([...downsampleMinMax(v, 3, 2)]).toEqual([0, 1, 1, 2, 5.5, NaN, 8, 3]);
	});

	it('turns 100 000 frames into at most four points per bucket and keeps a one-frame spike', () => {
		const v = new Float64Array(100_000).map((_, i) => Math.sin(i / 1000));
		v[54_321] = 50;
		const out = downsampleMinMax(v, 800);
		expect(out.length).toBeLessThanOrEqual(4 * 800);
		let max = -Infinity;
		for (let i = 1; i < out.length; i += 2) max = Math.max(max, out[i]);
		expect(max).toBe(50);
	});

	it('takes only the requested index range', () => {
		const v = Array.from({ length: 10 }, (_, i) => i * 10);
		expect([...downsampleMinMax(v, 10, 2000, 3, 5)]).toEqual([3, 30, 4, 40]);
	});
});

describe('lastFinite', () => {
	it('finds the last computed frame', () => {
		expect(lastFinite([1, 2, NaN])).toBe(1);
		expect(lastFinite([NaN])).toBe(-1);
	});
});
