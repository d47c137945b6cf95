import type { Field } from './sim/observe';

/**
 * Small numeric helpers of the views (not of the simulation): colour domains and arrow lengths.
 */

/** The colour domain of a field: [0, 1] for a probability, else its own range (never empty). */
export function fieldDomain(f: Field): [number, number] {
	if (f.probability) return [0, 1];
	if (!(f.max > f.min)) return [f.min - 1, f.max + 1];
	return [f.min, f.max];
}

/**
 * The factor that draws gradient vectors (flat xy) so the 90th-percentile arrow is 0.4 data
 * units long: arrows show direction and relative size, and stay readable whatever the loss's scale.
 */
export function arrowScale(vectors: ArrayLike<number>, target = 0.4): number {
	const lens: number[] = [];
	for (let i = 0; i + 1 < vectors.length; i += 2) {
		const l = Math.hypot(vectors[i], vectors[i + 1]);
		if (Number.isFinite(l)) lens.push(l);
	}
	if (lens.length === 0) return 0;
	lens.sort((a, b) => a - b);
	const p90 = lens[Math.min(lens.length - 1, Math.floor(0.9 * lens.length))];
	return p90 > 0 ? target / p90 : 0;
}

/**
 * A short fingerprint of a sample batch's exact bits (FNV-1a over the doubles' words), so a
 * test can tell that a reopened link shows the very same samples.
 */
export function sampleHash(xy: Float64Array): string {
	const words = new Uint32Array(xy.buffer, xy.byteOffset, xy.length * 2);
	let h = 0x811c9dc5;
	for (let i = 0; i < words.length; i++) h = Math.imul(h ^ words[i], 0x01000193) >>> 0;
	return h.toString(16).padStart(8, '0');
}
