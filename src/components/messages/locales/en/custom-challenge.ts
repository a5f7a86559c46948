/** Texts of the CustomChallenge screen (CUSTOM_CHALLENGE). */
export const customChallenge = {
  "customChallenge.title": "Answer to continue",
  "customChallenge.parameters": "Challenge details",
  "customChallenge.label": "Your answer",
  "customChallenge.error.required": "Enter your answer.",
  "customChallenge.submit": "Continue",
};
