/**
 * The themes and typefaces a partner can choose in the CMS. The options live here, once: the CMS offers exactly these,
 * and site-kit applies them. Each theme's page and panel colours are listed so the brand rules can check a partner's
 * primary colour against every surface its links may sit on.
 */
export const THEMES = {
  civic: { label: 'Civic: plain and formal, like a council website', surfaces: ['#ffffff', '#f3f2f1'] },
  warm: { label: 'Warm: softer shapes and warm panels, like the agency’s style', surfaces: ['#ffffff', '#fdf0e6'] },
} as const;

export type ThemeName = keyof typeof THEMES;
export const THEME_NAMES = Object.keys(THEMES) as ThemeName[];

/** System font stacks only: nothing to download, so pages stay fast and work offline. */
export const TYPEFACES = {
  'system-sans': { label: 'Sans serif (Helvetica, Arial)', stack: "'Helvetica Neue', Helvetica, Arial, sans-serif" },
  verdana: { label: 'Verdana (wide, very legible)', stack: 'Verdana, Geneva, Tahoma, sans-serif' },
  'humanist-sans': {
    label: 'Humanist sans serif (Segoe UI, Calibri)',
    stack: "'Segoe UI', Calibri, Candara, 'Trebuchet MS', sans-serif",
  },
  georgia: { label: 'Georgia (serif)', stack: "Georgia, 'Times New Roman', serif" },
} as const;

export type TypefaceName = keyof typeof TYPEFACES;
export const TYPEFACE_NAMES = Object.keys(TYPEFACES) as TypefaceName[];

/** Every surface any theme puts text or links on. */
export const ALL_SURFACES: readonly string[] = [...new Set(Object.values(THEMES).flatMap((t) => t.surfaces))];

/**
 * The only part of a page's CSS that varies by partner: validated hex colours and a stack from a fixed list, so it is
 * safe to inline. Every theme's CSS reads these custom properties.
 */
export function brandStyle(brand: { primaryColour: string; accentColour: string; typeface: TypefaceName }): string {
  return `:root{--brand-primary:${brand.primaryColour};--brand-accent:${brand.accentColour};--font-family:${TYPEFACES[brand.typeface].stack}}`;
}

/**
 * The co-branding lockup's words after the partner's name: "A, B and C", which reads as a sentence to screen readers.
 * `and` gives the word before the last name in the page's language (in Welsh it depends on that name).
 */
export function partnershipWith(
  agency: string,
  alsoWith: readonly string[],
  and: (nextName: string) => string = () => 'and',
): string {
  const others = [agency, ...alsoWith];
  const last = others.at(-1)!;
  return others.length > 1 ? `${others.slice(0, -1).join(', ')} ${and(last)} ${last}` : others[0]!;
}
