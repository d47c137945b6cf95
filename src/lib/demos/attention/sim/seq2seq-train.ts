import { Adam, Rng, softmaxCrossEntropy, zeroGrad } from '../../../core';
import { fingerprint } from './fingerprint';
import { cosineLr } from './train';
import { heldOutPairs, parallelVocab, sampleTrainingPair, type SentencePair } from './parallel';
import { Seq2Seq, greedyDecode, type Seq2SeqConfig } from './seq2seq';

/**
 * Training the zh → en encoder-decoder with teacher forcing: the decoder reads <bos> y₁ … y_T and
 * must predict y₁ … y_T <eos>, softmax cross-entropy averaged over the target positions and the
 * batch, Adam with a cosine learning-rate decay and L2 weight decay. Deterministic from the seed.
 */

export interface Seq2SeqTrainConfig {
	seed: string;
	steps: number;
	batch: number;
	lr: number;
	finalLrFraction: number;
	weightDecay: number;
	checkpointStep: number;
	model: Pick<Seq2SeqConfig, 'dModel' | 'nHeads' | 'embedStd'>;
}

export const DEFAULT_SEQ2SEQ_CONFIG: Seq2SeqTrainConfig = {
	seed: 'attention-seq2seq-v1',
	steps: 1500,
	batch: 16,
	lr: 0.003,
	finalLrFraction: 0.05,
	weightDecay: 0.001,
	checkpointStep: 50,
	model: { dModel: 32, nHeads: 2, embedStd: 0.3 }
};

/** Token keys ↔ ids for one side; unknown keys map to 0 ('<unk>'). */
export class SideVocab {
	readonly tokens: readonly string[];
	private readonly index: Map<string, number>;

	constructor(tokens: readonly string[]) {
		this.tokens = tokens;
		this.index = new Map(tokens.map((t, i) => [t, i]));
	}

	id(key: string): number {
		return this.index.get(key) ?? 0;
	}

	has(key: string): boolean {
		return this.index.has(key);
	}
}

export interface Seq2SeqResult {
	model: Seq2Seq;
	source: SideVocab;
	target: SideVocab;
	losses: number[];
	checkpointFingerprint: string;
	finalFingerprint: string;
}

export function seq2seqFingerprint(model: Seq2Seq): string {
	return fingerprint(model.params().map((p) => p.value));
}

/** Trains from scratch (see the module note); `stopAfter` cuts the run short for tests. */
export function trainSeq2Seq(
	cfg: Seq2SeqTrainConfig,
	onStep?: (step: number, loss: number) => void,
	stopAfter = cfg.steps
): Seq2SeqResult {
	const root = Rng.fromSeed(cfg.seed);
	const vocab = parallelVocab();
	const source = new SideVocab(vocab.source);
	const target = new SideVocab(vocab.target);
	const model = new Seq2Seq(
		{ ...cfg.model, sourceVocab: vocab.source.length, targetVocab: vocab.target.length },
		root.split('init')
	);
	const data = root.split('data');
	const params = model.params();
	const bos = target.id('<bos>');
	const eos = target.id('<eos>');
	const opt = new Adam({ lr: cfg.lr });

	const losses: number[] = [];
	let checkpointFingerprint = '';
	for (let step = 1; step <= Math.min(stopAfter, cfg.steps); step++) {
		zeroGrad(params);
		let loss = 0;
		for (let b = 0; b < cfg.batch; b++) {
			const pair = sampleTrainingPair(data);
			const src = pair.source.map((t) => source.id(t));
			const tgt = pair.target.map((t) => target.id(t));
			const trace = model.forward(src, [bos, ...tgt]);
			const ce = softmaxCrossEntropy(trace.logits, [...tgt, eos]);
			loss += ce.loss / cfg.batch;
			const g = ce.grad;
			for (let k = 0; k < g.data.length; k++) g.data[k] /= cfg.batch;
			model.backward(g);
		}
		for (const p of params) {
			for (let k = 0; k < p.value.length; k++) p.grad[k] += cfg.weightDecay * p.value[k];
		}

		opt.lr = cosineLr(cfg.lr, cfg.finalLrFraction, step, cfg.steps);
		opt.step(params);

		losses.push(loss);
		if (step === cfg.checkpointStep) checkpointFingerprint = seq2seqFingerprint(model);
		onStep?.(step, loss);
	}
	return {
		model,
		source,
		target,
		losses,
		checkpointFingerprint,
		finalFingerprint: seq2seqFingerprint(model)
	};
}

/** Held-out quality of the translation and of its alignment. */
export interface Seq2SeqEvaluation {
	count: number;
	/** Fraction of sentences decoded exactly right (greedy). */
	exactMatch: number;
	/** Fraction of target tokens right, teacher-forced. */
	tokenAccuracy: number;
	/**
	 * For each cross-attention head, the fraction of one-word renderings (names, animals,
	 * places, pronouns, states) whose largest cross-attention weight lands on that source word.
	 */
	alignment: number[];
}

function argmax(row: ArrayLike<number>): number {
	let best = 0;
	for (let j = 1; j < row.length; j++) if (row[j] > row[best]) best = j;
	return best;
}

export function evaluateSeq2Seq(
	model: Seq2Seq,
	source: SideVocab,
	target: SideVocab,
	pairs: SentencePair[] = heldOutPairs()
): Seq2SeqEvaluation {
	const bos = target.id('<bos>');
	const eos = target.id('<eos>');
	let exact = 0;
	let tokens = 0;
	let tokensRight = 0;
	const aligned = new Array<number>(model.config.nHeads).fill(0);
	let alignable = 0;
	for (const pair of pairs) {
		const src = pair.source.map((t) => source.id(t));
		const tgt = pair.target.map((t) => target.id(t));
		const decoded = greedyDecode(model, src, bos, eos, tgt.length + 4).steps.map((s) => s.token);
		if (decoded.join(' ') === [...tgt, eos].join(' ')) exact++;

		const trace = model.forward(src, [bos, ...tgt]);
		const labels = [...tgt, eos];
		for (let t = 0; t < labels.length; t++) {
			tokens++;
			if (argmax(trace.logits.row(t)) === labels[t]) tokensRight++;
		}
		// Row t of cross-attention is the query that predicts target token t.
		pair.alignment.forEach((s, t) => {
			if (s < 0) return;
			alignable++;
			trace.crossAttention.heads.forEach((h, i) => {
				if (argmax(h.weights.row(t)) === s) aligned[i]++;
			});
		});
	}
	return {
		count: pairs.length,
		exactMatch: exact / pairs.length,
		tokenAccuracy: tokensRight / tokens,
		alignment: aligned.map((a) => a / Math.max(1, alignable))
	};
}
