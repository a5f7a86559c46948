import type { FormEventHandler, JSX, ReactNode } from "react";
import { describedBy } from "./field";
import { type PartOwnProps, renderPart } from "./part";
import {
  type ScreenContextValue,
  type ScreenIds,
  ScreenProvider,
  type ScreenRenderState,
} from "./screen";

/** What {@link renderScreenRoot} needs to know about one screen. */
export interface ScreenRootConfig<S extends ScreenRenderState, O = undefined> {
  /** `data-scope` of every part, e.g. `"otp-challenge"`. */
  readonly scope: string;
  readonly ids: ScreenIds;
  readonly renderState: S;
  readonly texts: ScreenContextValue["texts"];
  /** The Error part's text. */
  readonly errorText: string | undefined;
  /** Offer Restart. @default `renderState.recovery === "restart"` */
  readonly canRestart?: boolean;
  readonly restart: () => void;
  /** Flags beyond `pending` and `invalid`, written on every part. */
  readonly flags?: Readonly<Record<string, boolean>>;
  /** `data-state` of every part. @default `pending` | `error` | `idle` */
  readonly dataState?: string;
  /** The screen's own wiring, read by its own parts (`useScreenContext(part, scope).own`). */
  readonly own?: O;
  /** Point the root's `aria-describedby` at the Description. @default false */
  readonly describe?: boolean;
  /** Our further props of the root element (the consumer's still merge over them). */
  readonly props?: Readonly<Record<string, unknown>>;
  /** Screens with nothing to send render a `section`. @default "form" */
  readonly tag?: "form" | "section";
  readonly onSubmit?: FormEventHandler<HTMLFormElement>;
}

/**
 * Renders a screen's Root: provides the {@link ScreenContextValue} and renders the
 * `<form method="post" noValidate>` (labelled by the title, `aria-busy` while pending,
 * `data-challenge`, `data-state` = `pending` | `error` | `idle` unless the screen says otherwise)
 * with the consumer's props merged in. `wrap` adds what belongs beside the form.
 */
export function renderScreenRoot<S extends ScreenRenderState, O = undefined>(
  config: ScreenRootConfig<S, O>,
  rootProps: PartOwnProps<S> & { readonly children?: ReactNode },
  wrap: (root: JSX.Element) => ReactNode = (root) => root,
): JSX.Element {
  const { renderState, ids, tag = "form" } = config;
  const flags = { pending: renderState.isPending, invalid: renderState.isInvalid, ...config.flags };
  const dataState =
    config.dataState ??
    (renderState.isPending
      ? "pending"
      : config.errorText !== undefined || renderState.isInvalid
        ? "error"
        : "idle");
  const screen: ScreenContextValue<S, O | undefined> = {
    scope: config.scope,
    renderState,
    dataState,
    flags,
    ids,
    texts: config.texts,
    errorText: config.errorText,
    canRestart: config.canRestart ?? renderState.recovery === "restart",
    restart: config.restart,
    own: config.own,
  };
  const root = renderPart(
    {
      tag,
      data: {
        scope: config.scope,
        part: "root",
        state: dataState,
        flags,
        // The start form answers no challenge: no `data-challenge` there.
        values: { challenge: renderState.challengeName || undefined },
      },
      state: renderState,
      props: {
        ...(tag === "form" ? { method: "post", noValidate: true, onSubmit: config.onSubmit } : {}),
        "aria-labelledby": ids.title,
        "aria-describedby": describedBy(config.describe === true && ids.description),
        "aria-busy": renderState.isPending || undefined,
        ...config.props,
      },
    },
    rootProps,
  );
  return <ScreenProvider value={screen as ScreenContextValue}>{wrap(root)}</ScreenProvider>;
}
