/**
 * Drives amazon-cognito-identity-js's `AuthenticationHelper` exactly as its `CognitoUser` does
 * (authenticateUserDefaultAuth, getDeviceResponse, setDeviceStatusRemembered), with the same
 * inputs as our side. Node-only (cross-checks and bench/srp.bench.ts); the classic SDK is a
 * devDependency for this and nothing else.
 *
 * Its randomness comes from `crypto.getRandomValues(new Uint32Array(1))`, one 32-bit word per 4
 * bytes, big-endian within a word (utils/WordArray.js): `withRandomBytes` feeds it chosen bytes
 * that way, so the helper "draws" exactly the a, device password or salt we want.
 */
import { createRequire } from "node:module";

interface ClassicBigInteger {
  toString(radix: number): string;
}
type NodeCallback<T> = (error: unknown, value: T) => void;
interface ClassicHelper {
  getLargeAValue(callback: NodeCallback<ClassicBigInteger>): void;
  getPasswordAuthenticationKey(
    username: string,
    password: string,
    serverB: ClassicBigInteger,
    salt: ClassicBigInteger,
    callback: NodeCallback<Uint8Array>,
  ): void;
  generateHashDevice(deviceGroupKey: string, username: string, callback: NodeCallback<null>): void;
  getRandomPassword(): string;
  getSaltDevices(): string;
  getVerifierDevices(): string;
  padHex(value: ClassicBigInteger): string;
}
/** Node-style Buffer (the `buffer` package); only these members are used. */
interface ClassicBuffer {
  toString(encoding: "base64" | "hex"): string;
}
interface ClassicModules {
  AuthenticationHelper: new (poolName: string) => ClassicHelper;
  DateHelper: new () => { getNowString(): string };
  BigInteger: new (value: string, radix: number) => ClassicBigInteger;
  Sha256: new (
    secret?: Uint8Array,
  ) => { update(data: ClassicBuffer): void; digestSync(): Uint8Array };
  Buffer: {
    from(value: string, encoding: "utf8" | "base64" | "hex"): ClassicBuffer;
    from(value: Uint8Array): ClassicBuffer;
    concat(parts: readonly ClassicBuffer[]): ClassicBuffer;
  };
}

function loadClassic(): ClassicModules {
  const require = createRequire(import.meta.url);
  const entry = require.resolve("amazon-cognito-identity-js");
  // The same Sha256 and Buffer the classic SDK itself uses (its own dependencies).
  const fromClassic = createRequire(entry);
  const sdk = require(entry) as Pick<ClassicModules, "AuthenticationHelper" | "DateHelper">;
  return {
    AuthenticationHelper: sdk.AuthenticationHelper,
    DateHelper: sdk.DateHelper,
    BigInteger: (fromClassic("./BigInteger") as { default: ClassicModules["BigInteger"] }).default,
    Sha256: (fromClassic("@aws-crypto/sha256-js") as Pick<ClassicModules, "Sha256">).Sha256,
    Buffer: (fromClassic("buffer") as Pick<ClassicModules, "Buffer">).Buffer,
  };
}

const classic: ClassicModules = loadClassic();

/** Runs `action` while `crypto.getRandomValues` hands out `bytes` (then restores it). */
export function withRandomBytes<T>(bytes: Uint8Array, action: () => T): T {
  const webCrypto = globalThis.crypto;
  let offset = 0;
  const fake = <A extends ArrayBufferView | null>(array: A): A => {
    if (!(array instanceof Uint32Array)) throw new Error("classic SDK asked for a non-Uint32Array");
    for (let i = 0; i < array.length; i++) {
      if (offset + 4 > bytes.length) throw new Error("classic SDK asked for more random bytes");
      array[i] =
        (((bytes[offset] as number) << 24) |
          ((bytes[offset + 1] as number) << 16) |
          ((bytes[offset + 2] as number) << 8) |
          (bytes[offset + 3] as number)) >>>
        0;
      offset += 4;
    }
    return array;
  };
  Object.defineProperty(webCrypto, "getRandomValues", { value: fake, configurable: true });
  try {
    const result = action();
    if (offset !== bytes.length) throw new Error("classic SDK used fewer random bytes than given");
    return result;
  } finally {
    Reflect.deleteProperty(webCrypto, "getRandomValues");
  }
}

/** A classic helper with its own random a (what `new AuthenticationHelper` does), and its SRP_A. */
export interface ClassicEphemeral {
  readonly helper: ClassicHelper;
  readonly srpA: string;
}

