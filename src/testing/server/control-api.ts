import type { IncomingMessage, ServerResponse } from "node:http";
import type { Emulator, FaultSpec } from "../index";
import { sendJson, WireError } from "./cognito-http";
import { readBody } from "./read-body";

const JSON_TYPE = "application/json";

function invalid(message: string): WireError {
  return new WireError("InvalidParameterException", 400, message);
}

async function readJsonObject(
  req: IncomingMessage,
  maxBodyBytes: number,
): Promise<Record<string, unknown>> {
  const text = (await readBody(req, maxBodyBytes)).toString("utf8");
  let value: unknown;
  try {
    value = JSON.parse(text === "" ? "{}" : text);
  } catch {
    throw new WireError("SerializationException", 400, "The request body is not valid JSON.");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new WireError("SerializationException", 400, "The request body must be a JSON object.");
  }
  return value as Record<string, unknown>;
}

const FAULT_KINDS = new Set(["exception", "http500", "delay", "drop"]);

/** Checks a FaultSpec received as JSON; the engine applies it. */
function toFaultSpec(value: Record<string, unknown>): FaultSpec {
  const { operation, times, kind } = value;
  if (typeof operation !== "string" || operation === "") {
    throw invalid('FaultSpec.operation must be an operation name such as "InitiateAuth" (or "*").');
  }
  if (times !== undefined && (typeof times !== "number" || !Number.isInteger(times) || times < 1)) {
    throw invalid("FaultSpec.times must be a positive integer.");
  }
  if (typeof kind !== "string" || !FAULT_KINDS.has(kind)) {
    throw invalid("FaultSpec.kind must be one of exception, http500, delay, drop.");
  }
  if (kind === "exception") {
    if (typeof value.type !== "string" || !/^[A-Za-z][\w.#-]{0,127}$/.test(value.type)) {
      throw invalid('An exception fault needs a type, e.g. "TooManyRequestsException".');
    }
    if (value.message !== undefined && typeof value.message !== "string") {
      throw invalid("FaultSpec.message must be a string.");
    }
    const status = value.statusCode;
    if (
      status !== undefined &&
      (typeof status !== "number" || !Number.isInteger(status) || status < 400 || status > 599)
    ) {
      throw invalid("FaultSpec.statusCode must be an HTTP error status (400-599).");
    }
  }
  if (
    kind === "delay" &&
    (typeof value.ms !== "number" || !(value.ms >= 0) || value.ms > 600_000)
  ) {
    throw invalid("A delay fault needs ms between 0 and 600000.");
  }
  return value as unknown as FaultSpec;
}

function methodNotAllowed(res: ServerResponse, allowed: string): WireError {
  res.setHeader("allow", `${allowed}, OPTIONS`);
  return new WireError("UnknownOperationException", 405, `Use ${allowed} on this endpoint.`);
}

/**
 * The `/_emulator/*` control endpoints: `GET health`, `GET|DELETE outbox` (`?username=`),
 * `GET|POST clock` (`{ "advanceSeconds": N }`), `POST|DELETE faults` (a FaultSpec). Errors are
 * Cognito-shaped like the rest of the server.
 */
export async function handleControlRequest(
  emulator: Emulator,
  maxBodyBytes: number,
  path: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const method = req.method ?? "GET";
  const url = new URL(req.url ?? "/", "http://emulator.invalid");
  switch (path) {
    case "/_emulator/health": {
      if (method !== "GET") throw methodNotAllowed(res, "GET");
      sendJson(
        res,
        200,
        { status: "ok", now: new Date(emulator.clock.now()).toISOString() },
        JSON_TYPE,
      );
      return;
    }
    case "/_emulator/outbox": {
      if (method === "DELETE") {
        emulator.outbox.clear();
        res.statusCode = 204;
        res.end();
        return;
      }
      if (method !== "GET") throw methodNotAllowed(res, "GET, DELETE");
      const username = url.searchParams.get("username");
      const messages = emulator.outbox
        .list()
        .filter((message) => username === null || message.username === username);
      sendJson(res, 200, messages, JSON_TYPE);
      return;
    }
    case "/_emulator/clock": {
      if (method === "POST") {
        const { advanceSeconds } = await readJsonObject(req, maxBodyBytes);
        if (
          typeof advanceSeconds !== "number" ||
          !Number.isFinite(advanceSeconds) ||
          advanceSeconds < 0
        ) {
          throw invalid("advanceSeconds must be a non-negative number of seconds.");
        }
        emulator.clock.advance(advanceSeconds);
      } else if (method !== "GET") {
        throw methodNotAllowed(res, "GET, POST");
      }
      const now = emulator.clock.now();
      sendJson(res, 200, { now, iso: new Date(now).toISOString() }, JSON_TYPE);
      return;
    }
    case "/_emulator/faults": {
      if (method === "DELETE") {
        emulator.faults.clear();
      } else if (method === "POST") {
        const spec = toFaultSpec(await readJsonObject(req, maxBodyBytes));
        try {
          emulator.faults.inject(spec);
        } catch (error) {
          // The engine checks specs too; its word is final, as a Cognito-shaped 400.
          throw invalid(error instanceof Error ? error.message : "Invalid FaultSpec.");
        }
      } else {
        throw methodNotAllowed(res, "POST, DELETE");
      }
      res.statusCode = 204;
      res.end();
      return;
    }
    default:
      throw new WireError(
        "UnknownOperationException",
        404,
        `No such control endpoint: ${path.slice(0, 200)}.`,
      );
  }
}
