import { type Language, message, type MessageKey } from "../i18n/messages";

/** Numbers as a Vietnamese report writes them: 12.450 and 66,7% (English: 12,450 and 66.7%). */
export function formatNumber(value: number, lang: Language, decimals = 0): string {
  return value.toLocaleString(lang === "vi" ? "vi-VN" : "en-US", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
}

export function formatPercent(fraction: number, lang: Language, decimals = 1): string {
  return `${formatNumber(fraction * 100, lang, decimals)}%`;
}

export function label(key: MessageKey, lang: Language, params: Record<string, string | number> = {}): string {
  return message(key, params)[lang];
}
