/// The release this build is: shown by `openclaw --version` and exported as `openclaw_build_info{version}`.
public enum OpenClawVersion {
    public static let current = "0.1.0"
}
