import {
	Matrix,
	assertShape,
	matmul,
	matmulAT,
	matmulBT,
	rowSoftmax,
	scale as scaleMatrix
} from './matrix';
import type { Param } from './params';
import type { Rng } from './random';

/**
 * Scaled dot-product attention and a multi-head attention layer with a hand-written backward
 * pass (Vaswani et al. 2017, https://arxiv.org/abs/1706.03762, section 3.2).
 *
 * A mask is a `keep` array of nq·nk bytes, row-major like the score matrix: keep[i·nk + j] = 1
 * lets query i see key j, 0 hides it (its score becomes −∞ before the softmax, so its weight is
 * exactly 0). `null` keeps everything.
 *
 * Limitations: the projections have no bias terms (a key bias cancels in the softmax anyway);
 * there is no dropout. Both are deliberate, to keep every number on screen traceable.
 */

/** Every intermediate matrix of one head for one forward pass. */
export interface HeadTrace {
	/** Queries, nq×dk. */
	Q: Matrix;
	/** Keys, nk×dk. */
	K: Matrix;
	/** Values, nk×dv. */
	V: Matrix;
	/** Raw scores Q Kᵀ, nq×nk. */
	scores: Matrix;
	/** Scores divided by √dk, nq×nk. */
	scaled: Matrix;
	/** Scaled scores with hidden entries set to −∞, nq×nk. */
	masked: Matrix;
	/** Row softmax of the masked scores, nq×nk; each row sums to 1 (0 if fully masked). */
	weights: Matrix;
	/** The weighted sum of values, weights · V, nq×dv. */
	out: Matrix;
}

/** A causal mask for n tokens: query i keeps keys j ≤ i. */
export function causalMask(n: number): Uint8Array {
	const keep = new Uint8Array(n * n);
	for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) keep[i * n + j] = 1;
	return keep;
}

/** The entry-wise AND of two masks of the same size; `null` stands for "keep all". */
export function combineMasks(a: Uint8Array | null, b: Uint8Array | null): Uint8Array | null {
	if (!a) return b;
	if (!b) return a;
	if (a.length !== b.length) throw new RangeError('combineMasks: masks differ in size');
	const out = new Uint8Array(a.length);
	for (let k = 0; k < a.length; k++) out[k] = a[k] & b[k];
	return out;
}

/**
 * Scaled dot-product attention for one head: Q (nq×dk), K (nk×dk), V (nk×dv) give
 * S = Q Kᵀ, S' = S / √dk, S'' = S' with hidden entries at −∞, A = rowSoftmax(S''), out = A V.
 * Returns every intermediate (see {@link HeadTrace}).
 */
export function scaledDotProductAttention(
	Q: Matrix,
	K: Matrix,
	V: Matrix,
	keep: Uint8Array | null = null
): HeadTrace {
	if (Q.cols !== K.cols) throw new RangeError(`attention: Q has dk=${Q.cols}, K has ${K.cols}`);
	if (K.rows !== V.rows) throw new RangeError(`attention: ${K.rows} keys but ${V.rows} values`);
	const nq = Q.rows;
	const nk = K.rows;
	if (keep && keep.length !== nq * nk) {
		throw new RangeError(`attention: mask has ${keep.length} entries, expected ${nq * nk}`);
	}

	const scores = matmulBT(Q, K);
	const s = 1 / Math.sqrt(Q.cols);
	const scaled = new Matrix(nq, nk);
	const masked = new Matrix(nq, nk);
	for (let k = 0; k < scores.data.length; k++) {
		scaled.data[k] = scores.data[k] * s;
		masked.data[k] = !keep || keep[k] ? scaled.data[k] : -Infinity;
	}

	const weights = rowSoftmax(masked);
	const out = matmul(weights, V);
	return { Q, K, V, scores, scaled, masked, weights, out };
}

/**
 * The backward pass of {@link scaledDotProductAttention}, given dL/dout (nq×dv):
 * dV = Aᵀ dOut, dA = dOut Vᵀ, dS'' = A ⊙ (dA − rowsum(dA ⊙ A)) (the softmax Jacobian),
 * dS = dS'' / √dk (hidden entries have A = 0, so they get no gradient),
 * dQ = dS K, dK = dSᵀ Q.
 */
