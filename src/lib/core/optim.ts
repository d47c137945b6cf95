import type { Param } from './params';
import { powInt } from './math';

/**
 * Optimisers. Each keeps its per-parameter state by position in the `params` list, so always
 * pass the same list in the same order. State is created on the first `step`.
 */

/** A first-order optimiser with serialisable state (for timeline checkpoints). */
export interface Optimizer {
	/** Updates every `value` in place from its `grad`; does not zero the gradients. */
	step(params: Param[]): void;
	/** A plain JSON-serialisable copy of the per-parameter state. */
	getState(): unknown;
	/** Restores a state from `getState`; the next `step` then repeats exactly. */
	setState(s: unknown): void;
	/** An independent copy with the same hyperparameters and state. */
	clone(): Optimizer;
	/** The learning rate; settable, for schedules such as cosine decay. */
	lr: number;
}

/**
 * One heavy-ball SGD step on one tensor, in place: v ← μ v + g, then p ← p − lr · v.
 * With μ = 0 this is plain gradient descent.
 */
export function sgdUpdate(
	p: Float64Array,
	g: Float64Array,
	v: Float64Array,
	lr: number,
	momentum: number
): void {
	for (let i = 0; i < p.length; i++) {
		v[i] = momentum * v[i] + g[i];
		p[i] -= lr * v[i];
	}
}

/**
 * One Adam step on one tensor, in place (Kingma & Ba 2015, https://arxiv.org/abs/1412.6980,
 * Algorithm 1), with t the step count starting at 1:
 * m ← β₁ m + (1 − β₁) g, v ← β₂ v + (1 − β₂) g², m̂ = m / (1 − β₁ᵗ), v̂ = v / (1 − β₂ᵗ),
 * p ← p − lr · m̂ / (√v̂ + ε). On the first step m̂ = g and v̂ = g², so every entry moves by about
 * lr whatever the scale of its gradient, as long as |g| ≫ ε.
 */
export function adamUpdate(
	p: Float64Array,
	g: Float64Array,
	m: Float64Array,
	v: Float64Array,
	t: number,
	lr: number,
	beta1: number,
	beta2: number,
	eps: number
): void {
	const c1 = 1 - powInt(beta1, t);
	const c2 = 1 - powInt(beta2, t);
	for (let i = 0; i < p.length; i++) {
		m[i] = beta1 * m[i] + (1 - beta1) * g[i];
		v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
		p[i] -= (lr * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + eps);
	}
}

function ensureSlots(slots: Float64Array[], params: Param[], who: string): void {
	if (slots.length === 0) {
		for (const p of params) slots.push(new Float64Array(p.value.length));
		return;
	}
	if (slots.length !== params.length || slots.some((s, i) => s.length !== params[i].value.length)) {
		throw new RangeError(`${who}: the parameter list changed shape since the first step`);
	}
}

function toArrays(slots: Float64Array[]): number[][] {
	return slots.map((s) => Array.from(s));
}

function fromArrays(arrays: unknown, who: string): Float64Array[] {
	if (!Array.isArray(arrays)) throw new TypeError(`${who}.setState: expected arrays of numbers`);
	return arrays.map((a) => Float64Array.from(a as number[]));
}

/** Serialisable SGD state: one velocity array per parameter. */
export interface SGDState {
	v: number[][];
}

/** Stochastic gradient descent with heavy-ball momentum (default μ = 0); see {@link sgdUpdate}. */
export class SGD implements Optimizer {
	lr: number;
	readonly momentum: number;
	private v: Float64Array[] = [];

	constructor(opts: { lr: number; momentum?: number }) {
		this.lr = opts.lr;
		this.momentum = opts.momentum ?? 0;
	}

	step(params: Param[]): void {
		ensureSlots(this.v, params, 'SGD');
		params.forEach((p, i) => sgdUpdate(p.value, p.grad, this.v[i], this.lr, this.momentum));
	}

	getState(): SGDState {
		return { v: toArrays(this.v) };
	}

	setState(s: unknown): void {
		this.v = fromArrays((s as SGDState | null)?.v, 'SGD');
	}

	clone(): SGD {
		const c = new SGD({ lr: this.lr, momentum: this.momentum });
		c.setState(this.getState());
		return c;
	}
}

/** Serialisable Adam state: the step count and the two moment arrays per parameter. */
export interface AdamState {
	t: number;
	m: number[][];
	v: number[][];
}

/** Adam with bias correction; defaults β₁ = 0.9, β₂ = 0.999, ε = 1e-8 (the paper's). */
export class Adam implements Optimizer {
	lr: number;
	readonly beta1: number;
	readonly beta2: number;
	readonly eps: number;
	private t = 0;
	private m: Float64Array[] = [];
	private v: Float64Array[] = [];

	constructor(opts: { lr: number; beta1?: number; beta2?: number; eps?: number }) {
		this.lr = opts.lr;
		this.beta1 = opts.beta1 ?? 0.9;
		this.beta2 = opts.beta2 ?? 0.999;
		this.eps = opts.eps ?? 1e-8;
	}

	step(params: Param[]): void {
		ensureSlots(this.m, params, 'Adam');
		ensureSlots(this.v, params, 'Adam');
		this.t++;
		const { t, lr, beta1, beta2, eps } = this;
		params.forEach((p, i) =>
			adamUpdate(p.value, p.grad, this.m[i], this.v[i], t, lr, beta1, beta2, eps)
		);
	}

	getState(): AdamState {
		return { t: this.t, m: toArrays(this.m), v: toArrays(this.v) };
	}

	setState(s: unknown): void {
		const st = s as AdamState;
		if (typeof st?.t !== 'number') throw new TypeError('Adam.setState: missing step count t');
		this.t = st.t;
		this.m = fromArrays(st.m, 'Adam');
		this.v = fromArrays(st.v, 'Adam');
	}

	clone(): Adam {
		const c = new Adam({ lr: this.lr, beta1: this.beta1, beta2: this.beta2, eps: this.eps });
		c.setState(this.getState());
		return c;
	}
}
