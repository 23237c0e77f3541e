#!/usr/bin/env bash
# Hardens a macOS host (13 or newer) for openclaw: the macOS equivalents of setup-ubuntu.sh.
#
#   sudo ./setup-macos.sh --dry-run           print every change, make none
#   sudo ./setup-macos.sh                     show the plan, ask once, apply
#   sudo ./setup-macos.sh --yes               unattended
#   sudo ./setup-macos.sh --skip tailscale    leave a step out (repeatable, or a,b,c)
#
# Homebrew refuses to run as root, so brew runs as the user who called sudo ($SUDO_USER).
# Idempotent: every step checks before it changes; a second run says "nothing to change".
set -euo pipefail

STEPS=(docker gvisor pf firewall tailscale upgrades secrets grafana)
OPENCLAW_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SSH_PORT=""
CONTAINER_UID=""
# shellcheck source=deploy/setup/common.sh
source "$OPENCLAW_DIR/deploy/setup/common.sh"

usage() {
    cat <<EOF
usage: sudo $0 [--dry-run] [--yes] [--skip STEP]... [--only STEP]... [--dir DIR] [--ssh-port N] [--list]

Steps, in order:
  docker     colima (a headless Linux VM) with the Docker CLI and Compose, unless Docker Desktop is installed
  gvisor     gVisor's runsc inside the colima VM, registered as the runtime "runsc"
  pf         the pf firewall: block incoming; allow SSH (rate-limited, abusers blocked) and Tailscale only
  firewall   the application firewall on, in stealth mode
  tailscale  Tailscale (Homebrew formula, tailscaled as a system service)
  upgrades   automatic download and install of macOS security updates
  secrets    secrets folder, generated secrets, mode 0600/0700, owned by you
  grafana    the Grafana admin password generated into secrets/grafana_admin_password

--dir DIR       the openclaw checkout (default: this script's folder, $OPENCLAW_DIR)
--ssh-port N    SSH port to allow (default 22; only matters with Remote Login on)
EOF
}

ON_MACOS=0
[[ "$(uname -s)" == Darwin ]] && ON_MACOS=1

# On another system a dry run shows the whole plan as if nothing were installed yet.
present() {
    [[ $ON_MACOS -eq 1 ]] && command -v "$1" >/dev/null 2>&1
}

as_user() {
    if [[ $DRY_RUN -eq 0 ]]; then
        [[ -n "${SUDO_USER:-}" && "${SUDO_USER}" != root ]] || die "run with sudo from your own account: Homebrew refuses to run as root"
    fi
    apply sudo -u "${SUDO_USER:-<you>}" -H "$@"
}

brew_install() {
    local formula="$1" kind="${2:-}"
    if [[ $ON_MACOS -eq 1 ]] && sudo -u "${SUDO_USER:-root}" -H brew list ${kind:+"$kind"} "$formula" >/dev/null 2>&1; then
        say "  ok: $formula installed"
        return 1
    fi
    present brew || [[ $DRY_RUN -eq 1 ]] || die "Homebrew is needed: https://brew.sh"
    as_user brew install ${kind:+"$kind"} "$formula"
}

step_docker() {
    step docker "a Docker engine (colima) with Compose"
    if [[ $ON_MACOS -eq 1 && -d /Applications/Docker.app ]]; then
        say "  ok: Docker Desktop is installed (turn on Settings > General > Use Virtualization framework; gVisor needs colima)"
        return 0
    fi
    brew_install colima || true
    brew_install docker || true
    brew_install docker-compose || true
    if [[ $ON_MACOS -eq 1 ]] && sudo -u "${SUDO_USER:-root}" -H colima status >/dev/null 2>&1; then
        say "  ok: colima is running"
    else
        as_user colima start --runtime docker --cpu 2 --memory 4
    fi
}

step_gvisor() {
    step gvisor "gVisor runsc inside the colima VM"
    if [[ $ON_MACOS -eq 1 ]] && sudo -u "${SUDO_USER:-root}" -H colima ssh -- sh -c 'command -v runsc && grep -q runsc /etc/docker/daemon.json' >/dev/null 2>&1; then
        say "  ok: runsc is registered in the VM's Docker"
        return 0
    fi
    # The VM is Ubuntu: gVisor's signed apt repository, then `runsc install` registers the runtime.
    # shellcheck disable=SC2016 # expanded inside the VM, not here
    as_user colima ssh -- sudo sh -c 'curl -fsSL https://gvisor.dev/archive.key | gpg --dearmor -o /usr/share/keyrings/gvisor-archive-keyring.gpg \
        && echo "deb [arch=$(dpkg --print-architecture) signed-by=/usr/share/keyrings/gvisor-archive-keyring.gpg] https://storage.googleapis.com/gvisor/releases release main" > /etc/apt/sources.list.d/gvisor.list \
        && apt-get update -qq && apt-get install -y runsc && runsc install && systemctl restart docker'
}

step_pf() {
    step pf "block incoming, allow SSH (rate-limited) and Tailscale"
    local port="${SSH_PORT:-22}" changed=0
    install_content /etc/pf.anchors/openclaw 0644 <<EOF && changed=1
# openclaw (setup-macos.sh): incoming traffic is blocked but for SSH and Tailscale.
# SSH is rate-limited: more than 10 new connections a minute from one address puts it in
# <openclaw_abusers> (blocked until the table is flushed: sudo pfctl -a openclaw -t openclaw_abusers -T flush).
table <openclaw_abusers> persist
block in all
block in quick from <openclaw_abusers>
pass out all keep state
pass in quick on lo0 all
pass in quick inet proto icmp icmp-type { echoreq, unreach } keep state
pass in quick inet6 proto ipv6-icmp all keep state
# Tailscale's addresses (CGNAT range and its IPv6 ULA).
pass in quick from 100.64.0.0/10 keep state
pass in quick from fd7a:115c:a1e0::/48 keep state
pass in quick proto tcp to port $port flags S/SA keep state (max-src-conn-rate 10/60, overload <openclaw_abusers> flush global)
EOF
    local pf_conf
    pf_conf="$(sysfile /etc/pf.conf)"
    if [[ -f "$pf_conf" ]] && grep -qxF 'anchor "openclaw"' "$pf_conf"; then
        say "  ok: /etc/pf.conf loads the openclaw anchor"
    else
        { cat "$pf_conf" 2>/dev/null || true; printf '%s\n' 'anchor "openclaw"' 'load anchor "openclaw" from "/etc/pf.anchors/openclaw"'; } \
            | install_content /etc/pf.conf 0644 || true
        changed=1
    fi
    # pf is off after every boot unless something enables it.
    install_content /Library/LaunchDaemons/org.openclaw.pf.plist 0644 <<'EOF' || true
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>Label</key><string>org.openclaw.pf</string>
  <key>ProgramArguments</key><array><string>/sbin/pfctl</string><string>-E</string><string>-f</string><string>/etc/pf.conf</string></array>
  <key>RunAtLoad</key><true/>
</dict>
</plist>
EOF
    if [[ $changed -eq 1 ]]; then
        apply pfctl -n -f /etc/pf.conf
        apply pfctl -f /etc/pf.conf
    fi
    if [[ $ON_MACOS -eq 1 ]] && pfctl -s info 2>/dev/null | grep -q '^Status: Enabled'; then
        say "  ok: pf enabled"
    else
        apply pfctl -E
    fi
}

step_firewall() {
    step firewall "application firewall on, stealth mode"
    local tool=/usr/libexec/ApplicationFirewall/socketfilterfw
    if [[ $ON_MACOS -eq 1 ]] && "$tool" --getglobalstate 2>/dev/null | grep -q enabled; then
        say "  ok: application firewall on"
    else
        apply "$tool" --setglobalstate on
    fi
    if [[ $ON_MACOS -eq 1 ]] && "$tool" --getstealthmode 2>/dev/null | grep -q enabled; then
        say "  ok: stealth mode on"
    else
        apply "$tool" --setstealthmode on
    fi
}

step_tailscale() {
    step tailscale "Tailscale VPN"
    brew_install tailscale || true
    if [[ $ON_MACOS -eq 1 ]] && launchctl list 2>/dev/null | grep -q homebrew.mxcl.tailscale; then
        say "  ok: tailscaled runs as a service"
    else
        apply brew services start tailscale
    fi
    if present tailscale && tailscale status >/dev/null 2>&1; then
        say "  ok: tailscale is connected"
    else
        later "connect this Mac to your tailnet: sudo tailscale up"
    fi
}

step_upgrades() {
    step upgrades "automatic macOS security updates"
    local domain=/Library/Preferences/com.apple.SoftwareUpdate key
    for key in AutomaticCheckEnabled AutomaticDownload CriticalUpdateInstall ConfigDataInstall AutomaticallyInstallMacOSUpdates; do
        if [[ $ON_MACOS -eq 1 && "$(defaults read "$domain" "$key" 2>/dev/null)" == 1 ]]; then
            say "  ok: $key"
        else
            apply defaults write "$domain" "$key" -bool true
        fi
    done
}

step_secrets() {
    step secrets "secrets folder, generated secrets, mode 0600/0700"
    generate_secrets gateway_token telegram_webhook_secret storage_encryption_key backup_encryption_key
    [[ -e "$OPENCLAW_DIR/secrets/telegram_bot_token" ]] \
        || later "add the issued secrets, input hidden: openclaw secrets init --dir $OPENCLAW_DIR/secrets"
    secure_secrets
}

step_grafana() {
    step grafana "Grafana admin password"
    generate_secrets grafana_admin_password
    secure_secrets
}

# The openclaw CLI: on PATH or built in the checkout.
openclaw_cli() {
    if command -v openclaw >/dev/null 2>&1; then
        echo openclaw
    elif [[ -x "$OPENCLAW_DIR/.build/release/openclaw" ]]; then
        echo "$OPENCLAW_DIR/.build/release/openclaw"
    fi
}

# On macOS the containers read bind mounts through the VM as the user who runs colima.
secure_secrets() {
    local secrets_dir="$OPENCLAW_DIR/secrets" owner file before=$CHANGES
    [[ -d "$secrets_dir" || $DRY_RUN -eq 1 ]] || return 0
    owner="$(id -u "${SUDO_USER:-root}")"
    ensure_directory "$secrets_dir" 0700
    for file in "$secrets_dir"/* "$secrets_dir"/.openclaw-secrets.json; do
        [[ -f "$file" && "$(basename "$file")" != README.md ]] || continue
        [[ "$(stat -f '%Lp %u' "$file" 2>/dev/null || stat -c '%a %u' "$file")" == "600 $owner" ]] && continue
        apply_local chown "$owner" "$file"
        apply_local chmod 0600 "$file"
    done
    [[ -d "$secrets_dir" ]] && [[ "$(stat -f '%u' "$secrets_dir" 2>/dev/null || stat -c '%u' "$secrets_dir")" != "$owner" ]] && apply_local chown "$owner" "$secrets_dir"
    [[ $CHANGES -eq $before ]] && say "  ok: secret files are 0600, owned by uid $owner"
    return 0
}

main() {
    parse_options "$@"
    require_root "$@"
    if [[ $ON_MACOS -eq 0 ]]; then
        [[ $DRY_RUN -eq 1 ]] || die "this is the macOS script; on Ubuntu use setup-ubuntu.sh (a --dry-run here shows the plan)"
        say "not macOS: showing every step as if nothing were installed"
    fi
    run_steps "macOS $([[ $ON_MACOS -eq 1 ]] && sw_vers -productVersion)"
}

main "$@"
