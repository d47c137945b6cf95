/**
 * The playground's colours (DESIGN.md): what a colour means is the same in every demo.
 *
 * - real data is blue, generated data vermilion, the thing being computed now the accent;
 * - a model's judgement or a density is viridis (`sequential`);
 * - a signed value is RdBu centred on 0 (`diverging`): **positive is red, negative is blue,
 *   0 is white**, everywhere;
 * - categories follow the Okabe-Ito order (`categorical`).
 *
 * Scales come from d3-scale-chromatic (through the `d3` package), never hand-picked lists.
 */
import { color as d3color, interpolateRdBu, interpolateViridis, rgb } from 'd3';

/** Real data (Okabe-Ito blue). */
export const REAL = '#0072B2';

/** Generated data (Okabe-Ito vermilion). */
export const GENERATED = '#D55E00';

/** The one accent for the current item; always paired with a thicker stroke. */
export const ACCENT = '#E69F00';

/**
 * The eight Okabe-Ito colours in their published order, black first
 * (Okabe & Ito 2008, "Color Universal Design"; the order of R's `palette.colors()`).
 */
export const OKABE_ITO: readonly string[] = Object.freeze([
	'#000000',
	'#E69F00',
	'#56B4E9',
	'#009E73',
	'#F0E442',
	'#0072B2',
	'#D55E00',
	'#CC79A7'
]);

/**
 * The colour of category `i`: the Okabe-Ito order without black (black vanishes on the dark
 * theme), cycling after seven. Pair it with a label or a shape; colour alone never tells.
 */
export function categorical(i: number): string {
	const n = OKABE_ITO.length - 1;
	const k = ((Math.trunc(i) % n) + n) % n;
	return OKABE_ITO[1 + k];
}

/** Viridis at `t` in [0, 1] (clamped; NaN gives the low end). */
export function sequential(t: number): string {
	return interpolateViridis(clamp01(t));
}

/**
 * RdBu for a signed value: 0 is white, `+maxAbs` the deepest red, `-maxAbs` the deepest blue.
 * Values beyond ±maxAbs clamp; a zero or missing `maxAbs` gives white.
 */
export function diverging(v: number, maxAbs: number): string {
	return interpolateRdBu(divergingT(v, maxAbs));
}

/** The position in interpolateRdBu's [0, 1] for `v` (0 → 0.5; positive → below 0.5, red). */
export function divergingT(v: number, maxAbs: number): number {
	if (!(maxAbs > 0) || !Number.isFinite(v)) return 0.5;
	return clamp01(0.5 - v / (2 * maxAbs));
}

/**
 * Black or white, whichever contrasts more with `bg` (any CSS colour d3-color parses).
 * The better of the two always reaches at least 4.58:1 (WCAG 2 relative luminance).
 */
export function textOn(bg: string): string {
	const L = luminance(bg);
	const onBlack = (L + 0.05) / 0.05;
	const onWhite = 1.05 / (L + 0.05);
	return onBlack >= onWhite ? '#000000' : '#ffffff';
}

/** WCAG 2 relative luminance of a CSS colour, in [0, 1]; unparseable colours count as black. */
export function luminance(css: string): number {
	const c = d3color(css);
	if (!c) return 0;
	const { r, g, b } = rgb(c);
	const lin = (u: number) => {
		const s = u / 255;
		return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio of two CSS colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

/** Which colour scale a figure uses. */
export type ScaleKind = 'sequential' | 'diverging';

/**
 * The colour of `v` under `kind` and `domain`: sequential maps domain[0]..domain[1] to
 * viridis 0..1; diverging uses max(|domain[0]|, |domain[1]|) as its ±maxAbs.
 */
export function colorFor(kind: ScaleKind, v: number, domain: readonly [number, number]): string {
	if (kind === 'diverging') return diverging(v, Math.max(Math.abs(domain[0]), Math.abs(domain[1])));
	return sequential(normalise(v, domain));
}

/** (v - lo) / (hi - lo), 0.5 for an empty domain. */
export function normalise(v: number, [lo, hi]: readonly [number, number]): number {
	return hi > lo ? (v - lo) / (hi - lo) : 0.5;
}

/**
 * A 256-entry RGBA lookup table of a scale over [0, 1], for canvas ImageData and vertex colours.
 * Entry k is the colour at t = k / 255 (for diverging, t is interpolateRdBu's own position).
 */
export function colorLut(kind: ScaleKind): Uint8ClampedArray {
	const cached = lutCache.get(kind);
	if (cached) return cached;
	const lut = new Uint8ClampedArray(256 * 4);
	const interp = kind === 'diverging' ? interpolateRdBu : interpolateViridis;
	for (let k = 0; k < 256; k++) {
		const { r, g, b } = rgb(interp(k / 255));
		lut.set([r, g, b, 255], k * 4);
	}
	lutCache.set(kind, lut);
	return lut;
}

const lutCache = new Map<ScaleKind, Uint8ClampedArray>();

/**
 * The default domain of data under a scale: [min, max] of the finite values for sequential,
 * [-m, m] with m = max |v| for diverging. Empty or constant data gets a domain of width > 0.
 */
export function autoDomain(values: ArrayLike<number>, kind: ScaleKind): [number, number] {
	let lo = Infinity;
	let hi = -Infinity;
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (!Number.isFinite(v)) continue;
		if (v < lo) lo = v;
		if (v > hi) hi = v;
	}
	if (lo > hi) return kind === 'diverging' ? [-1, 1] : [0, 1];
	if (kind === 'diverging') {
		const m = Math.max(Math.abs(lo), Math.abs(hi));
		return m > 0 ? [-m, m] : [-1, 1];
	}
	if (lo === hi) return lo === 0 ? [0, 1] : [Math.min(0, lo), Math.max(0, hi)];
	return [lo, hi];
}

function clamp01(t: number): number {
	return t > 0 ? (t < 1 ? t : 1) : 0;
}
