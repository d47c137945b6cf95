import { m } from '$lib/paraglide/messages.js';
import { fmtPercent } from '$lib/viz/format';
import type { HeadHabits } from './sim/evaluate';

type Habit = 'antecedent' | 'distractor' | 'self' | 'previous' | 'first' | 'punctuation' | 'other';

const HABITS: Habit[] = [
	'antecedent',
	'distractor',
	'self',
	'previous',
	'first',
	'punctuation',
	'other'
];

/** A head's most frequent landing place for the pronoun's largest weight (held-out sentences). */
export function dominantHabit(h: HeadHabits): { habit: Habit; share: number } {
	let best: Habit = 'other';
	for (const k of HABITS) if (h[k] > h[best]) best = k;
	return { habit: best, share: h[best] };
}

/** The habits of a head by share, largest first (ties in the order of {@link HABITS}). */
export function rankedHabits(h: HeadHabits): { habit: Habit; share: number }[] {
	return HABITS.map((habit) => ({ habit, share: h[habit] })).sort((a, b) => b.share - a.share);
}

function habitName(habit: Habit): string {
	const names: Record<Habit, () => string> = {
		antecedent: m.attnui_habit_name_antecedent,
		distractor: m.attnui_habit_name_distractor,
		self: m.attnui_habit_name_self,
		previous: m.attnui_habit_name_previous,
		first: m.attnui_habit_name_first,
		punctuation: m.attnui_habit_name_punctuation,
		other: m.attnui_habit_name_other
	};
	return names[habit]();
}

/**
 * One or two sentences on what a head does, from the evaluation in the weights file: its main
 * habit and, when it takes at least 10 % of the sentences, the runner-up.
 */
export function habitSentence(h: HeadHabits, resolver: { layer: number; head: number }): string {
	const main = habitMain(h, resolver);
	const second = rankedHabits(h)[1];
	if (!second || second.share < 0.1) return main;
	const sep = m.attnui_sentence_sep();
	return (
		main +
		sep +
		m.attnui_habit_second({ where: habitName(second.habit), percent: fmtPercent(second.share) })
	);
}

function habitMain(h: HeadHabits, resolver: { layer: number; head: number }): string {
	const head = String(h.head + 1);
	if (h.layer === resolver.layer && h.head === resolver.head) {
		return m.attention_habit_resolver({ head, percent: fmtPercent(h.antecedent) });
	}
	const { habit, share } = dominantHabit(h);
	const percent = fmtPercent(share);
	switch (habit) {
		case 'antecedent':
			return m.attention_habit_antecedent({ head, percent });
		case 'distractor':
			return m.attention_habit_distractor({ head, percent });
		case 'self':
			return m.attention_habit_self({ head, percent });
		case 'previous':
			return m.attention_habit_previous({ head, percent });
		case 'first':
			return m.attention_habit_first({ head, percent });
		case 'punctuation':
			return m.attention_habit_punctuation({ head, percent });
		default:
			return m.attention_habit_other({ head });
	}
}
