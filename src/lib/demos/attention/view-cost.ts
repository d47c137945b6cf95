import type { LineSeries } from '$lib/viz/types';
import type { CostPoint } from './sim/sparse';

/**
 * The cost curves of a sparse pattern as line-chart series over log₂ n. LineChart's x axis is
 * the array index, so series are laid out with index = log₂ n (NaN below the first length):
 * equal steps of the axis are doublings of n, which makes the chart log-log together with a log
 * y axis.
 */

/** log₂ n for the powers of two of the cost chart. */
export const log2 = (n: number) => Math.round(Math.log2(n));

/** `pick(point)` of each cost point at index log₂ n. */
export function costValues(cost: CostPoint[], pick: (p: CostPoint) => number): Float64Array {
	const last = cost.length ? log2(cost[cost.length - 1].n) : 0;
	const out = new Float64Array(last + 1).fill(NaN);
	for (const p of cost) out[log2(p.n)] = pick(p);
	return out;
}

/** Two series, the pattern's and full attention's, for multiply-adds or memory. */
export function costSeries(
	cost: CostPoint[],
	what: 'multiplyAdds' | 'memory',
	labels: { pattern: string; full: string },
	colors: { pattern: string; full: string }
): LineSeries[] {
	const full = what === 'multiplyAdds' ? 'fullMultiplyAdds' : 'fullMemory';
	return [
		{
			id: 'full',
			label: labels.full,
			color: colors.full,
			dash: '6 4',
			values: costValues(cost, (p) => p[full])
		},
		{
			id: 'pattern',
			label: labels.pattern,
			color: colors.pattern,
			values: costValues(cost, (p) => p[what])
		}
	];
}
