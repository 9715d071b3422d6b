import FortschrittDomain

/// The demo's applications, one in each field the seed names, each with a finding and a new question
/// for the next strategy; marked "Beispiel" like the sample datasets they use.
extension DemoData {
    public static func seedApplications(_ applications: any ApplicationRepository) async throws {
        let samples: [(DataApplication, finding: String, question: String)] = [
            (
                DataApplication(
                    slug: "hitzekarte", title: "Hitzekarte (Beispiel)",
                    purpose:
                        "Zeigt Hitzeinseln im Stadtgebiet aus Temperaturmessnetz und Baumkataster, damit "
                        + "Grünflächenamt und Gesundheitsamt Schatten, Trinkbrunnen und Warnungen dort planen, "
                        + "wo es am heißesten ist.",
                    field: .climateResilience, status: .pilot, department: "Klimaschutzleitstelle",
                    datasets: ["temperatur-messnetz", "baumkataster"], measures: ["1.3", "2.3"]),
                "Die Messstationen stehen vor allem in der Innenstadt; für die Stadtteile am Rand fehlen Werte, "
                    + "gerade dort, wo ältere Menschen allein wohnen.",
                "Soll die nächste Strategie ein Messnetz in allen Stadtteilen als Ziel aufnehmen?"
            ),
            (
                DataApplication(
                    slug: "parkhaus-auslastung", title: "Auslastung der Parkhäuser (Beispiel)",
                    purpose:
                        "Zeigt freie Plätze der Parkhäuser in Echtzeit und im Verlauf, damit weniger Verkehr "
                        + "einen Parkplatz sucht und die Stadt sieht, wann welche Häuser voll sind.",
                    field: .mobilityTransparency, status: .live, department: "FB 31",
                    datasets: ["parkhaus-belegung"], measures: ["1.12"]),
                "Die Auflage des Datenethikbeirats (keine Zellen unter 10 Fahrzeugen) blendet nachts die kleinen "
                    + "Parkhäuser ganz aus; die Karte zeigt sie dann als „keine Angabe“.",
                "Wie wägt die Strategie Auflagen der Datenethik gegen den Nutzen vollständiger Daten ab?"
            ),
            (
                DataApplication(
                    slug: "energie-dashboard", title: "Energie-Dashboard der Liegenschaften (Beispiel)",
                    purpose:
                        "Vergleicht den Verbrauch städtischer Gebäude mit dem Vorjahr und mit ähnlichen Gebäuden, "
                        + "für das Energiecontrolling der Stadt.",
                    field: .resourceEfficiency, status: .pilot, department: "FB 12",
                    datasets: ["energieverbrauch-gebaeude"], measures: ["4.1"]),
                "Monatswerte genügen nicht, um Lastspitzen und Leerlauf am Wochenende zu erkennen.",
                "Sollen städtische Gebäude Zähler mit Viertelstundenwerten erhalten?"
            ),
        ]
        for (application, finding, question) in samples {
            _ = try await applications.save(application, version: nil, reason: "", actor: "demo", at: .now())
            _ = try await applications.addFinding(
                to: application.slug, text: finding, question: question, actor: "demo", at: .now())
        }
    }
}
