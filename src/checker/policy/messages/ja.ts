import type { PolicyKey } from "./en";

/**
 * 日本語（です・ます調）。リストの項目の場所（`place.*`）は、コマンド `exchange` と同じ
 * 「信頼するドメイン 2」の形で書きます。かぎかっこは、チェッカーのカタログのものを使います。
 */
export const POLICY_JA: Readonly<Record<PolicyKey, string>> = {
  error: "{place}: {problem}",
  separator: "、",

  "place.file": "ファイル全体",
  "place.setting": "設定{key}",
  "place.entry": "{number}番目の項目",
  "place.of": "{outer}の{inner}",
  "place.in": "{outer}の{inner}",
  "place.internalDomains": "内部ドメイン {number}",
  "place.trustedDomains": "信頼するドメイン {number}",
  "place.blockedDomains": "ブロック対象ドメイン {number}",
  "place.value": "{place}（{value}）",
  "place.action": "{code}の動作",

  "wrong-type": "{expected}を指定してください（指定されているのは{got}です）",
  "expected.boolean": "「true」または「false」",
  "expected.whole-number": "整数",
  "expected.text": "テキスト",
  "expected.list": "リスト",
  "expected.object": "オブジェクト",
  "got.null": "「null」",
  "got.list": "リスト",
  "got.object": "オブジェクト",
  "got.text": "テキスト",
  "got.number": "数値",
  "got.boolean": "真偽値",
  "got.other": "別の種類の値",
  required: "必須の設定です",
  "too-small": "{min} 以上にしてください",
  "too-big": "{max} 以下にしてください",
  "not-one-of": "次のいずれかを指定してください: {allowed}",
  "text-too-long": "{length} 文字あります。指定できるのは {max} 文字までです",
  "too-many": "{count} 件の項目があります。指定できるのは {max} 件までです",
  "unknown-setting": "既知の設定ではありません。使用できる設定は {known} です",
  repeats: "{value}と重複しています",

  empty: "空です",
  "an-address": "{host}はアドレスで、ドメインではありません",
  "not-a-domain": "{host}は有効なドメイン名ではありません",
  "ending.named": "{ending}（{whose}）",
  "open-ending":
    "{ending}は誰でも名前を登録できる末尾です。これを信頼すると、そこにアドレスを持つ見知らぬ相手をすべて信頼することになります。代わりに、各組織のドメイン（例: {example}）を指定してください。",
  "whole-namespace":
    "{ending}は名前空間全体で、{who}だけが名前を登録できます。これを信頼すると、その下のすべてのアドレスを信頼することになります。代わりに、やり取りしている組織のドメイン（例: {example}）を信頼してください。",
  "not-an-ending": "{host}はドメインでも、実在するドメインの末尾でもありません",
  "no-letter": "{keyword}には検索できる文字や数字がありません",

  "also-internal":
    "{internal}にも指定されています。内部ドメインはすでに信頼されているため、一度だけ指定してください。",
  "blocked.same.internalDomains":
    "{blockedBy}にも指定されているため、そこにいる組織内の同僚へのメールは止められます。ブロックは他のすべての設定より優先されます。どちらか一方の一覧から削除してください。",
  "blocked.same.trustedDomains":
    "{blockedBy}にも指定されているため、このドメインへのメールは止められます。ブロックは他のすべての設定より優先されます。どちらか一方の一覧から削除してください。",
  "blocked.under.internalDomains":
    "{blockedBy}の下にあるため、そこにいる組織内の同僚へのメールは止められます。ブロックは他のすべての設定より優先されます。どちらか一方の一覧から削除してください。",
  "blocked.under.trustedDomains":
    "{blockedBy}の下にあるため、このドメインへのメールは止められます。ブロックは他のすべての設定より優先されます。どちらか一方の一覧から削除してください。",
  "warn-above-unused":
    "この設定が適用されることはありません。「internalDomains」がないと、Recipient Guard はどの宛先が組織外かを判断できません。「internalDomains」に組織のドメインを指定するか、この設定を削除してください。",

  "too-large": "{limit} バイトを超えています",
  "not-json": "有効な JSON ではありません: {detail}",

  "namespace.internalDomains":
    "{place}は、{host} の下のすべてのアドレスを内部として扱います。この名前空間に名前を登録できるのは{who}だけです。",
  "namespace.trustedDomains":
    "{place}は、{host} の下のすべてのアドレスを信頼します。ここに名前を登録できるのは{who}だけです。",

  "registrants.gov": "米国の政府機関",
  "registrants.mil": "米軍",
  "registrants.edu": "認定を受けた米国の大学",
  "registrants.int": "国際条約によって設立された機関",
  "registrants.gov.uk": "英国の公的機関",
  "registrants.police.uk": "英国の警察",
  "registrants.nhs.uk": "NHS の機関",
  "registrants.mod.uk": "英国国防省と英国軍",
  "registrants.ac.uk": "英国の大学、カレッジ、研究機関",
  "registrants.sch.uk": "英国の学校",
  "registrants.gc.ca": "カナダ政府の省庁",
  "registrants.gov.au": "オーストラリアの連邦・州・地方の政府機関",
  "registrants.gouv.fr": "フランス政府の省庁",
};
