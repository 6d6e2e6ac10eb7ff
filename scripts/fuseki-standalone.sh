#!/usr/bin/env bash
# Runs fuseki-config/safkg.ttl under the standalone jena-fuseki-server 5.6.0 jar (its command-line
# options, its Jena and UI), with SAF-KG's Fuseki module added by org.safkg.server.StandaloneFuseki:
# the jar's own main class takes a fixed list of modules and would not load it.
# Run `./safkg serve` once first: it loads the store, builds the text index and creates run/passwd.
# Usage: scripts/fuseki-standalone.sh [--port N] [other jena-fuseki-server options]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
FUSEKI_JAR="target/standalone/jena-fuseki-server-5.6.0.jar"
if [ ! -f "$FUSEKI_JAR" ]; then
  mvn -B -q dependency:copy -Dartifact=org.apache.jena:jena-fuseki-server:5.6.0 -DoutputDirectory=target/standalone >&2
fi
if [ ! -f server/target/safkg-server-0.1.0.jar ]; then mvn -B -q -DskipTests package >&2; fi
# The web pages' own libraries (precompiled templates' runtime, the network view's Cytoscape.js webjar,
# the static SVG's layout), which the Fuseki jar does not have
for a in gg.jte:jte-runtime:3.2.5 org.webjars.npm:cytoscape:3.33.1 org.jgrapht:jgrapht-core:1.5.2 org.jheaps:jheaps:0.14; do
  f="target/standalone/$(echo "$a" | cut -d: -f2)-$(echo "$a" | cut -d: -f3).jar"
  [ -f "$f" ] || mvn -B -q dependency:copy -Dartifact="$a" -DoutputDirectory=target/standalone >&2
done
# SAF-KG's own module jars only (Jena comes from the Fuseki jar): two copies of the UI would clash
CP="$FUSEKI_JAR"
for m in server core loader queries links ontology web; do CP="$CP:$m/target/safkg-$m-0.1.0.jar"; done
for j in target/standalone/jte-runtime-3.2.5.jar target/standalone/cytoscape-3.33.1.jar target/standalone/jgrapht-core-1.5.2.jar target/standalone/jheaps-0.14.jar; do CP="$CP:$j"; done
export FUSEKI_BASE="${FUSEKI_BASE:-$ROOT/run}"
exec java ${SAFKG_JAVA_OPTS:-} -cp "$CP" org.safkg.server.StandaloneFuseki --config fuseki-config/safkg.ttl "$@"
