import { describe, expect, test } from 'vitest';
import { defaults, formatParam, parseParam } from '$lib/timeline/schema';
import { descentSchema } from './schema';
import { decodePoint, encodePoint, roundPoint } from './sim/point-codec';

describe('start point', () => {
	test('the default start is (−1.5, 2) and reads as -1.5,2 in the URL', () => {
		expect(defaults(descentSchema).start).toEqual([-1.5, 2]);
		expect(formatParam(descentSchema.start, [-1.5, 2])).toBe('-1.5,2');
	});

	test.each([
		[-1.5, 2],
		[0, 0],
		[0.1 + 0.2, -1e-7],
		[10, -10],
		[1.23456789012, 2.5]
	])('(%f, %f) survives encode then decode exactly', (x, y) => {
		const text = formatParam(descentSchema.start, [x, y]);
		expect(parseParam(descentSchema.start, text)).toEqual({ ok: true, value: [x, y] });
	});

	test.each(['', '1', '1,2,3', 'a,b', '1,NaN', 'Infinity,0', '11,0', '1,,2', '0x10,1', ' , '])(
		'%j is rejected, not thrown',
		(text) => {
			expect(decodePoint(text)).toBeUndefined();
			expect(parseParam(descentSchema.start, text)).toEqual({ ok: false, reason: 'type' });
		}
	);

	test('a dragged point is rounded to two decimals and has no negative zero', () => {
		expect(roundPoint([-1.23456, -0.001])).toEqual([-1.23, 0]);
		expect(encodePoint(roundPoint([-0.004, 0.999]))).toBe('0,1');
	});
});

test('every default lies in its own range', () => {
	for (const spec of Object.values(descentSchema)) {
		if (spec.kind !== 'number') continue;
		expect(spec.default).toBeGreaterThanOrEqual(spec.min);
		expect(spec.default).toBeLessThanOrEqual(spec.max);
	}
});
