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

function validate(spec: FaultSpec): void {
  if (typeof spec?.operation !== "string" || spec.operation === "") {
    throw new TypeError("FaultSpec.operation must be an operation name or '*'");
  }
  if (!KINDS.has(spec.kind)) throw new TypeError(`Unknown FaultSpec.kind: ${String(spec.kind)}`);
  const times = spec.times ?? 1;
  if (!Number.isInteger(times) || times < 1) throw new TypeError("FaultSpec.times must be >= 1");
  if (spec.kind === "exception" && (typeof spec.type !== "string" || spec.type === "")) {
    throw new TypeError("An exception fault needs a type, e.g. TooManyRequestsException");
  }
  if (spec.kind === "delay" && !(Number.isFinite(spec.ms) && spec.ms >= 0)) {
    throw new TypeError("A delay fault needs ms >= 0");
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
