/**
 * Shared building blocks of the challenge screens (internal to `src/components`; not part of
 * the public entry unless re-exported there).
 *
 * ## How a screen is built from them
 *
 * 1. **Render state and context.** Declare the screen's render state as an extension of
 *    {@link ScreenRenderState} (add `isComplete`, `isVisible`, … as fits). The Root provides a
 *    {@link ScreenContextValue} through {@link ScreenProvider}; the screen's own parts read it
 *    with `useScreenContext<MyState>("PartName")`. The generic parts ({@link ScreenTitle},
 *    {@link ScreenDescription}, {@link ScreenError}, {@link ScreenSubmit}, {@link ScreenRestart},
 *    {@link ScreenStatus}) are re-exported by the screen's `index.ts` under short names, typed
 *    for its state: `export const Title: (p: ScreenTitleProps<MyState>) => JSX.Element =
 *    ScreenTitle;`.
 * 2. **Root.** A real `<form method="post" noValidate>` built with react-hook-form's `useForm`.
 *    Submit through {@link useChallengeSubmit} (one request at a time, rejections captured as
 *    errors); turn the error into text with {@link formatErrorText} (`error.<code>` keys, the
 *    wait time through `Intl`); provide a {@link ScreenContextValue} (ids from
 *    {@link useScreenIds}, localised default texts, `errorText`, `canRestart`, flags) and render
 *    the form, both through {@link renderScreenRoot} (`data-challenge`, `aria-labelledby` the
 *    title, `data-state`), wrapping the form in the screen's own providers.
 *    Parts build their `data-*` input with {@link partData}.
 * 3. **Parts.** Each part is a function that reads the context and calls {@link renderPart} with
 *    its tag, its `data-scope`/`data-part` ({@link dataAttributes}), its ARIA props and its default
 *    children. `renderPart` resolves `className`/`style` functions ({@link resolveClassName}),
 *    merges the consumer's props ({@link mergeProps}: handlers composed, refs composed, classes
 *    and `aria-describedby` joined) and honours `asChild` through {@link Slot}.
 * 4. **Fields.** Ids from {@link useFieldIds}; the control gets {@link getControlAria}
 *    (`aria-invalid` only when invalid, `aria-describedby` = description + error); the error
 *    element exists before its text does. Several fields: one {@link FieldProvider} each.
 * 5. **Accessibility.** The Title takes focus on mount ({@link useFocusOnMount}); progress and
 *    counts go to a {@link LiveRegion}; the Submit is `aria-disabled` while pending.
 * 6. **Texts.** Only through `useMessages().message(key, params)`; add keys to your area in
 *    `messages/locales/en/<area>.ts` and to the same area of every other locale.
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
  FieldProvider,
  type FieldState,
  getControlAria,
  useFieldIds,
  useFieldState,
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
  partData,
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
