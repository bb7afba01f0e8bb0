import { describe, expect, it } from 'vitest';
import {
  ALL_SURFACES,
  checkBrandColour,
  checkBrandContrast,
  contrastRatio,
  nearestPassingShade,
} from '../src/index.ts';

describe('contrastRatio against known WCAG pairs', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
    ['#777777', '#ffffff', 4.48],
    ['#1d70b8', '#ffffff', 5.17],
    ['#595959', '#ffffff', 7.0],
    ['#949494', '#ffffff', 3.03],
  ])('%s on %s is %s:1', (a, b, expected) => {
    expect(contrastRatio(a, b)).toBeCloseTo(expected, 1);
    expect(contrastRatio(b, a)).toBeCloseTo(expected, 1);
  });
});

describe('nearestPassingShade', () => {
  it('keeps a colour that already passes', () => {
    expect(nearestPassingShade('#1D4F6E', '#ffffff', 4.5)).toBe('#1d4f6e');
  });

  it('darkens a light colour just enough to pass', () => {
    const shade = nearestPassingShade('#ff9900', '#ffffff', 4.5)!;
    expect(contrastRatio(shade, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(shade, '#ffffff')).toBeLessThan(5);
  });
});

describe('checkBrandContrast', () => {
  it('passes the seeded partners', () => {
    expect(checkBrandContrast({ primaryColour: '#1d4f6e', accentColour: '#f2b705' })).toEqual([]);
    expect(checkBrandContrast({ primaryColour: '#6b1d5c', accentColour: '#85c79a' })).toEqual([]);
  });

  it('names the failing pair, by how much, and a passing shade', () => {
    const failures = checkBrandContrast({ primaryColour: '#ffcc00', accentColour: '#2e8540' });
    expect(failures.map((f) => f.field)).toEqual(['primaryColour', 'accentColour']);
    expect(failures[0]!.message).toMatch(
      /^White text on the primary colour \(header and buttons\) has contrast 1\.\d+:1, short of the 4\.5:1 WCAG 2\.2 AA needs by \d\.\d+; /,
    );
    expect(failures[0]!.message).toMatch(/The nearest passing shade is #[0-9a-f]{6}\.$/);
    // The suggestion passes on white and on every theme's tinted panels.
    for (const surface of ALL_SURFACES)
      expect(contrastRatio(failures[0]!.suggestion!, surface)).toBeGreaterThanOrEqual(4.5);
    expect(failures[1]!.pairs.map((p) => p.pair)).toEqual(['page text on the accent colour (highlights and tags)']);
    expect(contrastRatio(failures[1]!.suggestion!, '#0b0c0c')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('checkBrandColour', () => {
  it('judges one colour alone, with the message and the passing shade the whole brand check gives', () => {
    const alone = checkBrandColour('primaryColour', '#ffcc00')!;
    const inBrand = checkBrandContrast({ primaryColour: '#ffcc00', accentColour: '#000000' }).find(
      (f) => f.field === 'primaryColour',
    )!;
    expect(alone).toEqual(inBrand);
    expect(alone.suggestion).toMatch(/^#[0-9a-f]{6}$/);
    expect(checkBrandColour('primaryColour', alone.suggestion)).toBeNull();
  });

  it('has nothing to say about a passing colour or a value that is not a colour yet', () => {
    expect(checkBrandColour('primaryColour', '#1d4f6e')).toBeNull();
    expect(checkBrandColour('accentColour', '#f2b705')).toBeNull();
    expect(checkBrandColour('accentColour', '#ffc')).toBeNull();
    expect(checkBrandColour('accentColour', undefined)).toBeNull();
  });
});
