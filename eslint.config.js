import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

// The numeric core and every simulation run unchanged in Node, in a worker and in the page,
// so they may not reach for Svelte, d3, three or the DOM (ARCHITECTURE.md).
const pureModules = ['src/lib/core/**/*.ts', 'src/lib/demos/*/sim/**/*.ts'];
const forbiddenImports = {
	patterns: [
		{ group: ['svelte', 'svelte/*', '*.svelte'], message: 'Pure modules import no Svelte.' },
		{ group: ['d3', 'd3-*'], message: 'Pure modules import no d3.' },
		{ group: ['three', 'three/*'], message: 'Pure modules import no three.js.' },
		{ group: ['$app/*', '$lib/ui/*', '$lib/viz/*'], message: 'Pure modules import no UI code.' },
		{ group: ['node:*'], message: 'Pure modules must also run in the browser.' }
	]
};
// Transcendental Math functions differ in the last bit between engines; pure modules use the
// fdlibm ports in src/lib/core/math.ts instead, so frames are bit-identical everywhere.
const inexactMath = [
	'exp',
	'log',
	'log1p',
	'log2',
	'log10',
	'expm1',
	'pow',
	'sin',
	'cos',
	'tan',
	'tanh',
	'sinh',
	'cosh',
	'asin',
	'acos',
	'atan',
	'atan2',
	'asinh',
	'acosh',
	'atanh',
	'cbrt',
	'hypot'
].map((property) => ({
	object: 'Math',
	property,
	message: `Math.${property} differs between engines; use ${property} from $lib/core/math.`
}));
const browserGlobals = [
	'window',
	'document',
	'navigator',
	'localStorage',
	'location',
	'HTMLElement',
	'HTMLCanvasElement',
	'requestAnimationFrame',
	'fetch'
].map((name) => ({ name, message: 'Pure modules touch no DOM or browser API.' }));

export default ts.config(
	{
		ignores: ['build/', '.svelte-kit/', 'node_modules/', 'src/lib/paraglide/', 'test-results/']
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-console': ['error', { allow: ['warn', 'error'] }],
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: pureModules,
		rules: {
			'no-restricted-imports': ['error', forbiddenImports],
			'no-restricted-globals': ['error', ...browserGlobals],
			'no-restricted-properties': ['error', ...inexactMath],
			'no-restricted-syntax': [
				'error',
				{
					selector: "BinaryExpression[operator='**']",
					message: 'x ** y goes through Math.pow; use powInt or pow from $lib/core/math.'
				}
			]
		}
	},
	{
		files: [
			'src/lib/core/math.ts',
			'src/lib/core/**/*.test.ts',
			'src/lib/demos/*/sim/**/*.test.ts'
		],
		rules: { 'no-restricted-properties': 'off', 'no-restricted-syntax': 'off' }
	},
	{
		files: ['scripts/**', 'tests/**', '*.config.js', '*.config.ts'],
		rules: { 'no-console': 'off' }
	}
);
