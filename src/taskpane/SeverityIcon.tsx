import { ErrorCircle16Filled, Warning16Filled, Info16Filled } from "@fluentui/react-icons";
import { tokens } from "@fluentui/react-components";
import type { Severity } from "../core/rules/types";

/** The severity's icon; with a `label` it is announced (a finding's severity), without it decorative (a count's button says it). */
export function SeverityIcon({ severity, label }: { severity: Severity; label?: string }): JSX.Element {
  const a11y = label ? { role: "img", "aria-label": label } : { "aria-hidden": true };
  if (severity === "error") return <ErrorCircle16Filled primaryFill={tokens.colorPaletteRedForeground1} {...a11y} />;
  if (severity === "warning") return <Warning16Filled primaryFill={tokens.colorPaletteDarkOrangeForeground1} {...a11y} />;
  return <Info16Filled primaryFill={tokens.colorPaletteBlueForeground2} {...a11y} />;
}
