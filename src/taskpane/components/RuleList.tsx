import { Body1, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { FINDING_CODES, type EffectivePolicy } from "../../checker";
import { actionLabels, codeLabel, sourcePhrases, useItemWords } from "../labels";
import { keywordRule } from "../policy-view";
import { usePaneText } from "../i18n";

const useStyles = makeStyles({
  rules: { margin: 0, padding: 0, listStyleType: "none", display: "grid" },
  rule: {
    display: "grid",
    gap: "2px",
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  source: { color: tokens.colorNeutralForeground3 },
  changed: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** What happens for each kind of finding, and whether that is the default or the organisation's choice. */
export function RuleList({ effective }: { effective: EffectivePolicy }) {
  const styles = useStyles();
  const text = usePaneText();
  const words = useItemWords();
  const actions = actionLabels(text);
  const phrases = sourcePhrases(text);
  return (
    <ul className={styles.rules} aria-label={text.t("settings.rules")}>
      {FINDING_CODES.map((code) => {
        let source = effective.actionSources[code];
        let action = actions[effective.actions[code]];
        if (code === "sensitive-keyword") {
          // The organisation's keyword lists say what a word found does; without one, nothing is looked for.
          const rule = keywordRule(effective);
          if (rule.kind === "none") action = text.t("rules.noKeywords");
          else if (rule.kind === "one")
            ({ action, source } = { action: actions[rule.action], source: rule.source });
          else ({ action, source } = { action: text.t("rules.perList"), source: "organisation" });
        }
        return (
          <li key={code} className={styles.rule}>
            <Body1>{codeLabel(code, words, text)}</Body1>
            <Caption1>
              {action}
              {" · "}
              <span className={mergeClasses(styles.source, source !== "built-in" && styles.changed)}>
                {phrases[source]}
              </span>
            </Caption1>
          </li>
        );
      })}
    </ul>
  );
}
