import { expect, type Page } from '@playwright/test';

/** Fails the test on any console error or page error seen while it runs. */
export function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(`console: ${m.text()}`);
	});
	page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
	return errors;
}

/** The demos the gallery shows, read from the page itself. */
export async function galleryDemos(page: Page): Promise<string[]> {
	await page.goto('/?lang=en');
	return page
		.locator('.card[data-demo]')
		.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.demo as string));
}

/**
 * How long a deep link into a training run may take to compute: a link to the end of a GAN run
 * replays thousands of iterations (spread over animation frames, so the page stays live).
 */
export const CATCH_UP_MS = 120_000;

/** Opens a demo page and waits until it shows what its link asks for. */
export async function openDemo(page: Page, id: string, query = ''): Promise<void> {
	await page.goto(`/${id}/${query ? `?${query}` : ''}`);
	await ready(page);
}

/** Waits until no seek is still computing. */
export async function ready(page: Page): Promise<void> {
	await expect(page.locator('.demo[data-ready="1"]')).toBeVisible({ timeout: CATCH_UP_MS });
}

export async function frame(page: Page): Promise<number> {
	return Number(await page.locator('.demo').getAttribute('data-frame'));
}

/**
 * Waits until the address bar holds the link the page means (its `data-query`: parameters, seed
 * and frame as shown), and returns that query.
 */
export async function settledQuery(page: Page): Promise<URLSearchParams> {
	await ready(page);
	const wanted = async () => (await page.locator('.demo').getAttribute('data-query')) ?? '';
	await expect
		.poll(async () => new URL(page.url()).search.replace(/^\?/, '') === (await wanted()), {
			timeout: 10_000
		})
		.toBe(true);
	return new URL(page.url()).searchParams;
}