export function scaledDotProductAttentionBackward(
	trace: HeadTrace,
	dOut: Matrix
): { dQ: Matrix; dK: Matrix; dV: Matrix } {
	const { Q, K, V, weights: A } = trace;
	assertShape(dOut, A.rows, V.cols, 'attention backward');

	const dV = matmulAT(A, dOut);
	const dA = matmulBT(dOut, V);
	const s = 1 / Math.sqrt(Q.cols);
	const dS = new Matrix(A.rows, A.cols);
	for (let i = 0; i < A.rows; i++) {
		const base = i * A.cols;
		let dot = 0;
		for (let j = 0; j < A.cols; j++) dot += dA.data[base + j] * A.data[base + j];
		for (let j = 0; j < A.cols; j++) {
			dS.data[base + j] = A.data[base + j] * (dA.data[base + j] - dot) * s;
		}
	}

	return { dQ: matmul(dS, K), dK: matmulAT(dS, Q), dV };
}

/** Columns [start, start + width) of M as a new matrix. */
export function sliceCols(m: Matrix, start: number, width: number): Matrix {
	const out = new Matrix(m.rows, width);
	for (let i = 0; i < m.rows; i++) {
		out.data.set(m.data.subarray(i * m.cols + start, i * m.cols + start + width), i * width);
	}
	return out;
}

/** Writes `part` (rows×width) into columns [start, start + width) of `into`. */
export function setCols(into: Matrix, part: Matrix, start: number): void {
	for (let i = 0; i < part.rows; i++) {
		into.data.set(part.data.subarray(i * part.cols, (i + 1) * part.cols), i * into.cols + start);
	}
}

function addInto(acc: Matrix, g: Matrix): void {
	for (let k = 0; k < acc.data.length; k++) acc.data[k] += g.data[k];
}

/** Everything one forward pass of a {@link MultiHeadAttention} computed. */
export interface AttentionTrace {
	/** The query-side input, nq×dModel. */
	xq: Matrix;
	/** The key/value-side input, nk×dModel (the same matrix for self-attention). */
	xkv: Matrix;
	heads: HeadTrace[];
	/** The heads' outputs side by side, nq×(h·dv). */
	concat: Matrix;
	/** concat · Wo, nq×dModel. */
	output: Matrix;
	/** The per-head gates of this pass, or null (all 1). */
	gates: number[] | null;
}

/**
 * Multi-head attention, MultiHead(Xq, Xkv) = Concat(head₁ … head_h) Wo with
 * head_i = Attention(Xq Wq_i, Xkv Wk_i, Xkv Wv_i).
 *
 * Shapes: Wq, Wk, Wv are dModel×(h·dk) (head i owns columns i·dk … (i+1)·dk − 1), Wo is
 * (h·dk)×dModel. Self-attention passes the same matrix as Xq and Xkv; cross-attention passes the
 * decoder states as Xq and the encoder outputs as Xkv.
 * Weights start uniform in ±√(6 / (fanIn + fanOut)) (Glorot), drawn Wq, Wk, Wv, Wo in order.
 *
 * Backward, with dConcat = dY Woᵀ split into per-head dOut_i and {@link
 * scaledDotProductAttentionBackward} giving dQ_i, dK_i, dV_i:
 * dWo += concatᵀ dY, dWq += Xqᵀ dQ, dWk += Xkvᵀ dK, dWv += Xkvᵀ dV,
 * dXq = dQ Wqᵀ, dXkv = dK Wkᵀ + dV Wvᵀ. Gradients accumulate; zero them between steps.
 */
export class MultiHeadAttention {
	readonly dModel: number;
	readonly nHeads: number;
	readonly dHead: number;
	readonly name: string;
	Wq: Matrix;
	Wk: Matrix;
	Wv: Matrix;
	Wo: Matrix;
	dWq: Matrix;
	dWk: Matrix;
	dWv: Matrix;
	dWo: Matrix;
	private last: AttentionTrace | null = null;

	constructor(dModel: number, nHeads: number, rng: Rng, name = 'attn', dHead?: number) {
		const dh = dHead ?? dModel / nHeads;
		if (!Number.isInteger(dh) || dh < 1) {
			throw new RangeError(
				`MultiHeadAttention: dModel ${dModel} does not split into ${nHeads} heads`
			);
		}
		this.dModel = dModel;
		this.nHeads = nHeads;
		this.dHead = dh;
		this.name = name;
		const inner = nHeads * dh;
		const bound = Math.sqrt(6 / (dModel + inner));
		const init = (r: number, c: number) => {
			const m = new Matrix(r, c);
			for (let k = 0; k < m.data.length; k++) m.data[k] = rng.uniform(-bound, bound);
			return m;
		};
		this.Wq = init(dModel, inner);
		this.Wk = init(dModel, inner);
		this.Wv = init(dModel, inner);
		this.Wo = init(inner, dModel);
		this.dWq = new Matrix(dModel, inner);
		this.dWk = new Matrix(dModel, inner);
		this.dWv = new Matrix(dModel, inner);
		this.dWo = new Matrix(inner, dModel);
	}

