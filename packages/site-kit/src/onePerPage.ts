/**
 * Marks for things a page may carry only once, however many components ask for them. Astro renders each page of a
 * static build from its own Request, so the page's Request is the key; a WeakMap forgets it with the page.
 */
const claimed = new WeakMap<Request, Set<string>>();

/** True for the first component that asks for `thing` while a page renders, false for every later one. */
export function firstOnPage(request: Request, thing: string): boolean {
  const things = claimed.get(request) ?? new Set<string>();
  claimed.set(request, things);
  if (things.has(thing)) return false;
  things.add(thing);
  return true;
}
