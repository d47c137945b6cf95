/**
 * Reproduces the choice of presets and seeds in sim/presets.ts: runs each preset to its last
 * iteration with seeds 1..N and prints the modes covered at the end, then which seeds satisfy
 * the lecture's promise (collapse ≤ 3 modes, fix ≥ 7, healthy ≥ 7).
 *
 *   npx tsx src/lib/demos/gan/scripts/search-presets.ts [N=10] [preset ...]
 *
 * It takes a few minutes: the fix preset runs 5 discriminator steps per iteration.
 */
import { PRESET_IDS, PRESETS } from '../sim/presets';
import { ganSim } from '../sim/simulation';
import type { PresetName } from '../sim/params';

const n = Number(process.argv[2] ?? 10);
const ids = (process.argv.length > 3 ? process.argv.slice(3) : PRESET_IDS) as PresetName[];
const goal: Record<PresetName, (m: number) => boolean> = {
	healthy: (m) => m >= 7,
	collapse: (m) => m <= 3,
	fix: (m) => m >= 7,
	wgan: (m) => m >= 7
};

for (const id of ids) {
	const { params } = PRESETS[id];
	const row: string[] = [];
	const good: number[] = [];
	const t0 = performance.now();
	for (let seed = 1; seed <= n; seed++) {
		let s = ganSim.init(params, seed);
		for (let i = 0; i < params.iterations; i++) s = ganSim.step(s);
		const m = s.eval.modesCovered;
		row.push(`${seed}:${m}${s.halted ? '!' : ''}`);
		if (goal[id](m) && !s.halted) good.push(seed);
	}
	const sec = ((performance.now() - t0) / 1000).toFixed(0);
	process.stdout.write(
		`${id.padEnd(9)} ${row.join(' ')}  meets goal: [${good.join(',')}] (${sec} s)\n`
	);
}
