/** The person's language and theme, from Office when it is there, else from the browser. No Office globals here. */
import { type Language } from "../core/i18n/messages";

export type ThemeKind = "light" | "dark";

/**
 * Vietnamese unless the display language is English (`en`, `en-US`…); `?lang=vi|en` in the page's address wins.
 * @example languageFrom("en-GB") // "en"
 */
export function languageFrom(displayLanguage: string | null | undefined, search = ""): Language {
  const forced = /[?&]lang=(vi|en)\b/.exec(search)?.[1];
  if (forced === "vi" || forced === "en") return forced;
  return /^en\b/i.test(displayLanguage ?? "") ? "en" : "vi";
}

/** What `Office.context.officeTheme` gives (older hosts lack `isDarkTheme`). */
export type OfficeThemeLike = { isDarkTheme?: boolean; bodyBackgroundColor?: string } | null | undefined;

/** Dark when Office says so, or when its body background is dark. */
export function themeFromOffice(theme: OfficeThemeLike): ThemeKind {
  if (!theme) return "light";
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme ? "dark" : "light";
  const hex = /^#?([0-9a-f]{6})$/i.exec(theme.bodyBackgroundColor ?? "")?.[1];
  if (!hex) return "light";
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const luminance = (0.299 * (r ?? 255) + 0.587 * (g ?? 255) + 0.114 * (b ?? 255)) / 255;
  return luminance < 0.5 ? "dark" : "light";
}
