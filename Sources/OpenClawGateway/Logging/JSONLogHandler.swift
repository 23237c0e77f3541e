#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
package import Logging
package import OpenClawCore

/// A swift-log handler writing one JSON object per line: `ts`, `level`, `label`, `msg`, then metadata.
///
/// Value semantics as swift-log asks; the shared sink does the (locked) writing. Every message
/// and metadata value passes through the redactor first, so a secret or a phone number that
/// slips into an error description never reaches the log.
package struct JSONLogHandler: LogHandler {
    package var metadata: Logger.Metadata = [:]
    package var metadataProvider: Logger.MetadataProvider?
    private let label: String
    private let sink: LogSink
    private let fixedRedactor: Redactor
    private var fixedLevel: Logger.Level
    /// Shared settings a reload changes; a level set on this handler replaces them for it.
    private var settings: LogSettings?

    package init(label: String, level: Logger.Level = .info, sink: LogSink = .standardError, redactor: Redactor = Redactor(.all)) {
        self.fixedRedactor = redactor
        self.label = label
        self.fixedLevel = level
        self.sink = sink
    }

    /// A handler whose level and redaction follow `settings`.
    package init(label: String, settings: LogSettings, sink: LogSink = .standardError) {
        self.init(label: label, level: settings.level, sink: sink, redactor: settings.redactor)
        self.settings = settings
    }

    package var logLevel: Logger.Level {
        get { settings?.level ?? fixedLevel }
        set {
            fixedLevel = newValue
            settings = nil
        }
    }

    private var currentRedactor: Redactor { settings?.redactor ?? fixedRedactor }

    package subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    package func log(event: LogEvent) {
        let redactor = currentRedactor
        var merged = metadata
        if let provided = metadataProvider?.get() {
            merged.merge(provided) { _, new in new }
        }
        if let extra = event.metadata {
            merged.merge(extra) { _, new in new }
        }
        var line = "{\"ts\":\(Self.quote(Date.now.formatted(.iso8601)))"
        line += ",\"level\":\(Self.quote(event.level.rawValue))"
        line += ",\"label\":\(Self.quote(label))"
        line += ",\"msg\":\(Self.quote(redactor.redact(event.message.description)))"
        for key in merged.keys.sorted() where !["ts", "level", "label", "msg"].contains(key) {
            line += ",\(Self.quote(key)):\(render(merged[key]!, redactor))"
        }
        line += "}"
        sink.write(line)
    }

    func render(_ value: Logger.MetadataValue, _ redactor: Redactor) -> String {
        switch value {
        case .string(let text): Self.quote(redactor.redact(text))
        case .stringConvertible(let convertible): Self.quote(redactor.redact(convertible.description))
        case .array(let items): "[" + items.map { render($0, redactor) }.joined(separator: ",") + "]"
        case .dictionary(let members):
            "{" + members.keys.sorted().map { Self.quote($0) + ":" + render(members[$0]!, redactor) }.joined(separator: ",") + "}"
        }
    }

    static func quote(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
