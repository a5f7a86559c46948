// Loaded on demand by the default map (`default-challenge-components.ts`): the `on-demand-*`
// modules are exactly the dynamic-import targets, so their chunks are easy to tell apart.
export { OtpChallengeScreen } from "../otp-challenge/default";
