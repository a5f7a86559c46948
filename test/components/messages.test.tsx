import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Message, Messages } from "../../src/components/messages/types";
import { COGNITO_EXCEPTION_CODES, LOCAL_ERROR_CODES } from "../../src/core/index";
import { MessagesProvider, OtpChallenge, PasswordChallenge } from "../../src/index";
import { de, en, es, fr, ja } from "../../src/locales";
import { fixtures } from "../fixtures/cognito/index";
import { challengeOf, challengeProps } from "./support/helpers";

const locales: Array<[string, Messages]> = [
  ["en", en],
  ["de", de],
  ["es", es],
  ["fr", fr],
  ["ja", ja],
];

const englishKeys = Object.keys(en).sort();
const areas = new Set(englishKeys.map((key) => key.split(".")[0]));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === "locales" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry) ? [path] : [];
  });
}

/**
 * Every message key the components use: string literals shaped like a key of one of the
 * dictionary's areas (`"otp.submit"`, `"newPassword.error.required"`), and the static prefixes
 * of template literals (`` `otp.title.${name}` `` → `otp.title.`).
 */
const used = (() => {
  const keys = new Map<string, string>();
  const prefixes = new Map<string, string>();
  for (const file of sourceFiles(join(process.cwd(), "src/components"))) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/"([a-zA-Z]+\.[A-Za-z0-9_.:-]+)"/g)) {
      const key = match[1] ?? "";
      if (areas.has(key.split(".")[0])) keys.set(key, file);
    }
    for (const match of text.matchAll(/`([a-zA-Z]+\.[A-Za-z0-9_.-]*)\$\{/g)) {
      const prefix = match[1] ?? "";
      if (areas.has(prefix.split(".")[0])) prefixes.set(prefix, file);
    }
  }
  return { keys, prefixes };
})();

function placeholders(message: Message | undefined): string[] {
  const texts = typeof message === "string" ? [message] : Object.values(message ?? {});
  return [...new Set(texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))]
    .filter((name): name is string => name !== undefined)
    .sort();
}

describe("message keys used by the components", () => {
  it("were found in the sources", () => {
    expect(used.keys.size).toBeGreaterThan(40);
    expect([...used.prefixes.keys()]).toEqual(expect.arrayContaining(["otp.title."]));
  });
});

describe.each(locales)("the %s dictionary", (locale, dictionary) => {
  it("has exactly the English keys", () => {
    expect(Object.keys(dictionary).sort()).toEqual(englishKeys);
  });

  it("has every key a component uses", () => {
    const missing = [...used.keys].filter(([key]) => !Object.hasOwn(dictionary, key));
    expect(missing.map(([key, file]) => `${key} (${file})`)).toEqual([]);
    for (const [prefix, file] of used.prefixes) {
      expect(
        Object.keys(dictionary).some((key) => key.startsWith(prefix)),
        `${prefix} (${file})`,
      ).toBe(true);
    }
  });

  it("has a message for every Cognito exception and every local error code", () => {
    for (const code of [...COGNITO_EXCEPTION_CODES, ...LOCAL_ERROR_CODES]) {
      expect(dictionary[`error.${code}` as keyof Messages], code).toBeTruthy();
    }
  });

  it("fills the same placeholders as English, with the plural forms the locale needs", () => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    for (const key of englishKeys as Array<keyof Messages>) {
      const message = dictionary[key];
      expect(placeholders(message), key).toEqual(placeholders(en[key]));
      if (typeof message === "string") {
        expect(message.trim(), key).not.toBe("");
      } else {
        expect(message.other, key).toBeTruthy();
        if (categories.includes("one")) expect(message.one, `${key} (one)`).toBeTruthy();
      }
    }
  });
});

describe("MessagesProvider", () => {
  const smsMfa = challengeOf(fixtures.smsMfa, "SMS_MFA");
  const password = challengeOf(fixtures.passwordSrp, "PASSWORD_SRP");

  it("switches a screen to a whole dictionary, with Intl formatting for the locale", () => {
    render(
      <MessagesProvider locale="ja" messages={ja}>
        <OtpChallenge.OtpChallengeScreen {...challengeProps(smsMfa)} />
      </MessagesProvider>,
    );
    expect(
      screen.getByRole("heading", { name: "SMS で届いたコードを入力してください" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "確認コード" })).toBeInTheDocument();
    expect(screen.getByText(/30 秒後に新しいコードをリクエストできます。/)).toBeInTheDocument();
  });

  it("overrides single keys over English, and nests", () => {
    render(
      <MessagesProvider messages={{ "password.submit": "Log in" }}>
        <MessagesProvider locale="de" messages={{ "password.label": "Kennwort" }}>
          <PasswordChallenge.PasswordChallengeScreen {...challengeProps(password)} />
        </MessagesProvider>
      </MessagesProvider>,
    );
    expect(screen.getByRole("button", { name: "Log in" })).toBeInTheDocument();
    expect(screen.getByLabelText("Kennwort")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Enter your password" })).toBeInTheDocument();
  });
});
