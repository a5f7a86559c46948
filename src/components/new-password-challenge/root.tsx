import { type JSX, useCallback, useId, useState } from "react";
import { type FieldErrors, useForm } from "react-hook-form";
import type { ChallengeProps } from "../../headless/challenge-props.types";
import { newPassword as newPasswordMessages } from "../messages/locales/en/new-password";
import { useAreaMessages } from "../messages/messages-provider";
import { formatErrorText } from "../shared/error-message";
import { describedBy, passwordInputProps } from "../shared/field";
import type { PartProps } from "../shared/part";
import { useScreenIds } from "../shared/screen";
import { renderScreenRoot } from "../shared/screen-root";
import { useChallengeSubmit } from "../shared/use-challenge-submit";
import {
  attributeSpec,
  customAttributeLabel,
  isValidAttributeValue,
  toAttributeAnswer,
} from "./attributes.logic";
import {
  NEW_PASSWORD_SCOPE,
  type NewPasswordContextValue,
  type NewPasswordFieldEntry,
  type NewPasswordFieldKey,
  type NewPasswordRenderState,
} from "./new-password-context";
import { checkPasswordPolicy, type PasswordPolicy } from "./password-policy.logic";

export { NEW_PASSWORD_SCOPE };

/** Props of {@link Root}. */
export type NewPasswordRootProps = ChallengeProps<"NEW_PASSWORD_REQUIRED"> &
  Omit<PartProps<"form", NewPasswordRenderState>, "onSubmit"> & {
    /** The pool's password policy: turns on the live checklist and checks it before sending. */
    readonly passwordPolicy?: PasswordPolicy | undefined;
    /**
     * Your own rules, by field: `newPassword` or an attribute name (`"custom:employee_id"`). Each
     * gets the value (attributes trimmed) once the built-in checks pass, and returns the text to
     * show under the field (already in the person's language), or `undefined` when it is fine.
     * Not called for an empty optional attribute.
     *
     * @example
     * validate={{ newPassword: (v) => (/acme/i.test(v) ? "Leave out the company name." : undefined) }}
     */
    readonly validate?: NewPasswordValidators | undefined;
  };

/** App rules for {@link Root}'s fields: error text, or `undefined` when the value is fine. */
export type NewPasswordValidators = Readonly<
  Record<string, ((value: string) => string | undefined) | undefined>
>;

interface Values {
  newPassword: string;
  confirmPassword: string;
  attributes: Record<string, string>;
}

// Server errors that are about one field: that field is marked invalid and points at the error.
const SERVER_ERROR_FIELDS: Readonly<Record<string, readonly NewPasswordFieldKey[]>> = {
  InvalidPasswordException: ["newPassword"],
  PasswordHistoryPolicyViolationException: ["newPassword"],
  AliasExistsException: ["attribute:email", "attribute:phone_number"],
};

function fieldError(errors: FieldErrors<Values>, key: NewPasswordFieldKey): string | undefined {
  if (key === "newPassword" || key === "confirmPassword") return errors[key]?.message;
  return errors.attributes?.[key.slice("attribute:".length)]?.message;
}

/**
 * NEW_PASSWORD_REQUIRED: new password, its confirmation, and one field per required attribute.
 * Answers `{ newPassword, attributes }` (attributes only when there are any to send).
 *
 * @selector [data-scope="new-password-challenge"][data-part="root"]
 */
