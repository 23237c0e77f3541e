import OpenClawCore
import Testing

@Suite struct PairingCodeTests {
    @Test func generatedCodesUseTheUnambiguousAlphabet() {
        for _ in 0..<200 {
            let code = PairingCode.generate()
            #expect(code.rawValue.count == 8)
            #expect(code.rawValue.allSatisfy { PairingCode.alphabet.contains($0) })
            #expect(!code.rawValue.contains("0") && !code.rawValue.contains("O") && !code.rawValue.contains("1") && !code.rawValue.contains("I"))
        }
    }

    @Test func codesDoNotRepeat() {
        let codes = Set((0..<1000).map { _ in PairingCode.generate() })
        #expect(codes.count == 1000)
    }

    @Test func typedCodesAreNormalised() {
        #expect(PairingCode(" abcd2345 ")?.rawValue == "ABCD2345")
        #expect(PairingCode("ABCD234") == nil)
        #expect(PairingCode("ABCD2340") == nil)
    }

    @Test func constantTimeComparison() {
        #expect(ConstantTime.equals("secret-token", "secret-token"))
        #expect(!ConstantTime.equals("secret-tokem", "secret-token"))
        #expect(!ConstantTime.equals("", "secret-token"))
    }
}
