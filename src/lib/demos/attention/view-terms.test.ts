import { describe, expect, it } from 'vitest';
import { Matrix, matmul, matmulBT, rowSoftmax } from '$lib/core';
import { column, dotTerms, rowArgmax, rowSums, rowTop, softmaxRow } from './view-terms';

const Q = Matrix.from([
	[0.5, -1, 2],
	[1.5, 0.25, -0.5]
]);
const K = Matrix.from([
	[1, 2, 0.5],
	[-1, 0.5, 1],
	[0.3, -0.2, 0.1]
]);

describe('dotTerms', () => {
	it('adds up to the entry of Q Kᵀ', () => {
		const S = matmulBT(Q, K);
		for (let i = 0; i < 2; i++) {
			for (let j = 0; j < 3; j++) {
				const { terms, sum } = dotTerms(Q.row(i), K.row(j));
				expect(terms).toHaveLength(3);
				expect(sum).toBeCloseTo(S.get(i, j), 14);
			}
		}
	});

	it('gives the weighted sum of a value column, as in A V', () => {
		const A = Matrix.from([[0.2, 0.5, 0.3]]);
		const out = matmul(A, K);
		expect(dotTerms(A.row(0), column(K, 1)).sum).toBeCloseTo(out.get(0, 1), 14);
	});
});

describe('softmaxRow', () => {
	it('reproduces the row softmax, with hidden entries at 0', () => {
		const masked = Matrix.from([[1.2, -Infinity, 0.3, 2.5]]);
		const A = rowSoftmax(masked);
		const { entries, total, max } = softmaxRow(masked.row(0));
		expect(max).toBe(2.5);
		expect(entries[1]).toEqual({ score: -Infinity, exp: 0, kept: false });
		for (let j = 0; j < 4; j++) expect(entries[j].exp / total).toBeCloseTo(A.get(0, j), 14);
	});

	it('stays finite for scores of 1e4', () => {
		const { entries, total } = softmaxRow([1e4, 1e4 - 1]);
		expect(Number.isFinite(total)).toBe(true);
		expect(entries[0].exp / total).toBeCloseTo(1 / (1 + Math.exp(-1)), 12);
	});
});

describe('row read-outs', () => {
	const A = Matrix.from([
		[0.1, 0.6, 0.3],
		[0.5, 0.25, 0.25]
	]);

	it('sums each row', () => {
		expect(rowSums(A)).toEqual([1, 1]);
	});

	it('finds the largest entry of a row, the first on ties', () => {
		expect(rowArgmax(A, 0)).toEqual({ index: 1, value: 0.6 });
		expect(rowTop(A, 1, 2)).toEqual([0, 1]);
	});
});
