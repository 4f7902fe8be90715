import type { CalendarUnit } from '../policy/types-limits.js';

/**
 * Calendar periods (hour, day, ISO week, month) in an IANA time zone, with Intl only: the wall clock in the zone
 * is read with formatToParts and the period's start converted back to UTC, so DST days are 23 or 25 hours long.
 */
export class CalendarPeriods {
  readonly #format: Intl.DateTimeFormat;
  #cached: [number, number, number] | undefined;

  /** Throws a RangeError for an unknown time zone (the compiler turns it into a start-up error). */
  constructor(readonly unit: CalendarUnit, readonly timeZone: string) {
    this.#format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
  }

  /**
   * [start, end, nextEnd] of the period containing `now` (ms). The store picks the current one by its own clock,
   * so the next period is included; cached until the current one ends.
   */
  bounds(now: number): [number, number, number] {
    const c = this.#cached;
    if (c && now >= c[0] && now < c[1]) return c;
    const start = this.startOf(now);
    const end = this.startOf(this.#step(start));
    const next = this.startOf(this.#step(end));
    return (this.#cached = [start, end, next]);
  }

  /** The start (ms, UTC) of the period containing `t`. */
  startOf(t: number): number {
    const w = this.#wall(t);
    let { year, month, day } = w;
    const hour = this.unit === 'hour' ? w.hour : 0;
    if (this.unit === 'month') day = 1;
    if (this.unit === 'week') {
      const back = (w.weekday + 6) % 7; // days since Monday
      const d = new Date(Date.UTC(year, month - 1, day - back));
      year = d.getUTCFullYear();
      month = d.getUTCMonth() + 1;
      day = d.getUTCDate();
    }
    return this.#utcOf(year, month, day, hour);
  }

  /** A time safely inside the following period. */
  #step(start: number): number {
    switch (this.unit) {
      case 'hour':
        return start + 90 * 60_000;
      case 'day':
        return start + 36 * 3_600_000;
      case 'week':
        return start + 8 * 86_400_000;
      case 'month':
        return start + 32 * 86_400_000;
    }
  }

  /** UTC ms of a wall-clock time in the zone (two passes settle the offset across DST changes). */
  #utcOf(year: number, month: number, day: number, hour: number): number {
    const wall = Date.UTC(year, month - 1, day, hour);
    let guess = wall - this.#offset(wall);
    guess = wall - this.#offset(guess);
    return guess;
  }

  /** Zone offset (ms) at instant `t`: wall clock minus UTC. */
  #offset(t: number): number {
    const w = this.#wall(t);
    return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(t / 1000) * 1000;
  }

  #wall(t: number) {
    const out = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, weekday: 0 };
    for (const p of this.#format.formatToParts(t)) {
      if (p.type === 'weekday') out.weekday = WEEKDAYS.indexOf(p.value);
      else if (p.type in out) out[p.type as 'year'] = Number(p.value);
    }
    return out;
  }
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
