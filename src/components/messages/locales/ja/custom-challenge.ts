import type { LocaleArea } from "../../types";
import type { customChallenge as english } from "../en/custom-challenge";

/** 日本語: カスタムチャレンジ。 */
export const customChallenge: LocaleArea<typeof english> = {
  "customChallenge.title": "続けるには回答してください",
  "customChallenge.parameters": "チャレンジの詳細",
  "customChallenge.label": "回答",
  "customChallenge.error.required": "回答を入力してください。",
  "customChallenge.submit": "続行",
};
