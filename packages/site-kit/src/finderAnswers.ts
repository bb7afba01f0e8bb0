/** The finder's answers that stay on the partnership's site (the CMS redirects any other to a council's site). */
export const FINDER_ANSWERS = ['invalid', 'outside'] as const;
export type FinderAnswer = (typeof FINDER_ANSWERS)[number];
