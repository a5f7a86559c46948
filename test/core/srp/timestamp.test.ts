// @vitest-environment node
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ChallengeError } from "../../../src/core/errors/challenge-error";
import { formatTimestamp } from "../../../src/core/srp/index";
import { classicNowString } from "./classic-srp";

const utc = (...parts: [number, number, number, number?, number?, number?]) =>
  new Date(Date.UTC(...parts));

describe("formatTimestamp", () => {
  it("writes the documented examples (§4.5)", () => {
    expect(formatTimestamp(utc(2023, 8, 5, 8, 3, 9))).toBe("Tue Sep 5 08:03:09 UTC 2023");
    expect(formatTimestamp(utc(2018, 8, 25, 0, 9, 40))).toBe("Tue Sep 25 00:09:40 UTC 2018");
  });

  it("names every weekday in English", () => {
    // 2023-09-03 was a Sunday.
    const names = Array.from({ length: 7 }, (_, i) =>
      formatTimestamp(utc(2023, 8, 3 + i, 12)).slice(0, 3),
    );
    expect(names).toEqual(["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]);
  });

  it("names every month in English", () => {
    const names = Array.from(
      { length: 12 },
      (_, month) => formatTimestamp(utc(2024, month, 15, 12)).split(" ")[1],
    );
    expect(names).toEqual([
      "Jan",
      "Feb",
      "Mar",
      "Apr",
      "May",
      "Jun",
      "Jul",
      "Aug",
      "Sep",
      "Oct",
      "Nov",
      "Dec",
    ]);
  });

  it("never zero-pads the day: 1-9 are one digit, 10-31 two", () => {
    for (let day = 1; day <= 31; day++) {
      const text = formatTimestamp(utc(2025, 0, day, 6, 7, 8));
      expect(text.split(" ")[2]).toBe(String(day));
      expect(text).not.toMatch(/ 0\d /);
    }
    expect(formatTimestamp(utc(2024, 1, 29, 1, 2, 3))).toBe("Thu Feb 29 01:02:03 UTC 2024");
  });

  it("zero-pads hours, minutes and seconds, from midnight to the last second", () => {
    expect(formatTimestamp(utc(2025, 0, 1, 0, 0, 0))).toBe("Wed Jan 1 00:00:00 UTC 2025");
    expect(formatTimestamp(utc(2025, 11, 31, 23, 59, 59))).toBe("Wed Dec 31 23:59:59 UTC 2025");
    expect(formatTimestamp(utc(2025, 5, 9, 9, 5, 7))).toBe("Mon Jun 9 09:05:07 UTC 2025");
    // Milliseconds are dropped, not rounded up into the next second.
    expect(formatTimestamp(new Date(Date.UTC(2025, 0, 1, 0, 0, 0, 999)))).toBe(
      "Wed Jan 1 00:00:00 UTC 2025",
    );
  });

  it("uses the UTC clock whatever the time zone of the process", () => {
    const saved = process.env.TZ;
    try {
      for (const zone of ["Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kolkata"]) {
        process.env.TZ = zone;
        const midnight = utc(2025, 0, 1, 0, 0, 0);
        // Proves the zone took effect: local time is not UTC here.
        expect(midnight.getTimezoneOffset()).not.toBe(0);
        expect(formatTimestamp(midnight)).toBe("Wed Jan 1 00:00:00 UTC 2025");
        expect(formatTimestamp(utc(2024, 11, 31, 23, 59, 59))).toBe("Tue Dec 31 23:59:59 UTC 2024");
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it("matches the classic SDK's DateHelper on random moments", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    fc.assert(
      fc.property(
        fc.date({ min: utc(1970, 0, 1), max: utc(2200, 0, 1), noInvalidDate: true }),
        (date) => {
          vi.setSystemTime(date);
          expect(formatTimestamp(date)).toBe(classicNowString());
        },
      ),
      { numRuns: 500 },
    );
  });

  it("refuses an invalid Date with a ProtocolError", () => {
    const attempt = () => formatTimestamp(new Date(Number.NaN));
    expect(attempt).toThrow(ChallengeError);
    expect(attempt).toThrow(
      expect.objectContaining({ code: "ProtocolError", reason: "InvalidTimestamp" }),
    );
  });
});

afterEach(() => {
  vi.useRealTimers();
});
