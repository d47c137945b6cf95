import { sigmoid } from './activations';
import { assertShape, Matrix } from './matrix-base';
import { exp, log, log1p } from './math';

/**
 * Losses. Each returns the mean loss over the batch and the gradient of that mean with respect
 * to its first argument, with the same shape as that argument.
 */

/** A loss value and dLoss/dInput. */
export interface LossResult {
	loss: number;
	grad: Matrix;
}

/**
 * Mean squared error over all N = rows·cols entries: L = (1/N) Σ (p − t)², dL/dp = 2 (p − t) / N.
 */
export function mse(pred: Matrix, target: Matrix): LossResult {
	assertShape(target, pred.rows, pred.cols, 'mse');
	const n = pred.data.length;
	const grad = new Matrix(pred.rows, pred.cols);
	let loss = 0;
	for (let k = 0; k < n; k++) {
		const d = pred.data[k] - target.data[k];
		loss += d * d;
		grad.data[k] = (2 * d) / n;
	}
	return { loss: n > 0 ? loss / n : 0, grad };
}

/**
 * Binary cross-entropy on logits x with targets t ∈ [0, 1], mean over all N entries:
 * ℓ = −t log σ(x) − (1 − t) log(1 − σ(x)), computed as max(x, 0) − x t + log(1 + e^(−|x|)),
 * which never exponentiates a large positive number. dℓ/dx = σ(x) − t, so dL/dx = (σ(x) − t) / N.
 */
export function bceWithLogits(logits: Matrix, targets: Matrix): LossResult {
	assertShape(targets, logits.rows, logits.cols, 'bceWithLogits');
	const n = logits.data.length;
	const grad = new Matrix(logits.rows, logits.cols);
	let loss = 0;
	for (let k = 0; k < n; k++) {
		const x = logits.data[k];
		const t = targets.data[k];
		loss += Math.max(x, 0) - x * t + log1p(exp(-Math.abs(x)));
		grad.data[k] = (sigmoid(x) - t) / n;
	}
	return { loss: n > 0 ? loss / n : 0, grad };
}

/**
 * Softmax cross-entropy for logits (n×c) and integer labels (length n), mean over counted rows:
 * ℓᵢ = logΣexp(zᵢ) − zᵢ[yᵢ], dℓᵢ/dzᵢ = softmax(zᵢ) − onehot(yᵢ).
 * A negative label marks a row to ignore (padding): it adds nothing to the loss, gets zero
 * gradient and is not counted in the mean. With no counted rows the loss is 0.
 */
export function softmaxCrossEntropy(logits: Matrix, labels: ArrayLike<number>): LossResult {
	const { rows, cols } = logits;
	if (labels.length !== rows) {
		throw new RangeError(`softmaxCrossEntropy: ${labels.length} labels for ${rows} rows`);
	}
	let counted = 0;
	for (let i = 0; i < rows; i++) {
		const y = labels[i];
		if (y < 0) continue;
		if (!Number.isInteger(y) || y >= cols) {
			throw new RangeError(`softmaxCrossEntropy: label ${y} in row ${i} is not a class index`);
		}
		counted++;
	}

	const grad = new Matrix(rows, cols);
	let loss = 0;
	for (let i = 0; i < rows; i++) {
		const y = labels[i];
		if (y < 0) continue;
		const base = i * cols;
		let max = -Infinity;
		for (let j = 0; j < cols; j++) max = Math.max(max, logits.data[base + j]);
		let s = 0;
		for (let j = 0; j < cols; j++) s += exp(logits.data[base + j] - max);

		loss += max + log(s) - logits.data[base + y];
		for (let j = 0; j < cols; j++) {
			const p = exp(logits.data[base + j] - max) / s;
			grad.data[base + j] = (p - (j === y ? 1 : 0)) / counted;
		}
	}
	return { loss: counted > 0 ? loss / counted : 0, grad };
}

/**
 * Kullback-Leibler divergence (KL 散度) between diagonal Gaussians, KL(N(μ, e^λ) ‖ N(μ₂, e^λ₂)),
 * for μ, λ = logVar of shape n×d, summed over the d dimensions and averaged over the n rows:
 * KL = ½ Σⱼ (λ₂ − λ + (e^λ + (μ − μ₂)²) / e^λ₂ − 1).
 * The second Gaussian defaults to the standard normal prior N(0, I) (μ₂ = 0, λ₂ = 0), the VAE case
 * KL = ½ Σⱼ (e^λ + μ² − 1 − λ). Gradients are for the first Gaussian only:
 * dKL/dμ = (μ − μ₂) / e^λ₂ / n, dKL/dλ = ½ (e^(λ − λ₂) − 1) / n.
 */
export function klDiagGaussians(
	mu: Matrix,
	logVar: Matrix,
	mu2?: Matrix,
	logVar2?: Matrix
): { loss: number; gradMu: Matrix; gradLogVar: Matrix } {
	assertShape(logVar, mu.rows, mu.cols, 'klDiagGaussians logVar');
	if (mu2) assertShape(mu2, mu.rows, mu.cols, 'klDiagGaussians mu2');
	if (logVar2) assertShape(logVar2, mu.rows, mu.cols, 'klDiagGaussians logVar2');

	const n = mu.rows;
	const gradMu = new Matrix(mu.rows, mu.cols);
	const gradLogVar = new Matrix(mu.rows, mu.cols);
	let loss = 0;
	for (let k = 0; k < mu.data.length; k++) {
		const m1 = mu.data[k];
		const l1 = logVar.data[k];
		const m2 = mu2 ? mu2.data[k] : 0;
		const l2 = logVar2 ? logVar2.data[k] : 0;
		const d = m1 - m2;
		const ratio = exp(l1 - l2);
		const invVar2 = exp(-l2);

		loss += 0.5 * (l2 - l1 + ratio + d * d * invVar2 - 1);
		gradMu.data[k] = (d * invVar2) / n;
		gradLogVar.data[k] = (0.5 * (ratio - 1)) / n;
	}
	return { loss: n > 0 ? loss / n : 0, gradMu, gradLogVar };
}
