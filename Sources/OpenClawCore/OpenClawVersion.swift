/// The release this build is: shown by `openclaw --version` and exported as `openclaw_build_info{version}`.
package enum OpenClawVersion {
    package static let current = "0.1.0"
}