/**
 * `new AuthenticationHelper(groupName)`: the constructor draws a (128 random bytes) and computes
 * A. With `aBytes` (128 bytes) the draw returns those bytes. SRP_A as CognitoUser sends it.
 */
export function classicEphemeral(groupName: string, aBytes?: Uint8Array): ClassicEphemeral {
  const helper = aBytes
    ? withRandomBytes(aBytes, () => new classic.AuthenticationHelper(groupName))
    : new classic.AuthenticationHelper(groupName);
  let srpA = "";
  helper.getLargeAValue((error, A) => {
    if (error) throw error;
    srpA = A.toString(16);
  });
  return { helper, srpA };
}

export interface ClassicClaimInput {
  readonly group: string;
  readonly identity: string;
  readonly password: string;
  readonly salt: string;
  readonly srpB: string;
  readonly secretBlock: string;
}

/**
 * CognitoUser's PASSWORD_VERIFIER (and DEVICE_PASSWORD_VERIFIER) step: the HKDF key from
 * getPasswordAuthenticationKey, `DateHelper.getNowString()`, then HMAC over group ‖ identity ‖
 * SECRET_BLOCK ‖ TIMESTAMP with @aws-crypto/sha256-js, base64.
 */
export function classicClaim(
  ephemeral: ClassicEphemeral,
  input: ClassicClaimInput,
): { signature: string; timestamp: string } {
  let key: Uint8Array | undefined;
  ephemeral.helper.getPasswordAuthenticationKey(
    input.identity,
    input.password,
    new classic.BigInteger(input.srpB, 16),
    new classic.BigInteger(input.salt, 16),
    (error, hkdf) => {
      if (error) throw error;
      key = hkdf;
    },
  );
  if (!key) throw new Error("classic getPasswordAuthenticationKey gave no key");
  const timestamp = new classic.DateHelper().getNowString();
  const message = classic.Buffer.concat([
    classic.Buffer.from(input.group, "utf8"),
    classic.Buffer.from(input.identity, "utf8"),
    classic.Buffer.from(input.secretBlock, "base64"),
    classic.Buffer.from(timestamp, "utf8"),
  ]);
  const hmac = new classic.Sha256(key);
  hmac.update(message);
  return { signature: classic.Buffer.from(hmac.digestSync()).toString("base64"), timestamp };
}

/**
 * CognitoUser's device confirmation: `generateHashDevice(DeviceGroupKey, DeviceKey)` drawing 40
 * password bytes then 16 salt bytes, and the DeviceSecretVerifierConfig it builds from them.
 */
export function classicDeviceVerifier(
  deviceGroupKey: string,
  deviceKey: string,
  passwordBytes: Uint8Array,
  saltBytes: Uint8Array,
): { devicePassword: string; PasswordVerifier: string; Salt: string } {
  // CognitoUser builds a fresh helper for this, whose constructor also draws an a and computes
  // A (~0.2 s of work the verifier never uses). Feeding it 128 zero bytes makes a = 0, for which
  // the classic modPow returns at once; nothing below reads a or A.
  const helper = classicEphemeral(deviceGroupKey, new Uint8Array(128)).helper;
  const random = new Uint8Array(passwordBytes.length + saltBytes.length);
  random.set(passwordBytes);
  random.set(saltBytes, passwordBytes.length);
  withRandomBytes(random, () =>
    helper.generateHashDevice(deviceGroupKey, deviceKey, (error) => {
      if (error) throw error;
    }),
  );
  return {
    devicePassword: helper.getRandomPassword(),
    PasswordVerifier: classic.Buffer.from(helper.getVerifierDevices(), "hex").toString("base64"),
    Salt: classic.Buffer.from(helper.getSaltDevices(), "hex").toString("base64"),
  };
}

/** The classic helper's padHex on a native bigint (negative values included). */
export function classicPadHex(value: bigint): string {
  const helper = sharedHelper();
  const digits = value < 0n ? `-${(-value).toString(16)}` : value.toString(16);
  return helper.padHex(new classic.BigInteger(digits, 16));
}

let helperForPadHex: ClassicHelper | undefined;
function sharedHelper(): ClassicHelper {
  helperForPadHex ??= classicEphemeral("pool", new Uint8Array(128)).helper;
  return helperForPadHex;
}

/** The classic SDK's `DateHelper.getNowString()` (reads the clock; fake it to choose the moment). */
export function classicNowString(): string {
  return new classic.DateHelper().getNowString();
}
