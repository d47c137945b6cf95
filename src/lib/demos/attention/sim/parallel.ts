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
	/** The Chinese sentence as written. */
	text: string;
}

type Pick = { A: number; B: number; aFemale: boolean; P: 'm' | 'f' | 'it'; filler: number };

function render(tpl: Template, pick: Pick, final: boolean): SentencePair {
	const zhTokens = tpl.tokens.flatMap((slot): string[] => {
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
	});
	const enWords = EN_TEMPLATE[tpl.id].split(' ').flatMap((slot): string[] => {
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
	});
	const source = final ? [...zhTokens, '。'] : zhTokens;
	const target = (final ? [...enWords, '.'] : enWords).map((w) => w.toLowerCase());
	return { template: tpl.id, source, target, text: source.join('') };
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
		const [na, nb, nf] = sizes(tpl);
		for (let a = 0; a < Math.max(na, nb); a++) {
			for (const aFemale of [false, true]) {
				for (const P of ['m', 'f', 'it'] as const) {
					for (let f = 0; f < nf; f++) {
						const A = Math.min(a, (aFemale ? nb : na) - 1);
						const B = Math.min(a, (aFemale ? na : nb) - 1);
						const pair = render(tpl, { A, B, aFemale, P, filler: f }, true);
						pair.source.forEach((t) => src.add(t));
						pair.target.forEach((t) => tgt.add(t));
					}
				}
			}
		}
	}
	return { source: [...src], target: [...tgt] };
}
