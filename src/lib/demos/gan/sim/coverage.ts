import { mmd2, type Matrix } from '$lib/core';
import type { Mode } from './data';
import { hypot } from '$lib/core/math';

/**
 * Coverage of the target's modes by a set of generated samples.
 *
 * Each sample goes to its nearest mode centre; it is "high quality" when it also lies inside that
 * mode's disc (3σ for the Gaussian mixtures), the criterion of Srivastava et al. 2017 (VEEGAN,
 * https://arxiv.org/abs/1705.07761, section 5.1) also used by Metz et al. 2017 (Unrolled GANs).
 * A mode is covered when it holds at least a quarter of its fair share N/K of the N samples:
 * 16 of 512 samples for the 8-mode ring. The quarter is our choice, in the spirit of Lin et al.
 * 2018 (PacGAN, https://arxiv.org/abs/1712.04086), who call a ring mode lost with fewer than
 * 20 of 2500 samples; a threshold keeps a few stragglers on the way between modes from counting.
 */

/** The fraction of the fair share N/K a mode must receive to count as covered. */
export const COVER_SHARE = 0.25;

export interface Coverage {
	/** High-quality samples per mode, length K. */
	counts: Int32Array;
	/** Modes holding at least {@link coverThreshold} samples. */
	covered: number;
	/** Fraction of all samples within some mode's disc, in [0, 1]. */
	highQuality: number;
}

/** The sample count that covers a mode: max(1, ⌈COVER_SHARE · N / K⌉). */
export function coverThreshold(n: number, k: number): number {
	return Math.max(1, Math.ceil((COVER_SHARE * n) / k));
}

/** Coverage of the modes by the rows of `samples` (N×2). Non-finite rows count as misses. */
export function coverage(samples: Matrix, modes: Mode[]): Coverage {
	const counts = new Int32Array(modes.length);
	let good = 0;
	const n = samples.rows;
	for (let i = 0; i < n; i++) {
		const x = samples.data[2 * i];
		const y = samples.data[2 * i + 1];
		let best = -1;
		let bestD = Infinity;
		for (let k = 0; k < modes.length; k++) {
			const d = hypot(x - modes[k].x, y - modes[k].y);
			if (d < bestD) {
				bestD = d;
				best = k;
			}
		}
		if (best >= 0 && bestD <= modes[best].r) {
			counts[best]++;
			good++;
		}
	}

	const need = coverThreshold(n, modes.length);
	let covered = 0;
	for (const c of counts) if (c >= need) covered++;
	return { counts, covered, highQuality: n > 0 ? good / n : 0 };
}

/**
 * Kernel width of the MMD, in data units. Fixed rather than the median heuristic, so values are
 * comparable along a run; 0.5 is about a third of the gap between neighbouring ring modes, so
 * the kernel tells a collapsed sample from a spread one.
 */
export const MMD_BANDWIDTH = 0.5;

/** MMD² (unbiased, Gaussian kernel of width {@link MMD_BANDWIDTH}) between fake and real rows. */
export function mmd(fake: Matrix, real: Matrix): number {
	return mmd2(fake, real, MMD_BANDWIDTH);
}
