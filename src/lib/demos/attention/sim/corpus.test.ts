import { describe, expect, it } from 'vitest';
import { Rng } from '../../../core';
import {
	ENTITIES,
	sentenceStatus,
	buildVocab,
	corpusLexicon,
	heldOutExamples,
	isHeldOut,
	sampleTrainingExample
} from './corpus';
import { TEMPLATES } from './templates';
import { tokenize } from './tokenizer';

const lexicon = corpusLexicon();
const keys = (text: string, mode: 'word' | 'char' = 'word') =>
	tokenize(text, mode, lexicon).map((t) => t.key);

describe('tokenize', () => {
	it('keeps the model’s names whole where Intl.Segmenter would split them', () => {
		expect(keys('小明给小红送了一本书，她很喜欢')).toEqual([
			'小明',
			'给',
			'小红',
			'送',
			'了',
			'一',
			'本',
			'书',
			'，',
			'她',
			'很',
			'喜欢'
		]);
	});

	it('splits Chinese into single characters in char mode', () => {
		expect(keys('小红很喜欢', 'char')).toEqual(['小', '红', '很', '喜', '欢']);
	});

	it('splits English into lower-cased words and keeps contractions whole', () => {
		expect(keys("The animal didn't cross the street, because it was too tired.")).toEqual([
			'the',
			'animal',
			"didn't",
			'cross',
			'the',
			'street',
			',',
			'because',
			'it',
			'was',
			'too',
			'tired',
			'.'
		]);
	});

	it('records where each token sits in the input', () => {
		const toks = tokenize('Tom 和 Mary', 'word', lexicon);
		expect(toks.map((t) => [t.text, t.start, t.end])).toEqual([
			['Tom', 0, 3],
			['和', 4, 5],
			['Mary', 6, 10]
		]);
	});

	it('splits text the lexicon does not cover with the dictionary segmenter', () => {
		const toks = keys('今天天气很好');
		expect(toks[0]).toBe('今天');
		expect(toks.join('')).toBe('今天天气很好');
	});
});

describe('corpus', () => {
	const vocab = new Set(buildVocab());

	it('makes sentences that split back into exactly their tokens, all in the vocabulary', () => {
		const rng = Rng.fromSeed('corpus');
		const examples = [
			...heldOutExamples('word'),
			...heldOutExamples('char'),
			...Array.from({ length: 300 }, () => sampleTrainingExample(rng))
		];
		for (const ex of examples) {
			expect(keys(ex.text, ex.mode), ex.text).toEqual(ex.tokens);
			for (const t of ex.tokens) expect(vocab.has(t), t).toBe(true);
		}
	});

	it('marks the pronoun and an antecedent of the pronoun’s gender', () => {
		for (const ex of heldOutExamples('word')) {
			const ante = ENTITIES[ex.target];
			expect(ex.tokens.slice(...ex.antecedent).join('')).toBe(ante.key);
			const p = ex.tokens[ex.pronoun];
			if (ante.kind === 'animal') expect(['它', 'it']).toContain(p);
			else expect(['他', 'he'].includes(p)).toBe(ante.gender === 'm');
		}
	});

	it('holds out 小明 with 小红 and Tom with Mary, and never trains on a held-out sentence', () => {
		const held = heldOutExamples('word').map((e) => e.text);
		expect(held.some((t) => /^小明给小红送了一.{1,2}，她很喜欢/.test(t))).toBe(true);
		expect(held.some((t) => t.startsWith('Tom gave Mary'))).toBe(true);
		const bare = held.map((t) => t.replace(/[。！.!]$/, ''));
		expect(bare).toContain("The animal didn't cross the street because it was too tired");

		expect(isHeldOut(TEMPLATES[0], 0, 0)).toBe(true);
		const rng = Rng.fromSeed('train-pairs');
		for (let k = 0; k < 500; k++) {
			const ex = sampleTrainingExample(rng);
			expect(bare).not.toContain(ex.text.replace(/[。！.!]$/, ''));
		}
	});

	it('spans a two-character name over two tokens in char mode', () => {
		const ex = heldOutExamples('char').find((e) => e.text.startsWith('小明给小红'))!;
		expect(ex.tokens.slice(0, 2)).toEqual(['小', '明']);
		expect(ex.antecedent[1] - ex.antecedent[0]).toBe(2);
	});

	it('tells training sentences from held-out ones and from free text', () => {
		expect(sentenceStatus(keys('小明给小红送了一本书，她很喜欢。'))).toBe('heldOut');
		const train = sampleTrainingExample(Rng.fromSeed('status'), 0);
		expect(sentenceStatus(keys(train.text))).toBe('train');
		expect(sentenceStatus(keys('今天天气很好'))).toBeNull();
	});
});
