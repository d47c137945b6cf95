/**
 * The compact URL form of drawn points: each coordinate in [−EXTENT, EXTENT] is quantised to one
 * byte (256 levels, a step of 6/255 ≈ 0.024 in data units), the bytes x₀ y₀ x₁ y₁ … are written
 * in base64url without padding (RFC 4648 §5). 100 points take 267 characters.
 */

/** Half the side of the data square every view draws, in data units. */
export const EXTENT = 3;

/** At most this many drawn points are kept (the URL stays under ~700 characters). */
export const MAX_POINTS = 256;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A point list as flat [x₀, y₀, x₁, y₁, …] in data units. */
export type PointList = number[];

/** The byte of a coordinate: round((v + EXTENT) / (2·EXTENT) · 255), clamped to [0, 255]. */
export function quantise(v: number): number {
	const q = Math.round(((v + EXTENT) / (2 * EXTENT)) * 255);
	return Math.min(255, Math.max(0, Number.isFinite(q) ? q : 128));
}

/** The coordinate a byte stands for, −EXTENT + q · 2·EXTENT / 255. */
export function dequantise(q: number): number {
	return -EXTENT + (q * 2 * EXTENT) / 255;
}

/** Snaps every coordinate to its byte level, so a list survives encode → decode unchanged. */
export function snapPoints(points: PointList): PointList {
	return points.slice(0, 2 * MAX_POINTS).map((v) => dequantise(quantise(v)));
}

/** base64url of the quantised coordinates. */
export function encodePoints(points: PointList): string {
	const bytes = points.slice(0, 2 * MAX_POINTS).map(quantise);
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const chars = bytes.length - i >= 3 ? 4 : bytes.length - i + 1;
		for (let c = 0; c < chars; c++) out += ALPHABET[(n >> (18 - 6 * c)) & 63];
	}
	return out;
}

/** The points of an {@link encodePoints} string; undefined for anything else. Never throws. */
export function decodePoints(text: string): PointList | undefined {
	if (text.length % 4 === 1 || text.length > Math.ceil((4 * 2 * MAX_POINTS) / 3)) return undefined;
	const bytes: number[] = [];
	for (let i = 0; i < text.length; i += 4) {
		const chunk = text.slice(i, i + 4);
		let n = 0;
		for (let c = 0; c < 4; c++) {
			const v = c < chunk.length ? ALPHABET.indexOf(chunk[c]) : 0;
			if (v < 0) return undefined;
			n = (n << 6) | v;
		}
		const count = chunk.length - 1;
		for (let b = 0; b < count; b++) bytes.push((n >> (16 - 8 * b)) & 255);
	}
	if (bytes.length % 2 !== 0) return undefined;
	return bytes.map(dequantise);
}

/** Equality of two point lists at URL precision. */
export function pointsEqual(a: PointList, b: PointList): boolean {
	return encodePoints(a) === encodePoints(b);
}
