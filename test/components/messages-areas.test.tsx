import { act, render, screen } from "@testing-library/react";
import type { JSX } from "react";
import { describe, expect, it, vi } from "vitest";
import { en } from "../../src/components/messages/locales/en/index";
import {
  MessagesProvider,
  useMessage,
  useMessages,
} from "../../src/components/messages/messages-provider";
import type { MessageKey } from "../../src/components/messages/types";
import type { Challenge } from "../../src/core/index";
import { RememberDevice } from "../../src/index";
import { fixtureIdentity } from "../fixtures/cognito/index";
import { challengeProps } from "./support/helpers";

// The English areas of the screens loaded on demand are not in the initial table: each screen's
// Root brings its own, and the others arrive in one chunk when something else asks for one of
// their keys (`message` or `has`). `vi.mock` runs this factory when that chunk is first imported. This file never
// renders the TOTP or e-mail set-up screens (module state is per test file), and its tests run
// in order.
const downloads = vi.hoisted(() => ({ english: 0 }));
vi.mock("../../src/components/messages/on-demand-english", async (importOriginal) => {
  downloads.english += 1;
  return importOriginal();
});

function Text({ id }: { readonly id: MessageKey }): JSX.Element {
  return <p data-testid={id}>{useMessage(id)}</p>;
}

function Has({ id }: { readonly id: string }): JSX.Element {
  return <p data-testid={`has ${id}`}>{String(useMessages().has(id))}</p>;
}

const rememberStep: Challenge<"REMEMBER_DEVICE"> = {
  name: "REMEMBER_DEVICE",
  deviceKey: fixtureIdentity.deviceKey,
  parameters: {},
  username: fixtureIdentity.internalUsername,
};

describe("English texts of the screens loaded on demand", () => {
  it("arrive with their screen: its first render already has every text", () => {
    render(<RememberDevice.Default {...challengeProps(rememberStep)} />);
    expect(screen.getByRole("heading", { name: en["rememberDevice.title"] })).toHaveFocus();
    expect(screen.getByRole("button", { name: en["rememberDevice.remember"] })).toBeInTheDocument();
    expect(downloads.english).toBe(0);
  });

  it("are whole areas: a key missing from one that is here needs no download to be missing", async () => {
    await act(async () => {
      render(
        <>
          <Has id="rememberDevice.notAKey" />
          <Has id="error.CodeMismatchException" />
          <Has id="error.NotACognitoCode" />
        </>,
      );
    });
    expect(screen.getByTestId("has rememberDevice.notAKey")).toHaveTextContent("false");
    expect(screen.getByTestId("has error.CodeMismatchException")).toHaveTextContent("true");
    expect(screen.getByTestId("has error.NotACognitoCode")).toHaveTextContent("false");
    expect(downloads.english).toBe(0);
  });

  it("lose to the app's overrides, which need no download", () => {
    render(
      <MessagesProvider messages={{ "newPassword.title": "Choose a password" }}>
        <Text id="newPassword.title" />
      </MessagesProvider>,
    );
    expect(screen.getByTestId("newPassword.title")).toHaveTextContent("Choose a password");
    expect(downloads.english).toBe(0);
  });

  it("load once, in the background, for an app's own component, which then re-renders", async () => {
    render(
      <>
        <Text id="totpSetup.title" />
        <Text id="emailSetup.label" />
        <Text id={"totpSetup.notAKey" as MessageKey} />
        <Has id="newPassword.label" />
      </>,
    );
    // Nothing rather than a raw key while the areas are on their way.
    expect(screen.getByTestId("totpSetup.title")).toHaveTextContent(/^$/);
    expect(screen.getByTestId("has newPassword.label")).toHaveTextContent("false");
    expect(await screen.findByText(en["totpSetup.title"] as string)).toBeInTheDocument();
    expect(screen.getByTestId("has newPassword.label")).toHaveTextContent("true");
    expect(screen.getByTestId("emailSetup.label")).toHaveTextContent(
      en["emailSetup.label"] as string,
    );
    // Once everything is there, a key nobody wrote shows as itself.
    expect(screen.getByTestId("totpSetup.notAKey")).toHaveTextContent("totpSetup.notAKey");
    expect(downloads.english).toBe(1);
  });

  it("show a key nobody wrote as itself, so the slip is visible", () => {
    render(<Text id={"otp.notAKey" as MessageKey} />);
    expect(screen.getByTestId("otp.notAKey")).toHaveTextContent("otp.notAKey");
  });

  it("make, with the areas in the initial bundle, exactly the English dictionary", async () => {
    const { lazyAreas } = await import("../../src/components/messages/on-demand-english");
    const initial = Object.keys(en).filter((key) => !Object.hasOwn(lazyAreas, key));
    const initialAreas = new Set(initial.map((key) => key.split(".")[0]));
    expect([...initialAreas].sort()).toEqual([
      "common",
      "error",
      "otp",
      "password",
      "router",
      "signIn",
    ]);
    expect({
      ...lazyAreas,
      ...Object.fromEntries(initial.map((key) => [key, en[key as MessageKey]])),
    }).toEqual({ ...en });
  });
});
