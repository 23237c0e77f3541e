#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
public import Logging

/// A swift-log handler writing one JSON object per line: `ts`, `level`, `label`, `msg`, then metadata.
///
/// Value semantics as swift-log asks; the shared sink does the (locked) writing.
public struct JSONLogHandler: LogHandler {
    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    private let label: String
    private let sink: LogSink

    public init(label: String, level: Logger.Level = .info, sink: LogSink = .standardError) {
        self.label = label
        self.logLevel = level
        self.sink = sink
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
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
        line += ",\"msg\":\(Self.quote(event.message.description))"
        for key in merged.keys.sorted() where !["ts", "level", "label", "msg"].contains(key) {
            line += ",\(Self.quote(key)):\(Self.render(merged[key]!))"
        }
        line += "}"
        sink.write(line)
    }

    static func render(_ value: Logger.MetadataValue) -> String {
        switch value {
        case .string(let text): quote(text)
        case .stringConvertible(let convertible): quote(convertible.description)
        case .array(let items): "[" + items.map(render).joined(separator: ",") + "]"
        case .dictionary(let members):
            "{" + members.keys.sorted().map { quote($0) + ":" + render(members[$0]!) }.joined(separator: ",") + "}"
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
