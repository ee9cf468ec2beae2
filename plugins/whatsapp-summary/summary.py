#!/usr/bin/env python3
"""Pantau plugin `report.whatsapp`: a short, WhatsApp-ready summary of the SKM results.

Speaks Pantau's plugin protocol 1 (docs/plugin-protocol.md). Reads the SKM results (the JSON of
docs/report-json.md) and, when the pipeline has an evaluator that produces them, the findings;
writes one text file with a section per agency, in WhatsApp's formatting (*bold*, _italic_), and
announces it as an artifact. Standard library only.
"""

import json
import os
import sys

PROTOCOL = 1

WORDS = {
    "id": {
        "title": "*Ringkasan SKM {period} — {pipeline}*",
        "region": "Nilai daerah: *{score}* (mutu {grade}, {quality}) dari {respondents} responden.",
        "unit": "Nilai *{score}* (mutu {grade}, {quality}) · {respondents} responden · peringkat {rank}",
        "weakest": "Unsur terlemah: {elements}",
        "no_responses": "Belum ada responden pada periode ini.",
        "findings": "Perlu perhatian:",
        "footer": "_Dibuat Pantau pada {date}. Rincian di laporan SKM._",
    },
    "en": {
        "title": "*SKM summary {period} — {pipeline}*",
        "region": "Regional score: *{score}* (grade {grade}, {quality}) from {respondents} respondents.",
        "unit": "Score *{score}* (grade {grade}, {quality}) · {respondents} respondents · rank {rank}",
        "weakest": "Weakest elements: {elements}",
        "no_responses": "No respondents in this period.",
        "findings": "Needs attention:",
        "footer": "_Made by Pantau on {date}. Details in the SKM report._",
    },
}

SEVERITY_MARK = {"critical": "🔴", "major": "🟠", "minor": "🟡", "info": "ℹ️"}


def number(value, places, locale):
    """2 places with the reader's separators: 78,66 in Indonesian, 78.66 in English."""
    text = "%.*f" % (places, value)
    return text.replace(".", ",") if locale == "id" else text


def count(value, locale):
    """Thousands grouped: 1.730 in Indonesian, 1,730 in English."""
    text = "{:,}".format(value)
    return text.replace(",", ".") if locale == "id" else text


def load(dataset):
    """A dataset's JSON: inline under `data`, or in the file named by `path`."""
    if "data" in dataset:
        return dataset["data"]
    with open(dataset["path"], encoding="utf-8") as handle:
        return json.load(handle)


def summary(skm, findings, locale, pipeline):
    words = WORDS.get(locale, WORDS["id"])
    names = {element["code"]: element["name"] for element in skm["scheme"]["elements"]}
    lines = [words["title"].format(period=skm["period"]["label"], pipeline=pipeline)]
    region = skm.get("region")
    if region:
        lines.append(words["region"].format(
            score=number(region["score"], 2, locale), grade=region["grade"], quality=region["quality"],
            respondents=count(region["respondents"], locale)))
    by_unit = {}
    for finding in findings:
        by_unit.setdefault(finding.get("subject", {}).get("unit"), []).append(finding)
    for unit in skm["units"]:
        lines += ["", "*%s*" % unit["name"]]
        figures = unit.get("figures")
        if not figures:
            lines.append(words["no_responses"])
        else:
            lines.append(words["unit"].format(
                score=number(figures["score"], 2, locale), grade=figures["grade"], quality=figures["quality"],
                respondents=count(figures["respondents"], locale), rank=unit.get("rank", "-")))
            nrr = {element["code"]: element["nrr"] for element in figures["elements"]}
            weakest = ["%s %s (%s)" % (code, names.get(code, ""), number(nrr[code], 2, locale)) for code in figures["weakest"]]
            if weakest:
                lines.append(words["weakest"].format(elements="; ".join(weakest)))
        unit_findings = by_unit.get(unit["name"], [])
        if unit_findings:
            lines.append(words["findings"])
            for finding in unit_findings:
                lines.append("%s %s" % (SEVERITY_MARK.get(finding["severity"], "•"), finding["message"]))
    return lines


def run(request):
    locale = request.get("locale", "id")
    config = request.get("with", {})
    name = config.get("file", "ringkasan-wa.txt")
    results = [load(d) for d in request["datasets"] if d["kind"] == "skm-results"]
    findings = [f for d in request["datasets"] if d["kind"] == "findings" for f in load(d)]
    lines = []
    for skm in results:
        lines += summary(skm, findings, locale, request.get("pipeline", ""))
        lines.append("")
    words = WORDS.get(locale, WORDS["id"])
    lines.append(words["footer"].format(date=request.get("generated_on", "")))
    path = os.path.join(request["output_directory"], name)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    emit({"type": "artifact", "path": name})
    return 0


def emit(message):
    sys.stdout.write(json.dumps(message, ensure_ascii=False, separators=(",", ":")) + "\n")


def describe():
    return {
        "protocol": PROTOCOL,
        "name": "whatsapp-summary",
        "version": "1.0.0",
        "stage": "report.whatsapp",
        "role": "reporter",
        "consumes": ["skm-results"],
        "consumes_if_present": ["findings"],
        "produces": [],
        "options": [{"key": "file", "type": "file-name"}],
    }


def main(arguments):
    if "--describe" in arguments:
        print(json.dumps(describe()))
        return 0
    request = json.load(sys.stdin)
    if request.get("protocol") != PROTOCOL:
        emit({"type": "error", "message": "this plugin speaks protocol %d" % PROTOCOL})
        return 1
    return run(request)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
