import FuzzSupport
import NIOCore
import OpenClawCore
import OpenClawLLM

/// A model endpoint's answer body, read by both wire APIs (`anthropic-messages`,
/// `openai-completions`) as a reply and as an error. A compromised endpoint must not trap the
/// gateway, make the ledger count negative or absurd token numbers, or put its own text in our
/// logs through the error type.
enum ModelAnswerTarget {
    static let request = CompletionRequest(
        system: "You are a helpful assistant.",
        turns: [ChatTurn(role: .user, content: "hello")],
        maxTokens: 1024
    )
    static let providers: [any ChatProvider] = [AnthropicMessagesProvider(), OpenAICompletionsProvider()]

    static func check(_ bytes: UnsafeBufferPointer<UInt8>) {
        let body = ByteBuffer(bytes: bytes)
        for provider in providers {
            guard let reply = try? provider.parseReply(body, for: request) else { continue }
            let usage = reply.usage
            for (name, count) in [("input", usage.input), ("output", usage.output), ("cacheRead", usage.cacheRead), ("cacheWrite", usage.cacheWrite)] {
                fuzzCheck((0...UsageEstimate.maxTokensPerCall).contains(count), "\(name) tokens read as \(count)")
            }
        }
        if let type = WireJSON.errorType(in: body) {
            fuzzCheck((1...64).contains(type.count), "an error type of \(type.count) characters")
            fuzzCheck(
                type.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "_-.".unicodeScalars.contains($0)) },
                "an error type with characters outside the identifier set"
            )
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
package func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    ModelAnswerTarget.check(UnsafeBufferPointer(start: data, count: size))
    return 0
}

@main
enum Main {
    static func main() { FuzzMain.run(fuzzOneInput) }
}
