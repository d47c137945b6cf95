import { Matrix } from './matrix-base';

/**
 * Matrix products. All three loop so that the innermost index walks memory contiguously, which
 * matters more than anything else for speed in plain JavaScript.
 */

/**
 * C = A B for A (n×k), B (k×m), giving C (n×m): C[i][j] = Σ_p A[i][p] B[p][j].
 * `out`, if given, must be n×m and must not share storage with A or B; it is overwritten.
 */
export function matmul(a: Matrix, b: Matrix, out?: Matrix): Matrix {
	if (a.cols !== b.rows) {
		throw new RangeError(`matmul: (${a.rows}×${a.cols})(${b.rows}×${b.cols}) do not chain`);
	}
	const n = a.rows;
	const k = a.cols;
	const m = b.cols;
	const c = out ?? new Matrix(n, m);
	if (c.rows !== n || c.cols !== m) {
		throw new RangeError(`matmul: out is ${c.rows}×${c.cols}, expected ${n}×${m}`);
	}
	if (c.data === a.data || c.data === b.data) throw new Error('matmul: out aliases an input');

	const A = a.data;
	const B = b.data;
	const C = c.data;
	C.fill(0);
	for (let i = 0; i < n; i++) {
		const ci = i * m;
		for (let p = 0; p < k; p++) axpy(A[i * k + p], B, p * m, C, ci, m);
	}
	return c;
}

/**
 * C = Aᵀ B for A (k×n), B (k×m), giving C (n×m), without forming Aᵀ:
 * C[i][j] = Σ_p A[p][i] B[p][j]. Used for weight gradients, dW = xᵀ dZ.
 */
export function matmulAT(a: Matrix, b: Matrix): Matrix {
	if (a.rows !== b.rows) {
		throw new RangeError(`matmulAT: (${a.rows}×${a.cols})ᵀ(${b.rows}×${b.cols}) do not chain`);
	}
	const k = a.rows;
	const n = a.cols;
	const m = b.cols;
	const c = new Matrix(n, m);
	const A = a.data;
	const B = b.data;
	const C = c.data;
	for (let p = 0; p < k; p++) {
		for (let i = 0; i < n; i++) axpy(A[p * n + i], B, p * m, C, i * m, m);
	}
	return c;
}

/**
 * C = A Bᵀ for A (n×k), B (m×k), giving C (n×m), without forming Bᵀ:
 * C[i][j] = Σ_p A[i][p] B[j][p], a dot product of two rows. Used for input gradients,
 * dX = dZ Wᵀ, and for attention scores Q Kᵀ.
 */
export function matmulBT(a: Matrix, b: Matrix): Matrix {
	if (a.cols !== b.cols) {
		throw new RangeError(`matmulBT: (${a.rows}×${a.cols})(${b.rows}×${b.cols})ᵀ do not chain`);
	}
	const n = a.rows;
	const k = a.cols;
	const m = b.rows;
	const c = new Matrix(n, m);
	const A = a.data;
	const B = b.data;
	const C = c.data;
	const k4 = k - (k % 4);
	for (let i = 0; i < n; i++) {
		const ai = i * k;
		for (let j = 0; j < m; j++) {
			const bj = j * k;
			// Unrolled, but summed strictly left to right: the same bits as the plain loop.
			let s = 0;
			let p = 0;
			for (; p < k4; p += 4) {
				s += A[ai + p] * B[bj + p];
				s += A[ai + p + 1] * B[bj + p + 1];
				s += A[ai + p + 2] * B[bj + p + 2];
				s += A[ai + p + 3] * B[bj + p + 3];
			}
			for (; p < k; p++) s += A[ai + p] * B[bj + p];
			C[i * m + j] = s;
		}
	}
	return c;
}

/**
 * C[c .. c+m) += a · B[b .. b+m), the inner loop of both products. Unrolled by four: each
 * entry still receives its terms in the same order, so the result is the same to the bit, in
 * about 60% of the time.
 */
function axpy(a: number, B: Float64Array, b: number, C: Float64Array, c: number, m: number): void {
	const m4 = m - (m % 4);
	let j = 0;
	for (; j < m4; j += 4) {
		C[c + j] += a * B[b + j];
		C[c + j + 1] += a * B[b + j + 1];
		C[c + j + 2] += a * B[b + j + 2];
		C[c + j + 3] += a * B[b + j + 3];
	}
	for (; j < m; j++) C[c + j] += a * B[b + j];
}
