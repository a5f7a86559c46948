// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AnyChallenge,
  buildChallengeResponses,
  CHALLENGE_NAMES,
  ChallengeError,
  type ChallengeName,
  type ParseResult,
  ProtocolError,
  parseAuthResponse,
  parseChallenge,
  type UnknownChallenge,
} from "../../../src/core/index";
import { fixtures } from "../../fixtures/cognito";

// Server data is untrusted: whatever arrives, the parsers answer { ok: true } or
// { ok: false, error: ProtocolError } and never throw, and no error message repeats a value.

const MARK = "Zq9MARKzq9"; // planted in every generated value, never in a key
const KEYS = [
  "SALT",
  "SRP_B",
  "SECRET_BLOCK",
  "USER_ID_FOR_SRP",
  "USERNAME",
  "MFAS_CAN_CHOOSE",
  "MFAS_CAN_SETUP",
  "requiredAttributes",
  "userAttributes",
  "CREDENTIAL_REQUEST_OPTIONS",
  "CODE_DELIVERY_DESTINATION",
  "CODE_DELIVERY_DELIVERY_MEDIUM",
  "FRIENDLY_DEVICE_NAME",
  "__proto__",
  "constructor",
  "toString",
];
const HUGE = `${MARK}${"A".repeat(50_000)}`;

const marked = (text: fc.Arbitrary<string>) => text.map((value) => `${MARK}${value}`);
/** A valid JSON document cut short, the classic truncated-parameter failure. */
const truncatedJson = fc
  .tuple(fc.json({ maxDepth: 3 }), fc.nat())
  .map(([text, cut]) => `${MARK}${text.slice(0, cut % Math.max(text.length, 1))}`);
/** JSON shaped like what Cognito sends, with random members. */
const plausibleJson = fc.oneof(
  fc
    .array(
      fc.oneof(
        fc.constantFrom("SMS_MFA", "SOFTWARE_TOKEN_MFA", "EMAIL_OTP", "userAttributes.name"),
        fc.string(),
        fc.integer(),
        fc.constant(null),
      ),
    )
    .map(JSON.stringify),
  fc
    .dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)))
    .map(JSON.stringify),
  fc
    .record(
      {
        challenge: fc.oneof(fc.string(), fc.integer()),
        rpId: fc.oneof(fc.string(), fc.integer()),
        allowCredentials: fc.anything(),
      },
      { requiredKeys: [] },
    )
    .map((o) => JSON.stringify(o) ?? "null"),
);
const hexish = fc.oneof(fc.stringMatching(/^[0-9a-fA-F]{1,64}$/), fc.string());
const stringValue = fc.oneof(
  marked(fc.string()),
  marked(fc.string({ unit: "binary" })),
  truncatedJson,
  plausibleJson,
  hexish,
  fc.constant(HUGE),
  fc.constant(""),
);
const anyValue = fc.oneof(
  { weight: 6, arbitrary: stringValue },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string()),
      fc.object(),
    ),
  },
);
const parameterMap = fc.dictionary(
  fc.oneof(
    fc.constantFrom(...KEYS),
    fc.string().filter((k) => !k.includes(MARK)),
  ),
  anyValue,
  { maxKeys: 8 },
);
const challengeName = fc.oneof(
  fc.constantFrom(...CHALLENGE_NAMES),
  fc.constant("REMEMBER_DEVICE"),
  fc.string(),
);
const parametersArg = fc.oneof(
  { weight: 8, arbitrary: parameterMap },
  { weight: 1, arbitrary: fc.anything() },
);

function checkOutcome(result: ParseResult<unknown>): void {
  expect(typeof result.ok).toBe("boolean");
  if (result.ok) return;
  expect(result.error).toBeInstanceOf(ProtocolError);
  expect(result.error.code).toBe("ProtocolError");
  expect(typeof result.error.reason).toBe("string");
  expect(result.error.message).not.toContain(MARK);
  expect(result.error.message.length).toBeLessThan(300);
}

