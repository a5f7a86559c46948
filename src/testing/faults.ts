import { EmulatorError, EmulatorFault } from "./errors";

/**
 * A failure to inject into the next `times` calls of `operation` (`"*"` matches every operation):
 * a Cognito exception, a bare HTTP 500, a delay, or a dropped connection.
 */
export type FaultSpec = {
  /** Operation name as in `X-Amz-Target` after the dot, or `"*"` for any. */
  readonly operation: string;
  /** How many calls it affects. @default 1 */
  readonly times?: number;
} & (
  | {
      readonly kind: "exception";
      readonly type: string;
      readonly message?: string;
      readonly statusCode?: number;
    }
  | { readonly kind: "http500" }
  | { readonly kind: "delay"; readonly ms: number }
  | { readonly kind: "drop" }
);

export interface Faults {
  /** Arms a fault. A malformed spec throws EmulatorError InvalidParameterException. */
  inject(spec: FaultSpec): void;
  clear(): void;
  /** Faults still waiting to fire. */
  pending(): readonly FaultSpec[];
}

export interface FaultRunner extends Faults {
  /** Applies the first matching fault to a call of `operation`: throws, waits, or does nothing. */
  apply(operation: string): Promise<void>;
}

interface Armed {
  spec: FaultSpec;
  remaining: number;
}

const KINDS = new Set(["exception", "http500", "delay", "drop"]);

/** The longest delay a fault may ask for (the server's control endpoint has the same limit). */
const MAX_FAULT_DELAY_MS = 600_000;

function badSpec(message: string): EmulatorError {
  return new EmulatorError("InvalidParameterException", `Invalid FaultSpec: ${message}`);
}

/**
 * Checks a FaultSpec before arming it. A bad one is an EmulatorError (InvalidParameterException),
 * like every other refusal of the emulator, never a raw TypeError; nothing is armed.
 */
function validate(spec: FaultSpec): void {
  if (typeof spec !== "object" || spec === null || Array.isArray(spec)) {
    throw badSpec('expected an object such as { operation: "InitiateAuth", kind: "drop" }.');
  }
  const value = spec as unknown as Record<string, unknown>;
  if (typeof value.operation !== "string" || value.operation === "") {
    throw badSpec('operation must be an operation name such as "InitiateAuth", or "*".');
  }
  if (typeof value.kind !== "string" || !KINDS.has(value.kind)) {
    throw badSpec("kind must be one of exception, http500, delay, drop.");
  }
  const times = value.times ?? 1;
  if (typeof times !== "number" || !Number.isInteger(times) || times < 1) {
    throw badSpec("times must be a positive integer.");
  }
  if (value.kind === "exception") {
    if (typeof value.type !== "string" || value.type === "") {
      throw badSpec('an exception fault needs a type, e.g. "TooManyRequestsException".');
    }
    if (value.message !== undefined && typeof value.message !== "string") {
      throw badSpec("message must be a string.");
    }
    const status = value.statusCode;
    if (
      status !== undefined &&
      (typeof status !== "number" || !Number.isInteger(status) || status < 400 || status > 599)
    ) {
      throw badSpec("statusCode must be an HTTP error status (400-599).");
    }
  }
  if (
    value.kind === "delay" &&
    (typeof value.ms !== "number" || !(value.ms >= 0) || value.ms > MAX_FAULT_DELAY_MS)
  ) {
    throw badSpec(`a delay fault needs ms between 0 and ${MAX_FAULT_DELAY_MS}.`);
  }
}

export function createFaults(): FaultRunner {
  let armed: Armed[] = [];
  return {
    inject(spec) {
      validate(spec);
      armed.push({ spec, remaining: spec.times ?? 1 });
    },
    clear() {
      armed = [];
    },
    pending: () => armed.map((entry) => entry.spec),
    async apply(operation) {
      const entry = armed.find((a) => a.spec.operation === operation || a.spec.operation === "*");
      if (!entry) return;
      entry.remaining -= 1;
      if (entry.remaining <= 0) armed = armed.filter((a) => a !== entry);
      const spec = entry.spec;
      switch (spec.kind) {
        case "exception":
          throw new EmulatorError(
            spec.type,
            spec.message ?? `Injected ${spec.type}`,
            spec.statusCode,
          );
        case "http500":
          throw new EmulatorFault("http500");
        case "drop":
          throw new EmulatorFault("drop");
        case "delay":
          await new Promise((resolve) => setTimeout(resolve, spec.ms));
          return;
      }
    },
  };
}

/** Per-operation requests-per-second limit on the emulator clock (`TooManyRequestsException`). */
export function createRateLimiter(
  limit: number | undefined,
  now: () => number,
): (operation: string) => void {
  const calls = new Map<string, number[]>();
  return (operation) => {
    if (limit === undefined) return;
    const t = now();
    const recent = (calls.get(operation) ?? []).filter((at) => t - at < 1000);
    if (recent.length >= limit) {
      calls.set(operation, recent);
      throw new EmulatorError("TooManyRequestsException", "Rate exceeded");
    }
    recent.push(t);
    calls.set(operation, recent);
  };
}
