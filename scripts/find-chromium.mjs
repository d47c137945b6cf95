// Finds a Chromium or Chrome for the browser tests: an environment variable first, then the
// usual install paths. Run directly, it prints the path or says how to install one and fails.
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';

const candidates = [
	process.env.CHROMIUM,
	process.env.CHROME_PATH,
	process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH,
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/snap/bin/chromium',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/opt/google/chrome/chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'
];

export function findChromium() {
	for (const path of candidates) {
		if (path && fs.existsSync(path)) return path;
	}
	return null;
}

export const HOW_TO_INSTALL = `No Chromium or Chrome found for the browser tests.
Install one, or point CHROMIUM at it:
  Debian/Ubuntu:  sudo apt-get install chromium
  macOS:          brew install --cask chromium
  any system:     CHROMIUM=/path/to/chrome npm test
(The tests never download a browser of their own.)`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const found = findChromium();
	if (!found) {
		console.error(HOW_TO_INSTALL);
		process.exit(1);
	}
	console.log(found);
}
