import { gradCheck } from './gradcheck';
import { Matrix } from './matrix';
import { Rng } from './random';
import { describe, expect, it } from 'vitest';
import {
	MultiHeadAttention,
	causalMask,
	combineMasks,
	scaledDotProductAttention,
	scaledDotProductAttentionBackward
} from './attention';

function randn(rng: Rng, r: number, c: number): Matrix {
	const m = new Matrix(r, c);
	for (let k = 0; k < m.data.length; k++) m.data[k] = rng.normal();
	return m;
}

/** L = Σ Y ⊙ R, so dL/dY = R. */
function weightedSum(y: Matrix, r: Matrix): number {
	let s = 0;
	for (let k = 0; k < y.data.length; k++) s += y.data[k] * r.data[k];
	return s;
}

describe('scaledDotProductAttention', () => {
	it('matches the formula worked by hand on a 2×2 example', () => {
		const Q = Matrix.from([
			[1, 0],
			[0, 2]
		]);
		const K = Matrix.from([
			[1, 1],
			[0, 1]
		]);
		const V = Matrix.from([[10], [20]]);
		const t = scaledDotProductAttention(Q, K, V);
		expect(t.scores.toArray()).toEqual([
			[1, 0],
			[2, 2]
		]);
		const a = Math.exp(1 / Math.SQRT2) / (Math.exp(1 / Math.SQRT2) + 1);
		expect(t.weights.get(0, 0)).toBeCloseTo(a, 14);
		expect(t.weights.get(1, 0)).toBeCloseTo(0.5, 14);
		expect(t.out.get(0, 0)).toBeCloseTo(10 * a + 20 * (1 - a), 12);
		expect(t.out.get(1, 0)).toBeCloseTo(15, 12);
	});

	it('gives hidden keys weight exactly 0 and keeps rows summing to 1', () => {
		const rng = Rng.fromSeed('mask');
		const t = scaledDotProductAttention(
			randn(rng, 5, 4),
			randn(rng, 5, 4),
			randn(rng, 5, 3),
			causalMask(5)
		);
		for (let i = 0; i < 5; i++) {
			let sum = 0;
			for (let j = 0; j < 5; j++) {
				if (j > i) {
					expect(t.weights.get(i, j)).toBe(0);
					expect(t.masked.get(i, j)).toBe(-Infinity);
				}
				sum += t.weights.get(i, j);
			}
			expect(sum).toBeCloseTo(1, 14);
		}
	});

	it('turns a fully masked row into zeros with zero gradient, not NaN', () => {
		const rng = Rng.fromSeed('empty');
		const keep = new Uint8Array([1, 1, 0, 0]);
		const t = scaledDotProductAttention(randn(rng, 2, 3), randn(rng, 2, 3), randn(rng, 2, 2), keep);
		expect(Array.from(t.out.row(1))).toEqual([0, 0]);
		const g = scaledDotProductAttentionBackward(t, randn(rng, 2, 2));
		for (const m of [g.dQ, g.dK, g.dV]) expect(m.data.every(Number.isFinite)).toBe(true);
		expect(Array.from(g.dQ.row(1))).toEqual([0, 0, 0]);
	});

	it('has a backward pass that agrees with central differences for Q, K and V', () => {
		const rng = Rng.fromSeed('sdpa-grad');
		const Q = randn(rng, 4, 3);
		const K = randn(rng, 6, 3);
		const V = randn(rng, 6, 2);
		const R = randn(rng, 4, 2);
		const keep = new Uint8Array(24).map((_, k) => (k % 5 === 3 ? 0 : 1));
		const f = () => weightedSum(scaledDotProductAttention(Q, K, V, keep).out, R);
		const g = scaledDotProductAttentionBackward(scaledDotProductAttention(Q, K, V, keep), R);
		expect(gradCheck(f, Q.data, g.dQ.data)).toBeLessThan(1e-7);
		expect(gradCheck(f, K.data, g.dK.data)).toBeLessThan(1e-7);
		expect(gradCheck(f, V.data, g.dV.data)).toBeLessThan(1e-7);
	});
});

