import { Dense, Matrix, Rng, softmax, type Param } from '../../../core';
import { MultiHeadAttention, causalMask, type AttentionTrace } from '../../../core/attention';
import { Embedding, sinusoidalPositions } from './embedding';

/**
 * A small encoder-decoder (Vaswani et al. 2017) for the cross-attention demo: one encoder layer,
 * one decoder layer, each attention block residual.
 *
 *   H  = S + SelfAttn(S),            S = E_src[source] + PE       (encoder, n×d)
 *   D₁ = T + CausalSelfAttn(T),      T = E_tgt[<bos> y₁ …] + PE  (decoder, m×d)
 *   D₂ = D₁ + CrossAttn(D₁, H)       (queries from the decoder, keys and values from H)
 *   logits = D₂ W_out + b_out        (m×targetVocab)
 *
 * Cross-attention (交叉注意力) is the only path from the source to the output, so its weights
 * show which source words each English word was made from.
 *
 * Limitations: no layer normalisation or feed-forward sublayers (not needed for template
 * sentences); decoding is greedy.
 */

export interface Seq2SeqConfig {
	sourceVocab: number;
	targetVocab: number;
	dModel: number;
	nHeads: number;
	embedStd: number;
}

export interface Seq2SeqTrace {
	/** Encoder input and output, n×d. */
	sourceInput: Matrix;
	encoded: Matrix;
	encoderAttention: AttentionTrace;
	/** Decoder input, after self-attention, after cross-attention, m×d. */
	targetInput: Matrix;
	afterSelf: Matrix;
	afterCross: Matrix;
	decoderSelfAttention: AttentionTrace;
	crossAttention: AttentionTrace;
	/** m×targetVocab. */
	logits: Matrix;
}

export interface Seq2SeqJSON {
	config: Seq2SeqConfig;
	params: Record<string, number[]>;
}

function addInPlace(a: Matrix, b: Matrix): Matrix {
	for (let k = 0; k < a.data.length; k++) a.data[k] += b.data[k];
	return a;
}

function embedWithPositions(e: Embedding, ids: readonly number[]): Matrix {
	return addInPlace(e.forward(ids), sinusoidalPositions(ids.length, e.dim));
}

export class Seq2Seq {
	readonly config: Seq2SeqConfig;
	srcEmbed: Embedding;
	tgtEmbed: Embedding;
	encoderSelf: MultiHeadAttention;
	decoderSelf: MultiHeadAttention;
	cross: MultiHeadAttention;
	out: Dense;
	private last: Seq2SeqTrace | null = null;

	constructor(config: Seq2SeqConfig, rng: Rng) {
		this.config = { ...config };
		const { dModel: d, nHeads: h, embedStd } = config;
		this.srcEmbed = new Embedding(config.sourceVocab, d, rng.split('src'), 'src', embedStd);
		this.tgtEmbed = new Embedding(config.targetVocab, d, rng.split('tgt'), 'tgt', embedStd);
		this.encoderSelf = new MultiHeadAttention(d, h, rng.split('enc'), 'enc');
		this.decoderSelf = new MultiHeadAttention(d, h, rng.split('dec'), 'dec');
		this.cross = new MultiHeadAttention(d, h, rng.split('cross'), 'cross');
		this.out = new Dense(d, config.targetVocab, 'linear', rng.split('out'), 'out');
	}

	/** The encoder alone: H for the source ids (n×d), with its trace. */
	encode(source: readonly number[]): { encoded: Matrix; trace: AttentionTrace; input: Matrix } {
		const input = embedWithPositions(this.srcEmbed, source);
		const encoded = addInPlace(input.clone(), this.encoderSelf.forward(input));
		return { encoded, trace: this.encoderSelf.trace, input };
	}

	/** Teacher-forced forward pass: decoder inputs `target` (starting with <bos>). */
	forward(source: readonly number[], target: readonly number[]): Seq2SeqTrace {
		const enc = this.encode(source);
		const targetInput = embedWithPositions(this.tgtEmbed, target);
		const afterSelf = addInPlace(
			targetInput.clone(),
			this.decoderSelf.forward(targetInput, targetInput, causalMask(target.length))
		);
		const afterCross = addInPlace(afterSelf.clone(), this.cross.forward(afterSelf, enc.encoded));
		const logits = this.out.forward(afterCross);
		this.last = {
			sourceInput: enc.input,
			encoded: enc.encoded,
			encoderAttention: enc.trace,
			targetInput,
			afterSelf,
			afterCross,
			decoderSelfAttention: this.decoderSelf.trace,
			crossAttention: this.cross.trace,
			logits
		};
		return this.last;
	}

	/** Accumulates every gradient from dL/dlogits (m×targetVocab) of the last forward pass. */
	backward(dLogits: Matrix): void {
		if (!this.last) throw new Error('Seq2Seq.backward: call forward first');
		const dCross = this.out.backward(dLogits);

		const c = this.cross.backward(dCross);
		const dAfterSelf = addInPlace(dCross.clone(), c.dXq);
		const dEncoded = c.dXkv;

		const s = this.decoderSelf.backward(dAfterSelf);
		this.tgtEmbed.backward(addInPlace(addInPlace(dAfterSelf.clone(), s.dXq), s.dXkv));

		const e = this.encoderSelf.backward(dEncoded);
		this.srcEmbed.backward(addInPlace(addInPlace(dEncoded.clone(), e.dXq), e.dXkv));
	}

	params(): Param[] {
		return [
			...this.srcEmbed.params(),
			...this.tgtEmbed.params(),
			...this.encoderSelf.params(),
			...this.decoderSelf.params(),
			...this.cross.params(),
			...this.out.params()
		];
	}

	toJSON(): Seq2SeqJSON {
		const params: Record<string, number[]> = {};
		for (const p of this.params()) params[p.name] = Array.from(p.value);
		return { config: { ...this.config }, params };
	}

	static fromJSON(json: Seq2SeqJSON): Seq2Seq {
		const m = new Seq2Seq(json.config, Rng.fromSeed(0));
		for (const p of m.params()) {
			const v = json.params[p.name];
			if (!v || v.length !== p.value.length) throw new Error(`Seq2Seq.fromJSON: bad ${p.name}`);
			p.value.set(v);
		}
		return m;
	}
}

/** One greedy decoding step's record. */
export interface DecodeStep {
	/** The token id chosen at this step and its probability. */
	token: number;
	probability: number;
	/** The three most probable ids with their probabilities. */
	top: { token: number; probability: number }[];
}

/**
 * Greedy decoding (贪心解码): starting from <bos>, re-run the decoder on the prefix and append
 * the most probable token, until <eos> or `maxLen` tokens. Returns the steps and the trace of the
 * last pass, whose cross-attention rows are the alignment of every emitted token.
 */
export function greedyDecode(
	model: Seq2Seq,
	source: readonly number[],
	bos: number,
	eos: number,
	maxLen: number
): { steps: DecodeStep[]; trace: Seq2SeqTrace | null } {
	const prefix = [bos];
	const steps: DecodeStep[] = [];
	let trace: Seq2SeqTrace | null = null;
	while (steps.length < maxLen) {
		trace = model.forward(source, prefix);
		const probs = softmax(trace.logits.row(prefix.length - 1));
		const order = Array.from(probs.keys()).sort((a, b) => probs[b] - probs[a] || a - b);
		const token = order[0];
		steps.push({
			token,
			probability: probs[token],
			top: order.slice(0, 3).map((t) => ({ token: t, probability: probs[t] }))
		});
		if (token === eos) break;
		prefix.push(token);
	}
	return { steps, trace };
}
