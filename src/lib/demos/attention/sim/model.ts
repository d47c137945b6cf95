import { Dense, Matrix, Rng, type Param } from '../../../core';
import { MultiHeadAttention, type AttentionTrace } from '../../../core/attention';
import { Embedding, sinusoidalPositions } from './embedding';

/**
 * The attention demo's model: a tiny Transformer encoder that reads a sentence and, from the
 * pronoun's final representation, names the pronoun's antecedent (one class per person or
 * animal the corpus knows).
 *
 *   X⁰ = E[tokens] + PE                       (n×d)
 *   Xˡ = Xˡ⁻¹ + MultiHead(Xˡ⁻¹)               (one residual attention block per layer)
 *   logits = X^L[pronoun] W_c + b_c           (1×classes)
 *
 * The pronoun's own embedding says nothing about who is in the sentence, and the readout is
 * linear, so the only way to name the antecedent is for attention to carry it from the name's
 * position to the pronoun's: what the heads learn is the resolution itself.
 *
 * Limitations: no layer normalisation and no feed-forward sublayer; with one or two layers of
 * width 16-32 neither is needed for this task, and leaving them out keeps each number on the
 * page one product away from the last.
 */

export interface ModelConfig {
	vocabSize: number;
	nClasses: number;
	dModel: number;
	nHeads: number;
	nLayers: number;
	/** Standard deviation of the initial embedding entries. */
	embedStd: number;
}

/** Everything one forward pass computed, for the views and for `backward`. */
export interface ModelTrace {
	ids: number[];
	/** Token embeddings E[tokens], n×d. */
	embedded: Matrix;
	/** Positional encodings, n×d. */
	positions: Matrix;
	/** Each layer's input (index 0 is E + PE) and, at index L, the final states. */
	states: Matrix[];
	/** Each layer's attention trace. */
	attention: AttentionTrace[];
	/** The position the classifier reads. */
	readAt: number;
	/** Class logits, 1×classes. */
	logits: Matrix;
}

/** The plain-JSON form: config and one array per parameter, by name. */
export interface ModelJSON {
	config: ModelConfig;
	params: Record<string, number[]>;
}

export class PronounModel {
	readonly config: ModelConfig;
	embed: Embedding;
	layers: MultiHeadAttention[];
	head: Dense;
	private last: ModelTrace | null = null;

	/** A fresh model; embedding, layers and head draw from named splits of `rng`. */
	constructor(config: ModelConfig, rng: Rng) {
		this.config = { ...config };
		const { vocabSize, nClasses, dModel, nHeads, nLayers, embedStd } = config;
		this.embed = new Embedding(vocabSize, dModel, rng.split('embed'), 'embed', embedStd);
		this.layers = Array.from(
			{ length: nLayers },
			(_, l) => new MultiHeadAttention(dModel, nHeads, rng.split(`layer${l}`), `layer${l}`)
		);
		this.head = new Dense(dModel, nClasses, 'linear', rng.split('head'), 'head');
	}

	/**
	 * The forward pass for token ids, reading the classifier at position `readAt`, with an
	 * optional keep mask (n·n) applied in every layer and optional per-layer head gates (training
	 * only, see MultiHeadAttention.forward). Returns the trace (also kept for backward).
	 */
	forward(
		ids: readonly number[],
		readAt: number,
		keep: Uint8Array | null = null,
		gates: ArrayLike<number>[] | null = null
	): ModelTrace {
		const n = ids.length;
		if (readAt < 0 || readAt >= n)
			throw new RangeError(`forward: readAt ${readAt} outside 0..${n - 1}`);
		const embedded = this.embed.forward(ids);
		const positions = sinusoidalPositions(n, this.config.dModel);
		let x = embedded.clone();
		for (let k = 0; k < x.data.length; k++) x.data[k] += positions.data[k];

		const states = [x];
		const attention: AttentionTrace[] = [];
		for (const [l, layer] of this.layers.entries()) {
			const y = layer.forward(x, x, keep, gates ? gates[l] : null);
			const next = x.clone();
			for (let k = 0; k < next.data.length; k++) next.data[k] += y.data[k];
			attention.push(layer.trace);
			states.push(next);
			x = next;
		}

		const logits = this.head.forward(new Matrix(1, x.cols, x.row(readAt)));
		this.last = { ids: [...ids], embedded, positions, states, attention, readAt, logits };
		return this.last;
	}

	/** Accumulates every parameter's gradient from dL/dlogits (1×classes). */
	backward(dLogits: Matrix): void {
		const t = this.last;
		if (!t) throw new Error('PronounModel.backward: call forward first');
		const n = t.ids.length;
		const d = this.config.dModel;

		const dRow = this.head.backward(dLogits);
		let dX = new Matrix(n, d);
		dX.data.set(dRow.data, t.readAt * d);

		for (let l = this.layers.length - 1; l >= 0; l--) {
			const { dXq, dXkv } = this.layers[l].backward(dX);
			const dIn = dX.clone();
			for (let k = 0; k < dIn.data.length; k++) dIn.data[k] += dXq.data[k] + dXkv.data[k];
			dX = dIn;
		}
		this.embed.backward(dX);
	}

	/** Every trainable tensor, in a fixed order: embedding, layers, classifier. */
	params(): Param[] {
		return [
			...this.embed.params(),
			...this.layers.flatMap((l) => l.params()),
			...this.head.params()
		];
	}

	toJSON(): ModelJSON {
		const params: Record<string, number[]> = {};
		for (const p of this.params()) params[p.name] = Array.from(p.value);
		return { config: { ...this.config }, params };
	}

	/** A model with the weights of `json`; throws if a tensor is missing or has the wrong size. */
	static fromJSON(json: ModelJSON): PronounModel {
		const m = new PronounModel(json.config, Rng.fromSeed(0));
		for (const p of m.params()) {
			const v = json.params[p.name];
			if (!v || v.length !== p.value.length)
				throw new Error(`PronounModel.fromJSON: bad ${p.name}`);
			p.value.set(v);
		}
		return m;
	}
}
