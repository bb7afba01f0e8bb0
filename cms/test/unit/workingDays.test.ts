import { describe, expect, it } from 'vitest';
import { callBackDeadline, isWorkingDay } from '../../src/collections/Enquiries/workingDays.ts';

const london = (instant: Date) =>
  instant.toLocaleString('en-GB', { timeZone: 'Europe/London', weekday: 'short', day: '2-digit', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

describe('call back within one working day', () => {
  it('is the same time the next day from Monday to Thursday', () => {
    expect(london(callBackDeadline(new Date('2026-11-30T10:15:00Z')))).toBe('Tue, 01 Dec 2026, 10:15');
  });

  it('skips the weekend from a Friday', () => {
    expect(london(callBackDeadline(new Date('2026-12-04T16:30:00Z')))).toBe('Mon, 07 Dec 2026, 16:30');
  });

  it('counts a weekend enquiry from Monday morning, so it is due on Tuesday at opening time', () => {
    expect(london(callBackDeadline(new Date('2026-11-28T22:00:00Z')))).toBe('Tue, 01 Dec 2026, 09:00');
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
    expect(london(callBackDeadline(new Date('2026-07-03T23:30:00Z')))).toBe('Tue, 07 Jul 2026, 09:00');
  });
});
