import FortschrittDomain

/// The demo's data platform: sample datasets (marked "Beispiel") of every access level, one with
/// anonymised personal data and an approving review, linked to Mannheim's measures and the sample
/// strategy's blocks. Addresses point to `daten.stadt.example`, which does not exist.
extension DemoData {
    public static func seedDatasets(_ datasets: any DatasetRepository, today: CalendarDate) async throws {
        let reviewed = today.adding(days: -200)
        let samples = [
            dataset(
                "baumkataster", "Baumkataster (Beispiel)",
                "Standort, Art, Alter und Zustand der städtischen Bäume, für die Pflege der Grünflächen und für "
                    + "Hitzekarten.", ["Bäume", "Grünflächen", "Stadtklima"], .environment, "FB 67",
                measures: ["2.3"], blocks: ["klimaresilienz"], formats: [.csv, .geojson],
                ethics: openData(purpose: "Pflege der Grünflächen; Grundlage für Hitzekarten der Stadt.")),
            dataset(
                "temperatur-messnetz", "Temperaturmessnetz (Beispiel)",
                "Lufttemperatur und Feuchte der städtischen Messstationen, stündlich, für die Hitzevorsorge.",
                ["Hitze", "Klimaanpassung", "Sensoren"], .environment, "Klimaschutzleitstelle",
                measures: ["1.3"], blocks: ["klimaresilienz"], formats: [.csv, .json], frequency: .continuous,
                licence: .ccBy4,
                ethics: openData(purpose: "Hitzevorsorge: Hitzeinseln erkennen und Warnungen auslösen.")),
            dataset(
                "parkhaus-belegung", "Belegung der Parkhäuser (Beispiel)",
                "Freie und belegte Plätze der Parkhäuser je Viertelstunde, aus der Zufahrtszählung.",
                ["Parken", "Verkehr", "Mobilität"], .transport, "FB 31", measures: ["1.12"],
                blocks: ["anwendungen"], formats: [.csv, .json], frequency: .continuous,
                ethics: EthicsRecord(
                    purpose: "Transparenz über die Auslastung, um Parksuchverkehr zu vermeiden.",
                    legalBasis: "Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 4 LDSG BW", personalData: .anonymised,
                    anonymisationMethod: "Zählung je Viertelstunde, Kennzeichen werden an der Schranke verworfen",
                    anonymisationParameters: "k ≥ 10 Fahrzeuge je Zelle", retention: "P2Y",
                    reviewOutcome: .approvedWithConditions, reviewBody: "Datenethikbeirat (Beispiel)",
                    reviewedOn: reviewed,
                    conditions: "Zellen mit weniger als 10 Fahrzeugen werden nicht veröffentlicht.",
                    nextReviewOn: reviewed.adding(days: 365))),
            dataset(
                "energieverbrauch-gebaeude", "Energieverbrauch städtischer Gebäude (Beispiel)",
                "Strom-, Wärme- und Wasserverbrauch der städtischen Liegenschaften je Monat, "
                    + "für das Energiecontrolling.",
                ["Energie", "Gebäude", "Ressourceneffizienz"], .energy, "FB 12", measures: ["4.1"],
                blocks: ["ressourceneffizienz"], formats: [.xlsx], access: .restricted, licence: .otherClosed,
                ethics: EthicsRecord(
                    purpose:
                        "Energiecontrolling; die Verbräuche einzelner Gebäude verraten "
                        + "Nutzungszeiten sensibler Orte.",
                    legalBasis: "§ 7a KlimaG BW (Energiemanagement)", personalData: .none, retention: "P10Y",
                    reviewOutcome: .notRequired)),
            dataset(
                "buergerservice-anliegen", "Anliegen im Bürgerservice (Beispiel)",
                "Anliegen, die Bürgerinnen und Bürger an den Bürgerservice richten, mit Bearbeitungsstand.",
                ["Bürgerservice", "Anliegen"], .government, "FB 12", measures: ["1.1"], blocks: [],
                formats: [.csv], access: .internalOnly, licence: .otherClosed,
                ethics: EthicsRecord(
                    purpose: "Bearbeitung der Anliegen; Auswertung nur in Summen für die Steuerung.",
                    legalBasis: "Art. 6 Abs. 1 lit. e DSGVO", personalData: .personal, retention: "P2Y",
                    reviewOutcome: .approved, reviewBody: "Datenschutzbeauftragte der Stadt (Beispiel)",
                    reviewedOn: reviewed, nextReviewOn: reviewed.adding(days: 730))),
        ]
        for sample in samples {
            _ = try await datasets.save(sample, version: nil, reason: "", actor: "demo", at: .now())
        }
    }

    static func openData(purpose: String) -> EthicsRecord {
        EthicsRecord(
            purpose: purpose, legalBasis: "§ 12 EGovG BW (Bereitstellung offener Daten)", personalData: .none,
            retention: "P10Y", reviewOutcome: .notRequired)
    }

    static func dataset(
        _ slug: String, _ title: String, _ description: String, _ keywords: [String], _ theme: DataTheme,
        _ department: String, measures: [String], blocks: [String], formats: [FileFormat],
        frequency: UpdateFrequency = .annual, access: Dataset.Access = .open,
        licence: DataLicence = .attributionGermany,
        ethics: EthicsRecord
    ) -> Dataset {
        Dataset(
            slug: slug, title: title, description: description, keywords: keywords, theme: theme,
            department: department, contactName: "Open-Data-Team (Beispiel)",
            contactEmail: "opendata@stadt.example", licence: licence, frequency: frequency,
            distributions: formats.map {
                Dataset.Distribution(
                    title: "\(title.replacingOccurrences(of: " (Beispiel)", with: "")) als \($0.rawValue)",
                    url: "https://daten.stadt.example/\(slug).\($0.rawValue.lowercased())", format: $0)
            },
            measures: measures, blocks: blocks.map { Dataset.BlockReference(strategy: "smart-city", block: $0) },
            access: access, ethics: ethics)
    }
}
