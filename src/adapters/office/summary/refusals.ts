/** The refusals the summary writer makes itself, before Excel is asked to change anything. */
import { message, type Message } from "../../../core/i18n/messages";
import { ExcelApiError } from "../errors";

/** The workbook's structure is protected: no sheet can be added, renamed or deleted. */
export function structureProtected(action: Message): ExcelApiError {
  const detail = { vi: "cấu trúc sổ tính đang được bảo vệ", en: "the workbook's structure is protected" };
  const text = (lang: "vi" | "en") =>
    message("office.accessDenied", { action: action[lang], detail: detail[lang] })[lang];
  return new ExcelApiError("office.accessDenied", { vi: text("vi"), en: text("en") }, "AccessDenied");
}

/** The host lacks ExcelApi 1.7, the least the writer needs. */
export function excelTooOld(action: Message): ExcelApiError {
  const detail = message("office.summary.tooOld");
  const text = (lang: "vi" | "en") =>
    message("office.apiNotFound", { action: action[lang], detail: detail[lang] })[lang];
  return new ExcelApiError("office.apiNotFound", { vi: text("vi"), en: text("en") }, "ApiNotFound");
}
