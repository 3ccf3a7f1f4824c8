/// One office or help line of the directory, from a row of `content/offices/offices.csv`.
public struct Office: Sendable, Hashable {
    /// What an office is.
    public enum Kind: String, Sendable, CaseIterable, Hashable {
        /// A provincial Labour Protection and Welfare Office.
        case provincial
        /// One of Bangkok's area offices.
        case bangkokArea = "bangkok_area"
        /// The Department's head office and divisions.
        case central
        /// A telephone help line.
        case hotline

        /// The interface string key of the kind's name.
        var stringKey: String { "office_kind_" + rawValue }
    }

    /// A stable identifier, used in the contact card's file name: `prov-th-50`.
    public var id: String
    public var kind: Kind
    /// The province code, for provincial, Bangkok area and central offices.
    public var province: String?
    /// The name in each language that has one, by language code; Thai is always there.
    public var names: [String: String]
    /// The address in Thai, as written on letters; empty when unknown.
    public var address: String
    /// Phone numbers, checked and normalised; empty when none is known.
    public var phones: [PhoneNumber]
    public var email: String
    public var website: String
    public var hours: String
    /// For Bangkok area offices: the districts (เขต) the office covers.
    public var districts: [String]
    /// When someone last checked the row against its source (the first day of the period written, for
    /// comparing); `nil` when never.
    public var verified: CalendarDay?
    /// The check date as written: `2023-03-20`, `2019-04` or `2020`.
    public var verifiedText: String
    /// Where the row's details come from.
    public var source: String
    /// The row of the CSV file, for messages.
    public var row: Int
}
