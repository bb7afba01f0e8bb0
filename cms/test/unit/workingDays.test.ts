import { describe, expect, it } from 'vitest';
import { callBackDeadline, isWorkingDay } from '../../src/collections/Enquiries/workingDays.ts';

const london = (instant: Date) =>
  instant.toLocaleString('en-GB', {
    timeZone: 'Europe/London',
    weekday: 'short',
    day: '2-digit',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });

describe('call back within one working day of office time (09:00 to 17:00 unless the partner says otherwise)', () => {
  it('is the same time the next day from Monday to Thursday', () => {
    expect(london(callBackDeadline(new Date('2026-11-30T10:15:00Z')))).toBe('Tue, 01 Dec 2026, 10:15');
  });

  it('skips the weekend from a Friday', () => {
    expect(london(callBackDeadline(new Date('2026-12-04T16:30:00Z')))).toBe('Mon, 07 Dec 2026, 16:30');
  });

  it('gives a weekend enquiry the whole of Monday: due when the office closes', () => {
    expect(london(callBackDeadline(new Date('2026-11-28T22:00:00Z')))).toBe('Mon, 30 Nov 2026, 17:00');
  });

  it('never falls at night: an enquiry sent before opening is due at closing time that day', () => {
    // The deadline once fell at 3:55 AM, one day after an enquiry sent in the night.
    expect(london(callBackDeadline(new Date('2026-12-02T03:55:00Z')))).toBe('Wed, 02 Dec 2026, 17:00');
  });

  it('after closing time, is due at closing time on the next working day', () => {
    expect(london(callBackDeadline(new Date('2026-12-02T19:30:00Z')))).toBe('Thu, 03 Dec 2026, 17:00');
    expect(london(callBackDeadline(new Date('2026-12-04T17:00:00Z')))).toBe('Mon, 07 Dec 2026, 17:00');
  });

  it("keeps to the partner's own office hours", () => {
    const hours = { opensAt: '08:30', closesAt: '16:00' };
    expect(london(callBackDeadline(new Date('2026-12-02T08:00:00Z'), hours))).toBe('Wed, 02 Dec 2026, 16:00');
    expect(london(callBackDeadline(new Date('2026-12-02T16:15:00Z'), hours))).toBe('Thu, 03 Dec 2026, 16:00');
    expect(london(callBackDeadline(new Date('2026-12-02T09:10:00Z'), hours))).toBe('Thu, 03 Dec 2026, 09:10');
  });

  it('skips bank holidays: Christmas Eve is due after Christmas and the substitute Boxing Day', () => {
    expect(isWorkingDay('2026-12-25')).toBe(false);
    expect(isWorkingDay('2026-12-28')).toBe(false);
    expect(london(callBackDeadline(new Date('2026-12-24T11:00:00Z')))).toBe('Tue, 29 Dec 2026, 11:00');
  });

  it('reckons in London time across the change to summer time', () => {
    // Friday 27 March 2026, 14:00 GMT; the clocks go forward on Sunday 29 March, so Monday is 14:00 BST (13:00 UTC).
    const deadline = callBackDeadline(new Date('2026-03-27T14:00:00Z'));
    expect(london(deadline)).toBe('Mon, 30 Mar 2026, 14:00');
    expect(deadline.toISOString()).toBe('2026-03-30T13:00:00.000Z');
  });

  it('treats a late-evening enquiry by its London date, not its UTC date', () => {
    // 23:30 UTC on Friday 3 July 2026 is already 00:30 on Saturday in London: a weekend enquiry.
    expect(london(callBackDeadline(new Date('2026-07-03T23:30:00Z')))).toBe('Mon, 06 Jul 2026, 17:00');
    // 07:30 UTC in July is 08:30 BST, before opening: due at 17:00 BST that day.
    expect(london(callBackDeadline(new Date('2026-07-06T07:30:00Z')))).toBe('Mon, 06 Jul 2026, 17:00');
  });

  it('always falls within office hours on a working day', () => {
    for (let minutes = 0; minutes < 14 * 24 * 60; minutes += 37) {
      const deadline = london(callBackDeadline(new Date(Date.UTC(2026, 10, 23) + minutes * 60_000)));
      const [, time] = deadline.split(', ').slice(-2);
      expect(deadline, deadline).not.toMatch(/^(Sat|Sun)/);
      expect(time! >= '09:00' && time! <= '17:00', deadline).toBe(true);
    }
  });
});
