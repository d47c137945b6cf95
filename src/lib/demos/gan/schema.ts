import { m } from '$lib/paraglide/messages.js';
import type { BooleanParam, ChoiceParam, CustomParam, NumberParam } from '$lib/timeline/schema';
import { defineSchema } from '$lib/timeline/schema';
import type { DatasetName } from './sim/data';
import type { LossName } from './sim/losses';
import type { HiddenActivation, NoiseName, OptimizerName, PresetName } from './sim/params';
import { DEFAULT_PARAMS as D } from './sim/params';
import { decodePoints, encodePoints, pointsEqual, type PointList } from './sim/points-codec';

// Each parameter is declared with its spec type so that ParamsOf gives `number` and `boolean`,
// not the literal type of the default. Defaults come from the simulation's DEFAULT_PARAMS.

const preset: ChoiceParam<PresetName | 'none'> = {
	kind: 'choice',
	label: m.gan_preset,
	default: D.preset,
	hidden: true,
	choices: [
		{ value: 'healthy', label: m.gan_preset_healthy },
		{ value: 'collapse', label: m.gan_preset_collapse },
		{ value: 'fix', label: m.gan_preset_fix },
		{ value: 'wgan', label: m.gan_preset_wgan },
		{ value: 'none', label: m.gan_preset_none }
	]
};

const dataset: ChoiceParam<DatasetName> = {
	kind: 'choice',
	label: m.gan_dataset,
	default: D.dataset,
	choices: [
		{ value: 'ring', label: m.gan_dataset_ring },
		{ value: 'grid', label: m.gan_dataset_grid },
		{ value: 'moons', label: m.gan_dataset_moons },
		{ value: 'spiral', label: m.gan_dataset_spiral },
		{ value: 'gaussian', label: m.gan_dataset_gaussian },
		{ value: 'custom', label: m.gan_dataset_custom }
	]
};

const points: CustomParam<PointList> = {
	kind: 'custom',
	label: m.gan_points,
	default: D.points,
	hidden: true,
	encode: encodePoints,
	decode: decodePoints,
	equals: pointsEqual
};

const loss: ChoiceParam<LossName> = {
	kind: 'choice',
	label: m.gan_loss,
	hint: m.gan_loss_hint,
	default: D.loss,
	choices: [
		{ value: 'minimax', label: m.gan_loss_minimax },
		{ value: 'nonSaturating', label: m.gan_loss_nonSaturating },
		{ value: 'leastSquares', label: m.gan_loss_leastSquares },
		{ value: 'wasserstein', label: m.gan_loss_wasserstein }
	]
};

const lr = (label: () => string, def: number): NumberParam => ({
	kind: 'number',
	label,
	hint: m.gan_lr_hint,
	default: def,
	min: 1e-5,
	max: 0.1,
	step: 1e-5,
	log: true
});

const opt = (label: () => string, def: OptimizerName): ChoiceParam<OptimizerName> => ({
	kind: 'choice',
	label,
	default: def,
	choices: [
		{ value: 'adam', label: m.gan_opt_adam },
		{ value: 'sgd', label: m.gan_opt_sgd }
	]
});

const act = (label: () => string, def: HiddenActivation): ChoiceParam<HiddenActivation> => ({
	kind: 'choice',
	label,
	default: def,
	advanced: true,
	choices: [
		{ value: 'relu', label: m.gan_act_relu },
		{ value: 'leakyRelu', label: m.gan_act_leakyRelu },
		{ value: 'tanh', label: m.gan_act_tanh },
		{ value: 'gelu', label: m.gan_act_gelu }
	]
});

const int = (
	label: () => string,
	def: number,
	min: number,
	max: number,
	extra: Partial<NumberParam> = {}
): NumberParam => ({
	kind: 'number',
	label,
	default: def,
	min,
	max,
	step: 1,
	integer: true,
	...extra
});

const noise: ChoiceParam<NoiseName> = {
	kind: 'choice',
	label: m.gan_noise,
	default: D.noise,
	advanced: true,
	choices: [
		{ value: 'normal', label: m.gan_noise_normal },
		{ value: 'uniform', label: m.gan_noise_uniform }
	]
};

const detailed: BooleanParam = {
	kind: 'boolean',
	label: m.gan_detailed,
	hint: m.gan_detailed_hint,
	default: D.detailed
};

export const ganSchema = defineSchema({
	preset,
	dataset,
	points,
	loss,
	dSteps: int(m.gan_dSteps, D.dSteps, 1, 10, { hint: m.gan_dSteps_hint }),
	gLr: lr(m.gan_gLr, D.gLr),
	dLr: lr(m.gan_dLr, D.dLr),
	gOpt: opt(m.gan_gOpt, D.gOpt),
	dOpt: opt(m.gan_dOpt, D.dOpt),
	batch: int(m.gan_batch, D.batch, 16, 256, { step: 16 }),
	iterations: int(m.gan_iterations, D.iterations, 100, 5000, { step: 100 }),
	detailed,
	noiseDim: int(m.gan_noiseDim, D.noiseDim, 1, 2, { hint: m.gan_noiseDim_hint, advanced: true }),
	noise,
	gDepth: int(m.gan_gDepth, D.gDepth, 1, 4, { advanced: true }),
	gWidth: int(m.gan_gWidth, D.gWidth, 4, 64, { advanced: true, step: 4 }),
	gAct: act(m.gan_gAct, D.gAct),
	dDepth: int(m.gan_dDepth, D.dDepth, 1, 4, { advanced: true }),
	dWidth: int(m.gan_dWidth, D.dWidth, 4, 64, { advanced: true, step: 4 }),
	dAct: act(m.gan_dAct, D.dAct),
	beta1: {
		kind: 'number',
		label: m.gan_beta1,
		hint: m.gan_beta1_hint,
		default: D.beta1,
		min: 0,
		max: 0.99,
		step: 0.01,
		advanced: true
	} satisfies NumberParam as NumberParam,
	clip: {
		kind: 'number',
		label: m.gan_clip,
		hint: m.gan_clip_hint,
		default: D.clip,
		min: 0.001,
		max: 1,
		step: 0.001,
		log: true,
		advanced: true
	} satisfies NumberParam as NumberParam
});

export type GanSchema = typeof ganSchema;
