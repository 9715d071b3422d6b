import Testing

@testable import FortschrittServer

/// A file's name from outside (a council paper's number) cannot end the header's value or add one.
@Suite struct ContentDispositionTests {
    @Test func hostileNamesStayInsideTheirQuotesAndArriveWhole() {
        let header = ContentDisposition.attachment("V1\"/2027\r\nSet-Cookie: x=1 Ä.docx")
        #expect(
            header
                == "attachment; filename=\"V1--2027--Set-Cookie--x-1--.docx\"; "
                + "filename*=UTF-8''V1%22%2F2027%0D%0ASet-Cookie%3A%20x%3D1%20%C3%84.docx")
        #expect(!header.contains("\r") && !header.contains("\n"))
        #expect(ContentDisposition.attachment(String(repeating: "a", count: 500)).count < 500)
    }
}
