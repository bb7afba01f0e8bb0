import { describe, expect, it } from 'vitest';
import {
  affectedPartners,
  campaignReach,
  eventReach,
  partnerReach,
  sharedContentReach,
  unionReach,
  type Reach,
} from '../../src/jobs/rebuildSites/affectedPartners.ts';

type Story = { _status: 'draft' | 'published'; shownOn: 'all' | 'chosen'; partners?: Array<number | { id: number }>; title?: string };
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
    expect(storyChange({ ...allStory, _status: 'draft' }, { ...allStory, _status: 'draft', title: 'edited' })).toBeNull();
  });

  it('a draft saved on a published story leaves the public state alone and rebuilds nothing', () => {
    expect(storyChange(allStory, { ...allStory })).toBeNull();
  });

  it('an event rebuilds its own partner, or all for a partnership-wide event', () => {
    const change = (before: object | null, after: object | null) => affectedPartners({ before, after, reach: eventReach, samePublicState: same });
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
    const change = (before: Copy, after: Copy) => affectedPartners<Copy>({ before, after, reach: campaignReach, samePublicState: same });
    expect(change({ _status: 'published', a: 1 }, { _status: 'published', a: 2 })).toBe('all');
    expect(change({ _status: 'draft', a: 1 }, { _status: 'draft', a: 2 })).toBeNull();
  });

  it('unions reaches without duplicates', () => {
    expect(unionReach([1, 2], [2, 3])).toEqual([1, 2, 3]);
    expect(unionReach(null, null)).toBeNull();
    expect(unionReach([1], 'all')).toBe('all');
  });
});
