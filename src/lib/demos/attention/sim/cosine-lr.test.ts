import { describe, expect, it } from 'vitest';
import { cosineLr } from './train';

describe('cosineLr', () => {
	it('starts at lr, passes the midpoint halfway and ends near lr · finalFraction', () => {
		expect(cosineLr(0.01, 0.1, 1, 100)).toBe(0.01);
		expect(cosineLr(0.01, 0.1, 51, 100)).toBeCloseTo(0.0055, 12);
		expect(cosineLr(0.01, 0.1, 100, 100)).toBeCloseTo(0.001, 5);
	});

	it('stays constant when the final fraction is 1', () => {
		expect(cosineLr(0.01, 1, 37, 100)).toBe(0.01);
	});
});
