export {
  contrastRatio,
  relativeLuminance,
  nearestPassingShade,
  isHexColour,
  HEX_COLOUR,
  AA_TEXT,
  AA_LARGE_TEXT,
} from './contrast.ts';
export { checkBrandColour, checkBrandContrast, WHITE, PAGE_TEXT } from './brandRules.ts';
export type { Brand, ContrastFailure } from './brandRules.ts';
export { THEMES, THEME_NAMES, TYPEFACES, TYPEFACE_NAMES, ALL_SURFACES, brandStyle, partnershipWith } from './themes.ts';
export type { ThemeName, TypefaceName } from './themes.ts';
