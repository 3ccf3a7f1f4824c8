import Testing

@testable import SitthiKit

/// Text laid out by Pango on a canvas: the Noto fonts found, lines wrapped between words inside the
/// column in every script, and PDF and PNG bytes out.
@Suite struct CanvasTests {
    @Test func everyScriptHasItsNotoFamily() {
        let matches = DrawingFonts.match(DrawingFonts.needed(for: ["th", "my", "km", "lo", "en"]))
        #expect(matches.count == 5)
        for match in matches {
            #expect(match.isExact, "\(match.family) resolved to \(match.chosenFamily) (\(match.file))")
        }
        #expect(DrawingFonts.problem(for: ["th", "my", "km", "lo", "en"]) == nil)
    }

    @Test func aMissingFamilyIsOneErrorNamingTheDebianPackage() throws {
        let problem = try #require(DrawingFonts.problem(families: ["Noto Sans", "Noto Sans Nowhere"]))
        #expect(problem.contains("`Noto Sans Nowhere` (fontconfig offers `"))
        #expect(problem.contains("fonts-noto-core"))
        #expect(!problem.contains("`Noto Sans`,"))
    }

    @Test(arguments: WordBreaksTests.longRuns.map { $0.language })
    func longRunsWrapBetweenWordsInsideTheColumn(_ language: String) throws {
        let run = try #require(WordBreaksTests.longRuns.first { $0.language == language }).text
        let column = 110.0
        // The lines' widths and where each starts, measured with no other drawing going on.
        let lines = DrawingSession.run { () -> [(width: Double, before: Unicode.Scalar?)] in
            let canvas = Canvas(pdfWidth: 595, height: 842)
            let layout = canvas.layout(MarkedText(run + " " + run), language: language, style: .init(size: 10), width: column)
            let bytes = Array(layout.text.utf8)
            return layout.lines.map { line in
                (line.width, line.start == 0 ? nil : String(decoding: bytes[..<line.start], as: UTF8.self).unicodeScalars.last)
            }
        }
        #expect(lines.count >= 4)
        for (index, line) in lines.enumerated() {
            #expect(line.width <= column + 0.01, "a line \(line.width) wide overflows the \(column) column")
            guard index > 0 else { continue }
            #expect(line.before == WordBreaks.zeroWidthSpace || line.before == " ", "a line starts inside a word")
        }
    }

    @Test func aPDFAndAPictureComeOut() throws {
        let (pdf, picture) = DrawingSession.run { () -> ([UInt8]?, [UInt8]?) in
            let document = Canvas(pdfWidth: 595, height: 842)
            let text = document.layout(MarkedText("အလုပ်သမား"), language: "my", style: .init(size: 12), width: 200)
            document.draw(text, x: 40, y: 40, color: .init(0x000000))
            let picture = Canvas(pictureWidth: 120, height: 63, background: .init(0x0B5CAD), foreground: .init(0xFFFFFF))
            picture.fill([Rectangle(x: 0, y: 0, width: 120, height: 63)], color: .init(0x0B5CAD))
            return (document.pdf(.init(title: "t", author: "a", subject: "s", date: "2026-11-26")), picture.png())
        }
        #expect(try #require(pdf).starts(with: Array("%PDF-".utf8)))
        let png = try #require(picture)
        #expect(AssetNames.pngSize(png).map { [$0.width, $0.height] } == [120, 63])
    }
}