const RUNS = { numRuns: 2000 };

describe("parseChallenge never throws", () => {
  it("on random names and random, malformed ChallengeParameters", () => {
    fc.assert(
      fc.property(
        challengeName,
        parametersArg,
        fc.anything(),
        fc.option(fc.integer()),
        (name, parameters, available, codeLength) => {
          const result = parseChallenge(name, parameters, {
            availableChallenges: available,
            ...(codeLength === null ? {} : { codeLength }),
          });
          checkOutcome(result);
          if (result.ok) checkChallenge(result.value, parameters);
        },
      ),
      RUNS,
    );
  });

  it("on well-formed SRP parameters: always parsed, hex lowercased, SECRET_BLOCK unchanged", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9a-fA-F]{1,200}$/),
        fc.stringMatching(/^[0-9a-fA-F]{1,800}$/),
        fc.uint8Array({ minLength: 1, maxLength: 1100 }),
        fc.string({ minLength: 1 }),
        (salt, srpB, block, user) => {
          const secretBlock = Buffer.from(block).toString("base64");
          const result = parseChallenge("PASSWORD_VERIFIER", {
            SALT: salt,
            SRP_B: srpB,
            SECRET_BLOCK: secretBlock,
            USER_ID_FOR_SRP: user,
          });
          expect(result.ok && result.value).toMatchObject({
            salt: salt.toLowerCase(),
            srpB: srpB.toLowerCase(),
            secretBlock,
            userIdForSrp: user,
            username: user,
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it("on MFA lists: the known factors, in order, once each", () => {
    const item = fc.oneof(
      fc.constantFrom("SMS_MFA", "SOFTWARE_TOKEN_MFA", "EMAIL_OTP", "EMAIL_MFA", "WEB_AUTHN"),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), (items) => {
        const expected = [
          ...new Set(
            items.filter((i) => ["SMS_MFA", "SOFTWARE_TOKEN_MFA", "EMAIL_OTP"].includes(i)),
          ),
        ];
        const result = parseChallenge("SELECT_MFA_TYPE", {
          MFAS_CAN_CHOOSE: JSON.stringify(items),
        });
        if (expected.length === 0) expect(!result.ok && result.error.reason).toBe("NoOptions");
        else
          expect(result.ok && "options" in result.value && result.value.options).toStrictEqual(
            expected,
          );
      }),
      { numRuns: 1000 },
    );
  });
});

function checkChallenge(challenge: AnyChallenge | UnknownChallenge, input: unknown): void {
  expect(typeof challenge.name).toBe("string");
  for (const value of Object.values(challenge.parameters)) expect(typeof value).toBe("string");
  if (input && typeof input === "object" && !Array.isArray(input)) {
    expect(Object.keys(challenge.parameters).sort()).toStrictEqual(Object.keys(input).sort());
  }
  if ("isUnknown" in challenge) {
    expect(CHALLENGE_NAMES as readonly string[]).not.toContain(challenge.name);
  }
}

const tokenish = fc.oneof(
  marked(fc.string({ minLength: 1 })),
  fc.constant(""),
  fc.integer(),
  fc.constant(null),
);
const authenticationResult = fc.oneof(
  fc.record(
    {
      AccessToken: tokenish,
      IdToken: tokenish,
      RefreshToken: tokenish,
      ExpiresIn: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null)),
      TokenType: fc.oneof(fc.constant("Bearer"), fc.integer()),
      NewDeviceMetadata: fc.oneof(
        fc.record({ DeviceKey: tokenish, DeviceGroupKey: tokenish }, { requiredKeys: [] }),
        fc.anything(),
      ),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);