describe('MultiHeadAttention', () => {
	const cases = [
		{ what: 'self-attention without a mask', nq: 5, nk: 5, cross: false, causal: false },
		{ what: 'self-attention under a causal mask', nq: 5, nk: 5, cross: false, causal: true },
		{ what: 'cross-attention with 3 queries over 6 keys', nq: 3, nk: 6, cross: true, causal: false }
	];

	for (const c of cases) {
		it(`has gradients that agree with central differences for ${c.what}`, () => {
			const rng = Rng.fromSeed(`mha-${c.what}`);
			const layer = new MultiHeadAttention(6, 2, rng.split('init'));
			const xq = randn(rng, c.nq, 6);
			const xkv = c.cross ? randn(rng, c.nk, 6) : xq;
			const keep = c.causal ? causalMask(c.nq) : null;
			const R = randn(rng, c.nq, 6);
			const f = () => weightedSum(layer.forward(xq, xkv, keep), R);

			f();
			const { dXq, dXkv } = layer.backward(R);
			for (const p of layer.params()) {
				expect(gradCheck(f, p.value, p.grad), p.name).toBeLessThan(1e-6);
			}
			if (c.cross) {
				expect(gradCheck(f, xq.data, dXq.data)).toBeLessThan(1e-6);
				expect(gradCheck(f, xkv.data, dXkv.data)).toBeLessThan(1e-6);
			} else {
				const dX = dXq.clone();
				for (let k = 0; k < dX.data.length; k++) dX.data[k] += dXkv.data[k];
				expect(gradCheck(f, xq.data, dX.data)).toBeLessThan(1e-6);
			}
		});
	}

	it('scales each head by its gate (DropHead) in the forward and the backward pass', () => {
		const rng = Rng.fromSeed('gates');
		const layer = new MultiHeadAttention(4, 2, rng.split('init'));
		const x = randn(rng, 3, 4);
		const R = randn(rng, 3, 4);
		const gates = [0, 1.25];
		const f = () => weightedSum(layer.forward(x, x, null, gates), R);
		f();
		expect(
			layer.trace.concat
				.row(1)
				.subarray(0, 2)
				.every((v) => v === 0)
		).toBe(true);
		layer.backward(R);
		for (const p of layer.params()) {
			expect(gradCheck(f, p.value, p.grad), p.name).toBeLessThan(1e-6);
		}
	});

	it('splits the projections into heads by columns and concatenates them back', () => {
		const rng = Rng.fromSeed('heads');
		const layer = new MultiHeadAttention(4, 2, rng);
		const x = randn(rng, 3, 4);
		layer.forward(x);
		const { heads, concat } = layer.trace;
		expect(heads).toHaveLength(2);
		expect(heads[1].Q.cols).toBe(2);
		expect(concat.get(2, 3)).toBe(heads[1].out.get(2, 1));
		expect(concat.get(0, 0)).toBe(heads[0].out.get(0, 0));
	});

	it('accumulates gradients over two backward passes', () => {
		const rng = Rng.fromSeed('acc');
		const layer = new MultiHeadAttention(4, 2, rng);
		const x = randn(rng, 3, 4);
		const R = randn(rng, 3, 4);
		layer.forward(x);
		layer.backward(R);
		const once = layer.dWq.data.slice();
		layer.backward(R);
		expect(layer.dWq.data[5]).toBeCloseTo(2 * once[5], 14);
	});

	it('rejects a model width that does not split into the heads', () => {
		expect(() => new MultiHeadAttention(5, 2, Rng.fromSeed(1))).toThrow(RangeError);
	});
});

describe('masks', () => {
	it('combines two masks entry by entry and treats null as keep-all', () => {
		const a = new Uint8Array([1, 1, 0, 1]);
		const b = new Uint8Array([1, 0, 1, 1]);
		expect(Array.from(combineMasks(a, b)!)).toEqual([1, 0, 0, 1]);
		expect(combineMasks(null, b)).toBe(b);
		expect(combineMasks(null, null)).toBeNull();
	});
});
