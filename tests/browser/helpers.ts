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

/** Opens a demo page and waits until it has read its link. */
export async function openDemo(page: Page, id: string, query = ''): Promise<void> {
	await page.goto(`/${id}/${query ? `?${query}` : ''}`);
	await expect(page.locator(`.demo[data-demo="${id}"][data-ready="1"]`)).toBeVisible();
}

export async function frame(page: Page): Promise<number> {
	return Number(await page.locator('.demo').getAttribute('data-frame'));
}

/** Waits for the shell's link sync to catch up, and returns the query. */
export async function settledQuery(page: Page): Promise<URLSearchParams> {
	await page.waitForTimeout(400);
	return new URL(page.url()).searchParams;
}
