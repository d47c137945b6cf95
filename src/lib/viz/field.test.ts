import { describe, expect, it } from 'vitest';
import { cellCentres, fieldPixels, gridPoints } from './field';

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

describe('fieldPixels', () => {
	it('paints viridis ends, leaves NaN transparent and flips rows for origin bottom', () => {
		const px = fieldPixels([0, 1, NaN, 0.5], 2, 2, 'sequential', [0, 1], 'bottom');
		expect([...px.slice(0, 4)]).toEqual([0, 0, 0, 0]);
		expect([...px.slice(8, 12)]).toEqual([68, 1, 84, 255]);
		expect([...px.slice(12, 16)]).toEqual([253, 231, 37, 255]);
	});

	it('paints positive red and negative blue on the diverging scale', () => {
		const px = fieldPixels([2, -2], 1, 2, 'diverging', [-2, 2]);
		expect(px[0]).toBeGreaterThan(px[2]);
		expect(px[6]).toBeGreaterThan(px[4]);
	});

	it('paints a 256×256 field in well under a frame', () => {
		const v = Float64Array.from({ length: 256 * 256 }, (_, i) => Math.sin(i));
		const out = new Uint8ClampedArray(4 * v.length);
		const t0 = performance.now();
		for (let k = 0; k < 10; k++) fieldPixels(v, 256, 256, 'sequential', [-1, 1], 'top', out);
		expect((performance.now() - t0) / 10).toBeLessThan(16);
	});
});
