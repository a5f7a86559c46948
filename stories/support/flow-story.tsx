import type { Loader, StoryContext } from "@storybook/react-vite";
import type { JSX } from "react";
import { createDemoSetup, type DemoSetup, type DemoSetupOptions } from "./demo-setup";
import { DemoSignIn } from "./demo-sign-in";

/** A loader that makes a fresh in-page demo pool and flow for `username` on every render. */
export function demoLoader(username: string, options: DemoSetupOptions = {}): Loader {
  return async () => ({ demo: await createDemoSetup(username, options) });
}

/** The story's demo, from its loader. */
export function demoOf(context: Pick<StoryContext, "loaded">): DemoSetup {
  const demo = (context.loaded as { demo?: DemoSetup }).demo;
  if (!demo) throw new Error("This story needs a demoLoader(...)");
  return demo;
}

/** Renders `<SignIn>` on the story's demo flow. */
export function renderDemo(_args: unknown, context: StoryContext): JSX.Element {
  return <DemoSignIn demo={demoOf(context)} />;
}
