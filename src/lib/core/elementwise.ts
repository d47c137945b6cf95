import { Matrix } from './matrix-base';

/**
 * Entry-wise operations. The binary ones broadcast their second argument B over A (rows×cols):
 * B may be rows×cols, 1×cols (a row vector, e.g. a bias), rows×1 (a column vector) or 1×1.
 */

function broadcast(
	a: Matrix,
	b: Matrix,
	what: string,
	op: (x: number, y: number) => number
): Matrix {
	const rowOk = b.rows === a.rows || b.rows === 1;
	const colOk = b.cols === a.cols || b.cols === 1;
	if (!rowOk || !colOk) {
		throw new RangeError(`${what}: cannot broadcast ${b.rows}×${b.cols} to ${a.rows}×${a.cols}`);
	}

	const out = new Matrix(a.rows, a.cols);
	// A zero stride repeats the single row (or column) of B along that axis.
	const rowStride = b.rows === 1 ? 0 : b.cols;
	const colStride = b.cols === 1 ? 0 : 1;
	for (let i = 0; i < a.rows; i++) {
		for (let j = 0; j < a.cols; j++) {
			const k = i * a.cols + j;
			out.data[k] = op(a.data[k], b.data[i * rowStride + j * colStride]);
		}
	}
	return out;
}

/** A + B with B broadcast (see module note). */
export function add(a: Matrix, b: Matrix): Matrix {
	return broadcast(a, b, 'add', (x, y) => x + y);
}

/** A − B with B broadcast. */
export function sub(a: Matrix, b: Matrix): Matrix {
	return broadcast(a, b, 'sub', (x, y) => x - y);
}

/** A ⊙ B, the entry-wise (Hadamard) product, with B broadcast. */
export function hadamard(a: Matrix, b: Matrix): Matrix {
	return broadcast(a, b, 'hadamard', (x, y) => x * y);
}

/** s · A. */
export function scale(a: Matrix, s: number): Matrix {
	const out = new Matrix(a.rows, a.cols);
	for (let k = 0; k < a.data.length; k++) out.data[k] = a.data[k] * s;
	return out;
}

/** f applied to every entry: out[i][j] = f(A[i][j], i, j). */
export function map(a: Matrix, f: (x: number, i: number, j: number) => number): Matrix {
	const out = new Matrix(a.rows, a.cols);
	for (let i = 0; i < a.rows; i++) {
		for (let j = 0; j < a.cols; j++) {
			const k = i * a.cols + j;
			out.data[k] = f(a.data[k], i, j);
		}
	}
	return out;
}

/**
 * Column sums, (n×m) → (1×m): out[0][j] = Σ_i A[i][j]. The gradient of a bias that was broadcast
 * over a batch is the sum of the per-row gradients.
 */
export function sumRows(a: Matrix): Matrix {
	const out = new Matrix(1, a.cols);
	for (let i = 0; i < a.rows; i++) {
		const base = i * a.cols;
		for (let j = 0; j < a.cols; j++) out.data[j] += a.data[base + j];
	}
	return out;
}
