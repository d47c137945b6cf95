import { describe, expect, test } from 'vitest';
import {
	add,
	dot,
	hadamard,
	logSumExp,
	map,
	matmul,
	matmulAT,
	matmulBT,
	Matrix,
	norm,
	rowLogSumExp,
	rowSoftmax,
	scale,
	softmax,
	sqDist,
	sub,
	sumRows,
	transpose
} from './matrix';
import { Rng } from './random';

const A = Matrix.from([
	[1, 2, 3],
	[4, 5, 6]
]);
const B = Matrix.from([
	[7, 8],
	[9, 10],
	[11, 12]
]);

describe('Matrix', () => {
	test('from, get, set, row and toArray agree on row-major layout', () => {
		expect(Array.from(A.data)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(A.get(1, 0)).toBe(4);
		const c = A.clone();
		c.set(0, 2, -1);
		expect(c.toArray()).toEqual([
			[1, 2, -1],
			[4, 5, 6]
		]);
		expect(A.get(0, 2)).toBe(3);
		const r = A.row(1);
		r[0] = 99;
		expect(A.get(1, 0)).toBe(4);
	});

	test('constructor and from reject shapes that do not fit', () => {
		expect(() => new Matrix(2, 2, new Float64Array(3))).toThrow(RangeError);
		expect(() => Matrix.from([[1, 2], [3]])).toThrow(RangeError);
		expect(Matrix.zeros(0, 0).data.length).toBe(0);
	});

	test('randn is reproducible from a seed and has the requested spread', () => {
		const a = Matrix.randn(Rng.fromSeed(1), 100, 100, 0.5);
		const b = Matrix.randn(Rng.fromSeed(1), 100, 100, 0.5);
		expect(a.data).toEqual(b.data);
		const v = a.data.reduce((s, x) => s + x * x, 0) / a.data.length;
		expect(Math.sqrt(v)).toBeCloseTo(0.5, 1);
	});
});

describe('products', () => {
	const AB = [
		[58, 64],
		[139, 154]
	];

	test('matmul of a 2×3 and a 3×2 matches the hand product', () => {
		expect(matmul(A, B).toArray()).toEqual(AB);
	});

	test('matmul writes into out and rejects bad shapes and aliasing', () => {
		const out = Matrix.zeros(2, 2);
		out.data.fill(5);
		expect(matmul(A, B, out)).toBe(out);
		expect(out.toArray()).toEqual(AB);
		expect(() => matmul(A, A)).toThrow(RangeError);
		expect(() => matmul(A, B, Matrix.zeros(3, 3))).toThrow(RangeError);
		const sq = Matrix.from([
			[1, 2],
			[3, 4]
		]);
		expect(() => matmul(sq, sq, sq)).toThrow();
	});

	test('matmulAT and matmulBT equal matmul with an explicit transpose', () => {
		const rng = Rng.fromSeed('mm');
		const X = Matrix.randn(rng, 4, 3);
		const Y = Matrix.randn(rng, 4, 5);
		const Z = Matrix.randn(rng, 6, 3);
		const at = matmulAT(X, Y);
		const atRef = matmul(transpose(X), Y);
		const bt = matmulBT(X, Z);
		const btRef = matmul(X, transpose(Z));
		at.data.forEach((v, k) => expect(v).toBeCloseTo(atRef.data[k], 12));
		bt.data.forEach((v, k) => expect(v).toBeCloseTo(btRef.data[k], 12));
		expect([at.rows, at.cols, bt.rows, bt.cols]).toEqual([3, 5, 4, 6]);
	});

	test('transpose swaps rows and columns', () => {
		expect(transpose(A).toArray()).toEqual([
			[1, 4],
			[2, 5],
			[3, 6]
		]);
	});
});

describe('entry-wise operations', () => {
	test.each([
		[
			'same shape',
			Matrix.from([
				[10, 20, 30],
				[40, 50, 60]
			]),
			[
				[11, 22, 33],
				[44, 55, 66]
			]
		],
		[
			'row vector',
			Matrix.from([[10, 20, 30]]),
			[
				[11, 22, 33],
				[14, 25, 36]
			]
		],
		[
			'column vector',
			Matrix.from([[10], [20]]),
			[
				[11, 12, 13],
				[24, 25, 26]
			]
		],
		[
			'scalar',
			Matrix.from([[10]]),
			[
				[11, 12, 13],
				[14, 15, 16]
			]
		]
	])('add broadcasts a %s', (_name, b, expected) => {
		expect(add(A, b).toArray()).toEqual(expected);
	});

	test('sub and hadamard broadcast the same way', () => {
		expect(sub(A, Matrix.from([[1, 1, 1]])).toArray()).toEqual([
			[0, 1, 2],
			[3, 4, 5]
		]);
		expect(hadamard(A, Matrix.from([[2], [-1]])).toArray()).toEqual([
			[2, 4, 6],
			[-4, -5, -6]
		]);
	});

	test('broadcasting rejects incompatible shapes', () => {
		expect(() => add(A, Matrix.zeros(3, 2))).toThrow(RangeError);
		expect(() => add(A, Matrix.zeros(1, 2))).toThrow(RangeError);
	});

	test('scale, map and sumRows', () => {
		expect(scale(A, -2).toArray()).toEqual([
			[-2, -4, -6],
			[-8, -10, -12]
		]);
		expect(map(A, (x, i, j) => x * 10 + i + j).toArray()).toEqual([
			[10, 21, 32],
			[41, 52, 63]
		]);
		expect(sumRows(A).toArray()).toEqual([[5, 7, 9]]);
	});
});

describe('softmax and log-sum-exp', () => {
	test.each([
		['small logits', [1, 2, 3]],
		['logits of 1e4', [1e4, 1e4 - 1, 0]],
		['logits of -1e4', [-1e4, -1e4 + 2, -1e4 + 1]],
		['mixed huge logits', [1e4, -1e4, 0]]
	])('softmax rows sum to 1 and stay finite for %s', (_name, row) => {
		const p = rowSoftmax(Matrix.from([row, row.map((x) => -x)]));
		for (let i = 0; i < 2; i++) {
			const r = p.row(i);
			expect(r.every(Number.isFinite)).toBe(true);
			expect(r.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
		}
		const lse = rowLogSumExp(Matrix.from([row]))[0];
		expect(Number.isFinite(lse)).toBe(true);
		expect(lse).toBeGreaterThanOrEqual(Math.max(...row));
	});

	test('softmax of [1, 2, 3] matches exp(x) / Σ exp(x)', () => {
		const e = [1, 2, 3].map(Math.exp);
		const z = e[0] + e[1] + e[2];
		Array.from(softmax([1, 2, 3])).forEach((p, k) => expect(p).toBeCloseTo(e[k] / z, 15));
		expect(logSumExp([1, 2, 3])).toBeCloseTo(Math.log(z), 14);
	});

	test('a fully masked row gives zeros, not NaN, and log-sum-exp -Infinity', () => {
		const masked = Matrix.from([
			[-Infinity, -Infinity],
			[0, -Infinity]
		]);
		expect(rowSoftmax(masked).toArray()).toEqual([
			[0, 0],
			[1, 0]
		]);
		expect(Array.from(rowLogSumExp(masked))).toEqual([-Infinity, 0]);
	});

	test('+Infinity logits share the probability equally', () => {
		expect(Array.from(softmax([Infinity, 0, Infinity]))).toEqual([0.5, 0, 0.5]);
		expect(logSumExp([Infinity, 1])).toBe(Infinity);
	});
});

describe('vectors', () => {
	test.each([
		[[3, 4], 5],
		[[0, 0], 0],
		[[1e200, 1e200], Math.SQRT2 * 1e200],
		[[3e-200, 4e-200], 5e-200]
	])('norm of %j is %d', (v, expected) => {
		expect(norm(v) / (expected || 1)).toBeCloseTo(expected ? 1 : 0, 12);
	});

	test('dot and sqDist', () => {
		expect(dot([1, 2, 3], [4, 5, 6])).toBe(32);
		expect(sqDist([1, 2], [4, 6])).toBe(25);
		expect(() => dot([1], [1, 2])).toThrow(RangeError);
	});
});
