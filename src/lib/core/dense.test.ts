import { describe, expect, test } from 'vitest';
import type { ActivationName } from './activations';
import { Dense, initBound } from './dense';
import { gradCheck } from './gradcheck';
import { Matrix } from './matrix-base';
import { Rng } from './random';

const ACTS: ActivationName[] = ['tanh', 'relu', 'leakyRelu', 'sigmoid', 'gelu', 'linear'];

/** A fixed random projection of the output, so the loss L = Σ y ⊙ R depends on every entry. */
function setup(act: ActivationName) {
	const rng = Rng.fromSeed(`dense-${act}`);
	const layer = new Dense(3, 4, act, rng);
	for (let k = 0; k < layer.b.data.length; k++) layer.b.data[k] = rng.uniform(-0.5, 0.5);
	const x = Matrix.randn(rng, 5, 3);
	const R = Matrix.randn(rng, 5, 4);
	const loss = () => layer.forward(x).data.reduce((s, v, k) => s + v * R.data[k], 0);
	loss();
	const dX = layer.backward(R);
	return { layer, x, loss, dX };
}

describe('Dense', () => {
	test.each(ACTS)('%s: backward matches finite differences for W, b and x', (act) => {
		const { layer, x, loss, dX } = setup(act);
		expect(gradCheck(loss, layer.W.data, layer.dW.data)).toBeLessThan(1e-6);
		expect(gradCheck(loss, layer.b.data, layer.db.data)).toBeLessThan(1e-6);
		expect(gradCheck(loss, x.data, dX.data)).toBeLessThan(1e-6);
	});

	test('forward computes act(x W + b) by hand', () => {
		const layer = new Dense(2, 1, 'relu', Rng.fromSeed(0));
		layer.W = Matrix.from([[2], [-1]]);
		layer.b = Matrix.from([[0.5]]);
		expect(
			layer
				.forward(
					Matrix.from([
						[1, 1],
						[0, 3]
					])
				)
				.toArray()
		).toEqual([[1.5], [0]]);
	});

	test('backward accumulates into dW and db', () => {
		const { layer, x } = setup('tanh');
		const dY = Matrix.randn(Rng.fromSeed('dy'), 5, 4);
		layer.dW.data.fill(0);
		layer.db.data.fill(0);
		layer.forward(x);
		layer.backward(dY);
		const dW = layer.dW.data.slice();
		const db = layer.db.data.slice();

		layer.backward(dY);
		dW.forEach((g, k) => expect(layer.dW.data[k]).toBeCloseTo(2 * g, 12));
		db.forEach((g, k) => expect(layer.db.data[k]).toBeCloseTo(2 * g, 12));
	});

	test('backward before forward, and a wrong dY shape, throw', () => {
		const layer = new Dense(2, 2, 'tanh', Rng.fromSeed(0));
		expect(() => layer.backward(Matrix.zeros(1, 2))).toThrow();
		layer.forward(Matrix.zeros(3, 2));
		expect(() => layer.backward(Matrix.zeros(1, 2))).toThrow(RangeError);
		expect(() => layer.forward(Matrix.zeros(3, 5))).toThrow(RangeError);
	});

	test.each([
		['relu', 8, 4, Math.sqrt(6 / 8)],
		['leakyRelu', 8, 4, Math.sqrt(6 / (1.04 * 8))],
		['tanh', 8, 4, Math.sqrt(6 / 12)]
	] as [ActivationName, number, number, number][])(
		'%s init stays within its bound and starts with zero bias',
		(act, inDim, outDim, bound) => {
			expect(initBound(inDim, outDim, act)).toBeCloseTo(bound, 14);
			const layer = new Dense(inDim, outDim, act, Rng.fromSeed(1));
			expect(layer.W.data.every((w) => Math.abs(w) <= bound)).toBe(true);
			expect(layer.b.data.every((b) => b === 0)).toBe(true);
		}
	);

	test('params are views, so writing into them changes the layer', () => {
		const layer = new Dense(2, 3, 'tanh', Rng.fromSeed(0), 'enc');
		const [W, b] = layer.params();
		expect([W.name, b.name]).toEqual(['enc.W', 'enc.b']);
		W.value[0] = 42;
		b.grad[1] = 7;
		expect(layer.W.get(0, 0)).toBe(42);
		expect(layer.db.get(0, 1)).toBe(7);
	});

	test('clone copies weights and grads and shares nothing', () => {
		const { layer } = setup('gelu');
		const c = layer.clone();
		expect(c.W.data).toEqual(layer.W.data);
		expect(c.dW.data).toEqual(layer.dW.data);
		c.W.data[0] += 1;
		c.db.data[0] += 1;
		expect(c.W.data[0]).not.toBe(layer.W.data[0]);
		expect(c.db.data[0]).not.toBe(layer.db.data[0]);
		expect(() => c.backward(Matrix.zeros(5, 4))).toThrow();
	});
});
