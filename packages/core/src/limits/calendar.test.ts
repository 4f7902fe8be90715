import { describe, expect, it } from 'vitest';
import { CalendarPeriods } from './calendar.js';

const iso = (t: number) => new Date(t).toISOString();

describe('calendar periods', () => {
  it('days in a zone start at local midnight', () => {
    const [start, end, next] = new CalendarPeriods('day', 'Europe/Paris').bounds(Date.parse('2026-07-10T21:30:00Z'));
    expect([iso(start), iso(end), iso(next)]).toEqual(['2026-07-09T22:00:00.000Z', '2026-07-10T22:00:00.000Z', '2026-07-11T22:00:00.000Z']);
  });

  it('a DST day is 23 hours long', () => {
    const [start, end] = new CalendarPeriods('day', 'Europe/Paris').bounds(Date.parse('2026-03-29T12:00:00Z'));
    expect([iso(start), iso(end)]).toEqual(['2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z']);
  });

  it('weeks start on Monday and months on the 1st', () => {
    const [ws, we] = new CalendarPeriods('week', 'UTC').bounds(Date.parse('2026-11-22T02:00:00Z')); // a Sunday
    expect([iso(ws), iso(we)]).toEqual(['2026-11-16T00:00:00.000Z', '2026-11-23T00:00:00.000Z']);
    const [ms, me, mn] = new CalendarPeriods('month', 'America/New_York').bounds(Date.parse('2026-12-31T23:00:00Z'));
    expect([iso(ms), iso(me), iso(mn)]).toEqual(['2026-12-01T05:00:00.000Z', '2027-01-01T05:00:00.000Z', '2027-02-01T05:00:00.000Z']);
  });

  it('hours follow the zone, including half-hour offsets', () => {
    const [start, end] = new CalendarPeriods('hour', 'Asia/Kolkata').bounds(Date.parse('2026-01-01T10:10:00Z'));
    expect([iso(start), iso(end)]).toEqual(['2026-01-01T09:30:00.000Z', '2026-01-01T10:30:00.000Z']);
  });

  it('rejects unknown zones', () => {
    expect(() => new CalendarPeriods('day', 'Mars/Olympus')).toThrow(RangeError);
  });
});
