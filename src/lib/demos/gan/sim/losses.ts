import { bceWithLogits, Matrix, mse, sigmoid, type LossResult } from '$lib/core';

/**
 * The four GAN objectives, on the discriminator's raw outputs a = D(x) (n×1 matrices). Each
 * returns batch means and their gradients with respect to a; the trainer carries the generator's
 * gradient through D to the fake points with D's backward pass.
 *
 * - minimax (Goodfellow et al. 2014, https://arxiv.org/abs/1406.2661, eq. 1):
 *   L_D = −mean log σ(a_r) − mean log(1 − σ(a_f)), L_G = mean log(1 − σ(a_f)).
 * - nonSaturating (same paper, section 3): same L_D, L_G = −mean log σ(a_f).
 * - leastSquares (Mao et al. 2017, LSGAN, https://arxiv.org/abs/1611.04076, eq. 2 with
 *   a = 0, b = c = 1): L_D = ½ mean (a_r − 1)² + ½ mean a_f², L_G = ½ mean (a_f − 1)².
 * - wasserstein (Arjovsky, Chintala & Bottou 2017, https://arxiv.org/abs/1701.07875,
 *   Algorithm 1): L_D = mean a_f − mean a_r, L_G = −mean a_f; the critic's weights are clipped
 *   to [−c, c] after each of its steps (done by the trainer).
 */
export type LossName = 'minimax' | 'nonSaturating' | 'leastSquares' | 'wasserstein';

export const LOSS_NAMES: readonly LossName[] = [
	'minimax',
	'nonSaturating',
	'leastSquares',
	'wasserstein'
];

/** The discriminator's loss and its gradients with respect to a_r and a_f. */
export interface DiscriminatorLoss {
	loss: number;
	gradReal: Matrix;
	gradFake: Matrix;
}

function filled(like: Matrix, v: number): Matrix {
	return new Matrix(like.rows, like.cols, new Float64Array(like.data.length).fill(v));
}

function scaled(r: LossResult, s: number): LossResult {
	for (let k = 0; k < r.grad.data.length; k++) r.grad.data[k] *= s;
	return { loss: r.loss * s, grad: r.grad };
}

/** L_D for a real batch's outputs aReal (n×1) and a fake batch's aFake (m×1). */
export function discriminatorLoss(name: LossName, aReal: Matrix, aFake: Matrix): DiscriminatorLoss {
	switch (name) {
		case 'minimax':
		case 'nonSaturating': {
			const r = bceWithLogits(aReal, filled(aReal, 1));
			const f = bceWithLogits(aFake, filled(aFake, 0));
			return { loss: r.loss + f.loss, gradReal: r.grad, gradFake: f.grad };
		}
		case 'leastSquares': {
			const r = scaled(mse(aReal, filled(aReal, 1)), 0.5);
			const f = scaled(mse(aFake, filled(aFake, 0)), 0.5);
			return { loss: r.loss + f.loss, gradReal: r.grad, gradFake: f.grad };
		}
		case 'wasserstein': {
			const n = aReal.data.length;
			const m = aFake.data.length;
			let sr = 0;
			let sf = 0;
			for (const v of aReal.data) sr += v;
			for (const v of aFake.data) sf += v;
			return {
				loss: sf / m - sr / n,
				gradReal: filled(aReal, -1 / n),
				gradFake: filled(aFake, 1 / m)
			};
		}
	}
}

/** L_G for the fake batch's outputs aFake (m×1), with dL_G/da_f. */
export function generatorLoss(name: LossName, aFake: Matrix): LossResult {
	switch (name) {
		case 'minimax':
			// log(1 − σ(a)) = −BCE(a, 0): the generator descends on minus the fake half of L_D.
			return scaled(bceWithLogits(aFake, filled(aFake, 0)), -1);
		case 'nonSaturating':
			return bceWithLogits(aFake, filled(aFake, 1));
		case 'leastSquares':
			return scaled(mse(aFake, filled(aFake, 1)), 0.5);
		case 'wasserstein': {
			const m = aFake.data.length;
			let sf = 0;
			for (const v of aFake.data) sf += v;
			return { loss: -sf / m, grad: filled(aFake, -1 / m) };
		}
	}
}

/**
 * What the heat map shows for an output a: the probability σ(a) that x is real for the two
 * cross-entropy losses, the raw output for least squares (trained towards 1 on real, 0 on fake)
 * and the critic's score for WGAN.
 */
export function fieldValue(name: LossName, a: number): number {
	return name === 'minimax' || name === 'nonSaturating' ? sigmoid(a) : a;
}

/** Whether the field is a probability in [0, 1] (else an unbounded score). */
export function fieldIsProbability(name: LossName): boolean {
	return name === 'minimax' || name === 'nonSaturating';
}
