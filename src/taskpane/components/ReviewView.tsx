import * as React from "react";
import { Button, Spinner, makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { ArrowClockwise20Regular } from "@fluentui/react-icons";
import type { Checker } from "../../checker";
import type { PaneHost } from "../host";
import { groupByDomain, withDomain } from "../fixes";
import { useReview } from "../use-review";
import { AlertSummary } from "./AlertSummary";
import { AllClear } from "./AllClear";
import { AttachmentsOutside } from "./AttachmentsOutside";
import { DomainGroupCard } from "./DomainGroupCard";
import { shownDomain } from "./FixExplanation";
import { ConfirmDomains } from "./ConfirmDomains";
import { ErrorBar } from "./ErrorBar";
import { MessageFindings } from "./MessageFindings";
import { NewDomains } from "./NewDomains";
import { RecipientCard } from "./RecipientCard";
import { RecipientNotes } from "./RecipientNotes";
import { SendSection } from "./SendSection";
import { usePaneText } from "../i18n";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalL },
  headingRow: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  heading: {
    ...typographyStyles.subtitle2,
    margin: 0,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  status: { margin: 0, color: tokens.colorNeutralForeground2, minHeight: "1.25em" },
  list: { margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalM },
});

export interface ReviewViewProps {
  host: PaneHost;
  checker: Checker;
  allowTrust: boolean;
  userDomains: readonly string[];
  onPolicyChanged(): void;
}

/** The live check of every recipient, with what the Smart Alert said and the fixes. */
export function ReviewView({ host, checker, allowTrust, userDomains, onPolicyChanged }: ReviewViewProps) {
  const styles = useStyles();
  const model = useReview(host, checker, userDomains, onPolicyChanged);
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const { review } = model;
  const text = usePaneText();

  // After a fix the card that held the focus is gone: focus goes to the results heading.
  const fallbackFocus = React.useCallback(() => headingRef.current, []);

  const fieldSize = (field: "to" | "cc" | "bcc") =>
    review?.recipients.filter((r) => r.field === field).length ?? 0;

  return (
    <div className={styles.root}>
      {model.error && (
        <ErrorBar title={model.error.title} message={model.error.message} onDismiss={model.dismissError}>
          {model.phase === "failed" && (
            <Button size="small" onClick={() => void model.recheck()}>
              {text.t("review.tryAgain")}
            </Button>
          )}
        </ErrorBar>
      )}
      {model.alert && <AlertSummary alert={model.alert} review={review} />}
      <section aria-labelledby="review-heading" className={styles.root}>
        <div className={styles.headingRow}>
          <h2 id="review-heading" ref={headingRef} tabIndex={-1} className={styles.heading}>
            {text.t("review.heading")}
          </h2>
          <Button
            appearance="subtle"
            size="small"
            icon={<ArrowClockwise20Regular />}
            disabledFocusable={model.busy}
            onClick={() => void model.recheck()}
          >
            {text.t("review.checkAgain")}
          </Button>
        </div>
        <p id="review-status" role="status" aria-live="polite" aria-atomic="true" className={styles.status}>
          {model.status}
        </p>
        {model.phase === "checking" && !review && <Spinner size="small" label={text.t("review.reading")} />}
        {review &&
          (review.flagged.length === 0 ? (
            <AllClear total={review.recipients.length} />
          ) : (
            <ul className={styles.list} aria-label={text.t("review.needAttention")}>
              {groupByDomain(review.flagged).map((group) => {
                const r = group.recipients[0]!;
                const key = `${r.field}-${r.index}-${r.entry.emailAddress}`;
                if (group.recipients.length > 1) {
                  const fix = group.fix;
                  return (
                    <DomainGroupCard
                      key={`group-${key}`}
                      group={group}
                      checker={checker}
                      allowTrust={allowTrust}
                      busy={model.busy}
                      onFixAll={() =>
                        fix
                          ? model.replaceAll(
                              group.recipients.map((m) => ({
                                recipient: m,
                                address: withDomain(m, fix.domain),
                              })),
                              (replaced) =>
                                text.t("review.fixedAll", {
                                  recipients: text.n("count.recipients", replaced),
                                  domain: group.domainShown,
                                  fix: shownDomain(fix.domain),
                                }),
                            )
                          : Promise.resolve(false)
                      }
                      onRemove={(m) => model.remove(m)}
                      onTrust={(stored, shown) => model.trust(stored, shown)}
                      fallbackFocus={fallbackFocus}
                    />
                  );
                }
                return (
                  <RecipientCard
                    key={key}
                    recipient={r}
                    checker={checker}
                    fieldSize={fieldSize(r.field)}
                    allowTrust={allowTrust}
                    busy={model.busy}
                    onReplace={(address) => model.replace(r, address)}
                    onRemove={() => model.remove(r)}
                    onTrust={(stored, shown) => model.trust(stored, shown)}
                    fallbackFocus={fallbackFocus}
                  />
                );
              })}
            </ul>
          ))}
        {review && <NewDomains recipients={review.recipients} />}
        {review && <RecipientNotes recipients={review.recipients} code="added-outside-domain" />}
        {review && <RecipientNotes recipients={review.recipients} code="group-recipient" />}
        {review && <AttachmentsOutside review={review} />}
        {review && (
          <MessageFindings
            // Attachments going outside as mere information are the section above, not a note.
            findings={review.messageFindings.filter(
              (f) => !(f.code === "external-attachments" && f.severity === "info"),
            )}
            moveToBcc={{
              count: review.visibleExternal.length,
              busy: model.busy,
              onConfirm: () => model.moveExternalToBcc(),
              fallbackFocus,
            }}
          />
        )}
        {review && checker.policy.externalRecipients.confirmDomains && (
          <ConfirmDomains
            review={review}
            busy={model.busy}
            onConfirm={(domain) => model.confirmDomain(domain)}
          />
        )}
        {review && <SendSection review={review} />}
      </section>
    </div>
  );
}
