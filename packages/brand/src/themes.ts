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
  'humanist-sans': { label: 'Humanist sans serif (Segoe UI, Calibri)', stack: "'Segoe UI', Calibri, Candara, 'Trebuchet MS', sans-serif" },
  georgia: { label: 'Georgia (serif)', stack: "Georgia, 'Times New Roman', serif" },
} as const;

export type TypefaceName = keyof typeof TYPEFACES;
export const TYPEFACE_NAMES = Object.keys(TYPEFACES) as TypefaceName[];

/** Every surface any theme puts text or links on. */
export const ALL_SURFACES: readonly string[] = [...new Set(Object.values(THEMES).flatMap((t) => t.surfaces))];
