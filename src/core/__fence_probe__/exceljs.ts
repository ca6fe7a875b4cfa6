import ExcelJS from "exceljs";
export const x = ExcelJS;
