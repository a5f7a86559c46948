import { type Context, createContext, type JSX, useContext, useId } from "react";
import type { Recovery } from "../../core/errors/challenge-error";
import { useMessages } from "../messages/messages-provider";
import { LiveRegion } from "./live-region";
import { type PartProps, renderPart } from "./part";
import { useFocusOnMount } from "./use-focus-on-mount";

/** The render state every screen exposes to `className`/`style` functions (and as data-*). */
export interface ScreenRenderState {
  /** The challenge shown, e.g. `"SMS_MFA"`. @selector [data-challenge] on Root */
  readonly challengeName: string;
  /** A request is running. @selector [data-pending] */
  readonly isPending: boolean;
  /** A field is invalid or the last answer was refused. @selector [data-invalid] */
  readonly isInvalid: boolean;
  /** What the current error offers, when there is one. */
  readonly recovery: Recovery | undefined;
}

/** Ids shared by a screen's parts. */
export interface ScreenIds {
  readonly title: string;
  readonly description: string;
  readonly error: string;
  readonly status: string;
}

/** Creates the ids of one screen instance. */
export function useScreenIds(): ScreenIds {
  const base = useId();
  return {
    title: `${base}-title`,
    description: `${base}-description`,
    error: `${base}-error`,
    status: `${base}-status`,
  };
}

/** What a screen's Root shares with its parts. */
export interface ScreenContextValue<S extends ScreenRenderState = ScreenRenderState> {
  /** `data-scope` of every part, e.g. `"otp-challenge"`. */
  readonly scope: string;
  readonly renderState: S;
  /** `data-state` of every part: `idle`, `pending` or `error` (screens may add their own). */
  readonly dataState: string;
  /** Flags written on every part (`pending`, `invalid`, …). */
  readonly flags: Readonly<Record<string, boolean>>;
  readonly ids: ScreenIds;
  /** Default texts of the generic parts, already localised. */
  readonly texts: {
    readonly title: string;
    readonly description?: string | undefined;
    readonly submit: string;
  };
  /** The text of the Error part (a field's or the server's), `undefined` when none. */
  readonly errorText: string | undefined;
  /** The error says the Cognito session is gone: offer Restart. */
  readonly canRestart: boolean;
  readonly restart: () => void;
}

const ScreenContext: Context<ScreenContextValue | null> = createContext<ScreenContextValue | null>(
  null,
);

/** Provides a screen's {@link ScreenContextValue} to its parts (rendered by each Root). */
export const ScreenProvider: typeof ScreenContext.Provider = ScreenContext.Provider;

/**
 * Reads the screen a part is rendered in. `part` names the caller in the error thrown outside a
 * Root; `S` is the screen's own render state (the Root that provided the value decides it).
 */
export function useScreenContext<S extends ScreenRenderState = ScreenRenderState>(
  part: string,
): ScreenContextValue<S> {
  const value = useContext(ScreenContext);
  if (value === null) throw new Error(`<${part}> must be rendered inside its screen's <Root>.`);
  return value as ScreenContextValue<S>;
}

/** The `data-*` input of part `part` of the screen in `ctx`. */
export function partData(
  ctx: ScreenContextValue,
  part: string,
  extraFlags?: Readonly<Record<string, boolean>>,
): { scope: string; part: string; state: string; flags: Readonly<Record<string, boolean>> } {
  return {
    scope: ctx.scope,
    part,
    state: ctx.dataState,
    flags: extraFlags === undefined ? ctx.flags : { ...ctx.flags, ...extraFlags },
  };
}

/** Props of {@link ScreenTitle}. */
export type ScreenTitleProps<S extends ScreenRenderState = ScreenRenderState> = PartProps<
  "h2",
  S
> & {
  /** Move focus here when the step appears. @default true */
  readonly focusOnMount?: boolean;
};

