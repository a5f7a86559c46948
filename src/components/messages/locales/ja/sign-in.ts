import type { LocaleArea } from "../../types";
import type { signIn as english } from "../en/sign-in";

/** 日本語: サインインフォームと結果。 */
export const signIn: LocaleArea<typeof english> = {
  "signIn.title": "サインイン",
  "signIn.username": "ユーザー名",
  "signIn.password": "パスワード",
  "signIn.showPassword": "パスワードを表示",
  "signIn.error.usernameRequired": "ユーザー名を入力してください。",
  "signIn.error.passwordRequired": "パスワードを入力してください。",
  "signIn.submit": "サインイン",
  "signIn.passkey": "パスキーでサインイン",
  "signIn.signedInTitle": "サインインしました",
  "signIn.failedTitle": "サインインできませんでした",
};
