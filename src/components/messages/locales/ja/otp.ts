import type { LocaleArea } from "../../types";
import type { otp as english } from "../en/otp";

/** 日本語: ワンタイムコード。 */
export const otp: LocaleArea<typeof english> = {
  "otp.title.SMS_MFA": "SMS で届いたコードを入力してください",
  "otp.title.SMS_OTP": "SMS で届いたコードを入力してください",
  "otp.title.EMAIL_OTP": "メールを確認してください",
  "otp.title.SOFTWARE_TOKEN_MFA": "認証アプリのコードを入力してください",
  "otp.description.SMS": "{destination} に {length} 桁のコードを SMS で送信しました。",
  "otp.description.EMAIL": "{destination} に {length} 桁のコードをメールで送信しました。",
  "otp.description.other": "{destination} に {length} 桁のコードを送信しました。",
  "otp.description.unknown": "{length} 桁のコードを送信しました。",
  "otp.description.totp": "認証アプリに表示されている {length} 桁のコードを入力してください。",
  "otp.description.totpDevice": "{device} に表示されている {length} 桁のコードを入力してください。",
  "otp.label": "確認コード",
  "otp.status": "{length} 桁中 {count} 桁を入力済み",
  "otp.error.required": "コードを入力してください。",
  "otp.error.incomplete": "{length} 桁すべてを入力してください。",
  "otp.submit": "確認",
  "otp.resend": "新しいコードを送信",
  "otp.resendCooldown": "{time}に新しいコードをリクエストできます。",
  "otp.resendHint":
    "新しいコードをリクエストすると、サインインを最初からやり直します。ユーザー名はそのまま使われます。",
};
