/** Time is an input: everything that needs "now" gets a clock, and tests pin it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until moved; for tests and demo data. */
export function fixedClock(
  start: Date,
): Clock & { set(to: Date): void; advance(ms: number): void } {
  let current = new Date(start.getTime());
  return {
    now: () => new Date(current.getTime()),
    set: (to) => {
      current = new Date(to.getTime());
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
}
