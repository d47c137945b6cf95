import { Matrix, type MLP } from '$lib/core';
import type { Observation } from '$lib/timeline/types';
import { coverThreshold } from './coverage';
import type { Mode } from './data';
import { fieldIsProbability, fieldValue, generatorLoss, type LossName } from './losses';
import { EXTENT } from './points-codec';
import { firstRows, type Divergence, type Evaluation, type GanState, type Phase } from './train';

/**
 * What the views draw, computed from a state without changing it (networks are cloned before
 * any forward or backward pass, so their caches and gradients stay as they were).
 */

/** Cells per side of the discriminator's field. */
export const FIELD_N = 48;
/** Lines per direction of the noise grid (2D noise), and points per line. */
export const MANIFOLD_LINES = 9;
export const MANIFOLD_POINTS = 41;

/** D's output on an n×n grid of cell centres over [−EXTENT, EXTENT]², row 0 at y = −EXTENT. */
export interface Field {
	n: number;
	extent: number;
	values: Float64Array;
	min: number;
	max: number;
	/** σ(a), a probability in [0, 1]; else a raw score. */
	probability: boolean;
}

export interface GanObservation extends Observation {
	phase: Phase;
	iteration: number;
	iterations: number;
	/** The real batch, flat xy (batch×2). */
	real: Float64Array;
	/** The fake batch as the generator now makes it, flat xy. */
	fake: Float64Array;
	/** At the generator update: the fake batch before the update (the arrows start here). */
	fakeBefore: Float64Array | null;
	/** The noise batch behind the fakes, flat (batch×noiseDim). */
	z: Float64Array;
	/**
	 * Per-sample gradient ∂ℓ_G/∂x at each arrow start (N·∂L_G/∂x, L_G being a batch mean); the
	 * generator moves its points along −gradient.
	 */
	gradient: Float64Array;
	field: Field;
	/** At the discriminator update: the field just before it. */
	fieldBefore: Field | null;
	/** The noise grid carried through G: polylines, each flat xy. */
	manifold: Float64Array[];
	modes: Mode[];
	eval: Evaluation;
	/** Samples a mode needs (of the evaluation batch) to count as covered. */
	coverThreshold: number;
	lossD: number;
	lossG: number;
	divergence: Divergence | null;
	/** The learning rates, for the advice a diverged run gives. */
	lr: { g: number; d: number };
}

/** Evaluates D on the field grid. */
export function computeField(D: MLP, loss: LossName, n = FIELD_N, extent = EXTENT): Field {
	const grid = new Matrix(n * n, 2);
	const step = (2 * extent) / n;
	for (let i = 0; i < n; i++) {
		for (let j = 0; j < n; j++) {
			grid.data[2 * (i * n + j)] = -extent + (j + 0.5) * step;
			grid.data[2 * (i * n + j) + 1] = -extent + (i + 0.5) * step;
		}
	}
	const out = D.clone().forward(grid);
	const values = new Float64Array(n * n);
	let min = Infinity;
	let max = -Infinity;
	for (let k = 0; k < values.length; k++) {
		values[k] = fieldValue(loss, out.data[k]);
		min = Math.min(min, values[k]);
		max = Math.max(max, values[k]);
	}
	return { n, extent, values, min, max, probability: fieldIsProbability(loss) };
}

/** Per-sample ∂ℓ_G/∂x at the points x (m×2) under D. */
export function generatorGradient(D: MLP, loss: LossName, x: Matrix): Float64Array {
	const d = D.clone();
	const L = generatorLoss(loss, d.forward(x));
	const dX = d.backward(L.grad);
	const out = dX.data.slice();
	for (let k = 0; k < out.length; k++) out[k] *= x.rows;
	return out;
}

/** The noise grid (lines of constant z₁ and of constant z₂, or one line for 1D noise) through G. */
export function computeManifold(G: MLP, noiseDim: number, range: number): Float64Array[] {
	const g = G.clone();
	const t = (k: number, n: number) => -range + (2 * range * k) / (n - 1);
	const lines: Matrix[] = [];
	if (noiseDim === 1) {
		const z = new Matrix(4 * MANIFOLD_POINTS, 1);
		for (let k = 0; k < z.rows; k++) z.data[k] = t(k, z.rows);
		lines.push(z);
	} else {
		for (let a = 0; a < MANIFOLD_LINES; a++) {
			for (const dir of [0, 1]) {
				const z = new Matrix(MANIFOLD_POINTS, 2);
				for (let k = 0; k < MANIFOLD_POINTS; k++) {
					z.data[2 * k + dir] = t(k, MANIFOLD_POINTS);
					z.data[2 * k + 1 - dir] = t(a, MANIFOLD_LINES);
				}
				lines.push(z);
			}
		}
	}
	return lines.map((z) => g.forward(z).data.slice());
}

/** The observation of a state (see {@link GanObservation}). */
export function observeState(s: GanState, frame: number): GanObservation {
	const { p } = s;
	const z = s.z ?? firstRows(s.evalZ, p.batch);
	const real = s.real ?? firstRows(s.evalReal, p.batch);
	const fake = s.G.clone().forward(z);
	const atG = s.phase === 'updateG' && s.fake !== null;
	const arrowsFrom = atG ? (s.fake as Matrix) : fake;
	const gradient =
		atG && s.gradFake
			? s.gradFake.data.map((v) => v * p.batch)
			: generatorGradient(s.D, p.loss, arrowsFrom);

	return {
		frame,
		phase: s.phase,
		metrics: stateMetrics(s),
		halted: s.halted ? { reason: haltReason(s.halted) } : undefined,
		iteration: s.iteration,
		iterations: p.iterations,
		real: real.data,
		fake: fake.data,
		fakeBefore: atG ? arrowsFrom.data : null,
		z: z.data,
		gradient,
		field: computeField(s.D, p.loss),
		fieldBefore: s.phase === 'updateD' && s.dBefore ? computeField(s.dBefore, p.loss) : null,
		manifold: computeManifold(s.G, p.noiseDim, p.noise === 'uniform' ? 1 : 2),
		modes: s.data.modes,
		eval: s.eval,
		coverThreshold: coverThreshold(s.evalZ.rows, s.data.modes.length),
		lossD: s.lossD,
		lossG: s.lossG,
		divergence: s.halted,
		lr: { g: p.gLr, d: p.dLr }
	};
}

/** The cheap per-frame numbers (the embed's `metrics`). */
export function stateMetrics(s: GanState): Record<string, number> {
	return {
		lossD: s.lossD,
		lossG: s.lossG,
		modesCovered: s.eval.modesCovered,
		highQuality: s.eval.highQuality,
		mmd: s.eval.mmd
	};
}

/** A language-neutral line for the shell's halt notice; the explanation gives the words. */
export function haltReason(d: Divergence): string {
	const what = { lossD: 'L_D', lossG: 'L_G', weightsD: 'θ_D', weightsG: 'θ_G' }[d.what];
	return `${what} → NaN/∞ (t = ${d.iteration})`;
}