const responseObject = fc.record(
  {
    ChallengeName: fc.oneof(challengeName, fc.anything()),
    Session: fc.oneof(
      marked(fc.string()),
      fc.constant(""),
      fc.constant(null),
      fc.integer(),
      fc.constant(HUGE),
    ),
    ChallengeParameters: parametersArg,
    AvailableChallenges: fc.oneof(
      fc.array(
        fc.oneof(
          fc.constantFrom("PASSWORD", "PASSWORD_SRP", "WEB_AUTHN", "EMAIL_OTP", "SMS_OTP"),
          fc.string(),
          fc.integer(),
        ),
      ),
      fc.anything(),
    ),
    AuthenticationResult: authenticationResult,
  },
  { requiredKeys: [] },
);

describe("parseAuthResponse never throws", () => {
  it("on random response objects", () => {
    fc.assert(
      fc.property(responseObject, (response) => {
        const result = parseAuthResponse(response);
        checkOutcome(result);
        if (result.ok && result.value.kind === "signedIn") {
          expect(result.value.tokens.AccessToken).not.toBe("");
          expect(typeof result.value.tokens.ExpiresIn).toBe("number");
        }
        if (result.ok && result.value.kind === "challenge") {
          expect(typeof result.value.session).toBe("string");
          checkChallenge(result.value.challenge, undefined);
        }
      }),
      RUNS,
    );
  });

  it("on anything at all, including non-objects", () => {
    fc.assert(
      fc.property(
        fc.anything({
          withNullPrototype: true,
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withSparseArray: true,
        }),
        (response) => {
          checkOutcome(parseAuthResponse(response));
          checkOutcome(parseChallenge("SMS_MFA", response));
        },
      ),
      RUNS,
    );
  });

  it("on recorded responses with one field corrupted", () => {
    const recorded = Object.values(fixtures)
      .filter(
        (f): f is typeof fixtures.smsMfa =>
          "response" in f && "ChallengeParameters" in (f.response as object),
      )
      .map((f) => f.response);
    fc.assert(
      fc.property(
        fc.constantFrom(...recorded),
        fc.constantFrom(
          "ChallengeName",
          "Session",
          "ChallengeParameters",
          "AuthenticationResult",
          "AvailableChallenges",
        ),
        anyValue,
        (response, key, value) => {
          checkOutcome(parseAuthResponse({ ...response, [key]: value }));
          const parameters = response.ChallengeParameters ?? {};
          for (const name of Object.keys(parameters)) {
            checkOutcome(
              parseAuthResponse({
                ...response,
                ChallengeParameters: { ...parameters, [name]: value },
              }),
            );
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("buildChallengeResponses never throws synchronously, and rejects only with ChallengeError", () => {
  it("on random answers and contexts", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...CHALLENGE_NAMES),
        fc.oneof(
          fc.anything(),
          fc.record(
            {
              code: fc.string(),
              password: fc.string(),
              challenge: fc.string(),
              mfaType: fc.string(),
              srpA: hexish,
              answer: fc.string(),
              email: fc.string(),
              newPassword: fc.string(),
              attributes: fc.dictionary(fc.string(), fc.anything()),
            },
            { requiredKeys: [] },
          ),
        ),
        fc.record({
          username: fc.oneof(fc.string(), fc.anything()),
          deviceKey: fc.oneof(fc.string(), fc.constant(undefined)),
        }),
        async (name: ChallengeName, input, context) => {
          let built: Promise<Record<string, string>>;
          try {
            built = buildChallengeResponses(name, input as never, context as never);
          } catch (error) {
            throw new Error(`threw synchronously: ${String(error)}`);
          }
          const outcome = await built.then(
            (responses) => ({ responses }),
            (error: unknown) => ({ error }),
          );
          if ("error" in outcome) {
            expect(outcome.error).toBeInstanceOf(ChallengeError);
            return;
          }
          expect(outcome.responses.USERNAME).toBe(context.username);
          for (const value of Object.values(outcome.responses)) expect(typeof value).toBe("string");
        },
      ),
      { numRuns: 2000 },
    );
  });
});
