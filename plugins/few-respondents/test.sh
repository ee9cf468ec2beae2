#!/bin/sh
# Tests of `evaluate.few-respondents`: `sh plugins/few-respondents/test.sh`. POSIX sh only.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/few-respondents-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0

check() {
    # check NAME EXPECTED-FILE ACTUAL-FILE
    if cmp -s "$2" "$3"; then
        echo "ok - $1"
    else
        echo "not ok - $1"
        diff "$2" "$3" || true
        failures=$((failures + 1))
    fi
}

skm='{"schema":"pantau.skm-report","units":[{"name":"Dinas \"A\"","figures":{"grade":"D","quality":"Tidak Baik","score":59.49,"respondents":12},"services":[{"name":"Satu","figures":{"respondents":3}},{"name":"Dua","figures":{"respondents":8}},{"name":"Tiga","figures":{"respondents":40}},{"name":"Kosong","figures":null}]},{"name":"Dinas B","figures":{"grade":"A","quality":"Sangat Baik","score":91.1,"respondents":40},"services":[]}]}'

# 1. Inline dataset, Indonesian, the default rules.
printf '{"protocol":1,"locale":"id","with":{"min_respondents":10,"flag_grade_d":true},"datasets":[{"kind":"skm-results","producer":"e","data":%s}]}\n' "$skm" > "$work/request.json"
sh "$here/evaluate.sh" < "$work/request.json" > "$work/actual"
cat > "$work/expected" <<'OUT'
{"type":"finding","rule":"few-respondents.service","subject":{"unit":"Dinas \"A\"","service":"Satu"},"severity":"major","message":"Layanan 'Satu' hanya memiliki 3 responden; minimal 10 agar hasilnya dapat diandalkan.","evidence":{"respondents":"3","minimum":"10"}}
{"type":"finding","rule":"few-respondents.service","subject":{"unit":"Dinas \"A\"","service":"Dua"},"severity":"minor","message":"Layanan 'Dua' hanya memiliki 8 responden; minimal 10 agar hasilnya dapat diandalkan.","evidence":{"respondents":"8","minimum":"10"}}
{"type":"finding","rule":"few-respondents.grade-d","subject":{"unit":"Dinas \"A\""},"severity":"major","message":"Nilai SKM 59,49 (mutu D, Tidak Baik): perlu rencana tindak lanjut segera.","evidence":{"score":"59.49","grade":"D"}}
OUT
check "inline dataset, Indonesian" "$work/expected" "$work/actual"

# 2. The dataset handed over as a file, English, grade D not flagged.
printf '%s' "$skm" > "$work/skm.json"
printf '{"protocol":1,"locale":"en","with":{"min_respondents":5,"flag_grade_d":false},"datasets":[{"kind":"skm-results","producer":"e","path":"%s"}]}\n' "$work/skm.json" > "$work/request.json"
sh "$here/evaluate.sh" < "$work/request.json" > "$work/actual"
cat > "$work/expected" <<'OUT'
{"type":"finding","rule":"few-respondents.service","subject":{"unit":"Dinas \"A\"","service":"Satu"},"severity":"minor","message":"Service 'Satu' has only 3 respondents; at least 5 are needed for a reliable result.","evidence":{"respondents":"3","minimum":"5"}}
OUT
check "dataset in a file, English" "$work/expected" "$work/actual"

# 3. The handshake prints the descriptor.
sh "$here/evaluate.sh" --describe | grep -q '"stage": "evaluate.few-respondents"' && echo "ok - describe" || { echo "not ok - describe"; failures=$((failures + 1)); }

if [ "$failures" -ne 0 ]; then
    echo "$failures failed"
    exit 1
fi
echo "3 passed, 0 failed"
