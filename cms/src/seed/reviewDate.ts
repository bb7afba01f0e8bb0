/** Sample stories are due for review a year after they are seeded, like a story newly signed off. */
export function reviewDateFromNow(days = 365): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString();
}
