import { describe, expect, it } from 'vitest';
import { gradCheck, Matrix, MLP, Rng, sigmoid } from '$lib/core';
import { discriminatorLoss, generatorLoss, LOSS_NAMES } from './losses';
import { generatorGradient } from './observe';

const aReal = Matrix.from([[0.7], [-1.2], [2.5], [0.1]]);
const aFake = Matrix.from([[-0.4], [1.9], [-2.2]]);

describe('GAN losses', () => {
	it('minimax and non-saturating share the cross-entropy discriminator loss', () => {
		const expected =
			-[0.7, -1.2, 2.5, 0.1].reduce((s, a) => s + Math.log(sigmoid(a)), 0) / 4 -
			[-0.4, 1.9, -2.2].reduce((s, a) => s + Math.log(1 - sigmoid(a)), 0) / 3;
		expect(discriminatorLoss('minimax', aReal, aFake).loss).toBeCloseTo(expected, 12);
		expect(discriminatorLoss('nonSaturating', aReal, aFake).loss).toBeCloseTo(expected, 12);
	});

	it('the generator losses have their textbook values', () => {
		const fakes = [-0.4, 1.9, -2.2];
		const mean = (f: (a: number) => number) => fakes.reduce((s, a) => s + f(a), 0) / 3;
		expect(generatorLoss('minimax', aFake).loss).toBeCloseTo(
			mean((a) => Math.log(1 - sigmoid(a))),
			12
		);
		expect(generatorLoss('nonSaturating', aFake).loss).toBeCloseTo(
			mean((a) => -Math.log(sigmoid(a))),
			12
		);
		expect(generatorLoss('leastSquares', aFake).loss).toBeCloseTo(
			mean((a) => 0.5 * (a - 1) ** 2),
			12
		);
		expect(generatorLoss('wasserstein', aFake).loss).toBeCloseTo(
			mean((a) => -a),
			12
		);
	});

	it('least squares and Wasserstein discriminator losses have their textbook values', () => {
		const ls =
			0.5 * ([0.7, -1.2, 2.5, 0.1].reduce((s, a) => s + (a - 1) ** 2, 0) / 4) +
			0.5 * ([-0.4, 1.9, -2.2].reduce((s, a) => s + a * a, 0) / 3);
		expect(discriminatorLoss('leastSquares', aReal, aFake).loss).toBeCloseTo(ls, 12);
		expect(discriminatorLoss('wasserstein', aReal, aFake).loss).toBeCloseTo(-0.7 / 3 - 2.1 / 4, 12);
	});

	it('the minimax generator gradient vanishes where D is sure a fake is fake, the non-saturating one does not', () => {
		const sure = Matrix.from([[-8]]);
		expect(Math.abs(generatorLoss('minimax', sure).grad.data[0])).toBeLessThan(1e-3);
		expect(Math.abs(generatorLoss('nonSaturating', sure).grad.data[0])).toBeGreaterThan(0.99);
	});

	for (const name of LOSS_NAMES) {
		it(`${name}: the gradients with respect to the logits pass a finite-difference check`, () => {
			const r = aReal.clone();
			const f = aFake.clone();
			const d = discriminatorLoss(name, r, f);
			expect(
				gradCheck(() => discriminatorLoss(name, r, f).loss, r.data, d.gradReal.data)
			).toBeLessThan(1e-6);
			expect(
				gradCheck(() => discriminatorLoss(name, r, f).loss, f.data, d.gradFake.data)
			).toBeLessThan(1e-6);
			const g = generatorLoss(name, f);
			expect(gradCheck(() => generatorLoss(name, f).loss, f.data, g.grad.data)).toBeLessThan(1e-6);
		});

		it(`${name}: the generator's gradient through D to the fake points passes a finite-difference check`, () => {
			const D = new MLP({ sizes: [2, 8, 8, 1], hidden: 'tanh', output: 'linear' }, Rng.fromSeed(3));
			const x = Matrix.randn(Rng.fromSeed(4), 5, 2);
			const perSample = generatorGradient(D, name, x);
			const analytic = perSample.map((v) => v / x.rows);
			const err = gradCheck(() => generatorLoss(name, D.forward(x)).loss, x.data, analytic);
			expect(err).toBeLessThan(1e-6);
		});
	}
});
