import { describe, expect, it } from 'vitest';
import {
  DIRECT_SITE_LABEL,
  describeWait,
  enquiryStats,
  median,
  weekCommencing,
  type EnquiryForStats,
} from '../../src/collections/Enquiries/dashboard/enquiryStats.ts';

const HOUR = 3_600_000;
const dudley = { id: 2, name: 'Dudley' };
const staffs = { id: 1, name: 'Staffordshire' };

function enquiry(overrides: Partial<EnquiryForStats> = {}): EnquiryForStats {
  return {
    partner: dudley,
    sourceSite: 'http://dudley.localhost:4321',
    outcome: 'likely-eligible',
    status: 'new',
    createdAt: '2026-11-10T10:00:00.000Z',
    ...overrides,
  };
}
const history = (...statuses: EnquiryForStats['status'][]) => statuses.map((status) => ({ status }));

describe('median', () => {
  it('is the middle value of an odd count, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
  });
  it('is the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 10, 2])).toBe(3);
  });
  it('is null with nothing to measure', () => {
    expect(median([])).toBeNull();
  });
});

describe('weeks', () => {
  it('start on Monday by London’s clock, not UTC', () => {
    // 23:30 UTC on Sunday 29 March 2026 is 00:30 BST on Monday 30 March.
    expect(weekCommencing(new Date('2026-03-29T23:30:00Z'))).toBe('2026-03-30');
    expect(weekCommencing(new Date('2026-03-29T22:30:00Z'))).toBe('2026-03-23');
  });

  it('spanning New Year are one week, commencing on the Monday in December', () => {
    expect(weekCommencing(new Date('2025-12-29T09:00:00Z'))).toBe('2025-12-29');
    expect(weekCommencing(new Date('2026-01-01T12:00:00Z'))).toBe('2025-12-29');
    expect(weekCommencing(new Date('2026-01-04T23:59:00Z'))).toBe('2025-12-29');
    expect(weekCommencing(new Date('2026-01-05T00:00:00Z'))).toBe('2026-01-05');
  });

  it('are the last 12 including this one, and enquiries are counted in theirs across the year boundary', () => {
    const now = new Date('2026-01-07T12:00:00Z');
    const stats = enquiryStats(
      [
        enquiry({ createdAt: '2025-12-30T10:00:00Z' }),
        enquiry({ createdAt: '2026-01-02T10:00:00Z' }),
        enquiry({ createdAt: '2026-01-06T10:00:00Z', partner: staffs, sourceSite: 'direct' }),
        enquiry({ createdAt: '2025-10-20T10:00:00Z' }), // first week shown
        enquiry({ createdAt: '2025-10-19T10:00:00Z' }), // too old for the weekly charts
      ],
      now,
    );
    expect(stats.weeks).toHaveLength(12);
    expect(stats.weeks[0]).toBe('2025-10-20');
    expect(stats.weeks.slice(-2)).toEqual(['2025-12-29', '2026-01-05']);
    const dudleyRow = stats.perPartner.find((row) => row.label === 'Dudley')!;
    expect(dudleyRow.counts[0]).toBe(1);
    expect(dudleyRow.counts[10]).toBe(2);
    expect(dudleyRow.total).toBe(3);
    expect(stats.perPartner.find((row) => row.label === 'Staffordshire')!.counts[11]).toBe(1);
    expect(stats.total).toBe(5);
  });
});

describe('per site', () => {
  it('groups by the site origin, not the partner, and names direct enquiries', () => {
    const now = new Date('2026-11-12T12:00:00Z');
    // The umbrella site's enquiries belong to the covering council but came from the partnership's site.
    const stats = enquiryStats(
      [
        enquiry(),
        enquiry({ sourceSite: 'http://big-fostering-partnership.localhost:4321' }),
        enquiry({ sourceSite: 'http://big-fostering-partnership.localhost:4321', partner: staffs }),
        enquiry({ sourceSite: 'direct' }),
      ],
      now,
    );
    expect(stats.perPartner.map((row) => [row.label, row.total])).toEqual([
      ['Dudley', 3],
      ['Staffordshire', 1],
    ]);
    expect(stats.perSite.map((row) => [row.label, row.total])).toEqual([
      ['big-fostering-partnership.localhost:4321', 2],
      [DIRECT_SITE_LABEL, 1],
      ['dudley.localhost:4321', 1],
    ]);
  });
});

describe('outcomes', () => {
  it('counts every outcome, including those nobody had', () => {
    const stats = enquiryStats(
      [enquiry(), enquiry({ outcome: 'talk-to-us' }), enquiry()],
      new Date('2026-11-12T12:00:00Z'),
    );
    expect(stats.outcomes.map(({ outcome, count }) => [outcome, count])).toEqual([
      ['likely-eligible', 2],
      ['talk-to-us', 1],
      ['not-eligible-now', 0],
    ]);
    expect(stats.outcomes[0]!.label).toBe('Likely eligible');
  });
});

