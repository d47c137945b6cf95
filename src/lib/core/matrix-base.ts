import type { Rng } from './random';

/**
 * A dense row-major matrix of doubles: entry (i, j) lives at `data[i * cols + j]`.
 *
 * Shapes are fixed at construction; `data` may be replaced only by an array of the same length.
 * Operations in this folder allocate their result unless they take an `out` argument.
 */
export class Matrix {
	readonly rows: number;
	readonly cols: number;
	data: Float64Array;

	/** A rows×cols matrix over `data` (not copied), or over fresh zeros. */
	constructor(rows: number, cols: number, data?: Float64Array) {
		if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0) {
			throw new RangeError(`Matrix: bad shape ${rows}×${cols}`);
		}
		if (data && data.length !== rows * cols) {
			throw new RangeError(
				`Matrix: ${rows}×${cols} needs ${rows * cols} values, got ${data.length}`
			);
		}
		this.rows = rows;
		this.cols = cols;
		this.data = data ?? new Float64Array(rows * cols);
	}

	/** A rows×cols matrix of zeros. */
	static zeros(rows: number, cols: number): Matrix {
		return new Matrix(rows, cols);
	}

	/** A matrix from nested arrays, one inner array per row; rows must have equal length. */
	static from(rows: number[][]): Matrix {
		const r = rows.length;
		const c = r > 0 ? rows[0].length : 0;
		const m = new Matrix(r, c);
		for (let i = 0; i < r; i++) {
			if (rows[i].length !== c)
				throw new RangeError(`Matrix.from: row ${i} has ${rows[i].length} values, expected ${c}`);
			m.data.set(rows[i], i * c);
		}
		return m;
	}

	/** A rows×cols matrix with entries drawn i.i.d. from N(0, std²), std default 1, row by row. */
	static randn(rng: Rng, rows: number, cols: number, std = 1): Matrix {
		const m = new Matrix(rows, cols);
		for (let k = 0; k < m.data.length; k++) m.data[k] = rng.normal(0, std);
		return m;
	}

	/** Entry (i, j). No bounds check, for speed in inner loops. */
	get(i: number, j: number): number {
		return this.data[i * this.cols + j];
	}

	/** Sets entry (i, j). No bounds check. */
	set(i: number, j: number, v: number): void {
		this.data[i * this.cols + j] = v;
	}

	/** A copy of row i, length cols. */
	row(i: number): Float64Array {
		return this.data.slice(i * this.cols, (i + 1) * this.cols);
	}

	/** A deep copy. */
	clone(): Matrix {
		return new Matrix(this.rows, this.cols, this.data.slice());
	}

	/** Nested plain arrays, one per row (for JSON, tests and views). */
	toArray(): number[][] {
		const out: number[][] = [];
		for (let i = 0; i < this.rows; i++) out.push(Array.from(this.row(i)));
		return out;
	}
}

/** Aᵀ: (n×m) → (m×n). */
export function transpose(a: Matrix): Matrix {
	const out = new Matrix(a.cols, a.rows);
	for (let i = 0; i < a.rows; i++) {
		for (let j = 0; j < a.cols; j++) out.data[j * a.rows + i] = a.data[i * a.cols + j];
	}
	return out;
}

/** Throws unless `a` is rows×cols; `what` names the call for the message. */
export function assertShape(a: Matrix, rows: number, cols: number, what: string): void {
	if (a.rows !== rows || a.cols !== cols) {
		throw new RangeError(`${what}: expected ${rows}×${cols}, got ${a.rows}×${a.cols}`);
	}
}
