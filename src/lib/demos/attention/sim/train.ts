import { Adam, Rng, cos, softmaxCrossEntropy, zeroGrad } from '../../../core';
import { ENTITIES, buildVocab, sampleTrainingExample, type Example } from './corpus';
import { fingerprint } from './fingerprint';
import { PronounModel, type ModelConfig } from './model';
import { Vocabulary } from './vocab';

/**
 * Training the pronoun model: minibatches of random training sentences, softmax cross-entropy
 * on the antecedent class at the pronoun, Adam. Deterministic: the seed fixes the initial
 * weights (stream 'init'), the sentences ('data') and the unknown-token dropout ('unk').
 */

export interface TrainConfig {
	seed: string;
	steps: number;
	batch: number;
	lr: number;
	/** The learning rate follows a cosine from lr down to lr·finalLrFraction (1 = constant). */
	finalLrFraction: number;
	/**
	 * L2 penalty λ/2·‖w‖², added to the gradient as λ·w before each step, on the tensors whose
	 * name matches `decayOn`.
	 */
	weightDecay: number;
	decayOn: string;
	/** Probability that a token other than the pronoun and the two candidates becomes '<unk>'. */
	unkRate: number;
	/** DropHead: the probability that a head's output is zeroed for one sentence (0 = off). */
	dropHead: number;
	/** Probability that a Chinese sentence is split into single characters. */
	charRate: number;
	/** After this many steps the weights' fingerprint is recorded (the retrain test checks it). */
	checkpointStep: number;
	model: Pick<ModelConfig, 'dModel' | 'nHeads' | 'nLayers' | 'embedStd'>;
}

export const DEFAULT_TRAIN_CONFIG: TrainConfig = {
	seed: 'attention-v1',
	steps: 3000,
	batch: 16,
	lr: 0.003,
	finalLrFraction: 0.05,
	weightDecay: 0.003,
	decayOn: '.',
	dropHead: 0.2,
	unkRate: 0.05,
	charRate: 0.3,
	checkpointStep: 50,
	model: { dModel: 24, nHeads: 3, nLayers: 1, embedStd: 0.3 }
};

/** Token ids of an example, with some non-essential tokens replaced by '<unk>' (id 0). */
export function exampleIds(ex: Example, vocab: Vocabulary, rng?: Rng, unkRate = 0): number[] {
	return ex.tokens.map((key, t) => {
		const essential =
			t === ex.pronoun ||
			(t >= ex.antecedent[0] && t < ex.antecedent[1]) ||
			(t >= ex.distractor[0] && t < ex.distractor[1]);
		if (rng && !essential && rng.uniform() < unkRate) return 0;
		return vocab.id(key);
	});
}

export interface TrainResult {
	model: PronounModel;
	vocab: Vocabulary;
	/** Mean loss of each step's batch. */
	losses: number[];
	/** Fingerprint of the weights after `checkpointStep` steps and at the end. */
	checkpointFingerprint: string;
	finalFingerprint: string;
}

/**
 * The learning rate at `step` (from 1) of a cosine decay from `lr` to `lr · finalFraction` over
 * `steps` steps (Loshchilov & Hutter 2017, SGDR, without restarts); `finalFraction = 1` keeps
 * it constant.
 */
export function cosineLr(lr: number, finalFraction: number, step: number, steps: number): number {
	if (finalFraction >= 1) return lr;
	const c = 0.5 * (1 + cos((Math.PI * (step - 1)) / steps));
	return lr * (finalFraction + (1 - finalFraction) * c);
}

/** The fingerprint of a model's weights, in `params()` order. */
export function modelFingerprint(model: PronounModel): string {
	return fingerprint(model.params().map((p) => p.value));
}

/**
 * Trains from scratch. `onStep(step, loss)` is called after every step (for progress output).
 * Runs `steps` steps of the config unless `stopAfter` is smaller (the retrain test).
 */
export function trainPronounModel(
	cfg: TrainConfig,
	onStep?: (step: number, loss: number) => void,
	stopAfter = cfg.steps
): TrainResult {
	const root = Rng.fromSeed(cfg.seed);
	const vocab = new Vocabulary(buildVocab());
	const model = new PronounModel(
		{ ...cfg.model, vocabSize: vocab.size, nClasses: ENTITIES.length },
		root.split('init')
	);
	const data = root.split('data');
	const unk = root.split('unk');
	const drop = root.split('drophead');
	const { nLayers, nHeads } = cfg.model;
	const sampleGates = (): number[][] | null => {
		if (cfg.dropHead <= 0) return null;
		const keepScale = 1 / (1 - cfg.dropHead);
		return Array.from({ length: nLayers }, () =>
			Array.from({ length: nHeads }, () => (drop.uniform() < cfg.dropHead ? 0 : keepScale))
		);
	};
	const params = model.params();
	const opt = new Adam({ lr: cfg.lr });
	const decayed = new RegExp(cfg.decayOn);

	const losses: number[] = [];
	let checkpointFingerprint = '';
	for (let step = 1; step <= Math.min(stopAfter, cfg.steps); step++) {
		zeroGrad(params);
		let loss = 0;
		for (let b = 0; b < cfg.batch; b++) {
			const ex = sampleTrainingExample(data, cfg.charRate);
			const ids = exampleIds(ex, vocab, unk, cfg.unkRate);
			const { logits } = model.forward(ids, ex.pronoun, null, sampleGates());
			const ce = softmaxCrossEntropy(logits, [ex.target]);
			loss += ce.loss / cfg.batch;
			for (let k = 0; k < ce.grad.data.length; k++) ce.grad.data[k] /= cfg.batch;
			model.backward(ce.grad);
		}
		if (cfg.weightDecay > 0) {
			for (const p of params) {
				if (!decayed.test(p.name)) continue;
				for (let k = 0; k < p.value.length; k++) p.grad[k] += cfg.weightDecay * p.value[k];
			}
		}
		opt.lr = cosineLr(cfg.lr, cfg.finalLrFraction, step, cfg.steps);
		opt.step(params);

		losses.push(loss);
		if (step === cfg.checkpointStep) checkpointFingerprint = modelFingerprint(model);
		onStep?.(step, loss);
	}
	return { model, vocab, losses, checkpointFingerprint, finalFingerprint: modelFingerprint(model) };
}
