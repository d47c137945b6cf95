import { Matrix } from '../../../core';
import type { HeadTrace } from '../../../core/attention';
import { corpusLexicon } from './corpus';
import { Seq2Seq, greedyDecode, type DecodeStep, type Seq2SeqTrace } from './seq2seq';
import type { TokenView } from './self-attention';
import { SideVocab } from './seq2seq-train';
import { tokenize } from './tokenizer';
import type { Seq2SeqWeightsFile } from './weights';

/**
 * The cross-attention mode: the trained zh → en encoder-decoder renders the sentence by greedy
 * decoding, one frame per step. Frame 0 encodes the source; frame t (1 … T) shows decoding step
 * t: the decoder's query for target position t − 1 over the encoder outputs, the word it chose,
 * and the cross-attention rows of every step so far (the alignment heat map).
 *
 * The source is split by word with the corpus lexicon, as in training ('char' mode does not apply
 * here: the translator was trained on words only).
 */

/** The most target tokens decoded before stopping without an end token. */
export const MAX_DECODE = 40;

export interface Translator {
	model: Seq2Seq;
	source: SideVocab;
	target: SideVocab;
	alignment: number[];
}

/** Loads a translator from its weights file. */
export function loadTranslator(file: Seq2SeqWeightsFile): Translator {
	return {
		model: Seq2Seq.fromJSON(file.model),
		source: new SideVocab(file.sourceVocab),
		target: new SideVocab(file.targetVocab),
		alignment: file.report.heldOut.alignment
	};
}

export interface DecodedToken {
	/** The English token (or '<eos>'). */
	token: string;
	probability: number;
	top: { token: string; probability: number }[];
}

/** Everything computed for one source sentence; never mutated after it is made. */
export interface CrossComputation {
	source: TokenView[];
	truncated: boolean;
	steps: DecodedToken[];
	/** The teacher-free pass over the whole decoded prefix: row t of cross-attention is step t+1. */
	trace: Seq2SeqTrace | null;
	/** True when decoding ended with '<eos>'. */
	finished: boolean;
}

const lexicon = corpusLexicon();

/** Tokenises the source, decodes greedily and keeps the final trace. */
export function computeCross(t: Translator, sentence: string, maxTokens: number): CrossComputation {
	const all = tokenize(sentence, 'word', lexicon);
	const truncated = all.length > maxTokens;
	const source: TokenView[] = all.slice(0, maxTokens).map((tok) => ({
		...tok,
		unknown: !t.source.has(tok.key),
		pronoun: tok.key === '他' || tok.key === '她' || tok.key === '它'
	}));
	if (source.length === 0) return { source, truncated, steps: [], trace: null, finished: false };

	const ids = source.map((tok) => t.source.id(tok.key));
	const bos = t.target.id('<bos>');
	const eos = t.target.id('<eos>');
	const decoded = greedyDecode(t.model, ids, bos, eos, MAX_DECODE);
	const name = (id: number) => t.target.tokens[id];
	const steps = decoded.steps.map((s: DecodeStep) => ({
		token: name(s.token),
		probability: s.probability,
		top: s.top.map((c) => ({ token: name(c.token), probability: c.probability }))
	}));
	const finished = decoded.steps.at(-1)?.token === eos;
	return { source, truncated, steps, trace: decoded.trace, finished };
}

/** What the cross-attention frames show. */
export interface CrossObservation {
	mode: 'cross';
	stage: 'encode' | 'decode';
	/** 0 while encoding, t at decoding step t (1-based). */
	step: number;
	/** Total decoding steps of this sentence. */
	totalSteps: number;
	source: TokenView[];
	truncated: boolean;
	/** The tokens decoded up to and including this step. */
	decoded: DecodedToken[];
	/** True on the last frame when decoding ended with '<eos>'. */
	finished: boolean;
	head: number;
	shape: { n: number; nHeads: number; dModel: number; dHead: number };
	/** The encoder: its input E + PE, its self-attention weights per head, its output H (n×d). */
	encoderInput?: Matrix;
	encoderWeights?: Matrix[];
	encoded?: Matrix;
	/**
	 * Cross-attention per head, first `step` rows only: Q (step×dk) from the decoder, K and V
	 * (n×dk) from the encoder output, scores, weights (step×n: the alignment so far) and out.
	 */
	cross?: Pick<HeadTrace, 'Q' | 'K' | 'V' | 'scores' | 'weights' | 'out'>[];
	/** Held-out alignment accuracy of each cross-attention head (from the weights file). */
	alignment: number[];
}

function firstRows(m: Matrix, rows: number): Matrix {
	return new Matrix(rows, m.cols, m.data.slice(0, rows * m.cols));
}

/** The observation of frame `frame` (0 = encode). */
export function observeCross(
	c: CrossComputation,
	t: Translator,
	frame: number,
	head: number
): CrossObservation {
	const { dModel, nHeads } = t.model.config;
	const step = Math.min(frame, c.steps.length);
	const obs: CrossObservation = {
		mode: 'cross',
		stage: step === 0 ? 'encode' : 'decode',
		step,
		totalSteps: c.steps.length,
		source: c.source,
		truncated: c.truncated,
		decoded: c.steps.slice(0, step),
		finished: c.finished && step === c.steps.length,
		head,
		shape: { n: c.source.length, nHeads, dModel, dHead: dModel / nHeads },
		alignment: t.alignment
	};
	if (!c.trace) return obs;

	obs.encoderInput = c.trace.sourceInput;
	obs.encoderWeights = c.trace.encoderAttention.heads.map((h) => h.weights);
	obs.encoded = c.trace.encoded;
	if (step > 0) {
		obs.cross = c.trace.crossAttention.heads.map((h) => ({
			Q: firstRows(h.Q, step),
			K: h.K,
			V: h.V,
			scores: firstRows(h.scores, step),
			weights: firstRows(h.weights, step),
			out: firstRows(h.out, step)
		}));
	}
	return obs;
}

/** Metrics: the current target position, the source token its query weighs most, that weight. */
export function crossMetrics(
	c: CrossComputation,
	frame: number,
	head: number
): Record<string, number> {
	const step = Math.min(frame, c.steps.length);
	if (!c.trace || step === 0) return { queryIndex: -1, argmaxIndex: -1, maxWeight: 0 };
	const w = c.trace.crossAttention.heads[head].weights;
	const row = step - 1;
	let best = 0;
	for (let j = 1; j < w.cols; j++) if (w.get(row, j) > w.get(row, best)) best = j;
	return { queryIndex: row, argmaxIndex: best, maxWeight: w.get(row, best) };
}
