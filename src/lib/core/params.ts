/**
 * Trainable parameters as flat views. A layer hands out its weights and their gradients as
 * `Float64Array`s that share storage with its matrices, so an optimiser writing into `value`
 * updates the layer in place, and the layer's backward pass writing into `grad` is what the
 * optimiser reads.
 */

/** One trainable tensor: its name (e.g. 'gen.0.W'), its values and the gradient of the loss. */
export interface Param {
	name: string;
	value: Float64Array;
	grad: Float64Array;
}

/** Sets every gradient to zero; call before a backward pass, since layers accumulate. */
export function zeroGrad(params: Param[]): void {
	for (const p of params) p.grad.fill(0);
}

/** Total number of scalars across the parameters. */
export function paramCount(params: Param[]): number {
	let n = 0;
	for (const p of params) n += p.value.length;
	return n;
}

/** The Euclidean norm of all gradients taken together, √(Σ g²), e.g. to watch for divergence. */
export function gradNorm(params: Param[]): number {
	let s = 0;
	for (const p of params) for (let i = 0; i < p.grad.length; i++) s += p.grad[i] * p.grad[i];
	return Math.sqrt(s);
}
