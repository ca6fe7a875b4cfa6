import { readWorkbook } from "../../adapters/xlsx/readWorkbook";
export const x = readWorkbook;
