import { Caption1, makeStyles, tokens, useId } from "@fluentui/react-components";
import { ArrowSwap20Regular, Delete20Regular } from "@fluentui/react-icons";
import { visibleText } from "../../shared/display-text";
import type { Checker } from "../../checker";
import type { CheckedRecipient } from "../fixes";
import { alternativesFor, displayNameAfterReplace, suggestedFixes } from "../fixes";
import { useFieldLabels, useItemWords, VERDICT_SEVERITY } from "../labels";
import { ConfirmAction } from "./ConfirmAction";
import { FixExplanation } from "./FixExplanation";
import {
  FindingList,
  FlaggedCard,
  SuggestedAddress,
  nameAndAddress,
  useFlaggedCardStyles,
} from "./FlaggedCard";
import { TrustAction } from "./TrustAction";
import { RecipientIdentity } from "./RecipientIdentity";
import { SeverityBadge } from "./SeverityBadge";
import { usePaneText } from "../i18n";

const useStyles = makeStyles({
  top: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  alternatives: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export interface RecipientCardProps {
  recipient: CheckedRecipient;
  /** The checker in force: a replacement is checked before it is offered. */
  checker: Checker;
  /** How many recipients the field has now, to say that the others stay. */
  fieldSize: number;
  allowTrust: boolean;
  busy: boolean;
  onReplace(address: string): Promise<unknown>;
  onRemove(): Promise<unknown>;
  onTrust(stored: string, shown: string): Promise<unknown>;
  /** Where focus goes after a fix that removes this card. */
  fallbackFocus?: () => HTMLElement | null;
}

/** One flagged recipient: what looks wrong, what was probably meant, and the fixes. */
export function RecipientCard({
  recipient,
  checker,
  fieldSize,
  allowTrust,
  busy,
  fallbackFocus,
  ...on
}: RecipientCardProps) {
  const styles = { ...useFlaggedCardStyles(), ...useStyles() };
  const headingId = useId("recipient");
  const { entry, result } = recipient;
  const field = useFieldLabels()[recipient.field];
  const { noun } = useItemWords();
  const text = usePaneText();
  const severity = VERDICT_SEVERITY[result.verdict];
  const address = visibleText(entry.emailAddress) || text.t("noAddress");
  const name = visibleText(entry.displayName);
  const whole = nameAndAddress(name, address);
  const others = Math.max(0, fieldSize - 1);
  const othersStay = text.t(
    others === 0 ? "card.onlyOne" : others === 1 ? "card.otherStays" : "card.othersStay",
    { field, count: others },
  );
  // Look-alike letters make the typed address read like the real one: show the form mail servers see.
  // eslint-disable-next-line no-control-regex
  const nonAscii = /[^\u0000-\u007f]/.test(entry.emailAddress);
  const asciiForm = nonAscii && result.normalised ? visibleText(result.normalised) : null;
  const suggestions = suggestedFixes(result);
  const alternatives = alternativesFor(result);
  const typedDomain = visibleText(result.domainUnicode ?? "");

  return (
    <FlaggedCard severity={severity} labelledBy={headingId}>
      <div className={styles.top}>
        <SeverityBadge severity={severity} />
        <Caption1 className={styles.field}>{field}</Caption1>
      </div>
      <RecipientIdentity entry={entry} id={headingId} />
      {asciiForm && (
        <Caption1 className={styles.finding}>
          {text.t("card.asciiForm")}{" "}
          <span className={styles.mono} dir="ltr">
            {asciiForm}
          </span>
        </Caption1>
      )}
      <FindingList messages={result.findings.map((f) => visibleText(f.message))} />
      {suggestions.length > 0 && (
        <div className={styles.suggestion}>
          <Caption1>{text.t("card.probablyMeant")}</Caption1>
          {suggestions.map((s) => (
            <SuggestedAddress
              key={s.address}
              shown={visibleText(s.address)}
              source={s.finding.suggestionSource}
            />
          ))}
        </div>
      )}
      {alternatives.length > 0 && (
        <div className={styles.suggestion}>
          <Caption1>{text.t("card.alternatives", { noun })}</Caption1>
          <ul className={styles.alternatives} aria-label={text.t("card.alternativesLabel")}>
            {alternatives.map((a) => (
              <li key={a} className={styles.mono} dir="ltr">
                {visibleText(a)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className={styles.actions}>
        {suggestions.map(({ address: s, finding }, i) => {
          const newName = displayNameAfterReplace(entry, s);
          const after = newName === s ? visibleText(s) : `${visibleText(newName)} <${visibleText(s)}>`;
          return (
            <ConfirmAction
              key={s}
              label={text.t("replace.label", { address: visibleText(s) })}
              icon={<ArrowSwap20Regular />}
              appearance={i === 0 ? "primary" : "secondary"}
              disabled={busy}
              title={text.t("replace.title")}
              confirmLabel={text.t("replace.confirm")}
              onConfirm={() => on.onReplace(s)}
              fallbackFocus={fallbackFocus}
              body={
                <>
                  <p>
                    {text.nodes("replace.body", {
                      field,
                      old: <span className={styles.mono}>{whole}</span>,
                      new: <span className={styles.mono}>{after}</span>,
                    })}
                  </p>
                  <FixExplanation
                    finding={finding}
                    typedDomain={typedDomain}
                    suggestion={s}
                    checker={checker}
                  />
                  <p>{othersStay}</p>
                </>
              }
            />
          );
        })}
        <ConfirmAction
          label={text.t("remove.label")}
          ariaLabel={text.t("remove.aria", { address, field })}
          icon={<Delete20Regular />}
          disabled={busy}
          title={text.t("remove.title")}
          confirmLabel={text.t("remove.confirm")}
          onConfirm={on.onRemove}
          fallbackFocus={fallbackFocus}
          body={
            <>
              <p>
                {text.nodes("remove.body", { whole: <span className={styles.mono}>{whole}</span>, field })}
              </p>
              <p>{othersStay}</p>
            </>
          }
        />
        {allowTrust && (
          <TrustAction
            result={result}
            checker={checker}
            busy={busy}
            onTrust={on.onTrust}
            fallbackFocus={fallbackFocus}
          />
        )}
      </div>
    </FlaggedCard>
  );
}
