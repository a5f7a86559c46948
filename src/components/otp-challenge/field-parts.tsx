import { type CSSProperties, type JSX, type ReactNode, useLayoutEffect } from "react";
import { useMessages } from "../messages/messages-provider";
import { labelProps } from "../shared/field";
import { LiveRegion } from "../shared/live-region";
import type { PartProps } from "../shared/part";
import { renderScreenPart } from "../shared/screen";
import { type OtpRenderState, useOtp } from "./otp-context";
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
  const screen = useOtp("Field");
  const otp = screen.own;
  return renderScreenPart(
    screen,
    "div",
    "field",
    { style: otp.hasSlots ? { position: "relative" } : undefined },
    props,
    { focused: otp.isFocused },
  );
}

/** The code's `<label>`. @selector [data-part="label"] */
export function Label(props: PartProps<"label", OtpRenderState>): JSX.Element {
  const screen = useOtp("Label");
  const { message } = useMessages();
  return renderScreenPart(
    screen,
    "label",
    "label",
    labelProps(screen.own.field, message("otp.label")),
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
  const screen = useOtp("Input");
  const otp = screen.own;
  return renderScreenPart(
    screen,
    "input",
    "input",
    { ...otp.inputProps, style: otp.hasSlots ? OVERLAY_INPUT : undefined },
    props,
    { focused: otp.isFocused },
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
  const screen = useOtp("Slots");
  const { registerSlots, slots } = screen.own;
  useLayoutEffect(() => registerSlots(), [registerSlots]);
  const content =
    typeof children === "function"
      ? children(slots)
      : slots.map((slot) => <Slot key={slot.index} slot={slot} />);
  return renderScreenPart(
    screen,
    "div",
    "slots",
    { "aria-hidden": true, dir: "ltr", children: content },
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
  const screen = useOtp("Slot");
  return renderScreenPart(
    screen,
    "div",
    "slot",
    {
      children: (
        <>
          {slot.char}
          {slot.hasFakeCaret ? <span data-scope={screen.scope} data-part="caret" /> : null}
        </>
      ),
    },
    props,
    { active: slot.isActive, filled: slot.char !== null, caret: slot.hasFakeCaret },
    { index: String(slot.index) },
  );
}

/**
 * A polite, screen-reader-only status: "4 of 6 digits entered". Silent while the field is
 * empty, so nothing is announced when the step appears.
 * @selector [data-part="progress"]
 */
export function Progress(props: PartProps<"div", OtpRenderState>): JSX.Element {
  const screen = useOtp("Progress");
  const { value, length } = screen.own;
  const { message } = useMessages();
  const text = value.length === 0 ? "" : message("otp.status", { count: value.length, length });
  return renderScreenPart(
    screen,
    "div",
    "progress",
    { children: <LiveRegion>{text}</LiveRegion> },
    props,
  );
}
