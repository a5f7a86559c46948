import { act, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MessagesProvider } from "../../src/components/messages/messages-provider";
import {
  formatCountdown,
  getCountdownPhase,
  getNextTickDelay,
  getSecondsLeft,
} from "../../src/components/session-countdown/countdown.logic";
import { SessionCountdown } from "../../src/components/session-countdown/index";
import { de, ja } from "../../src/locales";
import { expectNoAxeViolations } from "./support/helpers";

describe("countdown maths", () => {
  it("rounds seconds up and never goes below zero", () => {
    expect(getSecondsLeft(10_000, 0)).toBe(10);
    expect(getSecondsLeft(10_000, 9_001)).toBe(1);
    expect(getSecondsLeft(10_000, 10_000)).toBe(0);
    expect(getSecondsLeft(10_000, 99_000)).toBe(0);
  });

  it("is hidden above the threshold, a warning under it, expired at the end", () => {
    expect(getCountdownPhase(undefined, 0)).toBe("hidden");
    expect(getCountdownPhase(180_000, 0)).toBe("hidden");
    expect(getCountdownPhase(60_000, 0)).toBe("hidden");
    // 59.9 s would show "1:00": the warning starts at 0:59.
    expect(getCountdownPhase(59_999, 0)).toBe("hidden");
    expect(getCountdownPhase(59_000, 0)).toBe("warning");
    expect(getCountdownPhase(1, 0)).toBe("warning");
    expect(getCountdownPhase(0, 0)).toBe("expired");
    expect(getCountdownPhase(30_000, 0, 10_000)).toBe("hidden");
  });

  it("wakes up at the threshold, then on each second boundary, then never", () => {
    // 3 minutes left: one timer, to just past the moment 0:59 is left.
    expect(getNextTickDelay(180_000, 0)).toBe(121_001);
    expect(getCountdownPhase(180_000, 120_999)).toBe("hidden");
    expect(getCountdownPhase(180_000, 121_001)).toBe("warning");
    // 59.25 s left: the display changes when 59 s are left.
    expect(getNextTickDelay(59_250, 0)).toBe(251);
    expect(getSecondsLeft(59_250, 251)).toBe(59);
    expect(getNextTickDelay(59_000, 0)).toBe(1_001);
    expect(getNextTickDelay(0, 0)).toBeUndefined();
    expect(getNextTickDelay(undefined, 0)).toBeUndefined();
  });

  it("formats m:ss in the locale's digits", () => {
    expect(formatCountdown(59, "en")).toBe("0:59");
    expect(formatCountdown(5, "en")).toBe("0:05");
    expect(formatCountdown(61, "de")).toBe("1:01");
    expect(formatCountdown(42, "ar-EG")).toBe("٠:٤٢");
  });
});

describe("SessionCountdown accessibility", () => {
  it("passes axe while counting down and once expired", async () => {
    // Real timers: axe schedules its own work with them.
    const { container, rerender } = render(
      <SessionCountdown expiresAt={Date.now() + 30_000} restart={() => undefined} />,
    );
    expect(screen.getByRole("timer")).toBeInTheDocument();
    await expectNoAxeViolations(container);
    rerender(<SessionCountdown expiresAt={Date.now() - 1} restart={() => undefined} />);
    expect(screen.getByRole("button", { name: "Start again" })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });
});

describe("SessionCountdown", () => {
  let now = 0;
  const clock = (): number => now;
  beforeEach(() => {
    vi.useFakeTimers();
    now = 1_000_000;
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const advance = (ms: number): void => {
    act(() => {
      now += ms;
      vi.advanceTimersByTime(ms);
    });
  };

  it("shows nothing while more than a minute is left", () => {
    const { container } = render(<SessionCountdown expiresAt={now + 180_000} now={clock} />);
    const root = container.querySelector("[data-scope=session-countdown]");
    expect(root).toHaveAttribute("data-state", "hidden");
    expect(screen.queryByRole("timer")).toBeNull();
    expect(screen.getByRole("status")).toHaveTextContent("");
  });

  it("counts down under a minute, announcing it once, and ends with Start again", () => {
    const restart = vi.fn();
    render(<SessionCountdown expiresAt={now + 180_000} now={clock} restart={restart} />);
    advance(121_001);
    const timer = screen.getByRole("timer");
    expect(timer).toHaveTextContent("Time left for this step: 0:59");
    const status = screen.getByRole("status");
    expect(status).toHaveTextContent("Less than a minute left to finish this step.");
    const announcements = [status.textContent];
    for (let second = 0; second < 30; second += 1) {
      advance(1_000);
      announcements.push(screen.getByRole("status").textContent);
    }
    expect(screen.getByRole("timer")).toHaveTextContent("Time left for this step: 0:29");
    // The live region's text never changed while the seconds ticked: announced once.
    expect(new Set(announcements).size).toBe(1);
    advance(28_000);
    expect(screen.getByRole("timer")).toHaveTextContent("0:01");
    advance(1_000);
    expect(screen.queryByRole("timer")).toBeNull();
    expect(screen.getByRole("status")).toHaveTextContent(
      "This step has timed out. Start again to continue.",
    );
    act(() => screen.getByRole("button", { name: "Start again" }).click());
    expect(restart).toHaveBeenCalledTimes(1);
  });

  it("restarts the count for a new step's expiry", () => {
    const { rerender } = render(<SessionCountdown expiresAt={now + 30_000} now={clock} />);
    expect(screen.getByRole("timer")).toHaveTextContent("0:30");
    rerender(<SessionCountdown expiresAt={now + 180_000} now={clock} />);
    expect(screen.queryByRole("timer")).toBeNull();
    expect(screen.getByRole("status")).toHaveTextContent("");
  });

  it("speaks the app's language and digits", () => {
    const { rerender } = render(
      <MessagesProvider locale="de" messages={de}>
        <SessionCountdown expiresAt={now + 42_000} now={clock} />
      </MessagesProvider>,
    );
    expect(screen.getByRole("timer")).toHaveTextContent(
      (de["common.sessionTimeLeft"] as string).replace("{time}", "0:42"),
    );
    rerender(
      <MessagesProvider locale="ja" messages={ja}>
        <SessionCountdown expiresAt={now + 42_000} now={clock} />
      </MessagesProvider>,
    );
    expect(screen.getByRole("status")).toHaveTextContent(ja["common.sessionExpiring"] as string);
  });

  it("takes a style or class function of its phase", () => {
    const { container } = render(
      <SessionCountdown
        expiresAt={now + 10_000}
        now={clock}
        className={({ phase }) => `countdown countdown--${phase}`}
      />,
    );
    expect(container.firstElementChild).toHaveClass("countdown", "countdown--warning");
  });
});