export function Root(props: NewPasswordRootProps): JSX.Element {
  const {
    challenge,
    respond,
    isPending,
    error,
    restart,
    expiresAt: _expiresAt,
    passwordPolicy,
    validate,
    ...formProps
  } = props;
  const messages = useAreaMessages(newPasswordMessages);
  const { message } = messages;
  const ids = useScreenIds();
  const base = useId();
  const guard = useChallengeSubmit({ respond, restart, isPending, error });
  const { requiredAttributes, userAttributes } = challenge;
  const form = useForm<Values>({
    defaultValues: {
      newPassword: "",
      confirmPassword: "",
      attributes: Object.fromEntries(
        requiredAttributes.map((name) => [name, userAttributes[name] ?? ""]),
      ),
    },
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  const [isVisible, setVisible] = useState(false);
  const newPassword = form.watch("newPassword");
  const checks =
    passwordPolicy === undefined ? undefined : checkPasswordPolicy(newPassword, passwordPolicy);
  const isPolicyMet = checks?.every((check) => check.met) ?? true;
  const policyId = `${base}-policy`;

  const onValid = useCallback(
    async (values: Values) => {
      const attributes = toAttributeAnswer(values.attributes, userAttributes);
      await guard.submit(
        Object.keys(attributes).length === 0
          ? { newPassword: values.newPassword }
          : { newPassword: values.newPassword, attributes },
      );
    },
    [guard.submit, userAttributes],
  );

  const serverErrorText =
    guard.error === undefined ? undefined : formatErrorText(guard.error, messages);
  const serverFields =
    guard.error === undefined ? [] : (SERVER_ERROR_FIELDS[guard.error.code] ?? []);
  const { errors } = form.formState;

  const getField = (key: NewPasswordFieldKey): NewPasswordFieldEntry => {
    const slug = key.replace(/[^\w-]/g, "_");
    const fieldIds = {
      input: `${base}-${slug}-input`,
      label: `${base}-${slug}-label`,
      hint: `${base}-${slug}-hint`,
      error: `${base}-${slug}-error`,
    };
    // A message key from the built-in checks, or the app's own text from `validate`.
    const errorKey = fieldError(errors, key);
    const errorText =
      errorKey === undefined ? undefined : messages.has(errorKey) ? message(errorKey) : errorKey;
    const hasServerError = serverFields.includes(key);
    const isInvalid = errorText !== undefined || hasServerError;
    let label: string;
    let hint: string | undefined;
    let inputProps: Record<string, unknown>;
    if (key === "newPassword" || key === "confirmPassword") {
      const isNew = key === "newPassword";
      label = message(isNew ? "newPassword.label" : "newPassword.confirmLabel");
      const registration = isNew
        ? form.register("newPassword", {
            deps: ["confirmPassword"],
            validate: (value) =>
              value === ""
                ? "newPassword.error.required"
                : passwordPolicy !== undefined &&
                    checkPasswordPolicy(value, passwordPolicy).some((check) => !check.met)
                  ? "newPassword.error.policy"
                  : (validate?.newPassword?.(value) ?? true),
          })
        : form.register("confirmPassword", {
            validate: (value, values) =>
              value === ""
                ? "newPassword.error.confirmRequired"
                : value !== values.newPassword
                  ? "newPassword.error.mismatch"
                  : true,
          });
      inputProps = {
        ...registration,
        ...passwordInputProps(isVisible, "new-password"),
        "aria-describedby": describedBy(
          isNew && checks !== undefined && policyId,
          errorText !== undefined && fieldIds.error,
          hasServerError && ids.error,
        ),
      };
    } else {
      const name = key.slice("attribute:".length);
      const spec = attributeSpec(name);
      const labelKey = `newPassword.attribute.${name}`;
      label = messages.has(labelKey) ? message(labelKey) : customAttributeLabel(name);
      hint = spec.hint === undefined ? undefined : message(`newPassword.hint.${spec.hint}`);
      const isRequired = requiredAttributes.includes(name);
      const registration = form.register(`attributes.${name}`, {
        validate: (raw) => {
          const value = (raw ?? "").trim();
          if (value === "") return isRequired ? "common.required" : true;
          if (!isValidAttributeValue(spec, value)) return `newPassword.error.${spec.check}`;
          return validate?.[name]?.(value) ?? true;
        },
      });
      inputProps = {
        ...registration,
        type: spec.type,
        autoComplete: spec.autoComplete ?? "off",
        inputMode: spec.inputMode,
        required: isRequired,
        // Phone numbers, addresses and URLs read left to right inside RTL layouts too.
        dir: spec.type === "text" ? undefined : "ltr",
        "aria-describedby": describedBy(
          hint !== undefined && fieldIds.hint,
          errorText !== undefined && fieldIds.error,
          hasServerError && ids.error,
        ),
      };
    }
    return {
      key,
      ids: fieldIds,
      label,
      hint,
      errorText,
      isInvalid,
      inputProps: {
        ...inputProps,
        id: fieldIds.input,
        "aria-invalid": isInvalid ? true : undefined,
      },
    };
  };

  const isInvalid = Object.keys(errors).length > 0 || serverFields.length > 0;
  const renderState: NewPasswordRenderState = {
    challengeName: challenge.name,
    isPending: guard.isPending,
    isInvalid,
    recovery: guard.error?.recovery,
    isVisible,
    isPolicyMet,
  };
  const context: NewPasswordContextValue = {
    getField,
    requiredAttributes,
    checks,
    policyId,
    isVisible,
    toggle: () => setVisible((visible) => !visible),
  };

  return renderScreenRoot(
    {
      scope: NEW_PASSWORD_SCOPE,
      own: context,
      ids,
      renderState,
      texts: {
        title: message("newPassword.title"),
        description: message("newPassword.description"),
        submit: message("newPassword.submit"),
      },
      errorText: serverErrorText,
      restart: () => void guard.restart(),
      onSubmit: form.handleSubmit(onValid),
    },
    formProps,
  );
}
