export type { CountdownPhase } from "./countdown.logic";
export {
  SessionCountdown,
  type SessionCountdownProps,
  type SessionCountdownRenderState,
} from "./session-countdown";
export {
  type SessionCountdownOptions,
  type SessionCountdownState,
  useSessionCountdown,
} from "./use-session-countdown";
