/** Texts of the RememberDevice step (REMEMBER_DEVICE). */
export const rememberDevice = {
  "rememberDevice.title": "Remember this device?",
  "rememberDevice.description":
    "If you remember it, you may not be asked for a verification code when you sign in here again. Don't remember a shared or public device.",
  "rememberDevice.remember": "Remember this device",
  "rememberDevice.dontRemember": "Not now",
};
