import {
  type ComponentType,
  createContext,
  type JSX,
  type ReactNode,
  useContext,
  useMemo,
} from "react";
import type { ChallengeComponentOverrides, UnknownChallengeProps } from "./challenge-components";

/** What `<ChallengeComponentsProvider>`s have set, innermost first. */
export interface ProvidedChallengeComponents {
  /** Override maps, innermost provider first (it wins). */
  readonly layers: readonly ChallengeComponentOverrides[];
  readonly fallback: ComponentType<UnknownChallengeProps> | undefined;
}

const EMPTY: ProvidedChallengeComponents = { layers: [], fallback: undefined };

const ChallengeComponentsContext = createContext<ProvidedChallengeComponents>(EMPTY);

/** Props of {@link ChallengeComponentsProvider}. */
export interface ChallengeComponentsProviderProps {
  /** Screens to use instead of the defaults, typed per step (no casts). */
  readonly components?: ChallengeComponentOverrides | undefined;
  /** The screen for a challenge this library does not know. */
  readonly fallback?: ComponentType<UnknownChallengeProps> | undefined;
  readonly children?: ReactNode;
}

/**
 * Replaces screens for every `<ChallengeRouter>` (and `<SignIn>`) below it, app-wide: a design
 * system sets its screens once here. Providers nest; the inner one wins per step, and a router's
 * own `components` prop wins over all of them.
 *
 * @example
 * ```tsx
 * <ChallengeComponentsProvider components={{ SMS_MFA: DsOtp, EMAIL_OTP: DsOtp }}>
 *   <SignIn />
 * </ChallengeComponentsProvider>
 * ```
 */
export function ChallengeComponentsProvider({
  components,
  fallback,
  children,
}: ChallengeComponentsProviderProps): JSX.Element {
  const outer = useContext(ChallengeComponentsContext);
  const value = useMemo<ProvidedChallengeComponents>(
    () => ({
      layers: components === undefined ? outer.layers : [components, ...outer.layers],
      fallback: fallback ?? outer.fallback,
    }),
    [components, fallback, outer],
  );
  return (
    <ChallengeComponentsContext.Provider value={value}>
      {children}
    </ChallengeComponentsContext.Provider>
  );
}

/** The maps and fallback set by the `<ChallengeComponentsProvider>`s around the caller. */
export function useProvidedChallengeComponents(): ProvidedChallengeComponents {
  return useContext(ChallengeComponentsContext);
}
