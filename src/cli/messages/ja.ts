import type { CliKey } from "./en";

/** The command line's own words in Japanese. */
export const CLI_JA: Record<CliKey, string> = {
  usage: `使い方:
  recipient-guard check [--policy FILE] [--json [--evidence]] [ADDRESS...]
      アドレスを確認します。アドレスを指定しない場合は標準入力を読み取ります: アドレスの行
      (1 行に複数のときは ; または , で区切り、空行と # で始まるコメントは無視)、または Outlook
      の連絡先のエクスポートなど、メール アドレスの列がある CSV ファイル。
      指摘は LC_ALL、LC_MESSAGES、LANG の言語 (英語、ドイツ語、フランス語、日本語) で表示されます。
      --json に --evidence を付けると、各指摘の根拠 (見つかった内容をデータとして) が加わります。
      終了ステータス: 0 すべて許可、1 警告またはブロックの対象あり、2 使い方またはポリシーの誤り。
  recipient-guard audit [--policy FILE] [--format FORMAT] [--json | --csv] [--html REPORT] FILE...
      エクスポートしたログから、偽装ドメインや入力ミスのドメインに送信済みのメールを探します:
      メッセージ追跡の CSV (Get-MessageTrace / Get-MessageTraceV2 | Export-Csv、または管理センター
      からのダウンロード)、履歴検索の CSV、Exchange Server のメッセージ追跡ログ、または受信者ドメイン
      と件数の表 (FORMAT: trace、historical、tracking-log、domains。既定: 自動判別)。
      終了ステータス: 0 見つからない、1 見つかった、2 使い方の誤りまたは読み取れない入力。
  recipient-guard exchange [--policy FILE] [--out FILE] [--unchecked reject | --unchecked hold
                           --moderator ADDRESS...] [--copy-sent-anyway ADDRESS]
                           [--lookalikes internal|trusted|none] [--max-rules N]
      ポリシーからメール フロー ルールを作成または更新する、Exchange Online 用の PowerShell
      スクリプトを書き出します: ブロックされたドメインへのメールは拒否します。アドインの
      X-Recipient-Guard ヘッダーがないメール (スマートフォン、古い Outlook、スクリプト) のうち、
      .ml などの入力ミスの末尾や、内部 (または信頼する) ドメインと 1 文字違いの偽装ドメインに宛てた
      ものは、通知を付けて返送 (既定) するか、モデレーターの承認待ちにします。オプションで、
      「このまま送信」で送られたメールの BCC コピーも作成します。スクリプトは再実行すると自身の
      ルールを更新し、-DryRun に対応しています。docs/exchange.md を参照してください。
      終了ステータス: 0 書き出し完了、2 使い方またはポリシーの誤り、または Exchange の制限を超える
      ルール。
  recipient-guard policy check FILE     ポリシー ファイルを検証し、すべての問題を一覧表示します。
      終了ステータス: 0 受理、1 警告付きで受理 (互いに矛盾する設定など)、2 不受理 (または
      ファイルなし)。
  recipient-guard policy schema         ポリシーの JSON スキーマを出力します。
  recipient-guard demo                  組み込みの既定値でサンプル アドレスをいくつか確認します (終了ステータス 0)。
  recipient-guard --help | --version
`,
  "count.messages.one": "{count} 件のメッセージ",
  "count.messages.other": "{count} 件のメッセージ",
  "count.flaggedDomains.one": "{count} 件の偽装または入力ミスのドメイン",
  "count.flaggedDomains.other": "{count} 件の偽装または入力ミスのドメイン",
  "count.recipientDomains.one": "{count} 件の受信者ドメイン",
  "count.recipientDomains.other": "{count} 件の受信者ドメイン",
  "count.rows.one": "{count} 行",
  "count.rows.other": "{count} 行",
  "count.problems.one": "{count} 件の問題",
  "count.problems.other": "{count} 件の問題",
  "count.rules.one": "{count} 件のメール フロー ルール",
  "count.rules.other": "{count} 件のメール フロー ルール",
  "count.endings.one": "{count} 件の入力ミスの末尾",
  "count.endings.other": "{count} 件の入力ミスの末尾",
  "count.lookalikes.one": "{count} 件の偽装ドメイン",
  "count.lookalikes.other": "{count} 件の偽装ドメイン",
  "count.protected.one": "{count} 件の保護対象ドメイン",
  "count.protected.other": "{count} 件の保護対象ドメイン",
  "count.blocked.one": "{count} 件のブロック対象ドメイン",
  "count.blocked.other": "{count} 件のブロック対象ドメイン",
  "verdict.block": "ブロック",
  "verdict.warn": "警告",
  "verdict.allow": "許可",
  "echo.more": "…[ほか {count} 文字]",
  "error.prefix": "recipient-guard: {message}",
  "error.needsValue": "{option} には値が必要です",
  "error.needsPolicyFile": "--policy にはファイル名が必要です",
  "error.unknownOption": "不明なオプション {option}",
  "error.unknownCommand": "不明なコマンド「{command}」",
  "error.exchangeOption": "{option} は exchange コマンドのオプションです",
  "error.readPolicy": "{file}: ポリシー ファイルを読み取れません ({code})",
  "error.internal": "内部エラー: {message}",
  "error.output": "出力を書き込めません: {message}",
  "policy.needsFile": "policy check にはファイル名が必要です",
  "policy.notAccepted.one": "{problems}が見つかりました。ポリシーは受理されませんでした。",
  "policy.notAccepted.other": "{problems}が見つかりました。ポリシーは受理されませんでした。",
  "policy.accepted":
    "{file} は受理されました: 内部ドメイン {internal} 件、信頼するドメイン {trusted} 件、ブロック対象ドメイン {blocked} 件。",
  "policy.warnings.one":
    "警告が {count} 件見つかりました: ポリシーは記述どおりに適用されますが、確認してください。",
  "policy.warnings.other":
    "警告が {count} 件見つかりました: ポリシーは記述どおりに適用されますが、確認してください。",
  "audit.needsFiles": "audit には読み取るエクスポート済みログ ファイルが必要です",
  "audit.format": "--format は次のいずれかにしてください: {formats}",
  "audit.jsonOrCsv": "--json と --csv のどちらか一方を選んでください",
  "audit.readFile": "ファイルを読み取れません ({code})",
  "audit.moreProblems": "ほかに読み取れなかった行が {count} 行あります",
  "audit.written": "レポートを {file} に書き出しました。",
  "audit.empty": "{file}: 読み取る内容がありません。",
  "audit.layout": "{file}: audit が読み取れる形式ではありません (列: {columns})。必要なのは {needs} です。",
  "audit.needs.separator": "、または ",
  "needs.trace":
    "時刻 (Received または date_time_utc)、送信者 (SenderAddress または sender_address)、受信者 (RecipientAddress または recipient_address)",
  "needs.historical": "origin_timestamp_utc、sender_address、recipient_status",
  "needs.tracking-log": "date-time、event-id、sender-address、recipient-address を含む #Fields: 行",
  "needs.domains": "RecipientDomain と Messages (または Count)、わかる場合は FirstSeen と LastSeen",
  "row.where": "{file} の {line} 行目",
  "row.not-address": "{where}: 「{value}」はアドレスではありません",
  "row.time": "{where}: 時刻「{value}」を読み取れませんでした",
  "row.no-recipient": "{where}: 受信者がありません",
  "row.no-domain": "{where}: 読み取れるドメインと件数がありません",
  "audit.none": "偽装または入力ミスのドメインに送られたメッセージはありません ({rows}中の {domains}を確認)。",
  "audit.found.one": "{messages}が {flagged}に送られました ({rows}中の {domains}のうち)。",
  "audit.found.other": "{messages}が {flagged}に送られました ({rows}中の {domains}のうち)。",
  "table.domain": "ドメイン",
  "table.messages": "メッセージ",
  "table.period": "最初 – 最後",
  "table.senders": "送信者",
  "table.meant": "本来の宛先と思われるドメイン",
  "table.why": "各ドメインが報告された理由:",
  "html.title": "Recipient Guard 監査",
  "html.heading": "偽装ドメインや入力ミスのドメインに送られたメール",
  "html.about":
    "{sources} の Recipient Guard 監査 ({date})。各受信者ドメインは、Outlook アドインが送信時に確認するのと同じ方法で確認しました。",
  "html.perMonth": "月別",
  "html.perDomain": "ドメイン別",
  "html.none": "なし。",
  "html.noChart": "グラフにできる日付付きのメッセージはありません。",
  "html.chart": "偽装または入力ミスのドメインに送られたメッセージ (月別、1 か月の最大 {max} 件)",
  "html.domain": "ドメイン",
  "html.messages": "メッセージ",
  "html.firstSeen": "最初の日付",
  "html.lastSeen": "最後の日付",
  "html.senders": "送信者",
  "html.firstSenders": "最初の送信者",
  "html.meant": "本来の宛先と思われるドメイン",
  "html.why": "理由",
  "html.problems": "読み取れなかった行",
  "html.moreProblems": "ほか {count} 行。",
  "exchange.error": "recipient-guard exchange: {message}",
  "exchange.unexpected": "予期しない引数「{argument}」(ポリシーは --policy FILE で指定します)",
  "exchange.notHere": "--json、--csv、--format、--html は check と audit のオプションです",
  "exchange.repeated": "{option} が {count} 回指定されました",
  "exchange.unchecked": "--unchecked は reject または hold にしてください",
  "exchange.lookalikes": "--lookalikes は internal、trusted、none のいずれかにしてください",
  "exchange.maxRules": "--max-rules は 1 から {limit} までの整数にしてください",
  "exchange.writeScript": "{file}: スクリプトを書き込めません ({code})",
  "exchange.summary":
    "{rules}: {endings} ({list})、{protected}に対する {lookalikes}、{blocked}。正規表現は Exchange Online の上限 {limit} 文字のうち {characters} 文字。",
  "exchange.wrote":
    "{file} を書き出しました: {summary}\n内容を確認してから、PowerShell で次を実行してください: Connect-ExchangeOnline; .\\{script} -DryRun",
  "exchange.list.internal": "内部ドメイン {index}",
  "exchange.list.trusted": "信頼するドメイン {index}",
  "exchange.list.blocked": "ブロック対象ドメイン {index}",
  "exchange.role.moderator": "モデレーター",
  "exchange.role.copy": "「このまま送信」のコピー先メールボックス",
  "exchange.fault.domain": "{where} の {value} は、メール フロー ルールで指定できるドメインではありません",
  "exchange.fault.address":
    "{role}の {value} はメール アドレスではありません (name@example.com の形式で書いてください)",
  "exchange.fault.too-long": "「{value}」だけで 1 つのルールには長すぎます",
  "exchange.fault.hold-needs-moderator":
    "--unchecked hold には --moderator ADDRESS (1 ～ 10 人のモデレーターのメールボックス) が必要です",
  "exchange.fault.moderator-without-hold": "--moderator は --unchecked hold と一緒にのみ使用できます",
  "exchange.fault.moderators":
    "1 つのルールに指定できるモデレーターは最大 {limit} 人ですが、{given} 人指定されました",
  "exchange.fault.too-many-rules":
    "必要なルール ({rules}) が {most}を超えています ({protected}に対する {lookalikes}、ブロック対象 {blocked} 件)。{advice}",
  "exchange.most.option": "--max-rules {count}",
  "exchange.most.exchange": "Exchange Online の組織あたりの上限 {count} 件",
  "exchange.advice.trusted":
    "内部ドメインだけを保護する (--lookalikes internal) か、信頼するドメインを減らしてください。",
  "exchange.advice.other":
    "保護するドメインを減らす (--lookalikes none にすると偽装ドメインはアドインに任せます) か、ブロック対象ドメインを減らしてください。",
  "exchange.fault.regex":
    "ルールの正規表現が {characters} 文字になり、Exchange Online がすべてのルールで許可する {limit} 文字を超えています。ブロック対象の末尾を減らしてください。",
  "exchange.fault.regexDomains":
    "ルールの正規表現が {characters} 文字になり、Exchange Online がすべてのルールで許可する {limit} 文字を超えています。ブロック対象の末尾またはブロック対象ドメインを減らしてください。",
  "exchange.note.blocked-allowed":
    'ポリシーがブロック対象ドメインへのメールを許可している ("blocked-domain": "allow") ため、それらのルールは書き出しません。',
  "exchange.note.endings-not-flagged":
    "ポリシーが既定の入力ミスの末尾を指摘しない (builtInProtection がオフ、または suffix-slip が allow) ため、それらのルールは書き出しません。",
  "exchange.note.lookalikes-none":
    "--lookalikes none: 組織のドメインの偽装ドメインに対するルールはありません。",
  "exchange.note.trusted-lookalikes.one":
    "{count} 件の信頼するドメインの偽装ドメインにはルールがありません (--lookalikes trusted で、収まる場合は追加されます)。",
  "exchange.note.trusted-lookalikes.other":
    "{count} 件の信頼するドメインの偽装ドメインにはルールがありません (--lookalikes trusted で、収まる場合は追加されます)。",
  // exchange: the script's own words (en.ts says what they are).
  "script.andMore": "{0}、{1}、{2} ほか {3} 件",
  "script.notConnected":
    "Get-TransportRule を使用できません。先に接続してください: Install-Module ExchangeOnlineManagement; Connect-ExchangeOnline",
  "script.tooManyRules":
    "何も変更していません: 組織にはほかのメール フロー ルールが {0} 件あり、このスクリプトのルールは {1} 件です。Exchange Online で許可されるのは合計 {2} 件です。不要なルールを削除するか、recipient-guard exchange --max-rules で書き出すルールを減らしてください。",
  "script.tooMuchRegex":
    "何も変更していません: ほかのルールの正規表現は {0} 文字、このスクリプトのルールの正規表現は {1} 文字です。Exchange Online で許可されるのは、すべてのルールの合計で {2} 文字です。",
  "script.plan":
    "Recipient Guard のメール フロー ルール: 作成 {0} 件、更新 {1} 件、削除 {2} 件。モード {3}。",
  "script.verb.update": "更新",
  "script.verb.create": "作成",
  "script.planRule": "  「{1}」を{0}",
  "script.disabled":
    "「{0}」は無効になっています。無効のままにします (Enable-TransportRule で有効にできます)。",
  "script.stale": "  「{0}」を削除 (生成されなくなったため)",
  "script.dryRun": "ドライ ランのため、何も変更していません。",
  "script.removed": "「{0}」を削除しました",
  "script.updated": "「{0}」を更新しました",
  "script.created": "「{0}」を作成しました",
  "script.stopped":
    "「{0}」で停止しました: {1} それより前のルールは書き込まれています。原因を解決してから、スクリプトをもう一度実行してください。",
  "script.done":
    "完了しました。スマートフォンからいずれかのドメインにメッセージを送信してテストしてください (docs/exchange.md の「Testing」)。",
  "script.notice.blocked":
    "Recipient Guard: 組織のポリシーにより、この受信者のドメインへのメールは許可されていないため、メッセージはこの受信者に配信されませんでした。このドメインを許可すべきだとお考えの場合は、IT ヘルプデスクにお問い合わせください。",
  "script.notice.unchecked":
    "Recipient Guard: この受信者のアドレスは、組織が保護しているドメインの入力ミスのように見えます (例: army.mil に対する army.ml、または自組織のドメインのつづり間違い)。また、このメッセージは Recipient Guard が確認できないプログラム (スマートフォン、古い Outlook、スクリプト、デバイスなど) から送信されました。アドレスを確認してください。正しい場合は、Recipient Guard が動作する Outlook からもう一度送信してください。送信時に確認を求められます。",
  "script.comments":
    "recipient-guard exchange {version} が {source} から書き出しました ({fingerprint})。スクリプトは名前の先頭の {prefix} で自身のルールを見つけ、次回の実行時に上書きします。ルールではなく、ポリシーを変更してください。",
  "script.builtInPolicy": "組み込みのポリシー",
};
