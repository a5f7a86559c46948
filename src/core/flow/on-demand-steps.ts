// Loaded on demand by the flow (`sign-in.effects.ts`): the steps few
// sign-ins take (passkeys, TOTP set-up, a new or remembered device). The `on-demand-*` modules are
// exactly the dynamic-import targets, so their chunks are easy to tell apart (and left out of the
// first download's size-limit entry). One module, not one per step: a bundler that splits by
// importer (esbuild) then keeps the code these steps share with the flow in one chunk.
export { confirmDevice, updateDeviceStatus } from "./sign-in.device-confirm";
export { authenticate, registerPasskey } from "./sign-in.passkey";
export { associateTotp, verifyTotp } from "./sign-in.totp";
