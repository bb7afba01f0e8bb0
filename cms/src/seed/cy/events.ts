// Sample translation, to be checked by a Welsh speaker before launch.

export interface WelshEvent {
  title: string;
  summary: string;
  /** Only for an event in person, as in English. */
  venue?: string;
}

/**
 * The sample events (../events.ts) in Welsh, IN THE SAME ORDER as the English array: the online evening, then the
 * Stafford and Dudley drop-ins. Place and council names stay as the sites show them ("tîm maethu Dudley"), after
 * the noun, so they need no mutation.
 */
export const welshEvents: WelshEvent[] = [
  {
    title: 'Noson wybodaeth ar-lein: maethu Camu i Lawr (Step Down)',
    summary:
      'Clywch gan ofalwyr maeth a thîm Bridge to Foster am ofalu am blentyn sy’n symud ymlaen o gartref plant. Gofynnwch unrhyw beth.',
  },
  {
    title: 'Sesiwn galw heibio maethu, Stafford',
    summary: 'Galwch heibio am baned a sgwrs anffurfiol gyda thîm maethu Staffordshire.',
    venue: 'Lleoliad enghreifftiol, canol tref Stafford',
  },
  {
    title: 'Sesiwn galw heibio maethu, Dudley',
    summary: 'Dewch i gyfarfod â thîm maethu Dudley a gofalwyr maeth, a chael gwybod pa gymorth sydd ar gael yn lleol.',
    venue: 'Lleoliad enghreifftiol, canol tref Dudley',
  },
];
