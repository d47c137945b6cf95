import { describe, expect, it } from 'vitest';
import { powInt } from './exact';

describe('powInt', () => {
	const cases: [number, number, number][] = [
		[2, 0, 1],
		[2, 10, 1024],
		[-3, 3, -27],
		[0.5, 4, 0.0625],
		[0, 0, 1],
		[0, 5, 0]
	];
	it.each(cases)('%d to the %d is %d', (x, n, want) => {
		expect(powInt(x, n)).toBe(want);
	});

	it('agrees with Math.pow to within a few ulps for Adam’s bias corrections', () => {
		for (const beta of [0.9, 0.99, 0.999]) {
			for (const t of [1, 2, 7, 100, 1000, 5000]) {
				const rel = Math.abs(powInt(beta, t) - Math.pow(beta, t)) / Math.pow(beta, t);
				expect(rel).toBeLessThan(1e-12);
			}
		}
	});

	it('refuses exponents that are not whole and non-negative', () => {
		expect(() => powInt(2, 0.5)).toThrow(RangeError);
		expect(() => powInt(2, -1)).toThrow(RangeError);
	});
});
