/** Texts of the EmailSetup screen (MFA_SETUP by email). */
export const emailSetup = {
  "emailSetup.title": "Set up email codes",
  "emailSetup.description":
    "Enter the email address where you want to get your sign-in codes. We'll send a code to check it.",
  "emailSetup.label": "Email address",
  "emailSetup.error.required": "Enter your email address.",
  "emailSetup.error.invalid": "Enter an email address like name@example.com.",
  "emailSetup.submit": "Send code",
};
