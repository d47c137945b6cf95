/**
 * Exploration helper for the preset search: runs parameter patches over seeds and prints the
 * modes covered at the end. Usage: npx tsx src/lib/demos/gan/scripts/explore.ts '<json>' s0 s1
 * where <json> is an array of [label, patch] pairs.
 */
import { DEFAULT_PARAMS, type GanParams } from '../sim/params';
import { ganSim } from '../sim/simulation';

const configs = JSON.parse(process.argv[2]) as [string, Partial<GanParams>][];
const seeds = process.argv.slice(3).map(Number);
for (const [label, patch] of configs) {
	const p: GanParams = { ...DEFAULT_PARAMS, ...patch };
	const out: string[] = [];
	const t0 = performance.now();
	for (const seed of seeds) {
		let s = ganSim.init(p, seed);
		const traj: number[] = [];
		for (let i = 0; i < p.iterations; i++) {
			s = ganSim.step(s);
			if ((i + 1) % 250 === 0) traj.push(s.eval.modesCovered);
		}
		out.push(
			`${seed}:${s.eval.modesCovered}${s.halted ? 'H' : ''}[${traj.join('')}]hq${s.eval.highQuality.toFixed(2)}`
		);
	}
	const ms = (performance.now() - t0) / seeds.length / p.iterations;
	process.stdout.write(`${label} (${ms.toFixed(2)} ms/it) ${out.join(' ')}\n`);
}
