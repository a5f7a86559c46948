import type { FormEventHandler, JSX } from "react";
import { type PartOwnProps, renderPart } from "./part";
import {
  type ScreenContextValue,
  type ScreenIds,
  ScreenProvider,
  type ScreenRenderState,
} from "./screen";

/** What {@link renderScreenRoot} needs to know about one screen. */
export interface ScreenRootConfig<S extends ScreenRenderState> {
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
  readonly onSubmit: FormEventHandler<HTMLFormElement>;
}

/**
 * Renders a screen's Root: provides the {@link ScreenContextValue} and renders the
 * `<form method="post" noValidate>` (labelled by the title, `aria-busy` while pending,
 * `data-challenge`, `data-state` = `pending` | `error` | `idle`) with the consumer's props merged
 * in. `wrap` adds the screen's own providers around the form.
 */
export function renderScreenRoot<S extends ScreenRenderState>(
  config: ScreenRootConfig<S>,
  formProps: PartOwnProps<S> & object,
  wrap: (form: JSX.Element) => JSX.Element = (form) => form,
): JSX.Element {
  const { renderState, ids } = config;
  const flags = { pending: renderState.isPending, invalid: renderState.isInvalid, ...config.flags };
  const dataState = renderState.isPending
    ? "pending"
    : config.errorText !== undefined || renderState.isInvalid
      ? "error"
      : "idle";
  const screen: ScreenContextValue<S> = {
    scope: config.scope,
    renderState,
    dataState,
    flags,
    ids,
    texts: config.texts,
    errorText: config.errorText,
    canRestart: config.canRestart ?? renderState.recovery === "restart",
    restart: config.restart,
  };
  const form = renderPart(
    {
      tag: "form",
      data: {
        scope: config.scope,
        part: "root",
        state: dataState,
        flags,
        values: { challenge: renderState.challengeName },
      },
      state: renderState,
      props: {
        method: "post",
        noValidate: true,
        "aria-labelledby": ids.title,
        "aria-busy": renderState.isPending ? true : undefined,
        onSubmit: config.onSubmit,
      },
    },
    formProps,
  );
  return <ScreenProvider value={screen as ScreenContextValue}>{wrap(form)}</ScreenProvider>;
}
