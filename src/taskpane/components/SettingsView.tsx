import {
  Body1,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Checker } from "../../checker";
import type { LoadedPolicy } from "../../shared/policy-store";
import type { PaneHost } from "../host";
import { describeOrigin } from "../policy-view";
import { problemText } from "../policy-words";
import { CorrespondentHistory } from "./CorrespondentHistory";
import { PolicyFacts } from "./PolicyFacts";
import { PolicyUpdate } from "./PolicyUpdate";
import { RuleList } from "./RuleList";
import { TrustedDomainsEditor } from "./TrustedDomainsEditor";
import { usePaneText } from "../i18n";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalXL },
  section: { display: "grid", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  problems: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export interface SettingsViewProps {
  host: PaneHost;
  policy: LoadedPolicy;
  /** The checker of the policy in force, which judges what the user may trust. */
  checker: Checker;
  onPolicyChanged(): void;
}

/**
 * The policy in force and where it came from, policy updates, the user's trusted domains, the
 * domains they write to, the version.
 */
export function SettingsView({ host, policy, checker, onPolicyChanged }: SettingsViewProps) {
  const styles = useStyles();
  const text = usePaneText();
  return (
    <div className={styles.root}>
      <section className={styles.section} aria-labelledby="settings-origin">
        <Subtitle2 as="h2" id="settings-origin" className={styles.heading}>
          {text.t("settings.policy")}
        </Subtitle2>
        <Body1>{describeOrigin(policy, text)}</Body1>
        {policy.problems.length > 0 && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{text.t("settings.problems")}</MessageBarTitle>
              <ul className={styles.problems}>
                {policy.problems.map((p, i) => (
                  <li key={i}>{problemText(p, text)}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
        <PolicyUpdate host={host} onUpdated={onPolicyChanged} />
      </section>
      <section className={styles.section} aria-labelledby="settings-trusted">
        <Subtitle2 as="h2" id="settings-trusted" className={styles.heading}>
          {text.t("settings.trusted")}
        </Subtitle2>
        <TrustedDomainsEditor
          host={host}
          checker={checker}
          effective={policy.effective}
          onChanged={onPolicyChanged}
        />
      </section>
      <section className={styles.section} aria-labelledby="settings-history">
        <Subtitle2 as="h2" id="settings-history" className={styles.heading}>
          {text.t("settings.history")}
        </Subtitle2>
        <CorrespondentHistory host={host} learns={policy.effective.externalRecipients.learnCorrespondents} />
      </section>
      <section className={styles.section} aria-labelledby="settings-facts">
        <Subtitle2 as="h2" id="settings-facts" className={styles.heading}>
          {text.t("settings.facts")}
        </Subtitle2>
        <PolicyFacts effective={policy.effective} />
      </section>
      <section className={styles.section} aria-labelledby="settings-rules">
        <Subtitle2 as="h2" id="settings-rules" className={styles.heading}>
          {text.t("settings.rules")}
        </Subtitle2>
        <RuleList effective={policy.effective} />
      </section>
      <section className={styles.section} aria-labelledby="settings-about">
        <Subtitle2 as="h2" id="settings-about" className={styles.heading}>
          {text.t("settings.about")}
        </Subtitle2>
        <Caption1>{text.t("settings.version", { version: host.version })}</Caption1>
      </section>
    </div>
  );
}
