// Every test, in the order a failure is cheapest to report: the browser check, messages,
// lint and format, types, unit tests, the production build, then the browser tests against it.
// Ends with one line, "tests: N passed, N failed", counting unit and browser tests.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findChromium, HOW_TO_INSTALL } from './find-chromium.mjs';

const chromium = findChromium();
if (!chromium) {
	console.error(HOW_TO_INSTALL);
	process.exit(1);
}

const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'gp-test-'));
const vitestReport = path.join(reports, 'vitest.json');
const playwrightReport = path.join(reports, 'playwright.json');

const steps = [
	[
		'messages',
		'npx',
		[
			'paraglide-js',
			'compile',
			'--project',
			'./project.inlang',
			'--outdir',
			'./src/lib/paraglide',
			'--no-emit-git-ignore',
			'--silent'
		]
	],
	['sync', 'npx', ['svelte-kit', 'sync']],
	['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
	['format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
	[
		'types',
		'npx',
		[
			'svelte-check',
			'--tsconfig',
			'./tsconfig.json',
			'--threshold',
			'warning',
			'--fail-on-warnings'
		]
	],
	[
		'unit',
		'npx',
		['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]
	],
	['build', 'npx', ['vite', 'build', '--logLevel', 'warn']],
	['browser', 'npx', ['playwright', 'test']]
];

const only = process.argv.slice(2);
let failedStep = null;
for (const [name, cmd, args] of steps) {
	if (only.length > 0 && !only.includes(name)) continue;
	console.log(`\n── ${name} ──`);
	const started = Date.now();
	const result = spawnSync(cmd, args, {
		stdio: 'inherit',
		env: { ...process.env, CHROMIUM: chromium, PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport }
	});
	console.log(
		`── ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`
	);
	if (result.status !== 0) {
		failedStep = name;
		break;
	}
}

function count(file, read) {
	try {
		return read(JSON.parse(fs.readFileSync(file, 'utf8')));
	} catch {
		return { passed: 0, failed: 0 };
	}
}
const unit = count(vitestReport, (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests }));
const browser = count(playwrightReport, (r) => ({
	passed: r.stats.expected + r.stats.flaky,
	failed: r.stats.unexpected
}));
const passed = unit.passed + browser.passed;
let failed = unit.failed + browser.failed;
if (failedStep && failed === 0) failed = 1;
console.log(
	`\nunit: ${unit.passed} passed, ${unit.failed} failed; browser: ${browser.passed} passed, ${browser.failed} failed`
);
if (failedStep) console.log(`stopped at step "${failedStep}"`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failedStep ? 1 : 0);
