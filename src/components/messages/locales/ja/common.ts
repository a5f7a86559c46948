import type { LocaleArea } from "../../types";
import type { common as english } from "../en/common";

/** 日本語: 共通のテキストとエラーメッセージ。 */
export const common: LocaleArea<typeof english> = {
  "common.submit": "続行",
  "common.sending": "送信中…",
  "common.restart": "最初からやり直す",
  "common.required": "この項目は必須です。",
  "common.tryAgainIn": "{time}に再試行できます。",
  "common.tryAgainLater": "しばらくしてからもう一度お試しください。",
  "common.sessionTimeLeft": "この手順の残り時間: {time}",
  "common.sessionExpiring": "この手順を完了するまでの残り時間は 1 分未満です。",
  "common.sessionExpired": "この手順の制限時間が過ぎました。続けるには最初からやり直してください。",

  "error.AliasExistsException":
    "このメールアドレスまたは電話番号は、すでに別のアカウントで使われています。",
  "error.CodeDeliveryFailureException":
    "コードを送信できませんでした。しばらくしてから再試行するか、別の方法を選んでください。",
  "error.CodeMismatchException": "コードが正しくありません。確認してもう一度お試しください。",
  "error.ConcurrentModificationException":
    "アカウントが同時に変更されていました。もう一度お試しください。",
  "error.DeviceKeyExistsException": "このデバイスはすでに記憶されています。",
  "error.EnableSoftwareTokenMFAException":
    "認証アプリのコードと一致しません。現在のコードを入力してもう一度お試しください。",
  "error.ExpiredCodeException":
    "このコードの有効期限が切れました。新しいコードを受け取るには最初からやり直してください。",
  "error.FeatureUnavailableInTierException": "このサインイン方法はこのアプリでは利用できません。",
  "error.ForbiddenException": "リクエストがブロックされました。しばらくしてからお試しください。",
  "error.InternalErrorException": "サーバー側で問題が発生しました。もう一度お試しください。",
  "error.InvalidEmailRoleAccessPolicyException": "設定の問題により、現在メールを送信できません。",
  "error.InvalidLambdaResponseException": "設定の問題により、サインインを完了できませんでした。",
  "error.InvalidParameterException":
    "リクエストを処理できませんでした。最初からやり直してください。",
  "error.InvalidPasswordException": "このパスワードはパスワードの要件を満たしていません。",
  "error.InvalidSmsRoleAccessPolicyException": "設定の問題により、現在 SMS を送信できません。",
  "error.InvalidSmsRoleTrustRelationshipException": "設定の問題により、現在 SMS を送信できません。",
  "error.InvalidUserPoolConfigurationException": "このアプリのサインイン設定が正しくありません。",
  "error.LimitExceededException": "試行回数が多すぎます。",
  "error.MFAMethodNotFoundException":
    "この確認方法はアカウントに設定されていません。最初からやり直して別の方法を選んでください。",
  "error.NotAuthorizedException": "ユーザー名またはパスワードが正しくありません。",
  "error.NotAuthorizedException.expiredSession":
    "サインインのセッションが期限切れになりました。続けるには最初からやり直してください。",
  "error.NotAuthorizedException.attemptsExceeded": "失敗した試行が多すぎます。",
  "error.OperationNotEnabledException": "このサインイン方法はこのアプリで有効になっていません。",
  "error.PasswordHistoryPolicyViolationException":
    "このパスワードは最近使用されています。別のパスワードを選んでください。",
  "error.PasswordResetRequiredException":
    "サインインする前にパスワードをリセットする必要があります。",
  "error.RefreshTokenReuseException": "セッションが終了しました。もう一度サインインしてください。",
  "error.ResourceNotFoundException":
    "サインインに必要な情報が見つかりませんでした。最初からやり直してください。",
  "error.SoftwareTokenMFANotFoundException": "アカウントに認証アプリが設定されていません。",
  "error.TooManyFailedAttemptsException": "失敗した試行が多すぎます。",
  "error.TooManyRequestsException": "現在リクエストが多すぎます。",
  "error.UnexpectedLambdaException": "設定の問題により、サインインを完了できませんでした。",
  "error.UnsupportedOperationException": "この操作はお使いのアカウントではサポートされていません。",
  "error.UserLambdaValidationException": "サインインが拒否されました。",
  "error.UserLambdaValidationException.detail": "サインインが拒否されました: {detail}",
  "error.UserNotConfirmedException":
    "アカウントはまだ確認されていません。サインインする前に確認してください。",
  "error.UserNotFoundException": "ユーザー名またはパスワードが正しくありません。",
  "error.UsernameExistsException": "このユーザー名のアカウントはすでに存在します。",
  "error.WebAuthnChallengeNotFoundException":
    "パスキーのリクエストが期限切れになりました。もう一度お試しください。",
  "error.WebAuthnClientMismatchException": "パスキーのリクエストは別のアプリから送信されました。",
  "error.WebAuthnConfigurationMissingException": "このアプリではパスキーが設定されていません。",
  "error.WebAuthnCredentialNotSupportedException": "このパスキーはサポートされていません。",
  "error.WebAuthnNotEnabledException": "このアプリではパスキーが有効になっていません。",
  "error.WebAuthnOriginNotAllowedException": "このウェブサイトではパスキーを使用できません。",
  "error.WebAuthnRelyingPartyMismatchException": "このパスキーは別のウェブサイトのものです。",

  "error.NetworkError": "サーバーに接続できませんでした。接続を確認してもう一度お試しください。",
  "error.ProtocolError": "予期しない応答を受け取りました。最初からやり直してください。",
  "error.ExpiredSession": "この手順の制限時間が過ぎました。続けるには最初からやり直してください。",
  "error.UnknownChallenge": "このサインイン手順はこのアプリではサポートされていません。",
  "error.WebAuthnCancelled": "パスキーのリクエストがキャンセルされたか、タイムアウトしました。",
  "error.WebAuthnUnsupported": "このブラウザーではここでパスキーを使用できません。",
  "error.WebAuthnFailed": "パスキーを使用できませんでした。",
  "error.InvalidAnswer": "この回答はこの手順に合いません。確認してもう一度お試しください。",
  "error.UnknownError": "問題が発生しました。もう一度お試しください。",
  "error.InsecureContext":
    "このページは安全な接続（https）で提供されていないため、サインインできません。",
};
