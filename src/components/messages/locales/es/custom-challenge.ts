import type { LocaleArea } from "../../types";
import type { customChallenge as english } from "../en/custom-challenge";

/** Español: desafío personalizado. */
export const customChallenge: LocaleArea<typeof english> = {
  "customChallenge.title": "Responde para continuar",
  "customChallenge.parameters": "Detalles del desafío",
  "customChallenge.label": "Tu respuesta",
  "customChallenge.error.required": "Introduce tu respuesta.",
  "customChallenge.submit": "Continuar",
};
