import {
  AuthenticationDetails,
  type CognitoUser,
  type CognitoUserSession,
  type IAuthenticationCallback,
} from "amazon-cognito-identity-js";

/** Where a classic-client sign-in stopped: a challenge callback, success, or failure. */
export type ClassicStep =
  | {
      readonly kind: "success";
      readonly session: CognitoUserSession;
      readonly confirmationNecessary?: boolean;
    }
  | {
      readonly kind: "failure";
      readonly error: { readonly name?: string; readonly code?: string; readonly message?: string };
    }
  | {
      readonly kind: "mfaRequired";
      readonly challengeName: string;
      readonly parameters: Record<string, string>;
    }
  | { readonly kind: "totpRequired"; readonly challengeName: string }
  | { readonly kind: "selectMFAType"; readonly parameters: Record<string, string> }
  | {
      readonly kind: "newPasswordRequired";
      readonly userAttributes: Record<string, string>;
      readonly requiredAttributes: string[];
    };

/** The callbacks object the classic client wants, settling a promise with the step reached. */
export function untilNextStep(
  call: (callbacks: IAuthenticationCallback) => void,
): Promise<ClassicStep> {
  return new Promise((resolve) => {
    call({
      onSuccess: (session, confirmationNecessary) =>
        resolve({
          kind: "success",
          session,
          ...(confirmationNecessary === undefined ? {} : { confirmationNecessary }),
        }),
      onFailure: (
        error: ClassicStep & { kind: "failure" } extends { error: infer E } ? E : never,
      ) => resolve({ kind: "failure", error }),
      mfaRequired: (challengeName, parameters) =>
        resolve({ kind: "mfaRequired", challengeName, parameters }),
      totpRequired: (challengeName) => resolve({ kind: "totpRequired", challengeName }),
      selectMFAType: (_name, parameters) => resolve({ kind: "selectMFAType", parameters }),
      newPasswordRequired: (userAttributes, requiredAttributes) =>
        resolve({ kind: "newPasswordRequired", userAttributes, requiredAttributes }),
    });
  });
}

/** `authenticateUser` (USER_SRP_AUTH, the classic client's default flow) up to the first stop. */
export function classicSignIn(
  user: CognitoUser,
  username: string,
  password: string,
): Promise<ClassicStep> {
  const details = new AuthenticationDetails({ Username: username, Password: password });
  return untilNextStep((callbacks) => user.authenticateUser(details, callbacks));
}

/** A `Storage` for the classic client that lives only in this test (device keys, tokens). */
export function createMemoryStorage(): {
  setItem(key: string, value: string): void;
  getItem(key: string): string | null;
  removeItem(key: string): void;
  clear(): void;
} {
  const items = new Map<string, string>();
  return {
    setItem: (key, value) => {
      items.set(key, value);
    },
    getItem: (key) => items.get(key) ?? null,
    removeItem: (key) => {
      items.delete(key);
    },
    clear: () => {
      items.clear();
    },
  };
}
