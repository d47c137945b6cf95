import { describe, expect, it } from 'vitest';
import { Matrix, dot } from '$lib/core';
import { liftQuery, pca2, project, symmetricEigen } from './view-pca';

describe('symmetricEigen', () => {
	it('finds the eigenvalues of a 2×2 symmetric matrix in decreasing order', () => {
		const { values, vectors } = symmetricEigen(
			Matrix.from([
				[2, 1],
				[1, 2]
			])
		);
		expect(values[0]).toBeCloseTo(3, 12);
		expect(values[1]).toBeCloseTo(1, 12);
		expect(Math.abs(vectors[0][0])).toBeCloseTo(Math.SQRT1_2, 12);
		expect(vectors[0][0]).toBeCloseTo(vectors[0][1], 12);
	});

	it('gives orthonormal vectors with A v = λ v for a 6×6 matrix', () => {
		const rows = Array.from({ length: 6 }, (_, i) =>
			Array.from({ length: 6 }, (_, j) => Math.cos(i * 7 + j * 3) + Math.cos(j * 7 + i * 3))
		);
		const A = Matrix.from(rows);
		const { values, vectors } = symmetricEigen(A);
		for (let k = 0; k < 6; k++) {
			expect(dot(vectors[k], vectors[k])).toBeCloseTo(1, 10);
			for (let i = 0; i < 6; i++) {
				expect(dot(A.row(i), vectors[k])).toBeCloseTo(values[k] * vectors[k][i], 9);
			}
			if (k > 0) expect(dot(vectors[k], vectors[0])).toBeCloseTo(0, 10);
		}
	});
});

describe('pca2', () => {
	it('puts the first axis along the direction of largest spread', () => {
		const K = Matrix.from([
			[1, 0, 5],
			[-1, 0, 5],
			[3, 0.1, 5],
			[-3, -0.1, 5]
		]);
		const p = pca2(K);
		expect(Array.from(p.mean)).toEqual([0, 0, 5]);
		expect(Math.abs(p.axes[0][0])).toBeGreaterThan(0.99);
		expect(p.explained[0]).toBeGreaterThan(0.99);
		expect(p.explained[0] + p.explained[1]).toBeCloseTo(1, 10);
	});

	it('projects points that differ only in the plane to their exact offsets', () => {
		const K = Matrix.from([
			[2, 0, 0],
			[-2, 0, 0],
			[0, 1, 0],
			[0, -1, 0]
		]);
		const p = pca2(K);
		const [x, y] = project([2, 0, 0], p);
		expect(Math.abs(x)).toBeCloseTo(2, 12);
		expect(y).toBeCloseTo(0, 12);
	});

	it('gives zero explained variance when every key is the same', () => {
		const p = pca2(
			Matrix.from([
				[1, 2],
				[1, 2]
			])
		);
		expect(p.explained).toEqual([0, 0]);
	});
});

describe('liftQuery', () => {
	const K = Matrix.from([
		[1, 2, 0, 1],
		[-1, 0, 3, 0],
		[2, -1, 1, 2],
		[0, 1, -2, -1],
		[1, 1, 1, 1]
	]);
	const p = pca2(K);
	const q = [0.5, -0.3, 1.2, 0.7];

	it('moves the query so that its projection lands on the dragged point', () => {
		const lifted = liftQuery(q, [0.8, -1.5], p);
		const [x, y] = project(lifted, p);
		expect(x).toBeCloseTo(0.8, 12);
		expect(y).toBeCloseTo(-1.5, 12);
	});

	it('keeps the components the picture does not show', () => {
		const lifted = liftQuery(q, [3, 2], p);
		const delta = lifted.map((v, k) => v - q[k]);
		const [u1, u2] = p.axes;
		const inPlane = u1.map((a, k) => a * dot(delta, u1) + u2[k] * dot(delta, u2));
		for (let k = 0; k < 4; k++) expect(delta[k]).toBeCloseTo(inPlane[k], 12);
	});

	it('returns the query itself when dropped where it already is', () => {
		const lifted = liftQuery(q, project(q, p), p);
		for (let k = 0; k < 4; k++) expect(lifted[k]).toBeCloseTo(q[k], 12);
	});
});
