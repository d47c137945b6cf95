/**
 * The "many seeds" worker: trains one parameter set with each seed it is given, off the main
 * thread, and reports progress and each run's outcome.
 *
 * In:  { params: GanParams, seeds: number[] }
 * Out: { type: 'progress', seed, done, total } | { type: 'result', outcome } | { type: 'done' }
 *      | { type: 'error', message }
 */
import type { GanParams } from './sim/params';
import { runSeed, type SeedOutcome } from './sim/seeds';

export type SeedsRequest = { params: GanParams; seeds: number[] };
export type SeedsMessage =
	| { type: 'progress'; seed: number; done: number; total: number }
	| { type: 'result'; outcome: SeedOutcome }
	| { type: 'done' }
	| { type: 'error'; message: string };

const post = (msg: SeedsMessage) => (self as unknown as Worker).postMessage(msg);

self.onmessage = (e: MessageEvent<SeedsRequest>) => {
	const { params, seeds } = e.data;
	try {
		for (const seed of seeds) {
			const outcome = runSeed(params, seed, (done) =>
				post({ type: 'progress', seed, done, total: params.iterations })
			);
			post({ type: 'result', outcome });
		}
		post({ type: 'done' });
	} catch (err) {
		post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
	}
};
