import { interpolateRdBu } from 'd3';
import { describe, expect, it } from 'vitest';
import {
	ACCENT,
	autoDomain,
	categorical,
	colorLut,
	contrast,
	diverging,
	GENERATED,
	luminance,
	OKABE_ITO,
	REAL,
	sequential,
	textOn
} from './colors';

describe('colors', () => {
	it('keeps the agreed meanings', () => {
		expect([REAL, GENERATED, ACCENT]).toEqual(['#0072B2', '#D55E00', '#E69F00']);
		expect(OKABE_ITO).toHaveLength(8);
		expect(OKABE_ITO[0]).toBe('#000000');
	});

	it('categorical skips black and cycles after seven', () => {
		expect(categorical(0)).toBe('#E69F00');
		expect(categorical(6)).toBe('#CC79A7');
		expect(categorical(7)).toBe(categorical(0));
		expect(categorical(-1)).toBe(categorical(6));
	});

	it('sequential is viridis and clamps', () => {
		expect(sequential(0)).toBe('#440154');
		expect(sequential(1)).toBe('#fde725');
		expect(sequential(2)).toBe(sequential(1));
		expect(sequential(NaN)).toBe(sequential(0));
	});

	it('diverging puts white at 0, red for positive and blue for negative', () => {
		// interpolateRdBu's midpoint is d3's near-white rgb(242, 239, 238).
		expect(diverging(0, 3)).toBe(interpolateRdBu(0.5));
		expect(luminance(diverging(0, 3))).toBeGreaterThan(0.85);
		const pos = diverging(3, 3);
		const neg = diverging(-3, 3);
		expect(pos).toBe('rgb(103, 0, 31)');
		expect(neg).toBe('rgb(5, 48, 97)');
		expect(diverging(10, 3)).toBe(pos);
		expect(diverging(1, 0)).toBe(diverging(0, 1));
	});

	it('textOn reaches 4.5:1 on every colour of both scales', () => {
		for (let k = 0; k <= 100; k++) {
			for (const bg of [sequential(k / 100), diverging(k / 50 - 1, 1)]) {
				expect(contrast(textOn(bg), bg)).toBeGreaterThanOrEqual(4.5);
			}
		}
		for (const bg of [...OKABE_ITO, '#ffffff', 'steelblue']) {
			expect(contrast(textOn(bg), bg)).toBeGreaterThanOrEqual(4.5);
		}
		expect(textOn('#000')).toBe('#ffffff');
		expect(textOn('#fff')).toBe('#000000');
	});

	it('colorLut spans the scale end to end', () => {
		const lut = colorLut('sequential');
		expect(lut).toHaveLength(1024);
		expect([...lut.slice(0, 4)]).toEqual([68, 1, 84, 255]);
		expect([...lut.slice(1020)]).toEqual([253, 231, 37, 255]);
	});

	it.each([
		[[1, 2, 3], 'sequential', [1, 3]],
		[[-1, 2, NaN], 'diverging', [-2, 2]],
		[[], 'sequential', [0, 1]],
		[[0, 0], 'diverging', [-1, 1]],
		[[5, 5], 'sequential', [0, 5]]
	] as const)('autoDomain of %j under %s is %j', (values, kind, want) => {
		expect(autoDomain(values, kind)).toEqual(want);
	});
});
