import type { LocaleArea } from "../../types";
import type { rememberDevice as english } from "../en/remember-device";

/** 日本語: デバイスの記憶。 */
export const rememberDevice: LocaleArea<typeof english> = {
  "rememberDevice.title": "このデバイスを記憶しますか?",
  "rememberDevice.description":
    "記憶すると、次回ここでサインインするときに確認コードを求められない場合があります。共有デバイスや公共のデバイスでは記憶しないでください。",
  "rememberDevice.remember": "このデバイスを記憶する",
  "rememberDevice.dontRemember": "今はしない",
};
