#!/usr/bin/env python3
"""Pantau plugin `import.google-forms`: SKM responses from a Google Forms CSV export.

Speaks Pantau's plugin protocol 1 (docs/plugin-protocol.md): reads one JSON request on standard
input and writes one JSON message per line on standard output. Standard library only.

Google Forms exports one column per question, headed by the question's sentence, and answers as
the labels the respondent clicked ("Sangat sesuai"). This plugin finds the nine questions of the
PermenPAN-RB 14/2017 questionnaire by their sentences, turns labels into values 1-4 and the
`Timestamp` into a date. It does not judge the records: anything it cannot convert (an unknown
label, an empty answer, a timestamp it cannot read) is passed on as written, and Pantau checks
every record exactly as its CSV importer does, rejecting it with the reason.
"""

import csv
import json
import os
import re
import sys

PROTOCOL = 1

# The questionnaire of PermenPAN-RB 14/2017 (Lampiran), in the order it asks: question 8 is
# about facilities (element U9) and question 9 about complaints (element U8).
QUESTIONS = {
    "U1": "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
    "U2": "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
    "U3": "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
    "U4": "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
    "U5": "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?",
    "U6": "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
    "U7": "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
    "U9": "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
    "U8": "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
}

# The answer labels of each question, from 1 to 4.
LABELS = {
    "U1": ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"],
    "U2": ["Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"],
    "U3": ["Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"],
    "U4": ["Sangat mahal", "Cukup mahal", "Murah", "Gratis"],
    "U5": ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"],
    "U6": ["Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"],
    "U7": ["Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"],
    "U8": ["Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"],
    "U9": ["Buruk", "Cukup", "Baik", "Sangat baik"],
}

ELEMENTS = ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"]

TIMESTAMP = re.compile(
    r"^\s*(\d{4})/(\d{1,2})/(\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?\s*(?:GMT[+-]\d{1,2}(?::?\d{2})?)?\s*$",
    re.IGNORECASE)


def normalised(text):
    """Headers and labels compared without regard to case, spacing or a trailing period."""
    return " ".join(text.split()).rstrip(".").casefold()


def timestamp_date(text):
    """`2026/03/14 9:41:07 AM GMT+7` -> `2026-03-14` (the date as the form recorded it, in its own
    time zone). Anything else is returned unchanged, for Pantau to judge."""
    match = TIMESTAMP.match(text)
    if not match:
        return text.strip()
    year, month, day = (int(match.group(i)) for i in (1, 2, 3))
    return "%04d-%02d-%02d" % (year, month, day)


def answer_value(element, text):
    """The value 1-4 of a label, or the text unchanged (a digit stays a digit)."""
    wanted = normalised(text)
    for value, label in enumerate(LABELS[element], start=1):
        if normalised(label) == wanted:
            return value
    return text.strip()


def header_positions(header, config):
    """The column of every field, found by its question; raises KeyError naming a missing one."""
    positions = {normalised(name): index for index, name in enumerate(header)}
    questions = dict(QUESTIONS)
    questions.update(config.get("questions") or {})

    def find(name):
        index = positions.get(normalised(name))
        if index is None:
            raise KeyError(name)
        return index

    columns = {"timestamp": find("Timestamp")}
    if not config.get("unit"):
        columns["unit"] = find(config.get("unit_column", "Unit layanan"))
    service = config.get("service_column", "Jenis layanan")
    if normalised(service) in positions:
        columns["service"] = find(service)
    for element in ELEMENTS:
        columns[element] = find(questions[element])
    return columns


def records(path, config):
    """(row, line, data) for every response of one export; row 1 is the header, as in a spreadsheet."""
    with open(path, newline="", encoding="utf-8-sig") as handle:
        reader = csv.reader(handle)
        header = next(reader, None)
        if header is None:
            return
        columns = header_positions(header, config)
        row = 1
        line = reader.line_num + 1
        for fields in reader:
            row += 1

            def field(name):
                index = columns.get(name)
                return fields[index] if index is not None and index < len(fields) else ""

            data = {
                "unit": config.get("unit") or field("unit").strip(),
                "date": timestamp_date(field("timestamp")),
                "answers": {element: answer_value(element, field(element)) for element in ELEMENTS},
            }
            if "service" in columns:
                data["service"] = field("service").strip()
            yield row, line, data
            line = reader.line_num + 1


def emit(message):
    sys.stdout.write(json.dumps(message, ensure_ascii=False, separators=(",", ":")) + "\n")


def describe():
    """The descriptor `pantau plugins check` compares with plugin.yaml."""
    return {
        "protocol": PROTOCOL,
        "name": "google-forms",
        "version": "1.0.0",
        "stage": "import.google-forms",
        "role": "importer",
        "consumes": [],
        "produces": ["survey-responses"],
        "options": [
            {"key": "path", "type": "paths", "required": True},
            {"key": "unit_column", "type": "string"},
            {"key": "service_column", "type": "string"},
            {"key": "unit", "type": "string"},
            {"key": "questions", "type": "mapping"},
        ],
    }


def run(request):
    config = request.get("with", {})
    english = request.get("locale") == "en"
    for path in config.get("path", []):
        name = os.path.basename(path)
        count = 0
        try:
            for row, line, data in records(path, config):
                emit({"type": "record", "kind": "survey-responses", "data": data,
                      "source": {"file": name, "row": row, "line": line}})
                count += 1
                if count % 500 == 0:
                    emit({"type": "progress", "done": count, "message": name})
        except KeyError as missing:
            emit({"type": "error", "message": ("%s has no column '%s'" if english else "%s tidak memiliki kolom '%s'")
                  % (name, missing.args[0])})
            return 1
        except (OSError, UnicodeDecodeError, csv.Error) as problem:
            emit({"type": "error", "message": ("cannot read %s: %s" if english else "%s tidak dapat dibaca: %s") % (name, problem)})
            return 1
        emit({"type": "log", "level": "info",
              "message": ("%s: %d responses" if english else "%s: %d jawaban") % (name, count)})
    return 0


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
