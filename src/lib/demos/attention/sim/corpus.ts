import type { Rng } from '../../../core';
import type { TokenMode } from './tokenizer';
import {
	ANIMALS,
	FILLERS,
	FINAL_MARKS,
	PEOPLE,
	PLACES,
	PRONOUNS,
	TEMPLATES,
	type Gender,
	type Lang,
	type Template
} from './templates';

/**
 * The generated corpus: template sentences whose pronoun has exactly one possible antecedent, the
 * only person of its gender (or the only animal). The training target at the pronoun is that
 * antecedent's identity, one class per person or animal.
 *
 * Held out from training, for the test of what attention learned: every sentence of template k
 * (its rank among the templates of its language and kind) with pair (i, j) (indices into the two
 * word lists) where (i + j + k) mod 4 = 0, in either order, with either pronoun, in any mode.
 * So a quarter of the sentences are never seen; each pair still appears in the other templates,
 * so the model can learn every name's gender, and the test asks whether attention finds the
 * antecedent in a sentence it has not seen. The held-out set includes 小明给小红送了一…，她很喜欢,
 * Tom gave Mary a … and "The animal didn't cross the street because it was too tired", so the
 * demo's preset sentences are ones the model never saw.
 */

/** A class of the antecedent classifier: one person or animal. */
export interface Entity {
	/** The token key (lower-cased for English). */
	key: string;
	/** The name as written. */
	label: string;
	lang: Lang;
	kind: 'person' | 'animal';
	gender?: Gender;
}

export const ENTITIES: Entity[] = (['zh', 'en'] as const).flatMap((lang) => [
	...(['m', 'f'] as const).flatMap((gender) =>
		PEOPLE[lang][gender].map((label): Entity => ({
			key: label.toLowerCase(),
			label,
			lang,
			kind: 'person',
			gender
		}))
	),
	...ANIMALS[lang].map((label): Entity => ({ key: label, label, lang, kind: 'animal' }))
]);

const entityIndex = new Map(ENTITIES.map((e, i) => [e.key, i]));

/** One sentence with its pronoun, the token span of its antecedent and of the distractor. */
export interface Example {
	template: string;
	lang: Lang;
	mode: TokenMode;
	/** Token keys, as the tokenizer would give them. */
	tokens: string[];
	/** The sentence as written. */
	text: string;
	/** Index of the pronoun token. */
	pronoun: number;
	/** Token span [start, end) of the antecedent (two spans in 'char' mode for 小红: 小, 红). */
	antecedent: [number, number];
	/** Token span of the other candidate (the other person, or the place). */
	distractor: [number, number];
	/** Index into {@link ENTITIES} of the antecedent. */
	target: number;
}

/** The words that fill one template. */
export interface Fill {
	/** First and second person, or animal and place. */
	first: string;
	second: string;
	/** The pronoun. */
	pronoun: string;
	/** Which of first/second the pronoun refers to. */
	refersTo: 'first' | 'second';
	/** Index into the {O}, {J} or {K} filler list, whichever the template has. */
	filler: number;
	/** A sentence-final mark, or '' for none. */
	final: string;
}

const isHan = (s: string) => /\p{Script=Han}/u.test(s);

/** The Chinese words every template sentence is made of: the lexicon of 'word' mode. */
export function corpusLexicon(): Set<string> {
	const words = new Set<string>();
	const add = (w: string) => isHan(w) && words.add(w);
	for (const tpl of TEMPLATES) for (const tok of tpl.tokens) if (!tok.startsWith('{')) add(tok);
	for (const g of ['m', 'f'] as const) PEOPLE.zh[g].forEach(add);
	ANIMALS.zh.forEach(add);
	PLACES.zh.forEach(add);
	Object.values(PRONOUNS.zh).forEach(add);
	for (const list of Object.values(FILLERS.zh)) for (const f of list) f.forEach(add);
	return words;
}

/**
 * The vocabulary: '<unk>' first, then every token key of every template sentence in 'word'
 * mode (in order of first appearance in the word lists), then every Chinese character that is not
 * already a word, for 'char' mode.
 */
