/** The pane's words (strings.json), in the person's language; errors use the core's messages. */
import { createContext, useContext } from "react";
import { type Language, type Message } from "../core/i18n/messages";
import strings from "./strings.json";

export type TextKey = keyof typeof strings.vi;
export type Translate = (key: TextKey, params?: Record<string, string | number>) => string;

/** `{name}` placeholders filled from params. */
export function translate(
  lang: Language,
  key: TextKey,
  params: Record<string, string | number> = {},
): string {
  const template = strings[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export const LanguageContext = createContext<Language>("vi");

/** The translate function and a picker for core messages, in the pane's language. */
export function useText(): { t: Translate; pick: (m: Message) => string; lang: Language } {
  const lang = useContext(LanguageContext);
  return {
    lang,
    t: (key, params) => translate(lang, key, params),
    pick: (m) => m[lang],
  };
}
