import { describe, expect, test } from 'vitest';
import { Adam, adamUpdate, SGD, sgdUpdate, type Optimizer } from './optim';
import type { Param } from './params';

/** f(p) = ½ Σ cᵢ (pᵢ − targetᵢ)², an ill-conditioned bowl; grad = c ⊙ (p − target). */
const C = [1, 10, 0.1];
const TARGET = [3, -2, 0.5];

function bowl(): Param {
	return { name: 'p', value: new Float64Array([0, 0, 0]), grad: new Float64Array(3) };
}

function fillGrad(p: Param): void {
	for (let i = 0; i < 3; i++) p.grad[i] = C[i] * (p.value[i] - TARGET[i]);
}

function run(opt: Optimizer, p: Param, steps: number): void {
	for (let s = 0; s < steps; s++) {
		fillGrad(p);
		opt.step([p]);
	}
}

describe('update formulas', () => {
	test('sgdUpdate applies v = mu v + g, p -= lr v', () => {
		const p = new Float64Array([1, 1]);
		const v = new Float64Array([0.5, 0]);
		sgdUpdate(p, new Float64Array([2, -1]), v, 0.1, 0.9);
		expect(Array.from(v)).toEqual([0.9 * 0.5 + 2, -1]);
		expect(p[0]).toBeCloseTo(1 - 0.1 * 2.45, 15);
		expect(p[1]).toBeCloseTo(1.1, 15);
	});

	test.each([1e-3, 1, 1e6])(
		'the first Adam step moves every coordinate by about lr for gradients of scale %d',
		(s) => {
			const p = new Float64Array(3);
			const g = new Float64Array([s, -3 * s, 0.5 * s]);
			adamUpdate(p, g, new Float64Array(3), new Float64Array(3), 1, 0.01, 0.9, 0.999, 1e-8);
			expect(p[0]).toBeCloseTo(-0.01, 4);
			expect(p[1]).toBeCloseTo(0.01, 4);
			expect(p[2]).toBeCloseTo(-0.01, 4);
		}
	);
});

describe('optimisers', () => {
	test.each([
		['SGD with momentum', () => new SGD({ lr: 0.02, momentum: 0.9 }), 600],
		['plain SGD', () => new SGD({ lr: 0.09 }), 2000],
		['Adam', () => new Adam({ lr: 0.05 }), 3000]
	] as [string, () => Optimizer, number][])('%s minimises a quadratic', (_n, make, steps) => {
		const p = bowl();
		run(make(), p, steps);
		p.value.forEach((v, i) => expect(v).toBeCloseTo(TARGET[i], 2));
	});

	test.each([
		['SGD', () => new SGD({ lr: 0.02, momentum: 0.9 })],
		['Adam', () => new Adam({ lr: 0.05, beta1: 0.8 })]
	] as [string, () => Optimizer][])(
		'%s: getState/setState (via JSON) and clone reproduce the identical next step',
		(_n, make) => {
			const opt = make();
			const p = bowl();
			run(opt, p, 7);
			const snapshot = JSON.parse(JSON.stringify(opt.getState()));
			const cloned = opt.clone();
			const restored = make();
			restored.setState(snapshot);

			const results = [opt, cloned, restored].map((o) => {
				const q: Param = { name: 'p', value: p.value.slice(), grad: new Float64Array(3) };
				run(o, q, 3);
				return Array.from(q.value);
			});
			expect(results[1]).toEqual(results[0]);
			expect(results[2]).toEqual(results[0]);
			expect(cloned.lr).toBe(opt.lr);
		}
	);

	test('the clone does not share state with the original', () => {
		const opt = new Adam({ lr: 0.1 });
		run(opt, bowl(), 2);
		const c = opt.clone();
		run(opt, bowl(), 5);
		expect(c.getState().t).toBe(2);
		expect(opt.getState().t).toBe(7);
	});

	test('a parameter list of a different shape is rejected', () => {
		const opt = new SGD({ lr: 0.1 });
		run(opt, bowl(), 1);
		const small: Param = { name: 'q', value: new Float64Array(2), grad: new Float64Array(2) };
		expect(() => opt.step([small])).toThrow(RangeError);
		expect(() => new Adam({ lr: 1 }).setState({})).toThrow(TypeError);
	});
});

describe('learning-rate schedules', () => {
	test('setting lr between steps equals a fresh optimiser carrying the same state', () => {
		const make = () => ({
			name: 'w',
			value: new Float64Array([1, -2, 3]),
			grad: new Float64Array([0.5, 0.1, -0.3])
		});
		const a = new Adam({ lr: 0.1 });
		const pa = [make()];
		a.step(pa);
		a.lr = 0.05;
		a.step(pa);

		const b = new Adam({ lr: 0.1 });
		const pb = [make()];
		b.step(pb);
		const c = new Adam({ lr: 0.05 });
		c.setState(b.getState());
		c.step(pb);
		expect(Array.from(pa[0].value)).toEqual(Array.from(pb[0].value));
	});
});
