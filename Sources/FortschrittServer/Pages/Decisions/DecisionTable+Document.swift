import FortschrittDocuments
import FortschrittDomain
import Foundation

/// The table as a document for the council, written by the report's document code: DOCX and a
/// standalone HTML file from the same blocks. Across an A4 page; the cells a spreadsheet keeps
/// apart (channel, source and date; version, section and quoted words) are read together here.
extension DecisionTableModel {
    func document(_ page: PageContext, paper: String? = nil) -> ReportDocument {
        let title = page.text(.decisionTableOf(strategy.title, "\(version.number)"))
        var about = version.title
        if let opens = version.opensOn, let closes = version.closesOn {
            let (from, to) = (Components.dateText(opens, page), Components.dateText(closes, page))
            about += " – " + page.text(.discussedFromTo(from, to))
        }
        let variant = page.text(withText ? (anonymised ? .variantAnonymised : .variantFull) : .variantWithoutText)
        var blocks: [ReportBlock] = [
            .heading(level: 1, text: title), .paragraph(about + "."),
            .paragraph(page.text(.decisionTableExplanation)), .paragraph(page.text(.tableVariantNote(variant))),
        ]
        if let paper { blocks.append(.paragraph(page.text(.annexToPaper(paper)))) }
        blocks.append(.table(table(page, caption: title)))
        return ReportDocument(
            title: title, blocks: blocks, language: page.language == .de ? "de-DE" : "en-GB", landscape: true)
    }

    func table(_ page: PageContext, caption: String) -> ReportTable {
        var header = [page.text(.rowNumber), page.text(.receivedColumn), page.text(.referenceColumn)]
        if withText { header.append(page.text(.contributionColumn)) }
        header += [
            page.text(.author), page.text(.outcomeLabel), page.text(.decisionReason), page.text(.appliedInLabel),
        ]
        let lines = rows.map { row in
            let contribution = row.contribution
            let anchor = contribution.anchor
            let place = page.text(.placeLabel("\(anchor.version)", anchor.block.text))
            var cells = [
                row.number,
                channel(contribution, page) + ", " + Components.dateText(contribution.receivedOn, page),
                anchor.quote.map { page.text(.quotedPlace(place, $0)) } ?? place,
            ]
            if withText { cells.append(text(contribution, page)) }
            cells += [
                author(contribution, page), outcome(row, page),
                row.decision?.reason ?? "", applied(row.decision, page),
            ]
            return cells
        }
        // The row number fits; the texts of contribution and reason get the most room.
        let weights = [5, 12, 14] + (withText ? [30] : []) + [12, 11, 30, 12]
        return ReportTable(caption: caption, header: header, rows: lines, numericColumns: [0], columnWeights: weights)
    }

    func docx(_ page: PageContext, paper: String? = nil) throws -> Data {
        try DocxReport.render(document(page, paper: paper))
    }

    /// The name a download gets: `abwaegung-smart-city-1.docx`.
    func fileName(_ fileExtension: String) -> String {
        "abwaegung-\(strategy.slug)-\(version.number).\(fileExtension)"
    }
}
