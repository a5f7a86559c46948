import type { LocaleArea } from "../../types";
import type { totpSetup as english } from "../en/totp-setup";

/** 日本語: 多要素認証の設定 (方法の選択と認証アプリ)。 */
export const totpSetup: LocaleArea<typeof english> = {
  "mfaSetup.title": "サインインに 2 つ目の手順を追加",
  "mfaSetup.description":
    "このアカウントでは、サインイン時に 2 つ目の手順が必要です。コードの受け取り方法を選んでください。",
  "mfaSetup.legend": "コードの受け取り方法",
  "mfaSetup.option.SOFTWARE_TOKEN_MFA": "認証アプリ",
  "mfaSetup.option.EMAIL_OTP": "メール",
  "mfaSetup.optionDescription.SOFTWARE_TOKEN_MFA": "スマートフォンのアプリに表示されるコード。",
  "mfaSetup.optionDescription.EMAIL_OTP": "メールアドレスに送信されるコード。",
  "mfaSetup.error.required": "続けるにはいずれかを選んでください。",
  "mfaSetup.submit": "続行",
  "mfaSetup.unavailableTitle": "電話番号が必要です",
  "mfaSetup.unavailable":
    "このアカウントでは SMS のコードしか使えず、サインイン中には設定できません。アカウントに電話番号を追加してから、もう一度サインインしてください。",

  "totpSetup.title": "認証アプリを設定",
  "totpSetup.instructions":
    "認証アプリで QR コードを読み取るか、セットアップキーを手入力してください。その後、アプリに表示されたコードを入力してください。",
  "totpSetup.preparing": "セットアップキーを準備しています…",
  "totpSetup.qrLabel": "{account} を認証アプリに追加するための QR コード",
  "totpSetup.qrLoading": "QR コードを読み込んでいます…",
  "totpSetup.qrFailed":
    "QR コードを表示できませんでした。代わりにセットアップキーを入力してください。",
  "totpSetup.secretLabel": "セットアップキー",
  "totpSetup.copy": "キーをコピー",
  "totpSetup.copied": "セットアップキーをコピーしました。",
  "totpSetup.copyManual":
    "セットアップキーを選択しました。Ctrl+C (または ⌘C) でコピーしてください。",
  "totpSetup.openApp": "認証アプリで開く",
  "totpSetup.codeLabel": "アプリのコード",
  "totpSetup.codeDescription":
    "アプリに表示される {issuer} の {length} 桁のコードを入力してください。",
  "totpSetup.deviceNameLabel": "この認証アプリの名前 (任意)",
  "totpSetup.deviceNameDescription": "認証アプリを見分けるための名前です (例:「仕事用スマホ」)。",
  "totpSetup.error.required": "アプリのコードを入力してください。",
  "totpSetup.error.incomplete": "{length} 桁すべてを入力してください。",
  "totpSetup.submit": "確認して有効にする",
};
