import type { LocaleArea } from "../../types";
import type { emailSetup as english } from "../en/email-setup";

/** 日本語: メールでのコード受け取りの設定。 */
export const emailSetup: LocaleArea<typeof english> = {
  "emailSetup.title": "メールでのコード受け取りを設定",
  "emailSetup.description":
    "サインイン用のコードを受け取るメールアドレスを入力してください。確認のためにコードを送信します。",
  "emailSetup.label": "メールアドレス",
  "emailSetup.error.required": "メールアドレスを入力してください。",
  "emailSetup.error.invalid": "name@example.com のような形式でメールアドレスを入力してください。",
  "emailSetup.submit": "コードを送信",
};
