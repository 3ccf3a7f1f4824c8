import Testing

@testable import SitthiKit

/// Markdown read into the blocks a printed leaflet draws.
@Suite struct PrintBlockReaderTests {
    @Test func headingsParagraphsAndMarksKeepTheirText() {
        let blocks = PrintBlockReader.blocks("## ค่าจ้าง\n\nลูกจ้าง**ต้อง**ได้รับ `1546`\nทุกเดือน\n")
        #expect(blocks.count == 2)
        #expect(blocks[0] == .heading(level: 2, text: MarkedText("ค่าจ้าง")))
        guard case .paragraph(let text, let depth) = blocks[1] else {
            Issue.record("not a paragraph: \(blocks[1])")
            return
        }
        #expect(depth == 0)
        #expect(text.text == "ลูกจ้างต้องได้รับ 1546 ทุกเดือน")
        let bytes = Array(text.text.utf8)
        #expect(text.marks.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) } == ["ต้อง", "1546"])
        #expect(text.marks.map(\.style) == [.strong, .code])
    }

    @Test func listsGiveMarkersAndDepth() {
        let blocks = PrintBlockReader.blocks("3. one\n4. two\n   - inner\n\n     more\n- [x] done\n")
        #expect(
            blocks == [
                .listItem(marker: "3.", depth: 1, text: MarkedText("one")),
                .listItem(marker: "4.", depth: 1, text: MarkedText("two")),
                .listItem(marker: "•", depth: 2, text: MarkedText("inner")),
                .paragraph(text: MarkedText("more"), depth: 2),
                .listItem(marker: "[x]", depth: 1, text: MarkedText("done")),
            ])
    }

    @Test func tablesKeepHeaderAndRows() {
        let blocks = PrintBlockReader.blocks("| a | b |\n|---|---|\n| 1 | **2** |\n| 3 | 4 |\n")
        guard case .table(let header, let rows, _) = blocks.first else {
            Issue.record("no table: \(blocks)")
            return
        }
        #expect(header.map(\.text) == ["a", "b"])
        #expect(rows.map { $0.map(\.text) } == [["1", "2"], ["3", "4"]])
        #expect(rows[0][1].marks.map(\.style) == [.strong])
    }

    @Test func rawHTMLIsLeftOutAndLinksKeepTheirText() {
        let blocks = PrintBlockReader.blocks("<script>alert(1)</script>\n\nSee [the office](/th/offices/) <b>now</b>.\n")
        #expect(blocks.count == 1)
        guard case .paragraph(let text, _) = blocks.first else { return }
        #expect(text.text == "See the office now.")
        #expect(text.marks.map(\.style) == [.link])
    }

    @Test func nestingOfAnyDepthIsReadWithoutRecursion() {
        // Deep enough to exhaust a thread's stack if each level were a call.
        let quotes = PrintBlockReader.blocks(String(repeating: "> ", count: 20_000) + "ลึก\n")
        #expect(quotes == [.paragraph(text: MarkedText("ลึก"), depth: 20_000)])
        let lists = PrintBlockReader.blocks((0..<3_000).map { String(repeating: "  ", count: $0) + "- a" }.joined(separator: "\n"))
        #expect(lists.count == 3_000)
        let emphasis = PrintBlockReader.blocks(String(repeating: "*a ", count: 20_000) + String(repeating: "b*", count: 20_000))
        #expect(emphasis.count == 1)
    }

    @Test func anIncludeFenceGivesItsBlocksAndAnUnknownOneNothing() {
        let table = PrintBlock.table(header: [MarkedText("อัตรา")], rows: [[MarkedText("400")]], depth: 0)
        let blocks = PrintBlockReader.blocks("ก่อน\n\n```include\nminimum-wage\n```\n\n```include\nother\n```\n", includes: ["minimum-wage": [table]])
        #expect(blocks == [.paragraph(text: MarkedText("ก่อน"), depth: 0), table])
    }

    @Test func builtHTMLLosesItsTagsAndKeepsBoldAndText() {
        let text = MarkedText(builtHTML: "<strong>400</strong> บาท, <span lang=\"th\">กรุงเทพ&amp;ฯ</span> &lt;1&gt;")
        #expect(text.text == "400 บาท, กรุงเทพ&ฯ <1>")
        #expect(text.marks == [.init(start: 0, end: 3, style: .strong)])
    }
}
