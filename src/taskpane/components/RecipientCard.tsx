import { Caption1, Card, makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import { ArrowSwap20Regular, Delete20Regular, ShieldCheckmark20Regular } from "@fluentui/react-icons";
import { visibleText } from "../../shared/display-text";
import type { CheckedRecipient } from "../fixes";
import { suggestionsFor, trustableDomain, displayNameAfterReplace } from "../fixes";
import { FIELD_LABELS, VERDICT_SEVERITY } from "../labels";
import { ConfirmAction } from "./ConfirmAction";
import { RecipientIdentity } from "./RecipientIdentity";
import { SeverityBadge } from "./SeverityBadge";

const useStyles = makeStyles({
  item: { listStyleType: "none" },
  card: { gap: tokens.spacingVerticalS, padding: tokens.spacingVerticalM },
  block: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorder2}` },
  warn: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteDarkOrangeBorder2}` },
  top: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  field: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  findings: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "grid",
    gap: tokens.spacingVerticalXS,
  },
  finding: { overflowWrap: "anywhere" },
  suggestion: { display: "flex", flexDirection: "column", gap: "2px" },
  mono: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  code: { fontFamily: tokens.fontFamilyMonospace },
});

export interface RecipientCardProps {
  recipient: CheckedRecipient;
  /** How many recipients the field has now, to say that the others stay. */
  fieldSize: number;
  allowTrust: boolean;
  busy: boolean;
  onReplace(address: string): Promise<unknown>;
  onRemove(): Promise<unknown>;
  onTrust(domain: string): Promise<unknown>;
  /** Where focus goes after a fix that removes this card. */
  fallbackFocus?: () => HTMLElement | null;
}

/** One flagged recipient: what looks wrong, what was probably meant, and the fixes. */
export function RecipientCard({
  recipient,
  fieldSize,
  allowTrust,
  busy,
  fallbackFocus,
  ...on
}: RecipientCardProps) {
  const styles = useStyles();
  const headingId = useId("recipient");
  const { entry, result } = recipient;
  const field = FIELD_LABELS[recipient.field];
  const severity = VERDICT_SEVERITY[result.verdict];
  const address = visibleText(entry.emailAddress) || "(no address)";
  const name = visibleText(entry.displayName);
  const whole = name && name !== address ? `${name} <${address}>` : address;
  const others = Math.max(0, fieldSize - 1);
  const othersStay =
    others === 0
      ? `It is the only ${field} recipient.`
      : others === 1
        ? `The other recipient in ${field} stays as it is.`
        : `The other ${others} recipients in ${field} stay as they are.`;
  // Look-alike letters make the typed address read like the real one: show the form mail servers see.
  // eslint-disable-next-line no-control-regex
  const nonAscii = /[^\u0000-\u007f]/.test(entry.emailAddress);
  const asciiForm = nonAscii && result.normalised ? visibleText(result.normalised) : null;
  const suggestions = suggestionsFor(result);
  const domain = allowTrust ? trustableDomain(result) : null;
  const domainUnicode =
    result.domainUnicode && result.domainUnicode !== domain ? visibleText(result.domainUnicode) : null;

  return (
    <li className={styles.item} aria-labelledby={headingId}>
      <Card
        className={mergeClasses(
          styles.card,
          severity === "block" && styles.block,
          severity === "warn" && styles.warn,
        )}
      >
        <div className={styles.top}>
          <SeverityBadge severity={severity} />
          <Caption1 className={styles.field}>{field}</Caption1>
        </div>
        <RecipientIdentity entry={entry} id={headingId} />
        {asciiForm && (
          <Caption1 className={styles.finding}>
            As the mail system sees it:{" "}
            <span className={styles.mono} dir="ltr">
              {asciiForm}
            </span>
          </Caption1>
        )}
        <ul className={styles.findings} aria-label="What looks wrong">
          {result.findings.map((f, i) => (
            <li key={`${f.code}-${i}`} className={styles.finding}>
              {visibleText(f.message)}
            </li>
          ))}
        </ul>
        {suggestions.length > 0 && (
          <div className={styles.suggestion}>
            <Caption1>Probably meant</Caption1>
            {suggestions.map((s) => (
              <span key={s} className={styles.mono} dir="ltr">
                {visibleText(s)}
              </span>
            ))}
          </div>
        )}
        <div className={styles.actions}>
          {suggestions.map((s, i) => {
            const newName = displayNameAfterReplace(entry, s);
            const after = newName === s ? visibleText(s) : `${visibleText(newName)} <${visibleText(s)}>`;
            return (
              <ConfirmAction
                key={s}
                label={`Replace with ${visibleText(s)}`}
                icon={<ArrowSwap20Regular />}
                appearance={i === 0 ? "primary" : "secondary"}
                disabled={busy}
                title="Replace this address?"
                confirmLabel="Replace"
                onConfirm={() => on.onReplace(s)}
                fallbackFocus={fallbackFocus}
                body={
                  <>
                    <p>
                      In {field}, <span className={styles.mono}>{whole}</span> becomes{" "}
                      <span className={styles.mono}>{after}</span>.
                    </p>
                    <p>{othersStay}</p>
                  </>
                }
              />
            );
          })}
          <ConfirmAction
            label="Remove"
            ariaLabel={`Remove ${address} from ${field}`}
            icon={<Delete20Regular />}
            disabled={busy}
            title="Remove this recipient?"
            confirmLabel="Remove"
            onConfirm={on.onRemove}
            fallbackFocus={fallbackFocus}
            body={
              <>
                <p>
                  <span className={styles.mono}>{whole}</span> will be removed from {field}.
                </p>
                <p>{othersStay}</p>
              </>
            }
          />
          {domain && (
            <ConfirmAction
              label={`Trust ${domain}`}
              icon={<ShieldCheckmark20Regular />}
              disabled={busy}
              title={`Trust ${domain}?`}
              confirmLabel="Trust"
              onConfirm={() => on.onTrust(domain)}
              fallbackFocus={fallbackFocus}
              body={
                <>
                  <p>
                    <span className={styles.code}>{domain}</span>
                    {domainUnicode && (
                      <>
                        {" "}
                        (written <span className={styles.code}>{domainUnicode}</span>)
                      </>
                    )}{" "}
                    will be added to your trusted domains. Recipient Guard will stop warning about addresses
                    at this domain and its subdomains, on this and every later message.
                  </p>
                  <p>No recipient is changed. You can remove the domain again under Settings.</p>
                </>
              }
            />
          )}
        </div>
      </Card>
    </li>
  );
}
