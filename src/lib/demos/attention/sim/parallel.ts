import type { Rng } from '../../../core';
import { isHeldOut } from './corpus';
import { ANIMALS, FILLERS, PEOPLE, PLACES, PRONOUNS, TEMPLATES, type Template } from './templates';

/**
 * The parallel corpus of the cross-attention demo: each Chinese template sentence with its
 * English rendering, word for word where the languages allow (names in pinyin). The held-out
 * rule is the pronoun corpus's, so the same sentences are unseen by both models.
 */

/** English renderings of the Chinese words that fill the slots, in the same order. */
const EN_OF: Record<string, string[]> = {
	m: ['Xiaoming', 'Xiaogang', 'Xiaojun', 'Xiaoqiang', 'Dawei', 'Ajie'],
	f: ['Xiaohong', 'Xiaoli', 'Xiaofang', 'Xiaomei', 'Xiaoxue', 'Alan'],
	X: ['animal', 'puppy', 'kitten', 'pony', 'bird', 'rabbit'],
	Y: ['road', 'stream', 'bridge', 'square', 'street'],
	O: ['a book', 'a pen', 'an umbrella', 'some flowers', 'an apple', 'a cup of tea'],
	J: ['tired', 'scared', 'hungry', 'slow'],
	K: ['wide', 'long', 'crowded', 'dark']
};

/** The English template of each Chinese template. */
const EN_TEMPLATE: Record<string, string> = {
	'zh-gift': '{A} gave {B} {O} , and {P} liked it',
	'zh-park': '{A} and {B} went to the park , and {P} walked fast',
	'zh-tell': '{A} told {B} that {P} would go to Beijing tomorrow',
	'zh-dinner': '{A} invited {B} to dinner because {P} was happy today',
	'zh-lend': '{A} lent {B} {O} , and {P} was glad',
	'zh-saw': '{A} saw {B} reading , and {P} smiled',
	'zh-cross': "the {X} didn't cross the {Y} because {P} was too {J}",
	'zh-wide': 'the {Y} was too {K} for the {X} , so {P} went home'
};

/** One sentence pair, as token keys (English lower-cased). */
export interface SentencePair {
	template: string;
	source: string[];
	target: string[];
	/**
	 * For each target token, the source token it renders when that is one word (a name, an
	 * animal, a place, the pronoun, a state word), else −1.
	 */
	alignment: number[];
	/** The Chinese sentence as written. */
	text: string;
}

type Pick = { A: number; B: number; aFemale: boolean; P: 'm' | 'f' | 'it'; filler: number };

function zhSlot(slot: string, pick: Pick): string[] {
	switch (slot) {
		case '{A}':
			return [pick.aFemale ? PEOPLE.zh.f[pick.A] : PEOPLE.zh.m[pick.A]];
		case '{B}':
			return [pick.aFemale ? PEOPLE.zh.m[pick.B] : PEOPLE.zh.f[pick.B]];
		case '{X}':
			return [ANIMALS.zh[pick.A]];
		case '{Y}':
			return [PLACES.zh[pick.B]];
		case '{P}':
			return [PRONOUNS.zh[pick.P]];
		case '{O}':
		case '{J}':
		case '{K}':
			return FILLERS.zh[slot[1]][pick.filler];
		default:
			return [slot];
	}
}

function enSlot(slot: string, pick: Pick): string[] {
	switch (slot) {
		case '{A}':
			return [pick.aFemale ? EN_OF.f[pick.A] : EN_OF.m[pick.A]];
		case '{B}':
			return [pick.aFemale ? EN_OF.m[pick.B] : EN_OF.f[pick.B]];
		case '{X}':
			return [EN_OF.X[pick.A]];
		case '{Y}':
			return [EN_OF.Y[pick.B]];
		case '{P}':
			return [PRONOUNS.en[pick.P]];
		case '{O}':
		case '{J}':
		case '{K}':
			return EN_OF[slot[1]][pick.filler].split(' ');
		default:
			return [slot];
	}
}

const ALIGNED_SLOTS = new Set(['{A}', '{B}', '{X}', '{Y}', '{P}', '{J}', '{K}']);

