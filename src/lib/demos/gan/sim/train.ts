import { Matrix, Rng, type MLP, type Optimizer } from '$lib/core';
import { coverage, mmd } from './coverage';
import { makeDataset, type Dataset } from './data';
import { discriminatorLoss, generatorLoss } from './losses';
import { makeDiscriminator, makeGenerator, makeOptimizer, type GanParams } from './params';

/**
 * One GAN training iteration, split into the four sub-steps a detailed run shows as frames:
 * sample a real batch, sample noise and generate a fake batch, update D (dSteps times), update G.
 * A plain run does all four in one frame; both reach bit-identical states after each iteration.
 */

export type SubStep = 'sampleReal' | 'generate' | 'updateD' | 'updateG';
export const SUB_STEPS: readonly SubStep[] = ['sampleReal', 'generate', 'updateD', 'updateG'];
export type Phase = 'init' | 'iteration' | SubStep;

/** Size of the fixed evaluation batches (real and noise), drawn once per run. */
export const EVAL_SIZE = 512;
/** The evaluation batch is scored after every this many iterations (and at iteration 0). */
export const EVAL_EVERY = 10;
/** MMD uses the first this many rows of each evaluation batch: its cost grows as n². */
export const MMD_SIZE = 256;

export interface Evaluation {
	/** Iteration at which it was measured. */
	iteration: number;
	modesCovered: number;
	highQuality: number;
	mmd: number;
	counts: Int32Array;
}

export interface Divergence {
	/** What became non-finite. */
	what: 'lossD' | 'lossG' | 'weightsD' | 'weightsG';
	/** The iteration whose update failed (the state shown is from just before it). */
	iteration: number;
}

export interface GanState {
	p: GanParams;
	data: Dataset;
	G: MLP;
	D: MLP;
	optG: Optimizer;
	optD: Optimizer;
	dataRng: Rng;
	noiseRng: Rng;
	/** The frame this state belongs to (it keeps counting after a halt). */
	frame: number;
	/** Completed iterations. */
	iteration: number;
	/** Sub-steps of the current iteration done so far (0 between iterations). */
	sub: number;
	phase: Phase;
	/** The batches of the current iteration. Matrices are never mutated once made, so clones share them. */
	real: Matrix | null;
	z: Matrix | null;
	fake: Matrix | null;
	/** ∂L_G/∂x at each fake point, from the last generator update (batch×2). */
	gradFake: Matrix | null;
	/** D just before the last discriminator update, for the before/after field. */
	dBefore: MLP | null;
	lossD: number;
	lossG: number;
	evalZ: Matrix;
	evalReal: Matrix;
	eval: Evaluation;
	halted: Divergence | null;
}

/** An n×dim noise matrix, uniform on [−1, 1] or standard normal. */
export function sampleNoise(rng: Rng, n: number, dim: number, kind: GanParams['noise']): Matrix {
	const z = new Matrix(n, dim);
	for (let k = 0; k < z.data.length; k++)
		z.data[k] = kind === 'uniform' ? rng.uniform(-1, 1) : rng.normal();
	return z;
}

function allFinite(net: MLP): boolean {
	for (const p of net.params()) for (const v of p.value) if (!Number.isFinite(v)) return false;
	return true;
}

function matrixFinite(m: Matrix): boolean {
	for (const v of m.data) if (!Number.isFinite(v)) return false;
	return true;
}

function snapshot(net: MLP): Float64Array[] {
	return net.params().map((p) => p.value.slice());
}

function restore(net: MLP, snap: Float64Array[]): void {
	net.params().forEach((p, i) => p.value.set(snap[i]));
}

/** The first n rows of m (a copy). */
export function firstRows(m: Matrix, n: number): Matrix {
	const r = Math.min(n, m.rows);
	return new Matrix(r, m.cols, m.data.slice(0, r * m.cols));
}

/** Scores the fixed evaluation batch: coverage of the modes and MMD² to the real batch. */
export function evaluate(s: GanState): Evaluation {
	const fake = s.G.forward(s.evalZ);
	const c = coverage(fake, s.data.modes);
	const finite = matrixFinite(fake);
	return {
		iteration: s.iteration,
		modesCovered: c.covered,
		highQuality: c.highQuality,
		mmd: finite ? mmd(firstRows(fake, MMD_SIZE), firstRows(s.evalReal, MMD_SIZE)) : NaN,
		counts: c.counts
	};
}

/** Losses of the current networks on the evaluation batches (frame 0's readout; no update). */
function probeLosses(s: GanState): void {
	const fake = s.G.forward(s.evalZ);
	const aF = s.D.forward(fake);
	s.lossD = discriminatorLoss(s.p.loss, s.D.forward(s.evalReal), aF).loss;
	s.lossG = generatorLoss(s.p.loss, aF).loss;
}

