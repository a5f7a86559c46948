import { type CSSProperties, type JSX, type ReactNode, useLayoutEffect } from "react";
import { useMessages } from "../messages/messages-provider";
import { LiveRegion } from "../shared/live-region";
import { type PartProps, renderPart } from "../shared/part";
import { partData, useScreenContext } from "../shared/screen";
import { type OtpRenderState, useOtpField } from "./otp-context";
import type { OtpSlotState } from "./otp-field.logic";

/**
 * The real input lies over the slots, transparent, so taps, long-press paste, autofill and the
 * screen reader all meet one ordinary `<input>` (input-otp's design). Inline because the field
 * must work without `styles.css`; the outline is left alone, so focus stays visible.
 */
const OVERLAY_INPUT: CSSProperties = {
  position: "absolute",
  inset: 0,
  width: "100%",
  height: "100%",
  margin: 0,
  padding: 0,
  border: 0,
  background: "transparent",
  color: "transparent",
  caretColor: "transparent",
  fontSize: "inherit",
  textAlign: "start",
  zIndex: 1,
};

/**
 * Wraps Input and Slots; positioned so the input can cover the slots.
 * @selector [data-scope="otp-challenge"][data-part="field"]
 */
export function Field(props: PartProps<"div", OtpRenderState>): JSX.Element {
  const screen = useScreenContext<OtpRenderState>("OtpChallenge.Field");
  const otp = useOtpField("Field");
  return renderPart(
    {
      tag: "div",
      data: partData(screen, "field", { focused: otp.isFocused }),
      state: screen.renderState,
      props: { style: otp.hasSlots ? { position: "relative" } : undefined },
    },
    props,
  );
}

/** The code's `<label>`. @selector [data-part="label"] */
export function Label(props: PartProps<"label", OtpRenderState>): JSX.Element {
  const screen = useScreenContext<OtpRenderState>("OtpChallenge.Label");
  const otp = useOtpField("Label");
  const { message } = useMessages();
  return renderPart(
    {
      tag: "label",
      data: partData(screen, "label"),
      state: screen.renderState,
      props: {
        id: otp.field.ids.labelId,
        htmlFor: otp.field.ids.inputId,
        children: message("otp.label"),
      },
    },
    props,
  );
}

/**
 * The one real input: `autocomplete="one-time-code"`, `inputmode="numeric"`, `maxlength` and
 * `pattern` from the code length, paste and autofill normalised. Laid over the Slots when they
 * are rendered.
 * @selector [data-part="input"][data-invalid]
 */
export function Input(props: PartProps<"input", OtpRenderState>): JSX.Element {
  const screen = useScreenContext<OtpRenderState>("OtpChallenge.Input");
  const otp = useOtpField("Input");
  return renderPart(
    {
      tag: "input",
      data: partData(screen, "input", { focused: otp.isFocused }),
      state: screen.renderState,
      props: { ...otp.inputProps, style: otp.hasSlots ? OVERLAY_INPUT : undefined },
    },
    props,
  );
}

/** Props of {@link Slots}. */
export type SlotsProps = Omit<PartProps<"div", OtpRenderState>, "children"> & {
  /**
   * Draws the boxes (defaults to one {@link Slot} per digit); with `asChild`, the element to
   * render instead of the `div`, which then receives the default boxes.
   */
  readonly children?: ((slots: readonly OtpSlotState[]) => ReactNode) | ReactNode;
};

/**
 * The decorative boxes, `aria-hidden`: the input is what assistive technology sees. A design
 * system draws its own boxes with the render function.
 * @selector [data-part="slots"]
 */
export function Slots({ children, ...props }: SlotsProps): JSX.Element {
  const screen = useScreenContext<OtpRenderState>("OtpChallenge.Slots");
  const otp = useOtpField("Slots");
  const { registerSlots } = otp;
  useLayoutEffect(() => registerSlots(), [registerSlots]);
  const content =
    typeof children === "function"
      ? children(otp.slots)
      : otp.slots.map((slot) => <Slot key={slot.index} slot={slot} />);
  return renderPart(
    {
      tag: "div",
      data: partData(screen, "slots"),
      state: screen.renderState,
      props: { "aria-hidden": true, dir: "ltr", children: content },
    },
    typeof children === "function" ? props : { ...props, children },
  );
}

/** Props of {@link Slot}. */
export type SlotProps = Omit<PartProps<"div", OtpRenderState>, "slot"> & {
  /** The box to draw, from the Slots render function. */
  readonly slot: OtpSlotState;
};

/**
 * One box: its digit, and a fake caret while it is the empty active box.
 * @selector [data-part="slot"][data-active] [data-filled] [data-caret]
 */
export function Slot({ slot, ...props }: SlotProps): JSX.Element {
  const screen = useScreenContext<OtpRenderState>("OtpChallenge.Slot");
  return renderPart(
    {
      tag: "div",
      data: {
        ...partData(screen, "slot", {
          active: slot.isActive,
          filled: slot.char !== null,
          caret: slot.hasFakeCaret,
        }),
        values: { index: String(slot.index) },
      },
      state: screen.renderState,
      props: {
        children: (
          <>
            {slot.char}
            {slot.hasFakeCaret ? <span data-scope={screen.scope} data-part="caret" /> : null}
          </>
        ),
      },
    },
    props,
  );
}

/**
 * A polite, screen-reader-only status: "4 of 6 digits entered". Silent while the field is
 * empty, so nothing is announced when the step appears.
 * @selector [data-part="progress"]
 */
export function Progress(props: PartProps<"div", OtpRenderState>): JSX.Element {
  const screen = useScreenContext<OtpRenderState>("OtpChallenge.Progress");
  const otp = useOtpField("Progress");
  const { message } = useMessages();
  const text =
    otp.value.length === 0
      ? ""
      : message("otp.status", { count: otp.value.length, length: otp.length });
  return renderPart(
    {
      tag: "div",
      data: partData(screen, "progress"),
      state: screen.renderState,
      props: { children: <LiveRegion>{text}</LiveRegion> },
    },
    props,
  );
}
