// @vitest-environment node
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { en } from "../../src/components/messages/locales/en/index";
import type { Message } from "../../src/components/messages/types";
import { de, es, fr, ja } from "../../src/locales";

/** The folders of component engineer B's screens, router, start form and countdown. */
const SOURCES = [
  "challenge-router",
  "custom-challenge",
  "mfa-setup",
  "remember-device",
  "session-countdown",
  "sign-in",
  "sign-in-start",
  "webauthn-challenge",
].map((folder) => join(__dirname, "../../src/components", folder));

const PREFIXES = [
  "common",
  "error",
  "totpSetup",
  "mfaSetup",
  "emailSetup",
  "webauthn",
  "customChallenge",
  "rememberDevice",
  "signIn",
  "router",
];
const OWN_AREAS = PREFIXES.slice(2);
const SETUP_FACTORS = ["SOFTWARE_TOKEN_MFA", "EMAIL_OTP"];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every message key the components name: string literals, and the factor-keyed templates. */
function usedKeys(): string[] {
  const keys = new Set<string>();
  const literal = new RegExp(`"((?:${PREFIXES.join("|")})\\.[A-Za-z_.]+)"`, "g");
  const template = /`((?:mfaSetup)\.[A-Za-z]+)\.\$\{value\}`/g;
  for (const file of SOURCES.flatMap(sourceFiles)) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(literal)) if (match[1]) keys.add(match[1]);
    for (const match of text.matchAll(template)) {
      for (const factor of SETUP_FACTORS) keys.add(`${match[1]}.${factor}`);
    }
  }
  return [...keys].sort();
}

const placeholders = (message: Message | undefined): string[] => {
  const texts =
    message === undefined ? [] : typeof message === "string" ? [message] : Object.values(message);
  return [...new Set(texts.flatMap((text) => text.match(/\{\w+\}/g) ?? []))].sort();
};

const ownKeys = Object.keys(en).filter((key) =>
  OWN_AREAS.some((area) => key.startsWith(`${area}.`)),
);

describe("messages used by the router, the start form and B's screens", () => {
  const keys = usedKeys();

  it("finds the keys in the sources (the scan itself works)", () => {
    expect(keys).toContain("webauthn.prompt");
    expect(keys).toContain("mfaSetup.option.EMAIL_OTP");
    expect(keys).toContain("common.restart");
    expect(keys.length).toBeGreaterThan(50);
  });

  it.each([
    ["en", en],
    ["de", de],
    ["es", es],
    ["fr", fr],
    ["ja", ja],
  ])("%s has every key they use, each with text", (_locale, dictionary) => {
    const table = dictionary as Readonly<Record<string, Message | undefined>>;
    const missing = keys.filter((key) => {
      const message = table[key];
      if (message === undefined) return true;
      return typeof message === "string" ? message.trim() === "" : message.other.trim() === "";
    });
    expect(missing).toEqual([]);
  });

  it.each([
    ["de", de],
    ["es", es],
    ["fr", fr],
    ["ja", ja],
  ])("%s keeps English's placeholders and translates B's areas", (_locale, dictionary) => {
    const table = dictionary as Readonly<Record<string, Message | undefined>>;
    const english = en as Readonly<Record<string, Message>>;
    const wrongPlaceholders = ownKeys.filter(
      (key) => placeholders(table[key]).join() !== placeholders(english[key]).join(),
    );
    expect(wrongPlaceholders).toEqual([]);
    // Brand-like words may stay the same; sentences may not.
    const untranslated = ownKeys.filter(
      (key) => table[key] === english[key] && String(english[key]).includes(" "),
    );
    expect(untranslated).toEqual([]);
  });
});
