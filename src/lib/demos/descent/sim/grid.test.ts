import { expect, test } from 'vitest';
import { logLoss, lossFloor, surfaceGrid } from './grid';
import { rosenbrock } from './surfaces';

test('surfaceGrid samples L at cell centres with rows following y', () => {
	const s = rosenbrock();
	const g = surfaceGrid(s, 4, 2);
	// Cell (i = 1, j = 1): x = −2 + 1.5 · 1, y = −1 + 1.5 · 2.
	expect(g[1 * 4 + 1]).toBe(s.value(-0.5, 2));
	expect(g[0]).toBe(s.value(-1.5, 0));
});

test('logLoss keeps a zero loss finite at the floor', () => {
	expect(logLoss(0, 1e-3)).toBe(-3);
	expect(logLoss(100, 1e-3)).toBe(2);
	expect(lossFloor([0, 2500])).toBeCloseTo(0.025, 12);
	expect(lossFloor([0, 1])).toBe(1e-3);
});
