import Testing

@testable import SitthiKit

@Suite struct CSVTableTests {
    func read(_ text: String) -> (CSVTable?, [String]) {
        let diagnostics = Diagnostics()
        let table = CSVTable.read(text, path: "x.csv", diagnostics: diagnostics)
        return (table, diagnostics.all.map(\.description))
    }

    @Test func quotedCommasQuotesAndNewlinesStayInTheirFieldAndLinesAreCounted() throws {
        let (table, problems) = read("a,b\n\"one, two\",\"say \"\"hi\"\"\"\n\"multi\nline\",x\nlast,row\n")
        #expect(problems == [])
        let rows = try #require(table).rows
        #expect(rows.map(\.fields) == [["one, two", "say \"hi\""], ["multi\nline", "x"], ["last", "row"]])
        #expect(rows.map(\.line) == [2, 3, 5])
    }

    @Test func windowsLineEndsAreRowBreaks() throws {
        let (table, _) = read("a,b\r\n1,2\r\n\"x\r\ny\",3\r\n4,5\r\n")
        let rows = try #require(table).rows
        #expect(rows.map(\.fields) == [["1", "2"], ["x\r\ny", "3"], ["4", "5"]])
        #expect(rows.map(\.line) == [2, 3, 5])
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        let (table, _) = read("a,b\n\n1,2\n")
        let rows = try #require(table).rows
        #expect(rows.map(\.line) == [3])
    }

    @Test func emptyFileIsAnError() {
        #expect(read("").1 == ["x.csv:1:1: error: the file is empty: it needs a header row"])
    }
}
