import * as React from "react";
import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import type { EffectivePolicy } from "../../checker";
import { sourceLabels } from "../labels";
import { describeStoredDomain } from "../trust-words";
import { DomainList } from "./DomainList";
import { usePaneText } from "../i18n";

const useStyles = makeStyles({
  facts: { margin: 0, display: "grid", gap: tokens.spacingVerticalM },
  fact: { display: "grid", gap: tokens.spacingVerticalXXS },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0 },
});

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.fact}>
      <dt className={styles.term}>
        <Body1>{term}</Body1>
      </dt>
      <dd className={styles.value}>{children}</dd>
    </div>
  );
}

/** The domains and switches of the policy in force, each trusted domain with where it came from. */
export function PolicyFacts({ effective }: { effective: EffectivePolicy }) {
  const styles = useStyles();
  const text = usePaneText();
  const sources = sourceLabels(text);
  const trusted = effective.trustedDomains.map((t) => ({
    domain: describeStoredDomain(t.domain, text),
    note: sources[t.source],
  }));
  return (
    <dl className={styles.facts}>
      <Fact term={text.t("facts.internal")}>
        <DomainList
          label={text.t("facts.internalList")}
          items={effective.internalDomains.map((d) => ({ domain: describeStoredDomain(d, text) }))}
        />
      </Fact>
      <Fact term={text.t("facts.trusted")}>
        <DomainList label={text.t("facts.trusted")} items={trusted} />
      </Fact>
      <Fact term={text.t("facts.blocked")}>
        <DomainList
          label={text.t("facts.blocked")}
          items={effective.blockedDomains.map((d) => ({ domain: describeStoredDomain(d, text) }))}
        />
      </Fact>
      <Fact term={text.t("facts.builtIn")}>
        <Body1>{text.t(effective.builtInProtection ? "facts.builtInOn" : "facts.builtInOff")}</Body1>
      </Fact>
      <Fact term={text.t("facts.personal")}>
        <Body1>{text.t(effective.allowUserTrustedDomains ? "facts.allowed" : "facts.notAllowed")}</Body1>
      </Fact>
      <Fact term={text.t("facts.external")}>
        <Body1>
          {effective.externalRecipients.warnAbove !== undefined
            ? text.t("facts.warnAbove", { count: effective.externalRecipients.warnAbove })
            : text.t("facts.noLimit")}
        </Body1>
      </Fact>
    </dl>
  );
}
