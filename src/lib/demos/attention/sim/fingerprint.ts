/**
 * A short fingerprint of a list of number arrays, to prove two trainings produced the same bits:
 * FNV-1a (32-bit, offset basis 2166136261, prime 16777619, from the FNV reference at
 * http://www.isthe.com/chongo/tech/comp/fnv/) over the little-endian IEEE-754 bytes of every
 * value, run twice with different offset bases and printed as 16 hex digits.
 */
export function fingerprint(arrays: readonly ArrayLike<number>[]): string {
	let h1 = 2166136261;
	let h2 = 2166136261 ^ 0x5bd1e995;
	const view = new DataView(new ArrayBuffer(8));
	for (const a of arrays) {
		for (let i = 0; i < a.length; i++) {
			view.setFloat64(0, a[i], true);
			for (let b = 0; b < 8; b++) {
				const byte = view.getUint8(b);
				h1 = Math.imul(h1 ^ byte, 16777619);
				h2 = Math.imul(h2 ^ byte, 16777619);
			}
		}
	}
	const hex = (h: number) => (h >>> 0).toString(16).padStart(8, '0');
	return hex(h1) + hex(h2);
}
