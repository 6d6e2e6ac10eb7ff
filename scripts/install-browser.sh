#!/usr/bin/env bash
# Installs Debian's headless Chromium and its WebDriver for the server's browser test (CI runs this first).
# Idempotent: does nothing when /usr/bin/chromium and /usr/bin/chromedriver are both present.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  echo "chromium and chromedriver already installed"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y chromium chromium-driver
