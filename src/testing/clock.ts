/** The emulator's clock: real time plus whatever tests add with `advance()`. */
export interface EmulatorClock {
  /** Epoch milliseconds. */
  now(): number;
  /** Moves the clock forward (seconds, may be fractional). Session, code, TOTP and token expiry follow it. */
  advance(seconds: number): void;
}

export function createClock(startTime?: number): EmulatorClock {
  const realStart = Date.now();
  let offset = startTime === undefined ? 0 : startTime - realStart;
  return {
    now: () => Date.now() + offset,
    advance(seconds) {
      if (!Number.isFinite(seconds) || seconds < 0) {
        throw new RangeError("advance() takes a non-negative number of seconds");
      }
      offset += seconds * 1000;
    },
  };
}
