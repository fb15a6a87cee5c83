#!/usr/bin/env bash
# Renders every Mermaid file given (default: the Mermaid goldens) with the real renderer,
# @mermaid-js/mermaid-cli 11.17.0 driving Debian's chromium, and fails if mmdc fails or an SVG
# lacks any word of any quoted label of its diagram.
#
# Needs node 20 with npm and /usr/bin/chromium (apt-get install -y chromium). mmdc is installed
# once into $MERMAID_CLI_DIR (default: ~/.cache/argraph/mermaid-cli-11.17.0) without puppeteer's
# own browser download.
#
# Usage: io/src/test/mermaid/check-mermaid.sh [FILE.mmd...]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
version="11.17.0"
cli_dir="${MERMAID_CLI_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/argraph/mermaid-cli-$version}"
chromium="${CHROMIUM:-/usr/bin/chromium}"

if [[ $# -eq 0 ]]; then
  set -- "$here"/../resources/golden/mermaid/*.mmd
fi
[[ -x "$chromium" ]] || { echo "check-mermaid: $chromium not found; apt-get install -y chromium" >&2; exit 2; }

mmdc="$cli_dir/node_modules/.bin/mmdc"
if [[ ! -x "$mmdc" ]]; then
  mkdir -p "$cli_dir"
  PUPPETEER_SKIP_DOWNLOAD=1 npm install --prefix "$cli_dir" --no-audit --no-fund --silent \
    "@mermaid-js/mermaid-cli@$version" >&2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf '{"executablePath":"%s","args":["--no-sandbox"]}\n' "$chromium" > "$work/puppeteer.json"

failed=0
for mmd in "$@"; do
  svg="$work/$(basename "$mmd" .mmd).svg"
  if ! "$mmdc" --quiet -p "$work/puppeteer.json" -i "$mmd" -o "$svg" > "$work/mmdc.log" 2>&1; then
    echo "check-mermaid: mmdc failed on $mmd:" >&2
    cat "$work/mmdc.log" >&2
    failed=1
    continue
  fi
  # Every word of every quoted label must appear in the SVG (entity references decoded on both
  # sides, line breaks treated as spaces).
  if ! node - "$mmd" "$svg" <<'JS'
const fs = require('fs');
const [mmdFile, svgFile] = process.argv.slice(2);
const decodeMermaid = s => s.replace(/<br>/g, ' ').replace(/#quot;/g, '"').replace(/#lt;/g, '<')
  .replace(/#gt;/g, '>').replace(/#35;/g, '#').replace(/#amp;/g, '&');
const decodeXml = s => s.replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
  .replace(/&#([0-9]+);/g, (_, d) => String.fromCodePoint(parseInt(d, 10)))
  .replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#39;/g, "'").replace(/&nbsp;/g, ' ')
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const svg = decodeXml(fs.readFileSync(svgFile, 'utf8')).replace(/\u00a0/g, ' ');
const labels = [...fs.readFileSync(mmdFile, 'utf8').matchAll(/"([^"]*)"/g)].map(m => decodeMermaid(m[1]));
const missing = new Set();
for (const label of labels) {
  for (const word of label.split(/\s+/).filter(w => w.length > 0)) {
    if (!svg.includes(word)) missing.add(word);
  }
}
if (missing.size > 0) {
  console.error(`check-mermaid: ${svgFile} lacks ${missing.size} label word(s): ` +
    [...missing].slice(0, 20).map(w => JSON.stringify(w)).join(', '));
  process.exit(1);
}
console.log(`check-mermaid: ${mmdFile}: ${labels.length} labels rendered`);
JS
  then
    failed=1
  fi
done
exit "$failed"
