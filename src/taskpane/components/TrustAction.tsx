import { makeStyles, tokens } from "@fluentui/react-components";
import { ShieldCheckmark20Regular } from "@fluentui/react-icons";
import type { AddressResult } from "../../checker";
import { visibleText } from "../../shared/display-text";
import { trustableDomain } from "../fixes";
import { ConfirmAction } from "./ConfirmAction";

const useStyles = makeStyles({
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
});

export interface TrustActionProps {
  result: AddressResult;
  busy: boolean;
  onTrust(domain: string): Promise<unknown>;
  fallbackFocus?: () => HTMLElement | null;
}

/** "Trust <domain>" for a recipient's domain, after a confirmation; nothing when it may not be trusted. */
export function TrustAction({ result, busy, onTrust, fallbackFocus }: TrustActionProps) {
  const styles = useStyles();
  const domain = trustableDomain(result);
  if (!domain) return null;
  const domainUnicode =
    result.domainUnicode && result.domainUnicode !== domain ? visibleText(result.domainUnicode) : null;
  return (
    <ConfirmAction
      label={`Trust ${domain}`}
      icon={<ShieldCheckmark20Regular />}
      disabled={busy}
      title={`Trust ${domain}?`}
      confirmLabel="Trust"
      onConfirm={() => onTrust(domain)}
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
            will be added to your trusted domains. Recipient Guard will stop warning about addresses at this
            domain and its subdomains, on this and every later message.
          </p>
          <p>No recipient is changed. You can remove the domain again under Settings.</p>
        </>
      }
    />
  );
}