describe('time to first contact', () => {
  const created = '2026-11-10T10:00:00.000Z';
  const contactedAfter = (hours: number) =>
    enquiry({ status: 'contacted', firstContactAt: new Date(Date.parse(created) + hours * HOUR).toISOString() });

  it('is the median over contacted enquiries only (odd count)', () => {
    const stats = enquiryStats(
      [contactedAfter(2), contactedAfter(30), contactedAfter(5), enquiry()],
      new Date('2026-11-10T11:00:00Z'),
    );
    expect(stats.firstContact.medianMs).toBe(5 * HOUR);
    expect(stats.firstContact.contacted).toBe(3);
  });

  it('is the mean of the middle two for an even count', () => {
    const stats = enquiryStats(
      [contactedAfter(2), contactedAfter(30), contactedAfter(5), contactedAfter(8)],
      new Date('2026-11-12T12:00:00Z'),
    );
    expect(stats.firstContact.medianMs).toBe(6.5 * HOUR);
  });

  it('is unknown when nobody has been contacted yet', () => {
    expect(enquiryStats([enquiry()], new Date('2026-11-10T11:00:00Z')).firstContact.medianMs).toBeNull();
  });

  it('counts enquiries past their call-back time with no contact as overdue now', () => {
    const now = new Date('2026-11-12T12:00:00Z');
    const stats = enquiryStats(
      [
        enquiry({ callBackBy: '2026-11-11T10:00:00Z' }),
        enquiry({ callBackBy: '2026-11-13T10:00:00Z' }),
        enquiry({ callBackBy: '2026-11-11T10:00:00Z', status: 'contacted', firstContactAt: '2026-11-11T09:00:00Z' }),
      ],
      now,
    );
    expect(stats.firstContact.overdueNow).toBe(1);
  });

  it('counts the enquiries whose e-mails could not be delivered, so the team phones those carers', () => {
    const stats = enquiryStats(
      [enquiry({ emailNotDelivered: true }), enquiry(), enquiry({ emailNotDelivered: false })],
      new Date('2026-11-12T12:00:00Z'),
    );
    expect(stats.firstContact.emailNotDelivered).toBe(1);
  });

  it('counts keep-in-touch enquiries apart, never as overdue', () => {
    const now = new Date('2026-11-12T12:00:00Z');
    const stats = enquiryStats(
      [
        enquiry({ status: 'keep-in-touch', callBackBy: null }),
        enquiry({ status: 'keep-in-touch', callBackBy: null }),
        enquiry(),
      ],
      now,
    );
    expect(stats.firstContact.keepInTouch).toBe(2);
    expect(stats.firstContact.overdueNow).toBe(0);
  });

  it('reads in words', () => {
    expect(describeWait(45 * 60_000)).toBe('45 minutes');
    expect(describeWait(5.5 * HOUR)).toBe('5.5 hours');
    expect(describeWait(55 * HOUR)).toBe('2.3 days');
  });
});

describe('conversion through the stages', () => {
  it('counts an enquiry at every stage up to the furthest it reached, withdrawn ones only as far as they got', () => {
    const stats = enquiryStats(
      [
        enquiry({ status: 'new', statusHistory: history('new') }),
        enquiry({ status: 'contacted', statusHistory: history('new', 'contacted') }),
        enquiry({
          status: 'approved',
          statusHistory: history('new', 'contacted', 'home-visit-booked', 'application', 'approved'),
        }),
        // Withdrawn after the home visit: reached contacted and home visit, not application.
        enquiry({ status: 'withdrawn', statusHistory: history('new', 'contacted', 'home-visit-booked', 'withdrawn') }),
        // Withdrawn before anyone called: reached nothing beyond received.
        enquiry({ status: 'withdrawn', statusHistory: history('new', 'withdrawn') }),
        // A stage skipped in the history still counts as passed.
        enquiry({ status: 'application', statusHistory: history('new', 'application') }),
      ],
      new Date('2026-11-12T12:00:00Z'),
    );
    expect(stats.conversion.map(({ label, count }) => [label, count])).toEqual([
      ['Received', 6],
      ['Contacted', 4],
      ['Home visit booked', 3],
      ['Application', 2],
      ['Approved', 1],
    ]);
    expect(stats.conversion[1]!.percent).toBeCloseTo(66.67, 1);
    expect(stats.conversion[0]!.percent).toBe(100);
  });

  it('has no percentages to divide by zero when there are no enquiries', () => {
    const stats = enquiryStats([], new Date('2026-11-12T12:00:00Z'));
    expect(stats.conversion.every(({ count, percent }) => count === 0 && percent === 0)).toBe(true);
    expect(stats.perPartner).toEqual([]);
  });
});
