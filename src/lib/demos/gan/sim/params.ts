import { Adam, MLP, SGD, type ActivationName, type Optimizer, type Rng } from '$lib/core';
import type { DatasetName } from './data';
import type { LossName } from './losses';
import type { PointList } from './points-codec';

export type HiddenActivation = Extract<ActivationName, 'relu' | 'leakyRelu' | 'tanh' | 'gelu'>;
export type OptimizerName = 'sgd' | 'adam';
export type NoiseName = 'uniform' | 'normal';
export type PresetName = 'healthy' | 'collapse' | 'fix' | 'wgan';

/** Everything a run depends on besides its seed (the demo schema mirrors these fields). */
export interface GanParams {
	/** Which preset the parameters came from; a label only, the other fields rule. */
	preset: PresetName | 'none';
	dataset: DatasetName;
	/** Drawn points for the `custom` dataset, flat [x₀, y₀, …]. */
	points: PointList;
	/** Dimension of the noise z, 1 or 2. */
	noiseDim: number;
	noise: NoiseName;
	gDepth: number;
	gWidth: number;
	gAct: HiddenActivation;
	gOpt: OptimizerName;
	gLr: number;
	dDepth: number;
	dWidth: number;
	dAct: HiddenActivation;
	dOpt: OptimizerName;
	dLr: number;
	/** Adam's β₁ for both networks; 0.5 is the GAN habit since DCGAN (Radford et al. 2016). */
	beta1: number;
	batch: number;
	/** Discriminator updates per generator update (WGAN's n_critic). */
	dSteps: number;
	loss: LossName;
	/** WGAN weight clipping bound c. */
	clip: number;
	iterations: number;
	/** Split each iteration into its four sub-steps, one frame each. */
	detailed: boolean;
}

export const DEFAULT_PARAMS: GanParams = {
	preset: 'healthy',
	dataset: 'ring',
	points: [],
	noiseDim: 2,
	noise: 'normal',
	gDepth: 2,
	gWidth: 32,
	gAct: 'relu',
	gOpt: 'adam',
	gLr: 2e-3,
	dDepth: 2,
	dWidth: 32,
	dAct: 'relu',
	dOpt: 'adam',
	dLr: 2e-3,
	beta1: 0.5,
	batch: 64,
	dSteps: 1,
	loss: 'nonSaturating',
	clip: 0.05,
	iterations: 2000,
	detailed: false
};

/** Hidden widths repeated depth times between the input and output sizes. */
function sizes(input: number, depth: number, width: number, output: number): number[] {
	return [input, ...Array.from({ length: depth }, () => width), output];
}

/** G: z (noiseDim) → depth hidden layers → a point (2), linear output. */
export function makeGenerator(p: GanParams, rng: Rng): MLP {
	return new MLP(
		{ sizes: sizes(p.noiseDim, p.gDepth, p.gWidth, 2), hidden: p.gAct, output: 'linear' },
		rng,
		'G'
	);
}

/** D: a point (2) → depth hidden layers → one raw output (logit or critic score). */
export function makeDiscriminator(p: GanParams, rng: Rng): MLP {
	return new MLP(
		{ sizes: sizes(2, p.dDepth, p.dWidth, 1), hidden: p.dAct, output: 'linear' },
		rng,
		'D'
	);
}

export function makeOptimizer(name: OptimizerName, lr: number, beta1: number): Optimizer {
	return name === 'adam' ? new Adam({ lr, beta1, beta2: 0.999 }) : new SGD({ lr });
}
