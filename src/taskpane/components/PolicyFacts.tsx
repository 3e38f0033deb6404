import * as React from "react";
import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import type { EffectivePolicy } from "../../checker";
import { describeStoredDomain, SOURCE_LABELS } from "../labels";
import { DomainList } from "./DomainList";

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
  const trusted = effective.trustedDomains.map((t) => ({
    domain: describeStoredDomain(t.domain),
    note: SOURCE_LABELS[t.source],
  }));
  return (
    <dl className={styles.facts}>
      <Fact term="Your organisation's own domains">
        <DomainList
          label="Internal domains"
          items={effective.internalDomains.map((d) => ({ domain: describeStoredDomain(d) }))}
        />
      </Fact>
      <Fact term="Trusted domains">
        <DomainList label="Trusted domains" items={trusted} />
      </Fact>
      <Fact term="Blocked domains">
        <DomainList
          label="Blocked domains"
          items={effective.blockedDomains.map((d) => ({ domain: describeStoredDomain(d) }))}
        />
      </Fact>
      <Fact term="Built-in protection">
        <Body1>
          {effective.builtInProtection
            ? "On: well-known mail providers and sites, and endings such as .mil and .gov, are protected."
            : "Off: only your organisation's own and trusted domains are protected."}
        </Body1>
      </Fact>
      <Fact term="Personal trusted domains">
        <Body1>{effective.allowUserTrustedDomains ? "Allowed" : "Not allowed by your organisation"}</Body1>
      </Fact>
      <Fact term="Recipients outside your organisation">
        <Body1>
          {effective.externalRecipients.warnAbove !== undefined
            ? `Ask to confirm above ${effective.externalRecipients.warnAbove}.`
            : "No limit."}
        </Body1>
      </Fact>
    </dl>
  );
}
