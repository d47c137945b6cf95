import type { Example } from './corpus';
import type { PronounModel } from './model';
import { exampleIds } from './train';
import type { Vocabulary } from './vocab';

/**
 * Measuring what each head does with the pronoun's row of attention weights on a set of
 * sentences: where its largest weight lands (the antecedent, the other candidate, the pronoun
 * itself, the token just before it, the first token, a punctuation mark, elsewhere), and the mean
 * weight it gives the antecedent.
 */

/** Where a head's largest weight from the pronoun lands, as fractions of the sentences. */
export interface HeadHabits {
	layer: number;
	head: number;
	/** Fraction of sentences whose argmax is inside the antecedent's span. */
	antecedent: number;
	distractor: number;
	self: number;
	previous: number;
	first: number;
	punctuation: number;
	other: number;
	/** Mean total weight on the antecedent's tokens. */
	meanAntecedentWeight: number;
}

export interface Evaluation {
	count: number;
	/** Fraction of sentences whose classifier argmax is the antecedent. */
	classifierAccuracy: number;
	heads: HeadHabits[];
}

const PUNCT = /^[\p{P}]$/u;

function argmaxRow(w: Float64Array): number {
	let best = 0;
	for (let j = 1; j < w.length; j++) if (w[j] > w[best]) best = j;
	return best;
}

/** Runs the model on every example and tallies each head's habits (see the module note). */
export function evaluate(model: PronounModel, vocab: Vocabulary, examples: Example[]): Evaluation {
	const { nLayers, nHeads } = model.config;
	const heads: HeadHabits[] = [];
	for (let l = 0; l < nLayers; l++) {
		for (let h = 0; h < nHeads; h++) {
			heads.push({
				layer: l,
				head: h,
				antecedent: 0,
				distractor: 0,
				self: 0,
				previous: 0,
				first: 0,
				punctuation: 0,
				other: 0,
				meanAntecedentWeight: 0
			});
		}
	}

	let correct = 0;
	for (const ex of examples) {
		const trace = model.forward(exampleIds(ex, vocab), ex.pronoun);
		const logits = trace.logits.data;
		if (argmaxRow(logits) === ex.target) correct++;

		const p = ex.pronoun;
		const inSpan = (j: number, s: [number, number]) => j >= s[0] && j < s[1];
		for (const habit of heads) {
			const w = trace.attention[habit.layer].heads[habit.head].weights.row(p);
			const j = argmaxRow(w);
			if (inSpan(j, ex.antecedent)) habit.antecedent++;
			else if (inSpan(j, ex.distractor)) habit.distractor++;
			else if (j === p) habit.self++;
			else if (j === p - 1) habit.previous++;
			else if (j === 0) habit.first++;
			else if (PUNCT.test(ex.tokens[j])) habit.punctuation++;
			else habit.other++;
			for (let k = ex.antecedent[0]; k < ex.antecedent[1]; k++) habit.meanAntecedentWeight += w[k];
		}
	}

	const n = examples.length;
	for (const habit of heads) {
		for (const key of [
			'antecedent',
			'distractor',
			'self',
			'previous',
			'first',
			'punctuation',
			'other',
			'meanAntecedentWeight'
		] as const) {
			habit[key] /= n;
		}
	}
	return { count: n, classifierAccuracy: correct / n, heads };
}
