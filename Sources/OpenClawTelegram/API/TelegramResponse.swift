/// The envelope of every Bot API answer: `ok` with a `result`, or an error with its code.
package struct TelegramResponse<Result> {
    package var ok: Bool
    package var result: Result?
    package var errorCode: Int?
    package var description: String?
    package var parameters: ResponseParameters?

    package init(
        ok: Bool,
        result: Result? = nil,
        errorCode: Int? = nil,
        description: String? = nil,
        parameters: ResponseParameters? = nil
    ) {
        self.ok = ok
        self.result = result
        self.errorCode = errorCode
        self.description = description
        self.parameters = parameters
    }

    /// A successful answer carrying `result`.
    package static func success(_ result: Result) -> Self {
        Self(ok: true, result: result)
    }

    /// A failed answer, as Telegram writes them: `{"ok":false,"error_code":…,"description":…}`.
    package static func failure(code: Int, description: String, parameters: ResponseParameters? = nil) -> Self {
        Self(ok: false, errorCode: code, description: description, parameters: parameters)
    }

    enum CodingKeys: String, CodingKey {
        case ok, result
        case errorCode = "error_code"
        case description, parameters
    }
}

extension TelegramResponse: Sendable where Result: Sendable {}
extension TelegramResponse: Decodable where Result: Decodable {}
extension TelegramResponse: Encodable where Result: Encodable {}
