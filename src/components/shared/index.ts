/**
 * Shared building blocks of the challenge screens (internal to `src/components`; not part of
 * the public entry unless re-exported there).
 *
 * ## How a screen is built from them
 *
 * 1. **Render state and context.** Declare the screen's render state as an extension of
 *    {@link ScreenRenderState} (add `isComplete`, `isVisible`, … as fits), and the screen's own
 *    wiring (its fields, options, callbacks). The Root provides both in one
 *    {@link ScreenContextValue} (`own` holds the wiring); the screen's parts read it with a
 *    one-line hook, `useScreenContext<MyState, MyOwn>("MyScreen.Part", MY_SCOPE)`, which also
 *    refuses a part rendered in another screen's Root. The generic parts ({@link ScreenTitle},
 *    {@link ScreenDescription}, {@link ScreenError}, {@link ScreenSubmit}, {@link ScreenRestart},
 *    {@link ScreenStatus}) are re-exported by the screen's `index.ts` under short names, typed
 *    for its state: `export const Title: (p: ScreenTitleProps<MyState>) => JSX.Element =
 *    ScreenTitle;`.
 * 2. **Root.** A real `<form method="post" noValidate>` built with react-hook-form's `useForm`
 *    (`register`, `watch`, `setValue`: `useController` and `useWatch` would add their own code
 *    to every app's bundle). Submit through {@link useChallengeSubmit} (one request at a time,
 *    rejections captured as errors); turn the error into text with {@link formatErrorText}
 *    (`error.<code>` keys, the wait time through `Intl`); render the form and provide the
 *    context through {@link renderScreenRoot} (ids from {@link useScreenIds}, localised default
 *    texts, `errorText`, `canRestart`, flags, `own`; it writes `data-challenge`, `data-state`,
 *    `aria-labelledby` the title, `aria-busy` while pending).
 * 3. **Parts.** Each part reads the context and calls {@link renderScreenPart} with its tag, its
 *    `data-part`, its ARIA props and default children, and its flags. Underneath,
 *    {@link renderPart} writes the `data-*` attributes ({@link dataAttributes}), resolves
 *    `className`/`style` functions ({@link resolveClassName}), merges the consumer's props
 *    ({@link mergeProps}: handlers composed, refs composed, classes and `aria-describedby`
 *    joined) and honours `asChild` through {@link Slot}. Buttons that must stay focusable while
 *    pending take {@link busyButtonProps}.
 * 4. **Fields.** Ids from {@link useFieldIds}; the control gets {@link getControlAria}
 *    (`aria-invalid` only when invalid, `aria-describedby` = description + error), its label
 *    {@link labelProps}; the error element exists before its text does. Password fields share
 *    {@link passwordInputProps} and {@link toggleProps}.
 * 5. **Accessibility.** The Title takes focus on mount ({@link useFocusOnMount}); progress and
 *    counts go to a {@link LiveRegion}; the Submit is `aria-disabled` while pending.
 * 6. **Texts.** Only through `useMessages().message(key, params)`; add keys to your area in
 *    `messages/locales/en/<area>.ts` and to the same area of every other locale. A screen that
 *    is not in the initial bundle brings its English area itself: its Root calls
 *    `useAreaMessages(area)` instead of `useMessages()` (see `messages/english.ts`).
 *
 * @packageDocumentation
 */
export {
  type DataAttributeInput,
  type DataFlag,
  dataAttributes,
  dataFlag,
} from "./data-attributes";
export {
  describeError,
  type ErrorLike,
  formatErrorText,
  isErrorLike,
  type MessageRef,
} from "./error-message";
export {
  describedBy,
  type FieldIds,
  type FieldState,
  getControlAria,
  labelProps,
  passwordInputProps,
  toggleProps,
  useFieldIds,
} from "./field";
export { LiveRegion, type LiveRegionProps } from "./live-region";
export {
  type PartDefinition,
  type PartOwnProps,
  type PartProps,
  renderPart,
} from "./part";
export {
  type ClassNameProp,
  resolveClassName,
  resolveStyle,
  type StyleProp,
} from "./render-props";
export {
  busyButtonProps,
  partData,
  renderScreenPart,
  type ScreenContextValue,
  ScreenDescription,
  ScreenError,
  type ScreenIds,
  ScreenProvider,
  type ScreenRenderState,
  ScreenRestart,
  type ScreenRestartProps,
  ScreenStatus,
  ScreenSubmit,
  ScreenTitle,
  type ScreenTitleProps,
  useScreenContext,
  useScreenIds,
} from "./screen";
export type { ScreenProps } from "./screen-props";
export { renderScreenRoot, type ScreenRootConfig } from "./screen-root";
export { composeRefs, mergeProps, Slot, type SlotProps, setRefs } from "./slot";
export {
  type ChallengeSubmit,
  type ChallengeSubmitInput,
  useChallengeSubmit,
} from "./use-challenge-submit";
export { useCountdown } from "./use-countdown";
export { useFocusOnMount } from "./use-focus-on-mount";
export { visuallyHiddenStyle } from "./visually-hidden";
