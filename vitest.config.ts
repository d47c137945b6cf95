import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

// Unit tests need SvelteKit's aliases and the Svelte compiler (for .svelte.ts runes), but not
// the Paraglide plugin, whose file watcher keeps the test process alive: messages are compiled
// beforehand (`npm run i18n`, run by `npm test` and on install).
export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000
	}
});