function render(tpl: Template, pick: Pick, final: boolean): SentencePair {
	const source: string[] = [];
	const slotAt = new Map<string, number>();
	for (const slot of tpl.tokens) {
		if (ALIGNED_SLOTS.has(slot)) slotAt.set(slot, source.length);
		source.push(...zhSlot(slot, pick));
	}
	const target: string[] = [];
	const alignment: number[] = [];
	for (const slot of EN_TEMPLATE[tpl.id].split(' ')) {
		const words = enSlot(slot, pick);
		for (const w of words) {
			target.push(w.toLowerCase());
			alignment.push(ALIGNED_SLOTS.has(slot) ? slotAt.get(slot)! : -1);
		}
	}
	if (final) {
		source.push('。');
		target.push('.');
		alignment.push(-1);
	}
	return { template: tpl.id, source, target, alignment, text: source.join('') };
}

const ZH_TEMPLATES = TEMPLATES.filter((t) => t.lang === 'zh');

function sizes(tpl: Template): [number, number, number] {
	const slot = tpl.tokens.find((s) => s === '{O}' || s === '{J}' || s === '{K}');
	const fillers = slot ? FILLERS.zh[slot[1]].length : 1;
	return tpl.kind === 'animal'
		? [ANIMALS.zh.length, PLACES.zh.length, fillers]
		: [PEOPLE.zh.m.length, PEOPLE.zh.f.length, fillers];
}

/**
 * Pair (A, B) of the template in terms of the pronoun corpus's indices (i male, j female), so
 * the held-out rule is the same: the first person is i when the male comes first.
 */
function heldOut(tpl: Template, pick: Pick): boolean {
	if (tpl.kind === 'animal') return isHeldOut(tpl, pick.A, pick.B);
	return pick.aFemale ? isHeldOut(tpl, pick.B, pick.A) : isHeldOut(tpl, pick.A, pick.B);
}

/** A random training pair (not held out), with a final 。 half of the time. */
export function sampleTrainingPair(rng: Rng): SentencePair {
	for (;;) {
		const tpl = ZH_TEMPLATES[rng.int(ZH_TEMPLATES.length)];
		const [na, nb, nf] = sizes(tpl);
		const aFemale = tpl.kind === 'person' && rng.uniform() < 0.5;
		const pick: Pick = {
			A: rng.int(aFemale ? nb : na),
			B: rng.int(aFemale ? na : nb),
			aFemale,
			P: tpl.kind === 'animal' ? 'it' : rng.uniform() < 0.5 ? 'm' : 'f',
			filler: rng.int(nf)
		};
		const final = rng.uniform() < 0.5;
		if (!heldOut(tpl, pick)) return render(tpl, pick, final);
	}
}

/** Every held-out pair: each template × held-out pair × order × pronoun, fillers in turn. */
export function heldOutPairs(): SentencePair[] {
	const out: SentencePair[] = [];
	let turn = 0;
	for (const tpl of ZH_TEMPLATES) {
		const [na, nb, nf] = sizes(tpl);
		for (const aFemale of tpl.kind === 'animal' ? [false] : [false, true]) {
			for (let a = 0; a < (aFemale ? nb : na); a++) {
				for (let b = 0; b < (aFemale ? na : nb); b++) {
					for (const P of tpl.kind === 'animal' ? (['it'] as const) : (['m', 'f'] as const)) {
						const pick: Pick = { A: a, B: b, aFemale, P, filler: turn % nf };
						if (!heldOut(tpl, pick)) continue;
						out.push(render(tpl, pick, turn % 2 === 1));
						turn++;
					}
				}
			}
		}
	}
	return out;
}

/** Source and target vocabularies: '<unk>' first (and '<bos>', '<eos>' for the target). */
export function parallelVocab(): { source: string[]; target: string[] } {
	const src = new Set<string>(['<unk>']);
	const tgt = new Set<string>(['<unk>', '<bos>', '<eos>']);
	for (const tpl of ZH_TEMPLATES) {
		for (const t of tpl.tokens) if (!t.startsWith('{')) src.add(t);
		for (const w of EN_TEMPLATE[tpl.id].split(' '))
			if (!w.startsWith('{')) tgt.add(w.toLowerCase());
	}
	const zhWords = [
		...PEOPLE.zh.m,
		...PEOPLE.zh.f,
		...ANIMALS.zh,
		...PLACES.zh,
		...Object.values(PRONOUNS.zh),
		...Object.values(FILLERS.zh).flatMap((list) => list.flat()),
		'。'
	];
	zhWords.forEach((w) => src.add(w));
	const enWords = [
		...Object.values(EN_OF).flatMap((list) => list.flatMap((w) => w.split(' '))),
		...Object.values(PRONOUNS.en),
		'.'
	];
	enWords.forEach((w) => tgt.add(w.toLowerCase()));
	return { source: [...src], target: [...tgt] };
}
