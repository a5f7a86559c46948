/** Texts of the start form and of `<SignIn>` (signed in, failed). */
export const signIn = {
  "signIn.title": "Sign in",
  "signIn.username": "Username",
  "signIn.password": "Password",
  "signIn.showPassword": "Show password",
  "signIn.error.usernameRequired": "Enter your username.",
  "signIn.error.passwordRequired": "Enter your password.",
  "signIn.submit": "Sign in",
  "signIn.passkey": "Sign in with a passkey",
  "signIn.signedInTitle": "You're signed in",
  "signIn.failedTitle": "Sign-in didn't work",
};
