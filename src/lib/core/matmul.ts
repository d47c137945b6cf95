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
		for (let p = 0; p < k; p++) {
			const aip = A[i * k + p];
			const bp = p * m;
			for (let j = 0; j < m; j++) C[ci + j] += aip * B[bp + j];
		}
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
		const bp = p * m;
		for (let i = 0; i < n; i++) {
			const api = A[p * n + i];
			const ci = i * m;
			for (let j = 0; j < m; j++) C[ci + j] += api * B[bp + j];
		}
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
	for (let i = 0; i < n; i++) {
		const ai = i * k;
		for (let j = 0; j < m; j++) {
			const bj = j * k;
			let s = 0;
			for (let p = 0; p < k; p++) s += A[ai + p] * B[bj + p];
			C[i * m + j] = s;
		}
	}
	return c;
}
