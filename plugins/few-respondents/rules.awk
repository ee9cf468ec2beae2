# The rules of `evaluate.few-respondents`, over the flattened request (see json-flatten.awk).
# Writes protocol-1 `finding` messages, one per line, in the order units and services appear.

$1 == "locale" { english = ($3 == "en") }
$1 == "with.min_respondents" { minimum = $3 + 0 }
$1 == "with.flag_grade_d" { flagD = ($3 == "true") }

# datasets.K.kind: which datasets are SKM results.
$1 ~ /^datasets\.[0-9]+\.kind$/ { split($1, p, "."); kind[p[2]] = $3 }

# datasets.K.data.units.U.name / .figures.grade / .figures.score / .figures.quality
$1 ~ /^datasets\.[0-9]+\.data\.units\.[0-9]+\./ {
    split($1, p, ".")
    unit = p[2] SUBSEP p[5]
    rest = substr($1, length(p[1] p[2] p[3] p[4] p[5]) + 6)
    if (rest == "name") { unitName[unit] = $3; units[++unitCount] = unit }
    else if (rest == "figures.grade") grade[unit] = $3
    else if (rest == "figures.score") score[unit] = $3
    else if (rest == "figures.quality") quality[unit] = $3
    else if (rest ~ /^services\.[0-9]+\.name$/) {
        split(rest, q, ".")
        service = unit SUBSEP q[2]
        serviceName[service] = $3
        services[++serviceCount] = service
        serviceUnit[service] = unit
    } else if (rest ~ /^services\.[0-9]+\.figures\.respondents$/) {
        split(rest, q, ".")
        respondents[unit SUBSEP q[2]] = $3 + 0
    }
}

END {
    if (minimum == 0) minimum = 10
    for (s = 1; s <= serviceCount; s++) {
        service = services[s]
        unit = serviceUnit[service]
        split(unit, u, SUBSEP)
        if (kind[u[1]] != "skm-results" || !(service in respondents)) continue
        n = respondents[service]
        if (n >= minimum) continue
        severity = (n * 2 < minimum) ? "major" : "minor"
        if (english) message = sprintf("Service '%s' has only %d respondents; at least %d are needed for a reliable result.", serviceName[service], n, minimum)
        else message = sprintf("Layanan '%s' hanya memiliki %d responden; minimal %d agar hasilnya dapat diandalkan.", serviceName[service], n, minimum)
        finding("few-respondents.service", unitName[unit], serviceName[service], severity, message, "\"respondents\":\"" n "\",\"minimum\":\"" minimum "\"")
    }
    if (!flagD) exit 0
    for (k = 1; k <= unitCount; k++) {
        unit = units[k]
        split(unit, u, SUBSEP)
        if (kind[u[1]] != "skm-results" || grade[unit] != "D") continue
        shown = english ? score[unit] : decimalComma(score[unit])
        if (english) message = sprintf("SKM score %s (grade D, %s): a follow-up plan is needed now.", shown, quality[unit])
        else message = sprintf("Nilai SKM %s (mutu D, %s): perlu rencana tindak lanjut segera.", shown, quality[unit])
        finding("few-respondents.grade-d", unitName[unit], "", "major", message, "\"score\":\"" score[unit] "\",\"grade\":\"D\"")
    }
}

function decimalComma(number) { sub(/\./, ",", number); return number }

function finding(rule, unitText, serviceText, severity, message, evidence,    subject) {
    subject = "\"unit\":" js(unitText)
    if (serviceText != "") subject = subject ",\"service\":" js(serviceText)
    print "{\"type\":\"finding\",\"rule\":\"" rule "\",\"subject\":{" subject "},\"severity\":\"" severity "\",\"message\":" js(message) ",\"evidence\":{" evidence "}}"
}

# A JSON string: backslashes and quotes escaped, character by character (no gsub replacement rules).
function js(text,    out, c, j) {
    out = ""
    for (j = 1; j <= length(text); j++) {
        c = substr(text, j, 1)
        if (c == "\\") out = out "\\\\"
        else if (c == "\"") out = out "\\\""
        else out = out c
    }
    return "\"" out "\""
}
