import { describe, expect, test } from 'vitest';
import { gradCheck, numericGrad } from './gradcheck';

describe('numericGrad', () => {
	test('recovers the gradient of a cubic and restores x exactly', () => {
		const x = new Float64Array([0.1, -0.7, 1.3]);
		const before = x.slice();
		const f = () => x[0] ** 3 + 2 * x[1] * x[2];
		const g = numericGrad(f, x);
		expect(x).toEqual(before);
		[3 * 0.01, 2 * 1.3, 2 * -0.7].forEach((v, i) => expect(g[i]).toBeCloseTo(v, 8));
	});
});

describe('gradCheck', () => {
	test('is tiny for a correct gradient and large for a wrong one', () => {
		const x = new Float64Array([0.5, 2]);
		const f = () => Math.sin(x[0]) * x[1];
		expect(gradCheck(f, x, [Math.cos(0.5) * 2, Math.sin(0.5)])).toBeLessThan(1e-9);
		expect(gradCheck(f, x, [Math.cos(0.5), Math.sin(0.5)])).toBeGreaterThan(0.1);
	});

	test('counts both-zero entries as agreement and reports NaN', () => {
		const x = new Float64Array([1, 2]);
		expect(gradCheck(() => x[0], x, [1, 0])).toBeLessThan(1e-9);
		expect(gradCheck(() => x[0], x, [NaN, 0])).toBeNaN();
		expect(() => gradCheck(() => 0, x, [1])).toThrow(RangeError);
	});
});
