import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Timeline } from '$lib/timeline/timeline';
import { decodeQuery } from '$lib/timeline/url';
import { cases } from './determinism-cases';

const FIXTURE = new URL('../fixtures/determinism.json', import.meta.url);

type Fixture = Record<string, { frame: number; metrics: Record<string, number> }>;

function compute(): Fixture {
	const out: Fixture = {};
	for (const c of cases) {
		const { state, notices } = decodeQuery(c.schema, new URLSearchParams(c.query));
		expect(notices, c.query).toEqual([]);
		const tl = new Timeline(c.sim, state.params, state.seed);
		const obs = tl.seek(state.frame);
		out[`${c.demo}?${c.query}`] = { frame: obs.frame, metrics: { ...obs.metrics } };
	}
	return out;
}

describe('determinism fixture', () => {
	it('Node computes exactly the frames recorded in tests/fixtures/determinism.json', () => {
		const now = compute();
		if (process.env.UPDATE_FIXTURES === '1' || !fs.existsSync(FIXTURE)) {
			fs.writeFileSync(FIXTURE, JSON.stringify(now, null, '\t') + '\n');
		}
		const recorded = JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as Fixture;
		expect(now).toEqual(recorded);
	});
});
