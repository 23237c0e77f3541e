import Foundation
import OpenClawCore
import Testing

@Suite struct AuditKindTests {
    /// The list in docs/AUDIT.md is the operator's reference: every kind the code can write is in it.
    @Test func everyKindIsDocumented() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let doc = try String(contentsOf: root.appendingPathComponent("docs/AUDIT.md"), encoding: .utf8)
        let undocumented = AuditKind.allCases.filter { !doc.contains("`\($0.rawValue)`") }
        #expect(undocumented.isEmpty, "not in docs/AUDIT.md: \(undocumented.map(\.rawValue))")
    }

    @Test func kindsAreDottedLowercaseNames() {
        for kind in AuditKind.allCases {
            #expect(kind.rawValue.wholeMatch(of: /[a-z]+\.[a-z_]+/) != nil, "\(kind.rawValue)")
        }
    }
}
