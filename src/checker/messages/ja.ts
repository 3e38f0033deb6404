import type { Catalogue, MessageKey, NamedSuffix } from "./catalogue";
import { COUNTRY_NAMES_TEXT } from "../data/country-names.ja.generated";
import { countryTable } from "./countries";
import { namesByKind } from "./invisible";

/** 日本語（です・ます調）。ドメインやアドレスは「」で囲みます。 */
const JA_TEXT: Record<MessageKey, string> = {
  quoted: "「{text}」",
  hostWithAscii: "「{unicode}」（{ascii}）",
  listSeparator: "、",
  listAnd: "{list}、{last}",
  listOr: "{list}、または {last}",
  scriptSeparator: "と",
  clauseSeparator: "。",
  appositive: "（{what}）",
  space: "空白",
  character: "「{character}」（{code}）",

  "whose.internal": "組織のドメイン",
  "whose.organisation": "組織が信頼しているドメイン",
  "whose.user": "あなたが信頼しているドメイン",
  "whose.learned": "あなたがよくメールを送っているドメイン",
  "whose.built-in": "よく知られたドメイン",
  "whose.dotgov": ".gov レジストリに登録された米国連邦政府のドメイン",
  "whose.dotgovOwner": "米国政府のドメイン（{owner}、.gov レジストリに登録）",
  countryDomain: "{country}の国別ドメイン",

  "is.unreal-ending": "実在しないドメイン末尾の下にあるドメイン",
  "is.under": "{ending}の下にあるドメイン",
  "is.lookalike": "別の文字で書かれた、その偽装ドメイン",
  "is.under-registrable": "誰でも登録できたドメイン「{registrable}」の下にあるドメイン",
  "is.part-of": "別のドメイン「{registrable}」の一部",

  "slip.omission": "「{expected}」が抜けています",
  "slip.double-letter-dropped": "二重の「{doubled}」の「{expected}」が 1 つ抜けています",
  "slip.repetition": "「{found}」が二重に入力されています",
  "slip.addition": "余分な「{found}」があります",
  "slip.neighbour-key-insertion": "隣のキーと一緒に押された余分な「{found}」があります",
  "slip.plural": "余分な「s」があります",
  "slip.transposition": "「{found}」は「{expected}」の誤りです（2 文字が入れ替わっています）",
  "slip.neighbour-key": "「{found}」は隣のキーの「{expected}」の誤りです",
  "slip.substitution": "「{found}」は「{expected}」の誤りです",
  "slip.hyphen-added": "{intended} にはないハイフンが入っています",
  "slip.hyphen-removed": "{intended} のハイフンが抜けています",
  "slip.dot-inserted": "余分なドットがあります",
  "slip.dot-dropped": "ドットが 1 つ抜けています",
  "slip.dot-shift": "ドットの位置が誤っています",

  foreignLetter: "{letters}は{script}です",
  foreignLetters: "{letters}{more}は{script}です",
  foreignMore: " など",

  "problem.not-text": "アドレスがテキストではありません",
  "problem.too-long": "テキストが {length} 文字あり、メール アドレスとしては長すぎます",
  "problem.empty": "アドレスが空です",
  "problem.no-at": "「{address}」に @ がありません",
  "problem.many-at": "「{address}」に @ が複数あります",
  "problem.before-at-empty": "@ の前に何もありません",
  "problem.local-too-long": "@ の前の部分が {limit} 文字を超えています",
  "problem.not-encodable": "ドメイン「{host}」はインターネットのドメインとして表記できません",
  "problem.host-empty": "@ の後のドメインが空です",
  "problem.host-too-long": "ドメインが {length} 文字あります（上限は {limit} 文字）",
  "problem.no-ending": "「{host}」には .com や .jp のような末尾がありません",
  "problem.double-dot": "ドメインにドットが 2 つ続いています",
  "problem.dot-first": "ドメインがドットで始まっています",
  "problem.label-too-long": "ドメインの一部が {limit} 文字を超えています",
  "problem.hyphen-edge": "「{label}」がハイフンで始まるか終わっています",
  "problem.bad-punycode": "「{label}」は有効な国際化ドメイン名（Punycode）ではありません",
  "problem.bad-character": "ドメインに{character}が含まれています",
  "problem.local-bad-character": "@ の前の部分に{character}が含まれています",

  invisible:
    "アドレスに、本当の内容を隠すおそれのある不可視文字（{names}）が含まれていました。チェックの前に削除しました。",
  unreadable: "このアドレスを読み取れません。{problem}。",
  "ending-only": "「{host}」はドメインの末尾にすぎず、メールを受け取れるドメインではありません。",
  "ip-literal":
    "このアドレスはドメインではなく、コンピューターのネットワーク アドレス（{ip}）に直接送られます。",
  "check-failed": "このアドレスをチェックできませんでした（{detail}）。",
  blocked: "組織のポリシーにより、「{blocked}」のアドレスへのメール送信は許可されていません。",
  homoglyph:
    "{shown}は{whose}「{intended}」を装っており、ラテン文字に似た別の文字体系の文字を使っています。{letters}。",
  "homoglyph.swap":
    "{shown}は{whose}「{intended}」を装っており、「{intendedPart}」の代わりに「{typedPart}」を使っています。",
  slip: "{shown}は{whose}「{intended}」の入力ミスのようです。{slip}。{note}",
  endingNote: "「.{suffix}」は{ending}です。",
  "skeleton-slip":
    "{shown}は{whose}「{intended}」に似ていますが、似た形の文字を使っており、さらに 1 文字異なります。",
  "suffix-swap":
    "「{typed}」は{whose}「{intended}」ではありません。名前は同じですが、末尾が「.{intendedSuffix}」ではなく「.{suffix}」です。{note}",
  "namespace.government": "「.{suffix}」は{ending}で、公的機関しか名前を取得できません。",
  "namespace.free":
    "「.{suffix}」は{ending}で、かつて無料で名前が配布され、有名なドメインの偽装が数多く登録された末尾です。",
  bareEnding: "末尾「.{suffix}」",
  embedded:
    "「{host}」は{whose}「{form}」ではありません。「{form}」が別のドメイン「{registrable}」の中に書き込まれています。",
  "dot-shift": "「{typed}」はドットの位置が誤っています。{suggested} のことですか？{note}",
  "suffix-slip":
    "「.{suffix}」は{suffixIs}で、「.{intended}」{intendedEnding}ではありません。{slip}。{suggested} のことですか？",
  otherEnding: "別の末尾",
  "restricted-slip":
    "「{host}」は「.{intended}」{intendedEnding}ではなく、「{registrable}」の下にあります。{slip}。{suggested} のことですか？",
  "unknown-suffix":
    "「.{suffix}」は実在するドメインの末尾ではないため、このアドレスにはメールを配信できません。",
  "unknown-suffix.one":
    "「.{suffix}」は実在するドメインの末尾ではないため、このアドレスにはメールを配信できません。{suggested} のことですか？（{slip}）",
  "unknown-suffix.many":
    "「.{suffix}」は実在するドメインの末尾ではないため、このアドレスにはメールを配信できません。{hosts} のいずれかのつもりだった可能性があります。どれか確認してください。",
  either:
    "「{typed}」は{suffixIs}の下にあるため、意図したアドレスではない可能性があります。{first} または {second} のつもりだったかもしれません。どちらか確認してください。",
  "either.bare":
    "「{typed}」は末尾「.{suffix}」の下にあるため、意図したアドレスではない可能性があります。{first} または {second} のつもりだったかもしれません。どちらか確認してください。",
  "either.option": "{host}（{is}）",
  "mixed-script":
    "{shown}は 1 つの名前の中で{scripts}を混在させています。他のドメインを装うために使われる手口です。",
  external:
    "このメッセージは組織外の {count} 件のアドレスに送信されます。組織のポリシーでは、{limit} 件を超える場合に確認が必要です。",
  group: "「{address}」はグループです。メンバーはチェックされません。",
  "group.outside": "「{address}」は組織外のグループです。メンバーはチェックされません。",
  visible:
    "このメッセージの受信者全員に、宛先と CC にある組織外の {count} 件のアドレスが表示されます。互いに見える必要がなければ、BCC に移してください。",
  "visible.meeting":
    "招待された全員に、組織外の {count} 件のアドレスが表示されます。互いに見える必要がなければ、個別に招待してください。",
  unconfirmed:
    "組織のポリシーにより、送信前に Recipient Guard で組織外の各ドメインを確認する必要があります: {domains}。",
  unfamiliar: "「{domain}」にはこれまでメールを送ったことがありません。",
  added: "この会話に「{domain}」を追加しました。返信元のメッセージはこのドメインに送られていません。",

  attachments: "このメッセージは {count} 件の添付ファイルを組織外の {places} に送ります: {files}。",
  "attachments.one": "このメッセージは添付ファイルを組織外の {places} に送ります: {files}。",
  "attachments.meeting": "この招待は {count} 件の添付ファイルを組織外の {places} に送ります: {files}。",
  "attachments.newTo": "{domains} にはこれまでメールを送ったことがありません。",
  "attachments.meeting.one": "この招待は添付ファイルを組織外の {places} に送ります: {files}。",
  "keyword.subject":
    "件名にキーワード「{word}」が含まれており、このメッセージは組織外の {places} に送られます。",
  "keyword.subject.meeting":
    "件名にキーワード「{word}」が含まれており、この招待は組織外の {places} に送られます。",
  "keyword.attachment":
    "添付ファイル「{name}」の名前にキーワード「{word}」が含まれており、組織外の {places} に送られます。",
  "content-unread":
    "Recipient Guard は添付ファイルと件名を読み取れなかったため ({reason})、それらはチェックされていません。",
  listMore: "{list} ほか {count} 件",
  file: "{name} ({size})",
  "size.byte": "1 バイト",
  "size.bytes": "{count} バイト",
  "size.kb": "{size} KB",
  "size.mb": "{size} MB",
  "size.gb": "{size} GB",

  "alert.problem": "Recipient Guard がこのメッセージに問題を見つけました。",
  "alert.one": "Recipient Guard: このアドレスは誤っているようです。",
  "alert.many": "Recipient Guard: {count} 件のアドレスが誤っているようです。",
  "alert.added-one": "Recipient Guard: この会話に組織外のアドレスを追加しました。",
  "alert.added-many": "Recipient Guard: この会話に組織外のアドレスを {count} 件追加しました。",
  "alert.added-no-override":
    "この返信を受け取るべきでないアドレスは削除してください。送る必要がある場合は、新しいメッセージで送信してください。",
  "alert.block": "送信する前にアドレスを修正してください。",
  "alert.override": "確認して修正するか、正しければそのまま送信してください。",
  "alert.no-override": "修正するか、Recipient Guard でドメインを信頼してから、もう一度送信してください。",
  "alert.problem-meeting": "Recipient Guard がこの招待に問題を見つけました。",
  "alert.added-no-override-many":
    "この返信を受け取るべきでないアドレスは削除してください。送る必要がある場合は、新しいメッセージで送信してください。",
  "alert.block-many": "送信する前にアドレスを修正してください。",
  "alert.override-many": "確認して修正するか、正しければそのまま送信してください。",
  "alert.no-override-many":
    "修正するか、Recipient Guard でドメインを信頼してから、もう一度送信してください。",
  "alert.confirm": "Recipient Guard で組織外の各ドメインを確認してから、もう一度送信してください。",
  "alert.confirm-override": "Recipient Guard で組織外の各ドメインを確認するか、そのまま送信してください。",
  "alert.change": "Recipient Guard で確認し、必要な箇所を変更してから、もう一度送信してください。",
  "alert.more-problem": "ほかに 1 件の問題があります。Recipient Guard を開いて確認してください。",
  "alert.more-problems":
    "ほかに {count} 件の問題があります。Recipient Guard を開いてすべて確認してください。",
  "alert.second-look": "このアドレスをもう一度確認してください。",
  "alert.line": "{who}: {message}",
  "alert.at-domain": "{domain} の宛先 {count} 件",
  "alert.more-one": "ほかに 1 件のアドレスがあります。Recipient Guard を開いてすべて確認してください。",
  "alert.more-many":
    "ほかに {count} 件のアドレスがあります。Recipient Guard を開いてすべて確認してください。",
  "alert.failed-head": "Recipient Guard で宛先をチェックできませんでした",
  "alert.failed": "{head}（{reason}）。送信する前に、すべてのアドレスをご自身で確認してください。",
  "alert.failed-short": "{head}。",
  "alert.review": "宛先を確認",
  "alert.changing":
    "Recipient Guard のウィンドウがこのメッセージの宛先を変更しています。変更が終わったと表示されてから、もう一度送信してください。",

  "warning.line": "{address} を確認してください: {message}",
  "warning.suggest": "{address} を確認してください: {suggestion} のことですか？{message}",
  "warning.more": "{line} (ほか {count} 件)",

  "office.failed": "Outlook は{what}ことができませんでした",
  "office.failed-why": "Outlook は{what}ことができませんでした: {reason}",
  "office.late": "Outlook は {time}以内に{what}ことができませんでした",
  "office.unsupported": "このバージョンの Outlook では{what}ことができません (Mailbox {set} が必要です)",
  "office.no-field": "Outlook が「{field}」フィールドへのアクセスを許可しませんでした",
  "office.no-list": "一覧が返されませんでした",
  "office.read-field": "「{field}」の受信者を読み取る",
  "office.list-attachments": "添付ファイルの一覧を取得する",
  "office.read-subject": "件名を読み取る",
  "office.save-settings": "設定を保存する",
  "office.change-field": "「{field}」の受信者を変更する",
  "office.add-field": "「{field}」に受信者を追加する",
  "office.no-meeting-field": "会議には「{field}」フィールドがありません",
  "office.cannot-change": "Outlook は Recipient Guard に「{field}」の変更を許可しませんでした",
  "office.cannot-add": "Outlook は「{field}」に {count} 件を超える受信者を追加できませんでした",
  "time.second": "1 秒",
  "time.seconds": "{count} 秒",
  decimalPoint: ".",
  "field.to": "宛先",
  "field.cc": "CC",
  "field.bcc": "BCC",
  "field.required": "必須",
  "field.optional": "任意",
};

