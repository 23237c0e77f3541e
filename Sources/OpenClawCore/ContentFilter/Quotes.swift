/// Which quotation marks are open while a message is read left to right. Double and single
/// quotes are tracked apart, so 'ignore…' quoted inside "…" does not close the outer quote.
struct Quotes {
    private var double = false
    private var single = false

    var isOpen: Bool { double || single }

    mutating func read(_ scalar: Unicode.Scalar) {
        switch scalar {
        case "\"", "`": double.toggle()
        case "\u{201C}", "\u{201E}", "\u{AB}", "\u{300C}", "\u{300E}": double = true
        case "\u{201D}", "\u{BB}", "\u{300D}", "\u{300F}": double = false
        case "'", "\u{2019}": single.toggle()
        case "\u{2018}": single = true
        default: break
        }
    }
}
