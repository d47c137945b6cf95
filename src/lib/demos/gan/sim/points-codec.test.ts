import { describe, expect, it } from 'vitest';
import { decodePoints, encodePoints, MAX_POINTS, snapPoints } from './points-codec';

describe('drawn points codec', () => {
	it('round-trips snapped points exactly', () => {
		for (const n of [1, 2, 3, 7, 50]) {
			const pts = snapPoints(Array.from({ length: 2 * n }, (_, i) => Math.sin(i * 1.7) * 2.9));
			expect(decodePoints(encodePoints(pts))).toEqual(pts);
		}
	});

	it('uses the base64url alphabet only and about 2.7 characters a point', () => {
		const text = encodePoints(
			snapPoints(Array.from({ length: 200 }, (_, i) => (i % 13) / 4 - 1.5))
		);
		expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
		expect(text.length).toBe(267);
	});

	it('clamps points outside the square to its edge', () => {
		expect(decodePoints(encodePoints([-10, 10]))).toEqual([-3, 3]);
	});

	it('rejects malformed text without throwing', () => {
		for (const bad of ['a', 'ab*c', '!!!!', 'A'.repeat(4 * MAX_POINTS)]) {
			expect(decodePoints(bad)).toBeUndefined();
		}
		expect(decodePoints('')).toEqual([]);
	});
});
