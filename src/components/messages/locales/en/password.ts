/** Texts of the PasswordChallenge screen (PASSWORD, PASSWORD_SRP). */
export const password = {
  "password.title": "Enter your password",
  "password.description": "Enter the password of your account to continue.",
  "password.label": "Password",
  "password.toggle": "Show password",
  "password.error.required": "Enter your password.",
  "password.submit": "Sign in",
};
