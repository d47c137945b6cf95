import { Player } from '$lib/timeline/player.svelte';
import { decodeQuery, encodeQuery, DEFAULT_SEED } from '$lib/timeline/url';
import type { Notice } from '$lib/timeline/url';
import { defaults, parseParam, formatParam } from '$lib/timeline/schema';
import type { Schema } from '$lib/timeline/schema';
import type { AnyDemo } from '$lib/demos/types';
import type { Observation } from '$lib/timeline/types';
import { parseInbound, stateMessage } from '$lib/embed/protocol';
import type { Inbound, Primitive } from '$lib/embed/protocol';
import { prefs } from './prefs.svelte';

type Params = Record<string, unknown>;

/** A notice about the shared state: an ignored query value or a frame past the run's end. */
export type SessionNotice = Notice | { key: 't'; value: string; reason: 'frame'; frames: number };

/**
 * One demo open in a page or an embed: its parameters, seed and player, the notices about its
 * link, and the two ways in from outside (the query string and postMessage).
 */
export class DemoSession {
	readonly demo: AnyDemo;
	readonly embed: boolean;
	params = $state.raw<Params>({});
	seed = $state(DEFAULT_SEED);
	player: Player<Params, unknown, Observation> = $state.raw() as Player<
		Params,
		unknown,
		Observation
	>;
	notices = $state<SessionNotice[]>([]);
	controls = $state(true);
	started = $state(false);

	constructor(demo: AnyDemo, embed: boolean) {
		this.demo = demo;
		this.embed = embed;
		this.params = defaults(demo.schema as Schema) as Params;
		this.player = new Player(demo.sim, this.params, this.seed, demo.baseFps);
	}

	get schema(): Schema {
		return this.demo.schema as Schema;
	}

	/** Reads the link. Called once on the client after hydration. */
	start(search: string): void {
		// A one-off parse, not reactive state.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const { state, notices } = decodeQuery(this.schema, new URLSearchParams(search));
		const found: SessionNotice[] = [...notices];
		this.params = state.params as Params;
		this.seed = state.seed;
		this.controls = state.controls;
		this.player.destroy();
		this.player = new Player(this.demo.sim, this.params, this.seed, this.demo.baseFps);
		if (state.frame > this.player.frames - 1) {
			found.push({
				key: 't',
				value: String(state.frame),
				reason: 'frame',
				frames: this.player.frames
			});
		}
		this.player.seek(state.frame);
		this.notices = found;
		this.started = true;
	}

	setParams(patch: Params): void {
		this.params = { ...this.params, ...patch };
		this.player.reset(this.params, this.seed);
	}

	/** Whether the picture shows what the link asks for (no seek still computing). */
	get ready(): boolean {
		return this.started && this.player.target === null;
	}

	setSeed(seed: number): void {
		this.seed = seed >>> 0;
		this.player.reset(this.params, this.seed);
	}

	resetParams(): void {
		this.params = defaults(this.schema) as Params;
		this.player.reset(this.params, this.seed, 0);
	}

	/** The query string that reproduces the current picture. */
	query(): string {
		const q = encodeQuery(
			this.schema,
			{
				params: this.params,
				seed: this.seed,
				frame: this.player.target ?? this.player.frame,
				lang: prefs.lang,
				theme: prefs.themeExplicit ? prefs.theme : undefined,
				present: prefs.present && !this.embed,
				controls: this.controls
			},
			{ embed: this.embed }
		);
		return q.toString();
	}

	/** Params as plain JSON values for the embed protocol. */
	plainParams(): Record<string, Primitive> {
		const out: Record<string, Primitive> = {};
		for (const [key, spec] of Object.entries(this.schema)) {
			const v = this.params[key];
			out[key] = spec.kind === 'custom' ? formatParam(spec, v) : (v as Primitive);
		}
		return out;
	}

	stateMessage() {
		return stateMessage({
			demo: this.demo.id,
			frame: this.player.frame,
			frames: this.player.frames,
			playing: this.player.playing,
			params: this.plainParams(),
			metrics: { ...this.player.obs.metrics }
		});
	}

	/** Carries out one postMessage command; returns whether it was valid. */
	handleMessage(data: unknown): Inbound | null {
		const msg = parseInbound(data);
		if (!msg) return null;
		switch (msg.type) {
			case 'play':
				this.player.play();
				break;
			case 'pause':
				this.player.pause();
				break;
			case 'seek':
				this.player.pause();
				this.player.seek(msg.frame);
				break;
			case 'step':
				this.player.step(msg.delta);
				break;
			case 'set': {
				const patch: Params = {};
				for (const [key, value] of Object.entries(msg.params)) {
					const spec = Object.hasOwn(this.schema, key) ? this.schema[key] : undefined;
					if (!spec) continue;
					const parsed = parseParam(spec, String(value));
					if (parsed.ok) patch[key] = parsed.value;
				}
				if (Object.keys(patch).length > 0) this.setParams(patch);
				break;
			}
			case 'getState':
				break;
		}
		return msg;
	}
}
