/** Every operation the emulator answers, by its X-Amz-Target name. */
import type { Operation } from "../env";
import { confirmDevice, forgetDevice, getDevice, listDevices, updateDeviceStatus } from "./devices";
import { initiateAuth } from "./initiate-auth";
import {
  createUserPool,
  createUserPoolClient,
  describeUserPool,
  describeUserPoolClient,
  getUserPoolMfaConfig,
  setUserPoolMfaConfig,
} from "./pool-admin";
import { getTokensFromRefreshToken } from "./refresh";
import { respondToAuthChallenge } from "./respond-to-auth-challenge";
import { associateSoftwareToken, verifySoftwareToken } from "./software-token";
import {
  adminCreateUser,
  adminDeleteUser,
  adminDisableUser,
  adminEnableUser,
  adminGetUser,
  adminSetUserMfaPreference,
  adminSetUserPassword,
  adminUpdateUserAttributes,
} from "./user-admin";
import { getUser, setUserMfaPreference } from "./user-self";
import {
  completeWebAuthnRegistration,
  deleteWebAuthnCredential,
  listWebAuthnCredentials,
  startWebAuthnRegistration,
} from "./webauthn-registration";

export const OPERATIONS: Readonly<Record<string, Operation>> = {
  CreateUserPool: createUserPool,
  DescribeUserPool: describeUserPool,
  SetUserPoolMfaConfig: setUserPoolMfaConfig,
  GetUserPoolMfaConfig: getUserPoolMfaConfig,
  CreateUserPoolClient: createUserPoolClient,
  DescribeUserPoolClient: describeUserPoolClient,
  AdminCreateUser: adminCreateUser,
  AdminGetUser: adminGetUser,
  AdminSetUserPassword: adminSetUserPassword,
  AdminUpdateUserAttributes: adminUpdateUserAttributes,
  AdminSetUserMFAPreference: adminSetUserMfaPreference,
  AdminDeleteUser: adminDeleteUser,
  AdminDisableUser: adminDisableUser,
  AdminEnableUser: adminEnableUser,
  InitiateAuth: initiateAuth,
  RespondToAuthChallenge: respondToAuthChallenge,
  GetTokensFromRefreshToken: getTokensFromRefreshToken,
  AssociateSoftwareToken: associateSoftwareToken,
  VerifySoftwareToken: verifySoftwareToken,
  ConfirmDevice: confirmDevice,
  UpdateDeviceStatus: updateDeviceStatus,
  ForgetDevice: forgetDevice,
  GetDevice: getDevice,
  ListDevices: listDevices,
  GetUser: getUser,
  SetUserMFAPreference: setUserMfaPreference,
  StartWebAuthnRegistration: startWebAuthnRegistration,
  CompleteWebAuthnRegistration: completeWebAuthnRegistration,
  ListWebAuthnCredentials: listWebAuthnCredentials,
  DeleteWebAuthnCredential: deleteWebAuthnCredential,
};
