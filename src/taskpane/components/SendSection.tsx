import { Body1 } from "@fluentui/react-components";
import type { RecipientReview } from "../fixes";
import { useItemWords } from "../labels";
import { usePaneText } from "../i18n";

export interface SendSectionProps {
  review: RecipientReview;
}

/**
 * What to do next. The pane never sends the message itself: Outlook's item.sendAsync needs the
 * read/write mailbox permission, and Recipient Guard asks only for read/write item. So the user
 * presses Send in the message, and the send check runs again on what the message holds then.
 */
export function SendSection({ review }: SendSectionProps) {
  // Outside domains waiting for the user's confirmation stop the message too, but ask for another step.
  const unconfirmed = review.messageFindings.some((f) => f.code === "unconfirmed-domains");
  const blocked =
    review.flagged.some((r) => r.result.verdict === "block") ||
    review.messageFindings.some((f) => f.severity === "block" && f.code !== "unconfirmed-domains");
  // A note (attachments going outside, by default) asks for no decision.
  const pending = review.flagged.length > 0 || review.messageFindings.some((f) => f.severity !== "info");
  const noun = useItemWords().noun;
  const text = usePaneText();
  return (
    <Body1 as="p" style={{ margin: 0 }}>
      {text.t(
        blocked ? "send.blocked" : unconfirmed ? "send.unconfirmed" : pending ? "send.pending" : "send.clear",
        { noun },
      )}
    </Body1>
  );
}
