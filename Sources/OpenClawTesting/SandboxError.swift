/// The sandbox cannot be set up as asked.
package struct SandboxError: Error, CustomStringConvertible {
    package var description: String

    init(_ description: String) {
        self.description = description
    }
}