/** Frame 0: networks initialised from the seed, fixed evaluation batches drawn. */
export function initState(p: GanParams, seed: number): GanState {
	const root = Rng.fromSeed(seed);
	const data = makeDataset(p.dataset, p.points);
	const s: GanState = {
		p,
		data,
		G: makeGenerator(p, root.split('G')),
		D: makeDiscriminator(p, root.split('D')),
		optG: makeOptimizer(p.gOpt, p.gLr, p.beta1),
		optD: makeOptimizer(p.dOpt, p.dLr, p.beta1),
		dataRng: root.split('data'),
		noiseRng: root.split('noise'),
		frame: 0,
		iteration: 0,
		sub: 0,
		phase: 'init',
		real: null,
		z: null,
		fake: null,
		gradFake: null,
		dBefore: null,
		lossD: 0,
		lossG: 0,
		evalZ: sampleNoise(root.split('evalNoise'), EVAL_SIZE, p.noiseDim, p.noise),
		evalReal: data.sample(root.split('evalData'), EVAL_SIZE),
		eval: { iteration: 0, modesCovered: 0, highQuality: 0, mmd: 0, counts: new Int32Array(0) },
		halted: null
	};
	probeLosses(s);
	s.eval = evaluate(s);
	return s;
}

function sampleReal(s: GanState): void {
	s.real = s.data.sample(s.dataRng, s.p.batch);
}

function generate(s: GanState): void {
	s.z = sampleNoise(s.noiseRng, s.p.batch, s.p.noiseDim, s.p.noise);
	s.fake = s.G.forward(s.z);
}

/** Rows of a on top of rows of b (same column count). */
function stack(a: Matrix, b: Matrix): Matrix {
	const out = new Matrix(a.rows + b.rows, a.cols);
	out.data.set(a.data);
	out.data.set(b.data, a.data.length);
	return out;
}

/**
 * One discriminator step on a real and a fake batch, both through D in one stacked forward pass
 * so one backward pass serves both halves of L_D. Returns L_D before the step.
 */
function stepD(s: GanState, real: Matrix, fake: Matrix): number {
	const { D, p } = s;
	D.zeroGrad();
	const out = D.forward(stack(real, fake));
	const n = real.rows;
	const aR = new Matrix(n, 1, out.data.slice(0, n));
	const aF = new Matrix(fake.rows, 1, out.data.slice(n));
	const L = discriminatorLoss(p.loss, aR, aF);
	D.backward(stack(L.gradReal, L.gradFake));
	s.optD.step(D.params());

	if (p.loss === 'wasserstein') {
		for (const q of D.params()) {
			for (let k = 0; k < q.value.length; k++)
				q.value[k] = Math.max(-p.clip, Math.min(p.clip, q.value[k]));
		}
	}
	return L.loss;
}

function updateD(s: GanState): void {
	const before = snapshot(s.D);
	s.dBefore = s.p.detailed ? s.D.clone() : null;
	let loss = 0;
	for (let j = 0; j < s.p.dSteps; j++) {
		// The first step uses the batches shown in this iteration; later ones draw fresh batches.
		const real = j === 0 ? (s.real as Matrix) : s.data.sample(s.dataRng, s.p.batch);
		const fake =
			j === 0
				? (s.fake as Matrix)
				: s.G.forward(sampleNoise(s.noiseRng, s.p.batch, s.p.noiseDim, s.p.noise));
		loss = stepD(s, real, fake);
	}
	s.lossD = loss;

	if (!Number.isFinite(loss) || !allFinite(s.D)) {
		restore(s.D, before);
		s.halted = { what: Number.isFinite(loss) ? 'weightsD' : 'lossD', iteration: s.iteration + 1 };
	}
}

function updateG(s: GanState): void {
	const { G, D, p } = s;
	const before = snapshot(G);
	G.zeroGrad();
	const x = G.forward(s.z as Matrix);
	const a = D.forward(x);
	const L = generatorLoss(p.loss, a);
	const dX = D.backward(L.grad);
	// D's gradients from this pass belong to L_G, not L_D; they are discarded.
	D.zeroGrad();
	G.backward(dX);
	s.optG.step(G.params());
	s.gradFake = dX;
	s.lossG = L.loss;

	// Finite weights can still send points to infinity, so the moved batch is checked too.
	if (!Number.isFinite(L.loss) || !allFinite(G) || !matrixFinite(G.forward(s.z as Matrix))) {
		restore(G, before);
		s.halted = { what: Number.isFinite(L.loss) ? 'weightsG' : 'lossG', iteration: s.iteration + 1 };
		return;
	}
	s.iteration++;
	if (s.iteration % EVAL_EVERY === 0 || s.iteration === p.iterations) s.eval = evaluate(s);
}

const RUN: Record<SubStep, (s: GanState) => void> = { sampleReal, generate, updateD, updateG };

/** Does the next sub-step (detailed) or a whole iteration, in place. A halted state stays put. */
export function advance(s: GanState): GanState {
	s.frame++;
	if (s.halted || s.iteration >= s.p.iterations) return s;
	if (s.p.detailed) {
		const sub = SUB_STEPS[s.sub];
		RUN[sub](s);
		s.phase = sub;
		s.sub = (s.sub + 1) % SUB_STEPS.length;
		return s;
	}
	for (const sub of SUB_STEPS) {
		RUN[sub](s);
		if (s.halted) break;
	}
	s.phase = 'iteration';
	return s;
}

/** A deep copy: networks, optimiser states and random streams; batches are shared (immutable). */
export function cloneState(s: GanState): GanState {
	return {
		...s,
		G: s.G.clone(),
		D: s.D.clone(),
		optG: s.optG.clone(),
		optD: s.optD.clone(),
		dataRng: s.dataRng.clone(),
		noiseRng: s.noiseRng.clone(),
		eval: { ...s.eval },
		halted: s.halted ? { ...s.halted } : null
	};
}
