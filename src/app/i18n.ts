/** UI strings: see the catalogue in ./messages. */
export { type Locale, type MessageKey, MESSAGES, interpolate, localeFrom, translate } from "./messages";
