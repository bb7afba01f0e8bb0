import { ALL_SURFACES } from './themes.ts';
import { AA_TEXT, contrastRatio, isHexColour, nearestPassingShade } from './contrast.ts';

/**
 * The colour pairs every theme puts a partner's brand colours in. Themes derive all other colours from these, so a
 * brand that passes here gives a site that passes WCAG 2.2 AA.
 */
export interface Brand {
  primaryColour: string;
  accentColour: string;
}

export const WHITE = '#ffffff';
export const PAGE_TEXT = '#0b0c0c';

interface PairRule {
  field: keyof Brand;
  /** What a person reading the error sees, e.g. "white text on the primary colour". */
  pair: string;
  against: string;
  required: number;
}

const RULES: readonly PairRule[] = [
  // Header, buttons: white text on the primary colour.
  {
    field: 'primaryColour',
    pair: 'white text on the primary colour (header and buttons)',
    against: WHITE,
    required: AA_TEXT,
  },
  // Links in the primary colour on every page and panel colour any theme uses.
  ...ALL_SURFACES.filter((surface) => surface !== WHITE).map((surface) => ({
    field: 'primaryColour' as const,
    pair: `the primary colour as link text on a tinted panel (${surface})`,
    against: surface,
    required: AA_TEXT,
  })),
  // The accent is a highlight background (tags, the header rule, key figures) with page text on it.
  {
    field: 'accentColour',
    pair: 'page text on the accent colour (highlights and tags)',
    against: PAGE_TEXT,
    required: AA_TEXT,
  },
];

export interface ContrastFailure {
  field: keyof Brand;
  /** The pairs that fail, each with its ratio. */
  pairs: Array<{ pair: string; ratio: number; required: number }>;
  /** The nearest shade of the same colour that passes every pair, when there is one. */
  suggestion: string | null;
  message: string;
}

const round = (n: number) => Math.floor(n * 100) / 100;
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The nearest shade of `colour` passing every rule given, by stepping the rule that fails worst towards its target. */
function nearestShadePassingAll(colour: string, rules: readonly PairRule[]): string | null {
  let candidate: string | null = colour;
  for (let attempt = 0; attempt < 10 && candidate; attempt++) {
    const failing = rules.find((rule) => contrastRatio(candidate!, rule.against) < rule.required);
    if (!failing) return candidate;
    candidate = nearestPassingShade(candidate, failing.against, failing.required);
  }
  return null;
}

/** One failure per brand colour, naming every pair it fails, by how much, and the nearest shade that passes them all. */
export function checkBrandContrast(brand: Brand): ContrastFailure[] {
  const failures: ContrastFailure[] = [];
  for (const field of ['primaryColour', 'accentColour'] as const) {
    const colour = brand[field];
    if (!isHexColour(colour)) continue;
    const rules = RULES.filter((rule) => rule.field === field);
    const pairs = rules
      .map((rule) => ({ pair: rule.pair, ratio: round(contrastRatio(colour, rule.against)), required: rule.required }))
      .filter((p) => p.ratio < p.required);
    if (!pairs.length) continue;
    const suggestion = nearestShadePassingAll(colour, rules);
    const described = pairs.map(
      (p) =>
        `${p.pair} has contrast ${p.ratio}:1, short of the ${p.required}:1 WCAG 2.2 AA needs by ${round(p.required - p.ratio)}`,
    );
    failures.push({
      field,
      pairs,
      suggestion,
      message: `${capitalised(described.join('; '))}.${suggestion ? ` The nearest passing shade is ${suggestion}.` : ''}`,
    });
  }
  return failures;
}

/**
 * The failure of one brand colour on its own, or null when it passes (or is not a colour yet). Each rule pairs one
 * brand colour with fixed colours, so the other brand colour cannot change the verdict: the CMS's validation and the
 * admin's field (which offers the suggested shade) both ask this.
 */
export function checkBrandColour(field: keyof Brand, colour: unknown): ContrastFailure | null {
  if (!isHexColour(colour)) return null;
  const brand: Brand = { primaryColour: '', accentColour: '', [field]: colour };
  return checkBrandContrast(brand).find((failure) => failure.field === field) ?? null;
}
