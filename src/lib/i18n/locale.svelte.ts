import { baseLocale, overwriteGetLocale, overwriteSetLocale } from '$lib/paraglide/runtime';
import type { Lang } from '$lib/timeline/url';

/**
 * The language is one piece of reactive state. Paraglide's message functions read it through
 * `getLocale`, so any template or `$derived` that calls a message re-renders on a switch.
 */
class LocaleState {
	current = $state<Lang>(baseLocale as Lang);
}

export const locale = new LocaleState();

overwriteGetLocale(() => locale.current);
overwriteSetLocale((next) => {
	locale.current = next as Lang;
});

/** BCP 47 tag for `<html lang>` and `Intl`. */
export function htmlLang(lang: Lang): string {
	return lang === 'zh' ? 'zh-CN' : 'en';
}
