#!/bin/sh
# Pantau plugin `evaluate.few-respondents`, protocol 1 (docs/plugin-protocol.md): POSIX sh and awk only.
#
# Reads the JSON request on standard input, flattens it (and any dataset handed over as a file)
# into `path<TAB>type<TAB>value` lines with json-flatten.awk, and lets rules.awk write one
# `finding` message per line on standard output.
set -eu

here=$(cd "$(dirname "$0")" && pwd)

if [ "${1:-}" = "--describe" ]; then
    cat "$here/describe.json"
    exit 0
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/few-respondents.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

cat > "$work/request.json"
awk -f "$here/json-flatten.awk" "$work/request.json" > "$work/request.tsv"

# A large dataset comes as a file: flatten it under the path its data would have had inline.
tab=$(printf '\t')
awk -F "$tab" '$1 ~ /^datasets\.[0-9]+\.path$/ { print $1 "\t" $3 }' "$work/request.tsv" > "$work/files.tsv"
while IFS="$tab" read -r key file; do
    prefix="${key%.path}.data"
    awk -f "$here/json-flatten.awk" "$file" |
        awk -F "$tab" -v prefix="$prefix" 'BEGIN { OFS = "\t" } { $1 = ($1 == "" ? prefix : prefix "." $1); print }' >> "$work/request.tsv"
done < "$work/files.tsv"

awk -F "$tab" -f "$here/rules.awk" "$work/request.tsv"
