import type { LocaleArea } from "../../types";
import type { webauthn as english } from "../en/webauthn";

/** 日本語: パスキーでのサインイン。 */
export const webauthn: LocaleArea<typeof english> = {
  "webauthn.title": "パスキーでサインイン",
  "webauthn.description": "指紋、顔、画面ロック、またはセキュリティキーを使用します。",
  "webauthn.prompt": "パスキーを使用",
  "webauthn.prompting": "パスキーを待っています…",
  "webauthn.retry": "もう一度試す",
  "webauthn.unsupported": "このブラウザーでは、ここでパスキーを使用できません。",
  "webauthn.otherMethod": "別のサインイン方法を選ぶ",
};
