import { describe, expect, it } from 'vitest';
import { costCurve } from './sim/sparse';
import { costSeries, costValues, log2 } from './view-cost';

describe('cost series over log₂ n', () => {
	const cost = costCurve('window', { size: 2, globals: 1, causal: false }, 8, 8);

	it('places each length at index log₂ n, NaN below 16', () => {
		const v = costValues(cost, (p) => p.n);
		expect(v.length).toBe(15);
		expect(Number.isNaN(v[3])).toBe(true);
		expect(v[4]).toBe(16);
		expect(v[14]).toBe(16384);
		expect(log2(16384)).toBe(14);
	});

	it('grows as n² for full attention and about linearly for the window', () => {
		const [full, win] = costSeries(
			cost,
			'multiplyAdds',
			{ pattern: 'w', full: 'f' },
			{ pattern: 'red', full: 'blue' }
		);
		expect(full.values[14] / full.values[13]).toBeCloseTo(4, 10);
		expect(win.values[14] / win.values[13]).toBeCloseTo(2, 2);
		expect(full.values[14]).toBe(16384 * 16384 * 16);
	});
});
