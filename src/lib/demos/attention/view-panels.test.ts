import { describe, expect, test } from 'vitest';
import { defaults } from '$lib/timeline/schema';
import { Timeline } from '$lib/timeline/timeline';
import { attentionSchema } from './schema';
import type { AttentionObservation, AttentionParams } from './sim/attention-sim';
import { STAGES } from './sim/self-attention';
import { defaultFocus, focusFromPanel, highlightFor, panelTitle, stageItems } from './view-panels';
import type { Panel } from './view-panels';
import { attentionSim } from './view-weights';

const base = defaults(attentionSchema) as AttentionParams;
const obsAt = (stage: (typeof STAGES)[number], patch: Partial<AttentionParams> = {}) =>
	new Timeline(attentionSim, { ...base, ...patch }, 1).seek(
		STAGES.indexOf(stage)
	) as AttentionObservation;
const panels = (o: AttentionObservation) =>
	stageItems(o).filter((x): x is Panel => x.kind === 'panel');

describe('stageItems', () => {
	test('shows the matrices of each stage with their shapes', () => {
		const names = (s: (typeof STAGES)[number]) => panels(obsAt(s)).map((p) => p.id);
		expect(names('tokens')).toEqual([]);
		expect(names('embed')).toEqual(['E', 'PE', 'X']);
		expect(names('score')).toEqual(['Q', 'Kt', 'S']);
		expect(names('softmax')).toEqual(['Sm', 'A', 'sum']);
		expect(names('mix')).toEqual(['A', 'V', 'out']);
		const q = panels(obsAt('score'))[0];
		expect(panelTitle(q)).toBe('Q ∈ ℝ¹²ˣ⁸');
	});

	test('puts the row sums of the weights beside them, each 1', () => {
		const sum = panels(obsAt('softmax')).find((p) => p.id === 'sum')!;
		for (const v of sum.m.data) expect(v).toBeCloseTo(1, 12);
	});

	test('hatches what the causal mask hides', () => {
		const Sm = panels(obsAt('mask', { causal: true })).find((p) => p.id === 'Sm')!;
		expect(Sm.masked?.(0, 1)).toBe(true);
		expect(Sm.masked?.(1, 0)).toBe(false);
	});
});

describe('focus and highlight', () => {
	test('start on the pronoun row at its largest weight', () => {
		const o = obsAt('softmax');
		expect(o.tokens[defaultFocus(o).i].text).toBe('她');
		expect(o.tokens[defaultFocus(o).j].text).toBe('小红');
	});

	test('light the row of Q and the column of Kᵀ that make a score', () => {
		const f = { i: 9, j: 2 };
		expect(highlightFor('score', 'Q', f)).toEqual({ row: 9 });
		expect(highlightFor('score', 'Kt', f)).toEqual({ col: 2 });
		expect(highlightFor('score', 'S', f)).toEqual({ cells: [[9, 2]] });
		expect(highlightFor('mix', 'V', f)).toEqual({ col: 2 });
	});

	test('follow a hovered row of Q and keep the column', () => {
		expect(focusFromPanel('score', 'Q', 4, 7, { i: 9, j: 2 })).toEqual({ i: 4, j: 2 });
		expect(focusFromPanel('score', 'Kt', 4, 7, { i: 9, j: 2 })).toEqual({ i: 9, j: 7 });
		expect(focusFromPanel('softmax', 'A', 4, 7, { i: 9, j: 2 })).toEqual({ i: 4, j: 7 });
	});
});
