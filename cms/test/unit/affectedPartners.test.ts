import { describe, expect, it } from 'vitest';
import {
  affectedPartners,
  campaignReach,
  eventReach,
  partnerReach,
  sharedContentReach,
  umbrellaListing,
  umbrellaReach,
  unionReach,
  type Reach,
} from '../../src/jobs/rebuildSites/affectedPartners.ts';

type Story = {
  _status: 'draft' | 'published';
  shownOn: 'all' | 'chosen';
  partners?: Array<number | { id: number }>;
  title?: string;
};
const same = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);
const storyChange = (before: Story | null, after: Story | null): Reach =>
  affectedPartners({ before, after, reach: sharedContentReach, samePublicState: same });

describe('which partner sites a change rebuilds', () => {
  const allStory: Story = { _status: 'published', shownOn: 'all' };
  const dudleyStory: Story = { _status: 'published', shownOn: 'chosen', partners: [2] };

  it('a story published for all partners rebuilds all', () => {
    expect(storyChange(null, allStory)).toBe('all');
    expect(storyChange({ ...allStory, _status: 'draft' }, allStory)).toBe('all');
  });

  it('a story for chosen partners rebuilds only those, whether ids or populated documents', () => {
    expect(storyChange(null, dudleyStory)).toEqual([2]);
    expect(storyChange(null, { ...dudleyStory, partners: [{ id: 1 }, 2] })).toEqual([1, 2]);
  });

  it('moving a story from one partner to another rebuilds both', () => {
    expect(storyChange({ ...dudleyStory, partners: [1] }, dudleyStory)).toEqual([1, 2]);
  });

  it('unpublishing rebuilds where the story was shown', () => {
    expect(storyChange(dudleyStory, { ...dudleyStory, _status: 'draft' })).toEqual([2]);
    expect(storyChange(allStory, null)).toBe('all');
  });

  it('a draft that was never published rebuilds nothing', () => {
    expect(storyChange(null, { ...allStory, _status: 'draft' })).toBeNull();
    expect(
      storyChange({ ...allStory, _status: 'draft' }, { ...allStory, _status: 'draft', title: 'edited' }),
    ).toBeNull();
  });

  it('a draft saved on a published story leaves the public state alone and rebuilds nothing', () => {
    expect(storyChange(allStory, { ...allStory })).toBeNull();
  });

  it('an event rebuilds its own partner, or all for a partnership-wide event', () => {
    const change = (before: object | null, after: object | null) =>
      affectedPartners({ before, after, reach: eventReach, samePublicState: same });
    expect(change(null, { partner: 2, allPartners: false })).toEqual([2]);
    expect(change(null, { partner: { id: 2 }, allPartners: false })).toEqual([2]);
    expect(change(null, { partner: null, allPartners: true })).toBe('all');
    expect(change({ partner: 1, allPartners: false }, { partner: 2, allPartners: false })).toEqual([1, 2]);
  });

  it('a partner record rebuilds its own site, including when it is deactivated', () => {
    const change = (before: { id: number; active: boolean } | null, after: { id: number; active: boolean } | null) =>
      affectedPartners({ before, after, reach: partnerReach, samePublicState: same });
    expect(change({ id: 3, active: true }, { id: 3, active: true, ...{ phone: 'new' } })).toEqual([3]);
    expect(change({ id: 3, active: true }, { id: 3, active: false })).toEqual([3]);
    expect(change({ id: 3, active: false }, { id: 3, active: false, ...{ phone: 'x' } })).toBeNull();
  });

  it('published campaign copy rebuilds all; a draft of it nothing', () => {
    type Copy = { _status: 'draft' | 'published'; a: number };
    const change = (before: Copy, after: Copy) =>
      affectedPartners<Copy>({ before, after, reach: campaignReach, samePublicState: same });
    expect(change({ _status: 'published', a: 1 }, { _status: 'published', a: 2 })).toBe('all');
    expect(change({ _status: 'draft', a: 1 }, { _status: 'draft', a: 2 })).toBeNull();
  });

  it('unions reaches without duplicates', () => {
    expect(unionReach([1, 2], [2, 3])).toEqual([1, 2, 3]);
    expect(unionReach(null, null)).toBeNull();
    expect(unionReach([1], 'all')).toBe('all');
  });
});

describe("which partner changes also rebuild the partnership's umbrella site", () => {
  const UMBRELLA = 9;
  const council = {
    id: 2,
    kind: 'council',
    active: true,
    name: 'Dudley Metropolitan Borough Council',
    slug: 'dudley',
    siteDomain: 'fostering.dudley.example.org',
    postcodeDistricts: ['DY1', 'DY2'],
  };
  type Council = typeof council;
  const umbrella = (before: Council | null, after: Council | null) =>
    umbrellaReach({ before, after, umbrellaIds: [UMBRELLA] });
  // What the hook rebuilds: the partner's own site and, when its listing changed, the umbrella's.
  const rebuilt = (before: Council | null, after: Council | null) =>
    unionReach(
      affectedPartners({ before, after, reach: partnerReach, samePublicState: same }),
      umbrella(before, after),
    );

  it('a council added or removed rebuilds the umbrella site as well as its own', () => {
    expect(rebuilt(null, council)).toEqual([2, UMBRELLA]);
    expect(rebuilt(council, null)).toEqual([2, UMBRELLA]);
  });

  it('a council deactivated or reactivated rebuilds the umbrella site', () => {
    expect(rebuilt(council, { ...council, active: false })).toEqual([2, UMBRELLA]);
    expect(rebuilt({ ...council, active: false }, council)).toEqual([2, UMBRELLA]);
  });

  it('a change to the districts, name, slug, domain or kind of a council rebuilds the umbrella site', () => {
    for (const change of [
      { postcodeDistricts: ['DY1', 'DY2', 'DY3'] },
      { name: 'Dudley Council' },
      { slug: 'dudley-mbc' },
      { siteDomain: 'fostering.dudley.gov.uk' },
      { kind: 'partnership' },
    ]) {
      expect(umbrella(council, { ...council, ...change }), JSON.stringify(change)).toEqual([UMBRELLA]);
    }
  });

  it('any other edit of a council rebuilds only its own site', () => {
    expect(
      rebuilt(council, { ...council, ...{ officeHours: 'Weekdays 9 to 5', localOffer: 'Free training' } }),
    ).toEqual([2]);
  });

  it('an inactive council, or a change to the umbrella partner itself, adds nothing', () => {
    const inactive = { ...council, active: false };
    expect(umbrella(inactive, { ...inactive, postcodeDistricts: ['DY9'] })).toBeNull();
    const self = { ...council, id: UMBRELLA, kind: 'partnership', slug: 'big-fostering-partnership' };
    expect(umbrella(self, { ...self, name: 'The Big Fostering Partnership' })).toBeNull();
  });

  it('with no active umbrella partner there is nothing more to rebuild', () => {
    expect(umbrellaReach({ before: null, after: council, umbrellaIds: [] })).toBeNull();
  });

  it('counts a partner record without a kind as a council, the field’s default', () => {
    expect(umbrellaListing({ ...council, kind: null as unknown as string })).toBe(umbrellaListing(council));
  });
});
