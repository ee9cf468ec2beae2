"""Tests of the WhatsApp summary: `python3 -m unittest discover -s plugins/whatsapp-summary`."""

import json
import os
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import summary  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def figures(score, grade, quality, respondents, weakest):
    return {"score": score, "grade": grade, "quality": quality, "respondents": respondents, "weakest": weakest,
            "elements": [{"code": code, "nrr": 2.5 + index / 10} for index, code in enumerate(["U1", "U3", "U9"])]}


SKM = {
    "period": {"label": "Semester I 2026"},
    "scheme": {"elements": [{"code": "U1", "name": "Persyaratan"}, {"code": "U3", "name": "Waktu Penyelesaian"},
                            {"code": "U9", "name": "Sarana dan Prasarana"}]},
    "region": figures(78.66, "B", "Baik", 1730, []),
    "units": [
        {"name": "Dinas A", "rank": 1, "figures": figures(88.5, "A", "Sangat Baik", 1234, ["U3", "U9"])},
        {"name": "Dinas B", "rank": None, "figures": None},
    ],
}

FINDINGS = [{"rule": "few-respondents.service", "subject": {"unit": "Dinas A", "service": "X"}, "severity": "minor",
             "message": "Layanan 'X' hanya memiliki 3 responden.", "evidence": {}}]


class SummaryTests(unittest.TestCase):
    def test_numbers_follow_the_readers_language(self):
        self.assertEqual(summary.number(78.66, 2, "id"), "78,66")
        self.assertEqual(summary.number(78.5, 2, "en"), "78.50")
        self.assertEqual(summary.count(1730, "id"), "1.730")
        self.assertEqual(summary.count(1730, "en"), "1,730")

    def test_one_section_per_agency_with_its_findings(self):
        lines = summary.summary(SKM, FINDINGS, "id", "Pipeline Uji")
        self.assertEqual(lines[0], "*Ringkasan SKM Semester I 2026 — Pipeline Uji*")
        self.assertEqual(lines[1], "Nilai daerah: *78,66* (mutu B, Baik) dari 1.730 responden.")
        self.assertIn("*Dinas A*", lines)
        self.assertIn("Nilai *88,50* (mutu A, Sangat Baik) · 1.234 responden · peringkat 1", lines)
        self.assertIn("Unsur terlemah: U3 Waktu Penyelesaian (2,60); U9 Sarana dan Prasarana (2,70)", lines)
        self.assertIn("🟡 Layanan 'X' hanya memiliki 3 responden.", lines)
        self.assertEqual(lines[-1], "Belum ada responden pada periode ini.")

    def test_the_plugin_writes_its_artifact_from_inline_or_file_datasets(self):
        with tempfile.TemporaryDirectory() as directory:
            dataset = os.path.join(directory, "skm.json")
            with open(dataset, "w", encoding="utf-8") as handle:
                json.dump(SKM, handle)
            output = os.path.join(directory, "out")
            os.mkdir(output)
            request = {"protocol": 1, "locale": "en", "pipeline": "P", "generated_on": "2026-07-01", "output_directory": output,
                       "with": {"file": "wa.txt"},
                       "datasets": [{"kind": "skm-results", "producer": "e", "path": dataset},
                                    {"kind": "findings", "producer": "f", "data": FINDINGS}]}
            completed = subprocess.run([sys.executable, os.path.join(HERE, "summary.py")], input=json.dumps(request),
                                       capture_output=True, text=True, check=False)
            self.assertEqual(completed.returncode, 0, completed.stderr)
            self.assertEqual(json.loads(completed.stdout), {"type": "artifact", "path": "wa.txt"})
            with open(os.path.join(output, "wa.txt"), encoding="utf-8") as handle:
                text = handle.read()
        self.assertTrue(text.startswith("*SKM summary Semester I 2026 — P*\n"))
        self.assertIn("Needs attention:", text)
        self.assertTrue(text.endswith("_Made by Pantau on 2026-07-01. Details in the SKM report._\n"))


if __name__ == "__main__":
    unittest.main()
