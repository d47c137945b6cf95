import { describe, expect, test } from 'vitest';
import { gradCheck } from './gradcheck';
import { bceWithLogits, klDiagGaussians, mse, softmaxCrossEntropy } from './losses';
import { Matrix } from './matrix-base';
import { Rng } from './random';

const rng = Rng.fromSeed('losses');

describe('mse', () => {
	test('is the mean of squared differences', () => {
		const r = mse(
			Matrix.from([
				[1, 2],
				[3, 4]
			]),
			Matrix.from([
				[1, 0],
				[0, 4]
			])
		);
		expect(r.loss).toBe((0 + 4 + 9 + 0) / 4);
		expect(r.grad.toArray()).toEqual([
			[0, 1],
			[1.5, 0]
		]);
	});

	test('gradient passes a finite-difference check', () => {
		const p = Matrix.randn(rng, 4, 3);
		const t = Matrix.randn(rng, 4, 3);
		expect(gradCheck(() => mse(p, t).loss, p.data, mse(p, t).grad.data)).toBeLessThan(1e-7);
	});
});

describe('bceWithLogits', () => {
	// Reference: the textbook form −t log σ(x) − (1 − t) log(1 − σ(x)), fine for moderate x.
	const naive = (x: number, t: number) => {
		const p = 1 / (1 + Math.exp(-x));
		return -t * Math.log(p) - (1 - t) * Math.log(1 - p);
	};

	test.each([
		[0, 1],
		[0, 0],
		[2, 1],
		[-3, 0.25],
		[5, 0.1]
	])('logit %d with target %d matches the textbook formula', (x, t) => {
		expect(bceWithLogits(Matrix.from([[x]]), Matrix.from([[t]])).loss).toBeCloseTo(naive(x, t), 12);
	});

	test('stays finite for logits of ±1e4', () => {
		const r = bceWithLogits(Matrix.from([[1e4, -1e4, 1e4]]), Matrix.from([[1, 0, 0]]));
		expect(r.loss).toBeCloseTo(1e4 / 3, 8);
		expect(r.grad.data.every(Number.isFinite)).toBe(true);
	});

	test('gradient passes a finite-difference check', () => {
		const x = Matrix.randn(rng, 5, 2, 2);
		const t = Matrix.from([
			[1, 0],
			[0.3, 1],
			[0, 0],
			[1, 1],
			[0.5, 0.9]
		]);
		const r = bceWithLogits(x, t);
		expect(gradCheck(() => bceWithLogits(x, t).loss, x.data, r.grad.data)).toBeLessThan(1e-7);
	});
});

describe('softmaxCrossEntropy', () => {
	test('uniform logits give log(classes)', () => {
		expect(softmaxCrossEntropy(Matrix.zeros(3, 4), [0, 1, 3]).loss).toBeCloseTo(Math.log(4), 14);
	});

	test('negative labels are ignored and not counted', () => {
		const z = Matrix.from([
			[0, 0],
			[5, -5],
			[1, 2]
		]);
		const all = softmaxCrossEntropy(
			Matrix.from([
				[0, 0],
				[1, 2]
			]),
			[1, 0]
		);
		const masked = softmaxCrossEntropy(z, [1, -1, 0]);
		expect(masked.loss).toBeCloseTo(all.loss, 14);
		expect(masked.grad.row(1)).toEqual(new Float64Array([0, 0]));
		expect(softmaxCrossEntropy(z, [-1, -1, -1]).loss).toBe(0);
	});

	test('bad labels throw', () => {
		expect(() => softmaxCrossEntropy(Matrix.zeros(2, 3), [0])).toThrow(RangeError);
		expect(() => softmaxCrossEntropy(Matrix.zeros(1, 3), [3])).toThrow(RangeError);
		expect(() => softmaxCrossEntropy(Matrix.zeros(1, 3), [0.5])).toThrow(RangeError);
	});

	test('stays finite for logits of ±1e4', () => {
		const r = softmaxCrossEntropy(Matrix.from([[1e4, -1e4, 0]]), [1]);
		expect(r.loss).toBeCloseTo(2e4, 8);
		expect(r.grad.data.every(Number.isFinite)).toBe(true);
	});

	test('gradient passes a finite-difference check', () => {
		const z = Matrix.randn(rng, 5, 4);
		const labels = [3, -1, 0, 2, 1];
		const r = softmaxCrossEntropy(z, labels);
		const f = () => softmaxCrossEntropy(z, labels).loss;
		expect(gradCheck(f, z.data, r.grad.data)).toBeLessThan(1e-7);
	});
});

describe('klDiagGaussians', () => {
	test('is zero for identical Gaussians and matches the closed form in 1-D', () => {
		const mu = Matrix.from([[0.3, -1]]);
		const lv = Matrix.from([[0.2, -0.5]]);
		expect(klDiagGaussians(mu, lv, mu, lv).loss).toBeCloseTo(0, 15);
		expect(klDiagGaussians(Matrix.zeros(2, 3), Matrix.zeros(2, 3)).loss).toBe(0);

		// KL(N(1, 4) ‖ N(0, 1)) = ½ (4 + 1 − 1 − ln 4).
		const one = klDiagGaussians(Matrix.from([[1]]), Matrix.from([[Math.log(4)]]));
		expect(one.loss).toBeCloseTo(0.5 * (4 - Math.log(4)), 14);
	});

	test('sums over dimensions and averages over rows', () => {
		const mu = Matrix.from([
			[1, 0],
			[0, 0]
		]);
		expect(klDiagGaussians(mu, Matrix.zeros(2, 2)).loss).toBeCloseTo((0.5 * 1) / 2, 15);
	});

	test.each([
		['the standard normal prior', false],
		['a given second Gaussian', true]
	])('gradients for mu and logVar pass a finite-difference check against %s', (_n, given) => {
		const mu = Matrix.randn(rng, 4, 3);
		const lv = Matrix.randn(rng, 4, 3, 0.5);
		const mu2 = given ? Matrix.randn(rng, 4, 3) : undefined;
		const lv2 = given ? Matrix.randn(rng, 4, 3, 0.5) : undefined;
		const r = klDiagGaussians(mu, lv, mu2, lv2);
		const f = () => klDiagGaussians(mu, lv, mu2, lv2).loss;
		expect(gradCheck(f, mu.data, r.gradMu.data)).toBeLessThan(1e-7);
		expect(gradCheck(f, lv.data, r.gradLogVar.data)).toBeLessThan(1e-7);
	});
});
