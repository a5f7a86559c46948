/** Texts of `<ChallengeRouter>`'s fallback for a challenge this library has no screen for. */
export const router = {
  "router.unknownTitle": "This step can't be shown",
  "router.unknown": "The sign-in asked for a step named {name}, which this app can't show.",
  "router.loading": "Loading…",
  "router.loadFailed": "This step couldn't be loaded. Check your connection and try again.",
  "router.retry": "Try again",
};
