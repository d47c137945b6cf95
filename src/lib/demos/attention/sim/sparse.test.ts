import { describe, expect, it } from 'vitest';
import { Matrix } from '../../../core';
import {
	COST_LENGTHS,
	SPARSE_PATTERNS,
	costCurve,
	countKept,
	keptCount,
	patternMask,
	relativeFrobenius
} from './sparse';

const opts = (size: number, causal = false, globals = 1) => ({ size, causal, globals });

describe('sparse patterns', () => {
	it('keep the pairs their definitions name, on 6 tokens', () => {
		const show = (m: Uint8Array) =>
			Array.from({ length: 6 }, (_, i) => Array.from(m.subarray(i * 6, i * 6 + 6)).join(''));
		expect(show(patternMask('window', 6, opts(1)))).toEqual([
			'110000',
			'111000',
			'011100',
			'001110',
			'000111',
			'000011'
		]);
		expect(show(patternMask('strided', 6, opts(2)))).toEqual([
			'101010',
			'010101',
			'101010',
			'010101',
			'101010',
			'010101'
		]);
		expect(show(patternMask('block', 6, opts(4)))).toEqual([
			'111100',
			'111100',
			'111100',
			'111100',
			'000011',
			'000011'
		]);
		expect(show(patternMask('localGlobal', 6, opts(1)))).toEqual([
			'111111',
			'111000',
			'111100',
			'101110',
			'100111',
			'100011'
		]);
		expect(show(patternMask('window', 6, opts(1, true)))).toEqual([
			'100000',
			'110000',
			'011000',
			'001100',
			'000110',
			'000011'
		]);
	});

	it('always keep the diagonal, so no row of weights is empty', () => {
		for (const p of SPARSE_PATTERNS) {
			const m = patternMask(p, 9, opts(3, true, 0));
			for (let i = 0; i < 9; i++) expect(m[i * 9 + i]).toBe(1);
		}
	});

	it('have closed-form kept counts equal to counting the mask, for n up to 40', () => {
		for (const p of SPARSE_PATTERNS) {
			for (const causal of [false, true]) {
				for (const size of [1, 2, 3, 5]) {
					for (const globals of [0, 1, 2]) {
						for (let n = 0; n <= 40; n++) {
							const o = { size, causal, globals };
							expect(keptCount(p, n, o), `${p} n=${n} ${JSON.stringify(o)}`).toBe(
								countKept(patternMask(p, n, o))
							);
						}
					}
				}
			}
		}
	});

	it('costs n² for full attention and about n(2w+1) for a window at 16384 tokens', () => {
		const full = costCurve('full', opts(8), 8, 8);
		const win = costCurve('window', opts(8), 8, 8);
		expect(full.map((c) => c.n)).toEqual(COST_LENGTHS);
		const last = COST_LENGTHS.length - 1;
		expect(full[last].memory).toBe(16384 * 16384);
		expect(win[last].memory).toBe(16384 * 17 - 8 * 9);
		expect(win[last].multiplyAdds).toBe(win[last].memory * 16);
		expect(win[last].fullMultiplyAdds).toBe(full[last].multiplyAdds);
		expect(win[0].density).toBeGreaterThan(win[last].density);
	});
});

describe('relativeFrobenius', () => {
	it('is 0 for equal outputs and ‖A − F‖/‖F‖ otherwise', () => {
		const f = Matrix.from([
			[3, 0],
			[0, 4]
		]);
		expect(relativeFrobenius(f.clone(), f)).toBe(0);
		expect(
			relativeFrobenius(
				Matrix.from([
					[3, 0],
					[0, 1]
				]),
				f
			)
		).toBeCloseTo(3 / 5, 15);
	});
});
