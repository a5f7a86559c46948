import { type Context, createContext, type JSX, type ReactNode, useContext, useId } from "react";
import type { Recovery } from "../../core/errors/challenge-error";
import { useMessages } from "../messages/messages-provider";
import { LiveRegion } from "./live-region";
import { type PartOwnProps, type PartProps, renderPart } from "./part";
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
export interface ScreenContextValue<S extends ScreenRenderState = ScreenRenderState, O = unknown> {
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
  /** The screen's own wiring for its own parts (its fields, options, …). */
  readonly own: O;
}

const ScreenContext: Context<ScreenContextValue | null> = createContext<ScreenContextValue | null>(
  null,
);

/** Provides a screen's {@link ScreenContextValue} to its parts (rendered by each Root). */
export const ScreenProvider: typeof ScreenContext.Provider = ScreenContext.Provider;

/**
 * Reads the screen a part is rendered in. `part` names the caller in the error thrown outside a
 * Root; `S` is the screen's own render state and `O` its own wiring (the Root that provided the
 * value decides both). With `scope`, only that screen's Root will do: a part of one screen inside
 * another screen's Root is an error, not a silent misfit.
 */
export function useScreenContext<S extends ScreenRenderState = ScreenRenderState, O = unknown>(
  part: string,
  scope?: string,
): ScreenContextValue<S, O> {
  const value = useContext(ScreenContext);
  if (value === null || (scope !== undefined && value.scope !== scope)) {
    throw new Error(`<${part}> must be rendered inside its screen's <Root>.`);
  }
  return value as ScreenContextValue<S, O>;
}

/** The `data-*` input of part `part` of the screen in `ctx`. */
export function partData(
  ctx: ScreenContextValue<ScreenRenderState, unknown>,
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

/**
 * Renders part `part` of the screen in `ctx` as `tag` ({@link renderPart}): the screen's
 * `data-*` attributes plus `flags` and `values`, `className`/`style` resolved against the
 * screen's render state, `ours` merged with the consumer's `props`.
 */
export function renderScreenPart<S extends ScreenRenderState>(
  ctx: ScreenContextValue<S, unknown>,
  tag: keyof JSX.IntrinsicElements,
  part: string,
  ours: Readonly<Record<string, unknown>>,
  props: PartOwnProps<S> & { readonly children?: ReactNode },
  flags?: Readonly<Record<string, boolean>>,
  values?: Readonly<Record<string, string | undefined>>,
): JSX.Element {
  return renderPart(
    { tag, data: { ...partData(ctx, part, flags), values }, state: ctx.renderState, props: ours },
    props,
  );
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
  return renderScreenPart(
    ctx,
    "h2",
    "title",
    { id: ctx.ids.title, tabIndex: -1, ref, children: ctx.texts.title },
    props,
  );
}

/** Explains the step; the Root points `aria-describedby` at it. */
export function ScreenDescription<S extends ScreenRenderState = ScreenRenderState>(
  props: PartProps<"p", S>,
): JSX.Element {
  const ctx = useScreenContext<S>("Description");
  return renderScreenPart(
    ctx,
    "p",
    "description",
    { id: ctx.ids.description, children: ctx.texts.description },
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
  return renderScreenPart(
    ctx,
    "div",
    "error",
    { id: ctx.ids.error, role: "alert", children: ctx.errorText },
    props,
  );
}

/**
 * The props of a button that stays focusable while a request runs: `aria-disabled` then (a
 * `disabled` one would drop focus to `<body>` mid-request), its click refused (a submit button
 * then submits nothing), else `onPress`.
 */
export function busyButtonProps(
  isPending: boolean,
  onPress?: () => void,
): { "aria-disabled": true | undefined; onClick: (event: { preventDefault(): void }) => void } {
  return {
    "aria-disabled": isPending || undefined,
    onClick: (event) => {
      if (isPending) event.preventDefault();
      else onPress?.();
    },
  };
}

/** The submit button: `aria-disabled` while pending (it keeps focus), never submits then. */
export function ScreenSubmit<S extends ScreenRenderState = ScreenRenderState>(
  props: PartProps<"button", S>,
): JSX.Element {
  const ctx = useScreenContext<S>("Submit");
  const { isPending } = ctx.renderState;
  return renderScreenPart(
    ctx,
    "button",
    "submit",
    { type: "submit", ...busyButtonProps(isPending), children: ctx.texts.submit },
    props,
    { disabled: isPending },
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
  return renderScreenPart(
    ctx,
    "button",
    "restart",
    {
      type: "button",
      ...busyButtonProps(isPending, ctx.restart),
      children: message("common.restart"),
    },
    props,
    { disabled: isPending },
  );
}

/** Screen-reader status: "Sending…" while a request runs (a polite live region). */
export function ScreenStatus<S extends ScreenRenderState = ScreenRenderState>(
  props: PartProps<"div", S>,
): JSX.Element {
  const ctx = useScreenContext<S>("Status");
  const { message } = useMessages();
  return renderScreenPart(
    ctx,
    "div",
    "status",
    {
      id: ctx.ids.status,
      children: (
        <LiveRegion>{ctx.renderState.isPending ? message("common.sending") : ""}</LiveRegion>
      ),
    },
    props,
  );
}
