import { beforeAll, describe, expect, test } from 'vitest';
import { setLocale } from '$lib/paraglide/runtime';
import { dominantHabit, habitSentence, rankedHabits } from './view-habits';
import { pronounFile } from './view-weights';

const heads = pronounFile.report.heldOut.word.heads;
const resolver = pronounFile.report.resolver;

beforeAll(() => setLocale('en', { reload: false }));

describe('head habits', () => {
	test('rank a head’s landing places by share, and the shares add up to 1', () => {
		for (const h of heads) {
			const ranked = rankedHabits(h);
			expect(ranked[0]).toEqual(dominantHabit(h));
			expect(ranked.reduce((s, x) => s + x.share, 0)).toBeCloseTo(1, 12);
		}
	});

	test('name the resolver head with its held-out share', () => {
		const r = heads.find((h) => h.layer === resolver.layer && h.head === resolver.head)!;
		const text = habitSentence(r, resolver);
		expect(text).toContain(`Head ${resolver.head + 1} resolves the pronoun`);
		expect(text).toMatch(/\d+(\.\d+)?%/);
	});

	test('say something about every other head', () => {
		for (const h of heads) expect(habitSentence(h, resolver)).toContain(`Head ${h.head + 1}`);
	});
});