/** The step heading (`h2`, `tabIndex={-1}`), focused when the step appears. */
export function ScreenTitle<S extends ScreenRenderState = ScreenRenderState>({
  focusOnMount = true,
  ...props
}: ScreenTitleProps<S>): JSX.Element {
  const ctx = useScreenContext<S>("Title");
  const ref = useFocusOnMount<HTMLHeadingElement>(focusOnMount);
  return renderPart(
    {
      tag: "h2",
      data: partData(ctx, "title"),
      state: ctx.renderState,
      props: { id: ctx.ids.title, tabIndex: -1, ref, children: ctx.texts.title },
    },
    props,
  );
}

/** Explains the step; the Root points `aria-describedby` at it. */
export function ScreenDescription<S extends ScreenRenderState = ScreenRenderState>(
  props: PartProps<"p", S>,
): JSX.Element {
  const ctx = useScreenContext<S>("Description");
  return renderPart(
    {
      tag: "p",
      data: partData(ctx, "description"),
      state: ctx.renderState,
      props: { id: ctx.ids.description, children: ctx.texts.description },
    },
    props,
  );
}

/**
 * `role="alert"`, always in the DOM so the text that arrives in it is announced; empty while
 * there is no error. The field it belongs to points `aria-describedby` at it while invalid.
 */
export function ScreenError<S extends ScreenRenderState = ScreenRenderState>(
  props: PartProps<"div", S>,
): JSX.Element {
  const ctx = useScreenContext<S>("Error");
  return renderPart(
    {
      tag: "div",
      data: partData(ctx, "error"),
      state: ctx.renderState,
      props: { id: ctx.ids.error, role: "alert", children: ctx.errorText },
    },
    props,
  );
}

/** The submit button: `aria-disabled` while pending (it keeps focus), never submits then. */
export function ScreenSubmit<S extends ScreenRenderState = ScreenRenderState>(
  props: PartProps<"button", S>,
): JSX.Element {
  const ctx = useScreenContext<S>("Submit");
  const { isPending } = ctx.renderState;
  return renderPart(
    {
      tag: "button",
      data: partData(ctx, "submit", { disabled: isPending }),
      state: ctx.renderState,
      props: {
        type: "submit",
        "aria-disabled": isPending ? true : undefined,
        // aria-disabled keeps the button focusable (a disabled one would drop focus to <body>
        // mid-request), so the click itself is refused here.
        onClick: (event: { preventDefault(): void }) => {
          if (isPending) event.preventDefault();
        },
        children: ctx.texts.submit,
      },
    },
    props,
  );
}

/** Props of {@link ScreenRestart}. */
export type ScreenRestartProps<S extends ScreenRenderState = ScreenRenderState> = PartProps<
  "button",
  S
> & {
  /** Render even when the error does not call for a restart. @default false */
  readonly forceMount?: boolean;
};

/** "Start again": shown when the error's recovery is `restart` (or with `forceMount`). */
export function ScreenRestart<S extends ScreenRenderState = ScreenRenderState>({
  forceMount = false,
  ...props
}: ScreenRestartProps<S>): JSX.Element | null {
  const ctx = useScreenContext<S>("Restart");
  const { message } = useMessages();
  if (!ctx.canRestart && !forceMount) return null;
  const { isPending } = ctx.renderState;
  return renderPart(
    {
      tag: "button",
      data: partData(ctx, "restart", { disabled: isPending }),
      state: ctx.renderState,
      props: {
        type: "button",
        "aria-disabled": isPending ? true : undefined,
        onClick: () => {
          if (!isPending) ctx.restart();
        },
        children: message("common.restart"),
      },
    },
    props,
  );
}

/** Screen-reader status: "Sending…" while a request runs (a polite live region). */
export function ScreenStatus<S extends ScreenRenderState = ScreenRenderState>(
  props: PartProps<"div", S>,
): JSX.Element {
  const ctx = useScreenContext<S>("Status");
  const { message } = useMessages();
  return renderPart(
    {
      tag: "div",
      data: partData(ctx, "status"),
      state: ctx.renderState,
      props: {
        id: ctx.ids.status,
        children: (
          <LiveRegion>{ctx.renderState.isPending ? message("common.sending") : ""}</LiveRegion>
        ),
      },
    },
    props,
  );
}
