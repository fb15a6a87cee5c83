/** The native JSON format of argraph, version 1: exporter, strict streaming importer, schema. */
package io.argraph.io.json;
