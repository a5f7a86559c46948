// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmulatorServer, type EmulatorServer } from "../../src/testing/server/index";
import { type CognitoLocal, startCognitoLocal } from "./support/cognito-local";
import {
  type Backend,
  CONVERSATIONS,
  converse,
  type StepSummary,
  setUpPool,
} from "./support/conversations";

// cognito-local 5.3.0 and the emulator, each set up with the same AWS SDK v3 admin calls, go
// through the same scripted conversations over HTTP for the flows both support. Each step is
// compared on what a client branches on: HTTP status, error name, response keys, challenge
// name, challenge-parameter keys and AuthenticationResult keys (never token values).
//
// cognito-local's known deviations from Cognito are listed below with their reason; the last
// test checks that each one is still observed, so the list cannot go stale.

interface Deviation {
  readonly id: string;
  readonly reason: string;
  /** Rewrites cognito-local's step into what Cognito answers, or returns undefined if it does not apply. */
  readonly correct: (summary: StepSummary) => StepSummary | undefined;
}

const ERROR_KEYS = ["__type", "message"];

const DEVIATIONS: readonly Deviation[] = [
  {
    id: "no ExpiresIn or TokenType",
    reason:
      'cognito-local\'s AuthenticationResult holds only the three tokens; Cognito also sends ExpiresIn and TokenType "Bearer" (protocol reference §2).',
    correct: (summary) =>
      summary.result && !summary.result.includes("ExpiresIn")
        ? { ...summary, result: [...summary.result, "ExpiresIn", "TokenType"].sort() }
        : undefined,
  },
  {
    id: "wrong password is InvalidPasswordException",
    reason:
      'cognito-local answers a wrong password with InvalidPasswordException "Invalid password"; Cognito answers NotAuthorizedException "Incorrect username or password." (§10). InvalidPasswordException is for new passwords that fail the policy.',
    correct: (summary) =>
      summary.step === "wrong password" && summary.error === "InvalidPasswordException"
        ? { ...summary, error: "NotAuthorizedException" }
        : undefined,
  },
  {
    id: "unknown user is NotAuthorizedException",
    reason:
      "cognito-local hides unknown users; Cognito does that only with PreventUserExistenceErrors=ENABLED. An app client created through the API without it is LEGACY, which answers UserNotFoundException.",
    correct: (summary) =>
      summary.step === "unknown user" && summary.error === "NotAuthorizedException"
        ? { ...summary, error: "UserNotFoundException" }
        : undefined,
  },
  {
    id: "temporary password not checked",
    reason:
      "cognito-local sends NEW_PASSWORD_REQUIRED to a FORCE_CHANGE_PASSWORD user whatever password was given; Cognito first checks the temporary password.",
    correct: (summary) =>
      summary.step === "wrong temporary password" && summary.challenge === "NEW_PASSWORD_REQUIRED"
        ? { step: summary.step, status: 400, error: "NotAuthorizedException", keys: ERROR_KEYS }
        : undefined,
  },
  {
    id: "sessions are not single-use",
    reason:
      'cognito-local does not track Session values; Cognito refuses a Session used twice with NotAuthorizedException "Invalid session for the user, session can only be used once." (§1).',
    correct: (summary) =>
      summary.step === "same session again" && summary.status === 200
        ? { step: summary.step, status: 400, error: "NotAuthorizedException", keys: ERROR_KEYS }
        : undefined,
  },
  {
    id: "USER_ID_FOR_SRP in MFA challenge parameters",
    reason:
      "cognito-local adds USER_ID_FOR_SRP to SMS_MFA, SOFTWARE_TOKEN_MFA and SELECT_MFA_TYPE parameters. The protocol reference (§3.2, §3.3, §3.6) lists no such key there and the emulator sends none; clients ignore extra keys. Not checked against AWS itself.",
    correct: (summary) =>
      summary.challenge !== "NEW_PASSWORD_REQUIRED" &&
      summary.parameters?.includes("USER_ID_FOR_SRP")
        ? { ...summary, parameters: summary.parameters.filter((key) => key !== "USER_ID_FOR_SRP") }
        : undefined,
  },
];

const observed = new Set<string>();

function asCognitoWouldAnswer(summary: StepSummary): StepSummary {
  let current = summary;
  for (const deviation of DEVIATIONS) {
    const corrected = deviation.correct(current);
    if (corrected) {
      observed.add(deviation.id);
      current = corrected;
    }
  }
  return current;
}

const transcripts = new Map<string, { local: StepSummary[]; emulator: StepSummary[] }>();
let cognitoLocal: CognitoLocal | undefined;
let server: EmulatorServer | undefined;
const backends: { local: Backend; emulator: Backend } = {
  local: { name: "cognito-local", url: "", clientId: "", totpSecrets: new Map() },
  emulator: { name: "emulator", url: "", clientId: "", totpSecrets: new Map() },
};

beforeAll(async () => {
  [cognitoLocal, server] = await Promise.all([startCognitoLocal(), createEmulatorServer()]);
  backends.local = { ...backends.local, url: cognitoLocal.url };
  backends.emulator = { ...backends.emulator, url: server.url };
  await Promise.all([setUpPool(backends.local), setUpPool(backends.emulator)]);
  // Every conversation runs once on each backend here, so each test below (and the deviation
  // check) sees all of them, whichever tests are selected.
  for (const name of Object.keys(CONVERSATIONS)) {
    const [local, emulator] = await Promise.all([
      converse(backends.local, name),
      converse(backends.emulator, name),
    ]);
    transcripts.set(name, { local: local.summaries, emulator: emulator.summaries });
  }
}, 60_000);

afterAll(async () => {
  await Promise.all([cognitoLocal?.stop(), server?.close()]);
});

describe("cognito-local and the emulator answer the same conversations alike", () => {
  it.each(Object.keys(CONVERSATIONS))("%s", (name) => {
    const transcript = transcripts.get(name);
    expect(transcript?.local.map(asCognitoWouldAnswer)).toEqual(transcript?.emulator);
    // Every conversation reaches tokens at least once, so none compares only failures.
    expect(transcript?.emulator.some((summary) => summary.result !== undefined)).toBe(true);
  });

  it("lists only deviations cognito-local still shows, each with its reason", () => {
    for (const transcript of transcripts.values()) transcript.local.forEach(asCognitoWouldAnswer);
    expect([...observed].sort()).toEqual(DEVIATIONS.map((deviation) => deviation.id).sort());
    for (const deviation of DEVIATIONS) expect(deviation.reason.length).toBeGreaterThan(40);
  });
});
