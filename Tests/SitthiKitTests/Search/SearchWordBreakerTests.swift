import Testing

@testable import SitthiKit

/// The words ICU finds in a text (the boundaries the drawing code also uses, `WordBreaks.boundaries`),
/// which are the browser's too (`Intl.Segmenter` is ICU in Chromium and WebKit): the search page ranks
/// whole-word matches first with them, and these tests show why the index is not one of words. Also the
/// one normal form of indexed text and queries.
@Suite struct SearchWordBreakerTests {
    /// The pieces between word boundaries, as ranges of `text`.
    static func spans(in text: String, language: String) -> [Range<String.Index>] {
        let utf16 = text.utf16
        let offsets = WordBreaks.boundaries(in: Array(utf16), language: language)
        return zip(offsets, offsets.dropFirst()).map { start, end in
            utf16.index(utf16.startIndex, offsetBy: start)..<utf16.index(utf16.startIndex, offsetBy: end)
        }
    }

    /// The words of `text`: the pieces that hold a letter or a digit (not spaces or punctuation).
    static func words(in text: String, language: String) -> [Substring] {
        spans(in: text, language: language).map { text[$0] }.filter { piece in
            piece.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
        }
    }

    @Test(arguments: [
        // A word in the middle of a run without spaces, in each script.
        ("th", "ทำงานล่วงเวลาในวันทำงานได้เมื่อลูกจ้างยินยอมเป็นครั้ง", "ลูกจ้าง"),
        ("th", "เอกสารของลูกจ้างต่างด้าว", "เอกสาร"),
        ("km", "និងប្រាក់សំណងពេលរងរបួសដោយសារការងារ", "របួស"),
        ("my", "ရွှေ့ပြောင်းအလုပ်သမားများလည်း", "အလုပ်သမား"),
        ("lo", "ອັດຕາຄ່າຈ້າງຂັ້ນຕ່ຳໄວ້ທີ່ບ່ອນເຮັດວຽກ", "ຄ່າຈ້າງ"),
        ("en", "Employers must pay overtime.", "overtime"),
    ])
    func aWordInsideARunIsOneOfItsWords(_ language: String, _ run: String, _ word: String) {
        let words = Self.words(in: run, language: language).map(String.init)
        #expect(words.contains(word), "\(words)")
    }

    @Test(arguments: [
        // ICU's dictionaries keep these compounds whole, so a word a worker types (ឆ្នាំ "year",
        // ပစ္စည်း "goods", ເຮັດວຽກ "work") is not one of the page's words there: an index of words would
        // miss these pages, which is why the index is of character pairs (see SearchIndex).
        ("km", "ច្បាប់ឈប់សម្រាកប្រចាំឆ្នាំយ៉ាងតិច", ["ច្បាប់", "ឈប់សម្រាក", "ប្រចាំឆ្នាំ", "យ៉ាងតិច"]),
        ("my", "ဓာတုပစ္စည်းများနှင့်", ["ဓာတုပစ္စည်း", "များ", "နှင့်"]),
        ("lo", "ອັດຕາຄ່າຈ້າງຂັ້ນຕ່ຳໄວ້ທີ່ບ່ອນເຮັດວຽກ", ["ອັດຕາ", "ຄ່າຈ້າງ", "ຂັ້ນ", "ຕ່ຳ", "ໄວ້", "ທີ່", "ບ່ອນເຮັດວຽກ"]),
    ])
    func someCompoundsStayOneWord(_ language: String, _ run: String, _ expected: [String]) {
        #expect(Self.words(in: run, language: language).map(String.init) == expected)
    }

    @Test(arguments: [
        ("km", "ច្បាប់ការពារកម្មករ"),  // coeng (U+17D2) stacks the next consonant
        ("my", "ဗုဒ္ဓသက္ကရာဇ်"),  // virama (U+1039) stacks; asat (U+103A) kills
        ("my", "အန္တရာယ်ရှိသော"),
        ("th", "ค่าจ้างขั้นต่ำ"),
        ("lo", "ຈ່າຍບໍ່ຕ່ຳກວ່າຄ່າຈ້າງຂັ້ນຕ່ຳ"),
    ])
    func wordsCoverTheRunAndNeverSplitACharacterCluster(_ language: String, _ run: String) {
        let spans = Self.spans(in: run, language: language)
        #expect(spans.map { String(run[$0]) }.joined() == run)
        for span in spans {
            // A boundary inside a cluster would leave a mark or a stacking sign at a word's start.
            let first = run[span].unicodeScalars.first!
            #expect(!first.properties.isGraphemeExtend, "\(String(run[span]))")
            #expect(first.value != 0x17D2 && first.value != 0x1039 && first.value != 0x103A)
        }
    }

    @Test func spacesAndPunctuationAreNotWords() {
        let words = Self.words(in: "ลูกจ้าง (แรงงาน), 1546!", language: "th").map(String.init)
        #expect(words == ["ลูกจ้าง", "แรงงาน", "1546"])
    }

    @Test func normalizationKeepsEveryMarkAndLowersLatinOnly() {
        #expect(SearchNormalizer.normalize("Labour  Protection\nAct") == "labour protection act")
        #expect(SearchNormalizer.normalize("របួស") != SearchNormalizer.normalize("របស់"))
        #expect(SearchNormalizer.normalize("ค่าจ้าง") == "ค่าจ้าง")
        #expect(SearchNormalizer.normalize("ค่าจ้าง") != SearchNormalizer.normalize("คาจาง"))
        // NFC: a decomposed é becomes the composed one.
        #expect(SearchNormalizer.normalize("Cafe\u{301}") == "caf\u{E9}")
        // Burmese asat and virama stay as written.
        #expect(SearchNormalizer.normalize("ဗုဒ္ဓသက္ကရာဇ်") == "ဗုဒ္ဓသက္ကရာဇ်")
    }
}