	/**
	 * Y = MultiHead(Xq, Xkv) for Xq (nq×dModel) and Xkv (nk×dModel, default Xq) under an
	 * optional nq·nk keep mask; caches the trace for `backward` (see {@link trace}).
	 * `gates`, one number per head, multiplies each head's output before the concatenation
	 * (DropHead, Zhou et al. 2020, https://arxiv.org/abs/2004.13342, passes 0 for a dropped head
	 * and 1/(1 − p) for a kept one); null means all 1.
	 */
	forward(
		xq: Matrix,
		xkv: Matrix = xq,
		keep: Uint8Array | null = null,
		gates: ArrayLike<number> | null = null
	): Matrix {
		if (gates && gates.length !== this.nHeads) {
			throw new RangeError(`${this.name}.forward: ${gates.length} gates for ${this.nHeads} heads`);
		}
		if (xq.cols !== this.dModel || xkv.cols !== this.dModel) {
			throw new RangeError(`${this.name}.forward: inputs must have ${this.dModel} columns`);
		}
		const Qall = matmul(xq, this.Wq);
		const Kall = matmul(xkv, this.Wk);
		const Vall = matmul(xkv, this.Wv);
		const dh = this.dHead;

		const heads: HeadTrace[] = [];
		const concat = new Matrix(xq.rows, this.nHeads * dh);
		for (let h = 0; h < this.nHeads; h++) {
			const head = scaledDotProductAttention(
				sliceCols(Qall, h * dh, dh),
				sliceCols(Kall, h * dh, dh),
				sliceCols(Vall, h * dh, dh),
				keep
			);
			setCols(concat, gates ? scaleMatrix(head.out, gates[h]) : head.out, h * dh);
			heads.push(head);
		}

		const output = matmul(concat, this.Wo);
		this.last = { xq, xkv, heads, concat, output, gates: gates ? Array.from(gates) : null };
		return output;
	}

	/** The trace of the last forward pass. */
	get trace(): AttentionTrace {
		if (!this.last) throw new Error(`${this.name}: no forward pass yet`);
		return this.last;
	}

	/** Given dL/dY (nq×dModel), accumulates weight gradients and returns dL/dXq and dL/dXkv. */
	backward(dY: Matrix): { dXq: Matrix; dXkv: Matrix } {
		const { xq, xkv, heads, concat, gates } = this.trace;
		assertShape(dY, xq.rows, this.dModel, `${this.name}.backward`);
		const dh = this.dHead;

		addInto(this.dWo, matmulAT(concat, dY));
		const dConcat = matmulBT(dY, this.Wo);

		const dQ = new Matrix(xq.rows, this.nHeads * dh);
		const dK = new Matrix(xkv.rows, this.nHeads * dh);
		const dV = new Matrix(xkv.rows, this.nHeads * dh);
		for (let h = 0; h < this.nHeads; h++) {
			const dOut = sliceCols(dConcat, h * dh, dh);
			const g = scaledDotProductAttentionBackward(
				heads[h],
				gates ? scaleMatrix(dOut, gates[h]) : dOut
			);
			setCols(dQ, g.dQ, h * dh);
			setCols(dK, g.dK, h * dh);
			setCols(dV, g.dV, h * dh);
		}

		addInto(this.dWq, matmulAT(xq, dQ));
		addInto(this.dWk, matmulAT(xkv, dK));
		addInto(this.dWv, matmulAT(xkv, dV));
		const dXq = matmulBT(dQ, this.Wq);
		const dXkv = matmulBT(dK, this.Wk);
		addInto(dXkv, matmulBT(dV, this.Wv));
		return { dXq, dXkv };
	}

	/** [Wq, Wk, Wv, Wo] as {@link Param} views sharing storage with the matrices. */
	params(): Param[] {
		return [
			{ name: `${this.name}.Wq`, value: this.Wq.data, grad: this.dWq.data },
			{ name: `${this.name}.Wk`, value: this.Wk.data, grad: this.dWk.data },
			{ name: `${this.name}.Wv`, value: this.Wv.data, grad: this.dWv.data },
			{ name: `${this.name}.Wo`, value: this.Wo.data, grad: this.dWo.data }
		];
	}
}
