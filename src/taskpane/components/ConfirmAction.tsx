import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
  makeStyles,
  useId,
  useRestoreFocusTarget,
  type ButtonProps,
} from "@fluentui/react-components";
import { usePaneText } from "../i18n";

const useStyles = makeStyles({
  // Long addresses must wrap in a 320 px pane instead of overflowing it.
  trigger: {
    whiteSpace: "normal",
    overflowWrap: "anywhere",
    textAlign: "start",
    height: "auto",
    minHeight: "32px",
  },
  content: { overflowWrap: "anywhere" },
});

export interface ConfirmRequest {
  title: string;
  /** Says exactly what will change. */
  body: React.ReactNode;
  confirmLabel: string;
  /** Runs the action; the dialog stays open (and busy) until it settles. */
  onConfirm: () => Promise<unknown>;
  /** Where focus goes when the dialog closes and the button that opened it is gone (a fixed card). */
  fallbackFocus?: () => HTMLElement | null | undefined;
}

interface OpenRequest extends ConfirmRequest {
  /** The button that opened the dialog, to return focus to. */
  trigger: HTMLElement | null;
}

const ConfirmContext = React.createContext<(request: OpenRequest) => void>(() => undefined);

/**
 * The one confirmation dialog of the pane. It lives above the views, so a fix that removes the card
 * holding the button never unmounts an open dialog: the dialog closes itself when the action is
 * done, and focus returns to the button, or to the request's fallback when the button is gone.
 */
export function ConfirmHost({ children }: { children: React.ReactNode }) {
  const styles = useStyles();
  const [request, setRequest] = React.useState<OpenRequest | null>(null);
  const [open, setOpen] = React.useState(false);
  const [working, setWorking] = React.useState(false);
  const contentId = useId("confirm-content");
  const text = usePaneText();
  const ask = React.useCallback((next: OpenRequest) => {
    setRequest(next);
    setOpen(true);
  }, []);

  // Focus goes back to the button that opened the dialog, or, when a fix removed it, to the fallback.
  const surfaceRef = React.useRef<HTMLDivElement>(null);
  const restoreFocus = React.useCallback(() => {
    const active = document.activeElement;
    const inDialog = !!active && !!surfaceRef.current?.contains(active);
    if (active && active !== document.body && active.isConnected && !inDialog) return; // already placed
    const trigger = request?.trigger;
    if (trigger?.isConnected) trigger.focus();
    else request?.fallbackFocus?.()?.focus();
  }, [request]);

  const confirm = async () => {
    if (!request) return;
    setWorking(true);
    try {
      await request.onConfirm();
    } finally {
      setWorking(false);
      setOpen(false);
    }
  };

  return (
    <ConfirmContext.Provider value={ask}>
      {children}
      <Dialog
        open={open}
        modalType="modal"
        onOpenChange={(_, data) => !working && setOpen(data.open)}
        surfaceMotion={{
          onMotionFinish: (_, data) => {
            if (data.direction === "exit") setTimeout(restoreFocus, 0);
          },
        }}
      >
        <DialogSurface aria-describedby={contentId} ref={surfaceRef}>
          <DialogBody>
            <DialogTitle>{request?.title}</DialogTitle>
            <DialogContent id={contentId} className={styles.content}>
              {request?.body}
            </DialogContent>
            <DialogActions>
              {/* Cancel comes first, so the safe choice has the focus when the dialog opens. */}
              <Button appearance="secondary" disabledFocusable={working} onClick={() => setOpen(false)}>
                {text.t("dialog.cancel")}
              </Button>
              <Button
                appearance="primary"
                disabledFocusable={working}
                icon={working ? <Spinner size="tiny" /> : undefined}
                onClick={() => void confirm()}
              >
                {request?.confirmLabel}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </ConfirmContext.Provider>
  );
}

export interface ConfirmActionProps extends ConfirmRequest {
  /** The button that opens the confirmation. */
  label: React.ReactNode;
  /** A fuller accessible name when the visible label alone is ambiguous; it starts with the label's words. */
  ariaLabel?: string;
  icon?: ButtonProps["icon"];
  appearance?: ButtonProps["appearance"];
  disabled?: boolean;
}

/** A button whose action is confirmed first, through the pane's modal dialog. */
export function ConfirmAction({
  label,
  ariaLabel,
  icon,
  appearance,
  disabled,
  ...request
}: ConfirmActionProps) {
  const styles = useStyles();
  const ask = React.useContext(ConfirmContext);
  const restoreTarget = useRestoreFocusTarget();
  return (
    <Button
      {...restoreTarget}
      className={styles.trigger}
      appearance={appearance ?? "secondary"}
      icon={icon}
      disabledFocusable={disabled}
      aria-label={ariaLabel}
      aria-haspopup="dialog"
      onClick={(event) => ask({ ...request, trigger: event.currentTarget })}
    >
      {label}
    </Button>
  );
}
