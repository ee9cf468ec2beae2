// The schemes the regulations define. Each is plain data; `builtIn` lists them once.

extension SurveyScheme {
    /// Every built-in scheme, looked up by `id`.
    public static let builtIn: [SurveyScheme] = [permenpan14_2017, kepmenpan25_2004]

    public static func builtIn(id: String) -> SurveyScheme? {
        builtIn.first { $0.id == id }
    }

    /// Survei Kepuasan Masyarakat under PermenPAN-RB 14/2017: nine elements weighted exactly 1/9,
    /// answers 1–4, score = IKM × 25, graded on the converted score.
    ///
    /// The elements are in regulation order. The regulation's sample questionnaire asks Sarana as
    /// question 8 and Pengaduan as question 9; importers map columns to codes explicitly.
    public static let permenpan14_2017 = SurveyScheme(
        id: "permenpan-14-2017",
        title: "Survei Kepuasan Masyarakat (SKM)",
        regulation: "Peraturan Menteri PANRB Nomor 14 Tahun 2017",
        elements: [
            SurveyElement(code: "U1", name: "Persyaratan", englishName: "Requirements"),
            SurveyElement(code: "U2", name: "Sistem, Mekanisme, dan Prosedur", englishName: "Systems, mechanisms and procedures"),
            SurveyElement(code: "U3", name: "Waktu Penyelesaian", englishName: "Completion time"),
            SurveyElement(code: "U4", name: "Biaya/Tarif", englishName: "Cost/fee"),
            SurveyElement(code: "U5", name: "Produk Spesifikasi Jenis Pelayanan", englishName: "Product specification of the service"),
            SurveyElement(code: "U6", name: "Kompetensi Pelaksana", englishName: "Staff competence"),
            SurveyElement(code: "U7", name: "Perilaku Pelaksana", englishName: "Staff conduct"),
            SurveyElement(code: "U8", name: "Penanganan Pengaduan, Saran dan Masukan", englishName: "Handling of complaints, suggestions and feedback"),
            SurveyElement(code: "U9", name: "Sarana dan Prasarana", englishName: "Facilities and infrastructure"),
        ],
        weights: Array(repeating: Rational(1, 9), count: 9),
        answerRange: 1...4,
        conversionFactor: Rational(25),
        grades: [
            GradeBand(grade: "A", minimumScore: Rational(8831, 100), quality: "Sangat Baik", englishQuality: "Very good"),
            GradeBand(grade: "B", minimumScore: Rational(7661, 100), quality: "Baik", englishQuality: "Good"),
            GradeBand(grade: "C", minimumScore: Rational(65), quality: "Kurang Baik", englishQuality: "Fair"),
            GradeBand(grade: "D", minimumScore: Rational(25), quality: "Tidak Baik", englishQuality: "Poor"),
        ]
    )

    /// Indeks Kepuasan Masyarakat under KepMenPAN 25/2004: fourteen elements weighted 1/14,
    /// answers 1–4, score = IKM × 25. The regulation's index bands (1.00–1.75 D, 1.76–2.50 C,
    /// 2.51–3.25 B, 3.26–4.00 A) are applied on the converted scale as 25, 43.76, 62.51 and 81.26.
    public static let kepmenpan25_2004 = SurveyScheme(
        id: "kepmenpan-25-2004",
        title: "Indeks Kepuasan Masyarakat (IKM)",
        regulation: "Keputusan Menteri PAN Nomor KEP/25/M.PAN/2/2004",
        elements: [
            SurveyElement(code: "U1", name: "Prosedur pelayanan", englishName: "Service procedure"),
            SurveyElement(code: "U2", name: "Persyaratan pelayanan", englishName: "Service requirements"),
            SurveyElement(code: "U3", name: "Kejelasan petugas pelayanan", englishName: "Clarity of service staff"),
            SurveyElement(code: "U4", name: "Kedisiplinan petugas pelayanan", englishName: "Discipline of service staff"),
            SurveyElement(code: "U5", name: "Tanggung jawab petugas pelayanan", englishName: "Responsibility of service staff"),
            SurveyElement(code: "U6", name: "Kemampuan petugas pelayanan", englishName: "Ability of service staff"),
            SurveyElement(code: "U7", name: "Kecepatan pelayanan", englishName: "Speed of service"),
            SurveyElement(code: "U8", name: "Keadilan mendapatkan pelayanan", englishName: "Fairness in obtaining service"),
            SurveyElement(code: "U9", name: "Kesopanan dan keramahan petugas", englishName: "Courtesy and friendliness of staff"),
            SurveyElement(code: "U10", name: "Kewajaran biaya pelayanan", englishName: "Reasonableness of the service cost"),
            SurveyElement(code: "U11", name: "Kepastian biaya pelayanan", englishName: "Certainty of the service cost"),
            SurveyElement(code: "U12", name: "Kepastian jadwal pelayanan", englishName: "Certainty of the service schedule"),
            SurveyElement(code: "U13", name: "Kenyamanan lingkungan", englishName: "Comfort of the surroundings"),
            SurveyElement(code: "U14", name: "Keamanan pelayanan", englishName: "Security of the service"),
        ],
        weights: Array(repeating: Rational(1, 14), count: 14),
        answerRange: 1...4,
        conversionFactor: Rational(25),
        grades: [
            GradeBand(grade: "A", minimumScore: Rational(8126, 100), quality: "Sangat Baik", englishQuality: "Very good"),
            GradeBand(grade: "B", minimumScore: Rational(6251, 100), quality: "Baik", englishQuality: "Good"),
            GradeBand(grade: "C", minimumScore: Rational(4376, 100), quality: "Kurang Baik", englishQuality: "Fair"),
            GradeBand(grade: "D", minimumScore: Rational(25), quality: "Tidak Baik", englishQuality: "Poor"),
        ]
    )
}