const JA_SUFFIXES: Record<NamedSuffix, string> = {
  com: "商用のドメイン",
  net: "ネットワーク用のドメイン",
  org: "団体用のドメイン",
  mil: "米軍のドメイン",
  gov: "米国政府のドメイン",
  edu: "米国の大学のドメイン",
  int: "国際機関のドメイン",
  eu: "欧州連合のドメイン",
  "gov.uk": "英国政府のドメイン",
  "mod.uk": "英国国防省のドメイン",
  "nhs.uk": "英国 NHS のドメイン",
  "ac.uk": "英国の大学のドメイン",
  "co.uk": "英国企業のドメイン",
  "org.uk": "英国の団体のドメイン",
  "police.uk": "英国警察のドメイン",
  "gov.au": "オーストラリア政府のドメイン",
  "gc.ca": "カナダ政府のドメイン",
  "gouv.fr": "フランス政府のドメイン",
};

export const ja: Catalogue = {
  language: "ja",
  text: JA_TEXT,
  suffixes: JA_SUFFIXES,
  scripts: {
    Latin: "ラテン文字",
    Cyrillic: "キリル文字",
    Greek: "ギリシャ文字",
    Armenian: "アルメニア文字",
    Georgian: "ジョージア文字",
    Hebrew: "ヘブライ文字",
    Arabic: "アラビア文字",
    Cherokee: "チェロキー文字",
    Han: "漢字",
    Hiragana: "ひらがな",
    Katakana: "カタカナ",
    Hangul: "ハングル",
    Thai: "タイ文字",
    Devanagari: "デーヴァナーガリー文字",
  },
  invisibleName: /*#__PURE__*/ namesByKind({
    control: "制御文字 {code}",
    "zero-width": "ゼロ幅文字 {code}",
    direction: "書字方向制御文字 {code}",
    filler: "フィラー文字 {code}",
    "variation-selector": "異体字セレクター {code}",
    tag: "タグ文字 {code}",
    surrogate: "対になっていないサロゲート {code}",
    format: "書式制御文字 {code}",
  }),
  country: /*#__PURE__*/ countryTable(COUNTRY_NAMES_TEXT),
};
