import type { JSX } from "react";
import {
  CodeDescription,
  CodeInput,
  CodeLabel,
  DeviceNameDescription,
  DeviceNameInput,
  DeviceNameLabel,
} from "./field-parts";
import { Root, type RootProps } from "./root";
import { Description, ErrorMessage, Restart, Status, Submit, Title } from "./screen-parts";
import { Copy, OpenInApp, QrCode, Secret, SecretLabel } from "./secret-parts";

/**
 * The ready-made authenticator-app set-up: heading and instructions, the QR code, the grouped
 * secret with its Copy button, the "open in app" link, then the code and the optional name.
 */
export function TotpSetupScreen(props: RootProps): JSX.Element {
  return (
    <Root {...props}>
      <Title />
      <Description />
      <QrCode />
      <p>
        <SecretLabel /> <Secret /> <Copy />
      </p>
      <OpenInApp />
      <CodeLabel />
      <CodeDescription />
      <CodeInput />
      <DeviceNameLabel />
      <DeviceNameDescription />
      <DeviceNameInput />
      <ErrorMessage />
      <Submit />
      <Restart />
      <Status />
    </Root>
  );
}
