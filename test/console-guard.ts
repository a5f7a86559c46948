import { afterEach } from "vitest";

// A React warning ("Maximum update depth exceeded", a missing key, an update outside act()) or
// any other console.error in a test is a defect, even when every assertion passes: the test
// fails with what was logged. A test that expects an error to be logged must stub console.error
// itself (vi.spyOn), which this wrapper lets through.
const logged: string[] = [];
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]): void => {
  logged.push(args.map(String).join(" ").slice(0, 500));
  consoleError(...args);
};

afterEach(() => {
  const messages = logged.splice(0);
  if (messages.length > 0) {
    throw new Error(`console.error was called during the test:\n${messages.join("\n")}`);
  }
});
