/** UI strings: see the catalogue in ./messages. */
export {
  type Locale,
  type MessageKey,
  type Translate,
  MESSAGES,
  REPORT_SHEET_NAME,
  interpolate,
  localeFrom,
  severityLabel,
  translate,
  translator,
} from "./messages";
