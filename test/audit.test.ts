/**
 * `recipient-guard audit` (issue 13, part 3): mail already sent, from the logs administrators
 * export, checked for lookalike and slip domains, each distinct domain once.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createChecker, resolvePolicy } from "../src/checker";
import { audit, sentAt, type SentRow } from "../src/cli/audit";
import { runCliWith } from "./cli-run";

const dir = mkdtempSync(join(tmpdir(), "rg-audit-"));
const file = (name: string, text: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const run = (argv: string[]) => runCliWith(argv, { readFile: async (path) => readFileSync(path, "utf8") });

const TRACE = [
  "#TYPE Deserialized.Microsoft.Exchange.Management.FfoReporting.MessageTrace",
  '"Organization","MessageId","Received","SenderAddress","RecipientAddress","Subject","Status","Size"',
  '"contoso.onmicrosoft.com","<1@x>","3/14/2025 9:26:53 AM","ann@contoso.com","ops@army.ml","Logistics","Delivered","1024"',
  '"contoso.onmicrosoft.com","<2@x>","4/2/2025 1:00:00 PM","bob@contoso.com","OPS@Army.ML","Logistics, again","Delivered","1024"',
  '"contoso.onmicrosoft.com","<3@x>","4/3/2025 1:00:00 PM","bob@contoso.com","jane@gmial.com","Hi","Delivered","1024"',
  '"contoso.onmicrosoft.com","<4@x>","not a date","bob@contoso.com","x2@gmial.com","Hi","Delivered","1024"',
  '"contoso.onmicrosoft.com","<5@x>","4/4/2025 1:00:00 PM","carol@contoso.com","","Hi","Delivered","1024"',
  '"contoso.onmicrosoft.com","<6@x>","5/1/2025 8:00:00 AM","dan@contoso.com","x@army.ml","Hi","Delivered","1024"',
].join("\r\n");

describe("audit: a message trace exported with Export-Csv", () => {
  test("groups the messages to each lookalike or slip domain, with when, who and what was meant", async () => {
    const { code, stdout } = await run(["audit", "--json", file("trace.csv", TRACE)]);
    const result = JSON.parse(stdout);
    expect(code).toBe(1);
    expect(result.rows).toBe(5); // the row with no recipient is reported, not counted
    expect(result.distinctDomains).toBe(2);
    expect(result.domains).toEqual([
      {
        domain: "army.ml",
        code: "suffix-slip",
        message: expect.stringContaining("Mali"),
        meant: "army.mil",
        messages: 3,
        firstSeen: "2025-03-14T09:26:53.000Z",
        lastSeen: "2025-05-01T08:00:00.000Z",
        senders: 3,
        someSenders: ["ann@contoso.com", "bob@contoso.com", "dan@contoso.com"],
        byMonth: { "2025-03": 1, "2025-04": 1, "2025-05": 1 },
      },
      expect.objectContaining({ domain: "gmial.com", messages: 2, meant: "gmail.com", senders: 1 }),
    ]);
  });

  test("unreadable rows are reported with their line numbers, and the rest is still read", async () => {
    const { code, stderr, stdout } = await run(["audit", file("trace2.csv", TRACE)]);
    expect(code).toBe(1);
    expect(stderr).toContain('trace2.csv line 6: the time "not a date" could not be read');
    expect(stderr).toContain("trace2.csv line 7: no recipient");
    expect(stdout).toMatch(
      /^5 messages went to 2 lookalike or slip domains \(of 2 recipient domains in 5 rows\)\./,
    );
    expect(stdout).toMatch(/army\.ml\s+3\s+2025-03-14 – 2025-05-01/);
  });

  test("a file with nothing found exits 0; a layout it does not know exits 2 and names the columns it needs", async () => {
    const clean = await run([
      "audit",
      file(
        "clean.csv",
        TRACE.split("\r\n").slice(0, 2).join("\r\n") +
          '\r\n"o","<9@x>","3/14/2025 9:00:00 AM","a@contoso.com","b@example.org","s","Delivered","1"',
      ),
    ]);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/^No message went to a lookalike or slip domain/);
    const unknown = await run(["audit", file("unknown.csv", "Date,From,To\n2025-01-01,a@x.com,b@army.ml\n")]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /unknown\.csv: this layout is not one audit reads \(columns: Date, From, To\)\. It needs a time \(Received/,
    );
    const missing = await run(["audit", join(dir, "no-such-file.csv")]);
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringContaining("ENOENT") });
  });

  test("a UTF-16 download, with a byte-order mark or without, reads like UTF-8", async () => {
    for (const [name, bytes] of [
      ["utf16.csv", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TRACE, "utf16le")])],
      ["utf16-no-bom.csv", Buffer.from(TRACE, "utf16le")],
    ] as const) {
      const { stdout } = await run(["audit", "--json", file(name, bytes)]);
      expect(JSON.parse(stdout).domains.map((d: { domain: string }) => d.domain)).toEqual([
        "army.ml",
        "gmial.com",
      ]);
    }
  });

  test("the admin center's extended report: one row per event, counted where the message was sent", async () => {
    const csv = [
      "date_time_utc,client_ip,event_id,source,message_id,recipient_address,sender_address,message_subject",
      "2025-06-01T10:00:00.000Z,,RECEIVE,STOREDRIVER,<1@x>,ops@army.ml,ann@contoso.com,Hi",
      "2025-06-01T10:00:01.000Z,,SEND,SMTP,<1@x>,ops@army.ml;lee@example.org,ann@contoso.com,Hi",
      "2025-06-01T10:00:02.000Z,,DELIVER,STOREDRIVER,<1@x>,lee@contoso.com,ann@contoso.com,Hi",
    ].join("\n");
    const { stdout } = await run(["audit", "--json", file("extended.csv", csv)]);
    expect(JSON.parse(stdout).domains).toEqual([expect.objectContaining({ domain: "army.ml", messages: 1 })]);
  });
});

describe("audit: the other layouts", () => {
  test("historical search: every recipient of recipient_status, address##status", async () => {
    const csv = [
      "origin_timestamp_utc,sender_address,recipient_status,message_subject,total_bytes",
      '2025-02-01T10:00:00.0000000Z,ann@contoso.com,"ops@army.ml##Receive, Send;lee@example.org##Receive, Send",Orders,100',
      '2025-02-02T10:00:00.0000000Z,ann@contoso.com,"ops@army.ml##Receive, Send",Orders,100',
    ].join("\n");
    const { stdout } = await run(["audit", "--json", file("historical.csv", csv)]);
    expect(JSON.parse(stdout).domains).toEqual([
      expect.objectContaining({ domain: "army.ml", messages: 2, firstSeen: "2025-02-01T10:00:00.000Z" }),
    ]);
  });

  test("Exchange Server tracking logs: SEND events only, several recipients each", async () => {
    const log = [
      "#Software: Microsoft Exchange Server",
      "#Version: 15.02.1118.007",
      "#Log-type: Message Tracking Log",
      "#Date: 2025-01-10T00:00:00.000Z",
      "#Fields: date-time,client-ip,event-id,source,message-id,recipient-address,recipient-status,sender-address,message-subject",
      "2025-01-10T08:00:00.000Z,10.0.0.1,RECEIVE,SMTP,<1@x>,ops@army.ml;lee@example.org,,ann@contoso.com,Hi",
      "2025-01-10T08:00:01.000Z,10.0.0.1,SEND,SMTP,<1@x>,ops@army.ml;lee@example.org,250 OK,ann@contoso.com,Hi",
      "2025-01-11T08:00:01.000Z,10.0.0.1,SEND,SMTP,<2@x>,ops@army.ml;x@army.ml,250 OK,bob@contoso.com,Hi",
    ].join("\r\n");
    const { stdout } = await run(["audit", "--json", file("MSGTRK2025011000-1.LOG", log)]);
    const result = JSON.parse(stdout);
    expect(result.rows).toBe(2);
    expect(result.domains).toEqual([expect.objectContaining({ domain: "army.ml", messages: 2, senders: 2 })]);
  });

  test("a table of recipient domains with counts, as the advanced hunting query exports it", async () => {
    const csv = [
      "RecipientDomain,Messages,Senders,FirstSeen,LastSeen",
      "army.ml,1520,12,2016-01-04T09:00:00Z,2025-06-30T17:00:00Z",
      "example.org,90210,400,2016-01-01T00:00:00Z,2025-06-30T00:00:00Z",
      "gmial.com,3,1,2025-06-01T00:00:00Z,2025-06-02T00:00:00Z",
    ].join("\n");
    const { stdout } = await run(["audit", "--json", "--format", "domains", file("domains.csv", csv)]);
    expect(JSON.parse(stdout).domains).toEqual([
      expect.objectContaining({
        domain: "army.ml",
        messages: 1520,
        senders: 12,
        firstSeen: "2016-01-04T09:00:00.000Z",
        lastSeen: "2025-06-30T17:00:00.000Z",
      }),
      expect.objectContaining({ domain: "gmial.com", messages: 3 }),
    ]);
  });
});

describe("audit: what it writes", () => {
  const hostile = [
    '"Received","SenderAddress","RecipientAddress"',
    '"2025-03-01T00:00:00Z","=HYPERLINK(""http://evil.example"")@x.com","<script>alert(1)</script>@army.ml"',
  ].join("\n");

  test("CSV cells never start a formula", async () => {
    const { stdout } = await run(["audit", "--csv", file("hostile.csv", hostile)]);
    const lines = stdout.trim().split("\r\n");
    expect(lines[0]).toBe(
      "domain,messages,first_seen,last_seen,senders,some_senders,probably_meant,code,why",
    );
    expect(lines[1]).toContain(`"'=hyperlink(""http://evil.example"")@x.com"`);
  });

  test("the HTML report is self-contained, escapes everything from the log, and charts messages per month", async () => {
    const { written, stdout } = await run([
      "audit",
      "--html",
      "report.html",
      file("hostile2.csv", hostile),
      file("trace3.csv", TRACE),
    ]);
    expect(stdout).toContain("Report written to report.html.");
    const html = written["report.html"]!;
    expect(html).not.toMatch(/<script|href=|src=/i);
    expect(html).toContain("=hyperlink(&quot;http://evil.example&quot;)@x.com");
    expect(html).toContain("default-src 'none'");
    expect(html).toContain("<svg");
    expect(html).toContain("<title>2025-03: 2</title>");
    expect(html).toContain("<title>2025-04: 2</title>");
    expect(html).toContain("army.ml");
  });
});

describe("audit: each distinct domain is checked once", () => {
  test("100,000 rows to 3 domains build 3 checks", async () => {
    const checker = createChecker(resolvePolicy({}));
    const spy = jest.spyOn(checker, "checkAddress");
    async function* rows(): AsyncIterable<SentRow[]> {
      for (let batch = 0; batch < 100; batch++)
        yield Array.from({ length: 1000 }, (_, k) => {
          const i = batch * 1000 + k;
          return {
            where: { file: "rows", line: i },
            time: "2025-01-01T00:00:00Z",
            sender: `s${i % 5}@contoso.com`,
            recipients: [`u${i}@${["army.ml", "example.org", "gmial.com"][i % 3]}`],
          };
        });
    }
    const result = await audit(rows(), checker);
    expect(spy).toHaveBeenCalledTimes(3);
    expect(result.domains.map((d) => [d.domain, d.messages, d.senders])).toEqual([
      ["army.ml", 33_334, 5],
      ["gmial.com", 33_333, 5],
    ]);
  });

  test("times as logs write them", () => {
    expect(sentAt("3/14/2025 9:26:53 PM")).toBe("2025-03-14T21:26:53.000Z");
    expect(sentAt("2025-03-14 09:26")).toBe("2025-03-14T09:26:00.000Z");
    expect(sentAt("2025-02-01T10:00:00.0000000Z")).toBe("2025-02-01T10:00:00.000Z");
    expect(sentAt("14.03.2025 21:26:53")).toBe("2025-03-14T21:26:53.000Z");
    expect(sentAt("14.03.2025 21:26:53")).toBe("2025-03-14T21:26:53.000Z");
    expect(sentAt("soon")).toBeNull();
  });
});
