/**
 * What `recipient-guard exchange` says about its rules, in the command line's language: why they
 * cannot be written, and what the administrator should know. exchange.ts says it as data. The
 * script it writes speaks the same language through its message table (the `script.` keys of
 * src/cli/messages/); its help and notes at the top stay English.
 */
import type { ExchangeFault, ExchangeNote } from "./exchange";
import type { CliText } from "./messages";

export function exchangeFaultText(fault: ExchangeFault, text: CliText): string {
  switch (fault.why) {
    case "domain":
      return text.t("exchange.fault.domain", {
        where: text.t(`exchange.list.${fault.where.list}`, { index: fault.where.index }),
        value: fault.value,
      });
    case "address":
      return text.t("exchange.fault.address", {
        role: text.t(`exchange.role.${fault.role}`),
        value: fault.value,
      });
    case "too-long":
      return text.t("exchange.fault.too-long", { value: fault.value });
    case "max-rules":
      return text.t("exchange.maxRules", { limit: fault.limit });
    case "hold-needs-moderator":
    case "moderator-without-hold":
      return text.t(`exchange.fault.${fault.why}`);
    case "moderators":
      return text.t("exchange.fault.moderators", { limit: fault.limit, given: fault.given });
    case "too-many-rules":
      return text.t("exchange.fault.too-many-rules", {
        rules: text.n("count.rules", fault.rules),
        lookalikes: text.n("count.lookalikes", fault.lookalikes),
        protected: text.n("count.protected", fault.protected),
        blocked: text.number(fault.blocked),
        most:
          fault.maxRules === undefined
            ? text.t("exchange.most.exchange", { count: fault.limit })
            : text.t("exchange.most.option", { count: fault.maxRules }),
        advice: text.t(
          fault.lookalikeScope === "trusted" ? "exchange.advice.trusted" : "exchange.advice.other",
        ),
      });
    case "regex":
      return text.t(fault.blockedDomainsToo ? "exchange.fault.regexDomains" : "exchange.fault.regex", {
        characters: fault.characters,
        limit: fault.limit,
      });
  }
}

export function exchangeNoteText(note: ExchangeNote, text: CliText): string {
  return note.note === "trusted-lookalikes"
    ? text.n("exchange.note.trusted-lookalikes", note.count)
    : text.t(`exchange.note.${note.note}`);
}
