/** Fixed ids and passwords of the demo pool (public demo material). */

/** Every demo user's password (temporary password for the new-password user). */
export const DEMO_PASSWORD = "Passw0rd!";
export const DEMO_TEMPORARY_PASSWORD = "Temp-Passw0rd!";

export const DEMO_POOL_ID = "us-east-1_CcUiDemo1";
export const DEMO_TOTP_POOL_ID = "us-east-1_CcUiDemo2";
export const DEMO_EMAIL_POOL_ID = "us-east-1_CcUiDemo3";

export const DEMO_CLIENT_ID = "demowebclient0000000000001";
export const DEMO_CUSTOM_CLIENT_ID = "democustomclient0000000001";
export const DEMO_SECRET_CLIENT_ID = "demosecretclient0000000001";
export const DEMO_CLIENT_SECRET = "demosecret00000000000000000000000000000000000000000";
export const DEMO_TOTP_CLIENT_ID = "demototpclient000000000001";
export const DEMO_EMAIL_CLIENT_ID = "demoemailclient00000000001";
