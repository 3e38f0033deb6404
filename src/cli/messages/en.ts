/**
 * Every word the command line says of its own, in English: the catalogue de.ts, fr.ts and ja.ts
 * translate key for key (test/cli-language.test.ts holds them to it). The findings come from the
 * checker's catalogues (src/checker/messages/); `--json` and `--csv` keep their field names and
 * codes in every language. Keys ending in `.one` and `.other` are a pair chosen by a count's plural
 * form; `{name}` is filled in by index.ts.
 */
export const CLI_EN = {
  usage: `Usage:
  recipient-guard check [--policy FILE] [--json [--evidence]] [ADDRESS...]
      Check addresses, or with none given, standard input: lines of addresses (several to a
      line with ; or ,; blank lines and # comments skipped), or a CSV file with an e-mail
      column, such as Outlook's contacts export.
      Findings are in the language of LC_ALL, LC_MESSAGES or LANG (English, German, French or
      Japanese); --json adds each finding's evidence (what was found, as data) with --evidence.
      Exit status: 0 all allowed, 1 something to warn about or block, 2 usage or policy error.
  recipient-guard audit [--policy FILE] [--format FORMAT] [--json | --csv] [--html REPORT] FILE...
      Find mail already sent to lookalike and slip domains in exported logs: message trace CSV
      (Get-MessageTrace / Get-MessageTraceV2 | Export-Csv, or the admin center's download),
      historical search CSV, Exchange Server message tracking logs, or a table of recipient
      domains with counts (FORMAT: trace, historical, tracking-log, domains; default: detected).
      Exit status: 0 none found, 1 some found, 2 usage or unreadable input.
  recipient-guard exchange [--policy FILE] [--out FILE] [--unchecked reject | --unchecked hold
                           --moderator ADDRESS...] [--copy-sent-anyway ADDRESS]
                           [--lookalikes internal|trusted|none] [--max-rules N]
      Write an Exchange Online PowerShell script that creates or updates mail flow rules from the
      policy: reject mail to blocked domains; mail without the add-in's X-Recipient-Guard header
      (phones, old Outlook, scripts) to a slip ending such as .ml, or to a one-slip lookalike of
      the internal (or also trusted) domains, is bounced with a notice (default) or held for the
      moderators; optionally a blind copy of mail sent with Send Anyway. The script updates its
      own rules when run again, and has -DryRun. See docs/exchange.md.
      Exit status: 0 written, 2 usage or policy error, or rules that do not fit Exchange's limits.
  recipient-guard policy check FILE     Validate a policy file and list every problem.
      Exit status: 0 accepted, 1 accepted with warnings (such as settings that contradict
      each other), 2 not accepted (or no such file).
  recipient-guard policy schema         Print the policy's JSON Schema.
  recipient-guard demo                  Check a few sample addresses with the built-in defaults (exit 0).
  recipient-guard --help | --version
`,

  // Counts.
  "count.messages.one": "{count} message",
  "count.messages.other": "{count} messages",
  "count.flaggedDomains.one": "{count} lookalike or slip domain",
  "count.flaggedDomains.other": "{count} lookalike or slip domains",
  "count.recipientDomains.one": "{count} recipient domain",
  "count.recipientDomains.other": "{count} recipient domains",
  "count.rows.one": "{count} row",
  "count.rows.other": "{count} rows",
  "count.problems.one": "{count} problem",
  "count.problems.other": "{count} problems",
  "count.rules.one": "{count} mail flow rule",
  "count.rules.other": "{count} mail flow rules",
  "count.endings.one": "{count} slip ending",
  "count.endings.other": "{count} slip endings",
  "count.lookalikes.one": "{count} lookalike domain",
  "count.lookalikes.other": "{count} lookalike domains",
  "count.protected.one": "{count} protected domain",
  "count.protected.other": "{count} protected domains",
  "count.blocked.one": "{count} blocked domain",
  "count.blocked.other": "{count} blocked domains",

  // check and demo.
  "verdict.block": "block",
  "verdict.warn": "warn",
  "verdict.allow": "allow",
  "echo.more": "…[{count} more characters]",

  // The command line itself.
  "error.prefix": "recipient-guard: {message}",
  "error.needsValue": "{option} needs a value",
  "error.needsPolicyFile": "--policy needs a file name",
  "error.unknownOption": "unknown option {option}",
  "error.unknownCommand": 'unknown command "{command}"',
  "error.exchangeOption": "{option} belongs to the exchange command",
  "error.readPolicy": "{file}: cannot read the policy file ({code})",
  "error.internal": "internal error: {message}",
  "error.output": "cannot write the output: {message}",

  // policy check.
  "policy.needsFile": "policy check needs a file name",
  "policy.notAccepted.one": "{problems} found; the policy was not accepted.",
  "policy.notAccepted.other": "{problems} found; the policy was not accepted.",
  "policy.accepted":
    "{file} was accepted: {internal} internal, {trusted} trusted and {blocked} blocked domains.",
  "policy.warnings.one": "{count} warning found: the policy applies as written, but check it.",
  "policy.warnings.other": "{count} warnings found: the policy applies as written, but check them.",

  // audit: the command.
  "audit.needsFiles": "audit needs the exported log files to read",
  "audit.format": "--format must be one of {formats}",
  "audit.jsonOrCsv": "choose --json or --csv, not both",
  "audit.readFile": "cannot read the file ({code})",
  "audit.moreProblems": "and {count} more rows that could not be read",
  "audit.written": "Report written to {file}.",
  "audit.empty": "{file}: there is nothing in it to read.",
  "audit.layout": "{file}: this layout is not one audit reads (columns: {columns}). It needs {needs}.",
  "audit.needs.separator": "; or ",
  "needs.trace":
    "a time (Received or date_time_utc), a sender (SenderAddress or sender_address) and a recipient (RecipientAddress or recipient_address)",
  "needs.historical": "origin_timestamp_utc, sender_address and recipient_status",
  "needs.tracking-log": "a #Fields: line with date-time, event-id, sender-address and recipient-address",
  "needs.domains": "RecipientDomain and Messages (or Count), with FirstSeen and LastSeen if known",

  // audit: rows that could not be read.
  "row.where": "{file} line {line}",
  "row.not-address": '{where}: "{value}" is not an address',
  "row.time": '{where}: the time "{value}" could not be read',
  "row.no-recipient": "{where}: no recipient",
  "row.no-domain": "{where}: no domain and count to read",

  // audit: the table.
  "audit.none": "No message went to a lookalike or slip domain ({domains} in {rows} checked).",
  "audit.found.one": "{messages} went to {flagged} (of {domains} in {rows}).",
  "audit.found.other": "{messages} went to {flagged} (of {domains} in {rows}).",
  "table.domain": "domain",
  "table.messages": "messages",
  "table.period": "first – last",
  "table.senders": "senders",
  "table.meant": "probably meant",
  "table.why": "Why each domain was flagged:",

  // audit: the HTML report.
  "html.title": "Recipient Guard audit",
  "html.heading": "Mail sent to lookalike and slip domains",
  "html.about":
    "Recipient Guard audit of {sources}, {date}. Each recipient domain was checked as the Outlook add-in checks it when someone presses Send.",
  "html.perMonth": "Per month",
  "html.perDomain": "Per domain",
  "html.none": "None.",
  "html.noChart": "No dated messages to chart.",
  "html.chart": "Messages to lookalike or slip domains per month, at most {max} in a month",
  "html.domain": "Domain",
  "html.messages": "Messages",
  "html.firstSeen": "First seen",
  "html.lastSeen": "Last seen",
  "html.senders": "Senders",
  "html.firstSenders": "First senders",
  "html.meant": "Probably meant",
  "html.why": "Why",
  "html.problems": "Rows that could not be read",
  "html.moreProblems": "And {count} more.",

  // exchange.
  "exchange.error": "recipient-guard exchange: {message}",
  "exchange.unexpected": 'unexpected argument "{argument}" (the policy is given with --policy FILE)',
  "exchange.notHere": "--json, --csv, --format and --html belong to check and audit",
  "exchange.repeated": "{option} was given {count} times",
  "exchange.unchecked": "--unchecked must be reject or hold",
  "exchange.lookalikes": "--lookalikes must be internal, trusted or none",
  "exchange.maxRules": "--max-rules must be a whole number from 1 to {limit}",
  "exchange.writeScript": "{file}: cannot write the script ({code})",
  "exchange.summary":
    "{rules}: {endings} ({list}), {lookalikes} of {protected}, {blocked}; {characters} of Exchange Online's {limit} characters of regular expressions.",
  "exchange.wrote":
    "Wrote {file}: {summary}\nReview it, then in PowerShell: Connect-ExchangeOnline; .\\{script} -DryRun",
  "exchange.list.internal": "internal domain {index}",
  "exchange.list.trusted": "trusted domain {index}",
  "exchange.list.blocked": "blocked domain {index}",
  "exchange.role.moderator": "the moderator",
  "exchange.role.copy": "the Send Anyway copy mailbox",
  "exchange.fault.domain": "{where} {value} is not a domain a mail flow rule can name",
  "exchange.fault.address": "{role} {value} is not an e-mail address (write it as name@example.com)",
  "exchange.fault.too-long": '"{value}" alone is too long for one rule',
  "exchange.fault.hold-needs-moderator":
    "--unchecked hold needs --moderator ADDRESS (one to ten moderators' mailboxes)",
  "exchange.fault.moderator-without-hold": "--moderator only applies with --unchecked hold",
  "exchange.fault.moderators": "a rule takes at most {limit} moderators; {given} were given",
  "exchange.fault.too-many-rules":
    "the rules need {rules} ({lookalikes} of {protected}, {blocked} blocked), more than {most}. {advice}",
  "exchange.most.option": "--max-rules {count}",
  "exchange.most.exchange": "Exchange Online's {count} per organisation",
  "exchange.advice.trusted":
    "Protect only the internal domains (--lookalikes internal), or list fewer trusted domains.",
  "exchange.advice.other":
    "Protect fewer domains (--lookalikes none leaves the lookalikes to the add-in), or list fewer blocked domains.",
  "exchange.fault.regex":
    "the rules' regular expressions take {characters} characters, more than the {limit} Exchange Online allows across all rules; list fewer blocked endings.",
  "exchange.fault.regexDomains":
    "the rules' regular expressions take {characters} characters, more than the {limit} Exchange Online allows across all rules; list fewer blocked endings or blocked domains.",
  "exchange.note.blocked-allowed":
    'The policy allows mail to its blocked domains ("blocked-domain": "allow"), so no rule is written for them.',
  "exchange.note.endings-not-flagged":
    "The policy does not flag the zero-configuration slip endings (builtInProtection off, or suffix-slip allowed), so no rule is written for them.",
  "exchange.note.lookalikes-none": "--lookalikes none: no rule for lookalikes of the organisation's domains.",
  "exchange.note.trusted-lookalikes.one":
    "The {count} trusted domain's lookalikes get no rule (--lookalikes trusted adds them, if they fit).",
  "exchange.note.trusted-lookalikes.other":
    "The {count} trusted domains' lookalikes get no rule (--lookalikes trusted adds them, if they fit).",

  // exchange: the script's own words. What it prints and throws when an administrator runs it
  // (PowerShell fills {0}, {1}… with -f, so these keep their numbered placeholders), what its
  // rules tell a sender whose message they bounce, and the rules' comments. Rule names stay
  // English: the script finds its rules by them. docs/exchange.md says how the file is encoded.
  "script.andMore": "{0}, {1}, {2} and {3} more",
  "script.notConnected":
    "Get-TransportRule is not available. Connect first: Install-Module ExchangeOnlineManagement; Connect-ExchangeOnline",
  "script.tooManyRules":
    "Not changed: the organisation has {0} other mail flow rules and these are {1}; Exchange Online allows {2} in all. Remove rules you no longer need, or write fewer with recipient-guard exchange --max-rules.",
  "script.tooMuchRegex":
    "Not changed: the other rules use {0} characters of regular expressions and these {1}; Exchange Online allows {2} across all rules.",
  "script.plan": "Recipient Guard mail flow rules: {0} to create, {1} to update, {2} to remove; mode {3}.",
  "script.verb.update": "update",
  "script.verb.create": "create",
  "script.planRule": "  {0} '{1}'",
  "script.disabled": "'{0}' is disabled; it stays disabled (Enable-TransportRule turns it on).",
  "script.stale": "  remove '{0}' (no longer generated)",
  "script.dryRun": "Dry run: nothing was changed.",
  "script.removed": "Removed '{0}'",
  "script.updated": "Updated '{0}'",
  "script.created": "Created '{0}'",
  "script.stopped":
    "Stopped at '{0}': {1} The rules before it were written; fix the cause and run the script again.",
  "script.done":
    'Done. Test with a message from a phone to one of the domains (docs/exchange.md, "Testing").',
  "script.notice.blocked":
    "Recipient Guard: your organisation does not allow mail to this recipient's domain, so the message was not delivered to this recipient. If you think the domain should be allowed, contact your IT help desk.",
  "script.notice.unchecked":
    "Recipient Guard: this recipient's address looks like a slip of a domain your organisation protects (for example army.ml for army.mil, or a misspelling of your own domain), and the message was sent from a program where Recipient Guard could not check it (a phone, an older Outlook, a script or a device). Check the address. If it is right, send the message again from Outlook with Recipient Guard, which will ask you to confirm it.",
  "script.comments":
    "Written by recipient-guard exchange {version} from {source} ({fingerprint}). The script finds its rules by the name prefix {prefix} and overwrites them on its next run: change the policy, not the rule.",
  "script.builtInPolicy": "the built-in policy",
} as const;

export type CliKey = keyof typeof CLI_EN;
