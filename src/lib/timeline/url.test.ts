import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeQuery, encodeQuery } from './url';
import { defineSchema, defaults } from './schema';

const label = () => 'x';
const schema = defineSchema({
	lr: { kind: 'number', label, default: 0.1, min: 1e-4, max: 10, step: 0.01, log: true },
	steps: { kind: 'number', label, default: 50, min: 1, max: 500, step: 1, integer: true },
	surface: {
		kind: 'choice',
		label,
		default: 'bowl',
		choices: [
			{ value: 'bowl', label },
			{ value: 'rosenbrock', label }
		]
	},
	adam: { kind: 'boolean', label, default: true },
	text: { kind: 'text', label, default: 'hi', maxLength: 10 },
	start: {
		kind: 'custom',
		label,
		default: [1, 2] as [number, number],
		hidden: true,
		encode: (v: [number, number]) => v.join(','),
		decode: (s: string) => {
			const parts = s.split(',').map(Number);
			return parts.length === 2 && parts.every(Number.isFinite)
				? (parts as [number, number])
				: undefined;
		}
	}
});

const decode = (q: string) => decodeQuery(schema, new URLSearchParams(q));

describe('decodeQuery', () => {
	it('reads every kind of parameter and the shared keys', () => {
		const { state, notices } = decode(
			'lr=0.5&steps=20&surface=rosenbrock&adam=0&text=ok&start=-1.5,2&seed=9&t=12&lang=en&theme=dark&present=1'
		);
		expect(notices).toEqual([]);
		expect(state.params).toEqual({
			lr: 0.5,
			steps: 20,
			surface: 'rosenbrock',
			adam: false,
			text: 'ok',
			start: [-1.5, 2]
		});
		expect(state).toMatchObject({ seed: 9, frame: 12, lang: 'en', theme: 'dark', present: true });
	});

	const bad: [string, string, string][] = [
		['lr=100', 'lr', 'range'],
		['lr=abc', 'lr', 'type'],
		['lr=Infinity', 'lr', 'type'],
		['steps=2.5', 'steps', 'type'],
		['surface=cube', 'surface', 'choice'],
		['adam=yes', 'adam', 'type'],
		['text=much-too-long-text', 'text', 'length'],
		['start=1', 'start', 'type'],
		['seed=-1', 'seed', 'range'],
		['t=x', 't', 'range'],
		['lang=fr', 'lang', 'choice'],
		['zoom=2', 'zoom', 'unknown'],
		['__proto__=1', '__proto__', 'unknown'],
		['constructor=1', 'constructor', 'unknown']
	];
	it.each(bad)('ignores %s, keeps the default and says why', (q, key, reason) => {
		const { state, notices } = decode(q);
		expect(notices).toEqual([{ key, value: q.split('=')[1], reason }]);
		expect(state.params).toEqual(defaults(schema));
	});

	it('never throws, and always yields valid parameters, for any query string', () => {
		const keys = fc.constantFrom(
			'lr',
			'steps',
			'surface',
			'adam',
			'text',
			'start',
			'seed',
			't',
			'x'
		);
		const query = fc.oneof(
			fc.string(),
			fc
				.array(fc.tuple(keys, fc.string()), { maxLength: 8 })
				.map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'))
		);
		fc.assert(
			fc.property(query, (q) => {
				const { state } = decode(q);
				expect(state.params.lr).toBeGreaterThanOrEqual(1e-4);
				expect(state.params.lr).toBeLessThanOrEqual(10);
				expect(Number.isInteger(state.params.steps)).toBe(true);
				expect(['bowl', 'rosenbrock']).toContain(state.params.surface);
				expect(state.params.start.every(Number.isFinite)).toBe(true);
				expect(Number.isInteger(state.seed)).toBe(true);
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('encodeQuery', () => {
	it('round-trips through decodeQuery', () => {
		const params = {
			...defaults(schema),
			lr: 0.003,
			surface: 'rosenbrock' as const,
			start: [-1, 0.25] as [number, number]
		};
		const q = encodeQuery(schema, {
			params,
			seed: 42,
			frame: 17,
			lang: 'zh',
			present: false,
			controls: true
		});
		const back = decodeQuery(schema, q);
		expect(back.notices).toEqual([]);
		expect(back.state.params).toEqual(params);
		expect(back.state.seed).toBe(42);
		expect(back.state.frame).toBe(17);
		expect(back.state.lang).toBe('zh');
	});

	it('leaves defaults out so links stay short', () => {
		const q = encodeQuery(schema, {
			params: defaults(schema),
			seed: 1,
			frame: 0,
			present: false,
			controls: true
		});
		expect(q.toString()).toBe('');
	});
});
