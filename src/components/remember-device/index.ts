"use client";
export { RememberDeviceScreen as Default, RememberDeviceScreen } from "./default-screen";
/**
 * RememberDevice: the REMEMBER_DEVICE step ("Remember this device?") after a sign-in on a
 * device Cognito tracks in opt-in mode.
 *
 * @example
 * ```tsx
 * <RememberDevice.Root {...props}>
 *   <RememberDevice.Title />
 *   <RememberDevice.Description />
 *   <RememberDevice.Error />
 *   <RememberDevice.Remember />
 *   <RememberDevice.DontRemember />
 * </RememberDevice.Root>
 * ```
 */
export {
  DontRemember,
  Remember,
  type RememberDeviceRenderState,
  Root,
  type RootProps,
} from "./remember-device";
export {
  Description,
  ErrorMessage as Error,
  Restart,
  Status,
  Title,
} from "./screen-parts";
