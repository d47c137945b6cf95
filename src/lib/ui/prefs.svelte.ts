import { locale, htmlLang } from '$lib/i18n/locale.svelte';
import type { Lang, Theme } from '$lib/timeline/url';

interface Boot {
	lang: Lang;
	theme: Theme;
	present: boolean;
}

const STORAGE_KEY = 'gp-prefs';

/**
 * The reader's language, theme and presenter mode. The inline script in app.html decides them
 * before first paint (URL, then saved choice, then the browser); this class takes over after
 * hydration, mirrors them on <html> and remembers language and theme.
 */
class Prefs {
	theme = $state<Theme>('light');
	present = $state(false);
	/** Whether the language was chosen in this page's URL or by the reader (kept in links). */
	langExplicit = $state(false);
	themeExplicit = $state(false);

	get lang(): Lang {
		return locale.current;
	}

	/** Called once on the client, after hydration. */
	start(): void {
		const boot = (window as unknown as { __gpBoot?: Boot }).__gpBoot;
		const q = new URLSearchParams(location.search);
		this.langExplicit = q.has('lang');
		this.themeExplicit = q.has('theme');
		if (boot) {
			locale.current = boot.lang;
			this.theme = boot.theme;
			this.present = boot.present;
		}
		this.apply();
		document.documentElement.classList.remove('i18n-pending');
	}

	setLang(lang: Lang): void {
		locale.current = lang;
		this.langExplicit = true;
		this.save();
		this.apply();
	}

	setTheme(theme: Theme): void {
		this.theme = theme;
		this.themeExplicit = true;
		this.save();
		this.apply();
	}

	setPresent(on: boolean): void {
		this.present = on;
		this.apply();
	}

	private save(): void {
		try {
			localStorage.setItem(STORAGE_KEY, JSON.stringify({ lang: this.lang, theme: this.theme }));
		} catch {
			// Private windows may refuse storage; the URL still carries the choice.
		}
	}

	private apply(): void {
		const root = document.documentElement;
		root.lang = htmlLang(this.lang);
		root.dataset.theme = this.theme;
		if (this.present) root.dataset.present = '1';
		else delete root.dataset.present;
	}
}

export const prefs = new Prefs();
