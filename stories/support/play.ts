/**
 * What a person does in a flow story, for play functions: read a code off the "Phone and
 * inbox" panel (by role and name, as a screen-reader user would find it), then type it.
 */
import { expect, type UserEventObject, waitFor, within } from "storybook/test";

type Canvas = ReturnType<typeof within>;

function panel(canvas: Canvas): HTMLElement {
  return canvas.getByRole("region", { name: "Phone and inbox" });
}

function codeOf(item: HTMLElement): string {
  const code = within(item).getByText(/^\d{4,8}$/);
  return code.textContent ?? "";
}

/**
 * The code in the `count`-th message the panel lists (1 = the first one ever delivered), waiting
 * until it has arrived. Messages are listed newest first.
 */
export async function deliveredCode(canvas: Canvas, count = 1): Promise<string> {
  let code = "";
  await waitFor(
    () => {
      const list = within(panel(canvas)).getByRole("list", { name: "Messages" });
      const items = within(list).getAllByRole("listitem");
      expect(items.length).toBeGreaterThanOrEqual(count);
      const item = items[items.length - count];
      if (!item) throw new Error("no such message");
      code = codeOf(item);
    },
    { timeout: 5000 },
  );
  return code;
}

/** The authenticator app's current code for `account` (the panel computes it with otpauth). */
export async function authenticatorCode(canvas: Canvas, account?: string): Promise<string> {
  let code = "";
  await waitFor(
    () => {
      const list = within(panel(canvas)).getByRole("list", { name: "Authenticator app codes" });
      const items = within(list).getAllByRole("listitem");
      const item =
        account === undefined ? items[0] : items.find((i) => i.textContent?.includes(account));
      if (!item) throw new Error(`no authenticator code for ${account}`);
      code = codeOf(item);
    },
    { timeout: 5000 },
  );
  return code;
}

/** Waits for the step heading of the next screen (screens focus their heading on mount). */
export async function screen(canvas: Canvas, heading: string | RegExp): Promise<HTMLElement> {
  return canvas.findByRole("heading", { name: heading }, { timeout: 10_000 });
}

type User = UserEventObject;

/** Types the username (and the password, when given) into the start form and sends it. */
export async function startSignIn(
  canvas: Canvas,
  user: User,
  username: string,
  password?: string,
): Promise<void> {
  const field = await canvas.findByLabelText("Username", {}, { timeout: 10_000 });
  await user.clear(field);
  await user.type(field, username);
  if (password !== undefined) await user.type(canvas.getByLabelText("Password"), password);
  await user.click(canvas.getByRole("button", { name: "Sign in" }));
}

/** Types a code into the current code screen and presses its submit button. */
export async function enterCode(
  canvas: Canvas,
  user: User,
  code: string,
  { label = "Verification code", submit = "Verify" }: { label?: string; submit?: string } = {},
): Promise<void> {
  const field = canvas.getByLabelText(label);
  await user.clear(field);
  await user.type(field, code);
  await user.click(canvas.getByRole("button", { name: submit }));
}

/**
 * Ends a sign-in: answers "Remember this device?" when the pool asks (device tracking on user
 * prompt), then waits for the signed-in screen.
 */
export async function finishSignIn(
  canvas: Canvas,
  user: User,
  { remember = false }: { remember?: boolean } = {},
): Promise<void> {
  const next = await canvas.findByRole(
    "heading",
    { name: /Remember this device\?|You're signed in/ },
    { timeout: 10_000 },
  );
  if (next.textContent?.includes("Remember")) {
    await user.click(
      canvas.getByRole("button", { name: remember ? "Remember this device" : "Not now" }),
    );
  }
  await expect(
    await canvas.findByRole("heading", { name: "You're signed in" }, { timeout: 10_000 }),
  ).toBeVisible();
}
