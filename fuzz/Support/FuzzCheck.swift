/// Stops the run when an invariant fails: libFuzzer sees the trap, saves the input and exits
/// non-zero. The message says which rule broke; it is test output, never a log line.
package func fuzzCheck(
    _ condition: @autoclosure () -> Bool,
    _ message: @autoclosure () -> String,
    file: StaticString = #fileID,
    line: UInt = #line
) {
    if !condition() {
        fatalError("invariant broken: \(message())", file: file, line: line)
    }
}
