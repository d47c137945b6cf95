import { exp, tanh } from './math';

/**
 * Scalar activation functions and their derivatives, for layers with hand-written backward passes.
 */

export type ActivationName = 'tanh' | 'relu' | 'leakyRelu' | 'sigmoid' | 'gelu' | 'linear';

/**
 * An activation y = f(x) with its derivative. `df(x, y)` receives both the pre-activation x and
 * the output y = f(x), so tanh and sigmoid can reuse y instead of recomputing exponentials.
 */
export interface Activation {
	name: ActivationName;
	f(x: number): number;
	df(x: number, y: number): number;
}

/**
 * Negative slope of leaky ReLU. 0.2 is the value used throughout the GAN literature, following
 * DCGAN (Radford, Metz & Chintala 2016, https://arxiv.org/abs/1511.06434).
 */
export const LEAKY_SLOPE = 0.2;

/** √(2/π), the scale inside the tanh approximation of GELU. */
const GELU_C = Math.sqrt(2 / Math.PI);
/** Cubic coefficient of the GELU approximation (Hendrycks & Gimpel 2016, section 2). */
const GELU_A = 0.044715;

/**
 * Logistic sigmoid σ(x) = 1 / (1 + e^(−x)). For x < 0 it is evaluated as e^x / (1 + e^x), so no
 * branch ever computes exp of a large positive number: finite, and exactly 0 or 1 only in the limit.
 */
export function sigmoid(x: number): number {
	if (x >= 0) return 1 / (1 + exp(-x));
	const e = exp(x);
	return e / (1 + e);
}

function geluTanh(x: number): number {
	return 0.5 * x * (1 + tanh(GELU_C * (x + GELU_A * x * x * x)));
}

function geluTanhGrad(x: number): number {
	const t = tanh(GELU_C * (x + GELU_A * x * x * x));
	return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * GELU_C * (1 + 3 * GELU_A * x * x);
}

const ACTIVATIONS: Record<ActivationName, Activation> = {
	tanh: { name: 'tanh', f: tanh, df: (_x, y) => 1 - y * y },
	relu: { name: 'relu', f: (x) => (x > 0 ? x : 0), df: (x) => (x > 0 ? 1 : 0) },
	leakyRelu: {
		name: 'leakyRelu',
		f: (x) => (x > 0 ? x : LEAKY_SLOPE * x),
		df: (x) => (x > 0 ? 1 : LEAKY_SLOPE)
	},
	sigmoid: { name: 'sigmoid', f: sigmoid, df: (_x, y) => y * (1 - y) },
	gelu: { name: 'gelu', f: geluTanh, df: (x) => geluTanhGrad(x) },
	linear: { name: 'linear', f: (x) => x, df: () => 1 }
};

/**
 * Looks up an activation by name:
 * - tanh: y = tanh x, y' = 1 − y².
 * - relu: y = max(0, x), y' = [x > 0] (0 at the kink).
 * - leakyRelu: y = x for x > 0, else 0.2·x ({@link LEAKY_SLOPE}); y' = 1 or 0.2.
 * - sigmoid: y = σ(x), y' = y (1 − y).
 * - gelu: the tanh approximation of Hendrycks & Gimpel 2016 (https://arxiv.org/abs/1606.08415),
 *   y = ½ x (1 + tanh(√(2/π) (x + 0.044715 x³))), not the exact x Φ(x).
 * - linear: y = x, y' = 1.
 */
export function activation(name: ActivationName): Activation {
	const a = ACTIVATIONS[name];
	if (!a) throw new RangeError(`activation: unknown name '${name}'`);
	return a;
}
