import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import { usePaneText } from "../i18n";

/** An error from Outlook or from saving, with Office's own words. Announced assertively. */
export function ErrorBar({
  title,
  message,
  onDismiss,
  children,
}: {
  title: string;
  message: string;
  onDismiss?: () => void;
  children?: React.ReactNode;
}) {
  const text = usePaneText();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}
      </MessageBarBody>
      {(onDismiss || children) && (
        <MessageBarActions
          containerAction={
            onDismiss ? (
              <Button
                appearance="transparent"
                aria-label={text.t("error.dismiss")}
                icon={<Dismiss20Regular />}
                onClick={onDismiss}
              />
            ) : undefined
          }
        >
          {children}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
