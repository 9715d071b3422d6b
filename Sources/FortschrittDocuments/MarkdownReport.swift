import FortschrittDomain
import Foundation

/// The report as Markdown (CommonMark with GitHub tables), e.g. for a wiki or a diff between reports.
public enum MarkdownReport {
    public static func render(_ document: ReportDocument) -> String {
        var out: [String] = []
        for block in document.blocks {
            switch block {
            case .heading(let level, let text):
                out.append(String(repeating: "#", count: min(level, 6)) + " " + inline(text))
            case .paragraph(let text):
                out.append(inline(text))
            case .note(let text):
                out.append(
                    text.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + inline(String($0)) }
                        .joined(separator: "\n"))
            case .bullets(let items):
                out.append(items.map { "- " + inline($0) }.joined(separator: "\n"))
            case .table(let table):
                var lines = [
                    "*\(inline(table.caption))*", "", "| " + table.header.map(cell).joined(separator: " | ") + " |",
                ]
                lines.append(
                    "|" + table.header.indices.map { table.numericColumns.contains($0) ? "---:|" : "---|" }.joined())
                lines += table.rows.map { "| " + $0.map(cell).joined(separator: " | ") + " |" }
                out.append(lines.joined(separator: "\n"))
            case .chart(let chart):
                out.append("*\(inline(chart.title))*\n\n" + inline(chart.textAlternative))
            case .indicatorChart(let chart):
                out.append("*\(inline(chart.title))*\n\n" + inline(chart.textAlternative))
            case .pageBreak:
                out.append("---")
            }
        }
        return out.joined(separator: "\n\n") + "\n"
    }

    /// Escapes what Markdown would read as markup. By scalar, not by character: a combining mark
    /// after ">" makes one character of both, which would slip past a check by character.
    static func inline(_ text: String) -> String {
        var escaped = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if "\\`*_[]<>#|".unicodeScalars.contains(scalar) { escaped.append("\\") }
            escaped.append(scalar)
        }
        return String(escaped)
    }

    static func cell(_ text: String) -> String {
        inline(text).replacingOccurrences(of: "\n", with: " ")
    }
}
