import Foundation
import Testing

@testable import FortschrittExchange

@Suite struct CSVTableTests {
    @Test func readsQuotedFieldsAcrossLines() throws {
        let table = try CSVTable(text: "Nr.;Bemerkung\n1.1;\"zwei\nZeilen; mit \"\"Zitat\"\"\"\n1.2;x\n")
        #expect(table.separator == ";")
        #expect(table.records.map(\.line) == [1, 2, 4])
        #expect(table.records[1].fields == ["1.1", "zwei\nZeilen; mit \"Zitat\""])
    }

    @Test func guessesTheSeparator() throws {
        #expect(try CSVTable(text: "Nr.,Maßnahme\n1.1,A\n").separator == ",")
        #expect(try CSVTable(text: "\"Nr.;x\",Maßnahme,Status\n").separator == ",")
        #expect(try CSVTable(text: "Nr.;Maßnahme\n").separator == ";")
    }

    @Test func readsCRLFAndSkipsBlankLines() throws {
        let table = try CSVTable(text: "a;b\r\n1;2\r\n\r\n3;4\r\n")
        #expect(table.records.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(table.records.map(\.line) == [1, 2, 4])
    }

    @Test func decodesUTF8WithBOMAndWindows1252() {
        #expect(CSVTable.decodeText(Data([0xEF, 0xBB, 0xBF]) + Data("Maßnahme".utf8)) == "Maßnahme")
        // "Maßnahme – verzögert €" in Windows-1252
        let cp1252 = Data([
            0x4D, 0x61, 0xDF, 0x6E, 0x61, 0x68, 0x6D, 0x65, 0x20, 0x96, 0x20, 0x76, 0x65, 0x72, 0x7A, 0xF6, 0x67, 0x65,
            0x72, 0x74, 0x20, 0x80,
        ])
        #expect(CSVTable.decodeText(cp1252) == "Maßnahme – verzögert €")
    }

    @Test func refusesAnUnclosedQuote() {
        #expect(throws: CSVTable.Failure.unterminatedQuote(line: 2)) { try CSVTable(text: "a;b\n1;\"offen\n2;3\n") }
    }

    @Test func formatsWhatItReads() throws {
        let rows = [["Nr.", "Bemerkung"], ["1.1", "a; \"b\"\nc"], ["1.2", ""]]
        let text = CSVTable.format(rows)
        #expect(try CSVTable(text: text).records.map(\.fields) == rows)
    }
}
