import { describe, expect, it } from 'vitest';
import { routePostcode } from '../src/routing.ts';

const partners = [
  { slug: 'staffordshire', postcodeDistricts: ['ST16', 'ST17', 'WS11'] },
  { slug: 'dudley', postcodeDistricts: ['DY1', 'DY2', 'B63'] },
];

describe('routePostcode', () => {
  it.each([
    ['ST16 3AA', 'staffordshire'],
    ['st16 3aa', 'staffordshire'],
    ['ST163AA', 'staffordshire'],
    ['  st16   3aa ', 'staffordshire'],
    ['ST16', 'staffordshire'],
    ['dy1 1aa', 'dudley'],
    ['B63 4AA', 'dudley'],
    ['WS11 1AA', 'staffordshire'],
  ])('sends %j to %s', (postcode, slug) => {
    const route = routePostcode(postcode, partners);
    expect(route.kind).toBe('partner');
    expect(route.kind === 'partner' && route.partner.slug).toBe(slug);
  });

  it('does not confuse a district with a longer one that starts the same (ST1 is not ST16)', () => {
    const route = routePostcode('ST1 1AA', partners);
    expect(route).toEqual({ kind: 'outside', district: 'ST1', nearest: partners[0] });
  });

  it('suggests the nearest partner by postcode area when none covers the district', () => {
    expect(routePostcode('DY10 1AA', partners)).toEqual({ kind: 'outside', district: 'DY10', nearest: partners[1] });
  });

  it('answers outside with no nearest partner for a postcode far away', () => {
    expect(routePostcode('EH1 1YZ', partners)).toEqual({ kind: 'outside', district: 'EH1', nearest: null });
  });

  it.each(['', 'hello', '12345', 'ST16 3A', '<script>alert(1)</script>', 'ST16 3AAA'])(
    'calls %j invalid',
    (postcode) => {
      expect(routePostcode(postcode, partners)).toEqual({ kind: 'invalid' });
    },
  );
});
