import { makeStyles, tokens } from "@fluentui/react-components";
import { ShieldCheckmark20Regular } from "@fluentui/react-icons";
import { assessUserTrust, type AddressResult, type Checker } from "../../checker";
import { visibleText } from "../../shared/display-text";
import { trustableDomain } from "../fixes";
import { cautionText, trustedDomainText } from "../trust-words";
import { ConfirmAction } from "./ConfirmAction";
import { usePaneText } from "../i18n";

const useStyles = makeStyles({
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  caution: { fontWeight: tokens.fontWeightSemibold },
});

export interface TrustActionProps {
  result: AddressResult;
  checker: Checker;
  busy: boolean;
  /** Saves `stored` to the user's trusted domains; `shown` is what to tell the user. */
  onTrust(stored: string, shown: string): Promise<unknown>;
  fallbackFocus?: () => HTMLElement | null;
}

/**
 * "Trust <domain>" for a recipient's domain, after a confirmation that says what the domain is.
 * Only where assessUserTrust accepts it: never for a blocked domain, a domain that imitates a
 * protected one with other characters (an international or punycode look-alike), or an ending
 * anyone can register under.
 */
export function TrustAction({ result, checker, busy, onTrust, fallbackFocus }: TrustActionProps) {
  const styles = useStyles();
  const text = usePaneText();
  const domain = trustableDomain(result);
  if (!domain) return null;
  const assessment = assessUserTrust(checker, domain);
  if (!assessment.ok) return null;
  const shown = visibleText(assessment.shown);
  const described = visibleText(trustedDomainText(assessment.shown, assessment.foreign, text));
  return (
    <ConfirmAction
      label={text.t("trust.label", { domain: shown })}
      icon={<ShieldCheckmark20Regular />}
      disabled={busy}
      title={text.t("trust.title", { domain: shown })}
      confirmLabel={text.t(assessment.caution ? "trust.confirmAnyway" : "trust.confirm")}
      onConfirm={() => onTrust(assessment.stored, described)}
      fallbackFocus={fallbackFocus}
      body={
        <>
          {assessment.caution && (
            <p className={styles.caution}>{visibleText(cautionText(assessment.caution, shown, text))}</p>
          )}
          <p>{text.nodes("trust.body", { domain: <span className={styles.code}>{described}</span> })}</p>
          <p>{text.t("trust.noChange")}</p>
        </>
      }
    />
  );
}
