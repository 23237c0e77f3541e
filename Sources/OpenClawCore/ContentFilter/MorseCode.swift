/// Reads Morse code written with dots and dashes: letters apart by a space, words apart by a
/// slash, a bar or two spaces or more. Other text ends a stretch of code.
enum MorseCode {
    /// The letters of every stretch of code with at least `minimumLetters` letters, in lower case,
    /// words apart by a space; nil when there is none.
    static func decoded(in text: String, minimumLetters: Int = 8) -> String? {
        var stretches: [String] = []
        var stretch = Stretch()
        for scalar in text.unicodeScalars {
            switch scalar {
            case ".", "·", "•", "∙":
                stretch.code.append(".")
                stretch.spaces = 0
            case "-", "_", "−", "–", "—":
                stretch.code.append("-")
                stretch.spaces = 0
            case " ", "\t", "\n", "\r":
                stretch.endLetter()
                stretch.spaces += 1
                if stretch.spaces == 2 { stretch.endWord() }
            case "/", "|":
                stretch.endLetter()
                stretch.endWord()
            default:
                stretch.endLetter()
                if stretch.letters >= minimumLetters { stretches.append(stretch.text) }
                stretch = Stretch()
            }
        }
        stretch.endLetter()
        if stretch.letters >= minimumLetters { stretches.append(stretch.text) }
        return stretches.isEmpty ? nil : stretches.joined(separator: " ")
    }

    private struct Stretch {
        var code = ""
        var spaces = 0
        var letters = 0
        var words: [String] = []
        var word = ""

        var text: String { (words + (word.isEmpty ? [] : [word])).joined(separator: " ") }

        mutating func endLetter() {
            guard !code.isEmpty else { return }
            word.append(MorseCode.letters[code] ?? "?")
            letters += 1
            code = ""
        }

        mutating func endWord() {
            guard !word.isEmpty else { return }
            words.append(word)
            word = ""
        }
    }

    private static let letters: [String: Character] = [
        ".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g", "....": "h",
        "..": "i", ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n", "---": "o", ".--.": "p",
        "--.-": "q", ".-.": "r", "...": "s", "-": "t", "..-": "u", "...-": "v", ".--": "w", "-..-": "x",
        "-.--": "y", "--..": "z", "-----": "0", ".----": "1", "..---": "2", "...--": "3", "....-": "4",
        ".....": "5", "-....": "6", "--...": "7", "---..": "8", "----.": "9", ".-.-.-": ".", "--..--": ",",
        "..--..": "?", ".----.": "'", "-.-.--": "!", "-..-.": "/", "---...": ":", ".-..-.": "\"",
    ]
}
