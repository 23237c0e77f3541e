import Foundation
import OpenClawCore

/// How `audit tail` and `audit search` print a record: one line of text, or one JSON object.
enum AuditPrinter {
    static func print(_ record: AuditRecord, json: Bool) {
        // Written straight to the descriptor, so `tail -f` through a pipe shows each event at once.
        FileHandle.standardOutput.write(Data(((json ? jsonLine(record) : textLine(record)) + "\n").utf8))
    }

    static func textLine(_ record: AuditRecord) -> String {
        var fields = [String(record.seq), record.time.formatted(.iso8601), record.kind]
        if let user = record.userId { fields.append("user=\(user)") }
        if let chat = record.chatId { fields.append("chat=\(chat)") }
        fields += record.detailValues.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return fields.joined(separator: "  ")
    }

    static func jsonLine(_ record: AuditRecord) -> String {
        var object: [String: Any] = [
            "seq": record.seq, "time": record.time.formatted(.iso8601), "kind": record.kind, "details": record.detailValues,
        ]
        object["userId"] = record.userId
        object["chatId"] = record.chatId
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
