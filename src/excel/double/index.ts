/**
 * The in-memory Excel: the test double of src/excel. The part of Office.js the add-in uses, strict where Excel
 * is strict (payload limits in UTF-8 bytes, settings size, merged-cell rules, rule types of conditional formats,
 * per-cell locking, workbook protection, multi-area selections), each behaviour with the document it follows.
 * The browser preview and the tests run the real OfficeAdapter on it.
 */
export { FakeOfficeError, PAYLOAD_LIMIT, utf8Bytes } from "./batch";
export { memFromExcelJs } from "./from-exceljs";
export { memoryHost } from "./memory-host";
export { MAX_COLS, MAX_ROWS, MemSheet, type MemCell, type MemConditionalFormat } from "./mem-sheet";
export { MemWorkbook } from "./mem-workbook";
export { SETTINGS_LIMIT } from "./workbook-api";
