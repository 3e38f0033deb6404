import { makeStyles, tokens } from "@fluentui/react-components";
import type { Checker, Finding } from "../../checker";
import { hostToUnicode } from "../../checker/domain";
import { visibleText } from "../../shared/display-text";
import { domainOf } from "../fixes";
import { suggestionReason, whatTheDomainsAre } from "../labels";
import { usePaneText } from "../i18n";

const useStyles = makeStyles({
  warning: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** A domain as people read it: the Unicode form, with invisible characters made visible. */
export const shownDomain = (domain: string): string => visibleText(hostToUnicode(domain.toLowerCase()));

/**
 * Why a replacement is offered, for its confirmation: what the typed and the suggested domain are,
 * where the suggestion comes from, and what Recipient Guard would still say about the new address
 * (a replacement is checked like any address before it is offered as safe).
 */
export function FixExplanation({
  finding,
  typedDomain,
  suggestion,
  checker,
}: {
  finding: Finding;
  /** The domain as the user typed it, for display. */
  typedDomain: string;
  suggestion: string;
  checker: Checker;
}) {
  const styles = useStyles();
  const text = usePaneText();
  const what = whatTheDomainsAre(finding, typedDomain, shownDomain(domainOf(suggestion)), text);
  const after = checker.checkAddress(suggestion);
  return (
    <>
      {what && <p>{visibleText(what)}</p>}
      {finding.suggestionSource && <p>{suggestionReason(finding.suggestionSource, text)}</p>}
      {after.verdict !== "allow" && (
        <p className={styles.warning}>
          {text.t("fix.stillQuestions", {
            address: visibleText(suggestion),
            findings: after.findings.map((f) => visibleText(f.message)).join(" "),
          })}
        </p>
      )}
    </>
  );
}
