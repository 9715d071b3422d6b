/// The generated sentences of a report, as the reference paper phrases them, in singular or plural.
public enum ReportSentences {
    /// The opening sentence: what the council adopted and how many measures it started with.
    public static func opening(_ r: StrategyReport) -> String {
        let fields = German.list(r.fields.map(\.title))
        let projects = German.count(r.originalNumbers.count, "Projekt", "Projekte")
        if let adopted = r.strategy.adoptedOn, adopted == r.baseline {
            return
                "Am \(German.date(adopted)) hat der Gemeinderat die \(r.strategy.title) beschlossen und die "
                + "Verwaltung mit der Umsetzung eines \(projects) umfassenden Maßnahmenkatalogs in den "
                + "Handlungsfeldern \(fields) beauftragt."
        }
        return
            "Zum \(German.date(r.baseline)), dem Stand des letzten Berichts, umfasste der Maßnahmenkatalog der "
            + "\(r.strategy.title) \(projects) in den Handlungsfeldern \(fields)."
    }

    /// One sentence per status with measures, e.g. "20 Projekte befinden sich im Zeitplan und werden wie geplant
    /// umgesetzt."
    /// Where a status is the only one of its kind, the kind's wording is used; otherwise its label.
    public static func status(_ status: StatusDefinition, measures: [Measure], in r: StrategyReport) -> String {
        let n = measures.count
        let names = German.list(measures.map(\.details.title))
        let uniqueKind = r.statuses.filter { $0.kind == status.kind }.count == 1
        let one = n == 1
        let projects = German.count(n, "Projekt", "Projekte")
        /// The singular or the plural wording.
        func say(_ singular: String, _ plural: String) -> String { one ? singular : plural }
        guard uniqueKind else {
            return "\(projects) \(say("hat", "haben")) den Status „\(status.labelDE)“."
        }
        switch status.kind {
        case .done:
            return "\(projects) \(say("wurde bereits etabliert bzw. ist", "wurden bereits etabliert bzw. sind")) "
                + "im Ausbau befindlich:"
        case .active:
            return "\(projects) \(say("befindet sich im Zeitplan und wird", "befinden sich im Zeitplan und werden")) "
                + "wie geplant umgesetzt."
        case .delayed:
            return "\(projects) \(say("ist verzögert, wird", "sind verzögert, werden")) aber weiterhin umgesetzt."
        case .planned:
            let phase = say(
                "befindet sich in der Planungsphase bzw. ist", "befinden sich in der Planungsphase bzw. sind")
            return "\(projects) \(phase) initial zu starten."
        case .handedOver:
            let receivers = measures.map { m -> String in
                guard let d = r.receivingDepartment(of: m) else { return m.details.title }
                return "\(m.details.title) durch \(d.code)\(d.name != d.code ? " (\(d.name))" : "")"
            }
            return
                "\(German.count(n, "Projekt", "Projekte")) (\(names)) \(one ? "wird" : "werden") künftig in der "
                + "Linie weiterverfolgt: \(German.list(receivers))."
        case .discarded:
            let opening = "\(German.count(n, "Projekt", "Projekte")) (\(names)) \(one ? "wurde" : "wurden") verworfen"
            if one, let remark = measures[0].status?.remark, !remark.isEmpty { return "\(opening): \(remark)." }
            let reasons = measures.compactMap { m in
                m.status.map { $0.remark.isEmpty ? nil : "\(m.details.title): \($0.remark)" } ?? nil
            }
            return opening + (reasons.isEmpty ? "." : " (\(reasons.joined(separator: "; "))).")
        }
    }

    public static func withoutStatus(_ measures: [Measure]) -> String {
        "Für \(German.count(measures.count, "Projekt", "Projekte")) (\(German.list(measures.map(\.details.title)))) "
            + "liegt noch kein Status vor."
    }

    /// "Seit März 2019 wurden 12 neue Projekte aufgenommen, so dass aktuell insgesamt 49 Maßnahmen umgesetzt werden
    /// bzw. wurden."
    public static func growth(_ r: StrategyReport) -> String {
        let n = r.added.count
        let total = German.count(r.total, "Maßnahme", "Maßnahmen")
        if n == 0 {
            return
                "Seit \(German.month(r.baseline)) wurden keine neuen Projekte aufgenommen; der Katalog umfasst "
                + "\(total)."
        }
        let added = n == 1 ? "wurde 1 neues Projekt" : "wurden \(n) neue Projekte"
        return "Seit \(German.month(r.baseline)) \(added) aufgenommen, so dass aktuell insgesamt \(total) umgesetzt "
            + "werden bzw. wurden."
    }

    /// "Von den 12 Projekten des Maßnahmenkatalogs konnten 5 erfolgreich etabliert werden (…)."
    public static func field(_ s: FieldSummary) -> [String] {
        var sentences: [String] = []
        let n = s.original.count
        let e = s.originalEstablished.count
        if n > 0 {
            let from = n == 1 ? "Von dem 1 Projekt" : "Von den \(n) Projekten"
            let established: String
            switch e {
            case 0: established = "konnte noch keines etabliert werden."
            case 1: established = "konnte 1 erfolgreich etabliert werden (\(s.originalEstablished[0].details.title))."
            default:
                established =
                    "konnten \(e) erfolgreich etabliert werden "
                    + "(\(German.list(s.originalEstablished.map(\.details.title))))."
            }
            sentences.append("\(from) des Maßnahmenkatalogs \(established)")
        }
        if !s.added.isEmpty {
            let k = s.added.count
            sentences.append(
                "\(k == 1 ? "1 neues Projekt kam" : "\(k) neue Projekte kamen") hinzu "
                    + "(\(German.list(s.added.map { "\($0.details.title) (\($0.number))" })))."
            )
        }
        if !s.delayed.isEmpty {
            let d = s.delayed.count
            sentences.append(
                "\(German.count(d, "Projekt ist", "Projekte sind")) verzögert "
                    + "(\(German.list(s.delayed.map(\.details.title))))."
            )
        }
        if sentences.isEmpty { sentences.append("Das Handlungsfeld umfasst derzeit keine Projekte.") }
        return sentences
    }
}
