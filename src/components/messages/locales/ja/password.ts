import type { LocaleArea } from "../../types";
import type { password as english } from "../en/password";

/** 日本語: パスワード。 */
export const password: LocaleArea<typeof english> = {
  "password.title": "パスワードを入力してください",
  "password.description": "続行するには、アカウントのパスワードを入力してください。",
  "password.label": "パスワード",
  "password.toggle": "パスワードを表示",
  "password.error.required": "パスワードを入力してください。",
  "password.submit": "サインイン",
};
