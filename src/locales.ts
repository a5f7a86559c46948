// Translations other than English, kept out of the main entry: import only the ones you use.
// Each is a complete dictionary for `<MessagesProvider locale="de" messages={de}>`.
export { de } from "./components/messages/locales/de/index";
export { en } from "./components/messages/locales/en/index";
export { es } from "./components/messages/locales/es/index";
export { fr } from "./components/messages/locales/fr/index";
export { ja } from "./components/messages/locales/ja/index";
