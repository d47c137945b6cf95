import { beforeAll, describe, expect, test } from 'vitest';
import { setLocale } from '$lib/paraglide/runtime';
import { defaults } from '$lib/timeline/schema';
import { Timeline } from '$lib/timeline/timeline';
import { attentionPhaseLabel, describeAttention, explainAttention } from './explain';
import { attentionSchema } from './schema';
import { PRESETS, type AttentionParams } from './sim/attention-sim';
import { attentionSim } from './view-weights';

const base = defaults(attentionSchema) as AttentionParams;
const at = (patch: Partial<AttentionParams>, frame: number) => {
	const p = { ...base, ...patch };
	return { obs: new Timeline(attentionSim, p, 1).seek(frame), p };
};

describe.each(['en', 'zh'] as const)('explanations in %s', (lang) => {
	beforeAll(() => setLocale(lang, { reload: false }));

	test.each([PRESETS.zh[0], PRESETS.en[0]])('every frame of “%s” has text and a formula', (s) => {
		for (let f = 0; f < attentionSim.frames({ ...base, sentence: s }); f++) {
			const { obs, p } = at({ sentence: s }, f);
			const e = explainAttention(obs, p);
			expect(e.text.length).toBeGreaterThan(20);
			expect(e.text).not.toMatch(/undefined|NaN|\{/);
			expect(e.formula).toBeTruthy();
			expect(attentionPhaseLabel(obs).length).toBeGreaterThan(0);
		}
	});

	test('cross-attention frames are explained too', () => {
		const p = { ...base, mode: 'cross' as const };
		for (let f = 0; f < attentionSim.frames(p); f++) {
			const { obs } = at(p, f);
			const e = explainAttention(obs, p);
			expect(e.text).not.toMatch(/undefined|NaN|\{/);
			expect(describeAttention(obs)).not.toMatch(/undefined|NaN/);
		}
	});
});

describe('the text alternative', () => {
	beforeAll(() => setLocale('en', { reload: false }));

	test('says that 她 attends most to 小红 in the default sentence', () => {
		const { obs } = at({}, 6);
		expect(describeAttention(obs)).toMatch(/“她” attends most to “小红”, weight 0\.\d+/);
	});

	test('names the mask in the mask frame when the causal switch is on', () => {
		const { obs, p } = at({ causal: true }, 5);
		expect(explainAttention(obs, p).text).toMatch(/GPT/);
	});
});
