/// Byte classes the detectors share; everything outside ASCII is "other".
enum ASCIIByte {
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
    @inline(__always) static func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    /// Letters and digits: the bytes that make a "word" for boundary checks.
    @inline(__always) static func isWord(_ b: UInt8) -> Bool { isAlpha(b) || isDigit(b) }
    @inline(__always) static func isHex(_ b: UInt8) -> Bool { isDigit(b) || (b | 0x20) &- 0x61 < 6 }
    /// `[A-Za-z0-9_-]`: API key bodies and base64url.
    @inline(__always) static func isToken(_ b: UInt8) -> Bool { isWord(b) || b == UInt8(ascii: "_") || b == UInt8(ascii: "-") }
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }

    /// `[A-Za-z0-9._%+-]`: the local part of an email address.
    @inline(__always) static func isEmailLocal(_ b: UInt8) -> Bool {
        isWord(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "%")
            || b == UInt8(ascii: "+") || b == UInt8(ascii: "-")
    }
}
