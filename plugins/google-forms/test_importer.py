"""Tests of the Google Forms importer: `python3 -m unittest discover -s plugins/google-forms`."""

import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import importer  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "..", "..", "samples", "kabupaten-contoh", "google-forms", "skm-mpp-2026-s1.csv")


class TimestampTests(unittest.TestCase):
    def test_google_forms_timestamps_become_dates(self):
        self.assertEqual(importer.timestamp_date("2026/03/14 9:41:07 AM GMT+7"), "2026-03-14")
        self.assertEqual(importer.timestamp_date("2026/1/5 11:02:00 PM GMT+07:00"), "2026-01-05")
        self.assertEqual(importer.timestamp_date("2026/03/14 21:41:07"), "2026-03-14")

    def test_anything_else_is_passed_on_for_pantau_to_judge(self):
        self.assertEqual(importer.timestamp_date("kemarin sore"), "kemarin sore")
        self.assertEqual(importer.timestamp_date(""), "")


class LabelTests(unittest.TestCase):
    def test_labels_become_values_per_question(self):
        self.assertEqual(importer.answer_value("U1", "Sangat sesuai"), 4)
        self.assertEqual(importer.answer_value("U1", "  tidak   SESUAI "), 1)
        self.assertEqual(importer.answer_value("U4", "Gratis"), 4)
        self.assertEqual(importer.answer_value("U8", "Dikelola dengan baik"), 4)
        self.assertEqual(importer.answer_value("U9", "Cukup"), 2)

    def test_unknown_labels_and_digits_are_passed_on(self):
        self.assertEqual(importer.answer_value("U1", "Sanget sesuai"), "Sanget sesuai")
        self.assertEqual(importer.answer_value("U1", " 3 "), "3")
        self.assertEqual(importer.answer_value("U3", ""), "")


class RunTests(unittest.TestCase):
    def run_plugin(self, request, *arguments):
        completed = subprocess.run(
            [sys.executable, os.path.join(HERE, "importer.py"), *arguments], input=json.dumps(request),
            capture_output=True, text=True, cwd=HERE, check=False)
        return completed.returncode, [json.loads(line) for line in completed.stdout.splitlines() if line.strip()]

    def test_the_sample_export_becomes_one_record_per_row(self):
        status, messages = self.run_plugin({"protocol": 1, "locale": "en", "with": {"path": [os.path.abspath(SAMPLE)]}})
        self.assertEqual(status, 0)
        records = [m for m in messages if m["type"] == "record"]
        self.assertEqual(len(records), 42)
        first = records[0]
        self.assertEqual(first["kind"], "survey-responses")
        self.assertEqual(first["source"], {"file": "skm-mpp-2026-s1.csv", "row": 2, "line": 2})
        self.assertEqual(first["data"]["unit"], "Mal Pelayanan Publik Kabupaten Contoh")
        self.assertEqual(first["data"]["date"], "2026-01-01")
        # Question 8 is about facilities (U9), question 9 about complaints (U8).
        self.assertEqual(first["data"]["answers"]["U9"], 4)
        self.assertEqual(first["data"]["answers"]["U8"], 3)
        self.assertEqual(records[5]["data"]["answers"]["U1"], "Sanget sesuai")
        self.assertEqual(messages[-1], {"type": "log", "level": "info", "message": "skm-mpp-2026-s1.csv: 42 responses"})

    def test_a_missing_question_is_an_error_message(self):
        with tempfile.TemporaryDirectory() as directory:
            path = os.path.join(directory, "form.csv")
            with open(path, "w", encoding="utf-8", newline="") as handle:
                csv.writer(handle).writerows([["Timestamp", "Unit layanan"], ["2026/01/01 8:00:00 AM GMT+7", "A"]])
            status, messages = self.run_plugin({"protocol": 1, "locale": "id", "with": {"path": [path]}})
        self.assertEqual(status, 1)
        self.assertEqual(messages[-1]["type"], "error")
        self.assertIn("tidak memiliki kolom", messages[-1]["message"])

    def test_describe_matches_the_manifest_options(self):
        status = subprocess.run([sys.executable, os.path.join(HERE, "importer.py"), "--describe"], capture_output=True, text=True)
        described = json.loads(status.stdout)
        self.assertEqual(described["stage"], "import.google-forms")
        self.assertEqual([o["key"] for o in described["options"]], ["path", "unit_column", "service_column", "unit", "questions"])


if __name__ == "__main__":
    unittest.main()
