import * as React from "react";
import { Badge } from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { Severity } from "../../checker";
import { usePaneText } from "../i18n";

const LOOK: Record<Severity, { color: "danger" | "warning" | "informative"; icon: React.ReactElement }> = {
  block: { color: "danger", icon: <ErrorCircle16Filled /> },
  warn: { color: "warning", icon: <Warning16Filled /> },
  info: { color: "informative", icon: <Info16Filled /> },
};

/** Severity in colour, icon and words: never colour alone. */
export function SeverityBadge({ severity }: { severity: Severity }) {
  const look = LOOK[severity];
  const text = usePaneText();
  return (
    <Badge appearance="tint" color={look.color} icon={look.icon} shape="rounded" size="medium">
      {text.t(`severity.${severity}`)}
    </Badge>
  );
}
