import { Matrix, cos, pow, sin, type Param, type Rng } from '../../../core';

/**
 * A token embedding table and the sinusoidal positional encoding (位置编码) of Vaswani et al.
 * 2017 (https://arxiv.org/abs/1706.03762, section 3.5).
 */

/**
 * Sinusoidal positions, n×d: PE[p][2i] = sin(p / 10000^(2i/d)), PE[p][2i+1] = cos(p / 10000^(2i/d)).
 * 10000 is the paper's base; each pair of columns is one frequency, from one cycle per 2π tokens
 * down to one per 10000·2π.
 */
export function sinusoidalPositions(n: number, d: number): Matrix {
	const pe = new Matrix(n, d);
	for (let p = 0; p < n; p++) {
		for (let c = 0; c < d; c++) {
			const i2 = c - (c % 2);
			const angle = p / pow(10000, i2 / d);
			pe.data[p * d + c] = c % 2 === 0 ? sin(angle) : cos(angle);
		}
	}
	return pe;
}

/**
 * A lookup table E (vocab×d): forward(ids) gives the rows E[ids[t]] as an n×d matrix.
 * Backward adds each row of dX into the row of E it was read from, dE[ids[t]] += dX[t].
 * Entries start i.i.d. N(0, std²), std default 1.
 */
export class Embedding {
	readonly name: string;
	E: Matrix;
	dE: Matrix;
	private ids: number[] | null = null;

	constructor(vocab: number, d: number, rng: Rng, name = 'embed', std = 1) {
		this.name = name;
		this.E = Matrix.randn(rng, vocab, d, std);
		this.dE = new Matrix(vocab, d);
	}

	get dim(): number {
		return this.E.cols;
	}

	/** The n×d matrix of rows E[ids[0]], …, E[ids[n−1]]; caches ids for `backward`. */
	forward(ids: readonly number[]): Matrix {
		const d = this.dim;
		const out = new Matrix(ids.length, d);
		ids.forEach((id, t) => {
			if (!Number.isInteger(id) || id < 0 || id >= this.E.rows) {
				throw new RangeError(`${this.name}: token id ${id} outside 0..${this.E.rows - 1}`);
			}
			out.data.set(this.E.data.subarray(id * d, (id + 1) * d), t * d);
		});
		this.ids = [...ids];
		return out;
	}

	/** Adds dL/dX (n×d) into the rows of dE that the last forward read. */
	backward(dX: Matrix): void {
		if (!this.ids) throw new Error(`${this.name}.backward: call forward first`);
		const d = this.dim;
		this.ids.forEach((id, t) => {
			for (let c = 0; c < d; c++) this.dE.data[id * d + c] += dX.data[t * d + c];
		});
	}

	params(): Param[] {
		return [{ name: `${this.name}.E`, value: this.E.data, grad: this.dE.data }];
	}
}
