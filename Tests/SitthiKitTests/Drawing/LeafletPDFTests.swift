import Foundation
import Testing

@testable import SitthiKit

/// The PDF leaflets: at most two A4 pages even for the longest shipped text, the same bytes for the same
/// input, and the document's language in its catalog.
@Suite struct LeafletPDFTests {
    @Test func theLongestShippedArticleFitsOnTwoPagesAtASmallerSize() throws {
        let leaflet = try DrawingSamples.leaflet("work/wages", "my", title: "လုပ်ခ - လစာထုတ်ရက်၊ လုပ်ခဖြတ်တောက်ခြင်းနှင့် အနည်းဆုံးလုပ်ခ")
        let result = try #require(leaflet.draw())
        #expect(result.pages == 2)
        #expect(result.typeSize < LeafletPDF.largestType && result.typeSize >= LeafletPDF.smallestType)
        #expect(result.bytes.starts(with: Array("%PDF-1.5".utf8)))
    }

    @Test func aShortThaiLeafletKeepsTheFullSize() throws {
        var leaflet = try DrawingSamples.leaflet("work/wages", "th", title: "ค่าจ้าง")
        leaflet.reader.markdown = "ลูกจ้างมีสิทธิได้รับค่าจ้าง\n\n- ทุกเดือน\n- เป็นเงินบาท\n"
        let result = try #require(leaflet.draw())
        #expect(result.pages == 1)
        #expect(result.typeSize == LeafletPDF.largestType)
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        let leaflet = try DrawingSamples.leaflet("work/leave", "lo", title: "ການລາພັກ")
        #expect(try #require(leaflet.draw()).bytes == (try #require(leaflet.draw())).bytes)
    }

    @Test func anUndatedLeafletGetsNoCreationDateSoItsBytesDoNotDependOnTheClock() throws {
        var leaflet = try DrawingSamples.leaflet("work/leave", "lo", title: "ການລາພັກ")
        #expect(String(decoding: try #require(leaflet.draw()).bytes, as: UTF8.self).contains("/CreationDate (20261129000000Z)"))
        leaflet.info.date = nil
        #expect(!String(decoding: try #require(leaflet.draw()).bytes, as: UTF8.self).contains("/CreationDate"))
    }

    @Test func theCatalogNamesTheLanguageAndTheTableStillLinesUp() throws {
        let leaflet = try DrawingSamples.leaflet("work/leave", "km", title: "ការឈប់សម្រាក")
        let pdf = try #require(leaflet.draw()).bytes
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.contains("<< /Type /Catalog\n   /Pages 1 0 R\n   /Lang (km)\n>>"))
        let match = try #require(text.firstMatch(of: /startxref\n(\d+)\n%%EOF/))
        let offset = try #require(Int(match.1))
        #expect(Array(pdf[offset..<offset + 5]) == Array("xref\n".utf8))
        #expect(PDFLanguage.setting("km", in: Array("not a pdf".utf8)) == Array("not a pdf".utf8))
    }

    @Test func deepNestingStaysInsideTheColumn() throws {
        var leaflet = try DrawingSamples.leaflet("work/wages", "th", title: "ค่าจ้าง")
        leaflet.reader.markdown = String(repeating: "> ", count: 2_000) + "ข้อความที่ซ้อนลึกมาก ๆ ยังต้องอ่านได้\n"
        let result = try #require(leaflet.draw())
        #expect(result.pages == 1)
    }

    @Test func tableColumnsShareTheWidthByWhatTheyHold() {
        #expect(PageFlow.share(100, wanted: [20, 30]) == [40, 60])
        let tight = PageFlow.share(100, wanted: [20, 200, 100])
        #expect(tight[0] == 20)
        #expect(abs(tight.reduce(0, +) - 100) < 0.001)
        #expect(tight[1] > tight[2])
    }
}
