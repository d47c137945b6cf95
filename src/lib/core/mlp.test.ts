import { describe, expect, test } from 'vitest';
import { gradCheck } from './gradcheck';
import { Matrix } from './matrix-base';
import { MLP, type MLPConfig } from './mlp';
import { Rng } from './random';

const CONFIG: MLPConfig = { sizes: [2, 5, 4, 3], hidden: 'tanh', output: 'linear' };

function setup(config = CONFIG) {
	const rng = Rng.fromSeed('mlp');
	const net = new MLP(config, rng);
	const x = Matrix.randn(rng, 6, config.sizes[0]);
	const R = Matrix.randn(rng, 6, config.sizes[config.sizes.length - 1]);
	const loss = () => net.forward(x).data.reduce((s, v, k) => s + v * R.data[k], 0);
	return { net, x, R, loss };
}

describe('MLP', () => {
	test.each([
		['tanh → linear', CONFIG],
		['leakyRelu → sigmoid', { sizes: [3, 6, 2], hidden: 'leakyRelu', output: 'sigmoid' }],
		['gelu → tanh', { sizes: [2, 4, 4, 1], hidden: 'gelu', output: 'tanh' }]
	] as [string, MLPConfig][])(
		'%s: every parameter and the input pass a gradient check',
		(_n, c) => {
			const { net, x, R, loss } = setup(c);
			net.zeroGrad();
			loss();
			const dX = net.backward(R);
			for (const p of net.params()) expect(gradCheck(loss, p.value, p.grad)).toBeLessThan(1e-6);
			expect(gradCheck(loss, x.data, dX.data)).toBeLessThan(1e-6);
		}
	);

	test('layers have the configured shapes, activations and names', () => {
		const { net } = setup();
		expect(net.layers.map((l) => [l.W.rows, l.W.cols, l.act])).toEqual([
			[2, 5, 'tanh'],
			[5, 4, 'tanh'],
			[4, 3, 'linear']
		]);
		expect(net.params().map((p) => p.name)).toEqual([
			'mlp.0.W',
			'mlp.0.b',
			'mlp.1.W',
			'mlp.1.b',
			'mlp.2.W',
			'mlp.2.b'
		]);
		expect(() => new MLP({ ...CONFIG, sizes: [3] }, Rng.fromSeed(0))).toThrow(RangeError);
	});

	test('the same seed gives the same weights', () => {
		const a = new MLP(CONFIG, Rng.fromSeed(5)).toJSON();
		const b = new MLP(CONFIG, Rng.fromSeed(5)).toJSON();
		expect(a).toEqual(b);
	});

	test('toJSON/fromJSON round trip through a string gives identical outputs', () => {
		const { net, x } = setup();
		const copy = MLP.fromJSON(JSON.parse(JSON.stringify(net.toJSON())));
		expect(copy.config).toEqual(CONFIG);
		expect(copy.forward(x).data).toEqual(net.forward(x).data);
	});

	test('fromJSON rejects weights that do not fit the config', () => {
		const j = setup().net.toJSON();
		expect(() => MLP.fromJSON({ ...j, weights: j.weights.slice(1) })).toThrow(RangeError);
		j.weights[0].push(1);
		expect(() => MLP.fromJSON(j)).toThrow(RangeError);
	});

	test('clone is a deep copy: weights, grads and config are independent', () => {
		const { net, x, R, loss } = setup();
		loss();
		net.backward(R);
		const c = net.clone();
		expect(c.toJSON()).toEqual(net.toJSON());
		expect(c.params().map((p) => Array.from(p.grad))).toEqual(
			net.params().map((p) => Array.from(p.grad))
		);

		const before = net.forward(x).data.slice();
		c.params()[0].value[0] += 1;
		c.zeroGrad();
		c.config.sizes[0] = 99;
		expect(net.forward(x).data).toEqual(before);
		expect(net.params()[0].grad.some((g) => g !== 0)).toBe(true);
		expect(net.config.sizes[0]).toBe(2);
	});
});
