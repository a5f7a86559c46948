// Loaded on demand by the start form when passkey autofill is on (see `root.tsx`): the
// `on-demand-*` modules are exactly the dynamic-import targets.
export { waitForPickedPasskey } from "./passkey-autofill";
