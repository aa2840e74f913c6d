#!/usr/bin/env bash
# Rebuilds the name finder's WordNet gazetteers (src/main/resources/org/newsie/nlp/ner/wordnet-*.txt)
# from WordNet 3.0 as packaged by Debian (wordnet-base 1:3.0-37, Princeton's WordNet 3.0 licence).
# Needs apt-get (a Debian package source) and Java 17; installs nothing.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
chmod 777 "$work"  # apt-get download runs as the _apt user where it can
apt-get download -q wordnet-base=1:3.0-37 >/dev/null
dpkg-deb -x wordnet-base_*.deb pkg
java "$here/src/scripts/WordNetNames.java" pkg/usr/share/wordnet/data.noun "$here/src/main/resources/org/newsie/nlp/ner"
