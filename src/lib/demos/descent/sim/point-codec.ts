import type { Point } from './surfaces';

/** The largest |coordinate| a start point may have in the URL. */
export const START_LIMIT = 10;

/** A point as URL text, `x,y` with each number in its shortest exact form: (−1.5, 2) → `-1.5,2`. */
export function encodePoint(p: Point): string {
	return `${p[0]},${p[1]}`;
}

/**
 * Reads `x,y` back. Returns undefined for anything else: a missing or extra part, a value that
 * is not a plain finite number, or one beyond ±START_LIMIT. Never throws.
 */
export function decodePoint(text: string): Point | undefined {
	const parts = text.split(',');
	if (parts.length !== 2) return undefined;
	const out: number[] = [];
	for (const part of parts) {
		const s = part.trim();
		if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return undefined;
		const v = Number(s);
		if (!Number.isFinite(v) || Math.abs(v) > START_LIMIT) return undefined;
		out.push(v);
	}
	return [out[0], out[1]];
}

export function pointEquals(a: Point, b: Point): boolean {
	return a[0] === b[0] && a[1] === b[1];
}

/** A dragged point rounded to two decimals, so links stay short. */
export function roundPoint(p: Point): Point {
	const r = (v: number) => Math.round(v * 100) / 100 + 0;
	return [r(p[0]), r(p[1])];
}
