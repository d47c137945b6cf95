import { describe, expect, it } from 'vitest';
import { parseInbound, SOURCE, stateMessage } from './protocol';

describe('parseInbound', () => {
	const valid: [unknown, unknown][] = [
		[{ source: SOURCE, type: 'play' }, { type: 'play' }],
		[{ source: SOURCE, type: 'pause' }, { type: 'pause' }],
		[{ source: SOURCE, type: 'getState' }, { type: 'getState' }],
		[
			{ source: SOURCE, type: 'seek', frame: 12 },
			{ type: 'seek', frame: 12 }
		],
		[
			{ source: SOURCE, type: 'step', delta: -3 },
			{ type: 'step', delta: -3 }
		],
		[
			{ source: SOURCE, type: 'step' },
			{ type: 'step', delta: 1 }
		],
		[
			{ source: SOURCE, type: 'set', params: { lr: 0.1, surface: 'bowl', adam: true } },
			{ type: 'set', params: { lr: 0.1, surface: 'bowl', adam: true } }
		]
	];
	it.each(valid)('accepts %j', (input, expected) => {
		expect(parseInbound(input)).toEqual(expected);
	});

	const invalid: unknown[] = [
		null,
		'play',
		42,
		[],
		{ type: 'play' },
		{ source: 'other', type: 'play' },
		{ source: SOURCE, type: 'explode' },
		{ source: SOURCE, type: 'seek' },
		{ source: SOURCE, type: 'seek', frame: -1 },
		{ source: SOURCE, type: 'seek', frame: 1.5 },
		{ source: SOURCE, type: 'seek', frame: '3' },
		{ source: SOURCE, type: 'step', delta: Infinity },
		{ source: SOURCE, type: 'set', params: null },
		{ source: SOURCE, type: 'set', params: { lr: { nested: 1 } } },
		{ source: SOURCE, type: 'set', params: { lr: NaN } },
		{ source: SOURCE, type: 'set', params: [1, 2] }
	];
	it.each(invalid)('ignores %j', (input) => {
		expect(parseInbound(input)).toBeNull();
	});
});

describe('stateMessage', () => {
	it('is namespaced and carries every field', () => {
		const msg = stateMessage({
			demo: 'descent',
			frame: 3,
			frames: 10,
			playing: false,
			params: { lr: 0.1 },
			metrics: { loss_sgd: 0.5 }
		});
		expect(msg).toEqual({
			source: SOURCE,
			type: 'state',
			demo: 'descent',
			frame: 3,
			frames: 10,
			playing: false,
			params: { lr: 0.1 },
			metrics: { loss_sgd: 0.5 }
		});
	});
});
