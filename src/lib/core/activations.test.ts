import { describe, expect, test } from 'vitest';
import { activation, sigmoid, type ActivationName } from './activations';
import { gradCheck } from './gradcheck';

const NAMES: ActivationName[] = ['tanh', 'relu', 'leakyRelu', 'sigmoid', 'gelu', 'linear'];
// Points stay clear of the kink at 0 that relu and leakyRelu have.
const POINTS = [-3, -1.2, -0.3, 0.25, 0.9, 2.5];

describe('activation', () => {
	test.each(NAMES)('%s: df matches a central difference of f', (name) => {
		const a = activation(name);
		const x = new Float64Array(POINTS);
		const analytic = POINTS.map((p) => a.df(p, a.f(p)));
		const f = () => x.reduce((s, v, i) => s + (i + 1) * a.f(v), 0);
		const weighted = analytic.map((g, i) => (i + 1) * g);
		expect(gradCheck(f, x, weighted)).toBeLessThan(1e-7);
	});

	test.each([
		['tanh', 0.5, Math.tanh(0.5)],
		['relu', -2, 0],
		['relu', 2, 2],
		['leakyRelu', -2, -0.4],
		['sigmoid', 0, 0.5],
		['gelu', 1, 0.8411919906082768],
		['linear', -7, -7]
	] as [ActivationName, number, number][])('%s(%d) = %d', (name, x, y) => {
		expect(activation(name).f(x)).toBeCloseTo(y, 12);
	});

	test('an unknown name throws', () => {
		expect(() => activation('swish' as ActivationName)).toThrow(RangeError);
	});
});

describe('sigmoid', () => {
	test.each([
		[1000, 1],
		[-1000, 0],
		[40, 1],
		[-40, 4.248354255291589e-18]
	])('sigmoid(%d) is finite and close to %d', (x, y) => {
		const s = sigmoid(x);
		expect(Number.isFinite(s)).toBe(true);
		expect(s).toBeCloseTo(y, 20);
	});

	test('sigmoid(-x) = 1 - sigmoid(x)', () => {
		for (const x of [0.1, 1, 5]) expect(sigmoid(-x)).toBeCloseTo(1 - sigmoid(x), 15);
	});
});
