import type { LocaleArea } from "../../types";
import type { mfaSelect as english } from "../en/mfa-select";

/** 日本語: 方法の選択。 */
export const mfaSelect: LocaleArea<typeof english> = {
  "mfaSelect.title.SELECT_MFA_TYPE": "本人確認の方法を選んでください",
  "mfaSelect.title.SELECT_CHALLENGE": "サインイン方法を選んでください",
  "mfaSelect.legend.SELECT_MFA_TYPE": "確認方法",
  "mfaSelect.legend.SELECT_CHALLENGE": "サインイン方法",
  "mfaSelect.option.SMS_MFA": "SMS",
  "mfaSelect.option.SOFTWARE_TOKEN_MFA": "認証アプリ",
  "mfaSelect.option.EMAIL_OTP": "メール",
  "mfaSelect.option.SMS_OTP": "SMS",
  "mfaSelect.option.PASSWORD": "パスワード",
  "mfaSelect.option.WEB_AUTHN": "パスキー",
  "mfaSelect.optionDescription.SMS_MFA": "電話でコードを受け取ります。",
  "mfaSelect.optionDescription.SOFTWARE_TOKEN_MFA": "認証アプリのコードを使います。",
  "mfaSelect.optionDescription.EMAIL_OTP": "メールでコードを受け取ります。",
  "mfaSelect.optionDescription.SMS_OTP": "電話でコードを受け取ります。",
  "mfaSelect.optionDescription.PASSWORD": "パスワードでサインインします。",
  "mfaSelect.optionDescription.WEB_AUTHN": "指紋、顔、または画面ロックを使います。",
  "mfaSelect.error.required": "続行するには、いずれかを選んでください。",
  "mfaSelect.empty":
    "お使いのアカウントで利用できる方法がありません。最初からやり直すか、サポートにお問い合わせください。",
  "mfaSelect.submit": "続行",
};
