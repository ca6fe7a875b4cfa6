import catalogue from "./messages.json";

/** A text shown to a person, always in both languages: Vietnamese first. */
export type Message = { vi: string; en: string };

export type MessageKey = Exclude<keyof typeof catalogue, "$comment">;

export type Language = "vi" | "en";

/**
 * Builds a message from the catalogue, filling `{name}` placeholders.
 * @example message("file.notFound", { path: "a.xlsx" }).vi // "Không tìm thấy tệp a.xlsx."
 */
export function message(key: MessageKey, params: Record<string, string | number> = {}): Message {
  const entry = catalogue[key];
  const fill = (template: string): string =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
    );
  return { vi: fill(entry.vi), en: fill(entry.en) };
}

/** The two languages on one line each, as the CLI prints them. */
export function bothLanguages(m: Message): string {
  return `${m.vi}\n${m.en}`;
}
