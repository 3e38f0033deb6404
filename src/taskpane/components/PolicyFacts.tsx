import * as React from "react";
import { Body1, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { EffectivePolicy, Source } from "../../checker";
import { visibleText } from "../../shared/display-text";
import { actionLabels, sourceLabels, sourcePhrases, useItemWords } from "../labels";
import { keywordLists, settingSource, type PolicySetting } from "../policy-view";
import { describeStoredDomain, quoted } from "../trust-words";
import { DomainList } from "./DomainList";
import { usePaneText } from "../i18n";

const useStyles = makeStyles({
  facts: { margin: 0, display: "grid", gap: tokens.spacingVerticalM },
  fact: { display: "grid", gap: tokens.spacingVerticalXXS },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, display: "grid", gap: tokens.spacingVerticalXXS },
  source: { color: tokens.colorNeutralForeground3 },
  changed: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  lists: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "grid", gap: "2px" },
  keywords: { overflowWrap: "anywhere" },
});

/** Where a value came from, under it: quiet for the built-in default, marked when it was changed. */
function From({ source }: { source: Source }) {
  const styles = useStyles();
  const text = usePaneText();
  return (
    <Caption1 className={mergeClasses(styles.source, source !== "built-in" && styles.changed)}>
      {sourcePhrases(text)[source]}
    </Caption1>
  );
}

function Fact({
  term,
  source,
  children,
}: {
  term: string;
  /** Where the value came from; absent where each entry says it. */
  source?: Source;
  children: React.ReactNode;
}) {
  const styles = useStyles();
  return (
    <div className={styles.fact}>
      <dt className={styles.term}>
        <Body1>{term}</Body1>
      </dt>
      <dd className={styles.value}>
        {children}
        {source && (
          <>
            {" "}
            <From source={source} />
          </>
        )}
      </dd>
    </div>
  );
}

/**
 * Every setting of the policy in force but the actions (the rules list below), each with its value
 * and where it came from: the built-in default, the organisation's policy, or the user.
 */
export function PolicyFacts({ effective }: { effective: EffectivePolicy }) {
  const styles = useStyles();
  const text = usePaneText();
  const { seenFields } = useItemWords();
  const sources = sourceLabels(text);
  const actions = actionLabels(text);
  const from = (setting: PolicySetting) => settingSource(effective, setting);
  const external = effective.externalRecipients;
  const trusted = effective.trustedDomains.map((t) => ({
    domain: describeStoredDomain(t.domain, text),
    note: sources[t.source],
  }));
  const unfamiliarByRule =
    effective.organisationPolicy.actions?.["unfamiliar-domain"] !== undefined
      ? text.t("facts.unfamiliarByRule", { action: actions[effective.actions["unfamiliar-domain"]] })
      : undefined;
  const lists = keywordLists(effective);
  return (
    <dl className={styles.facts}>
      <Fact term={text.t("facts.internal")} source={from("internalDomains")}>
        <DomainList
          label={text.t("facts.internalList")}
          items={effective.internalDomains.map((d) => ({ domain: describeStoredDomain(d, text) }))}
        />
      </Fact>
      <Fact term={text.t("facts.trusted")}>
        <DomainList label={text.t("facts.trusted")} items={trusted} />
      </Fact>
      <Fact term={text.t("facts.blocked")} source={from("blockedDomains")}>
        <DomainList
          label={text.t("facts.blocked")}
          items={effective.blockedDomains.map((d) => ({ domain: describeStoredDomain(d, text) }))}
        />
      </Fact>
      <Fact term={text.t("facts.builtIn")} source={from("builtInProtection")}>
        <Body1>{text.t(effective.builtInProtection ? "facts.builtInOn" : "facts.builtInOff")}</Body1>
      </Fact>
      <Fact term={text.t("facts.personal")} source={from("allowUserTrustedDomains")}>
        <Body1>{text.t(effective.allowUserTrustedDomains ? "facts.allowed" : "facts.notAllowed")}</Body1>
      </Fact>
      <Fact term={text.t("facts.external")} source={from("externalRecipients.warnAbove")}>
        <Body1>
          {external.warnAbove !== undefined
            ? text.t("facts.warnAbove", {
                count: external.warnAbove,
                action: actions[effective.actions["external-recipients"]],
              })
            : text.t("facts.noLimit")}
        </Body1>
        {external.warnAbove !== undefined && effective.internalDomains.length === 0 && (
          <Caption1>{text.t("facts.warnAboveNeedsInternal")}</Caption1>
        )}
      </Fact>
      <Fact term={text.t("facts.visible")} source={from("externalRecipients.visibleAbove")}>
        <Body1>
          {text.t("facts.visibleAbove", {
            count: external.visibleAbove,
            fields: seenFields,
            action: actions[effective.actions["visible-external-recipients"]],
          })}
        </Body1>
      </Fact>
      <Fact term={text.t("facts.unfamiliar")} source={from("externalRecipients.warnOnUnfamiliarDomain")}>
        <Body1>
          {text.t(
            effective.organisationPolicy.externalRecipients?.warnOnUnfamiliarDomain
              ? "facts.unfamiliarOn"
              : "facts.unfamiliarOff",
          )}
        </Body1>
        {unfamiliarByRule && <Caption1>{unfamiliarByRule}</Caption1>}
      </Fact>
      <Fact term={text.t("facts.learn")} source={from("externalRecipients.learnCorrespondents")}>
        <Body1>{text.t(external.learnCorrespondents ? "facts.learnOn" : "facts.learnOff")}</Body1>
      </Fact>
      <Fact term={text.t("facts.confirm")} source={from("externalRecipients.confirmDomains")}>
        <Body1>{text.t(external.confirmDomains ? "facts.confirmOn" : "facts.confirmOff")}</Body1>
      </Fact>
      <Fact term={text.t("facts.keywords")} source={lists.length === 0 ? from("keywords") : undefined}>
        {lists.length === 0 ? (
          <Body1>{text.t("facts.noKeywords")}</Body1>
        ) : (
          <ul className={styles.lists} aria-label={text.t("facts.keywordLists")}>
            {lists.map((list, i) => {
              // The policy's words are data: quoted, and shown as text, never as markup.
              const words = list.words
                .map((w) => quoted(text, visibleText(w)))
                .join(text.t("list.separator"));
              return (
                <li key={i} className={styles.keywords}>
                  <Body1>
                    {text.t("facts.keywordList", {
                      words: list.more > 0 ? text.t("andMore", { list: words, count: list.more }) : words,
                      action: actions[list.action],
                    })}
                  </Body1>
                  <Caption1>{" · "}</Caption1>
                  <From source={list.source} />
                </li>
              );
            })}
          </ul>
        )}
      </Fact>
    </dl>
  );
}
