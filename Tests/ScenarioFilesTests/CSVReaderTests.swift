import Testing

@testable import ScenarioFiles

@Suite struct CSVReaderTests {
    private func parse(_ text: String) -> (CSVTable?, [ScenarioIssue]) {
        let issues = IssueCollector(limit: 50)
        let table = CSVReader.parse(text, file: "t.csv", issues: issues)
        return (table, issues.issues)
    }

    @Test func quotedFieldsWithCommasNewlinesAndQuotes() throws {
        let (table, issues) = parse("a,b,c\r\n1,\"x, y\",\"line 1\r\nline 2 \"\"q\"\"\"\r\n2,,\"\"\r\n")
        #expect(issues.isEmpty)
        let t = try #require(table)
        #expect(t.header == ["a", "b", "c"])
        #expect(t.rows.count == 2)
        #expect(t.rows[0].fields.map(\.value) == ["1", "x, y", "line 1\nline 2 \"q\""])
        #expect(t.rows[1].fields.map(\.value) == ["2", "", ""])
        // Positions: the second row starts on line 4 because the quoted cell spans two lines.
        #expect(t.rows[0].line == 2 && t.rows[1].line == 4)
        #expect(t.rows[0].fields[1].column == 3 && t.rows[0].fields[2].column == 10)
        #expect(t.rows[1].number == 2)
    }

    @Test func lineEndingsLFCRAndMissingFinalNewline() throws {
        for text in ["a,b\n1,2\n3,4", "a,b\r1,2\r3,4\r", "a,b\r\n1,2\r\n3,4\r\n\r\n"] {
            let (table, issues) = parse(text)
            #expect(issues.isEmpty)
            #expect(table?.rows.map { $0.fields.map(\.value) } == [["1", "2"], ["3", "4"]])
            #expect(table?.rows.map(\.line) == [2, 3])
        }
    }

    @Test func vietnameseColumnsCountInCharacters() throws {
        let (table, _) = parse("tên,mã\nĐỉnh Bàn,X01\n")
        #expect(table?.rows[0].fields[1].column == 10)
        #expect(table?.rows[0].fields[0].value == "Đỉnh Bàn")
    }

    @Test func unknownColumnsAreKeptAndEmptyRowsSkipped() throws {
        let (table, issues) = parse("code,ghi_chu,\nX1,note,\n,,\n   \n")
        #expect(issues.isEmpty)
        #expect(table?.header == ["code", "ghi_chu", ""])
        #expect(table?.rows.count == 1)
        #expect(table?.columnIndex("ghi_chu") == 1)
    }

    @Test func structuralProblems() {
        #expect(parse("a,b\n1,\"2\n").1.first?.message.en.contains("never closed") == true)
        #expect(parse("a,b\n1,\"2\"x\n").1.first?.message.en.contains("text after a closing quote") == true)
        #expect(parse("a,a\n1,2\n").1.first?.message.en.contains("appears twice") == true)
        #expect(parse("a;b,c\n1;2;3\n").1.first?.message.en.contains("both commas") == true)
        #expect(parse("").1.first?.message.en.contains("no header") == true)
        let wide = parse("a,b\n1,2,3\n").1.first
        #expect(wide?.row == 1 && wide?.hint?.en.contains("quotes") == true)
    }
}
