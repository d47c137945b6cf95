import { m } from '$lib/paraglide/messages.js';
import type { PresetName } from './sim/params';

/** The button label of a preset, in the current language. */
export function presetLabel(id: PresetName): string {
	return {
		healthy: m.gan_preset_healthy,
		collapse: m.gan_preset_collapse,
		fix: m.gan_preset_fix,
		wgan: m.gan_preset_wgan
	}[id]();
}

/** One sentence on what a preset shows. */
export function presetNote(id: PresetName): string {
	return {
		healthy: m.gan_preset_healthy_note,
		collapse: m.gan_preset_collapse_note,
		fix: m.gan_preset_fix_note,
		wgan: m.gan_preset_wgan_note
	}[id]();
}
