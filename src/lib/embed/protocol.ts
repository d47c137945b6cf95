/**
 * The postMessage protocol of /embed/<demo>. Every message carries
 * `source: 'genai-playground'` so a slide deck can tell ours from others.
 *
 * In:  play · pause · seek {frame} · step {delta} · set {params} · getState
 * Out: state {demo, frame, frames, playing, params, metrics}
 */
export const SOURCE = 'genai-playground';

export type Primitive = string | number | boolean;

export type Inbound =
	| { type: 'play' }
	| { type: 'pause' }
	| { type: 'getState' }
	| { type: 'seek'; frame: number }
	| { type: 'step'; delta: number }
	| { type: 'set'; params: Record<string, Primitive> };

export interface StateMessage {
	source: typeof SOURCE;
	type: 'state';
	demo: string;
	frame: number;
	frames: number;
	playing: boolean;
	params: Record<string, Primitive>;
	metrics: Record<string, number>;
}

const MAX_PARAMS = 64;

function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isInteger(v: unknown): v is number {
	return typeof v === 'number' && Number.isSafeInteger(v);
}

/** Checks an incoming message's shape; anything else gives null and is ignored. */
export function parseInbound(data: unknown): Inbound | null {
	if (!isRecord(data) || data.source !== SOURCE || typeof data.type !== 'string') return null;
	switch (data.type) {
		case 'play':
		case 'pause':
		case 'getState':
			return { type: data.type };
		case 'seek':
			return isInteger(data.frame) && data.frame >= 0 ? { type: 'seek', frame: data.frame } : null;
		case 'step': {
			const delta = data.delta ?? 1;
			return isInteger(delta) ? { type: 'step', delta } : null;
		}
		case 'set': {
			if (!isRecord(data.params)) return null;
			const entries = Object.entries(data.params);
			if (entries.length > MAX_PARAMS) return null;
			const params: Record<string, Primitive> = {};
			for (const [key, value] of entries) {
				const t = typeof value;
				if (t !== 'string' && t !== 'number' && t !== 'boolean') return null;
				if (t === 'number' && !Number.isFinite(value)) return null;
				params[key] = value as Primitive;
			}
			return { type: 'set', params };
		}
		default:
			return null;
	}
}

/** Values as plain JSON: numbers stay numbers, custom values go as their URL text. */
export function stateMessage(fields: Omit<StateMessage, 'source' | 'type'>): StateMessage {
	return { source: SOURCE, type: 'state', ...fields };
}
