#!/usr/bin/env bash
# Installs, only when missing, the Debian packages the tests use beside Java: chromium and chromium-driver
# for the UI test, python3-pandas and python3-sparqlwrapper for the Python example of docs/researchers-tools.md.
set -euo pipefail
packages=()
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then packages+=(chromium chromium-driver); fi
if ! /usr/bin/python3 -c "import pandas, SPARQLWrapper" 2>/dev/null; then packages+=(python3-pandas python3-sparqlwrapper); fi
if [ ${#packages[@]} -eq 0 ]; then exit 0; fi
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${packages[@]}" >/dev/null