export function buildVocab(): string[] {
	const seen = new Set<string>(['<unk>']);
	const vocab = ['<unk>'];
	const add = (w: string) => {
		const k = w.toLowerCase();
		if (!seen.has(k)) {
			seen.add(k);
			vocab.push(k);
		}
	};
	for (const lang of ['zh', 'en'] as const) {
		for (const g of ['m', 'f'] as const) PEOPLE[lang][g].forEach(add);
		ANIMALS[lang].forEach(add);
		PLACES[lang].forEach(add);
		Object.values(PRONOUNS[lang]).forEach(add);
		for (const list of Object.values(FILLERS[lang])) for (const f of list) f.forEach(add);
		FINAL_MARKS[lang].forEach(add);
	}
	for (const tpl of TEMPLATES) for (const tok of tpl.tokens) if (!tok.startsWith('{')) add(tok);
	for (const w of [...vocab]) if (isHan(w)) for (const ch of w) add(ch);
	return vocab;
}

function joinEnglish(words: string[]): string {
	let s = '';
	for (const w of words) s += s === '' || /^[,.!]$/.test(w) ? w : ' ' + w;
	return s;
}

/** Fills a template and splits it into tokens of the given mode, with spans tracked. */
export function makeExample(tpl: Template, fill: Fill, mode: TokenMode): Example {
	const words: string[] = [];
	let pronounWord = -1;
	let firstWord = -1;
	let secondWord = -1;
	for (const slot of tpl.tokens) {
		const name = slot.startsWith('{') ? slot.slice(1, -1) : '';
		if (name === 'A' || name === 'X') firstWord = words.push(fill.first) - 1;
		else if (name === 'B' || name === 'Y') secondWord = words.push(fill.second) - 1;
		else if (name === 'P') pronounWord = words.push(fill.pronoun) - 1;
		else if (name) words.push(...FILLERS[tpl.lang][name][fill.filler]);
		else words.push(slot);
	}
	if (fill.final) words.push(fill.final);

	const tokens: string[] = [];
	const spans: [number, number][] = [];
	for (const w of words) {
		const start = tokens.length;
		if (mode === 'char' && isHan(w)) tokens.push(...w);
		else tokens.push(w.toLowerCase());
		spans.push([start, tokens.length]);
	}

	const [ante, other] =
		fill.refersTo === 'first' ? [firstWord, secondWord] : [secondWord, firstWord];
	const target = entityIndex.get(words[ante].toLowerCase());
	if (target === undefined) throw new Error(`makeExample: ${words[ante]} is not an entity`);
	return {
		template: tpl.id,
		lang: tpl.lang,
		mode,
		tokens,
		text: tpl.lang === 'zh' ? words.join('') : joinEnglish(words),
		pronoun: spans[pronounWord][0],
		antecedent: spans[ante],
		distractor: spans[other],
		target
	};
}

const templateRank = new Map(
	TEMPLATES.map((tpl) => [
		tpl.id,
		TEMPLATES.filter((o) => o.lang === tpl.lang && o.kind === tpl.kind).indexOf(tpl)
	])
);

/** Whether template `tpl` with pair (i, j) of its two word lists is held out from training. */
export function isHeldOut(tpl: Template, i: number, j: number): boolean {
	return (i + j + templateRank.get(tpl.id)!) % 4 === 0;
}

function fillerCount(tpl: Template): number {
	const slot = tpl.tokens.find((s) => s === '{O}' || s === '{J}' || s === '{K}');
	return slot ? FILLERS[tpl.lang][slot.slice(1, -1)].length : 1;
}

/** The fill of a template for pair (i, j), given which one comes first and who is meant. */
function fillFor(
	tpl: Template,
	i: number,
	j: number,
	swap: boolean,
	gender: Gender,
	filler: number,
	final: string
): Fill {
	const L = tpl.lang;
	if (tpl.kind === 'animal') {
		return {
			first: ANIMALS[L][i],
			second: PLACES[L][j],
			pronoun: PRONOUNS[L].it,
			refersTo: 'first',
			filler,
			final
		};
	}
	const [first, second] = swap
		? [PEOPLE[L].f[j], PEOPLE[L].m[i]]
		: [PEOPLE[L].m[i], PEOPLE[L].f[j]];
	const maleFirst = !swap;
	const refersTo = (gender === 'm') === maleFirst ? 'first' : 'second';
	return { first, second, pronoun: PRONOUNS[L][gender], refersTo, filler, final };
}

