import { buildTotpUri, type Challenge } from "../../src/core/index";
import { fixtureIdentity, fixtures } from "../../test/fixtures/cognito/index";
import { challengeFrom } from "./with-challenge";

/** MFA_SETUP as parsed (nothing selected yet): TOTP only, email only, or both. */
export const mfaSetupTotp: Challenge<"MFA_SETUP"> = challengeFrom(
  fixtures.mfaSetupTotp,
  "MFA_SETUP",
);
export const mfaSetupEmail: Challenge<"MFA_SETUP"> = challengeFrom(
  fixtures.mfaSetupEmail,
  "MFA_SETUP",
);
export const mfaSetupBoth: Challenge<"MFA_SETUP"> = challengeFrom(
  fixtures.mfaSetupBoth,
  "MFA_SETUP",
);

const secretCode =
  fixtures.associateSoftwareToken.response.SecretCode ?? fixtureIdentity.totpSecret;

/**
 * MFA_SETUP once the flow has called AssociateSoftwareToken (the recorded response): the secret,
 * and the `otpauth://` URI built as the flow builds it.
 */
export const mfaSetupTotpAssociated: Challenge<"MFA_SETUP"> = {
  ...mfaSetupTotp,
  selected: "SOFTWARE_TOKEN_MFA",
  totp: {
    secretCode,
    issuer: "Acme Cloud",
    accountName: fixtureIdentity.username,
    uri: buildTotpUri({ secretCode, issuer: "Acme Cloud", accountName: fixtureIdentity.username }),
  },
};

/** Email picked (or the only option). */
export const mfaSetupEmailSelected: Challenge<"MFA_SETUP"> = {
  ...mfaSetupEmail,
  selected: "EMAIL_OTP",
};

/** Only SMS could be set up: impossible during a sign-in (Cognito needs a verified number first). */
export const mfaSetupSmsOnly: Challenge<"MFA_SETUP"> = {
  ...mfaSetupTotp,
  options: ["SMS_MFA"],
  parameters: { ...mfaSetupTotp.parameters, MFAS_CAN_SETUP: '["SMS_MFA"]' },
};
