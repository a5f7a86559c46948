// @vitest-environment node
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { COGNITO_EXCEPTION_CODES, parseAuthResponse } from "../../../src/core/index";
import {
  challengeFixtures,
  type ErrorFixture,
  fixtures,
  type ResponseFixture,
} from "../../fixtures/cognito";

// The recorded responses are shared with the stories: each must be well formed, exported, and
// (for sign-in responses) readable by the parser.

const folder = fileURLToPath(new URL("../../fixtures/cognito/", import.meta.url));
const files = readdirSync(folder).filter((name) => name.endsWith(".json"));
const { errors, ...responses } = fixtures;
const exported: readonly (ResponseFixture<unknown> | ErrorFixture)[] = [
  ...Object.values(responses),
  ...Object.values(errors),
];

describe("test/fixtures/cognito", () => {
  it("exports every JSON file, each once", () => {
    expect(exported).toHaveLength(files.length);
    const onDisk = files.map((name) => JSON.parse(readFileSync(folder + name, "utf8")));
    for (const fixture of exported) expect(onDisk).toContainEqual(fixture);
  });

  it.each(Object.entries(responses))("%s parses, or is not a sign-in response", (_key, fixture) => {
    expect(fixture.description.length).toBeGreaterThan(20);
    if (fixture.operation !== "InitiateAuth" && fixture.operation !== "RespondToAuthChallenge")
      return;
    const parsed = parseAuthResponse(fixture.response);
    expect(parsed.ok).toBe(true);
  });

  it("has a token success with and without NewDeviceMetadata", () => {
    const withDevice = parseAuthResponse(fixtures.tokensNewDevice.response);
    const without = parseAuthResponse(fixtures.tokens.response);
    expect(
      withDevice.ok && withDevice.value.kind === "signedIn" && withDevice.value.newDevice,
    ).toBeTruthy();
    expect(without.ok && without.value.kind === "signedIn" && "newDevice" in without.value).toBe(
      false,
    );
  });

  it("records each challenge under its own name", () => {
    for (const [name, fixture] of Object.entries(challengeFixtures)) {
      expect(fixture.response.ChallengeName).toBe(name);
    }
  });

  it.each(Object.entries(errors))("%s is a Cognito error body", (_key, fixture) => {
    expect([400, 500]).toContain(fixture.status);
    const name = fixture.error.__type.slice(fixture.error.__type.lastIndexOf("#") + 1);
    expect(COGNITO_EXCEPTION_CODES).toContain(name);
    expect(fixture.error.message).not.toBe("");
  });

  it("covers the main exceptions of protocol reference §10", () => {
    const names = new Set(Object.values(errors).map((e) => e.error.__type.split("#").pop()));
    for (const name of [
      "CodeMismatchException",
      "ExpiredCodeException",
      "NotAuthorizedException",
      "InvalidPasswordException",
      "TooManyRequestsException",
      "LimitExceededException",
      "UserNotFoundException",
      "UserNotConfirmedException",
      "PasswordResetRequiredException",
      "ResourceNotFoundException",
      "InternalErrorException",
    ]) {
      expect(names).toContain(name);
    }
    const notAuthorized = Object.values(errors).map((e) => e.error.message);
    expect(notAuthorized).toContain("Incorrect username or password.");
    expect(notAuthorized).toContain("Invalid session for the user, session is expired.");
    expect(notAuthorized).toContain("Invalid session for the user, session can only be used once.");
  });
});
