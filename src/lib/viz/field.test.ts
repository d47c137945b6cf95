import { describe, expect, it } from 'vitest';
import { cellCentres, gridPoints } from './field';

describe('field grids', () => {
	it('cellCentres puts n centres half a cell in from each edge', () => {
		expect([...cellCentres(0, 4, 4)]).toEqual([0.5, 1.5, 2.5, 3.5]);
		expect(cellCentres(-1, 1, 0)).toHaveLength(0);
	});

	it('gridPoints runs x fastest and starts at ymin', () => {
		const p = gridPoints(
			[
				[0, 2],
				[0, 4]
			],
			2,
			2
		);
		expect([...p]).toEqual([0.5, 1, 1.5, 1, 0.5, 3, 1.5, 3]);
	});
});
