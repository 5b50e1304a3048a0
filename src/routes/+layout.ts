// Every page is prerendered and precached: the app runs with no server, offline after one visit.
export const prerender = true;
export const trailingSlash = 'never';
