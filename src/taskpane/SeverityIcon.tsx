import { ErrorCircle16Filled, Warning16Filled, Info16Filled } from "@fluentui/react-icons";
import { tokens } from "@fluentui/react-components";
import type { Severity } from "../core/rules/types";

export function SeverityIcon({ severity }: { severity: Severity }): JSX.Element {
  if (severity === "error") return <ErrorCircle16Filled primaryFill={tokens.colorPaletteRedForeground1} aria-hidden />;
  if (severity === "warning") return <Warning16Filled primaryFill={tokens.colorPaletteDarkOrangeForeground1} aria-hidden />;
  return <Info16Filled primaryFill={tokens.colorPaletteBlueForeground2} aria-hidden />;
}
