/**
 * The three override levels as an app would write them: a restyled screen (level 1), our parts
 * inside Acme's elements (level 2), and Acme's own screen written against `ChallengeProps`
 * (level 3). Shared by the side-by-side story and the per-level flow stories.
 */
import { type FormEvent, type JSX, useId, useState } from "react";
import { type ChallengeProps, OtpChallenge } from "../../src/index";
import { DsButton, DsCard, DsInput } from "../support/acme-ds";
import "./brand.css";

/** Level 1: the default screen; a className function of the render state is the only prop. */
export function BrandOtp(props: ChallengeProps<"SMS_MFA">): JSX.Element {
  return (
    <OtpChallenge.Root {...props}>
      <OtpChallenge.Title />
      <OtpChallenge.Description />
      <OtpChallenge.Label />
      <OtpChallenge.Field>
        <OtpChallenge.Input />
        <OtpChallenge.Slots />
      </OtpChallenge.Field>
      <OtpChallenge.Error />
      <OtpChallenge.Submit
        className={({ isPending }) => (isPending ? "brand-submit--busy" : undefined)}
      />
      <OtpChallenge.Status />
      <OtpChallenge.Resend />
      <OtpChallenge.ResendStatus />
    </OtpChallenge.Root>
  );
}

/** Level 2: our parts (state, wiring, single-flight submit) inside Acme's card, input and button. */
export function AcmePartsOtp(props: ChallengeProps<"SMS_MFA">): JSX.Element {
  return (
    <DsCard>
      <OtpChallenge.Root {...props}>
        <OtpChallenge.Title />
        <OtpChallenge.Description />
        <OtpChallenge.Label />
        <OtpChallenge.Input asChild>
          <DsInput />
        </OtpChallenge.Input>
        <OtpChallenge.Error />
        <OtpChallenge.Submit asChild>
          <DsButton />
        </OtpChallenge.Submit>
        <OtpChallenge.Resend asChild>
          <DsButton variant="quiet" />
        </OtpChallenge.Resend>
        <OtpChallenge.ResendStatus />
      </OtpChallenge.Root>
    </DsCard>
  );
}

/**
 * Level 3: Acme's own screen, nothing of ours but the `ChallengeProps<"SMS_MFA">` contract.
 * Registered in the typed map, so `respond` takes `{ code }` and nothing else.
 */
export function AcmeOtpScreen({
  challenge,
  respond,
  isPending,
  error,
  restart,
}: ChallengeProps<"SMS_MFA">): JSX.Element {
  const [code, setCode] = useState("");
  const id = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!isPending) void respond({ code });
  };
  return (
    <DsCard>
      <form method="post" onSubmit={submit} aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>Acme: check your phone</h2>
        <p id={`${id}-hint`}>
          We texted a code to <bdi>{challenge.delivery?.destination ?? "your phone"}</bdi>.
        </p>
        <label htmlFor={`${id}-code`}>Acme code</label>
        <DsInput
          id={`${id}-code`}
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          autoComplete="one-time-code"
          inputMode="numeric"
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={error?.recovery === "retry" || undefined}
        />
        <p id={`${id}-error`} role="alert">
          {error ? error.message : ""}
        </p>
        <DsButton type="submit" aria-disabled={isPending || undefined}>
          Confirm with Acme
        </DsButton>{" "}
        {error?.recovery === "restart" ? (
          <DsButton variant="quiet" onClick={() => void restart()}>
            Start over
          </DsButton>
        ) : null}
      </form>
    </DsCard>
  );
}
