// Every page is prerendered to plain files, so the site runs from any static host.
export const prerender = true;
export const trailingSlash = 'always';