function pairSizes(tpl: Template): [number, number] {
	return tpl.kind === 'animal'
		? [ANIMALS[tpl.lang].length, PLACES[tpl.lang].length]
		: [PEOPLE[tpl.lang].m.length, PEOPLE[tpl.lang].f.length];
}

/**
 * A random training sentence: a uniform template, a pair not held out for it, a random order,
 * pronoun, filler and final mark (none half the time); Chinese sentences are split into single
 * characters with probability `charRate`.
 */
export function sampleTrainingExample(rng: Rng, charRate = 0.3): Example {
	const tpl = TEMPLATES[rng.int(TEMPLATES.length)];
	const [ni, nj] = pairSizes(tpl);
	let i: number;
	let j: number;
	do {
		i = rng.int(ni);
		j = rng.int(nj);
	} while (isHeldOut(tpl, i, j));
	const swap = rng.uniform() < 0.5;
	const gender: Gender = rng.uniform() < 0.5 ? 'm' : 'f';
	const filler = rng.int(fillerCount(tpl));
	const marks = FINAL_MARKS[tpl.lang];
	const final = rng.uniform() < 0.5 ? '' : marks[rng.int(marks.length)];
	const mode: TokenMode = tpl.lang === 'zh' && rng.uniform() < charRate ? 'char' : 'word';
	return makeExample(tpl, fillFor(tpl, i, j, swap, gender, filler, final), mode);
}

/**
 * Every held-out sentence in one mode: each template with each held-out pair, both orders and
 * both pronouns (animal templates: every state word instead), fillers and final marks taken
 * in turn.
 * In 'char' mode only the Chinese templates are included.
 */
export function heldOutExamples(mode: TokenMode): Example[] {
	const out: Example[] = [];
	let turn = 0;
	for (const tpl of TEMPLATES) {
		if (mode === 'char' && tpl.lang !== 'zh') continue;
		const [ni, nj] = pairSizes(tpl);
		const marks = ['', ...FINAL_MARKS[tpl.lang]];
		const variants: [boolean, Gender, number][] =
			tpl.kind === 'animal'
				? Array.from({ length: fillerCount(tpl) }, (_, f) => [false, 'm', f])
				: [
						[false, 'm', -1],
						[false, 'f', -1],
						[true, 'm', -1],
						[true, 'f', -1]
					];
		for (let i = 0; i < ni; i++) {
			for (let j = 0; j < nj; j++) {
				if (!isHeldOut(tpl, i, j)) continue;
				for (const [swap, gender, f] of variants) {
					const filler = f >= 0 ? f : turn % fillerCount(tpl);
					const final = marks[turn % marks.length];
					out.push(makeExample(tpl, fillFor(tpl, i, j, swap, gender, filler, final), mode));
					turn++;
				}
			}
		}
	}
	return out;
}

let statusIndex: Map<string, boolean> | null = null;

/**
 * Whether a token-key sequence is a template sentence the model trained on (`'train'`), one
 * held out from training (`'heldOut'`), or neither (`null`). A final mark is ignored. Builds an
 * index of every template sentence in 'word' mode on first use (about ten thousand keys).
 */
export function sentenceStatus(keys: readonly string[]): 'train' | 'heldOut' | null {
	if (!statusIndex) {
		statusIndex = new Map();
		for (const tpl of TEMPLATES) {
			const [ni, nj] = pairSizes(tpl);
			const genders: Gender[] = tpl.kind === 'animal' ? ['m'] : ['m', 'f'];
			for (let i = 0; i < ni; i++) {
				for (let j = 0; j < nj; j++) {
					for (const swap of tpl.kind === 'animal' ? [false] : [false, true]) {
						for (const g of genders) {
							for (let f = 0; f < fillerCount(tpl); f++) {
								const ex = makeExample(tpl, fillFor(tpl, i, j, swap, g, f, ''), 'word');
								statusIndex.set(ex.tokens.join(' '), isHeldOut(tpl, i, j));
							}
						}
					}
				}
			}
		}
	}
	const marks = new Set([...FINAL_MARKS.zh, ...FINAL_MARKS.en]);
	const bare = keys.length > 0 && marks.has(keys[keys.length - 1]) ? keys.slice(0, -1) : keys;
	const held = statusIndex.get(bare.join(' '));
	return held === undefined ? null : held ? 'heldOut' : 'train';
}
