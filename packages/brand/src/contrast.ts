/**
 * WCAG 2.2 contrast (success criterion 1.4.3): the relative luminance of sRGB colours and the ratio between two of
 * them. Text needs 4.5:1, large text 3:1.
 */
export const AA_TEXT = 4.5;
export const AA_LARGE_TEXT = 3;

/** A colour as the CMS stores it and the sites' CSS takes it: # and six hex digits. */
export const HEX_COLOUR = /^#([0-9a-f]{6})$/i;

export function isHexColour(value: unknown): value is string {
  return typeof value === 'string' && HEX_COLOUR.test(value);
}

function channels(hex: string): [number, number, number] {
  const match = HEX_COLOUR.exec(hex);
  if (!match) throw new Error(`"${hex}" is not a colour like #1d4f6e`);
  const n = Number.parseInt(match[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map(linear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function toHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b]
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/**
 * The shade of `colour` nearest to it (mixing towards black or towards white, whichever passes first) that reaches
 * `ratio` against `against`. Null when neither direction can reach it.
 */
export function nearestPassingShade(colour: string, against: string, ratio: number): string | null {
  if (contrastRatio(colour, against) >= ratio) return colour.toLowerCase();
  const rgb = channels(colour);
  const mix = (target: number, amount: number) =>
    toHex(rgb.map((c) => c + (target - c) * amount) as [number, number, number]);
  for (let step = 1; step <= 100; step++) {
    const amount = step / 100;
    for (const target of [0, 255]) {
      const candidate = mix(target, amount);
      if (contrastRatio(candidate, against) >= ratio) return candidate;
    }
  }
  return null;
}
