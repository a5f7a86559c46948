import type { LocaleArea } from "../../types";
import type { router as english } from "../en/router";

/** 日本語: 不明な手順の代替表示。 */
export const router: LocaleArea<typeof english> = {
  "router.unknownTitle": "この手順は表示できません",
  "router.unknown":
    "サインインで {name} という手順が求められましたが、このアプリでは表示できません。",
  "router.loading": "読み込んでいます…",
  "router.loadFailed": "この手順を読み込めませんでした。接続を確認して、もう一度お試しください。",
  "router.retry": "もう一度試す",
};
